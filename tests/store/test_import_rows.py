"""The importer row by row: each refusal's exact reason and line, each accepted shape.

Written against mutmut's survivors in store/importer.py: a bound moved by one, a message cut
at another length or a check dropped must fail a test here."""

import csv
import datetime as dt
import io

import pytest

from greenlife.core.csvformat import COLUMNS
from greenlife.store import importer
from greenlife.store.importer import MAX_BYTES, ImportError_, _appliance_runs, apply_import, plan_import
from tests.conftest import TODAY
from tests.store.quick import quick_store

SH = "Shanghai carbon-inclusion platform, as reported by People's Daily (人民日报), 2025"

SUBWAY = {
    "id": "1", "date": "2026-03-02", "member": "杨女士", "kind": "action", "category": "commute",
    "item": "subway", "quantity": "61.0", "unit": "km", "factor_set": "shanghai",
    "factor_key": "commute.subway", "factor_value": "97.0", "factor_unit": "g CO2/km",
    "factor_kind": "reduction", "factor_source": SH,
    "factor_year": "2025", "factor_assumption": "0", "grams": "5917.0", "points": "5917", "note": "x",
    "details": "",
}
TV = {
    "id": "3", "date": "2026-11-20", "member": "杨女士", "kind": "appliance", "category": "appliance",
    "item": "television", "quantity": "0.0821917808219178", "unit": "kWh", "factor_set": "shanghai",
    "factor_key": "grid.electricity", "factor_value": "0.5306", "factor_unit": "kg CO2/kWh",
    "factor_kind": "emission", "factor_source": "MEE", "factor_year": "2023",
    "factor_assumption": "0", "grams": "43.61", "points": "44", "note": "",
}
GIFT = {
    "id": "9", "date": "2026-11-21", "member": "杨女士", "kind": "redemption", "category": "",
    "item": "movie", "quantity": "", "unit": "", "factor_set": "", "factor_key": "",
    "factor_value": "", "factor_unit": "", "factor_kind": "", "factor_source": "",
    "factor_year": "", "factor_assumption": "", "grams": "", "points": "-300", "note": "",
}


def write(tmp_path, rows, columns=COLUMNS, name="f.csv"):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([r.get(c, "") for c in columns] if isinstance(r, dict) else r)
    path = tmp_path / name
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


@pytest.fixture
def book(tmp_path, tmp_path_factory):
    s = quick_store(tmp_path, tmp_path_factory)
    yield s
    s.close()


def texts(errors):
    """The rows' reasons as the English templates read (the UI and CLI translate them)."""
    return [(line, getattr(e, "message", e)) for line, e in errors]


def errors_of(book, tmp_path, *rows):
    return texts(plan_import(book, write(tmp_path, rows)).errors)


def reason(book, tmp_path, **cells):
    errs = errors_of(book, tmp_path, {**SUBWAY, **cells})
    assert len(errs) == 1, errs
    assert errs[0][0] == 2
    return errs[0][1]


# --- actions --------------------------------------------------------------------------------


def test_a_valid_action_row_is_planned_with_every_value(book, tmp_path):
    plan = plan_import(book, write(tmp_path, [SUBWAY]))
    assert plan.ok
    assert plan.rows == 1
    yang = book.members()[0].id
    assert plan.new == [(yang, "2026-03-02", "commute", "subway", 61.0, "km", "shanghai", "commute.subway",
                         97.0, "g CO2/km", "reduction", SH, 2025, 0,
                         5917.0, 5917, "x")]
    assert plan.candidates == plan.new
    assert plan.new_lines == 1
    assert apply_import(book, plan) == 1
    e = book.entries()[0]
    assert (e.quantity, e.points, e.note) == (61.0, 5917, "x")


def test_cells_are_stripped_and_undefused_and_blanks_take_defaults(book, tmp_path):
    plan = plan_import(book, write(tmp_path, [{
        **SUBWAY, "member": " 杨女士 ", "note": "'=1+1", "factor_key": "", "unit": "", "factor_set": "",
        "factor_year": "", "factor_assumption": "True", "kind": "",
    }]))
    assert plan.ok, plan.errors
    row = plan.new[0]
    assert row[6] == "imported"  # factor_set
    assert row[7] == "commute.subway"  # factor_key from category and item
    assert row[5] == "km"
    assert row[12] is None  # factor_year
    assert row[13] == 1  # factor_assumption
    assert row[16] == "=1+1"


@pytest.mark.parametrize("flag", ["1", "True", "true"])
def test_assumption_flags(book, tmp_path, flag):
    assert plan_import(book, write(tmp_path, [{**SUBWAY, "factor_assumption": flag}])).new[0][13] == 1


