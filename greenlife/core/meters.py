"""A household's monthly electricity, gas and water: what was used, and what was saved.

A month is entered either as a **reading** (the meter's index at the end of the month) or
as a **bill** (the amount used that month, as printed). A reading's month uses the
difference to the previous reading; when readings are months apart, the difference is
spread evenly over the months between (less what bills for those months say). A meter
replaced during a month carries the new meter's starting index (and, if known, the old
meter's last index), so the reset is not read as a negative use.

The saving of a month is the same month a year earlier minus this month; in the first year,
a monthly baseline the family chose stands in for last year. An increase is a negative
saving (an emission), never nothing. Pure arithmetic: no Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

METERS = ("electricity", "gas", "water")
READING, BILL = "reading", "bill"
AMOUNT_DECIMALS = 2  # a meter amount is shown rounded to this many decimals


def amount_decimals(value: float) -> int:
    """The decimals a meter amount shows, the app's one rule (the Meters tab and the CLI):
    rounded to two decimals, without trailing zeros (123.40000000001 is 123.4, 250.0 is 250)."""
    text = f"{round(value, AMOUNT_DECIMALS) + 0.0:.{AMOUNT_DECIMALS}f}".rstrip("0")
    return len(text.split(".", 1)[1])


def amount_text(value: float) -> str:
    """A meter amount as plain text by that rule, thousands grouped: 12,345.6."""
    return f"{round(value, AMOUNT_DECIMALS) + 0.0:,.{amount_decimals(value)}f}"


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(month: dt.date, n: int) -> dt.date:
    """The first day of the month ``n`` months after ``month`` (negative: before)."""
    index = month.year * 12 + (month.month - 1) + n
    return dt.date(index // 12, index % 12 + 1, 1)


def month_end(month: dt.date) -> dt.date:
    return add_months(month, 1) - dt.timedelta(days=1)


def months_between(a: dt.date, b: dt.date) -> int:
    """How many months ``b`` is after ``a``."""
    return (b.year - a.year) * 12 + (b.month - a.month)


@dataclass(frozen=True)
class Reading:
    """One month of one meter, as the family entered it."""

    meter: str  # "electricity", "gas" or "water"
    month: dt.date  # the first day of the month
    value: float  # the index at the month's end (reading) or the amount used (bill)
    how: str = READING
    new_meter_start: float | None = None  # replaced this month: the new meter's first index
    old_meter_end: float | None = None  # replaced this month: the old meter's last index
    note: str = ""


@dataclass(frozen=True)
class MonthUse:
    month: dt.date
    amount: float  # kWh or m³ used in the month
    estimated: bool = False  # spread over months without their own reading


@dataclass(frozen=True)
class Saving:
    """A month's use against what it is compared with; ``saved`` < 0 is an increase."""

    meter: str
    month: dt.date
    used: float
    compared_with: float
    basis: str  # "last_year" or "baseline"
    estimated: bool = False

    @property
    def saved(self) -> float:
        return round(self.compared_with - self.used, 6)


@dataclass(frozen=True)
class Problem:
    """A month whose use cannot be worked out (a reading lower than the one before)."""

    month: dt.date
    used: float


def monthly_use(readings: list[Reading]) -> tuple[dict[dt.date, MonthUse], list[Problem]]:
    """Each month's use for one meter's readings and bills (any order)."""
    ordered = sorted(readings, key=lambda r: r.month)
    bills = {r.month: r.value for r in ordered if r.how == BILL}
    uses: dict[dt.date, MonthUse] = {m: MonthUse(m, v) for m, v in bills.items()}
    problems: list[Problem] = []
    previous: Reading | None = None
    for r in ordered:
        if r.how != READING:
            continue
        if previous is None:  # the first index is where counting starts
            previous = r
            continue
        if r.new_meter_start is not None:
            old_part = (r.old_meter_end - previous.value) if r.old_meter_end is not None else 0.0
            span_use = max(old_part, 0.0) + (r.value - r.new_meter_start)
        else:
            span_use = r.value - previous.value
        span = [add_months(previous.month, k) for k in range(1, months_between(previous.month,
                                                                               r.month) + 1)]
        billed = [m for m in span if m in bills]
        open_months = [m for m in span if m not in bills]
        rest = span_use - sum(bills[m] for m in billed)
        if rest < 0 or span_use < 0:
            problems.append(Problem(r.month, round(span_use, 6)))
        else:
            each = rest / len(open_months) if open_months else 0.0
            for m in open_months:
                uses[m] = MonthUse(m, round(each, 6), estimated=len(open_months) > 1)
        previous = r
    return dict(sorted(uses.items())), problems


def savings(meter: str, readings: list[Reading], baseline: float | None = None,
            before: dt.date | None = None) -> list[Saving]:
    """Each month with a use and something to compare it with: the same month last year,
    else (first year) the family's monthly ``baseline``. Months from ``before`` on (the
    month not yet over) are left out."""
    uses, _problems = monthly_use([r for r in readings if r.meter == meter])
    out = []
    for month, use in uses.items():
        if before is not None and month >= month_start(before):
            continue
        last = uses.get(add_months(month, -12))
        if last is not None:
            out.append(Saving(meter, month, use.amount, last.amount, "last_year",
                              use.estimated or last.estimated))
        elif baseline is not None:
            out.append(Saving(meter, month, use.amount, baseline, "baseline", use.estimated))
    return out


def against_last_year(uses: dict[dt.date, MonthUse], last: dt.date, n: int = 12
                      ) -> list[tuple[dt.date, float | None, float | None]]:
    """The ``n`` months up to ``last``: (month, use, use a year before); None where unknown.
    The series the chart of months against last year draws."""
    out = []
    for k in range(n - 1, -1, -1):
        m = add_months(month_start(last), -k)
        this = uses.get(m)
        before = uses.get(add_months(m, -12))
        out.append((m, this.amount if this else None, before.amount if before else None))
    return out
