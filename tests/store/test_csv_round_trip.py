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


# --- the meters' readings ------------------------------------------------------------------

def _meters(store):
    mt = store.meters
    # electricity read at the meter across two year ends, replaced in 2025-06; gas from bills
    mt.set_baseline("electricity", "260")
    index = 1000.0
    for k, used in enumerate((300, 280, 310, 290, 250, 240, 200, 180, 190, 230, 260, 320, 330,
                              270, 260, 250.4)):
        month = dt.date(2024 + (10 + k) // 12, (10 + k) % 12 + 1, 1)
        if month == dt.date(2025, 6, 1):
            mt.save(mt.check("electricity", month, 50 + used, new_meter_start=50,
                             old_meter_end=index, note="新电表"))
            index = 50.0 + used
        else:
            index += used
            mt.save(mt.check("electricity", month, index))
    mt.set_baseline("gas", "30")
    for month, amount in ((dt.date(2025, 12, 1), 28), (dt.date(2026, 1, 1), 35.5),
                          (dt.date(2026, 2, 1), 29)):
        mt.save(mt.check("gas", month, amount, "bill"))


def _meter_state(store, years=None):
    lines = store.db.execute(
        "SELECT day, item, quantity, factor_value, points FROM entries WHERE kind = 'meter' "
        "ORDER BY day, item").fetchall()
    if years:
        lines = [ln for ln in lines if int(ln[0][:4]) in years]
    return lines


def test_meter_readings_and_baselines_come_back_and_no_point_changes(books, tmp_path):
    old, new = books
    _meters(old)
    assert len(_meter_state(old)) > 15
    for year in (2026, 2024, 2025):  # in any order
        _round_trip(old, new, tmp_path, year)
    assert new.meters.readings() == old.meters.readings()
    assert [new.meters.baseline(m) for m in ("electricity", "gas", "water")] == [260, 30, None]
    assert _meter_state(new) == _meter_state(old)
    assert new.balance().points == old.balance().points
    for meter in ("electricity", "gas"):  # what the Meters tab shows
        assert new.meters.savings(meter) == old.meters.savings(meter)
        assert new.meters.uses(meter) == old.meters.uses(meter)
    # a reading entered afterwards works the lines out as the first book does
    for store in (old, new):
        store.meters.save(store.meters.check("gas", dt.date(2026, 2, 1), 27, "bill"))
    assert _meter_state(new) == _meter_state(old)
    assert new.check() == []


def test_one_years_file_brings_the_readings_its_months_are_worked_out_from(books, tmp_path):
    old, new = books
    _meters(old)
    path = _round_trip(old, new, tmp_path, 2026)
    # the 2026 months compare with 2025's, which need December 2024's index
    assert new.meters.readings() == [r for r in old.meters.readings()
                                     if r.month >= dt.date(2024, 12, 1)]
    assert _meter_state(new) == _meter_state(old, {2026})
    for meter in ("electricity", "gas"):
        want = [s for s in old.meters.savings(meter) if s.month.year == 2026]
        assert [s for s in new.meters.savings(meter) if s.month.year == 2026] == want
    again = plan_import(new, path)  # the same file twice adds nothing
    assert (again.new_lines, again.new_readings, again.new_baselines) == (0, [], {})
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    jan = next(r for r in rows if r["kind"] == "reading" and r["date"] == "2026-01-31"
               and r["item"] == "gas")
    assert (jan["member"], jan["category"], jan["quantity"], jan["unit"], jan["points"]) == (
        "", "energy", "35.5", "m³", "")
    assert json.loads(jan["details"]) == {"reading": {
        "how": "bill", "new_meter_start": None, "old_meter_end": None, "baseline": 30}}


def test_a_books_own_readings_and_baseline_are_kept(books, tmp_path):
    old, new = books
    _meters(old)
    new.meters.set_baseline("gas", 40)
    new.meters.save(new.meters.check("gas", dt.date(2026, 1, 1), 33, "bill"))
    _round_trip(old, new, tmp_path, 2026)
    assert new.meters.baseline("gas") == 40
    assert new.meters.reading("gas", dt.date(2026, 1, 1)).value == 33
    assert new.meters.reading("gas", dt.date(2026, 2, 1)).value == 29


@pytest.mark.parametrize(("details", "field"), [
    ('{"reading": {"how": "guess"}}', "how"),
    ('{"reading": {"how": "reading", "baseline": -1}}', "baseline"),
    ('{"reading": 3}', "details"),
    ("", "details"),
])
def test_a_bad_reading_row_is_refused_with_its_line(books, tmp_path, details, field):
    _old, new = books
    path = tmp_path / "r.csv"
    buf = io.StringIO()
    w = csv.writer(buf)
    from greenlife.core.csvformat import COLUMNS

    w.writerow(COLUMNS)
    row = dict.fromkeys(COLUMNS, "")
    row.update(date="2026-01-31", kind="reading", category="energy", item="gas", quantity="3",
               unit="m³", details=details)
    w.writerow(row.values())
    path.write_text(buf.getvalue(), encoding="utf-8")
    plan = plan_import(new, path)
    ((line, err),) = plan.errors
    assert (line, err.field) == (2, field)
    assert new.meters.readings() == []