@pytest.mark.parametrize("flag", ["0", "", "yes", "TRUE"])
def test_not_assumption_flags(book, tmp_path, flag):
    assert plan_import(book, write(tmp_path, [{**SUBWAY, "factor_assumption": flag}])).new[0][13] == 0


def test_a_long_factor_set_name_is_cut_to_40(book, tmp_path):
    plan = plan_import(book, write(tmp_path, [{**SUBWAY, "factor_set": "s" * 60}]))
    assert plan.new[0][6] == "s" * 40


@pytest.mark.parametrize(
    ("cells", "text"),
    [
        ({"date": ""}, "date: a date is required"),
        ({"date": "2099-01-01"}, "date: 2099-01-01 is in the future; enter a date from 2000-01-01 to 2026-11-24"),
        ({"date": "03/02/2026"}, "date: '03/02/2026' is not a date; use YYYY-MM-DD between 2000-01-01 and 2026-11-24"),
        ({"member": "王" * 50}, "member: unknown member '" + "王" * 40 + "'; add the member first"),
        ({"category": "transport" * 5}, "category: '" + ("transport" * 5)[:20]
         + "' must be one of 'commute', 'waste', 'food', 'energy', 'goods'"),
        ({"category": "appliance"}, "category: appliances are not imported from entry rows"),
        ({"item": ""}, "item: '' is not a valid item name"),
        ({"item": "sub way"}, "item: 'sub way' is not a valid item name"),
        ({"item": "地铁"}, "item: '地铁' is not a valid item name"),
        ({"item": "x1" * 20}, "item: '" + ("x1" * 20)[:20] + "' is not a valid item name"),
        ({"factor_unit": "g/mile" * 5}, "factor_unit: '" + ("g/mile" * 5)[:20] + "' is not a known unit; choose one of: g CO2/km, "
                                        "g CO2/ride, g CO2e/meal, kg CO2e/kg, kg CO2/kWh, g CO2/kWh, "
                                        "kg CO2/m³, g CO2/step, g CO2/day, g CO2/order, g CO2/box, "
                                        "g CO2/bag, g CO2/bill"),
        ({"unit": "kilometres long"}, "unit: 'kilometres' does not match the factor unit g CO2/km"),
        ({"quantity": "500.5"}, "quantity: 500.5 km is out of range; enter 0.01 to 500 km"),
        ({"quantity": "0.001"}, "quantity: 0.001 km is out of range; enter 0.01 to 500 km"),
        ({"quantity": ""}, "quantity: a value is required; enter 0.01 to 500 km"),
        ({"factor_value": "-1"}, "factor_value: -1 g CO2/km is out of range; enter 0 to 999999 g CO2/km"),
        ({"factor_value": "1000000"}, "factor_value: 1e+06 g CO2/km is out of range; enter 0 to 999999 g CO2/km"),
        ({"factor_kind": "saving"}, "factor_kind: 'saving' must be reduction or emission"),
        ({"factor_kind": "k" * 30}, "factor_kind: '" + "k" * 20 + "' must be reduction or emission"),
        ({"factor_source": ""}, "factor_source: the source of the factor is required (500 characters at most)"),
        ({"factor_source": "s" * 501}, "factor_source: the source of the factor is required (500 characters at most)"),
        ({"factor_year": "1989"}, "factor_year: 1989  is out of range; enter 1990 to 2100 "),
        ({"factor_year": "2101"}, "factor_year: 2101  is out of range; enter 1990 to 2100 "),
        ({"factor_year": "2020.5"},
         "factor_year: 2020.5 is not a whole number; enter a whole number from 1990 to 2100"),
        ({"factor_key": "commute.bus" + "x" * 30}, "factor_key: '" + ("commute.bus" + "x" * 30)[:30]
                                                   + "' does not match commute.subway"),
        ({"note": "a\x01b"}, "note: contains control characters; remove them"),
        ({"points": "many" * 10}, "points: '" + ("many" * 10)[:20] + "' is not a number"),
        ({"points": "5918"}, "points: 5918 does not match quantity × factor = 5917"),
        ({"points": "5916"}, "points: 5916 does not match quantity × factor = 5917"),
        ({"points": "inf"}, "points: inf does not match quantity × factor = 5917"),
        ({"points": "nan"}, "points: nan does not match quantity × factor = 5917"),
        ({"kind": "gift" * 10}, "kind: '" + ("gift" * 10)[:20] + "' must be action, appliance, meter, "
         "reading or redemption"),
    ],
)
def test_each_bad_action_cell_has_its_own_reason(book, tmp_path, cells, text):
    assert reason(book, tmp_path, **cells) == text


