"""Reading the carbon book: balances, breakdowns, ledger lines, daily series.

Totals come from the ``day_totals`` and ``month_totals`` rollups that triggers
keep in step with ``entries``: whole months are read from the monthly rollup,
the edges of a period from the daily one, so a balance touches a few hundred
rows at most whatever the size of the book.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from greenlife.core import calc
from greenlife.core.models import Appliance, Balance, Category
from greenlife.core.periods import Period, bounds, split_by_months
from greenlife.store import rows

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class LedgerLine:
    day: dt.date
    member_name: str  # "" for the household
    kind: str  # "credit" or "debit"
    category: str
    description: str
    points: int  # signed: credits positive (or negative for emissions), debits negative


class BookQueries:
    db: Database

    if TYPE_CHECKING:  # provided by Store and HouseholdMixin

        def today(self) -> dt.date: ...
        def appliances(self, member_id: int | None = None) -> list[Appliance]: ...

    # -- balances -----------------------------------------------------------
    def _rollup_rows(
        self,
        member_id: int | None,
        start: dt.date | None,
        end: dt.date | None,
        category: str | None = None,
        columns: str = "category, avoided, emitted, points",
        outer: str = "category, total(avoided), total(emitted), total(points)",
        group: str = " GROUP BY category",
    ) -> list[tuple[Any, ...]]:
        """Sums over the period from the rollups: whole months monthly, edges daily."""
        member_sql = " AND member_id = ?" if member_id is not None else ""
        member_arg: list[Any] = [member_id] if member_id is not None else []
        if category:
            member_sql += " AND category = ?"
            member_arg.append(category)
        parts: list[str] = []
        args: list[Any] = []
        if start is None and end is None:
            parts.append(f"SELECT {columns} FROM month_totals WHERE 1" + member_sql)
            args += member_arg
        else:
            lo = start or dt.date(2000, 1, 1)
            hi = end or self.today()
            day_ranges, months = split_by_months(lo, hi)
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

    def rollup_count(
        self,
        member_id: int | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        category: str | None = None,
    ) -> int:
        rows_ = self._rollup_rows(member_id, start, end, category, "n", "total(n)", "")
        return int(rows_[0][0]) if rows_ else 0

    def _debits(self, member_id: int | None, start: dt.date | None, end: dt.date | None) -> int:
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
        """Points, grams and breakdown for a member (or the household) over [start, end]."""
        by_cat: dict[str, float] = {}
        pts_cat: dict[str, int] = {}
        av_cat: dict[str, float] = {}
        em_cat: dict[str, float] = {}
        avoided = emitted = 0.0
        credit = 0
        for cat, a, e, p in self._rollup_rows(member_id, start, end):
            p = int(p)
            by_cat[cat] = a - e
            pts_cat[cat] = p
            av_cat[cat] = a
            em_cat[cat] = e
            avoided += a
            emitted += e
            credit += p
        today = self.today()
        app_grams = 0.0
        app_points = 0
        for appliance in self.appliances(member_id):
            g = calc.appliance_grams(appliance, start, end, today)
            app_grams += g
            app_points += calc.points(g)
        if app_grams or app_points:
            by_cat[Category.APPLIANCE.value] = app_grams
            pts_cat[Category.APPLIANCE.value] = app_points
            if app_grams >= 0:
                avoided += app_grams
                av_cat[Category.APPLIANCE.value] = app_grams
            else:
                emitted -= app_grams
                em_cat[Category.APPLIANCE.value] = -app_grams
            credit += app_points
        for cat in Category:
            for d in (by_cat, av_cat, em_cat):
                d.setdefault(cat.value, 0.0)
            pts_cat.setdefault(cat.value, 0)
        return Balance(
            start=start, end=end, member_id=member_id, credit_points=credit,
            debit_points=self._debits(member_id, start, end), grams_avoided=avoided,
            grams_emitted=emitted, by_category=by_cat, points_by_category=pts_cat,
            avoided_by_category=av_cat, emitted_by_category=em_cat,
        )

    def balance_for(
        self, period: Period | str, day: dt.date | None = None, member_id: int | None = None
    ) -> Balance:
        start, end = bounds(period, day or self.today())
        return self.balance(member_id, start, end)

    def available_points(self, member_id: int | None) -> int:
        """All-time balance that rewards may spend; points never expire."""
        return self.balance(member_id).points

    # -- series for charts and ledgers -------------------------------------
    def daily_split(
        self, start: dt.date, end: dt.date, member_id: int | None = None
    ) -> dict[tuple[dt.date, str], tuple[float, float]]:
        """(grams avoided, grams emitted) per (day, category), appliances included."""
        sql = (
            "SELECT day, category, total(avoided), total(emitted) FROM day_totals "
            "WHERE day BETWEEN ? AND ?"
            + (" AND member_id = ?" if member_id is not None else "")
            + " GROUP BY day, category"
        )
        args: list[Any] = [start.isoformat(), end.isoformat()]
        if member_id is not None:
            args.append(member_id)
        out: dict[tuple[dt.date, str], tuple[float, float]] = {
            (dt.date.fromisoformat(d), c): (a, e) for d, c, a, e in self.db.execute(sql, args)
        }
        today = self.today()
        appliances = self.appliances(member_id)
        d = start
        while appliances and d <= end:
            g = sum(calc.appliance_grams(a, d, d, today) for a in appliances)
            if g:
                out[(d, Category.APPLIANCE.value)] = (max(g, 0.0), max(-g, 0.0))
            d += dt.timedelta(days=1)
        return out

    def ledger(
        self,
        member_id: int | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        limit: int = 500,
    ) -> list[LedgerLine]:
        """Credits (actions, per day and category) and debits (rewards), newest first."""
        w, args = rows.where("t", member_id, start, end)
        credits = self.db.execute(
            "SELECT t.day, m.name, t.category, t.n, t.points FROM day_totals t "
            f"JOIN members m ON m.id = t.member_id WHERE {w} "
            "ORDER BY t.day DESC, m.name, t.category LIMIT ?",
            [*args, limit],
        ).fetchall()
        debits = self.db.execute(
            "SELECT t.day, coalesce(m.name, ''), t.reward, t.points FROM redemptions t "
            f"LEFT JOIN members m ON m.id = t.member_id WHERE {w} "
            "ORDER BY t.day DESC, t.id DESC LIMIT ?",
            [*args, limit],
        ).fetchall()
        lines = [
            LedgerLine(dt.date.fromisoformat(d), name, "credit", cat, f"{n}", int(p))
            for d, name, cat, n, p in credits
        ] + [
            LedgerLine(dt.date.fromisoformat(d), name, "debit", "reward", reward, -int(p))
            for d, name, reward, p in debits
        ]
        lines.sort(key=lambda line: (line.day, line.kind == "credit"), reverse=True)
        return lines[:limit]

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
