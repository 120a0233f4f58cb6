"""The book's CSV format, one module for the export and the import.

A row per ledger line. Every cell a person typed is defused against formula injection
(OWASP): text that begins with = + - @ tab or carriage return gets a leading apostrophe,
so a spreadsheet shows it as text and never runs it. Numbers stay numbers.
"""

from __future__ import annotations

COLUMNS = ("id", "date", "member", "kind", "category", "item", "quantity", "unit", "factor_set",
           "factor_key", "factor_value", "factor_unit", "factor_kind", "factor_source",
           "factor_year", "factor_assumption", "grams", "points", "note")
NUMERIC = frozenset({"id", "quantity", "factor_value", "factor_year", "factor_assumption", "grams",
                     "points"})
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse(value: str) -> str:
    """Make a typed cell inert in a spreadsheet: a leading apostrophe before = + - @ tab CR."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def undefuse(value: str) -> str:
    """The inverse, for importing a file the export wrote."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) else value