def test_points_may_be_written_as_a_float(book, tmp_path):
    assert plan_import(book, write(tmp_path, [{**SUBWAY, "points": "5917.0"}])).ok


def test_the_bounds_of_each_cell_are_accepted(book, tmp_path):
    rows = [
        {**SUBWAY, "quantity": "500", "points": "48500", "factor_year": "1990"},
        {**SUBWAY, "quantity": "0.01", "points": "1", "factor_year": "2100"},
        {**SUBWAY, "factor_value": "0", "points": "0", "factor_source": "s" * 500},
        {**SUBWAY, "factor_value": "999999", "quantity": "0.01", "points": "10000"},
        {**SUBWAY, "item": "food_waste", "category": "food", "factor_key": "food.food_waste",
         "factor_unit": "kg CO2e/kg", "unit": "kg", "quantity": "10", "factor_value": "2.5",
         "factor_kind": "emission", "points": "-25000"},
    ]
    plan = plan_import(book, write(tmp_path, rows))
    assert plan.errors == []
    assert [r[15] for r in plan.new] == [48500, 1, 0, 10000, -25000]


def test_whole_number_units_refuse_fractions_with_the_quantity_field(book, tmp_path):
    text = reason(book, tmp_path, item="bus", factor_key="commute.bus", factor_unit="g CO2/ride",
                  unit="ride", quantity="2.5", factor_value="422", points="1055")
    assert text == "quantity: 2.5 is not a whole number; enter a whole number from 1 to 20"
    text = reason(book, tmp_path, item="bus", factor_key="commute.bus", factor_unit="g CO2/ride",
                  unit="ride", quantity="21", factor_value="422", points="8862")
    assert text == "quantity: 21 ride is out of range; enter 1 to 20 ride"


def test_a_category_and_unit_with_no_limit_of_their_own_get_0_01_to_1000(book, tmp_path):
    book.db.execute("INSERT INTO factors(set_id, key, value, unit, kind, source) "
                    "SELECT set_id, 'commute.boat', 5, 'kg CO2e/kg', 'reduction', 's' FROM factors "
                    "WHERE key = 'commute.subway'")
    base = {**SUBWAY, "item": "boat", "factor_key": "commute.boat", "factor_unit": "kg CO2e/kg",
            "unit": "kg", "factor_value": "5"}
    assert plan_import(book, write(tmp_path, [{**base, "quantity": "1000", "points": "5000000"}])).ok
    text = reason(book, tmp_path, **{**base, "quantity": "1000.5", "points": "5002500"})
    assert text == "quantity: 1000.5 kg is out of range; enter 0.01 to 1000 kg"


def test_items_and_units_must_be_in_the_factor_table(book, tmp_path):
    text = reason(book, tmp_path, item="rocket" * 5, factor_key="commute." + "rocket" * 5)
    assert text == "item: '" + ("rocket" * 5)[:20] + "' (" + ("commute." + "rocket" * 5)[:30] + \
        ") is not in the factor table; add the factor first"
    text = reason(book, tmp_path, factor_unit="g CO2/ride", unit="ride", quantity="2", points="194")
    assert text == "factor_unit: 'g CO2/ride' is not a unit of commute.subway in the factor table"


def test_a_row_with_the_wrong_number_of_cells_and_a_missing_cell(book, tmp_path):
    path = write(tmp_path, [[*SUBWAY.values(), "extra"], list(SUBWAY.values())[:5]])
    plan = plan_import(book, path)
    assert texts(plan.errors) == [(2, "cells in this row: 21; columns in the header: 20"), (3, "cells in this row: 5; columns in the header: 20")]
    assert plan.new == []


def test_blank_rows_are_skipped_and_lines_are_file_lines(book, tmp_path):
    path = write(tmp_path, [SUBWAY, ["", " "] + [""] * 17, {**SUBWAY, "date": "2099-01-01"}])
    plan = plan_import(book, path)
    assert plan.rows == 2
    assert [line for line, _ in plan.errors] == [4]


def test_a_file_with_an_error_plans_nothing_new(book, tmp_path):
    plan = plan_import(book, write(tmp_path, [SUBWAY, {**SUBWAY, "points": "1"}]))
    assert texts(plan.errors) == [(3, "points: 1 does not match quantity × factor = 5917")]
    assert plan.new == []
    assert plan.candidates == []
    assert not plan.ok
    assert plan.new_lines == 0
    with pytest.raises(ImportError_) as info:
        apply_import(book, plan)
    assert info.value.message == "The file has 1 bad rows; nothing was imported."


