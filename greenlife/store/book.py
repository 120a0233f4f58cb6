"""Reading the carbon book: balances, breakdowns, ledger lines, series; every figure a sum
of ledger lines.

Totals come from the ``day_totals`` and ``month_totals`` rollups that triggers keep in
step with the lines (``entries``): whole months are read from the monthly rollup, the
edges of a period from the daily one, so a balance touches a few hundred rows at most
whatever the size of the book. Redemptions are the debit lines.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from greenlife.core.ledger import OverspendError
from greenlife.core.models import Balance, Category
from greenlife.core.periods import Period, bounds, split_by_months, week_start
from greenlife.store import rows

if TYPE_CHECKING:
    from sqlite_utils import Database

ACTION_CATEGORIES = ("commute", "waste", "food")


@dataclass(frozen=True)
class LedgerLine:
    """One line of the book: an action, a day of an appliance's saving, or a redemption."""

    day: dt.date
    member_name: str  # "" for the household
    kind: str  # "action", "appliance" or "redemption"
    category: str  # commute, waste, food, appliance, or "reward"
    description: str  # the item (subway, air_conditioner) or the reward's name
    points: int  # signed: savings positive, emissions and redemptions negative
    quantity: float = 0.0
    unit: str = ""
    grams: float = 0.0
    factor_key: str = ""
    factor_value: float = 0.0
    factor_unit: str = ""
    factor_source: str = ""
    factor_year: int | None = None
    factor_set: str = ""
    assumption: bool = False
    member_id: int | None = None
    ref: int = 0  # id of the entry or redemption


