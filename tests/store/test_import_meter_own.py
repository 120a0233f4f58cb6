"""The importer's meter lines and a family's own actions, row by row: what is accepted, each
refusal's exact reason, and the own action a file brings (store/importer.py, _meter_line and
_own_action). Written against mutmut's survivors: each check and each cut of a value must
fail a test here when it changes."""

import datetime as dt
import math

import pytest

from greenlife.core.factors import FAMILY_SET
from greenlife.core.models import Factor, Kind
from greenlife.store.importer import _BadRow, _meter_line, _own_action

TODAY = dt.date(2026, 11, 25)
MEE = "MEE & NBS 2023"
KNOWN = {"meter.electricity": {"kg CO2/kWh"}, "meter.gas": {"kg CO2/m³"}}

METER = {
    "id": "5", "date": "2026-10-01", "member": "家庭", "kind": "meter", "category": "energy",
    "item": "electricity", "quantity": "100", "unit": "kWh", "factor_set": "shanghai",
    "factor_key": "meter.electricity", "factor_value": "0.5306", "factor_unit": "kg CO2/kWh",
    "factor_kind": "reduction", "factor_source": MEE, "factor_year": "2023",
    "factor_assumption": "0", "grams": "53060", "points": "53060", "note": "",
}


def meter(**changes):
    return _meter_line({**METER, **changes}, TODAY, {k: set(v) for k, v in KNOWN.items()})


def refused(**changes):
    with pytest.raises(_BadRow) as exc:
        meter(**changes)
    e = exc.value.error
    return e.field, e.template, e.params


def test_a_meter_line_as_exported_is_read_with_every_value():
    assert meter() == ("2026-10-01", "electricity", 100.0, "kWh", "shanghai", "meter.electricity",
                       0.5306, "kg CO2/kWh", "reduction", MEE, 2023, 0, pytest.approx(53060), 53060)


def test_a_meter_lines_cells_are_trimmed_and_an_increase_is_negative():
    got = meter(date=" 2026-10-01 ", quantity=" -10 ", points="-5306", factor_set=" wuhan ")
    assert got[:6] == ("2026-10-01", "electricity", -10.0, "kWh", "wuhan", "meter.electricity")
    assert got[-2:] == (pytest.approx(-5306), -5306)


def test_a_meter_lines_gas_is_in_cubic_metres_and_the_key_may_be_left_out():
    got = meter(item="gas", factor_key="", factor_unit="kg CO2/m³", factor_value="2.184",
                quantity="10", points="21840")
    assert got[1:8] == ("gas", 10.0, "m³", "shanghai", "meter.gas", 2.184, "kg CO2/m³")


def test_a_meter_lines_set_defaults_to_imported_and_is_cut_at_40():
    assert meter(factor_set="")[4] == "imported"
    assert meter(factor_set="s" * 50)[4] == "s" * 40


@pytest.mark.parametrize(("flag", "assumed"), [("1", 1), ("True", 1), ("true", 1), ("0", 0), ("", 0),
                                           ("yes", 0)])
def test_a_meter_lines_assumption_flag(flag, assumed):
    assert meter(factor_assumption=flag)[11] == assumed


def test_a_meter_lines_year_is_kept_only_when_it_is_digits():
    assert meter(factor_year="2023")[10] == 2023
    assert meter(factor_year="")[10] is None
    assert meter(factor_year="about 2023")[10] is None
    row = {k: v for k, v in METER.items() if k != "factor_year"}
    assert _meter_line(row, TODAY, KNOWN)[10] is None


def test_a_meter_lines_date_must_be_a_date_up_to_today():
    assert refused(date="") == ("date", "{field}: a date is required", {})
    field, template, params = refused(date="1.10.2026")
    assert (field, params["value"]) == ("date", "1.10.2026") and "is not a date" in template
    assert refused(date="2026-11-26")[0] == "date"
    assert meter(date="2026-11-25")[0] == "2026-11-25"


@pytest.mark.parametrize("changes", [{"item": "heat"}, {"category": "commute"},
                                     {"factor_key": "meter.gas"}, {"item": "e" * 30}])
def test_a_line_that_is_not_one_of_the_three_meters_is_refused(changes):
    item = changes.get("item", "electricity")
    assert refused(**changes) == (
        "item", "{field}: '{value}' is not a meter (electricity, gas or water)", {"value": item[:20]})