def test_twins_in_the_file_and_the_book_are_counted(book, tmp_path):
    path = write(tmp_path, [SUBWAY, SUBWAY, SUBWAY])
    first = plan_import(book, write(tmp_path, [SUBWAY], name="one.csv"))
    assert apply_import(book, first) == 1
    plan = plan_import(book, path)
    assert (len(plan.new), plan.already) == (2, 1)
    assert apply_import(book, plan) == 2
    assert book.count_entries() == 3
    plan = plan_import(book, path)
    assert (len(plan.new), plan.already, plan.new_lines) == (0, 3, 0)
    assert apply_import(book, plan) == 0


def test_a_row_differing_only_in_its_note_is_new(book, tmp_path):
    apply_import(book, plan_import(book, write(tmp_path, [SUBWAY], name="a.csv")))
    plan = plan_import(book, write(tmp_path, [{**SUBWAY, "note": "y"}], name="b.csv"))
    assert (len(plan.new), plan.already) == (1, 0)
    plan = plan_import(book, write(tmp_path, [{**SUBWAY, "factor_value": "98", "points": "5978"}], name="c.csv"))
    assert (len(plan.new), plan.already) == (1, 0)


# --- files ----------------------------------------------------------------------------------


def test_file_level_refusals(book, tmp_path):
    with pytest.raises(ImportError_) as info:
        plan_import(book, tmp_path / "none.csv")
    assert info.value.message == f"Cannot read {tmp_path / 'none.csv'}: No such file or directory."
    with pytest.raises(ImportError_) as info:
        plan_import(book, tmp_path)
    assert info.value.message == (f"{tmp_path} is not a regular file (a folder, a device or a pipe). "
                                  "Import the CSV file that GreenLife exports.")
    twice = write(tmp_path, [], columns=[*COLUMNS, "note", " date "])
    with pytest.raises(ImportError_) as info:
        plan_import(book, twice)
    assert info.value.message == (f"{twice} has the column date, note more than once; which one is meant "
                                  "cannot be told. Remove the extra column and import again.")
    few = write(tmp_path, [], columns=["date", "member", "quantity"])
    with pytest.raises(ImportError_) as info:
        plan_import(book, few)
    assert info.value.message == (
        f"{few} lacks the columns category, item, unit, factor_key, factor_value, factor_unit, factor_kind, "
        f"factor_source, points. Import the CSV that GreenLife exports (columns: {', '.join(COLUMNS)}).")


def test_a_header_with_spaces_and_blank_extra_columns_is_read(book, tmp_path):
    path = write(tmp_path, [[*SUBWAY.values(), "", ""]], columns=[f" {c} " for c in COLUMNS] + ["", ""])
    assert plan_import(book, path).ok


def test_not_utf8_binary_and_csv_errors_say_where(book, tmp_path):
    path = tmp_path / "gbk.csv"
    path.write_bytes(b"date," + "成员".encode("gbk"))
    with pytest.raises(ImportError_) as info:
        plan_import(book, path)
    assert info.value.message == (f"{path} is not UTF-8 text (byte 5 is invalid). Save it as 'CSV UTF-8' "
                                  "and import again.")
    path.write_bytes(b"date\x00")
    with pytest.raises(ImportError_) as info:
        plan_import(book, path)
    assert info.value.message == (f"{path} is not a text CSV file (it contains binary data). Import the CSV "
                                  "that GreenLife exports.")
    path.write_text(",".join(COLUMNS) + "\n" + ",".join(SUBWAY.values()) + "\n" + "x" * 10_001 + "\n")
    with pytest.raises(ImportError_) as info:
        plan_import(book, path)
    assert info.value.message.startswith(f"{path} could not be read as CSV near line 3: field larger than")
    path.write_text(",".join(COLUMNS) + "\n" + "x" * 9_999 + "\n")
    assert texts(plan_import(book, path).errors) == [(2, "cells in this row: 1; columns in the header: 20")]
    path.write_text(",".join(COLUMNS) + '\n"a"b\n')
    with pytest.raises(ImportError_, match="near line 2"):
        plan_import(book, path)


def test_the_field_size_limit_is_put_back(book, tmp_path):
    before = csv.field_size_limit()
    plan_import(book, write(tmp_path, [SUBWAY]))
    assert csv.field_size_limit() == before


def test_a_bom_is_skipped(book, tmp_path):
    path = write(tmp_path, [SUBWAY])
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert plan_import(book, path).ok