class Book:
    def __init__(self, db: Database, today: Callable[[], dt.date]) -> None:
        self.db = db
        self.today = today

    # -- sums from the rollups ------------------------------------------------
    def _rollup_rows(
        self,
        member_id: int | None,
        start: dt.date | None,
        end: dt.date | None,
        category: str | None = None,
        columns: str = "category, avoided, emitted, points, plus, minus",
        outer: str = "category, total(avoided), total(emitted), total(points), total(plus), "
                     "total(minus)",
        group: str = " GROUP BY category",
        actions_only: bool = False,
    ) -> list[tuple[Any, ...]]:
        """Sums over the period from the rollups: whole months monthly, edges daily."""
        member_sql = " AND member_id = ?" if member_id is not None else ""
        member_arg: list[Any] = [member_id] if member_id is not None else []
        if category:
            member_sql += " AND category = ?"
            member_arg.append(category)
        elif actions_only:
            member_sql += " AND category <> 'appliance'"
        parts: list[str] = []
        args: list[Any] = []
        if start is None and end is None:
            parts.append(f"SELECT {columns} FROM month_totals WHERE 1" + member_sql)
            args += member_arg
        else:
            lo = start or dt.date(1900, 1, 1)
            hi = end or dt.date(2999, 12, 31)
            day_ranges, months = ([(lo, hi)], []) if (hi - lo).days < 62 else split_by_months(lo, hi)
            for a, b in day_ranges:
                parts.append(
                    f"SELECT {columns} FROM day_totals WHERE day BETWEEN ? AND ?" + member_sql
                )
                args += [a.isoformat(), b.isoformat(), *member_arg]
            if months:
                parts.append(
                    f"SELECT {columns} FROM month_totals WHERE month BETWEEN ? AND ?" + member_sql
                )
                args += [months[0], months[-1], *member_arg]
        if not parts:
            return []
        sql = f"SELECT {outer} FROM (" + " UNION ALL ".join(parts) + ")" + group
        return self.db.execute(sql, args).fetchall()

    def count_actions(
        self,
        member_id: int | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        category: str | None = None,
    ) -> int:
        """Entries the family logged (not appliance lines) matching a filter, from the rollups."""
        outer = "total(n)"
        if category in (None, "", "energy"):  # a meter's months share 'energy' with solar:
            # counted out in the same statement (a partial index holds the few meter lines);
            # the filter's values are an int and ISO dates, written into the SQL as such
            meter = ["kind = 'meter'"]
            if member_id is not None:
                meter.append(f"member_id = {int(member_id)}")
            if start is not None:
                meter.append(f"day >= '{dt.date.fromordinal(start.toordinal()).isoformat()}'")
            if end is not None:
                meter.append(f"day <= '{dt.date.fromordinal(end.toordinal()).isoformat()}'")
            outer += (" - (SELECT count(*) FROM entries INDEXED BY entries_meter_day WHERE "
                      f"{' AND '.join(meter)})")
        rows_ = self._rollup_rows(member_id, start, end, category, "n", outer, "",
                                  actions_only=True)
        return int(rows_[0][0] or 0) if rows_ else 0

    def debits(self, member_id: int | None, start: dt.date | None, end: dt.date | None) -> int:
        w, args = rows.where("", member_id, start, end)
        row = self.db.execute(
            f"SELECT total(points) FROM redemptions WHERE {w}", args
        ).fetchone()
        return int(row[0])

    def balance(
        self,
        member_id: int | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
    ) -> Balance:
        """Points, grams and breakdown for a member (or the household) over [start, end]:
        sums of the ledger's lines, nothing recomputed."""
        by_cat: dict[str, float] = {}
        pts_cat: dict[str, int] = {}
        av_cat: dict[str, float] = {}
        em_cat: dict[str, float] = {}
        plus_cat: dict[str, int] = {}
        minus_cat: dict[str, int] = {}
        avoided = emitted = 0.0
        credit = 0
        for cat, a, e, p, plus, minus in self._rollup_rows(member_id, start, end):
            by_cat[cat] = a - e
            pts_cat[cat] = int(p)
            av_cat[cat] = a
            em_cat[cat] = e
            plus_cat[cat] = int(plus)
            minus_cat[cat] = int(minus)
            avoided += a
            emitted += e
            credit += int(p)
        for cat in Category:
            for d in (by_cat, av_cat, em_cat):
                d.setdefault(cat.value, 0.0)
            for di in (pts_cat, plus_cat, minus_cat):
                di.setdefault(cat.value, 0)
        return Balance(
            start=start, end=end, member_id=member_id, credit_points=credit,
            debit_points=self.debits(member_id, start, end), grams_avoided=avoided,
            grams_emitted=emitted, by_category=by_cat, points_by_category=pts_cat,
            avoided_by_category=av_cat, emitted_by_category=em_cat,
            plus_by_category=plus_cat, minus_by_category=minus_cat,
        )

    def balance_for(
        self, period: Period | str, day: dt.date | None = None, member_id: int | None = None
    ) -> Balance:
        start, end = bounds(period, day or self.today())
        return self.balance(member_id, start, end)

    def member_week_points(self, start: dt.date, end: dt.date) -> dict[tuple[int, dt.date], int]:
        """Points per (member, ISO week's Monday) over [start, end], every member at once."""
        weeks: dict[tuple[int, dt.date], int] = {}
        for mid, day, pts in self.db.execute(
                "SELECT member_id, day, total(points) FROM day_totals WHERE day BETWEEN ? AND ? "
                "GROUP BY member_id, day", [start.isoformat(), end.isoformat()]):
            key = (int(mid), week_start(dt.date.fromisoformat(day)))
            weeks[key] = weeks.get(key, 0) + int(pts)
        return weeks

    def credit_by_member(self, start: dt.date, end: dt.date) -> dict[int, int]:
        """Points each member's lines earned over [start, end] (the household pseudo-member's
        too): every member at once, one query of the daily rollup."""
        return {int(mid): int(p) for mid, p in self.db.execute(
            "SELECT member_id, total(points) FROM day_totals WHERE day BETWEEN ? AND ? "
            "GROUP BY member_id", [start.isoformat(), end.isoformat()])}

    def avoided_by_member(self) -> dict[int, float]:
        """Grams of CO2 avoided per member, all time: the sum of the positive lines (actions
        and appliance days), read from the monthly rollup."""
        return {int(mid): float(g) for mid, g in self.db.execute(
            "SELECT member_id, total(avoided) FROM month_totals GROUP BY member_id")}

    def green_days(self, member_id: int, start: dt.date, end: dt.date) -> set[dt.date]:
        """Days on which a member logged something green: an action line that avoided CO2
        (an appliance's daily line is posted by itself and does not count)."""
        return {dt.date.fromisoformat(d) for (d,) in self.db.execute(
            "SELECT DISTINCT day FROM day_totals WHERE member_id = ? AND day BETWEEN ? AND ? "
            "AND category <> 'appliance' AND avoided > 0", [member_id, start.isoformat(),
                                                             end.isoformat()])}

    def available_points(self, member_id: int | None) -> int:
        """All-time balance that rewards may spend; points never expire. The sum of every
        line less every redemption (one read of the monthly rollup)."""
        who = "" if member_id is None else " WHERE member_id = ?"
        args = [] if member_id is None else [member_id, member_id]
        row = self.db.execute(
            f"SELECT (SELECT total(points) FROM month_totals{who}) - "
            f"(SELECT total(points) FROM redemptions{who})", args).fetchone()
        return int(row[0])

    # -- series ---------------------------------------------------------------
    def daily_points(
        self, start: dt.date, end: dt.date, member_id: int | None = None
    ) -> dict[tuple[dt.date, str], tuple[int, int]]:
        """(points of saving lines, points of emission lines <= 0) per (day, category)."""
        sql = (
            "SELECT day, category, total(plus), total(minus) FROM day_totals "
            "WHERE day BETWEEN ? AND ?"
            + (" AND member_id = ?" if member_id is not None else "")
            + " GROUP BY day, category"
        )
        args: list[Any] = [start.isoformat(), end.isoformat()]
        if member_id is not None:
            args.append(member_id)
        return {(dt.date.fromisoformat(d), c): (int(p), int(m))
                for d, c, p, m in self.db.execute(sql, args)}

    def week_points(self, start: dt.date | None = None, end: dt.date | None = None,
                    member_id: int | None = None) -> dict[dt.date, int]:
        """Points earned per ISO week (Monday -> points), whole weeks even across New Year."""
        lo = week_start(start) if start else None
        hi = week_start(end) + dt.timedelta(days=6) if end else None
        w, args = rows.where("", member_id, lo, hi)
        weeks: dict[dt.date, int] = {}
        for day, pts in self.db.execute(
                f"SELECT day, total(points) FROM day_totals WHERE {w} GROUP BY day", args):
            k = week_start(dt.date.fromisoformat(day))
            weeks[k] = weeks.get(k, 0) + int(pts)
        return weeks

    # -- lines ----------------------------------------------------------------
    def lines(
        self,
        member_id: int | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        limit: int | None = 500,
        offset: int = 0,
    ) -> list[LedgerLine]:
        """Every line of the book in the period, newest first: actions, appliance days,
        redemptions."""
        w, args = rows.where("l", member_id, start, end)
        sql = (
            "SELECT l.day, coalesce(m.name, ''), l.kind, l.category, l.item, l.points, "
            "l.quantity, l.unit, l.grams, l.factor_key, l.factor_value, l.factor_unit, "
            "l.factor_source, l.factor_year, l.factor_set, l.factor_assumption, l.member_id, "
            "l.id FROM ledger_lines l LEFT JOIN members m ON m.id = l.member_id "
            f"WHERE {w} ORDER BY l.day DESC, l.kind = 'redemption', l.id DESC"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return [LedgerLine(dt.date.fromisoformat(r[0]), r[1], r[2], r[3], r[4], int(r[5]),
                           r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13], r[14],
                           bool(r[15]), r[16], r[17])
                for r in self.db.execute(sql, args)]

    def count_lines(self, member_id: int | None = None, start: dt.date | None = None,
                    end: dt.date | None = None) -> int:
        rows_ = self._rollup_rows(member_id, start, end, None, "n", "total(n)", "")
        w, args = rows.where("", member_id, start, end)
        debits = self.db.execute(f"SELECT count(*) FROM redemptions WHERE {w}", args).fetchone()
        return (int(rows_[0][0]) if rows_ else 0) + int(debits[0])

    def export_rows(self, start: dt.date, end: dt.date) -> Iterator[tuple[Any, ...]]:
        """Every line in [start, end], oldest first, as the yearly CSV/JSON list them:
        (id, day, member, kind, category, item, quantity, unit, factor_set, factor_key,
        factor_value, factor_unit, factor_kind, factor_source, factor_year, factor_assumption,
        grams, points, note); a redemption's factor columns and grams are None."""
        sql = (
            "SELECT l.id, l.day, coalesce(m.name, ''), l.kind, l.category, l.item, l.quantity, "
            "l.unit, l.factor_set, l.factor_key, l.factor_value, l.factor_unit, l.factor_kind, "
            "l.factor_source, l.factor_year, l.factor_assumption, l.grams, l.points, l.note "
            "FROM ledger_lines l LEFT JOIN members m ON m.id = l.member_id "
            "WHERE l.day BETWEEN ? AND ? ORDER BY l.day, l.kind = 'redemption', l.id"
        )
        for row in self.db.execute(sql, [start.isoformat(), end.isoformat()]):
            if row[3] == "redemption":
                row = (*row[:8], *([None] * 9), row[17], row[18])
            yield row

    def factors_used(self, start: dt.date, end: dt.date) -> list[tuple[Any, ...]]:
        """Each factor the lines in [start, end] used: (key, value, unit, kind, source, year,
        set, lines, assumption)."""
        return self.db.execute(
            "SELECT factor_key, factor_value, factor_unit, factor_kind, factor_source, factor_year, "
            "factor_set, count(*), max(factor_assumption) FROM entries WHERE day BETWEEN ? AND ? "
            "GROUP BY factor_key, factor_value, factor_unit, factor_kind, factor_source, "
            "factor_year, factor_set ORDER BY factor_key, factor_value",
            [start.isoformat(), end.isoformat()]).fetchall()

    def appliance_days(self, start: dt.date, end: dt.date,
                       appliance_id: int | None = None) -> dict[int, tuple[int, int]]:
        """Appliance id -> (days with a line, points) in [start, end]."""
        extra, args = ("AND appliance_id = ? ", [appliance_id]) if appliance_id is not None else ("", [])
        return {a: (int(n), int(p)) for a, n, p in self.db.execute(
            "SELECT appliance_id, count(*), total(points) FROM entries WHERE appliance_id IS NOT NULL "
            f"AND day BETWEEN ? AND ? {extra}GROUP BY appliance_id",
            [start.isoformat(), end.isoformat(), *args])}

    def redemptions(self, member_id: int | None = None) -> list[Any]:
        sql = (
            "SELECT r.id, r.member_id, r.day, r.points, r.reward, m.name FROM redemptions r "
            "LEFT JOIN members m ON m.id = r.member_id"
        )
        args: list[Any] = []
        if member_id is not None:
            sql += " WHERE r.member_id = ?"
            args.append(member_id)
        return [rows.redemption(r) for r in self.db.execute(sql + " ORDER BY r.day, r.id", args)]

    # -- the rule that a balance never goes below zero --------------------------
    def lowest_balance(self, member_id: int | None, from_day: dt.date) -> tuple[int, dt.date]:
        """The lowest all-time balance on ``from_day`` or any later day with a movement:
        (balance, day). A member's balance is their lines less their redemptions; the
        household's is every line less every redemption."""
        member_sql = " WHERE member_id = ?" if member_id is not None else ""
        args: list[Any] = [member_id] * 2 if member_id is not None else []
        sql = (
            "WITH moves AS (SELECT day, points FROM day_totals" + member_sql +
            " UNION ALL SELECT day, -points FROM redemptions" + member_sql + "), "
            "daily AS (SELECT day, sum(points) AS p FROM moves GROUP BY day), "
            "running AS (SELECT day, sum(p) OVER (ORDER BY day) AS bal FROM daily) "
            "SELECT bal, day FROM running WHERE day >= ? ORDER BY bal, day LIMIT 1"
        )
        row = self.db.execute(sql, [*args, from_day.isoformat()]).fetchone()
        if row is None:
            return self.balance(member_id, None, from_day).points, from_day
        return int(row[0]), dt.date.fromisoformat(row[1])

    @contextlib.contextmanager
    def guarded(self, member_ids: set[int | None], from_day: dt.date,
                names: Callable[[int], str], confirm: bool = False) -> Iterator[None]:
        """Around a change inside a transaction: raise OverspendError when it leaves a
        balance (these members' or the household's) lower than before and below zero on
        ``from_day`` or a later day, while rewards were redeemed from that balance.
        Emissions alone may take a balance below zero; that is shown, not refused."""
        scopes = sorted(member_ids | {None}, key=lambda m: 1 << 62 if m is None else m)
        before = {} if confirm else {
            who: self.lowest_balance(who, from_day)[0] for who in scopes if self._spent(who)}
        yield
        for who, low_before in before.items():
            low, day = self.lowest_balance(who, from_day)
            if low < 0 and low < low_before:
                raise OverspendError("the household" if who is None else names(who), day, low, who)

    def _spent(self, member_id: int | None) -> bool:
        sql = "SELECT 1 FROM redemptions" + (" WHERE member_id = ?" if member_id is not None else "")
        return self.db.execute(sql + " LIMIT 1", [member_id] if member_id is not None else []
                               ).fetchone() is not None