@pytest.mark.parametrize("unit", ["g CO2/kWh", "x" * 30])
def test_a_meter_unit_not_in_the_factor_table_is_refused(unit):
    assert refused(factor_unit=unit) == (
        "factor_unit", "{field}: '{value}' is not a unit of {key} in the factor table",
        {"value": unit[:20], "key": "meter.electricity"})


def test_a_meter_the_book_has_no_factor_for_is_refused():
    with pytest.raises(_BadRow) as exc:
        _meter_line({**METER, "item": "water", "factor_key": ""}, TODAY, KNOWN)
    assert exc.value.error.params == {"value": "kg CO2/kWh", "key": "meter.water"}


@pytest.mark.parametrize("cell", ["quantity", "factor_value", "points"])
def test_a_meter_lines_numbers_must_be_numbers(cell):
    assert refused(**{cell: "lots"}) == (
        "", "the cells quantity, factor_value and points must be numbers", {})


@pytest.mark.parametrize("changes", [
    {"quantity": "0"}, {"quantity": "1000000.5"}, {"quantity": "-1000000.5"}, {"quantity": "nan"},
    {"quantity": "inf"}, {"factor_value": "-0.1"}, {"factor_value": "1000000"},
    {"factor_value": "nan"}, {"points": "inf"}, {"points": "nan"}])
def test_a_meter_lines_quantity_and_factor_must_be_in_range(changes):
    assert refused(**changes) == (
        "quantity", "{field}: the quantity or the factor's value is out of range", {})


def test_a_meter_lines_range_ends_are_accepted():
    assert meter(quantity="1000000", points="530600000")[2] == 1_000_000.0
    assert meter(quantity="-1000000", points="-530600000")[2] == -1_000_000.0
    assert meter(factor_value="0", points="0")[6] == 0.0
    assert meter(factor_value="999.999", quantity="1", points="999999")[6] == 999.999


@pytest.mark.parametrize("kind", ["", "saving", "k" * 30])
def test_a_meter_lines_kind_must_be_reduction_or_emission(kind):
    assert refused(factor_kind=kind) == (
        "factor_kind", "{field}: '{value}' must be reduction or emission", {"value": kind[:20]})


def test_an_emission_meter_line_counts_negative():
    assert meter(factor_kind="emission", points="-53060")[-2:] == (pytest.approx(-53060), -53060)


@pytest.mark.parametrize("source", ["", "s" * 501])
def test_a_meter_lines_source_is_required_and_at_most_500_characters(source):
    assert refused(factor_source=source) == (
        "factor_source", "{field}: the source of the factor is required (500 characters at most)", {})
    assert meter(factor_source="s" * 500)[9] == "s" * 500


@pytest.mark.parametrize("points", ["53059", "53061", "5306"])
def test_a_meter_lines_points_must_match_quantity_times_factor(points):
    assert refused(points=points) == (
        "points", "{field}: {value} does not match quantity × factor = {expected}",
        {"value": points, "expected": 53060})
    assert refused(points="5" * 30)[2] == {"value": "5" * 20, "expected": 53060}


def test_a_meter_lines_stated_points_may_carry_decimals():
    assert meter(points="53060.9")[-1] == 53060


# a family's own action in a file
OWN = {"kind": "action", "category": "energy", "item": "own_line_dry", "factor_set": FAMILY_SET,
       "factor_key": "energy.own_line_dry", "factor_value": "250", "factor_unit": "g CO2/load",
       "factor_kind": "reduction", "factor_source": "Our estimate", "factor_assumption": "1"}


def own_from(**changes):
    known = {"commute.bus": {"g CO2/km"}}
    own: dict[str, Factor] = {}
    archived: set[str] = set()
    _own_action({**OWN, **changes}, known, own, archived)
    assert archived == set()  # a file of the old format (no details) archives nothing
    return own, known


def test_an_own_action_new_to_the_book_is_added_with_its_factor():
    own, known = own_from()
    assert own == {"energy.own_line_dry": Factor(
        "energy.own_line_dry", 250.0, "g CO2/load", Kind.REDUCTION, "Our estimate", None,
        label="line dry", assumption=True, set_id=FAMILY_SET)}
    assert known == {"commute.bus": {"g CO2/km"}, "energy.own_line_dry": {"g CO2/load"}}


