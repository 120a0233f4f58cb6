"""Reference factors shipped with GreenLife, each with value, unit, kind and source.

Values come from ../shared/BRIEF.md.  Where no published figure exists, the
factor is a stated assumption and is flagged ``assumption=True`` with a note
that says what was assumed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from greenlife.core.models import Factor, FactorSet, Kind

R, E = Kind.REDUCTION, Kind.EMISSION

# Each source says who published the figure and where it was published or reported.
SH = "Shanghai carbon-inclusion platform, as reported by People's Daily (人民日报), 2025"
WH = "Wuhan carbon-inclusion platform (武碳江湖), as reported by Xinhua, 2025"
MEE = ("Ministry of Ecology and Environment & National Bureau of Statistics (MEE & NBS), "
       "notice on 2023 electricity CO2 emission factors")
FAO = "FAO, Food Wastage Footprint, 2013 (3.3 Gt CO2e / 1.3 Gt wasted)"
WARM = "US EPA, Waste Reduction Model (WARM) v16, 2023; converted from t per short ton x1.1023"
WH_KWH = ("Wuhan carbon-inclusion platform (武碳江湖, 惠节电: 525 g per kWh saved), as reported "
          "by the Wuhan press, Aug 2025")
HUBEI_STEPS = ("Hubei Emission Exchange, 碳碳星球 mini-program (0.02 points = 0.02 g per step), "
               "as reported by Hubei Daily (湖北日报), 2022")
BOX = ("Cainiao 回箱计划 (a box reused once saves 37 g CO2), as reported by CCTV News "
       "(央视新闻) from a Beijing Cainiao station, 2023")

# Sources shipped by earlier versions -> the wording now shipped (an unedited factor in an
# existing book gets the new wording; the value is never touched).
OLD_SOURCES: dict[str, str] = {
    "Shanghai carbon-inclusion platform, 2025": SH,
    "Wuhan carbon-inclusion platform (2025), as reported by Xinhua": WH,
    "Wuhan carbon-inclusion platform (2025), as reported by Xinhua; walking treated like "
    "cycling (assumption)": WH + "; walking treated like cycling (assumption)",
    "MEE & NBS notice on 2023 electricity CO2 emission factors": MEE,
    "US EPA WARM v16 (2023), converted from t per short ton x1.1023": WARM,
}

# unit -> (quantity unit, grams per factor unit)
UNITS: dict[str, tuple[str, float]] = {
    "g CO2/km": ("km", 1.0),
    "g CO2/ride": ("ride", 1.0),
    "g CO2e/meal": ("meal", 1.0),
    "kg CO2e/kg": ("kg", 1000.0),
    "kg CO2/kWh": ("kWh", 1000.0),
    "g CO2/kWh": ("kWh", 1.0),
    "kg CO2/m³": ("m³", 1000.0),
    "g CO2/step": ("step", 1.0),
    "g CO2/day": ("day", 1.0),
    "g CO2/order": ("order", 1.0),
    "g CO2/box": ("box", 1.0),
    "g CO2/bag": ("bag", 1.0),
    "g CO2/bill": ("bill", 1.0),
}

# A family's own action counts grams per a unit of its own naming: "g CO2/<unit>".
OWN_UNIT_PREFIX = "g CO2/"
OWN_UNIT_MAX = 12


def unit_info(unit: str) -> tuple[str, float]:
    """(quantity unit, grams per factor unit) of a factor unit, a family's own included."""
    if unit in UNITS:
        return UNITS[unit]
    if unit.startswith(OWN_UNIT_PREFIX) and own_unit_ok(unit[len(OWN_UNIT_PREFIX):]):
        return unit[len(OWN_UNIT_PREFIX):], 1.0
    raise KeyError(unit)


def own_unit_ok(text: str) -> bool:
    """A unit a family may name: 1 to 12 characters, no slash or control character."""
    return 0 < len(text) <= OWN_UNIT_MAX and text == text.strip() and not any(
        c == "/" or ord(c) < 32 for c in text)


GRID_KEY = "grid.electricity"

# What a monthly meter reading is counted at: grams avoided per kWh or m³ saved against the
# same month last year (an increase gives negative grams). Ledger lines: category 'energy'.
METER_KEYS = {"electricity": "meter.electricity", "gas": "meter.gas", "water": "meter.water"}
METER_UNITS = {"electricity": "kWh", "gas": "m³", "water": "m³"}

GAS_SOURCE = ("Derived: IPCC 2006 Guidelines default 56.1 t CO2 per TJ of natural gas x China's "
              "net calorific value 38,931 kJ/m³ (GB/T 2589)")
