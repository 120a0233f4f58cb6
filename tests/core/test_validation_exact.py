"""Validation to the letter: every bound, every message, every accepted shape of input.

Written against mutmut's survivors: a refused value must be refused at exactly the bound, and
the message must say exactly which field, value and range.
"""

import datetime as dt

import pytest

from greenlife.core.errors import ValidationError
from greenlife.core.factors import SHANGHAI
from greenlife.core.models import Category, EntryDraft, Factor, Kind
from greenlife.core.validation import (
    LIMITS,
    Limit,
    check_colour,
    check_name,
    check_note,
    parse_date,
    parse_number,
    require,
    validate_entry,
)

F = {f.key: f for f in SHANGHAI}
TODAY = dt.date(2026, 11, 24)
KM = Limit("km", 0.01, 500)
RIDES = Limit("rides", 1, 20, integer=True)


def message(result):
    value, err = result
    assert err is not None, value
    return err.field, err.message


# --- parse_number ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("0.01", 0.01), ("500", 500.0), (" 12.5 ", 12.5), ("1,234", None), (7, 7.0), (7.25, 7.25), ("+3", 3.0)],
)
def test_numbers_accepted_inside_the_bounds(raw, expected):
    limit = Limit("km", 0.01, 5000) if raw == "1,234" else KM
    value, err = parse_number(raw, limit, "km")
    assert err is None
    assert value == (1234.0 if raw == "1,234" else expected)
    assert isinstance(value, float)


def test_thousands_separators_with_decimals_are_read():
    assert parse_number("1,234.5", Limit("km", 0.01, 5000), "km") == (1234.5, None)
    assert parse_number("-1,000", Limit("x", -5000, 5000), "km") == (-1000.0, None)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("0.009", "km: 0.009 km is out of range; enter 0.01 to 500 km"),
        ("500.001", "km: 500.001 km is out of range; enter 0.01 to 500 km"),
        ("0", "km: 0 km is out of range; enter 0.01 to 500 km"),
        ("", "km: a value is required; enter 0.01 to 500 km"),
        ("   ", "km: a value is required; enter 0.01 to 500 km"),
        (None, "km: a value is required; enter 0.01 to 500 km"),
        ("abc", "km: 'abc' is not a number; enter 0.01 to 500 km"),
        ("x" * 60, "km: '" + "x" * 40 + "' is not a number; enter 0.01 to 500 km"),
        ("nan", "km: 'nan' is not a finite number; enter 0.01 to 500 km"),
        ("-inf", "km: '-inf' is not a finite number; enter 0.01 to 500 km"),
        ("1,5", "km: '1,5' has a comma; write decimals with a point (1.5); enter 0.01 to 500 km"),
        ("12,34", "km: '12,34' has a comma; write decimals with a point (1.5); enter 0.01 to 500 km"),
        ("1,2345", "km: '1,2345' has a comma; write decimals with a point (1.5); enter 0.01 to 500 km"),
        ("1,234", "km: 1234 km is out of range; enter 0.01 to 500 km"),
        ("a1,234", "km: 'a1,234' has a comma; write decimals with a point (1.5); enter 0.01 to 500 km"),
        ("1,234x", "km: '1,234x' has a comma; write decimals with a point (1.5); enter 0.01 to 500 km"),
    ],
)
def test_number_refusals_say_exactly_what_and_the_range(raw, text):
    assert message(parse_number(raw, KM, "km")) == ("km", text)


def test_a_long_comma_text_is_cut_to_40_characters():
    raw = "1,5" + "0" * 60
    assert message(parse_number(raw, KM, "km"))[1] == (
        f"km: '{raw[:40]}' has a comma; write decimals with a point (1.5); enter 0.01 to 500 km"
    )


def test_values_that_are_not_text_are_converted_or_refused():
    assert message(parse_number(object(), KM, "km"))[1].endswith("is not a number; enter 0.01 to 500 km")
    assert message(parse_number(float("nan"), KM, "km"))[1] == (
        "km: 'nan' is not a finite number; enter 0.01 to 500 km"
    )
    assert message(parse_number(10**400, KM, "km"))[1].endswith("is not a number; enter 0.01 to 500 km")
    # a comma in a non-string value is not a thousands separator: no comma rule applies
    assert parse_number(12, KM, "km") == (12.0, None)


def test_whole_numbers_are_ints_at_both_bounds():
    assert parse_number("1", RIDES, "ride") == (1, None)
    assert parse_number("20", RIDES, "ride") == (20, None)
    assert isinstance(parse_number("20.0", RIDES, "ride")[0], int)
    assert message(parse_number("2.5", RIDES, "ride")) == (
        "rides", "rides: 2.5 is not a whole number; enter a whole number from 1 to 20"
    )
    assert message(parse_number("21", RIDES, "ride")) == (
        "rides", "rides: 21 ride is out of range; enter 1 to 20 ride"
    )
    assert message(parse_number("0", RIDES, "ride")) == (
        "rides", "rides: 0 ride is out of range; enter 1 to 20 ride"
    )


