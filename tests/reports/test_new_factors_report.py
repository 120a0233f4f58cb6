"""The yearly report's factor appendix lists every new factor used, with its source, and
flags the assumptions; the meter lines are in the CSV and come back from it."""

from __future__ import annotations

import datetime as dt
import re

import pypdf
import pytest

from greenlife.core.factors import SHANGHAI
from greenlife.reports.export import write_csv
from greenlife.reports.pdf import write_pdf
from greenlife.reports.summary import build_summary
from greenlife.reports.texts import NAMES, SOURCES_ZH
from tests.conftest import TODAY

NEW = {"commute.steps": 8000, "commute.car_parked": 1, "goods.secondhand": 2, "goods.bag": 3,
       "goods.box_returned": 4, "goods.paperless": 2, "food.no_tableware": 1, "energy.solar": 12}


@pytest.fixture
def book(store):
    yang = store.add_member("杨女士")
    for key, qty in NEW.items():
        cat, item = key.split(".")
        store.log(yang.id, cat, item, qty, day="2026-03-02")
    mt = store.meters
    for meter, (a, b) in {"electricity": (300, 250), "gas": (30, 40), "water": (10, 8)}.items():
        mt.set_baseline(meter, a)
        mt.save(mt.check(meter, dt.date(2026, 1, 1), 0))
        mt.save(mt.check(meter, dt.date(2026, 2, 1), b))
    return store


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(path).pages).split())


def test_the_appendix_lists_every_new_factor_with_its_source(book, tmp_path):
    summary = build_summary(book, TODAY.year)
    used = {f.key: f for f in summary.factors}
    keys = set(NEW) | {"meter.electricity", "meter.gas", "meter.water"}
    assert keys <= set(used)
    shipped = {f.key: f for f in SHANGHAI}
    for key in keys:
        assert used[key].source == shipped[key].source
        assert used[key].assumption == shipped[key].assumption
    en = _text(write_pdf(summary, tmp_path / "en.pdf", "en"))
    zh = re.sub(r"\s+", "", _text(write_pdf(summary, tmp_path / "zh.pdf", "zh")))
    for key in keys:
        assert NAMES["en"][key] in en, key
        assert " ".join(shipped[key].source.split()[:4]) in en, key
        assert re.sub(r"\s+", "", NAMES["zh"][key]) in zh, key
        assert re.sub(r"\s+", "", SOURCES_ZH[shipped[key].source])[:20] in zh, key
    assert "meter." not in en
    assert "goods." not in en


def test_meter_lines_are_in_the_csv_and_come_back(book, tmp_path):
    from greenlife.store import Store
    from greenlife.store.importer import apply_import, plan_import

    path = tmp_path / "y.csv"
    write_csv(book, TODAY.year, path)
    assert path.read_text(encoding="utf-8-sig").count(",meter,energy,") == 3
    fresh = Store.open(tmp_path / "f.db", today=lambda: TODAY)
    fresh.add_member("杨女士")
    plan = plan_import(fresh, path)
    assert plan.errors == []
    apply_import(fresh, plan)
    got = fresh.db.execute("SELECT item, quantity, points FROM entries WHERE kind = 'meter' "
                           "ORDER BY item").fetchall()
    want = book.db.execute("SELECT item, quantity, points FROM entries WHERE kind = 'meter' "
                           "ORDER BY item").fetchall()
    assert got == want
    assert fresh.balance().credit_points == book.balance().credit_points
    assert fresh.check() == []
    again = plan_import(fresh, path)  # the same file twice adds nothing
    assert again.new_lines == 0
    fresh.snapshots.take(plan.written)  # the import's undo takes its meter lines out too
    assert fresh.db.execute("SELECT count(*) FROM entries").fetchone()[0] == 0
    fresh.close()