def test_an_own_actions_cells_are_trimmed_and_a_blank_source_is_our_estimate():
    own, _ = own_from(factor_set=f" {FAMILY_SET} ", factor_key=" energy.own_line_dry ",
                      factor_unit=" g CO2/load ", factor_kind=" reduction ", factor_source="  ",
                      factor_assumption=" 0 ")
    f = own["energy.own_line_dry"]
    assert (f.unit, f.kind, f.source, f.assumption) == ("g CO2/load", Kind.REDUCTION, "Our estimate",
                                                        False)


@pytest.mark.parametrize(("flag", "assumed"), [("1", True), ("True", True), ("true", True), ("", False),
                                           ("yes", False)])
def test_an_own_actions_assumption_flag(flag, assumed):
    own, _ = own_from(factor_assumption=flag)
    assert own["energy.own_line_dry"].assumption is assumed
    own, _ = own_from(factor_assumption=None)
    assert own["energy.own_line_dry"].assumption is False


def test_an_own_actions_source_is_kept_cut_at_300_and_an_emission_stays_one():
    own, _ = own_from(factor_source="x" * 400, factor_kind="emission")
    f = own["energy.own_line_dry"]
    assert (f.source, f.kind) == ("x" * 300, Kind.EMISSION)
    own, _ = own_from(factor_source="=SUM(A1)")  # a defused cell is read back as typed
    assert own["energy.own_line_dry"].source == "=SUM(A1)"


def test_an_own_actions_label_comes_from_its_key():
    own, _ = own_from(factor_key="food.own_big_pot_soup")
    assert own["food.own_big_pot_soup"].label == "big pot soup"
    own, _ = own_from(factor_key="food.own_")
    assert own["food.own_"].label == "own_"


@pytest.mark.parametrize("changes", [
    {"factor_set": "shanghai"}, {"factor_set": ""}, {"factor_set": None},
    {"factor_key": "commute.bus"},  # the book knows it
    {"factor_key": "own_line_dry"}, {"factor_key": ""}, {"factor_key": None},
    {"factor_key": "energy.line_dry"}, {"factor_key": "energy.own_line_2"},
    {"factor_key": "energy.own_晾衣"}, {"factor_key": "energy.own_line.dry"},
    {"factor_key": "energy.own_line.own_dry"},
    {"factor_value": "lots"}, {"factor_value": ""}, {"factor_value": None},
    {"factor_value": "0"}, {"factor_value": "-5"}, {"factor_value": "1000000"},
    {"factor_value": "nan"}, {"factor_value": "inf"},
    {"factor_unit": "per load"}, {"factor_unit": ""}, {"factor_unit": None},
    {"factor_kind": "saving"}, {"factor_kind": None}])
def test_a_row_that_is_not_a_new_own_action_adds_none(changes):
    own, known = own_from(**changes)
    assert own == {}
    assert known == {"commute.bus": {"g CO2/km"}}


def test_an_own_actions_value_range_ends():
    assert own_from(factor_value="999999.5")[0]["energy.own_line_dry"].value == 999_999.5
    assert own_from(factor_value="0.001")[0]["energy.own_line_dry"].value == 0.001
    assert math.isfinite(own_from()[0]["energy.own_line_dry"].value)


def test_an_own_action_already_added_by_an_earlier_row_is_kept():
    first = Factor("energy.own_line_dry", 1.0, "g CO2/load", Kind.REDUCTION, "a", None,
                   set_id=FAMILY_SET)
    own = {"energy.own_line_dry": first}
    known: dict[str, set[str]] = {}
    _own_action(dict(OWN), known, own, set())
    # the action is kept as the earlier row brought it; this row's unit is known for its check
    assert own == {"energy.own_line_dry": first}
    assert known == {"energy.own_line_dry": {"g CO2/load"}}


# a whole file: an action, a family's own action and a meter line, imported and imported again
@pytest.fixture
def book(tmp_path, tmp_path_factory):
    from tests.store.quick import quick_store

    s = quick_store(tmp_path, tmp_path_factory)
    yield s
    s.close()


def _file(tmp_path, rows):
    from tests.store.test_import_rows import write

    return write(tmp_path, rows)


OWN_ROW = {**OWN, "id": "2", "date": "2026-11-20", "member": "杨女士", "quantity": "2",
           "unit": "load", "factor_year": "", "grams": "500", "points": "500", "note": ""}
METER_ROW = {**METER, "date": "2026-10-31"}


