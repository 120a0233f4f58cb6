"""Row -> dataclass conversions shared by the store modules."""

from __future__ import annotations

import datetime as dt
from typing import Any

from greenlife.core.models import (
    Appliance,
    Category,
    Entry,
    Factor,
    Kind,
    Leg,
    Member,
    Redemption,
    Template,
)

ENTRY_COLUMNS = (
    "e.id, e.member_id, e.day, e.category, e.item, e.quantity, e.unit, e.factor_set, "
    "e.factor_key, e.factor_value, e.factor_unit, e.factor_kind, e.factor_source, "
    "e.factor_year, e.grams, e.points, e.note, m.name, e.kind, e.appliance_id, "
    "e.factor_assumption"
)


def member(row: tuple[Any, ...]) -> Member:
    return Member(row[0], row[1], row[2], bool(row[3]), bool(row[4]) if len(row) > 4 else False)


def factor(row: dict[str, Any]) -> Factor:
    return Factor(
        key=row["key"], value=row["value"], unit=row["unit"], kind=Kind(row["kind"]),
        source=row["source"], year=row["year"], label=row["label"],
        assumption=bool(row["assumption"]), note=row["note"], set_id=row["set_id"],
    )


def entry(row: tuple[Any, ...]) -> Entry:
    f = Factor(
        key=row[8], value=row[9], unit=row[10], kind=Kind(row[11]), source=row[12],
        year=row[13], set_id=row[7], assumption=bool(row[20]),
    )
    return Entry(
        id=row[0], member_id=row[1], day=dt.date.fromisoformat(row[2]),
        category=Category(row[3]), item=row[4], quantity=row[5], unit=row[6], factor=f,
        grams=row[14], points=row[15], note=row[16], member_name=row[17], kind=row[18],
        appliance_id=row[19],
    )


def appliance(row: dict[str, Any], member_name: str = "") -> Appliance:
    grid = Factor(
        key=row["factor_key"], value=row["factor_value"], unit=row["factor_unit"],
        kind=Kind(row["factor_kind"]), source=row["factor_source"], year=row["factor_year"],
        set_id=row["factor_set"], assumption=bool(row.get("factor_assumption", 0)),
    )
    return Appliance(
        id=row["id"], member_id=row["member_id"], type=row["type"], grade=row["grade"],
        kwh_year=row["kwh_year"], baseline_kwh_year=row["baseline_kwh_year"],
        baseline_source=row["baseline_source"], grid=grid,
        in_use_from=dt.date.fromisoformat(row["in_use_from"]),
        in_use_to=dt.date.fromisoformat(row["in_use_to"]) if row["in_use_to"] else None,
        label=row["label"], member_name=member_name,
    )


def redemption(row: tuple[Any, ...]) -> Redemption:
    return Redemption(row[0], row[1], dt.date.fromisoformat(row[2]), row[3], row[4], row[5] or "")


def template(row: tuple[Any, ...], more_legs: tuple[Leg, ...] = ()) -> Template:
    return Template(row[0], row[1], row[2], Category(row[3]), row[4], row[5], row[6], more_legs,
                    row[7] if len(row) > 7 else 0)


def where(alias: str, member_id: int | None, start: dt.date | None, end: dt.date | None,
          category: str | None = None) -> tuple[str, list[Any]]:
    """``(sql, args)`` for the usual filters on a table with member_id, day (and category)."""
    prefix = f"{alias}." if alias else ""
    parts, args = ["1"], []
    for clause, value in ((f"{prefix}member_id = ?", member_id),
                          (f"{prefix}day >= ?", start.isoformat() if start else None),
                          (f"{prefix}day <= ?", end.isoformat() if end else None),
                          (f"{prefix}category = ?", category or None)):
        if value is not None:
            parts.append(clause)
            args.append(value)
    return " AND ".join(parts), args
