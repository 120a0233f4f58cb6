"""A year's CSV carries what a fresh book needs to be the same book: a family's own actions
(name, unit, grams, source, category, assumption) and the meters' readings and baselines,
in the trailing ``details`` column. Files written before that column still import."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from greenlife.core.factors import FAMILY_SET
from greenlife.reports.export import write_csv
from greenlife.store import Store
from greenlife.store.importer import apply_import, plan_import

TODAY = dt.date(2026, 3, 15)


def _book(path):
    s = Store.open(path, today=lambda: TODAY)
    s.add_member("杨女士")
    return s


@pytest.fixture
def books(tmp_path):
    old, new = _book(tmp_path / "old.db"), _book(tmp_path / "new.db")
    yield old, new
    old.close()
    new.close()


def _round_trip(old, new, tmp_path, year=2026):
    path = tmp_path / f"{year}.csv"
    write_csv(old, year, path)
    plan = plan_import(new, path)
    assert plan.errors == []
    apply_import(new, plan)
    return path


def _own(store):
    return [(f.key, f.label, f.value, f.unit, f.source, f.assumption, f.category, archived)
            for f, archived in store.factor_book.own_actions()]


def test_a_familys_own_action_comes_back_with_its_name_unit_grams_and_source(books, tmp_path):
    old, new = books
    book = old.factor_book
    mended = book.add_own("补衣服", "件", "300", "", "goods")  # our estimate
    walked = book.add_own("Walked the dog", "walk", "12.5", "Our club's sheet", "commute")
    old.log("杨女士", "goods", mended.item, 2, "2026-03-01")
    old.log("杨女士", "commute", walked.item, 3, "2026-03-02")
    book.archive_own(walked.key)  # no longer offered; its line stays
    _round_trip(old, new, tmp_path)
    assert _own(new) == _own(old)
    assert [f[1] for f in _own(new)] == ["Walked the dog", "补衣服"]
    assert new.balance().points == old.balance().points == 600 + 38
    assert new.check() == []


def test_an_action_edited_after_logging_comes_back_as_it_is_now(books, tmp_path):
    old, new = books
    f = old.factor_book.add_own("补衣服", "件", "300", "", "goods")
    old.log("杨女士", "goods", f.item, 2, "2026-03-01")
    old.factor_book.edit_own(f.key, "补衣服和裤子", "件", "250", "街道的宣传单")
    _round_trip(old, new, tmp_path)
    (back,) = _own(new)
    assert back == _own(old)[0]
    assert (back[1], back[2], back[4], back[5]) == ("补衣服和裤子", 250, "街道的宣传单", False)
    (line,) = new.entries(category="goods")
    assert (line.points, line.factor.value) == (600, 300)  # the line keeps its factor


def test_the_details_column_is_the_last_and_holds_the_action(books, tmp_path):
    old, _new = books
    f = old.factor_book.add_own("=补衣服", "件", "300", "", "goods")
    old.log("杨女士", "goods", f.item, 1, "2026-03-01")
    path = tmp_path / "x.csv"
    write_csv(old, 2026, path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert list(rows[0])[-1] == "details"
    (row,) = [r for r in rows if r["factor_set"] == FAMILY_SET]
    assert json.loads(row["details"]) == {"action": {
        "name": "=补衣服", "unit": "件", "grams": 300, "source": "Our estimate",
        "category": "goods", "assumption": True}}
    assert row["details"].startswith("{")  # never read as a formula


def test_a_file_without_the_details_column_still_imports(books, tmp_path):
    """The format before the column: an own action is named after its key, as it was."""
    _old, new = books
    path = tmp_path / "before.csv"
    path.write_text(
        "id,date,member,kind,category,item,quantity,unit,factor_set,factor_key,factor_value,"
        "factor_unit,factor_kind,factor_source,factor_year,factor_assumption,grams,points,note\r\n"
        "7,2026-03-01,杨女士,action,goods,own_mended_clothes,2.0,item,own:family,"
        "goods.own_mended_clothes,300.0,g CO2/item,reduction,Our estimate,,1,600.0,600,\r\n"
        "8,2026-03-02,杨女士,action,commute,subway,10.0,km,shanghai,commute.subway,97.0,"
        "g CO2/km,reduction,Shanghai,2025,0,970.0,970,\r\n", encoding="utf-8-sig")
    plan = plan_import(new, path)
    assert plan.errors == []
    assert apply_import(new, plan) == 2
    assert _own(new) == [("goods.own_mended_clothes", "mended clothes", 300, "g CO2/item",
                          "Our estimate", True, new.factors()["goods.own_mended_clothes"].category,
                          False)]
    assert new.balance().points == 1570


def test_an_action_whose_details_are_bad_is_refused_with_the_line(books, tmp_path):
    old, new = books
    f = old.factor_book.add_own("补衣服", "件", "300", "", "goods")
    old.log("杨女士", "goods", f.item, 1, "2026-03-01")
    path = tmp_path / "x.csv"
    write_csv(old, 2026, path)
    text = path.read_text(encoding="utf-8-sig").replace('""grams"": 300', '""grams"": -3')
    path.write_text(text, encoding="utf-8-sig")
    plan = plan_import(new, path)
    ((line, err),) = plan.errors
    assert line == 2
    assert err.field == "grams"
    assert _own(new) == []
