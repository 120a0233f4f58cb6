"""Recalculation: the lines one edited factor produced take its new value."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from greenlife.core import calc
from greenlife.core.errors import FieldError, ValidationError
from greenlife.core.factors import GRID_KEY
from greenlife.core.models import Factor

if TYPE_CHECKING:
    from sqlite_utils import Database

    from greenlife.store.appliances import Appliances
    from greenlife.store.book import Book
    from greenlife.store.factors import Factors
    from greenlife.store.transactions import Transactions


@dataclass(frozen=True)
class RecalcChange:
    entry_id: int  # an entry's id, or an appliance's id for kind "appliance"
    old_points: int
    new_points: int
    factor_key: str
    old_value: float
    new_value: float
    kind: str = "action"
    lines: int = 1  # an appliance's change re-posts one line per day


@dataclass(frozen=True)
class RecalcRows:
    """Lines' factor columns as they were (or became), and appliances' grid factors: what
    undo and redo of a recalculation put back."""

    lines: list[tuple[Any, ...]] = field(default_factory=list)  # values of _UPDATE
    grids: list[tuple[int, Factor]] = field(default_factory=list)  # (appliance id, grid)


@dataclass(frozen=True)
class RecalcReport:
    changes: list[RecalcChange]
    applied: bool
    set_id: str = ""
    factor_key: str = ""
    before: RecalcRows = field(default_factory=RecalcRows)
    after: RecalcRows = field(default_factory=RecalcRows)

    @property
    def points_delta(self) -> int:
        return sum(c.new_points - c.old_points for c in self.changes)

    @property
    def lines(self) -> int:
        return sum(c.lines for c in self.changes)


_UPDATE = ("UPDATE entries SET factor_value=?, factor_unit=?, factor_kind=?, factor_source=?, "
           "factor_year=?, factor_assumption=?, grams=?, points=? WHERE id=?")


class Recalculation:
    def __init__(self, db: Database, tx: Transactions, factors: Factors, appliances: Appliances,
                 book: Book, backup: Callable[[str], Any]) -> None:
        self.db = db
        self.tx = tx
        self.factors = factors
        self.appliances = appliances
        self.book = book
        self.backup = backup

    def run(self, factor_key: str | None = None, set_id: str | None = None, *,
            dry_run: bool = False, confirm: bool = False) -> RecalcReport:
        """Recompute the lines that used ``factor_key`` of ``set_id`` (the active set by
        default) with that factor's current value; with no key, every factor of the set.
        Lines from another set are never touched. The grid factor also re-posts the
        appliances that used it. A backup is made first."""
        sid = set_id or self.factors.active_set()
        known_sets = [s.id for s in self.factors.sets()]
        if sid not in known_sets:
            raise ValidationError([FieldError(
                "set", "{field}: unknown factor set '{value}'; choose one of: {known}",
                {"value": str(sid)[:40], "known": ", ".join(known_sets)})])
        factors = self.factors.get(sid)
        if factor_key and factor_key not in factors:
            raise ValidationError([FieldError(
                "key", "{field}: set '{set}' has no factor '{value}'; see 'greenlife factors list'",
                {"value": str(factor_key)[:40], "set": sid})])
        keys = [factor_key] if factor_key else list(factors)
        changes: list[RecalcChange] = []
        updates: list[tuple[Any, ...]] = []
        olds: list[tuple[Any, ...]] = []
        old_grids: list[tuple[int, Factor]] = []
        touched: dict[int, str] = {}  # member -> earliest day of a changed line
        for key in keys:
            f = factors.get(key)
            if f is None:
                continue
            for (eid, cat, qty, qunit, fval, funit, fkind, fsrc, fyear, fass, pts, mid, day,
                 grams) in (self.db.execute(
                    "SELECT id, category, quantity, unit, factor_value, factor_unit, factor_kind, "
                    "factor_source, factor_year, factor_assumption, points, member_id, day, grams "
                    "FROM entries WHERE kind = 'action' AND factor_set = ? AND factor_key = ?",
                    [sid, key])):
                if (f.value, f.unit, f.kind.value, f.source, f.year, int(f.assumption)) == (
                        fval, funit, fkind, fsrc, fyear, fass):
                    continue
                if calc.quantity_unit(f) != qunit:
                    raise ValidationError([FieldError(
                        "unit", "{field}: {key} now counts in {new} but its past lines were "
                        "logged in {old}; they cannot be recalculated. Put the unit back, or add "
                        "a new factor for the new unit", {"key": key, "new": calc.quantity_unit(f),
                                                          "old": qunit})])
                touched[mid] = min(day, touched.get(mid, day))
                g = calc.line_grams(cat, qty, f)
                new_pts = calc.line_points(g)
                changes.append(RecalcChange(eid, pts, new_pts, key, fval, f.value))
                updates.append((f.value, f.unit, f.kind.value, f.source, f.year, int(f.assumption),
                                g, new_pts, eid))
                olds.append((fval, funit, fkind, fsrc, fyear, fass, grams, pts, eid))
        grid = factors.get(GRID_KEY)
        moved = []
        if grid is not None and GRID_KEY in keys:
            for a in self.appliances.all():
                if a.grid.set_id != sid or (a.grid.value, a.grid.unit, a.grid.source, a.grid.year) == (
                        grid.value, grid.unit, grid.source, grid.year):
                    continue
                old = int(self.db.execute("SELECT total(points) FROM entries WHERE appliance_id = ?",
                                          [a.id]).fetchone()[0])
                days = int(self.db.execute("SELECT count(*) FROM entries WHERE appliance_id = ?",
                                           [a.id]).fetchone()[0])
                per_day = calc.line_points(calc.appliance_grams_per_day(
                    a.baseline_kwh_year, a.kwh_year, grid))
                changes.append(RecalcChange(a.id, old, per_day * days, GRID_KEY, a.grid.value,
                                            grid.value, "appliance", days))
                moved.append(a.id)
                old_grids.append((a.id, a.grid))
                start = a.in_use_from.isoformat()
                touched[a.member_id] = min(start, touched.get(a.member_id, start))
        if not dry_run and changes:
            self.backup("pre-recalc")
            first = dt.date.fromisoformat(min(touched.values()))
            with self.tx(), self.book.guarded(set(touched), first, self._name, confirm):
                self.db.conn.executemany(_UPDATE, updates)
                for aid in moved:
                    self.appliances.use_grid(aid, grid)  # type: ignore[arg-type]
        new_grids = [(aid, grid) for aid in moved] if grid is not None else []
        return RecalcReport(changes, applied=not dry_run, set_id=sid, factor_key=factor_key or "",
                            before=RecalcRows(olds, old_grids), after=RecalcRows(updates, new_grids))

    def put(self, rows: RecalcRows) -> None:
        """Give lines and appliances the factor columns of ``rows`` (undo and redo)."""
        with self.tx():
            self.db.conn.executemany(_UPDATE, rows.lines)
            for aid, grid in rows.grids:
                self.appliances.use_grid(aid, grid)

    def _name(self, member_id: int) -> str:
        row = self.db.execute("SELECT name FROM members WHERE id = ?", [member_id]).fetchone()
        return str(row[0]) if row else str(member_id)


