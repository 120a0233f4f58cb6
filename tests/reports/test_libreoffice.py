"""The exported CSV opened by LibreOffice (headless) keeps Chinese and runs no formula."""

import os
import re
import shutil
import subprocess

import pytest

from greenlife.reports import export
from tests.reports.test_exports import OWASP


def _soffice():
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is missing: .ci/run installs libreoffice-calc-nogui")
        pytest.skip("LibreOffice not installed here; CI installs it")
    return path


def test_libreoffice_reads_chinese_and_evaluates_nothing(store, tmp_path):
    soffice = _soffice()
    m = store.add_member("杨女士")
    for payload in OWASP:
        store.db.execute(
            "INSERT INTO entries(member_id, day, category, item, quantity, unit, factor_set, "
            "factor_key, factor_value, factor_unit, factor_kind, factor_source, grams, points, note) "
            "VALUES (?, '2026-07-01', 'commute', 'bike', 1, 'km', 'shanghai', 'commute.bike', 98, "
            "'g CO2/km', 'reduction', 'src', 98, 98, ?)", [m.id, payload])
    store.log(m.id, "commute", "subway", 61, day="2026-07-02", note="地铁上班")
    path = tmp_path / "entries.csv"
    export.write_csv(store, 2026, path)
    # CSV import options: comma, double quote, UTF-8 (76), from line 1, ..., evaluate formulas ON
    options = "44,34,76,1,,0,false,true,false,false,false,-1,true"
    out = subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo",
         f"--infilter=CSV:{options}", "--convert-to", "fods", "--outdir", str(tmp_path), str(path)],
        capture_output=True, text=True, timeout=180, check=False)
    fods = tmp_path / "entries.fods"
    assert fods.exists(), out.stderr + out.stdout
    xml = fods.read_text(encoding="utf-8")
    assert "杨女士" in xml
    assert "地铁上班" in xml
    assert "table:formula=" not in xml  # no cell became a formula
    texts = re.findall(r"<text:p>([^<]*)</text:p>", xml)
    assert "'=1+1" in texts or "=1+1" in texts  # shown as text
    assert "5917" in texts  # numbers stay numbers
    assert 'office:value-type="float" office:value="5917"' in xml
