"""Calendar periods: local dates, ISO weeks running Monday to Sunday."""

from __future__ import annotations

import calendar
import datetime as dt
from enum import StrEnum


class Period(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    ALL = "all"


def bounds(period: Period | str, day: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """First and last day (inclusive) of the period that contains ``day``."""
    period = Period(period)
    if period is Period.DAY:
        return day, day
    if period is Period.WEEK:
        start = day - dt.timedelta(days=day.weekday())
        return start, start + dt.timedelta(days=6)
    if period is Period.MONTH:
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    if period is Period.YEAR:
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    return None, None


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def month_key(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def split_by_months(
    start: dt.date, end: dt.date
) -> tuple[list[tuple[dt.date, dt.date]], list[str]]:
    """Split [start, end] into partial-month day ranges and whole months.

    Returns ``(day_ranges, whole_months)`` so that a total can be read from
    monthly rollups for whole months and from daily rollups for the edges.
    """
    day_ranges: list[tuple[dt.date, dt.date]] = []
    months: list[str] = []
    cursor = start
    while cursor <= end:
        last = cursor.replace(day=calendar.monthrange(cursor.year, cursor.month)[1])
        piece_end = min(last, end)
        if cursor.day == 1 and piece_end == last:
            months.append(month_key(cursor))
        else:
            day_ranges.append((cursor, piece_end))
        cursor = piece_end + dt.timedelta(days=1)
    return day_ranges, months