def test_a_file_over_200_mb_is_refused_without_reading_it(book, tmp_path, monkeypatch):
    assert MAX_BYTES == 200 * 1024 * 1024
    path = tmp_path / "big.csv"
    with path.open("wb") as f:  # sparse: only its size is looked at
        f.truncate(MAX_BYTES + 2**20 - 1)
    with pytest.raises(ImportError_) as info:
        plan_import(book, path)
    assert info.value.message == f"{path} is 200 MB; files over 200 MB are not imported."
    monkeypatch.setattr(importer, "MAX_BYTES", 1000)
    path.write_bytes(b"x" * 1001)
    with pytest.raises(ImportError_, match="is 0 MB"):
        plan_import(book, path)
    path.write_bytes(b"\x00" * 1000)  # exactly the limit is read (and found to be binary)
    with pytest.raises(ImportError_, match="binary data"):
        plan_import(book, path)


# --- redemptions ----------------------------------------------------------------------------


def test_a_redemption_row_is_planned_and_imported_once(book, tmp_path):
    book.log("杨女士", "commute", "subway", 61, day="2026-03-02")
    path = write(tmp_path, [GIFT, {**GIFT, "member": ""}])
    plan = plan_import(book, path)
    assert plan.ok, plan.errors
    yang = book.members()[0].id
    assert plan.redemptions == [(yang, "2026-11-21", 300, "movie"), (None, "2026-11-21", 300, "movie")]
    assert plan.new_redemptions == plan.redemptions
    assert plan.new_lines == 2
    assert apply_import(book, plan) == 2
    again = plan_import(book, path)
    assert (again.new_redemptions, again.already, again.new_lines) == ([], 2, 0)


@pytest.mark.parametrize(
    ("cells", "text"),
    [
        ({"date": ""}, None),
        ({"date": "2099-01-01"}, "date: 2099-01-01 is in the future; enter a date from 2000-01-01 to 2026-11-24"),
        ({"member": "王" * 50}, "member: unknown member '" + "王" * 40 + "'; add the member first"),
        ({"points": "-1.5"}, "points: '-1.5' is not a whole number"),
        ({"points": "x" * 30}, "points: '" + "x" * 20 + "' is not a whole number"),
        ({"points": "0"}, "points: a redemption spends points (0 is not below zero)"),
        ({"points": "5"}, "points: a redemption spends points (5 is not below zero)"),
        ({"points": "-100000001"}, "points: a redemption spends points (-100000001 is not below zero)"),
        ({"item": ""}, "item: the reward's name is required (80 characters at most)"),
        ({"item": "r" * 81}, "item: the reward's name is required (80 characters at most)"),
    ],
)
def test_each_bad_redemption_cell_has_its_own_reason(book, tmp_path, cells, text):
    errs = errors_of(book, tmp_path, {**GIFT, **cells})
    if text is None:  # a blank date is today, as when typing
        assert errs == []
    else:
        assert errs == [(2, text)]


def test_redemption_bounds_are_accepted(book, tmp_path):
    plan = plan_import(book, write(tmp_path, [{**GIFT, "points": "-100000000", "item": "r" * 80},
                                              {**GIFT, "points": "-1", "item": "'=x"}]))
    assert plan.errors == []
    assert [(r[2], r[3]) for r in plan.redemptions] == [(100_000_000, "r" * 80), (1, "=x")]


# --- appliance days -------------------------------------------------------------------------


def test_appliance_days_are_planned_and_imported_as_one_appliance(book, tmp_path):
    rows = [{**TV, "date": f"2026-11-{d}"} for d in (20, 21, 22, 23, 24)]
    plan = plan_import(book, write(tmp_path, rows))
    assert plan.ok, plan.errors
    yang = book.members()[0].id
    first = plan.appliance_days[0]
    assert first[:4] == (yang, "television", dt.date(2026, 11, 20), 0.0821917808219178)
    assert first[5] == 44
    grid = first[4]
    assert (grid.key, grid.value, grid.unit, grid.source, grid.year, grid.set_id, grid.assumption) == (
        "grid.electricity", 0.5306, "kg CO2/kWh", "MEE", 2023, "shanghai", False)
    assert plan.new_lines == 5
    assert apply_import(book, plan) == 5
    lines = book.db.execute("SELECT day, points FROM entries WHERE kind = 'appliance' ORDER BY day").fetchall()
    assert [tuple(r) for r in lines] == [(f"2026-11-{d}", 44) for d in (20, 21, 22, 23, 24)]
    again = plan_import(book, write(tmp_path, rows, name="again.csv"))
    assert (again.new_appliance_days, again.already) == ([], 5)


