"""Appliances, rewards redeemed, usual actions (templates) and recalculation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from greenlife.core import calc
from greenlife.core.errors import (
    FieldError,
    InsufficientPointsError,
    NotFoundError,
    ValidationError,
)
from greenlife.core.factors import APPLIANCES, GRID_KEY, typical_kwh_year
from greenlife.core.models import Appliance, Category, Factor, Kind, Member, Redemption, Template
from greenlife.core.validation import Limit, check_name, parse_date, parse_number
from greenlife.store import rows

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class RecalcChange:
    entry_id: int
    old_points: int
    new_points: int
    factor_key: str
    old_value: float
    new_value: float


@dataclass(frozen=True)
class RecalcReport:
    changes: list[RecalcChange]
    applied: bool

    @property
    def points_delta(self) -> int:
        return sum(c.new_points - c.old_points for c in self.changes)


class HouseholdMixin:
    db: Database

    if TYPE_CHECKING:  # provided by Store and BookQueries
        from contextlib import AbstractContextManager

        def tx(self) -> AbstractContextManager[None]: ...

        def today(self) -> dt.date: ...
        def find_member(self, name_or_id: str | int, *, active_only: bool = True) -> Member: ...
        def factors(self, set_id: str | None = None) -> dict[str, Factor]: ...
        def available_points(self, member_id: int | None) -> int: ...

    # -- appliances ---------------------------------------------------------
    def add_appliance(
        self,
        member: str | int,
        appliance_type: str,
        grade: Any,
        kwh_year: Any = None,
        in_use_from: Any = None,
        in_use_to: Any = None,
        label: str = "",
    ) -> Appliance:
        """An efficient appliance; its saving against a grade-3 baseline accrues daily."""
        errors: list[FieldError] = []
        member_id = 0
        try:
            member_id = self.find_member(member).id
        except ValidationError as exc:
            errors += exc.errors
        today = self.today()
        if appliance_type not in APPLIANCES:
            errors.append(FieldError("type", "{field}: unknown appliance '{value}'; choose one "
                                     "of: {known}", {"value": appliance_type,
                                                     "known": ", ".join(APPLIANCES)}))
        g, err = parse_number(grade, Limit("grade", 1, 5, integer=True), "")
        if err:
            errors.append(err)
        if kwh_year in (None, "") and not errors:
            kwh_year = typical_kwh_year(appliance_type, int(g))  # type: ignore[arg-type]
        kwh, err = parse_number(kwh_year, Limit("kwh_year", 1, 20000), "kWh/year")
        if err:
            errors.append(err)
        start, err = parse_date(in_use_from, today, "from")
        if err:
            errors.append(err)
        end = None
        if in_use_to not in (None, ""):
            end, err = parse_date(in_use_to, dt.date(2100, 1, 1), "to")
            if err:
                errors.append(err)
            elif start and end and end < start:
                errors.append(FieldError("to", "{field}: {value} is before the start {start}; "
                                         "enter a later date", {"value": end.isoformat(),
                                                                 "start": start.isoformat()}))
        if label:
            label, err = check_name(label, "label")
            if err:
                errors.append(err)
        if errors:
            raise ValidationError(errors)
        kind = APPLIANCES[appliance_type]
        grid = self.factors()[GRID_KEY]
        with self.tx():
            cur = self.db.execute(
                "INSERT INTO appliances(member_id, type, label, grade, kwh_year, "
                "baseline_kwh_year, baseline_source, factor_set, factor_key, factor_value, "
                "factor_unit, factor_kind, factor_source, factor_year, in_use_from, in_use_to) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [member_id, appliance_type, label or "", g, kwh, kind.baseline_kwh_year,
                 kind.source, grid.set_id, grid.key, grid.value, grid.unit, Kind(grid.kind).value,
                 grid.source, grid.year, start.isoformat(),  # type: ignore[union-attr]
                 end.isoformat() if end else None],
            )
        return self.appliance(cur.lastrowid)

    def appliance(self, appliance_id: int) -> Appliance:
        found = self._appliances("a.id = ?", [appliance_id])
        if not found:
            raise NotFoundError("No appliance with id {id}.", id=appliance_id)
        return found[0]

    def appliances(self, member_id: int | None = None) -> list[Appliance]:
        if member_id is None:
            return self._appliances("1", [])
        return self._appliances("a.member_id = ?", [member_id])

    def _appliances(self, where: str, args: list[Any]) -> list[Appliance]:
        sql = ("SELECT a.*, m.name AS member_name FROM appliances a JOIN members m ON m.id = a.member_id "
               f"WHERE {where} ORDER BY a.id")
        return [rows.appliance(r, r["member_name"]) for r in self.db.query(sql, args)]

    def end_appliance(self, appliance_id: int, day: Any) -> Appliance:
        a = self.appliance(appliance_id)
        end, err = parse_date(day, dt.date(2100, 1, 1), "to")
        if err is None and end is not None and end < a.in_use_from:
            err = FieldError("to", "{field}: {value} is before the start {start}; enter a later "
                             "date", {"value": end.isoformat(), "start": a.in_use_from.isoformat()})
        if err:
            raise ValidationError([err])
        with self.tx():
            self.db.execute("UPDATE appliances SET in_use_to = ? WHERE id = ?",
                            [end.isoformat(), appliance_id])  # type: ignore[union-attr]
        return self.appliance(appliance_id)

    def delete_appliance(self, appliance_id: int) -> None:
        with self.tx():
            self.db.execute("DELETE FROM appliances WHERE id = ?", [appliance_id])

    # -- rewards (debits) ---------------------------------------------------
    def redeem(
        self, member: str | int | None, points: Any, reward: str, day: Any = None,
        reward_id: int | None = None,
    ) -> Redemption:
        """Spend points on a family reward; a balance never goes below zero."""
        errors: list[FieldError] = []
        member_id: int | None = None
        if member not in (None, ""):
            try:
                member_id = self.find_member(member).id  # type: ignore[arg-type]
            except ValidationError as exc:
                errors += exc.errors
        pts, err = parse_number(points, Limit("points", 1, 100_000_000, integer=True), "points")
        if err:
            errors.append(err)
        reward, err = check_name(reward, "reward")
        if err:
            errors.append(err)
        when, err = parse_date(day, self.today())
        if err:
            errors.append(err)
        if errors:
            raise ValidationError(errors)
        with self.tx():
            for who in {member_id, None}:
                available = self.available_points(who)
                if int(pts) > available:  # type: ignore[arg-type]
                    raise InsufficientPointsError(
                        "Cannot redeem {points} points for '{reward}': {who} has {available} "
                        "points. Nothing was redeemed.",
                        points=int(pts), reward=reward,  # type: ignore[arg-type]
                        who="the household" if who is None else "this member",
                        available=available,
                    )
            cur = self.db.execute(
                "INSERT INTO redemptions(member_id, day, points, reward, reward_id) "
                "VALUES (?, ?, ?, ?, ?)",
                [member_id, when.isoformat(), pts, reward, reward_id],  # type: ignore[union-attr]
            )
        row = self.db.execute(
            "SELECT r.id, r.member_id, r.day, r.points, r.reward, m.name FROM redemptions r "
            "LEFT JOIN members m ON m.id = r.member_id WHERE r.id = ?", [cur.lastrowid]
        ).fetchone()
        return rows.redemption(row)

    def undo_redemption(self, redemption_id: int) -> None:
        with self.tx():
            cur = self.db.execute("DELETE FROM redemptions WHERE id = ?", [redemption_id])
        if cur.rowcount == 0:
            raise NotFoundError("No redemption with id {id}.", id=redemption_id)

    # -- templates (usual actions) -----------------------------------------
    def add_template(self, member: str | int, name: str, category: Category | str, item: str,
                     quantity: float, unit: str) -> Template:
        m = self.find_member(member)
        name, err = check_name(name, "name")
        if err:
            raise ValidationError([err])
        with self.tx():
            cur = self.db.execute(
                "INSERT INTO templates(member_id, name, category, item, quantity, unit) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [m.id, name, Category(category).value, item, quantity, unit],
            )
        return self.templates(m.id, template_id=cur.lastrowid)[0]

    def templates(self, member_id: int | None = None, template_id: int | None = None) -> list[Template]:
        sql = ("SELECT t.id, t.member_id, t.name, t.category, t.item, t.quantity, t.unit "
               "FROM templates t JOIN members m ON m.id = t.member_id WHERE m.active = 1")
        args: list[Any] = []
        if member_id is not None:
            sql += " AND t.member_id = ?"
            args.append(member_id)
        if template_id is not None:
            sql += " AND t.id = ?"
            args.append(template_id)
        return [rows.template(r) for r in self.db.execute(sql + " ORDER BY t.member_id, t.id", args)]

    def delete_template(self, template_id: int) -> None:
        with self.tx():
            self.db.execute("DELETE FROM templates WHERE id = ?", [template_id])

    # -- recalculation ------------------------------------------------------
    def recalculate(self, *, dry_run: bool = False) -> RecalcReport:
        """Recompute stored entries with the active factors; report what changed."""
        factors = self.factors()
        changes: list[RecalcChange] = []
        updates: list[tuple[Any, ...]] = []
        for (eid, cat, item, qty, fset, _fkey, fval, funit, fkind, fsrc, fyear, pts) in (
            self.db.execute(
                "SELECT id, category, item, quantity, factor_set, factor_key, factor_value, "
                "factor_unit, factor_kind, factor_source, factor_year, points FROM entries"
            )
        ):
            f = factors.get(f"{cat}.{item}")
            if f is None:
                continue
            if (f.set_id, f.value, f.unit, f.kind.value, f.source, f.year) == (
                fset, fval, funit, fkind, fsrc, fyear
            ):
                continue
            g = calc.grams(qty, f)
            new_pts = calc.points(g)
            changes.append(RecalcChange(eid, pts, new_pts, f.key, fval, f.value))
            updates.append((f.set_id, f.value, f.unit, f.kind.value, f.source, f.year, g,
                            new_pts, eid))
        if not dry_run and updates:
            self.backup("pre-recalc")  # type: ignore[attr-defined]
            with self.tx():
                self.db.conn.executemany(
                    "UPDATE entries SET factor_set=?, factor_value=?, factor_unit=?, "
                    "factor_kind=?, factor_source=?, factor_year=?, grams=?, points=? WHERE id=?",
                    updates,
                )
        return RecalcReport(changes, applied=not dry_run)
