"""The yearly summary: every number the PDF, CSV and JSON exports show, from the book."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from greenlife.core import calc
from greenlife.core.factors import FAMILY_SET
from greenlife.core.periods import week_start
from greenlife.reports.series import Stacked, year_by_month

if TYPE_CHECKING:
    from greenlife.store import Store


@dataclass(frozen=True)
class FactorUsed:
    key: str
    value: float
    unit: str
    kind: str
    source: str
    year: int | None
    set_id: str
    entries: int  # lines that used it (for an appliance baseline: days counted)
    assumption: bool = False
    label: str = ""  # a family's own action: the name the family gave it


@dataclass
class Totals:
    points: int  # credits, net of emissions
    avoided_g: float
    emitted_g: float
    debits: int
    by_category: dict[str, int]
    entries: int
    available_end: int = 0  # all-time balance on 31 December: what is left to spend (points never expire)
    lines: int = 0  # ledger lines of the year (actions, appliance days, redemptions)

    @property
    def balance(self) -> int:
        """The year's own net: points earned in the year less points redeemed in it."""
        return self.points - self.debits


@dataclass(frozen=True)
class ApplianceYear:
    """An appliance counted in the year, with what it takes to recompute its lines by hand."""

    type: str
    member: str
    grade: int
    kwh_year: float
    baseline_kwh_year: float
    grid_value: float
    grid_unit: str
    days: int
    points: int


@dataclass
class MemberYear:
    id: int
    name: str
    colour: str
    totals: Totals
    months: Stacked
    badges: list[tuple[dict[str, str], str, dt.date]] = field(default_factory=list)
    rewards: list[tuple[dt.date, str, int]] = field(default_factory=list)  # (day, reward, points)


@dataclass
class YearSummary:
    year: int
    household_name: str
    made_on: dt.date
    totals: Totals
    months: Stacked
    best_weeks: list[tuple[dt.date, int]]  # (Monday, points): ISO weeks of this ISO year
    members: list[MemberYear]
    badges: list[tuple[str, dict[str, str], str, dt.date]]  # (who, name, tier, date)
    redemptions: list[tuple[dt.date, str, str, int]]  # (day, who, reward, points)
    factors: list[FactorUsed]
    equivalence_list: list[calc.Equivalence] = field(default_factory=list)
    weeks_met: tuple[int, int] = (0, 0)  # (weeks the household goal was met, weeks counted)
    appliances: list[ApplianceYear] = field(default_factory=list)
    # meters with lines in the year -> the monthly baseline the family chose (None: none)
    meter_baselines: dict[str, float | None] = field(default_factory=dict)

    def equivalences(self) -> dict[str, float]:
        """Trees, km not driven, kWh: worked out with the family's current factors."""
        return {e.key: e.value for e in self.equivalence_list}


def _totals(store: Store, member_id: int | None, start: dt.date, end: dt.date) -> Totals:
    b = store.balance(member_id, start, end)
    return Totals(b.credit_points, b.grams_avoided, b.grams_emitted, b.debit_points,
                  dict(b.points_by_category), store.count_entries(member_id, start, end),
                  store.balance(member_id, None, end).points,
                  store.book.count_lines(member_id, start, end))


def _factors(store: Store, start: dt.date, end: dt.date) -> list[FactorUsed]:
    """Every factor a line of the year used (appliance lines included), and each appliance's
    baseline with the days counted, so every figure can be recomputed by hand."""
    own = {f.key: f.label for f, _archived in store.factor_book.own_actions()}
    out = [FactorUsed(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]),
                      own.get(r[0], "") if r[6] == FAMILY_SET else "")
           for r in store.book.factors_used(start, end)]
    days = store.book.appliance_days(start, end)
    for a in store.appliances():
        if a.id in days:
            out.append(FactorUsed(f"appliance.{a.type}.baseline", a.baseline_kwh_year, "kWh/year",
                                  "baseline", a.baseline_source, None, "", days[a.id][0], True))
    return sorted(out, key=lambda f: (f.key, f.value))


def best_weeks(store: Store, year: int, n: int = 5) -> list[tuple[dt.date, int]]:
    """The year's best ISO weeks from the ledger. A week that crosses New Year is counted
    whole, in the year of its Thursday (ISO 8601), so it belongs to one report only."""
    first = dt.date.fromisocalendar(year, 1, 1)
    last = dt.date.fromisocalendar(year + 1, 1, 1) - dt.timedelta(days=1)
    weeks = store.week_points(first, last)
    return sorted(((w, p) for w, p in weeks.items() if first <= w <= last),
                  key=lambda kv: (-kv[1], kv[0]))[:n]


def weeks_met(store: Store, year: int) -> tuple[int, int]:
    """ISO weeks of the year (up to today) whose points met the goal in force that week; the
    week still under way counts only once its goal is met (it has not been missed yet)."""
    first = dt.date.fromisocalendar(year, 1, 1)
    last = min(dt.date.fromisocalendar(year + 1, 1, 1) - dt.timedelta(days=1), store.today())
    weeks = store.week_points(first, last)
    counted = met = 0
    w = first
    this_week = week_start(store.today())
    while w <= last:
        goal = store.goal_in_force(w)
        reached = goal > 0 and weeks.get(w, 0) >= goal
        if w != this_week or reached:
            counted += 1
            met += reached
        w += dt.timedelta(days=7)
    return met, counted


def _appliances(store: Store, start: dt.date, end: dt.date) -> list[ApplianceYear]:
    days = store.book.appliance_days(start, end)
    return [ApplianceYear(a.type, a.member_name, a.grade, a.kwh_year, a.baseline_kwh_year,
                          a.grid.value, a.grid.unit, *days[a.id])
            for a in store.appliances() if a.id in days]


def build_summary(store: Store, year: int) -> YearSummary:
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    best = best_weeks(store, year)
    names = {m.id: m.name for m in store.members(include_archived=True)}
    members = []
    for m in store.members(include_archived=True):
        t = _totals(store, m.id, start, end)
        if not m.active and not t.lines:  # an archived member with lines in the year stays
            continue
        mine = [(b.badge.name, b.tier, b.earned_on) for b in store.earned_badges(m.id)
                if b.earned_on.year == year]
        paid = [(r.day, r.reward, r.points) for r in store.redemptions(m.id) if r.day.year == year]
        members.append(MemberYear(m.id, m.name, m.colour, t, year_by_month(store, year, m.id), mine,
                                  paid))
    badges = [(names.get(int(b.scope.split(":")[1]), "") if b.scope != "household" else "",
               b.badge.name, b.tier, b.earned_on)
              for mid in [None, *names] for b in store.earned_badges(mid) if b.earned_on.year == year]
    badges.sort(key=lambda b: b[3])
    redemptions = [(r.day, r.member_name, r.reward, r.points) for r in store.redemptions()
                   if r.day.year == year]
    totals = _totals(store, None, start, end)
    return YearSummary(
        year=year, household_name=store.setting("household_name"), made_on=store.today(),
        totals=totals, months=year_by_month(store, year),
        best_weeks=best, members=members, badges=badges, redemptions=redemptions,
        factors=_factors(store, start, end),
        equivalence_list=calc.equivalences(totals.avoided_g - totals.emitted_g, store.factors()),
        weeks_met=weeks_met(store, year), appliances=_appliances(store, start, end),
        meter_baselines={m: store.meters.baseline(m) for m in sorted(
            {meter for meter, month in store.meters.lines() if month.year == year})},
    )
