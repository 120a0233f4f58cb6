"""Translations: complete .ts files, fresh .qm files, every visible string wrapped, live switch."""

import ast
import datetime as dt
import subprocess
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources/translations"


def _update_script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("update", TS / "update.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


tool = _update_script().tool


@pytest.fixture(autouse=True)
def _no_venv_on_path(monkeypatch):
    """The README's test command runs with the venv not activated: its bin/ is not on PATH."""
    import os
    import sys

    venv_bin = str(Path(sys.executable).parent)
    monkeypatch.setenv("PATH", os.pathsep.join(
        d for d in os.environ.get("PATH", "").split(os.pathsep) if d and Path(d) != Path(venv_bin)))


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_ts_files_are_complete(lang):
    root = ET.parse(TS / f"greenlife_{lang}.ts").getroot()
    unfinished = []
    count = 0
    for m in root.iter("message"):
        count += 1
        tr = m.find("translation")
        forms = [f.text for f in tr.findall("numerusform")]
        if tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or any(forms)):
            unfinished.append(m.find("source").text)
    assert count > 400
    assert unfinished == []


def test_every_ui_string_is_in_the_ts_file():
    """Sources the code asks for now (pyside6-lupdate into a scratch file) are all translated."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "check.ts"
        sources = sorted(str(p) for p in (ROOT / "greenlife/ui").rglob("*.py"))
        subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(scratch)], check=True, capture_output=True)
        wanted = {(c.find("name").text, m.find("source").text)
                  for c in ET.parse(scratch).getroot().iter("context") for m in c.iter("message")}
    have = {(c.find("name").text, m.find("source").text)
            for c in ET.parse(TS / "greenlife_zh_CN.ts").getroot().iter("context") for m in c.iter("message")}
    assert wanted - have == set(), "run resources/translations/update.py and translate the new strings"


def test_core_message_list_is_current():
    import importlib.util

    spec = importlib.util.spec_from_file_location("core_templates", TS / "core_templates.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert (ROOT / "greenlife/ui/core_strings.py").read_text(encoding="utf-8") == mod.render()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_shipped_qm_matches_the_ts(tmp_path, lang):
    out = tmp_path / "x.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS / f"greenlife_{lang}.ts"), "-qm", str(out)], check=True,
                   capture_output=True)
    shipped = resources.files("greenlife.resources").joinpath("i18n", f"greenlife_{lang}.qm").read_bytes()
    assert out.read_bytes() == shipped


VISIBLE_CALLS = {"setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "addTab", "addRow",
                 "setAccessibleName", "setAccessibleDescription", "show_message", "QLabel", "QPushButton",
                 "QCheckBox", "QAction", "QGroupBox", "QToolButton", "addItem", "setFormat", "setStatusTip"}


def test_no_user_visible_string_left_unwrapped():
    """A string literal with letters passed straight to a widget text call is a defect."""
    offenders = []
    for path in sorted((ROOT / "greenlife/ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name not in VISIBLE_CALLS:
                continue
            for arg in node.args[:2]:
                if (isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                        and any(c.isascii() and c.isalpha() for c in arg.value)):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {arg.value!r}")
    assert offenders == []


def test_switching_language_relabels_the_window_at_once(qtbot, window, state):
    assert window.nav.item(0).text() == "Home"
    s = window.go_to("settings")
    s.language.setCurrentIndex(s.language.findData("zh_CN"))
    s.set_language()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "首页", timeout=3000)
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert window.home.heading.text().startswith("本周")
    assert state.store.setting("language") == "zh_CN"
    s = window.go_to("settings")
    s.language.setCurrentIndex(s.language.findData("en"))
    s.set_language()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Home", timeout=3000)


def test_numbers_dates_and_plurals_follow_the_language(qapp):
    from greenlife.store.book import LedgerLine
    from greenlife.ui import labels
    from greenlife.ui.i18n import apply_language
    from greenlife.ui.models.ledger import LedgerModel

    line = LedgerLine(dt.date(2026, 11, 24), "杨女士", "action", "commute", "subway", 1164,
                      12, "km")
    apply_language("zh_CN")
    assert labels.date(dt.date(2026, 11, 24)) == "2026年11月24日"
    assert labels.points(6015) == "6,015"
    m = LedgerModel()
    m.set_lines([line])
    assert m.data(m.index(0, 0)) == "2026年11月24日"
    assert m.data(m.index(0, 3)) == "出行：地铁 / 轨道交通 12 公里"  # the glossary term
    assert m.data(m.index(0, 2)) == "行动"
    apply_language("en")
    assert labels.date(dt.date(2026, 11, 24)) == "24 Nov 2026"
    assert labels.points(6015) == "6,015"
    assert m.data(m.index(0, 3)) == "Commute: Subway / rail 12 km"
    m.set_lines([LedgerLine(line.day, "", "redemption", "reward", "Movie night", -5000)])
    assert m.data(m.index(0, 3)) == "Reward: Movie night"
    assert m.data(m.index(0, 1)) == "Household"


def test_core_errors_are_translated(qapp):
    from greenlife.core.validation import Limit, parse_number
    from greenlife.ui import labels
    from greenlife.ui.i18n import apply_language

    _v, err = parse_number("2000", Limit("km", 0.01, 500), "km")
    apply_language("zh_CN")
    assert labels.error_text(err) == "公里：2000 公里 超出范围，请输入 0.01 至 500 公里"
    apply_language("en")
    assert labels.error_text(err) == "km: 2000 km is out of range; enter 0.01 to 500 km"


def test_factor_notes_are_translated(qapp, state):
    from PySide6.QtCore import Qt

    from greenlife.ui.i18n import apply_language
    from greenlife.ui.models.factors import FactorsModel

    m = FactorsModel()
    m.set_factors([state.store.factors()["commute.walk"]])
    apply_language("zh_CN")
    assert m.data(m.index(0, 0), Qt.ItemDataRole.ToolTipRole).startswith("假设：没有公开的步行数据")
    apply_language("en")
    assert m.data(m.index(0, 0), Qt.ItemDataRole.ToolTipRole).startswith("Assumption: no published walking")
