"""The household's monthly meters: readings and bills, and the ledger lines of their savings.

Each month with something to compare with becomes one line of kind 'meter' for the
household pseudo-member, category 'energy', item the meter, quantity the kWh or m³ saved
(negative: an increase, an emission), at the meter factor of the active set. Whenever a
reading changes, the meter's lines are worked out again; a month whose line already exists
keeps the factor it was counted with.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from greenlife.core import calc
from greenlife.core.errors import FieldError, NotFoundError, ValidationError
from greenlife.core.factors import METER_KEYS, METER_UNITS
from greenlife.core.meters import (
    BILL,
    METERS,
    READING,
    MonthUse,
    Problem,
    Reading,
    Saving,
    month_end,
    month_start,
    monthly_use,
    savings,
)
from greenlife.core.models import Factor, Kind
from greenlife.core.validation import EARLIEST, check_note

if TYPE_CHECKING:
    from sqlite_utils import Database

    from greenlife.store.factors import Factors
    from greenlife.store.members import Members
    from greenlife.store.settings import Settings
    from greenlife.store.transactions import Transactions

VALUE_MAX = 99_999_999
SAVED_MAX = 1_000_000  # a month's line (the ledger's CHECK on a meter line's quantity)
BASELINE_KEY = "meter_baseline.{meter}"

_INSERT = (
    "INSERT INTO entries(kind, member_id, day, category, item, quantity, unit, factor_set, "
    "factor_key, factor_value, factor_unit, factor_kind, factor_source, factor_year, "
    "factor_assumption, grams, points, note) "
    "VALUES ('meter', ?, ?, 'energy', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def number(raw: Any, field: str, errors: list[FieldError], *, required: bool = True
            ) -> float | None:
    text = "" if raw is None else str(raw).strip()
    if not text:
        if required:
            errors.append(FieldError(field, "{field}: a value is required; enter 0 to {high}",
                                     {"high": VALUE_MAX}))
        return None
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or not (0 <= value <= VALUE_MAX):
        errors.append(FieldError(field, "{field}: '{value}' is not a number from 0 to {high}",
                                 {"value": text[:20], "high": VALUE_MAX}))
        return None
    return value


class Meters:
    def __init__(self, db: Database, tx: Transactions, factors: Factors, members: Members,
                 settings: Settings, today: Callable[[], dt.date]) -> None:
        self.db = db
        self.tx = tx
        self.factors = factors
        self.members = members
        self.settings = settings
        self.today = today

    # -- readings ---------------------------------------------------------------------
    def readings(self, meter: str | None = None) -> list[Reading]:
        sql = ("SELECT meter, month, value, how, new_meter_start, old_meter_end, note "
               "FROM meter_readings")
        args: list[Any] = []
        if meter is not None:
            sql += " WHERE meter = ?"
            args.append(meter)
        return [Reading(m, dt.date.fromisoformat(mo + "-01"), v, how, ns, oe, note)
                for m, mo, v, how, ns, oe, note in self.db.execute(sql + " ORDER BY meter, month",
                                                                   args)]

    def reading(self, meter: str, month: dt.date) -> Reading | None:
        return next((r for r in self.readings(meter) if r.month == month_start(month)), None)

    def check(self, meter: Any, month: Any, value: Any, how: Any = READING,
              new_meter_start: Any = None, old_meter_end: Any = None, note: Any = "") -> Reading:
        """A reading as typed, or ValidationError naming each bad field."""
        errors: list[FieldError] = []
        if meter not in METERS:
            errors.append(FieldError("meter", "{field}: '{value}' must be one of: {known}",
                                     {"value": str(meter)[:20], "known": ", ".join(METERS)}))
        if how not in (READING, BILL):
            errors.append(FieldError("how", "{field}: '{value}' must be reading or bill",
                                     {"value": str(how)[:20]}))
        first: dt.date | None = None
        if isinstance(month, dt.date):
            first = month_start(month)
        else:
            try:
                first = dt.date.fromisoformat(str(month).strip()[:7] + "-01")
            except ValueError:
                errors.append(FieldError("month", "{field}: '{value}' is not a month; use YYYY-MM",
                                         {"value": str(month)[:20]}))
        this_month = month_start(self.today())
        if first is not None and not (EARLIEST <= first < this_month):
            errors.append(FieldError(
                "month", "{field}: {value} is not over yet or too early; enter a month from "
                         "{low} to {high}",
                {"value": first.isoformat()[:7], "low": EARLIEST.isoformat()[:7],
                 "high": (this_month - dt.timedelta(days=1)).isoformat()[:7]}))
        amount = number(value, "value", errors)
        start = number(new_meter_start, "new_meter_start", errors, required=False)
        end = number(old_meter_end, "old_meter_end", errors, required=False)
        if how == BILL and (start is not None or end is not None):
            errors.append(FieldError("how", "{field}: a bill gives the amount used; a new meter "
                                     "is entered with a reading", {}))
        text, err = check_note(note)
        if err:
            errors.append(err)
        if errors or first is None or amount is None:
            raise ValidationError(errors)
        return Reading(str(meter), first, amount, str(how), start, end, text)

    def problems_with(self, r: Reading) -> list[Problem]:
        """What saving this reading would leave a month unworked (a lower index)."""
        others = [x for x in self.readings(r.meter) if x.month != r.month]
        _uses, problems = monthly_use([*others, r])
        return problems

    def save(self, r: Reading) -> tuple[Reading | None, int]:
        """Store one month of one meter (replacing what the month had) and work the meter's
        lines out again. Returns what the month had before (for undo) and the lines changed.
        A reading lower than the one before, without a new meter, is refused."""
        problems = self.problems_with(r)
        if problems:
            p = problems[0]
            raise ValidationError([FieldError(
                "value", "{field}: the meter would have run backwards by {value} before "
                         "{month}; if the meter was replaced, give the new meter's first reading",
                {"value": f"{-p.used:g}", "month": p.month.isoformat()[:7]})])
        before = self.reading(r.meter, r.month)
        with self.tx():
            self._write(r)
            changed = self.post(r.meter)
        return before, changed

    def _write(self, r: Reading) -> None:
        self.db.execute(
            "INSERT INTO meter_readings(meter, month, how, value, new_meter_start, old_meter_end, "
            "note) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(meter, month) DO UPDATE SET "
            "how = excluded.how, value = excluded.value, new_meter_start = excluded.new_meter_start, "
            "old_meter_end = excluded.old_meter_end, note = excluded.note",
            [r.meter, r.month.isoformat()[:7], r.how, r.value, r.new_meter_start, r.old_meter_end,
             r.note])

    def delete(self, meter: str, month: dt.date) -> Reading:
        """Remove one month of one meter; its lines are worked out again."""
        gone = self.reading(meter, month)
        if gone is None:
            raise NotFoundError("No reading of {id}.", id=f"{meter} {month.isoformat()[:7]}")
        with self.tx():
            span = self._span(meter)
            self.db.execute("DELETE FROM meter_readings WHERE meter = ? AND month = ?",
                            [meter, month_start(month).isoformat()[:7]])
            self.post(meter, also=span)
        return gone

    def put(self, meter: str, month: dt.date, r: Reading | None,
            lines: list[dict[str, Any]] | None = None) -> None:
        """A month exactly as it was (undo): the reading back, or none; with ``lines`` (what
        ``line_rows`` gave), the meter's lines become exactly those, ids and all, else they
        are worked out again."""
        with self.tx():
            span = self._span(meter)
            if r is None:
                self.db.execute("DELETE FROM meter_readings WHERE meter = ? AND month = ?",
                                [meter, month_start(month).isoformat()[:7]])
            else:
                self._write(r)
            if lines is None:
                self.post(meter, also=span)
            else:
                self.put_lines(meter, lines)

    def line_rows(self, meter: str) -> list[dict[str, Any]]:
        """The meter's lines whole (every column), for ``put_lines``."""
        cur = self.db.execute("SELECT * FROM entries WHERE kind = 'meter' AND item = ? "
                              "ORDER BY id", [meter])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur]

    def put_lines(self, meter: str, lines: list[dict[str, Any]]) -> None:
        """The meter's lines exactly as ``line_rows`` took them (undo and redo keep ids)."""
        with self.tx():
            self.db.execute("DELETE FROM entries WHERE kind = 'meter' AND item = ?", [meter])
            if lines:
                cols = list(lines[0])
                self.db.conn.executemany(
                    f"INSERT INTO entries({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    [[r[c] for c in cols] for r in lines])

    def put_imported(self, readings: list[Reading], baselines: dict[str, float]) -> None:
        """Readings and baselines an import brought, written as they are: the file carries
        their lines, so nothing is worked out again."""
        with self.tx():
            for r in readings:
                self._write(r)
            for meter, value in baselines.items():
                self.settings.set(BASELINE_KEY.format(meter=meter), repr(value))

    def remove_imported(self, readings: list[Reading], baselines: dict[str, float]) -> None:
        """Undo of ``put_imported`` (the lines go with the import's own undo)."""
        with self.tx():
            for r in readings:
                self.db.execute("DELETE FROM meter_readings WHERE meter = ? AND month = ?",
                                [r.meter, r.month.isoformat()[:7]])
            for meter in baselines:
                self.settings.set(BASELINE_KEY.format(meter=meter), "")

    # -- the baseline of the first year -----------------------------------------------
    def baseline(self, meter: str) -> float | None:
        text = self.settings.get(BASELINE_KEY.format(meter=meter))
        return float(text) if text else None

    def set_baseline(self, meter: str, value: Any) -> float | None:
        """The monthly use the first year's months are compared with (None: no baseline)."""
        errors: list[FieldError] = []
        amount = number(value, "baseline", errors, required=False)
        if errors:
            raise ValidationError(errors)
        with self.tx():
            self.settings.set(BASELINE_KEY.format(meter=meter),
                              "" if amount is None else repr(amount))
            self.post(meter)
        return amount

    def put_baseline(self, meter: str, value: float | None, lines: list[dict[str, Any]]) -> None:
        """A baseline and the meter's lines exactly as they were (undo and redo)."""
        with self.tx():
            self.settings.set(BASELINE_KEY.format(meter=meter),
                              "" if value is None else repr(value))
            self.put_lines(meter, lines)

    # -- lines --------------------------------------------------------------------------
    def savings(self, meter: str) -> list[Saving]:
        return savings(meter, self.readings(meter), self.baseline(meter), before=self.today())

    def uses(self, meter: str) -> dict[dt.date, MonthUse]:
        return monthly_use(self.readings(meter))[0]

    def _span(self, meter: str) -> tuple[dt.date, dt.date] | None:
        """The first and last month of the meter's readings (None: no reading)."""
        lo, hi = self.db.execute("SELECT min(month), max(month) FROM meter_readings "
                                 "WHERE meter = ?", [meter]).fetchone()
        if lo is None:
            return None
        return dt.date.fromisoformat(lo + "-01"), dt.date.fromisoformat(hi + "-01")

    def post(self, meter: str, also: tuple[dt.date, dt.date] | None = None) -> int:
        """Work a meter's lines out again; return the number of lines added or removed. A
        month whose use differs from its comparison by more than a line can hold is refused
        (inside the caller's transaction: nothing is written)."""
        wanted = {s.month: s for s in self.savings(meter) if s.saved != 0}
        too_big = [w for w in wanted.values() if abs(w.saved) > SAVED_MAX]
        if too_big:
            raise ValidationError([FieldError(
                "value", "{field}: {month} would differ from its comparison by {value} — "
                         "more than a household uses; check the reading or the baseline",
                {"month": too_big[0].month.isoformat()[:7],
                 "value": f"{abs(too_big[0].saved):,.0f}"})])
        existing = {dt.date.fromisoformat(day).replace(day=1): (eid, qty, key, fset, value, unit,
                                                                kind, source, year, assumed)
                    for eid, day, qty, key, fset, value, unit, kind, source, year, assumed
                    in self.db.execute(
                        "SELECT id, day, quantity, factor_key, factor_set, factor_value, "
                        "factor_unit, factor_kind, factor_source, factor_year, factor_assumption "
                        "FROM entries WHERE kind = 'meter' AND item = ?", [meter])}
        # only the months the readings span (before this change too: ``also``) are the
        # readings' to work out; a line outside them came from elsewhere (an imported book
        # carries its meter lines, not its readings) and is kept
        spans = [s for s in (self._span(meter), also) if s is not None]
        existing = {m: v for m, v in existing.items() if any(a <= m <= b for a, b in spans)}
        if not wanted and not existing:
            return 0
        current = self.factors.get().get(METER_KEYS[meter])
        household = self.members.household().id if wanted else 0
        changed = 0
        with self.tx():
            for month, old in existing.items():
                s = wanted.get(month)
                if s is None or not math.isclose(old[1], s.saved, abs_tol=1e-9):
                    self.db.execute("DELETE FROM entries WHERE id = ?", [old[0]])
                    changed += 1
                    if s is None:
                        continue
                    factor = Factor(old[2], old[4], old[5], Kind(old[6]), old[7], old[8],
                                    set_id=old[3], assumption=bool(old[9]))
                    self._insert(household, s, factor)
                    changed += 1
            for month, s in wanted.items():
                if month in existing or current is None:
                    continue
                self._insert(household, s, current)
                changed += 1
        return changed

    def _insert(self, member_id: int, s: Saving, f: Factor) -> None:
        g = calc.line_grams("energy", s.saved, f)
        self.db.execute(_INSERT, [
            member_id, month_end(s.month).isoformat(), s.meter, s.saved, METER_UNITS[s.meter],
            f.set_id, f.key, f.value, f.unit, Kind(f.kind).value, f.source, f.year,
            int(f.assumption), g, calc.line_points(g), ""])

    def lines(self) -> dict[tuple[str, dt.date], tuple[float, int]]:
        """(meter, month) -> (grams, points) of the meter lines in the book."""
        return {(item, dt.date.fromisoformat(day).replace(day=1)): (g, p) for item, day, g, p in
                self.db.execute("SELECT item, day, grams, points FROM entries WHERE kind = 'meter'")}