def test_an_appliance_run_that_ended_keeps_its_end(book, tmp_path):
    rows = [{**TV, "date": f"2026-10-0{d}"} for d in (1, 2, 3)]
    assert apply_import(book, plan_import(book, write(tmp_path, rows))) == 3
    days = book.db.execute("SELECT day FROM entries WHERE kind = 'appliance' ORDER BY day").fetchall()
    assert [r[0] for r in days] == ["2026-10-01", "2026-10-02", "2026-10-03"]
    a = book.appliances()[0]
    assert (a.in_use_from, a.in_use_to) == (dt.date(2026, 10, 1), dt.date(2026, 10, 3))


def test_an_appliance_run_up_to_yesterday_is_still_in_use(book, tmp_path):
    rows = [{**TV, "date": f"2026-11-{d}"} for d in (22, 23)]
    assert apply_import(book, plan_import(book, write(tmp_path, rows))) == 3  # and today's line
    a = book.appliances()[0]
    assert (a.in_use_from, a.in_use_to) == (dt.date(2026, 11, 22), None)
    days = book.db.execute("SELECT day FROM entries WHERE kind = 'appliance' ORDER BY day").fetchall()
    assert [r[0] for r in days] == ["2026-11-22", "2026-11-23", "2026-11-24"]


def test_an_appliance_run_up_to_the_day_before_yesterday_has_ended(book, tmp_path):
    rows = [{**TV, "date": f"2026-11-{d}"} for d in (21, 22)]
    assert apply_import(book, plan_import(book, write(tmp_path, rows))) == 2
    a = book.appliances()[0]
    assert (a.in_use_from, a.in_use_to) == (dt.date(2026, 11, 21), dt.date(2026, 11, 22))


def test_appliance_defaults_and_flags(book, tmp_path):
    plan = plan_import(book, write(tmp_path, [{**TV, "factor_source": "", "factor_set": "", "factor_year": "",
                                               "factor_assumption": "true"}]))
    grid = plan.appliance_days[0][4]
    assert (grid.source, grid.set_id, grid.year, grid.assumption, grid.kind) == (
        "imported", "imported", None, True, "emission")
    plan = plan_import(book, write(tmp_path, [{**TV, "factor_set": "z" * 50}]))
    assert plan.appliance_days[0][4].set_id == "z" * 40


@pytest.mark.parametrize(
    ("cells", "text"),
    [
        ({"date": "2099-01-01"}, "date: 2099-01-01 is in the future; enter a date from 2000-01-01 to 2026-11-24"),
        ({"member": ""}, "member: unknown member ''; add the member first"),
        ({"member": "王" * 50}, "member: unknown member '" + "王" * 40 + "'; add the member first"),
        ({"item": "toaster" * 6}, "item: '" + ("toaster" * 6)[:30] + "' is not an appliance type"),
        ({"factor_key": "commute.subway"}, "factor_key: an appliance's line uses grid.electricity"),
        ({"quantity": "x"}, "the cells quantity, factor_value, factor_year and points must be numbers"),
        ({"factor_value": "x"}, "the cells quantity, factor_value, factor_year and points must be numbers"),
        ({"points": "44.0"}, "the cells quantity, factor_value, factor_year and points must be numbers"),
        ({"factor_year": "y"}, "the cells quantity, factor_value, factor_year and points must be numbers"),
        ({"factor_unit": "kWh"}, "quantity: not a day's saving of an appliance that uses less than its baseline"),
        ({"quantity": "0", "points": "0"},
         "quantity: not a day's saving of an appliance that uses less than its baseline"),
        ({"quantity": "-0.1", "points": "-53"},
         "quantity: not a day's saving of an appliance that uses less than its baseline"),
        ({"quantity": "nan"}, "quantity: not a day's saving of an appliance that uses less than its baseline"),
        ({"quantity": str(150 / 365), "points": "218"},
         "quantity: not a day's saving of an appliance that uses less than its baseline"),
        ({"factor_value": "-0.1", "points": "-8"},
         "quantity: not a day's saving of an appliance that uses less than its baseline"),
        ({"factor_value": "inf"}, "quantity: not a day's saving of an appliance that uses less than its baseline"),
        ({"factor_value": "1000000", "points": "82191781"},
         "quantity: not a day's saving of an appliance that uses less than its baseline"),
        ({"points": "45"}, "points: 45 does not match the day's kWh saved × the grid factor"),
        ({"points": "43"}, "points: 43 does not match the day's kWh saved × the grid factor"),
    ],
)
def test_each_bad_appliance_cell_has_its_own_reason(book, tmp_path, cells, text):
    assert errors_of(book, tmp_path, {**TV, **cells}) == [(2, text)]


