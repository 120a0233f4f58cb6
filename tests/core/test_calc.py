import datetime as dt

import pytest

from greenlife.core import calc
from greenlife.core.factors import SHANGHAI, WUHAN, typical_kwh_year
from greenlife.core.models import Appliance, Kind

F = {f.key: f for f in SHANGHAI}


def test_shanghai_reference_values():
    assert F["commute.subway"].value == 97
    assert F["commute.subway"].unit == "g CO2/km"
    assert F["commute.bus"].value == 422
    assert F["commute.bus"].unit == "g CO2/ride"
    assert F["commute.bike"].value == 98
    assert F["grid.electricity"].value == pytest.approx(0.5306)
    assert F["food.food_waste"].kind is Kind.EMISSION
    assert F["commute.petrol"].kind is Kind.EMISSION


def test_every_factor_has_source_and_gaps_are_labelled_assumptions():
    for f in SHANGHAI + WUHAN:
        assert f.source.strip(), f.key
    assert F["commute.walk"].assumption
    assert "Assumption" in F["commute.walk"].note
    assert F["waste.hazardous"].value == 0
    assert F["waste.hazardous"].assumption
    assert not F["commute.subway"].assumption


def test_wuhan_set_uses_its_published_values():
    w = {f.key: f for f in WUHAN}
    assert w["commute.bus"].value == 212.5
    assert w["commute.subway"].value == 78.4
    assert w["commute.bike"].value == 93.3
    assert all(f.set_id == "wuhan" for f in WUHAN)


def test_grams_for_reductions_and_emissions():
    assert calc.grams(61, F["commute.subway"]) == 5917
    assert calc.grams(2, F["commute.bus"]) == 844
    assert calc.grams(0.5, F["waste.paper"]) == pytest.approx(1950)
    assert calc.grams(0.2, F["food.food_waste"]) == pytest.approx(-500)
    assert calc.grams(10, F["commute.petrol"]) == -1600


@pytest.mark.parametrize(("g", "p"), [(0.5, 1), (-0.5, -1), (1.49, 1), (-2.5, -3), (0, 0)])
def test_points_round_half_away_from_zero(g, p):
    assert calc.points(g) == p


def test_appliance_accrues_day_by_day_in_overlapping_periods():
    grid = F["grid.electricity"]
    a = Appliance(1, 1, "air_conditioner", 1, 624, 780, "x", grid, dt.date(2026, 1, 1), None)
    per_day = (780 - 624) * 530.6 / 365
    assert a.grams_per_day == pytest.approx(per_day)
    today = dt.date(2026, 1, 10)
    # January so far: 10 days in use
    assert calc.appliance_grams(a, dt.date(2026, 1, 1), dt.date(2026, 1, 31), today) == (
        pytest.approx(10 * per_day))
    # a week that straddles the start date counts only the days in use
    assert calc.appliance_grams(a, dt.date(2025, 12, 29), dt.date(2026, 1, 4), today) == (
        pytest.approx(4 * per_day))
    # nothing before it was in use, nothing in the future
    assert calc.appliance_grams(a, dt.date(2025, 1, 1), dt.date(2025, 12, 31), today) == 0
    ended = Appliance(1, 1, "tv", 1, 120, 150, "x", grid, dt.date(2026, 1, 1), dt.date(2026, 1, 3))
    assert calc.appliance_grams(ended, None, None, today) == pytest.approx(3 * ended.grams_per_day)


def test_typical_kwh_by_grade():
    assert typical_kwh_year("air_conditioner", 3) == 780
    assert typical_kwh_year("air_conditioner", 1) == 624
