"""The book's CSV format, one module for the export and the import.

A row per ledger line, and a row of kind ``reading`` per meter reading (points empty: a
reading is not a line; the lines of its savings are rows of kind ``meter``). The last
column, ``details``, is a JSON object or empty: on the line of a family's own action, the
action as the book has it (``{"action": {name, unit, grams, source, category, assumption}}``,
``"archived": true`` when archived); on a reading row, how it was entered and the meter's
baseline (``{"reading": {how, new_meter_start, old_meter_end, baseline}}``). A file written
before the column (19 columns) imports as before: an own action is then named after its key
and readings are not in it. Every cell a person typed is defused against formula injection
(OWASP): text that begins with = + - @ tab or carriage return gets a leading apostrophe,
so a spreadsheet shows it as text and never runs it. Numbers stay numbers.
"""

from __future__ import annotations

import json
from typing import Any

COLUMNS = ("id", "date", "member", "kind", "category", "item", "quantity", "unit", "factor_set",
           "factor_key", "factor_value", "factor_unit", "factor_kind", "factor_source",
           "factor_year", "factor_assumption", "grams", "points", "note", "details")
NUMERIC = frozenset({"id", "quantity", "factor_value", "factor_year", "factor_assumption", "grams",
                     "points"})
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DETAILS_MAX = 2000  # characters of the details cell


def number(value: float) -> float | int:
    """A number as JSON writes it best: 300 rather than 300.0."""
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else float(value)


def write_details(details: dict[str, Any] | None) -> str:
    """The details cell: compact JSON, Chinese as characters; empty when there is nothing."""
    return json.dumps(details, ensure_ascii=False) if details else ""


def read_details(text: str | None) -> dict[str, Any] | None:
    """The details cell read back: {} when empty, None when it is not a JSON object."""
    text = (text or "").strip()
    if not text:
        return {}
    if len(text) > DETAILS_MAX:
        return None
    try:
        found = json.loads(text)
    except ValueError:
        return None
    return found if isinstance(found, dict) else None


def defuse(value: str) -> str:
    """Make a typed cell inert in a spreadsheet: a leading apostrophe before = + - @ tab CR."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def undefuse(value: str) -> str:
    """The inverse, for importing a file the export wrote."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) else value
