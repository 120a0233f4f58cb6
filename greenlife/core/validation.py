"""Validation of what a person types. Errors are data: ``(result, errors)``.

Every refusal names the field, the value and the accepted range, so that the
CLI prints it on one line and the UI shows it next to the field.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

from greenlife.core.calc import quantity_unit
from greenlife.core.errors import FieldError, ValidationError
from greenlife.core.models import Category, EntryDraft, Factor

EARLIEST = dt.date(2000, 1, 1)
NOTE_MAX = 500
NAME_MAX = 40


@dataclass(frozen=True)
class Limit:
    field: str
    low: float
    high: float
    integer: bool = False


# Accepted ranges per (category, quantity unit). A day's plausible maximum.
LIMITS: dict[tuple[Category, str], Limit] = {
    (Category.COMMUTE, "km"): Limit("km", 0.01, 500),
    (Category.COMMUTE, "ride"): Limit("rides", 1, 20, integer=True),
    (Category.WASTE, "kg"): Limit("kg", 0.01, 100),
    (Category.FOOD, "meal"): Limit("meals", 1, 10, integer=True),
    (Category.FOOD, "kg"): Limit("wasted_kg", 0.01, 10),
    (Category.FOOD, "order"): Limit("orders", 1, 20, integer=True),
    (Category.COMMUTE, "step"): Limit("steps", 1, 100_000, integer=True),
    (Category.COMMUTE, "day"): Limit("days", 1, 1, integer=True),
    (Category.GOODS, "kg"): Limit("kg", 0.01, 100),
    (Category.GOODS, "bag"): Limit("bags", 1, 50, integer=True),
    (Category.GOODS, "box"): Limit("boxes", 1, 100, integer=True),
    (Category.GOODS, "bill"): Limit("bills", 1, 50, integer=True),
    (Category.ENERGY, "kWh"): Limit("kWh", 0.1, 1000),
}

ITEM_FIELD = {Category.COMMUTE: "mode", Category.WASTE: "stream", Category.FOOD: "item"}


def _fmt(x: float) -> str:
    return f"{x:g}"


_THOUSANDS_RE = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")


# One place per rule: the store, the importer, the CLI and the dialogs all take these.
FACTOR_VALUE = Limit("value", 0, 999_999)  # grams per unit (the schema: value < 1,000,000)
GOAL_POINTS = Limit("points", 1, 100_000_000, integer=True)  # a weekly goal


def factor_value_ok(value: object) -> bool:
    """Whether a factor's value is a finite number inside FACTOR_VALUE."""
    import math

    return (isinstance(value, int | float) and not isinstance(value, bool)
            and math.isfinite(value) and FACTOR_VALUE.low <= value <= FACTOR_VALUE.high)


def parse_number(raw: Any, limit: Limit, unit: str) -> tuple[float | None, FieldError | None]:
    """A finite number inside the limit, or an error that says the accepted range."""
    rng = {"low": _fmt(limit.low), "high": _fmt(limit.high), "unit": unit}
    text = str(raw).strip() if raw is not None else ""
    if text == "":
        return None, FieldError(
            limit.field, "{field}: a value is required; enter {low} to {high} {unit}", rng
        )
    if isinstance(raw, str) and "," in text:
        if not _THOUSANDS_RE.match(text):  # '1,5' is a decimal comma: never read as 15
            return None, FieldError(
                limit.field,
                "{field}: '{value}' has a comma; write decimals with a point (1.5); enter {low} to {high} {unit}",
                {"value": text[:40], **rng},
            )
        text = text.replace(",", "")
    try:
        value = float(text) if isinstance(raw, str) else float(raw)
    except (TypeError, ValueError, OverflowError):
        return None, FieldError(
            limit.field,
            "{field}: '{value}' is not a number; enter {low} to {high} {unit}",
            {"value": text[:40], **rng},
        )
    if not math.isfinite(value):
        return None, FieldError(
            limit.field,
            "{field}: '{value}' is not a finite number; enter {low} to {high} {unit}",
            {"value": text[:40], **rng},
        )
    if limit.integer and value != int(value):
        return None, FieldError(
            limit.field,
            "{field}: {value} is not a whole number; enter a whole number from {low} to {high}",
            {"value": _fmt(value), **rng},
        )
    if not (limit.low <= value <= limit.high):
        return None, FieldError(
            limit.field,
            "{field}: {value} {unit} is out of range; enter {low} to {high} {unit}",
            {"value": _fmt(value), **rng},
        )
    return (int(value) if limit.integer else value), None


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(
    raw: Any, today: dt.date, field: str = "date"
) -> tuple[dt.date | None, FieldError | None]:
    """A local calendar date between 2000-01-01 and today."""
    rng = {"low": EARLIEST.isoformat(), "high": today.isoformat()}
    if raw is None or raw == "":
        return today, None
    if isinstance(raw, dt.datetime):
        raw = raw.date()
    if isinstance(raw, dt.date):
        day = raw
    else:
        text = str(raw).strip()
        try:
            if not _DATE_RE.match(text):
                raise ValueError
            day = dt.date.fromisoformat(text)
        except ValueError:
            return None, FieldError(
                field,
                "{field}: '{value}' is not a date; use YYYY-MM-DD between {low} and {high}",
                {"value": text[:40], **rng},
            )
    if day > today:
        return None, FieldError(
            field,
            "{field}: {value} is in the future; enter a date from {low} to {high}",
            {"value": day.isoformat(), **rng},
        )
    if day < EARLIEST:
        return None, FieldError(
            field,
            "{field}: {value} is too early; enter a date from {low} to {high}",
            {"value": day.isoformat(), **rng},
        )
    return day, None


