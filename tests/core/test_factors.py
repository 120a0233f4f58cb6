"""Every shipped factor says who published it and where, or is flagged an assumption."""

from __future__ import annotations

import re

import pytest

from greenlife.core import calc
from greenlife.core.factors import FACTOR_SETS, SHANGHAI, WUHAN
from greenlife.core.models import Kind

ALL = [f for _fs, factors in FACTOR_SETS for f in factors]
# who publishes the figures the app cites
PUBLISHERS = ("Shanghai carbon-inclusion platform", "Wuhan carbon-inclusion platform",
              "Ministry of Ecology and Environment", "FAO", "US EPA", "Hubei Emission Exchange",
              "Cainiao")


def source_checked(f) -> bool:
    """A publisher and a year, or the assumption flag."""
    if f.assumption:
        return bool(f.source.strip()) and bool(f.note.strip())
    year_ok = f.year is not None or re.search(r"(19|20)\d\d", f.source)
    return any(p in f.source for p in PUBLISHERS) and bool(year_ok) and not f.source.startswith(
        ("Derived", "Assumption"))


@pytest.mark.parametrize("f", ALL, ids=lambda f: f"{f.set_id}:{f.key}")
def test_every_factor_names_publisher_and_year_or_is_an_assumption(f):
    assert f.source.strip()
    assert source_checked(f), f


def test_the_shanghai_figures_cite_the_platform_as_reported_by_peoples_daily():
    for key in ("commute.subway", "commute.bus", "commute.bike"):
        f = next(x for x in SHANGHAI if x.key == key)
        assert "People's Daily" in f.source
        assert f.year == 2025
        assert not f.assumption


S = {f.key: f for f in SHANGHAI}
W = {f.key: f for f in WUHAN}


@pytest.mark.parametrize(("key", "value", "unit", "assumed"), [
    ("commute.steps", 0.02, "g CO2/step", False),  # Hubei 碳碳星球
    ("goods.box_returned", 37, "g CO2/box", False),  # Cainiao, CCTV
    ("food.no_tableware", 23, "g CO2/order", True),  # Beijing's lower bound, not traced
    ("goods.bag", 5, "g CO2/bag", True),  # Wuhan, not traced
    ("commute.car_parked", 8167, "g CO2/day", True),
    ("goods.secondhand", 3.6, "kg CO2e/kg", True),
    ("goods.paperless", 10, "g CO2/bill", True),
    ("energy.solar", 0.5306, "kg CO2/kWh", False),
    ("meter.electricity", 0.5306, "kg CO2/kWh", False),
    ("meter.gas", 2.184, "kg CO2/m³", True),
    ("meter.water", 0.16, "kg CO2/m³", True),
])
def test_each_new_factor_value_unit_and_flag_in_both_sets(key, value, unit, assumed):
    for table in (S, W):
        f = table[key]
        if table is W and key == "meter.electricity":
            continue
        assert (f.value, f.unit, f.kind, f.assumption) == (value, unit, Kind.REDUCTION, assumed)


def test_wuhan_credits_525_g_per_kwh_saved():
    f = W["meter.electricity"]
    assert (f.value, f.unit, f.assumption) == (525, "g CO2/kWh", False)
    assert "Wuhan" in f.source
    assert "525" in f.source
    assert calc.points(calc.grams(10, f)) == 5250


def test_gas_factor_is_the_published_defaults_multiplied():
    assert S["meter.gas"].value == pytest.approx(56.1 * 38.931 / 1000, abs=0.001)


def test_ten_thousand_steps_and_a_returned_box():
    assert calc.points(calc.grams(10_000, S["commute.steps"])) == 200
    assert calc.points(calc.grams(3, S["goods.box_returned"])) == 111