def test_the_limits_of_each_category():
    assert LIMITS[(Category.COMMUTE, "km")] == Limit("km", 0.01, 500)
    assert LIMITS[(Category.COMMUTE, "ride")] == Limit("rides", 1, 20, integer=True)
    assert LIMITS[(Category.WASTE, "kg")] == Limit("kg", 0.01, 100)
    assert LIMITS[(Category.FOOD, "meal")] == Limit("meals", 1, 10, integer=True)
    assert LIMITS[(Category.FOOD, "kg")] == Limit("wasted_kg", 0.01, 10)
    assert Limit("x", 0, 1).integer is False


# --- parse_date -----------------------------------------------------------------------------


def test_dates_accepted():
    assert parse_date(None, TODAY) == (TODAY, None)
    assert parse_date("", TODAY) == (TODAY, None)
    assert parse_date(" 2026-11-24 ", TODAY) == (TODAY, None)
    assert parse_date("2000-01-01", TODAY) == (dt.date(2000, 1, 1), None)
    assert parse_date(dt.date(2026, 1, 2), TODAY) == (dt.date(2026, 1, 2), None)
    assert parse_date(dt.datetime(2026, 1, 2, 23, 59), TODAY) == (dt.date(2026, 1, 2), None)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("2026-11-25", "date: 2026-11-25 is in the future; enter a date from 2000-01-01 to 2026-11-24"),
        ("1999-12-31", "date: 1999-12-31 is too early; enter a date from 2000-01-01 to 2026-11-24"),
        ("2026-2-3", "date: '2026-2-3' is not a date; use YYYY-MM-DD between 2000-01-01 and 2026-11-24"),
        ("20261124", "date: '20261124' is not a date; use YYYY-MM-DD between 2000-01-01 and 2026-11-24"),
        ("2026-02-30", "date: '2026-02-30' is not a date; use YYYY-MM-DD between 2000-01-01 and 2026-11-24"),
        ("x2026-11-24", "date: 'x2026-11-24' is not a date; use YYYY-MM-DD between 2000-01-01 and 2026-11-24"),
        ("2026-11-24x", "date: '2026-11-24x' is not a date; use YYYY-MM-DD between 2000-01-01 and 2026-11-24"),
        (dt.date(2026, 11, 25), "date: 2026-11-25 is in the future; enter a date from 2000-01-01 to 2026-11-24"),
        ("y" * 50, "date: '" + "y" * 40 + "' is not a date; use YYYY-MM-DD between 2000-01-01 and 2026-11-24"),
    ],
)
def test_date_refusals(raw, text):
    assert message(parse_date(raw, TODAY)) == ("date", text)


def test_date_refusals_name_the_field_they_were_given():
    assert message(parse_date("nope", TODAY, field="from"))[0] == "from"
    assert message(parse_date("nope", TODAY, field="from"))[1].startswith("from: 'nope'")


# --- note, name, colour ---------------------------------------------------------------------


def test_notes():
    assert check_note(None) == ("", None)
    assert check_note("  hi\tthere\nyou  ") == ("hi\tthere\nyou", None)
    assert check_note("x" * 500) == ("x" * 500, None)
    assert check_note(42) == ("42", None)
    assert message(check_note("x" * 501)) == ("note", "note: 501 characters is too long; keep it to 500")
    assert check_note("x" * 501)[0] == ""
    assert message(check_note("a\x01b")) == ("note", "note: contains control characters; remove them")
    assert check_note("a\x1fb")[1] is not None
    assert check_note("a\x1fb")[0] == ""
    assert check_note("a b")[1] is None  # chr(32) is not a control character


def test_names():
    assert check_name("  杨女士 ") == ("杨女士", None)
    assert check_name("n" * 40) == ("n" * 40, None)
    assert check_name(7) == ("7", None)
    assert message(check_name(None)) == ("name", "name: a name is required")
    assert message(check_name("   ")) == ("name", "name: a name is required")
    assert check_name("   ")[0] == ""
    assert message(check_name("n" * 41)) == (
        "name", "name: '" + "n" * 20 + "…' is too long; keep it to 40 characters"
    )
    assert check_name("n" * 41)[0] == ""
    assert message(check_name("a\x1fb", field="member")) == (
        "member", "member: contains control characters; remove them"
    )
    assert check_name("a\tb")[0] == ""
    assert check_name("a b") == ("a b", None)
    assert message(check_name("", field="reward"))[1] == "reward: a name is required"
    assert message(check_name("r" * 41, field="reward"))[0] == "reward"


