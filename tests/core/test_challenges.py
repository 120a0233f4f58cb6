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