def check_note(raw: Any) -> tuple[str, FieldError | None]:
    text = "" if raw is None else str(raw).strip()
    if len(text) > NOTE_MAX:
        return "", FieldError(
            "note", "{field}: {value} characters is too long; keep it to {high}",
            {"value": len(text), "high": NOTE_MAX},
        )
    if any(ord(c) < 32 and c not in "\n\t" for c in text):
        return "", FieldError(
            "note", "{field}: contains control characters; remove them", {}
        )
    return text, None


def check_name(raw: Any, field: str = "name") -> tuple[str, FieldError | None]:
    text = "" if raw is None else str(raw).strip()
    if not text:
        return "", FieldError(field, "{field}: a name is required", {})
    if len(text) > NAME_MAX:
        return "", FieldError(
            field, "{field}: '{value}' is too long; keep it to {high} characters",
            {"value": text[:20] + "…", "high": NAME_MAX},
        )
    if any(ord(c) < 32 for c in text):
        return "", FieldError(field, "{field}: contains control characters; remove them", {})
    return text, None


_COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")


def check_colour(raw: Any) -> tuple[str, FieldError | None]:
    text = "" if raw is None else str(raw).strip()
    if not _COLOUR_RE.match(text):
        return "", FieldError(
            "colour", "{field}: '{value}' is not a colour; use #RRGGBB, e.g. #2E7D32",
            {"value": text[:20]},
        )
    return text.upper(), None


def validate_entry(
    *,
    member_id: int,
    day: Any,
    category: Category | str,
    item: str,
    quantity: Any,
    factors: dict[str, Factor],
    today: dt.date,
    note: Any = "",
    quantity_field: str | None = None,
) -> tuple[EntryDraft | None, list[FieldError]]:
    """Check one action against the active factor set and the accepted ranges."""
    errors: list[FieldError] = []
    category = Category(category)
    parsed_day, err = parse_date(day, today)
    if err:
        errors.append(err)
    note_text, err = check_note(note)
    if err:
        errors.append(err)
    factor = factors.get(f"{category.value}.{item}")
    if factor is None:
        prefix = category.value + "."
        known = sorted(k[len(prefix):] for k in factors if k.startswith(prefix))
        errors.append(
            FieldError(
                ITEM_FIELD.get(category, "item"),
                "{field}: unknown {field} '{value}'; choose one of: {known}",
                {"value": str(item)[:40], "known": ", ".join(known)},
            )
        )
        return None, errors
    unit = quantity_unit(factor)
    limit = LIMITS.get((category, unit), Limit("quantity", 0.01, 1000))
    if quantity_field and quantity_field != limit.field:
        errors.append(
            FieldError(
                quantity_field,
                "{field}: {item} is counted in {unit}; give --{expected} instead",
                {"item": item, "unit": unit, "expected": limit.field.replace("_", "-")},
            )
        )
        return None, errors
    value, err = parse_number(quantity, limit, unit)
    if err:
        errors.append(err)
    if errors:
        return None, errors
    assert parsed_day is not None
    assert value is not None
    return EntryDraft(member_id, parsed_day, category, item, float(value), unit, note_text), []


def require(result: tuple[Any, list[FieldError]]) -> Any:
    """Turn ``(result, errors)`` into the result or a ValidationError."""
    value, errors = result
    if errors:
        raise ValidationError(errors)
    return value
