import datetime as dt

import pytest

from greenlife.core.factors import SHANGHAI
from greenlife.core.validation import validate_entry

F = {f.key: f for f in SHANGHAI}
TODAY = dt.date(2026, 11, 24)


def check(**kw):
    args = {"member_id": 1, "day": "2026-11-20", "category": "commute", "item": "subway",
            "quantity": "12.5", "factors": F, "today": TODAY}
    args.update(kw)
    return validate_entry(**args)


def test_valid_commute():
    draft, errors = check()
    assert errors == []
    assert draft.quantity == 12.5
    assert draft.unit == "km"
    assert draft.day == dt.date(2026, 11, 20)


@pytest.mark.parametrize(
    ("kw", "field", "words"),
    [
        ({"quantity": "2000"}, "km", ["2000", "0.01 to 500 km"]),
        ({"quantity": "-3"}, "km", ["-3", "out of range"]),
        ({"quantity": "nan"}, "km", ["nan", "not a finite number"]),
        ({"quantity": "inf"}, "km", ["not a finite number"]),
        ({"quantity": "abc"}, "km", ["'abc' is not a number"]),
        ({"quantity": ""}, "km", ["required"]),
        ({"day": "2026-11-25"}, "date", ["2026-11-25", "future"]),
        ({"day": "2026-02-30"}, "date", ["not a date"]),
        ({"day": "1999-12-31"}, "date", ["too early"]),
        ({"item": "rocket"}, "mode", ["rocket", "subway", "bike"]),
        ({"category": "food", "item": "food_waste", "quantity": 200}, "wasted_kg",
         ["200", "0.01 to 10 kg"]),
        ({"category": "commute", "item": "bus", "quantity": "2.5"}, "rides", ["whole number"]),
        ({"note": "x" * 501}, "note", ["too long"]),
    ],
)
def test_refusals_name_field_value_and_range(kw, field, words):
    draft, errors = check(**kw)
    assert draft is None
    assert [e.field for e in errors] == [field]
    for w in words:
        assert w in errors[0].message


def test_per_ride_mode_refuses_km():
    draft, errors = check(item="bus", quantity="3", quantity_field="km")
    assert draft is None
    assert "rides" in errors[0].message


def test_several_errors_reported_together():
    _, errors = check(quantity="9999", day="2030-01-01")
    assert {e.field for e in errors} == {"km", "date"}
