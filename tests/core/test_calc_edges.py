"""Edges of the carbon arithmetic that mutation testing showed were not pinned down."""

import datetime as dt
from dataclasses import replace

import pytest

from greenlife.core import calc
from greenlife.core.factors import SHANGHAI
from greenlife.core.models import Appliance

F = {f.key: f for f in SHANGHAI}
GRID = F["grid.electricity"]
PETROL = F["commute.petrol"]


def _appliance(start: dt.date, end: dt.date | None = None) -> Appliance:
    return Appliance(1, 1, "air_conditioner", 1, 624, 780, "x", GRID, start, end)


def test_overlap_days_clips_to_both_ranges_inclusively():
    jan1, jan31 = dt.date(2026, 1, 1), dt.date(2026, 1, 31)
    assert calc.overlap_days(jan1, jan31, dt.date(2026, 1, 5), dt.date(2026, 1, 7)) == 3
    assert calc.overlap_days(jan1, jan31, dt.date(2026, 1, 30), None) == 2
    assert calc.overlap_days(jan1, jan31, None, dt.date(2026, 1, 2)) == 2
    assert calc.overlap_days(jan1, jan31, None, None) == 31
    assert calc.overlap_days(jan1, jan31, dt.date(2026, 2, 1), None) == 0
    assert calc.overlap_days(jan1, jan1, jan1, jan1) == 1


def test_appliance_counts_only_the_days_of_a_period_that_starts_after_it():
    a = _appliance(dt.date(2026, 1, 1))
    today = dt.date(2026, 1, 10)
    got = calc.appliance_grams(a, dt.date(2026, 1, 5), dt.date(2026, 1, 7), today)
    assert got == pytest.approx(3 * a.grams_per_day)


def test_an_appliance_in_use_from_today_counts_one_day_and_one_from_tomorrow_none():
    today = dt.date(2026, 1, 10)
    a = _appliance(today)
    assert calc.appliance_grams(a, None, None, today) == pytest.approx(a.grams_per_day)
    later = _appliance(dt.date(2026, 1, 11))
    assert calc.appliance_grams(later, None, None, today) == 0.0


def test_equivalences_of_a_net_loss_are_zero_and_fall_back_to_the_briefs_factors():
    eq = {e.key: e for e in calc.equivalences(-5000, {})}
    assert [e.value for e in eq.values()] == [0.0, 0.0, 0.0]
    assert eq["trees"].per_unit_g == calc.GRAMS_PER_TREE == 17_900
    assert eq["trees"].source == calc.TREE_SOURCE
    assert eq["km"].per_unit_g == calc.PETROL_G_PER_KM == 160
    assert eq["km"].source == calc.PETROL_SOURCE
    assert eq["kwh"].per_unit_g == calc.GRID_G_PER_KWH == 530.6
    assert eq["kwh"].source == calc.GRID_SOURCE


def test_equivalences_of_half_a_gram_are_exact():
    eq = {e.key: e for e in calc.equivalences(0.5, {})}
    assert eq["trees"].value == pytest.approx(0.5 / 17_900)
    assert eq["km"].value == pytest.approx(0.5 / 160)
    assert eq["kwh"].value == pytest.approx(0.5 / 530.6)


def test_equivalences_use_the_familys_factors_converted_to_grams():
    petrol = replace(PETROL, value=0.5, source="our car")  # g/km, below 1 but positive
    grid = replace(GRID, value=0.6, source="our grid")  # kg/kWh -> 600 g/kWh
    eq = {e.key: e for e in calc.equivalences(1200, {"commute.petrol": petrol, "grid.electricity": grid})}
    assert eq["km"].per_unit_g == 0.5
    assert eq["km"].value == pytest.approx(2400)
    assert eq["km"].source == "our car"
    assert eq["kwh"].per_unit_g == pytest.approx(600)
    assert eq["kwh"].value == pytest.approx(2)
    assert eq["kwh"].source == "our grid"


def test_equivalences_ignore_factors_of_zero_but_keep_their_source():
    petrol = replace(PETROL, value=0, source="zero car")
    grid = replace(GRID, value=0, source="zero grid")
    eq = {e.key: e for e in calc.equivalences(1600, {"commute.petrol": petrol, "grid.electricity": grid})}
    assert eq["km"].per_unit_g == 160
    assert eq["km"].value == pytest.approx(10)
    assert eq["km"].source == "zero car"
    assert eq["kwh"].per_unit_g == 530.6
    assert eq["kwh"].source == "zero grid"


def test_line_grams_and_points_of_an_action_and_of_an_appliance_day():
    subway = F["commute.subway"]
    assert calc.line_grams("commute", 61, subway) == 5917
    assert calc.line_grams("food", 0.2, F["food.food_waste"]) == pytest.approx(-500)
    # an appliance day: kWh saved x the grid's emission factor is grams avoided (positive)
    assert calc.line_grams("appliance", 2, GRID) == pytest.approx(1061.2)
    assert calc.line_grams("appliance", -1, GRID) == pytest.approx(-530.6)
    assert calc.line_points(-0.5) == -1
    assert calc.line_points(2.5) == 3
    assert calc.line_points(1061.2) == 1061