def test_appliance_bounds_are_accepted(book, tmp_path):
    rows = [
        {**TV, "quantity": str(149.9 / 365), "points": "218"},  # just under the television's baseline
        {**TV, "factor_value": "0", "points": "0", "date": "2026-11-21"},
    ]
    plan = plan_import(book, write(tmp_path, rows))
    assert plan.errors == []
    assert len(plan.appliance_days) == 2


def test_an_appliance_needs_the_grid_factor_in_the_table(book, tmp_path):
    book.db.execute("DELETE FROM factors WHERE key = 'grid.electricity'")
    assert errors_of(book, tmp_path, TV) == [(2, "factor_key: an appliance's line uses grid.electricity")]


def test_a_blank_appliance_date_is_today(book, tmp_path):
    plan = plan_import(book, write(tmp_path, [{**TV, "date": ""}]))
    assert plan.appliance_days[0][2] == TODAY


# --- runs -----------------------------------------------------------------------------------


def test_appliance_runs_split_on_a_gap_a_member_an_appliance_a_saving_or_a_factor():
    from greenlife.core.factors import SHANGHAI

    grid = {f.key: f for f in SHANGHAI}["grid.electricity"]
    other = type(grid)(**{**grid.__dict__, "value": 0.6})
    d = dt.date(2026, 1, 1)

    def day(n, member=1, item="tv", kwh=0.1, g=grid):
        return (member, item, d + dt.timedelta(days=n), kwh, g, 0)

    days = [day(2), day(0), day(1), day(3, member=2), day(4), day(5, item="ac"), day(6, kwh=0.2),
            day(7, g=other)]
    runs = _appliance_runs(days)
    assert [[x[2].day for x in r] for r in runs] == [[6], [1, 2, 3], [5], [8], [7], [4]]
    assert _appliance_runs([]) == []


# --- a file with only the required columns -----------------------------------------------

REQUIRED_ONLY = ["date", "member", "category", "item", "quantity", "unit", "factor_key", "factor_value",
                 "factor_unit", "factor_kind", "factor_source", "points"]


def test_a_file_with_only_the_required_columns_imports_actions_with_defaults(book, tmp_path):
    plan = plan_import(book, write(tmp_path, [SUBWAY], columns=REQUIRED_ONLY))
    assert plan.ok, plan.errors
    row = plan.new[0]
    assert (row[6], row[12], row[13], row[16]) == ("imported", None, 0, "")


def test_redemptions_and_appliance_days_with_only_the_required_columns_and_kind(book, tmp_path):
    columns = [*REQUIRED_ONLY, "kind"]
    plan = plan_import(book, write(tmp_path, [GIFT, TV], columns=columns))
    assert plan.ok, plan.errors
    assert plan.redemptions == [(book.members()[0].id, "2026-11-21", 300, "movie")]
    grid = plan.appliance_days[0][4]
    assert (grid.year, grid.set_id, grid.assumption, grid.source) == (None, "imported", False, "MEE")


def test_appliance_and_redemption_cells_are_stripped_and_undefused(book, tmp_path):
    plan = plan_import(book, write(tmp_path, [
        {**TV, "member": " 杨女士 ", "item": " television ", "factor_source": "'=grid", "points": " 44 "},
        {**GIFT, "member": " 杨女士 ", "item": "'+movie", "points": " -300 "},
    ]))
    assert plan.ok, plan.errors
    assert plan.appliance_days[0][1] == "television"
    assert plan.appliance_days[0][4].source == "=grid"
    assert plan.redemptions[0][2:] == (300, "+movie")


@pytest.mark.parametrize("flag", ["1", "True", "true"])
def test_appliance_assumption_flags(book, tmp_path, flag):
    plan = plan_import(book, write(tmp_path, [{**TV, "factor_assumption": flag}]))
    assert plan.appliance_days[0][4].assumption is True


def test_an_appliance_saving_below_one_kwh_a_year_is_still_a_saving(book, tmp_path):
    plan = plan_import(book, write(tmp_path, [{**TV, "quantity": "0.001", "points": "1"}]))
    assert plan.errors == []
    assert plan.appliance_days[0][3] == 0.001


def test_a_single_appliance_day_is_imported_as_its_own_appliance(book, tmp_path):
    from greenlife.store.backup import list_backups

    plan = plan_import(book, write(tmp_path, [{**TV, "date": "2026-10-05"}]))
    assert apply_import(book, plan) == 1
    a = book.appliances()[0]
    assert (a.member_id, a.type, a.in_use_from, a.in_use_to) == (
        book.members()[0].id, "television", dt.date(2026, 10, 5), dt.date(2026, 10, 5))
    assert a.grid.value == 0.5306
    line = book.db.execute("SELECT quantity, points FROM entries WHERE kind = 'appliance'").fetchone()
    assert tuple(line) == (0.0821917808219178, 44)
    assert [b.reason for b in list_backups(tmp_path / "book.db")] == ["pre-import"]