WATER_SOURCE = ("Derived: about 0.3 kWh of grid electricity to supply and treat 1 m³ of tap "
                "water x 0.5306 kg CO2/kWh (MEE & NBS, 2023)")


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
    # -- the actions Chinese schemes credit beyond commuting, sorting and clean plates --
    Factor("commute.steps", 0.02, "g CO2/step", R, HUBEI_STEPS, 2022, "Walking (steps)"),
    Factor(
        "commute.car_parked", 8167, "g CO2/day", R,
        "Derived: a provincial energy-saving tip (a car left parked one day a month saves about "
        "98 kg CO2 a year), as reported in the press, 2021", 2021,
        "A day the petrol car stays parked", True,
        "Assumption: 98 kg a year / 12 days; the source was not traced to its publisher. "
        "Log the trips made instead as usual.",
    ),
    Factor(
        "goods.secondhand", 3.6, "kg CO2e/kg", R,
        "Figure widely quoted in the Chinese press for reusing old textiles (3.6 kg CO2 per kg)",
        None, "Second-hand or passed-on items", True,
        "Assumption: a kilogram of clothes or goods reused instead of bought new; the 3.6 kg "
        "figure was not traced to its publisher.",
    ),
    Factor(
        "goods.bag", 5, "g CO2/bag", R,
        "Wuhan carbon-inclusion platform (武碳江湖), own shopping bag", None,
        "Own shopping bag", True,
        "Assumption: Wuhan's 5 g per shopping bag; the published figure was not traced.",
    ),
    Factor("goods.box_returned", 37, "g CO2/box", R, BOX, 2023, "Express box returned"),
    Factor(
        "goods.paperless", 10, "g CO2/bill", R,
        "Assumption: one printed A4 bill and envelope (about 10 g of paper) not made", None,
        "Paperless bill", True,
        "Assumption: no traced figure; about 10 g of paper at roughly 1 g CO2 per g.",
    ),
    Factor(
        "food.no_tableware", 23, "g CO2/order", R,
        "Beijing carbon-inclusion scheme: at least 23 g per takeaway order without disposable "
        "tableware", None, "Takeaway without disposable tableware", True,
        "Assumption: Beijing's lower bound of 23 g; the published figure was not traced.",
    ),
    Factor(
        "energy.solar", 0.5306, "kg CO2/kWh", R, MEE, 2023, "Rooftop solar (kWh generated)",
        False, "Each kWh generated replaces a kWh of grid electricity at the national factor.",
    ),
    Factor(METER_KEYS["electricity"], 0.5306, "kg CO2/kWh", R, MEE, 2023,
           "Electricity saved (meter)"),
    Factor(
        METER_KEYS["gas"], 2.184, "kg CO2/m³", R, GAS_SOURCE, 2006, "Gas saved (meter)", True,
        "Assumption: derived from published defaults (56.1 t/TJ x 38.931 MJ/m³).",
    ),
    Factor(
        METER_KEYS["water"], 0.16, "kg CO2/m³", R, WATER_SOURCE, 2023, "Water saved (meter)",
        True, "Assumption: about 0.3 kWh per m³ supplied and treated; not a published figure.",
    ),
)

_WUHAN_OVERRIDES: dict[str, tuple[float, str, bool]] = {
    "commute.bus": (212.5, WH, False),
    "commute.subway": (78.4, WH, False),
    "commute.bike": (93.3, WH, False),
    "commute.walk": (93.3, WH + "; walking treated like cycling (assumption)", True),
    METER_KEYS["electricity"]: (525, WH_KWH, False),
}
_WUHAN_UNITS = {METER_KEYS["electricity"]: "g CO2/kWh"}


def _wuhan() -> tuple[Factor, ...]:
    out = []
    for f in SHANGHAI:
        if f.key in _WUHAN_OVERRIDES:
            value, source, assumed = _WUHAN_OVERRIDES[f.key]
            f = replace(f, value=value, source=source, year=2025, assumption=assumed,
                        unit=_WUHAN_UNITS.get(f.key, f.unit))
        out.append(replace(f, set_id="wuhan"))
    return tuple(out)


WUHAN = _wuhan()

FACTOR_SETS: tuple[tuple[FactorSet, tuple[Factor, ...]], ...] = (
    (FactorSet("shanghai", "Shanghai", "Shanghai carbon-inclusion platform, 2025", True), SHANGHAI),
    (FactorSet("wuhan", "Wuhan", "Wuhan carbon-inclusion platform, 2025", True), WUHAN),
)
BUILTIN_FACTORS_VERSION = 2  # raised when shipped factors are added or their sources reworded

# A family's own actions live in their own set, merged into whichever set is active.
FAMILY_SET = "own:family"  # not an id create_set accepts: never a family's own copy

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
