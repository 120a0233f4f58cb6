"""The numbers behind each chart, computed from the book (no Qt, no matplotlib)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from greenlife.core.periods import week_start
from greenlife.reports.style import CATEGORY_ORDER

if TYPE_CHECKING:
    from greenlife.store import Store


@dataclass(frozen=True)
class Stacked:
    """Per slot (day or month) and category: points earned (``values``, positive) and
    emissions (``emissions``, negative), so emissions show below zero, never netted away."""

    slots: list[dt.date]
    values: dict[str, list[int]] = field(default_factory=dict)
    emissions: dict[str, list[int]] = field(default_factory=dict)

    def totals(self) -> list[int]:
        return [sum(v[i] for v in (*self.values.values(), *self.emissions.values()))
                for i in range(len(self.slots))]


@dataclass(frozen=True)
class MemberBar:
    name: str
    colour: str
    points: int


@dataclass(frozen=True)
class WeekPoint:
    start: dt.date
    points: int
    goal: int


def week_by_day(store: Store, day: dt.date, member_id: int | None = None) -> Stacked:
    """Points of the ISO week's lines per day: saving lines above zero, emission lines below."""
    start = week_start(day)
    days = [start + dt.timedelta(days=i) for i in range(7)]
    split = store.daily_points(days[0], days[-1], member_id)
    values = {c: [split.get((d, c), (0, 0))[0] for d in days] for c in CATEGORY_ORDER}
    emissions = {c: [split.get((d, c), (0, 0))[1] for d in days] for c in CATEGORY_ORDER}
    return Stacked(days, values, emissions)


def members_week(store: Store, day: dt.date) -> list[MemberBar]:
    start = week_start(day)
    end = start + dt.timedelta(days=6)
    bars = []
    for m in store.members(include_archived=True):
        b = store.balance(m.id, start, end)
        if m.active or b.credit_points:  # archived members appear only in weeks they logged
            bars.append(MemberBar(m.name, m.colour, b.credit_points))
    return bars


def last_weeks(store: Store, day: dt.date, member_id: int | None = None, n: int = 12
               ) -> list[WeekPoint]:
    """Points earned in the n weeks ending with the week of ``day`` (oldest first), each
    with the goal that was in force that week (the goal history, as Home uses it)."""
    last = week_start(day)
    first = last - dt.timedelta(weeks=n - 1)
    weeks = store.week_points(first, last, member_id)
    out = []
    for k in range(n - 1, -1, -1):
        start = last - dt.timedelta(weeks=k)
        out.append(WeekPoint(start, weeks.get(start, 0), store.goal_in_force(start, member_id)))
    return out


def year_by_month(store: Store, year: int, member_id: int | None = None) -> Stacked:
    months = [dt.date(year, m, 1) for m in range(1, 13)]
    values: dict[str, list[int]] = {c: [] for c in CATEGORY_ORDER}
    emissions: dict[str, list[int]] = {c: [] for c in CATEGORY_ORDER}
    for m in months:
        end = m.replace(day=calendar.monthrange(year, m.month)[1])
        b = store.balance(member_id, m, end)
        for c in CATEGORY_ORDER:
            values[c].append(b.plus_by_category.get(c, 0))
            emissions[c].append(b.minus_by_category.get(c, 0))
    return Stacked(months, values, emissions)
