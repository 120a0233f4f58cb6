"""Efficient appliances, and the ledger lines of their savings.

An appliance's saving is posted as one line per day it is in use, up to today:
(baseline kWh/yr - the model's kWh/yr) / 365 kWh at the grid factor, rounded to whole
points on each line. Per day rather than per week because every period the book shows
(day, ISO week across New Year, month, year) is then an exact sum of lines. Lines are
kept current automatically (``post``); ending an appliance or correcting the clock
removes the days that no longer apply.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from greenlife.core import calc
from greenlife.core.errors import FieldError, NotFoundError, ValidationError
from greenlife.core.factors import APPLIANCES, GRID_KEY, typical_kwh_year
from greenlife.core.models import Appliance, Factor, Kind
from greenlife.core.validation import Limit, check_name, parse_date, parse_number
from greenlife.store import rows

if TYPE_CHECKING:
    from sqlite_utils import Database

    from greenlife.store.book import Book
    from greenlife.store.factors import Factors
    from greenlife.store.members import Members
    from greenlife.store.transactions import Transactions

FAR_FUTURE = dt.date(2100, 1, 1)

LINE_INSERT = (
    "INSERT INTO entries(kind, appliance_id, member_id, day, category, item, quantity, unit, "
    "factor_set, factor_key, factor_value, factor_unit, factor_kind, factor_source, "
    "factor_year, factor_assumption, grams, points) "
    "VALUES ('appliance', ?, ?, ?, 'appliance', ?, ?, 'kWh', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


@dataclass(frozen=True)
class AppliancePlan:
    """What adding (or changing) an appliance will post at once: days up to today."""

    days: int
    points: int
    points_per_day: int


class Appliances:
    def __init__(self, db: Database, tx: Transactions, factors: Factors, members: Members,
                 book: Book, today: Callable[[], dt.date]) -> None:
        self.db = db
        self.tx = tx
        self.factors = factors
        self.members = members
        self.book = book
        self.today = today

    # -- validating ------------------------------------------------------------
    def _validate(self, member: str | int, appliance_type: str, grade: Any, kwh_year: Any,
                  in_use_from: Any, in_use_to: Any, label: str
                  ) -> tuple[int, float, float, dt.date, dt.date | None, str]:
        errors: list[FieldError] = []
        member_id = 0
        try:
            member_id = self.members.find(member).id
        except ValidationError as exc:
            errors += exc.errors
        if appliance_type not in APPLIANCES:
            errors.append(FieldError("type", "{field}: unknown appliance '{value}'; choose one "
                                     "of: {known}", {"value": appliance_type,
                                                     "known": ", ".join(APPLIANCES)}))
        g, err = parse_number(grade, Limit("grade", 1, 5, integer=True), "")
        if err:
            errors.append(err)
        kwh: float | None = None
        if kwh_year in (None, "") and not errors and g is not None:
            kwh_year = typical_kwh_year(appliance_type, int(g))
        if kwh_year not in (None, ""):  # an empty figure is only an error once the rest is right
            kwh, err = parse_number(kwh_year, Limit("kwh_year", 1, 20000), "kWh/year")
            if err:
                errors.append(err)
        start, err = parse_date(in_use_from, self.today(), "from")
        if err:
            errors.append(err)
        end = None
        if in_use_to is not None:
            end, err = parse_date(in_use_to, FAR_FUTURE, "to")
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
        if not errors and kwh is not None and appliance_type in APPLIANCES:
            base = APPLIANCES[appliance_type].baseline_kwh_year
            grid = self.factors.get().get(GRID_KEY)
            per_day = calc.line_points(calc.appliance_grams_per_day(base, kwh, grid)) if grid else 1
            if kwh >= base or per_day <= 0:
                errors.append(FieldError(
                    "kwh_year", "{field}: {value} kWh/year is not less than the typical grade-3 "
                    "model ({baseline} kWh/year), so it saves nothing; only a model that uses "
                    "less earns points", {"value": f"{kwh:g}", "baseline": f"{base:g}"}))
        if errors or start is None or g is None or kwh is None:
            raise ValidationError(errors)
        return member_id, float(g), float(kwh), start, end, label or ""

    def plan(self, appliance_type: str, kwh_year: float, start: dt.date,
             end: dt.date | None = None) -> AppliancePlan:
        """Days and points that would be posted at once, up to today (for a confirmation)."""
        grid = self.factors.get()[GRID_KEY]
        per_day = calc.line_points(calc.appliance_grams_per_day(
            APPLIANCES[appliance_type].baseline_kwh_year, kwh_year, grid))
        last = min(end or FAR_FUTURE, self.today())
        days = max(0, (last - start).days + 1)
        return AppliancePlan(days, days * per_day, per_day)

    def preview(self, member: str | int, appliance_type: str, grade: Any, kwh_year: Any = None,
                in_use_from: Any = None, in_use_to: Any = None, label: str = "") -> AppliancePlan:
        _mid, _g, kwh, start, end, _label = self._validate(
            member, appliance_type, grade, kwh_year, in_use_from, in_use_to, label)
        return self.plan(appliance_type, kwh, start, end)

    # -- changing --------------------------------------------------------------
    def add(
        self,
        member: str | int,
        appliance_type: str,
        grade: Any,
        kwh_year: Any = None,
        in_use_from: Any = None,
        in_use_to: Any = None,
        label: str = "",
    ) -> Appliance:
        """An efficient appliance; a line of its saving against a grade-3 baseline is
        posted for every day in use up to today."""
        member_id, g, kwh, start, end, label = self._validate(
            member, appliance_type, grade, kwh_year, in_use_from, in_use_to, label)
        kind = APPLIANCES[appliance_type]
        grid = self.factors.get()[GRID_KEY]
        with self.tx():
            cur = self.db.execute(
                "INSERT INTO appliances(member_id, type, label, grade, kwh_year, "
                "baseline_kwh_year, baseline_source, factor_set, factor_key, factor_value, "
                "factor_unit, factor_kind, factor_source, factor_year, factor_assumption, "
                "in_use_from, in_use_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [member_id, appliance_type, label, int(g), kwh, kind.baseline_kwh_year,
                 kind.source, grid.set_id, grid.key, grid.value, grid.unit,
                 Kind(grid.kind).value, grid.source, grid.year, int(grid.assumption),
                 start.isoformat(), end.isoformat() if end else None],
            )
            appliance = self.get(int(cur.lastrowid or 0))
            self._post(appliance)
        return appliance

    def import_run(self, member_id: int, appliance_type: str, kwh_per_day: float, grid: Factor,
                   start: dt.date, end: dt.date | None) -> int:
        """An appliance rebuilt from imported daily lines (inside the caller's transaction):
        its label kWh is the baseline less the day's saving × 365, its grade the nearest
        typical one, its grid factor the lines' own; its lines are then posted as the file had
        them. Returns the lines posted."""
        from greenlife.core.factors import GRADE_RATIO

        kind = APPLIANCES[appliance_type]
        kwh = kind.baseline_kwh_year - kwh_per_day * 365
        ratio = kwh / kind.baseline_kwh_year
        grade = min(GRADE_RATIO, key=lambda g: abs(GRADE_RATIO[g] - ratio))
        cur = self.db.execute(
            "INSERT INTO appliances(member_id, type, label, grade, kwh_year, baseline_kwh_year, "
            "baseline_source, factor_set, factor_key, factor_value, factor_unit, factor_kind, "
            "factor_source, factor_year, factor_assumption, in_use_from, in_use_to) "
            "VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [member_id, appliance_type, grade, kwh, kind.baseline_kwh_year, kind.source,
             grid.set_id, grid.key, grid.value, grid.unit, Kind(grid.kind).value, grid.source,
             grid.year, int(grid.assumption), start.isoformat(), end.isoformat() if end else None])
        return self._post(self.get(int(cur.lastrowid or 0)))

    def restore(self, appliance: Appliance) -> None:
        """Put a deleted appliance back exactly as it was (undo), with its lines."""
        g = appliance.grid
        with self.tx():
            self.db.execute(
                "INSERT INTO appliances(id, member_id, type, label, grade, kwh_year, "
                "baseline_kwh_year, baseline_source, factor_set, factor_key, factor_value, "
                "factor_unit, factor_kind, factor_source, factor_year, factor_assumption, "
                "in_use_from, in_use_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [appliance.id, appliance.member_id, appliance.type, appliance.label,
                 appliance.grade, appliance.kwh_year, appliance.baseline_kwh_year,
                 appliance.baseline_source, g.set_id, g.key, g.value, g.unit, Kind(g.kind).value,
                 g.source, g.year, int(g.assumption), appliance.in_use_from.isoformat(),
                 appliance.in_use_to.isoformat() if appliance.in_use_to else None],
            )
            self._post(appliance)

    def end(self, appliance_id: int, day: Any, *, confirm: bool = False) -> Appliance:
        """No longer in use after ``day``: the lines after it are removed."""
        a = self.get(appliance_id)
        end, err = parse_date(day, FAR_FUTURE, "to")
        if err is None and end is not None and end < a.in_use_from:
            err = FieldError("to", "{field}: {value} is before the start {start}; enter a later "
                             "date", {"value": end.isoformat(), "start": a.in_use_from.isoformat()})
        if err or end is None:
            raise ValidationError([err] if err else [])
        with self.tx(), self.book.guarded({a.member_id}, end, self._name, confirm):
            self.db.execute("UPDATE appliances SET in_use_to = ? WHERE id = ?",
                            [end.isoformat(), appliance_id])
            self._post(self.get(appliance_id))
        return self.get(appliance_id)

    def reopen(self, appliance: Appliance) -> None:
        """Undo of ``end``: the appliance's end date back as it was, its lines re-posted."""
        with self.tx():
            self.db.execute("UPDATE appliances SET in_use_to = ? WHERE id = ?",
                            [appliance.in_use_to.isoformat() if appliance.in_use_to else None,
                             appliance.id])
            self._post(self.get(appliance.id))

    def update(self, appliance_id: int, grade: Any, kwh_year: Any, in_use_from: Any,
               in_use_to: Any = None, label: str = "", *, confirm: bool = False) -> Appliance:
        """Correct an appliance's grade, label kWh/year, dates or label (its member and type
        stay): its daily lines are posted again from the new figures, at the grid factor it
        was saved with. Raises OverspendError (nothing changed) when a redeemed reward would
        no longer be covered, unless ``confirm``."""
        a = self.get(appliance_id)
        _mid, g, kwh, start, end, label = self._validate(
            a.member_id, a.type, grade, kwh_year, in_use_from, in_use_to, label)
        after = replace(a, grade=int(g), kwh_year=kwh, in_use_from=start, in_use_to=end,
                        label=label)
        with self.tx(), self.book.guarded({a.member_id}, min(a.in_use_from, start), self._name,
                                          confirm):
            self._put(after)
        return self.get(appliance_id)

    def lines(self, appliance_id: int) -> list[dict[str, Any]]:
        """The appliance's ledger lines as stored (ids included), for an exact undo."""
        return [dict(r) for r in self.db.query(
            "SELECT * FROM entries WHERE appliance_id = ? ORDER BY id", [appliance_id])]

    def put(self, appliance: Appliance, lines: list[dict[str, Any]] | None = None) -> None:
        """Undo and redo of ``update``: the appliance exactly as given; with ``lines`` (from
        ``lines``) its lines as they were, ids and all, then brought up to today."""
        with self.tx():
            self._put(appliance, lines)

    def _put(self, a: Appliance, lines: list[dict[str, Any]] | None = None) -> None:
        self.db.execute(
            "UPDATE appliances SET grade = ?, kwh_year = ?, in_use_from = ?, in_use_to = ?, "
            "label = ? WHERE id = ?",
            [a.grade, a.kwh_year, a.in_use_from.isoformat(),
             a.in_use_to.isoformat() if a.in_use_to else None, a.label, a.id])
        self.db.execute("DELETE FROM entries WHERE appliance_id = ?", [a.id])
        if lines:
            cols = list(lines[0])
            self.db.conn.executemany(
                f"INSERT INTO entries({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [[line[c] for c in cols] for line in lines])
        self._post(self.get(a.id))

    def delete(self, appliance_id: int, *, confirm: bool = False) -> Appliance:
        """Remove an appliance and every line of its saving; returns it for undo."""
        a = self.get(appliance_id)
        with self.tx(), self.book.guarded({a.member_id}, a.in_use_from, self._name, confirm):
            self.db.execute("DELETE FROM entries WHERE appliance_id = ?", [appliance_id])
            self.db.execute("DELETE FROM appliances WHERE id = ?", [appliance_id])
        return a

    def use_grid(self, appliance_id: int, grid: Factor) -> None:
        """Recalculation: the appliance takes this grid factor; its lines are posted again."""
        with self.tx():
            self.db.execute(
                "UPDATE appliances SET factor_set = ?, factor_key = ?, factor_value = ?, "
                "factor_unit = ?, factor_kind = ?, factor_source = ?, factor_year = ?, "
                "factor_assumption = ? WHERE id = ?",
                [grid.set_id, grid.key, grid.value, grid.unit, Kind(grid.kind).value, grid.source,
                 grid.year, int(grid.assumption), appliance_id])
            self.db.execute("DELETE FROM entries WHERE appliance_id = ?", [appliance_id])
            self._post(self.get(appliance_id))

    def _name(self, member_id: int) -> str:
        return self.members.get(member_id).name

    # -- posting ---------------------------------------------------------------
    def post(self) -> int:
        """Bring every appliance's lines up to today; return the number of lines added or
        removed. Cheap when nothing is due."""
        if self.db.execute("SELECT 1 FROM appliances LIMIT 1").fetchone() is None:
            return 0  # nothing to post: no write transaction at all
        changed = 0
        with self.tx():  # read inside the write transaction: another connection (the UI's,
            for a in self.all():  # the worker's) may have just changed an appliance
                changed += self._post(a)
        return changed

    def _post(self, a: Appliance) -> int:
        last = min(a.in_use_to or FAR_FUTURE, self.today())
        start_s, last_s = a.in_use_from.isoformat(), last.isoformat()
        removed = self.db.execute(
            "DELETE FROM entries WHERE appliance_id = ? AND (day < ? OR day > ?)",
            [a.id, start_s, last_s]).rowcount
        if last < a.in_use_from:
            return removed
        n, lo, hi = self.db.execute(
            "SELECT count(*), min(day), max(day) FROM entries WHERE appliance_id = ?",
            [a.id]).fetchone()
        if n and lo == start_s and n == (dt.date.fromisoformat(hi) - a.in_use_from).days + 1:
            first = dt.date.fromisoformat(hi) + dt.timedelta(days=1)
        else:  # a gap (or nothing yet): post every day again
            removed += self.db.execute("DELETE FROM entries WHERE appliance_id = ?", [a.id]).rowcount
            first = a.in_use_from
        if first > last:
            return removed
        g = a.grid
        kwh = calc.appliance_kwh_per_day(a.baseline_kwh_year, a.kwh_year)
        grams = calc.line_grams("appliance", kwh, g)
        pts = calc.line_points(grams)
        fixed = [a.id, a.member_id]
        tail = [a.type, kwh, g.set_id, g.key, g.value, g.unit, Kind(g.kind).value, g.source,
                g.year, int(g.assumption), grams, pts]
        days = (last - first).days + 1
        self.db.conn.executemany(LINE_INSERT, (
            [*fixed, (first + dt.timedelta(days=i)).isoformat(), *tail] for i in range(days)))
        return removed + days

    # -- reading ---------------------------------------------------------------
    def get(self, appliance_id: int) -> Appliance:
        found = self._select("a.id = ?", [appliance_id])
        if not found:
            raise NotFoundError("No appliance with id {id}.", id=appliance_id)
        return found[0]

    def all(self, member_id: int | None = None) -> list[Appliance]:
        if member_id is None:
            return self._select("1", [])
        return self._select("a.member_id = ?", [member_id])

    def _select(self, where: str, args: list[Any]) -> list[Appliance]:
        sql = ("SELECT a.*, m.name AS member_name FROM appliances a JOIN members m ON m.id = a.member_id "
               f"WHERE {where} ORDER BY a.id")
        return [rows.appliance(r, r["member_name"]) for r in self.db.query(sql, args)]
