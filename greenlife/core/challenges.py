"""Family challenges: a kind and a target the whole household works towards for a while
("this week the family walks 10 km", "no food thrown away for 7 days"), with progress read
from the ledger's daily items. At most two run at a time.

A quantity challenge (km walked, meals finished, kg sorted ...) lasts ``days`` days from its
start and is done on the first day the family's running total reaches the target. A "days
without" challenge (no food thrown away) is done when that many days in a row, from its start
on, have no such line; a day with one starts the count again, and it runs until done or ended.
Like badges, progress follows the ledger as it is now: delete the lines and it is undone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from greenlife.core.errors import FieldError, ValidationError
from greenlife.core.validation import Limit, parse_number

MAX_ACTIVE = 2
MAX_DAYS = 366


@dataclass(frozen=True)
class Kind:
    id: str
    category: str
    items: frozenset[str]  # empty: any item of the category
    measure: str  # "quantity" (summed) or "days_without"
    unit: str  # km, meal, kg, day


KINDS: dict[str, Kind] = {k.id: k for k in (
    Kind("walk_km", "commute", frozenset({"walk"}), "quantity", "km"),
    Kind("bike_km", "commute", frozenset({"bike"}), "quantity", "km"),
    Kind("clean_plates", "food", frozenset({"clean_plate"}), "quantity", "meal"),
    Kind("sorted_kg", "waste", frozenset(), "quantity", "kg"),
    Kind("no_food_waste", "food", frozenset({"food_waste"}), "days_without", "day"),
)}

# the list a family picks from: (kind, target, days)
PRESETS: tuple[tuple[str, float, int], ...] = (
    ("walk_km", 10, 7),
    ("no_food_waste", 7, 7),
    ("clean_plates", 14, 7),
    ("bike_km", 20, 7),
    ("sorted_kg", 5, 7),
)


@dataclass(frozen=True)
class Challenge:
    id: int
    kind: str
    target: float
    start: dt.date
    days: int  # how long a quantity challenge runs; for "days without", the target
    name: str = ""  # the family's own wording, "" for the kind's
    ended_on: dt.date | None = None  # ended by the family before it was done

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=self.days - 1)


@dataclass(frozen=True)
class Progress:
    challenge: Challenge
    value: float  # towards target, in the kind's unit
    done_on: dt.date | None

    @property
    def done(self) -> bool:
        return self.done_on is not None

    @property
    def fraction(self) -> float:
        return min(1.0, self.value / self.challenge.target) if self.challenge.target else 1.0

    def active(self, today: dt.date) -> bool:
        """Still running: not done, not ended, and (a quantity challenge) not over."""
        if self.done or self.challenge.ended_on is not None:
            return False
        return KINDS[self.challenge.kind].measure == "days_without" or today <= self.challenge.end


def check(kind: str, target: object, days: object) -> tuple[str, float, int]:
    """A challenge as typed, or ValidationError naming the bad fields."""
    errors: list[FieldError] = []
    if kind not in KINDS:
        errors.append(FieldError("kind", "{field}: unknown {field} '{value}'; choose one of: {known}",
                                 {"value": kind, "known": ", ".join(KINDS)}))
    unit = KINDS[kind].unit if kind in KINDS else ""
    whole = kind in KINDS and KINDS[kind].measure == "days_without"
    t, err = parse_number(target, Limit("target", 1, 100_000 if not whole else MAX_DAYS,
                                        integer=whole), unit)
    if err:
        errors.append(err)
    d, err = parse_number(days, Limit("days", 1, MAX_DAYS, integer=True), "days")
    if err:
        errors.append(err)
    if errors or t is None or d is None:
        raise ValidationError(errors)
    return kind, float(t), int(t) if whole else int(d)


def progress(ch: Challenge, items: Iterable[tuple[dt.date, str, str, float]],
             today: dt.date) -> Progress:
    """Progress of one challenge over the household's daily items (day, category, item,
    quantity), counted up to today (or the day it was ended)."""
    kind = KINDS[ch.kind]
    last = min(today, ch.ended_on) if ch.ended_on else today
    per_day: dict[dt.date, float] = {}
    for day, category, item, quantity in items:
        if category == kind.category and (not kind.items or item in kind.items) \
                and ch.start <= day <= last:
            per_day[day] = per_day.get(day, 0.0) + quantity
    if kind.measure == "days_without":
        run = 0
        day = ch.start
        while day <= last:
            run = 0 if per_day.get(day) else run + 1
            if run >= ch.target:
                return Progress(ch, float(run), day)
            day += dt.timedelta(days=1)
        return Progress(ch, float(run), None)
    total = 0.0
    for day in sorted(per_day):
        if day > ch.end:
            break
        total += per_day[day]
        if total >= ch.target - 1e-9:
            return Progress(ch, total, day)
    return Progress(ch, total, None)