def test_an_item_of_underscores_is_not_a_name(book, tmp_path):
    assert reason(book, tmp_path, item="_", factor_key="commute._") == "item: '_' is not a valid item name"


def test_twin_redemptions_in_the_file_and_the_book_are_counted(book, tmp_path):
    book.log("杨女士", "commute", "subway", 100, day="2026-11-18")
    assert apply_import(book, plan_import(book, write(tmp_path, [GIFT], name="one.csv"))) == 1
    plan = plan_import(book, write(tmp_path, [GIFT, GIFT, GIFT]))
    assert (len(plan.new_redemptions), plan.already) == (2, 1)
    assert apply_import(book, plan) == 2
    assert len(book.redemptions()) == 3


def test_long_points_and_long_keys_are_cut_in_messages(book, tmp_path):
    long_points = "5918.000000000000000"  # 20 characters
    assert reason(book, tmp_path, points=long_points + "0") == (
        f"points: {long_points} does not match quantity × factor = 5917")
    item = "a" * 30
    book.db.execute("INSERT INTO factors(set_id, key, value, unit, kind, source) "
                    "SELECT set_id, ?, 5, 'g CO2/km', 'reduction', 's' FROM factors WHERE key = 'commute.subway'",
                    [f"commute.{item}"])
    text = reason(book, tmp_path, item=item, factor_key=f"commute.{item}", factor_unit="g CO2/ride", unit="ride",
                  quantity="2", factor_value="5", points="10")
    assert text == f"factor_unit: 'g CO2/ride' is not a unit of {('commute.' + item)[:30]} in the factor table"


def test_an_empty_file_and_unreadable_files_say_so_exactly(book, tmp_path, monkeypatch):
    from pathlib import Path

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportError_) as info:
        plan_import(book, empty)
    assert info.value.message == f"{empty} is empty."
    path = write(tmp_path, [SUBWAY])

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(ImportError_) as info:
        plan_import(book, path)
    assert info.value.message == f"Cannot read {path}: Permission denied."
    real_stat = Path.stat

    def odd(self, **kw):
        if self.name == "f.csv":
            raise OSError("odd failure")
        return real_stat(self, **kw)

    monkeypatch.setattr(Path, "stat", odd)
    with pytest.raises(ImportError_) as info:
        plan_import(book, path)
    assert info.value.message == f"Cannot read {path}: odd failure."


def test_a_carriage_return_inside_a_quoted_note_is_kept_and_refused(book, tmp_path):
    path = write(tmp_path, [{**SUBWAY, "note": "a\r\nb"}])
    # the row spans lines 2 and 3 of the file; the line it ends on is given
    assert texts(plan_import(book, path).errors) == [(3, "note: contains control characters; remove them")]


def test_a_read_error_without_a_reason_shows_the_error(book, tmp_path, monkeypatch):
    from pathlib import Path

    path = write(tmp_path, [SUBWAY])

    def refuse(self):
        raise OSError("the device went away")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(ImportError_) as info:
        plan_import(book, path)
    assert info.value.message == f"Cannot read {path}: the device went away."


def test_rows_of_an_archived_member_are_imported(book, tmp_path):
    li = book.members()[1]
    book.update_member(li.id, active=False)
    plan = plan_import(book, write(tmp_path, [{**SUBWAY, "member": "李先生"}]))
    assert plan.errors == []
    assert plan.new[0][0] == li.id


def test_a_file_with_old_mac_line_endings_is_read(book, tmp_path):
    path = write(tmp_path, [SUBWAY, {**SUBWAY, "date": "2026-03-03"}])
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r"))
    plan = plan_import(book, path)
    assert plan.errors == []
    assert [r[1] for r in plan.new] == ["2026-03-02", "2026-03-03"]


def test_a_reason_about_the_whole_row_names_no_field(book, tmp_path):
    path = write(tmp_path, [[*SUBWAY.values(), "extra"], {**TV, "quantity": "x"}])
    assert [(line, e.field) for line, e in plan_import(book, path).errors] == [(2, ""), (3, "")]


def test_a_refused_row_reads_as_its_reason():
    from greenlife.core.errors import FieldError
    from greenlife.store.importer import _BadRow

    assert str(_BadRow(FieldError("date", "{field}: a date is required"))) == "date: a date is required"
