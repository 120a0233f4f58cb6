"""The arithmetic of the carbon book: grams from a quantity and a factor."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from greenlife.core.factors import MEE, unit_info
from greenlife.core.models import Appliance, Factor, Kind

GRAMS_PER_TREE = 17_900  # Ant Forest: about 17.9 kg CO2 for one real tree (saxaul)
PETROL_G_PER_KM = 160  # BRIEF: 7 L/100 km x 2.3 kg CO2/L
GRID_G_PER_KWH = 530.6  # China grid 2023, MEE & NBS
PETROL_SOURCE = "Derived: 7 L/100 km x 2.3 kg CO2/L"
GRID_SOURCE = MEE
TREE_SOURCE = "Ant Forest: about 17.9 kg CO2 for one saxaul tree planted"


def quantity_unit(factor: Factor) -> str:
    """The unit a quantity for this factor is entered in (km, ride, kg, meal, kWh)."""
    return unit_info(factor.unit)[0]


def grams(quantity: float, factor: Factor) -> float:
    """Signed grams: positive when CO2 is avoided, negative when it is emitted."""
    per_unit = factor.value * unit_info(factor.unit)[1]
    value = quantity * per_unit
    return -value if factor.kind is Kind.EMISSION else value


def points(grams_value: float) -> int:
    """1 g avoided = 1 point; halves round away from zero."""
    return int(math.copysign(math.floor(abs(grams_value) + 0.5), grams_value))


def appliance_grams_per_day(baseline_kwh_year: float, kwh_year: float, grid: Factor) -> float:
    """(baseline kWh/yr - model kWh/yr) x grid factor, spread over 365 days."""
    return line_grams("appliance", appliance_kwh_per_day(baseline_kwh_year, kwh_year), grid)


def appliance_kwh_per_day(baseline_kwh_year: float, kwh_year: float) -> float:
    """kWh an appliance saves each day against its baseline (negative: it uses more)."""
    return (baseline_kwh_year - kwh_year) / 365.0


def line_grams(category: str, quantity: float, factor: Factor) -> float:
    """The grams of one ledger line, the one rule every line follows.

    An action's grams come from its factor (an emission factor gives negative grams). An
    appliance line's quantity is the kWh saved that day, so the grid's emission factor
    gives grams *avoided*: positive for a saving, negative for a model that uses more.
    """
    if category == "appliance":
        return quantity * factor.value * unit_info(factor.unit)[1]
    return grams(quantity, factor)


def line_points(grams_value: float) -> int:
    """Points are integers on each line; every total anywhere is a sum of line points."""
    return points(grams_value)


@dataclass(frozen=True)
class Equivalence:
    """What a number of grams equals, and the factor it was worked out with."""

    key: str  # "trees", "km", "kwh"
    value: float
    per_unit_g: float  # grams for one tree, one km not driven, one kWh
    source: str


def equivalences(net_grams: float, factors: dict[str, Factor]) -> list[Equivalence]:
    """Trees (Ant Forest, 17.9 kg each), km not driven by petrol car and kWh of grid power,
    with the family's current petrol-car and grid factors (falling back to the BRIEF's)."""
    net = max(0.0, net_grams)
    petrol = factors.get("commute.petrol")
    grid = factors.get("grid.electricity")
    km_g = petrol.value * unit_info(petrol.unit)[1] if petrol and petrol.value > 0 else PETROL_G_PER_KM
    kwh_g = grid.value * unit_info(grid.unit)[1] if grid and grid.value > 0 else GRID_G_PER_KWH
    return [
        Equivalence("trees", net / GRAMS_PER_TREE, GRAMS_PER_TREE, TREE_SOURCE),
        Equivalence("km", net / km_g, km_g, petrol.source if petrol else PETROL_SOURCE),
        Equivalence("kwh", net / kwh_g, kwh_g, grid.source if grid else GRID_SOURCE),
    ]


def overlap_days(
    a_start: dt.date, a_end: dt.date, b_start: dt.date | None, b_end: dt.date | None
) -> int:
    """Days (inclusive) that [a_start, a_end] shares with [b_start, b_end]."""
    start = max(a_start, b_start) if b_start else a_start
    end = min(a_end, b_end) if b_end else a_end
    return max(0, (end - start).days + 1)


def appliance_grams(
    appliance: Appliance, start: dt.date | None, end: dt.date | None, today: dt.date
) -> float:
    """Saving an appliance accrued within a period; it accrues day by day until today."""
    use_end = min(appliance.in_use_to or today, today)
    if use_end < appliance.in_use_from:
        return 0.0
    days = overlap_days(appliance.in_use_from, use_end, start, end)
    return days * appliance.grams_per_day