def test_colours():
    assert check_colour(" #2e7d32 ") == ("#2E7D32", None)
    assert check_colour("#ABCDEF") == ("#ABCDEF", None)
    for bad in ("2E7D32", "#2E7D3", "#2E7D32F", "#GGGGGG", "x#2E7D32", None):
        text, err = check_colour(bad)
        assert text == ""
        assert err is not None
        assert err.field == "colour"
    assert message(check_colour("red" * 10)) == (
        "colour", "colour: '" + ("red" * 10)[:20] + "' is not a colour; use #RRGGBB, e.g. #2E7D32"
    )


# --- validate_entry -------------------------------------------------------------------------


def entry(**kw):
    args = {"member_id": 3, "day": "2026-11-20", "category": "commute", "item": "subway",
            "quantity": "12.5", "factors": F, "today": TODAY}
    args.update(kw)
    return validate_entry(**args)


def test_a_valid_entry_is_the_whole_draft():
    assert entry(note="  by the river ") == (
        EntryDraft(3, dt.date(2026, 11, 20), Category.COMMUTE, "subway", 12.5, "km", "by the river"), []
    )
    draft, _ = entry(category=Category.FOOD, item="clean_plate", quantity=2, day=None)
    assert draft == EntryDraft(3, TODAY, Category.FOOD, "clean_plate", 2.0, "meal", "")
    assert isinstance(draft.quantity, float)


def test_an_unknown_item_lists_the_known_ones_of_its_category_only():
    draft, errors = entry(category="waste", item="uranium")
    assert draft is None
    assert [e.message for e in errors] == [
        "stream: unknown stream 'uranium'; choose one of: "
        "glass, hazardous, kitchen, metal, paper, plastic, residual"
    ]
    _, errors = entry(category="food", item="cake")
    assert errors[0].message == "item: unknown item 'cake'; choose one of: clean_plate, food_waste, no_tableware"
    _, errors = entry(category="appliance", item="x" * 50)
    assert errors[0].message == "item: unknown item '" + "x" * 40 + "'; choose one of: "


def test_an_unknown_item_still_reports_the_date_and_note():
    _, errors = entry(item="rocket", day="2030-01-01", note="\x01")
    assert [e.field for e in errors] == ["date", "note", "mode"]


def test_a_pair_with_no_limit_of_its_own_gets_0_01_to_1000():
    factors = {"appliance.fridge": Factor("appliance.fridge", 0.5, "kg CO2/kWh", Kind.REDUCTION, "s", 2024)}
    draft, errors = entry(category="appliance", item="fridge", quantity="1000", factors=factors)
    assert errors == []
    assert draft.quantity == 1000.0
    assert draft.unit == "kWh"
    _, errors = entry(category="appliance", item="fridge", quantity="1000.5", factors=factors)
    assert [e.message for e in errors] == ["quantity: 1000.5 kWh is out of range; enter 0.01 to 1000 kWh"]
    _, errors = entry(category="appliance", item="fridge", quantity="0.001", factors=factors)
    assert errors[0].message == "quantity: 0.001 kWh is out of range; enter 0.01 to 1000 kWh"


def test_the_wrong_quantity_flag_names_the_right_one():
    _, errors = entry(item="bus", quantity="3", quantity_field="km")
    assert [(e.field, e.message) for e in errors] == [
        ("km", "km: bus is counted in ride; give --rides instead")
    ]
    _, errors = entry(category="food", item="food_waste", quantity="1", quantity_field="kg")
    assert errors[0].message == "kg: food_waste is counted in kg; give --wasted-kg instead"
    draft, errors = entry(item="bus", quantity="3", quantity_field="rides")
    assert errors == []
    assert draft.quantity == 3.0


def test_the_wrong_quantity_flag_stops_before_the_number_is_read():
    _, errors = entry(item="bus", quantity="abc", quantity_field="km")
    assert len(errors) == 1


def test_errors_come_in_field_order():
    _, errors = entry(day="1999-01-01", note="x" * 600, quantity="0")
    assert [e.field for e in errors] == ["date", "note", "km"]


def test_require_returns_the_value_or_raises_every_message():
    assert require((5, [])) == 5
    with pytest.raises(ValidationError) as info:
        require(entry(day="2030-01-01", quantity="9999"))
    assert str(info.value) == (
        "date: 2030-01-01 is in the future; enter a date from 2000-01-01 to 2026-11-24; "
        "km: 9999 km is out of range; enter 0.01 to 500 km"
    )
    assert [e.field for e in info.value.errors] == ["date", "km"]


def test_no_colour_says_nothing_was_given():
    assert message(check_colour(None)) == ("colour", "colour: '' is not a colour; use #RRGGBB, e.g. #2E7D32")


def test_a_long_text_that_overflows_to_infinity_is_cut_to_40_characters():
    raw = "0" * 45 + "1e999"  # float() reads it as inf
    assert message(parse_number(raw, KM, "km"))[1] == (
        "km: '" + "0" * 40 + "' is not a finite number; enter 0.01 to 500 km"
    )
