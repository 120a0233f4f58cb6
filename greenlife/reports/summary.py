"""The yearly summary: every number the PDF, CSV and JSON exports show, from the book."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from greenlife.core import calc
from greenlife.core.periods import week_start
from greenlife.reports.series import Stacked, year_by_month

if TYPE_CHECKING:
    from greenlife.store import Store

G_PER_KWH = 530.6  # China grid 2023, MEE & NBS


@dataclass(frozen=True)
class FactorUsed:
    key: str
    value: float
    unit: str
    kind: str
    source: str
    year: int | None
    set_id: str
    entries: int


@dataclass
class Totals:
    points: int  # credits, net of emissions
    avoided_g: float
    emitted_g: float
    debits: int
    by_category: dict[str, int]
    entries: int

    @property
    def balance(self) -> int:
        return self.points - self.debits


@dataclass
class MemberYear:
    id: int
    name: str
    colour: str
    totals: Totals
    months: Stacked
    badges: list[tuple[dict[str, str], str, dt.date]] = field(default_factory=list)


@dataclass
class YearSummary:
    year: int
    household_name: str
    made_on: dt.date
    totals: Totals
    months: Stacked
    best_weeks: list[tuple[dt.date, int]]
    members: list[MemberYear]
    badges: list[tuple[str, dict[str, str], str, dt.date]]  # (who, name, tier, date)
    redemptions: list[tuple[dt.date, str, str, int]]  # (day, who, reward, points)
    factors: list[FactorUsed]

    def equivalences(self) -> dict[str, float]:
        net = max(0.0, self.totals.avoided_g - self.totals.emitted_g)
        return {"trees": net / calc.GRAMS_PER_TREE, "km": net / calc.PETROL_G_PER_KM,
                "kwh": net / G_PER_KWH}


def _totals(store: Store, member_id: int | None, start: dt.date, end: dt.date) -> Totals:
    b = store.balance(member_id, start, end)
    return Totals(b.credit_points, b.grams_avoided, b.grams_emitted, b.debit_points,
                  dict(b.points_by_category), store.count_entries(member_id, start, end))


def _factors(store: Store, start: dt.date, end: dt.date) -> list[FactorUsed]:
    rows = store.db.execute(
        "SELECT factor_key, factor_value, factor_unit, factor_kind, factor_source, factor_year, "
        "factor_set, count(*) FROM entries WHERE day BETWEEN ? AND ? GROUP BY factor_key, "
        "factor_value, factor_unit, factor_kind, factor_source, factor_year, factor_set "
        "ORDER BY factor_key, factor_value", [start.isoformat(), end.isoformat()]).fetchall()
    out = [FactorUsed(*r) for r in rows]
    today = store.today()
    for a in store.appliances():
        if calc.appliance_grams(a, start, end, today):
            g = a.grid
            out.append(FactorUsed(g.key, g.value, g.unit, g.kind.value, g.source, g.year, g.set_id, 0))
            out.append(FactorUsed(f"appliance.{a.type}.baseline", a.baseline_kwh_year, "kWh/year",
                                  "baseline", a.baseline_source, None, "", 0))
    unique: dict[tuple[Any, ...], FactorUsed] = {}
    for f in out:
        k = (f.key, f.value, f.unit, f.kind, f.source, f.year, f.set_id)
        unique[k] = FactorUsed(*k, entries=unique[k].entries + f.entries) if k in unique else f
    return sorted(unique.values(), key=lambda f: (f.key, f.value))


def build_summary(store: Store, year: int) -> YearSummary:
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    weeks: dict[dt.date, int] = {}
    for day, pts in store.db.execute(
            "SELECT day, total(points) FROM day_totals WHERE day BETWEEN ? AND ? GROUP BY day",
            [start.isoformat(), end.isoformat()]):
        w = week_start(dt.date.fromisoformat(day))
        weeks[w] = weeks.get(w, 0) + int(pts)
    best = sorted(weeks.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    names = {m.id: m.name for m in store.members(include_archived=True)}
    members = []
    for m in store.members(include_archived=True):
        t = _totals(store, m.id, start, end)
        if not m.active and not t.entries:
            continue
        badges = [(b.badge.name, b.tier, b.earned_on) for b in store.earned_badges(m.id)
                  if b.earned_on.year == year]
        members.append(MemberYear(m.id, m.name, m.colour, t, year_by_month(store, year, m.id), badges))
    badges = [(names.get(int(b.scope.split(":")[1]), "") if b.scope != "household" else "",
               b.badge.name, b.tier, b.earned_on)
              for mid in [None, *names] for b in store.earned_badges(mid) if b.earned_on.year == year]
    badges.sort(key=lambda b: b[3])
    redemptions = [(r.day, r.member_name, r.reward, r.points) for r in store.redemptions()
                   if r.day.year == year]
    return YearSummary(
        year=year, household_name=store.setting("household_name"), made_on=store.today(),
        totals=_totals(store, None, start, end), months=year_by_month(store, year),
        best_weeks=best, members=members, badges=badges, redemptions=redemptions,
        factors=_factors(store, start, end),
    )