def _meter_entries(store):
    return store.db.execute(
        "SELECT e.member_id, e.day, e.category, e.item, e.quantity, e.unit, e.factor_set, "
        "e.factor_key, e.factor_value, e.factor_unit, e.factor_kind, e.factor_source, "
        "e.factor_year, e.factor_assumption, e.points, e.note FROM entries e "
        "WHERE e.kind = 'meter'").fetchall()


def test_a_file_brings_its_meter_line_to_the_household_and_its_own_action(book, tmp_path):
    from greenlife.store.importer import apply_import, plan_import
    from tests.store.test_import_rows import SUBWAY, TV

    path = _file(tmp_path, [SUBWAY, OWN_ROW, METER_ROW, TV])
    plan = plan_import(book, path)
    assert plan.ok and plan.new_lines == 4 and plan.already == 0
    assert apply_import(book, plan) == 4
    household = book.people.household().id
    assert _meter_entries(book) == [(household, "2026-10-31", "energy", "electricity", 100.0, "kWh",
                                     "shanghai", "meter.electricity", 0.5306, "kg CO2/kWh",
                                     "reduction", MEE, 2023, 0, 53060, "")]
    own = book.factor_book.get(FAMILY_SET, merged=False)
    assert [(f.key, f.value, f.unit) for f in own.values()] == [("energy.own_line_dry", 250.0,
                                                                "g CO2/load")]
    assert [f.key for f in plan.created_actions] == ["energy.own_line_dry"]
    ids = [r[0] for r in book.db.execute("SELECT id FROM entries WHERE kind IN ('action', 'meter') "
                                        "ORDER BY id")]
    assert plan.written["entries"] == ids and len(ids) == 3  # the appliance's line is not one
    assert plan.written["redemptions"] == [] and len(plan.written["appliances"]) == 1
    # the same file again adds nothing: each line is already in the book
    again = plan_import(book, path)
    assert (again.new_lines, again.already, again.new_meter_lines) == (0, 4, [])
    assert apply_import(book, again) == 0


def test_a_meter_month_the_book_has_is_not_imported_again_whatever_its_day(book, tmp_path):
    from greenlife.store.importer import apply_import, plan_import

    apply_import(book, plan_import(book, _file(tmp_path, [METER_ROW])))
    same_month = plan_import(book, _file(tmp_path, [{**METER_ROW, "date": "2026-10-01"}]))
    assert (same_month.new_lines, same_month.already) == (0, 1)
    gas = {**METER_ROW, "item": "gas", "factor_key": "meter.gas", "factor_unit": "kg CO2/m³",
           "factor_value": "2.184", "quantity": "10", "points": "21840"}
    other = plan_import(book, _file(tmp_path, [gas, {**METER_ROW, "date": "2026-09-30"}]))
    assert (other.already, [m[:2] for m in other.new_meter_lines]) == (
        0, [("2026-10-31", "gas"), ("2026-09-30", "electricity")])
    assert apply_import(book, other) == 2
    assert len(_meter_entries(book)) == 3


@pytest.mark.parametrize("archived", [False, True])
def test_an_own_action_added_meanwhile_is_not_written_again(book, tmp_path, archived):
    from greenlife.store.importer import apply_import, plan_import

    plan = plan_import(book, _file(tmp_path, [OWN_ROW]))
    assert list(plan.own_actions) == ["energy.own_line_dry"]
    mine = book.factor_book.add_own("Line dry", "load", "300", "", "energy")  # before the import runs
    assert mine.key == "energy.own_line_dry"
    if archived:
        book.factor_book.archive_own(mine.key)
    assert apply_import(book, plan) == 1
    assert plan.created_actions == []
    kept = book.factor_book.get(FAMILY_SET, include_archived=True, merged=False)
    assert kept["energy.own_line_dry"].value == 300.0


def test_the_appliance_day_a_file_brings_is_a_line_of_the_book(book, tmp_path):
    from greenlife.store.importer import apply_import, plan_import
    from tests.store.test_import_rows import TV

    plan = plan_import(book, _file(tmp_path, [TV]))
    assert apply_import(book, plan) == 1
    assert book.db.execute("SELECT count(*) FROM entries WHERE kind = 'appliance'").fetchone()[0] == 1
    assert plan.written["entries"] == []  # an appliance's lines go with the appliance


@pytest.mark.parametrize("source", ["", None])
def test_an_own_action_without_a_source_is_our_estimate(source):
    own, _ = own_from(factor_source=source)
    assert own["energy.own_line_dry"].source == "Our estimate"
