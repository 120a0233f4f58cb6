"""A family's own action: a name, a unit, grams per unit, a source (or "our estimate") and a
category. It is stored as a factor of the family's set and then behaves like a built-in one.
"""

from __future__ import annotations

import math
import re
from typing import Any

from greenlife.core.errors import FieldError
from greenlife.core.factors import FAMILY_SET, OWN_UNIT_MAX, OWN_UNIT_PREFIX, own_unit_ok
from greenlife.core.models import Category, Factor, Kind
from greenlife.core.validation import check_name

OWN_PREFIX = "own_"
OUR_ESTIMATE = "Our estimate"
# the categories a family's own action may go under (appliances have their own form)
OWN_CATEGORIES = (Category.COMMUTE, Category.WASTE, Category.FOOD, Category.ENERGY,
                  Category.GOODS)
GRAMS_MAX = 100_000  # per unit


def slug(name: str, taken: set[str]) -> str:
    """An item name of letters and _ for a key: own_<ascii letters of the name>, made unique
    with _b, _c ... (a Chinese name gives own_action)."""
    base = re.sub(r"[^a-z]+", "_", name.lower()).strip("_")[:24] or "action"
    item = OWN_PREFIX + base
    n = 1
    while item in taken:
        n += 1
        suffix, k = "", n
        while k:
            k, r = divmod(k - 1, 26)
            suffix = chr(97 + r) + suffix
        item = f"{OWN_PREFIX}{base}_{suffix}"
    return item


def is_own(factor: Factor) -> bool:
    return factor.set_id == FAMILY_SET


def own_unit(factor: Factor) -> str:
    return factor.unit[len(OWN_UNIT_PREFIX):]


def check_own_action(*, name: Any, unit: Any, grams: Any, source: Any, category: Any,
                     item: str) -> tuple[Factor | None, list[FieldError]]:
    """The factor for a family's own action as typed, or the errors naming each bad field.
    A blank source, or "our estimate", makes it an assumption (flagged as such)."""
    errors: list[FieldError] = []
    label, err = check_name(name)
    if err:
        errors.append(err)
    unit_text = "" if unit is None else str(unit).strip()
    if not own_unit_ok(unit_text):
        errors.append(FieldError(
            "unit", "{field}: '{value}' is not a unit; give 1 to {high} characters without /, "
                    "e.g. hour or item", {"value": unit_text[:20], "high": OWN_UNIT_MAX}))
    value: float | None = None
    try:
        value = float(str(grams).strip()) if str(grams).strip() else None
    except ValueError:
        value = None
    if value is None or not math.isfinite(value) or not (0 < value <= GRAMS_MAX):
        errors.append(FieldError(
            "grams", "{field}: '{value}' is not a number of grams; enter more than 0 and up to "
                     "{high}", {"value": str(grams)[:20], "high": GRAMS_MAX}))
    try:
        cat = Category(category)
    except ValueError:
        cat = None
    if cat not in OWN_CATEGORIES:
        errors.append(FieldError(
            "category", "{field}: '{value}' must be one of: {known}",
            {"value": str(category)[:20], "known": ", ".join(c.value for c in OWN_CATEGORIES)}))
    src = "" if source is None else str(source).strip()
    if len(src) > 300:
        errors.append(FieldError("source", "{field}: {value} characters is too long; keep it to "
                                 "{high}", {"value": len(src), "high": 300}))
    if errors or cat is None or value is None:
        return None, errors
    estimate = not src or src.casefold() in {OUR_ESTIMATE.casefold(), "我们的估计", "估计"}
    return Factor(
        key=f"{cat.value}.{item}", value=value, unit=OWN_UNIT_PREFIX + unit_text,
        kind=Kind.REDUCTION, source=OUR_ESTIMATE if estimate else src, year=None, label=label,
        assumption=estimate, note="", set_id=FAMILY_SET,
    ), []
