"""The arithmetic of the carbon book: grams from a quantity and a factor."""

from __future__ import annotations

import datetime as dt
import math

from greenlife.core.factors import UNITS
from greenlife.core.models import Appliance, Factor, Kind

GRAMS_PER_TREE = 17_900  # Ant Forest: about 17.9 kg CO2 for one real tree (saxaul)
PETROL_G_PER_KM = 160  # BRIEF: 7 L/100 km x 2.3 kg CO2/L


def quantity_unit(factor: Factor) -> str:
    """The unit a quantity for this factor is entered in (km, ride, kg, meal, kWh)."""
    return UNITS[factor.unit][0]


def grams(quantity: float, factor: Factor) -> float:
    """Signed grams: positive when CO2 is avoided, negative when it is emitted."""
    per_unit = factor.value * UNITS[factor.unit][1]
    value = quantity * per_unit
    return -value if factor.kind is Kind.EMISSION else value


def points(grams_value: float) -> int:
    """1 g avoided = 1 point; halves round away from zero."""
    return int(math.copysign(math.floor(abs(grams_value) + 0.5), grams_value))


def appliance_grams_per_day(baseline_kwh_year: float, kwh_year: float, grid: Factor) -> float:
    """(baseline kWh/yr - model kWh/yr) x grid factor, spread over 365 days."""
    saved_kwh = baseline_kwh_year - kwh_year
    return saved_kwh * grid.value * UNITS[grid.unit][1] / 365.0


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
