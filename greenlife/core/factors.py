"""Reference factors shipped with GreenLife, each with value, unit, kind and source.

Values come from ../shared/BRIEF.md.  Where no published figure exists, the
factor is a stated assumption and is flagged ``assumption=True`` with a note
that says what was assumed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from greenlife.core.models import Factor, FactorSet, Kind

R, E = Kind.REDUCTION, Kind.EMISSION

SH = "Shanghai carbon-inclusion platform, 2025"
WH = "Wuhan carbon-inclusion platform (2025), as reported by Xinhua"
MEE = "MEE & NBS notice on 2023 electricity CO2 emission factors"
FAO = "FAO, Food Wastage Footprint, 2013 (3.3 Gt CO2e / 1.3 Gt wasted)"
WARM = "US EPA WARM v16 (2023), converted from t per short ton x1.1023"

# unit -> (quantity unit, grams per factor unit)
UNITS: dict[str, tuple[str, float]] = {
    "g CO2/km": ("km", 1.0),
    "g CO2/ride": ("ride", 1.0),
    "g CO2e/meal": ("meal", 1.0),
    "kg CO2e/kg": ("kg", 1000.0),
    "kg CO2/kWh": ("kWh", 1000.0),
}

GRID_KEY = "grid.electricity"

SHANGHAI: tuple[Factor, ...] = (
    Factor("commute.subway", 97, "g CO2/km", R, SH, 2025, "Subway / rail transit"),
    Factor("commute.bus", 422, "g CO2/ride", R, SH, 2025, "Ground bus"),
    Factor("commute.bike", 98, "g CO2/km", R, SH, 2025, "Bike or shared bike"),
    Factor(
        "commute.walk", 98, "g CO2/km", R, SH, 2025, "Walk", True,
        "Assumption: no published walking figure; treated like cycling (98 g/km).",
    ),
    Factor(
        "commute.ecar", 80, "g CO2/km", R,
        "Derived: petrol baseline 160 g/km minus electric car 80 g/km (15 kWh/100 km x 0.5306)",
        2023, "Electric car", True,
        "Assumption: saving of an electric car against the petrol-car baseline.",
    ),
    Factor(
        "commute.carpool", 80, "g CO2/km", R,
        "Derived: petrol baseline 160 g/km shared by two people", 2023, "Carpool", True,
        "Assumption: two people share one petrol car; each saves half the baseline.",
    ),
    Factor(
        "commute.petrol", 160, "g CO2/km", E,
        "Derived: 7 L/100 km x 2.3 kg CO2/L", 2023, "Petrol car", True,
        "Assumption: average Chinese petrol car; this is an emission and lowers the balance.",
    ),
    Factor("waste.paper", 3.9, "kg CO2e/kg", R, WARM, 2023, "Paper (mixed paper)"),
    Factor(
        "waste.plastic", 1.1, "kg CO2e/kg", R, WARM, 2023, "Plastic (PET)", True,
        "Assumption: plastic counted as PET bottles (HDPE would be 0.8).",
    ),
    Factor(
        "waste.metal", 2.0, "kg CO2e/kg", R, WARM, 2023, "Metal (steel cans)", True,
        "Assumption: metal counted as steel cans (aluminium cans would be 10.1).",
    ),
    Factor("waste.glass", 0.3, "kg CO2e/kg", R, WARM, 2023, "Glass"),
    Factor(
        "waste.kitchen", 0.5, "kg CO2e/kg", R,
        "US EPA WARM v16 (2023), food waste composted vs landfilled (approximate)", 2023,
        "Kitchen waste (composted)", True,
        "Assumption: approximate composting-vs-landfill saving from WARM's food-waste rows.",
    ),
    Factor(
        "waste.hazardous", 0, "kg CO2e/kg", R, "No published per-kg saving", None,
        "Hazardous waste", True, "Assumption: 0 points; sorting still counts for badges.",
    ),
    Factor(
        "waste.residual", 0, "kg CO2e/kg", R, "No published per-kg saving", None,
        "Residual waste", True, "Assumption: 0 points; sorting still counts for badges.",
    ),
    Factor(
        "food.clean_plate", 230, "g CO2e/meal", R,
        "Derived: 93 g plate waste per meal (CAS & WWF 2018) x 2.5 kg CO2e/kg (FAO 2013)",
        2018, "Clean-plate meal", True,
        "Assumption: a finished meal avoids the average restaurant plate waste.",
    ),
    Factor("food.food_waste", 2.5, "kg CO2e/kg", E, FAO, 2013, "Food thrown away"),
    Factor(GRID_KEY, 0.5306, "kg CO2/kWh", E, MEE, 2023, "China grid electricity"),
)

_WUHAN_OVERRIDES = {
    "commute.bus": (212.5, WH),
    "commute.subway": (78.4, WH),
    "commute.bike": (93.3, WH),
    "commute.walk": (93.3, WH + "; walking treated like cycling (assumption)"),
}


def _wuhan() -> tuple[Factor, ...]:
    out = []
    for f in SHANGHAI:
        if f.key in _WUHAN_OVERRIDES:
            value, source = _WUHAN_OVERRIDES[f.key]
            f = replace(f, value=value, source=source)
        out.append(replace(f, set_id="wuhan"))
    return tuple(out)


WUHAN = _wuhan()

FACTOR_SETS: tuple[tuple[FactorSet, tuple[Factor, ...]], ...] = (
    (FactorSet("shanghai", "Shanghai", "Shanghai carbon-inclusion platform, 2025", True), SHANGHAI),
    (FactorSet("wuhan", "Wuhan", "Wuhan carbon-inclusion platform, 2025", True), WUHAN),
)
DEFAULT_SET = "shanghai"


@dataclass(frozen=True)
class ApplianceType:
    key: str
    label: str
    baseline_kwh_year: float  # a typical grade-3 model, from the energy label
    source: str


APPLIANCE_SOURCE = (
    "Assumption: typical grade-3 China energy label figure for a household model; "
    "grade 1 uses about 20% less. Enter your own label's kWh/year."
)

APPLIANCE_TYPES: tuple[ApplianceType, ...] = (
    ApplianceType("air_conditioner", "Air conditioner (1.5 hp)", 780, APPLIANCE_SOURCE),
    ApplianceType("refrigerator", "Refrigerator (~300 L)", 450, APPLIANCE_SOURCE),
    ApplianceType("washing_machine", "Washing machine", 110, APPLIANCE_SOURCE),
    ApplianceType("water_heater", "Electric water heater", 1100, APPLIANCE_SOURCE),
    ApplianceType("television", "Television", 150, APPLIANCE_SOURCE),
)
APPLIANCES = {a.key: a for a in APPLIANCE_TYPES}

# Typical label consumption relative to grade 3 (assumption, extrapolated from
# the ~20% gap between grade 1 and grade 3 air conditioners).
GRADE_RATIO = {1: 0.8, 2: 0.9, 3: 1.0, 4: 1.1, 5: 1.2}


def typical_kwh_year(appliance_type: str, grade: int) -> float:
    """The default label figure offered for a type and grade."""
    return round(APPLIANCES[appliance_type].baseline_kwh_year * GRADE_RATIO[grade], 1)
