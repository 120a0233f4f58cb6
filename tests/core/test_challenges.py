import datetime as dt

import pytest

from greenlife.core.challenges import Challenge, check, progress
from greenlife.core.errors import ValidationError

MON = dt.date(2026, 11, 23)


def day(k):
    return MON + dt.timedelta(days=k)


def test_a_walk_challenge_is_done_the_day_the_family_total_reaches_the_target():
    ch = Challenge(1, "walk_km", 10, MON, 7)
    items = [(day(0), "commute", "walk", 3.0), (day(1), "commute", "walk", 2.5),
             (day(1), "commute", "bike", 9.0),  # cycling is not walking
             (day(3), "commute", "walk", 4.5), (day(4), "commute", "walk", 1.0)]
    p = progress(ch, items, day(6))
    assert (p.value, p.done_on, p.fraction) == (10.0, day(3), 1.0)
    assert not p.active(day(6))
    early = progress(ch, items, day(2))
    assert (early.value, early.done_on) == (5.5, None)
    assert early.active(day(2))


def test_a_quantity_challenge_is_over_after_its_days_and_later_lines_do_not_count():
    ch = Challenge(1, "walk_km", 10, MON, 7)
    items = [(day(0), "commute", "walk", 3.0), (day(8), "commute", "walk", 20.0)]
    p = progress(ch, items, day(9))
    assert (p.value, p.done_on) == (3.0, None)
    assert not p.active(day(9))


def test_no_food_thrown_away_counts_days_in_a_row_and_starts_again_after_waste():
    ch = Challenge(2, "no_food_waste", 7, MON, 7)
    waste = [(day(2), "food", "food_waste", 0.2), (day(1), "food", "clean_plate", 2)]
    p = progress(ch, waste, day(8))
    assert (p.value, p.done_on) == (6.0, None)  # days 3..8
    assert p.active(day(8))  # runs until done
    p = progress(ch, waste, day(9))
    assert (p.value, p.done_on) == (7.0, day(9))
    clean = progress(ch, [], day(6))
    assert clean.done_on == day(6)


def test_an_ended_challenge_stops_counting():
    ch = Challenge(1, "clean_plates", 5, MON, 7, ended_on=day(1))
    p = progress(ch, [(day(0), "food", "clean_plate", 2), (day(2), "food", "clean_plate", 9)], day(3))
    assert (p.value, p.done_on) == (2.0, None)
    assert not p.active(day(3))


def test_check_refuses_bad_input_naming_the_fields():
    assert check("sorted_kg", "5", "7") == ("sorted_kg", 5.0, 7)
    assert check("no_food_waste", 10, 3) == ("no_food_waste", 10.0, 10)  # lasts its target
    with pytest.raises(ValidationError) as exc:
        check("swim_km", "-1", "0")
    assert [e.field for e in exc.value.errors] == ["kind", "target", "days"]
    with pytest.raises(ValidationError, match="target"):
        check("walk_km", "lots", 7)


def _errors(kind, target, days):
    with pytest.raises(ValidationError) as exc:
        check(kind, target, days)
    return {e.field: e for e in exc.value.errors}


def test_an_unknown_kind_is_refused_with_the_kinds_to_choose_from_even_when_the_rest_is_right():
    errors = _errors("swim_km", 5, 7)
    assert list(errors) == ["kind"]
    e = errors["kind"]
    assert e.template == "{field}: unknown {field} '{value}'; choose one of: {known}"
    assert e.params == {"value": "swim_km",
                        "known": "walk_km, bike_km, clean_plates, sorted_kg, no_food_waste"}


def test_a_bad_target_names_the_kinds_unit_and_bad_days_say_days():
    assert _errors("walk_km", "lots", 7)["target"].params["unit"] == "km"
    assert _errors("clean_plates", 0, 7)["target"].params["unit"] == "meal"
    assert _errors("swim_km", 0, 7)["target"].params["unit"] == ""  # no kind, no unit
    assert _errors("walk_km", 10, 0)["days"].params["unit"] == "days"


def test_a_quantity_target_runs_from_1_to_100000_and_may_have_decimals():
    assert check("walk_km", 1, 7) == ("walk_km", 1.0, 7)
    assert check("walk_km", 100_000, 7) == ("walk_km", 100_000.0, 7)
    assert check("walk_km", "2.5", 7) == ("walk_km", 2.5, 7)
    e = _errors("walk_km", 100_001, 7)["target"]
    assert (e.params["low"], e.params["high"]) == ("1", "100000")
    assert "target" in _errors("walk_km", 0.5, 7)


def test_days_without_takes_a_whole_number_of_days_up_to_366():
    assert check("no_food_waste", 1, 7) == ("no_food_waste", 1.0, 1)
    assert check("no_food_waste", 366, 7) == ("no_food_waste", 366.0, 366)
    e = _errors("no_food_waste", 367, 7)["target"]
    assert (e.params["low"], e.params["high"]) == ("1", "366")
    assert "whole number" in _errors("no_food_waste", 2.5, 7)["target"].template


def test_a_challenge_lasts_a_whole_number_of_days_from_1_to_366():
    assert check("walk_km", 10, 1) == ("walk_km", 10.0, 1)
    assert check("walk_km", 10, 366) == ("walk_km", 10.0, 366)
    assert "whole number" in _errors("walk_km", 10, 2.5)["days"].template
    assert "out of range" in _errors("walk_km", 10, 367)["days"].template


def test_lines_of_the_same_day_add_up_and_today_and_the_last_day_count():
    ch = Challenge(1, "walk_km", 10, MON, 7)
    items = [(day(0), "commute", "walk", 2.0), (day(0), "commute", "walk", 3.0)]
    assert progress(ch, items, day(0)).value == 5.0  # both of today's lines
    last = items + [(day(6), "commute", "walk", 5.0)]  # the seventh and last day
    p = progress(ch, last, day(6))
    assert (p.value, p.done_on) == (10.0, day(6))


def test_a_quantity_challenge_short_of_its_target_is_not_done():
    ch = Challenge(1, "walk_km", 10, MON, 7)
    p = progress(ch, [(day(0), "commute", "walk", 9.5)], day(6))
    assert (p.value, p.done_on, p.fraction) == (9.5, None, 0.95)


def test_a_done_days_without_challenge_reports_itself():
    ch = Challenge(2, "no_food_waste", 3, MON, 3)
    p = progress(ch, [], day(5))
    assert (p.challenge, p.value, p.done_on) == (ch, 3.0, day(2))


def test_a_quantity_challenge_is_still_running_on_its_last_day():
    ch = Challenge(1, "walk_km", 10, MON, 7)
    p = progress(ch, [], day(6))
    assert p.active(day(6))
    assert not p.active(day(7))
