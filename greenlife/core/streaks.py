"""Streaks that forgive (Duolingo's lesson): a day counts when the member logged anything
green (a line that avoided CO2); one missed day per ISO week does not break the streak;
rest days (a member may rest at weekends) neither count nor break it; today does not break
it before it is over.

The streak's length is the number of green days in the unbroken run that reaches today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass

WEEKEND = frozenset({5, 6})  # date.weekday(): Saturday, Sunday
FORGIVEN_PER_WEEK = 1


@dataclass(frozen=True)
class Streak:
    days: int  # green days in the run
    since: dt.date | None  # the run's first green day
    forgiven: tuple[dt.date, ...]  # missed days that did not break it
    alive_today: bool  # today is green already (False: log today to keep it going)


def _week(day: dt.date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso[0], iso[1]


def streak(green_days: Iterable[dt.date], today: dt.date,
           rest_weekdays: Collection[int] = frozenset(), horizon: dt.date | None = None
           ) -> Streak:
    """The run of green days reaching ``today``. ``rest_weekdays`` holds ``weekday()``
    numbers (5, 6 for the weekend). ``horizon`` is the first day the caller read: a run
    reaching it may go on before it (the caller reads further back and asks again)."""
    green = {d for d in green_days if d <= today}
    missed: dict[tuple[int, int], int] = {}
    forgiven: list[dt.date] = []
    count = 0
    first: dt.date | None = None
    day = today
    lowest = horizon or min(green, default=today)
    while day >= lowest:
        if day in green:
            count += 1
            first = day
        elif day == today or day.weekday() in rest_weekdays:
            pass  # today is not over; a rest day neither counts nor breaks
        else:
            week = _week(day)
            if missed.get(week, 0) >= FORGIVEN_PER_WEEK:
                break
            missed[week] = missed.get(week, 0) + 1
            forgiven.append(day)
        day -= dt.timedelta(days=1)
    # a missed day older than the run's first green day is not part of the run
    kept = tuple(d for d in forgiven if first is not None and d > first)
    return Streak(count, first, kept, today in green)
