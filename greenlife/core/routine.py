"""The family's day as usual: what each member is expected to log today.

A routine is learnt from the last same weekday (a Monday repeats last Monday, not Sunday),
looking back a few weeks; a member with no such day gets their usual actions. Legs logged
that day that make up a usual action (1 km bike + 61 km subway) are shown as that action.
What was already logged today is shown as done, so the check-in never logs it twice.

Pure logic: the store hands in what it read, this hands back what to show and log.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from greenlife.core.models import Category, Leg, Template
from greenlife.core.plausible import check_daily

WEEKS_BACK = 4


@dataclass(frozen=True)
class Logged:
    """An action a member logged on a day (what the routine is learnt from)."""

    member_id: int
    day: dt.date
    leg: Leg


@dataclass(frozen=True)
class RoutineItem:
    """One line of the check-in: a member's usual action or a single leg, to log today."""

    member_id: int
    legs: tuple[Leg, ...]
    name: str = ""  # the usual action's name; "" for a single leg (the UI names it)
    template_id: int | None = None
    learnt_from: dt.date | None = None  # the same weekday it repeats; None: a usual action
    done: bool = False  # already logged today: shown, not ticked, never logged again


def _key(leg: Leg) -> tuple[str, str, float]:
    return (Category(leg.category).value, leg.item, round(float(leg.quantity), 6))


def last_same_weekday(day: dt.date, logged_days: Iterable[dt.date],
                      weeks: int = WEEKS_BACK) -> dt.date | None:
    """The latest of the previous ``weeks`` same weekdays on which something was logged."""
    days = set(logged_days)
    for k in range(1, weeks + 1):
        d = day - dt.timedelta(weeks=k)
        if d in days:
            return d
    return None


def _group(legs: list[Leg], templates: Sequence[Template]) -> list[tuple[Template | None, list[Leg]]]:
    """Legs grouped into the usual actions they make up (whole templates only), then the
    rest one by one."""
    left = Counter(_key(g) for g in legs)
    out: list[tuple[Template | None, list[Leg]]] = []
    for t in templates:
        need = Counter(_key(g) for g in t.legs)
        while all(left[k] >= n for k, n in need.items()):
            left -= need
            out.append((t, list(t.legs)))
    # the rest: one line per item, the day's quantities added up (three walks: one line)
    merged: dict[tuple[str, str, str], Leg] = {}
    for g in legs:
        if left[_key(g)] > 0:
            left[_key(g)] -= 1
            cat = Category(g.category).value
            k = (cat, g.item, g.unit)
            prev = merged.get(k)
            if prev is not None and check_daily(cat, g.item, prev.quantity + g.quantity) is None:
                merged[k] = Leg(g.category, g.item, round(prev.quantity + g.quantity, 6), g.unit)
            elif prev is not None:  # beyond a plausible day as one line: keep them apart
                out.append((None, [prev]))
                merged[k] = g
            else:
                merged[k] = g
    out += [(None, [g]) for g in merged.values()]
    return out


def plan_day(day: dt.date, member_ids: Sequence[int], history: Sequence[Logged],
             templates: Sequence[Template], weeks: int = WEEKS_BACK) -> list[RoutineItem]:
    """Each member's routine for ``day``, in member order.

    ``history`` holds the members' actions on the previous ``weeks`` same weekdays and on
    ``day`` itself (those mark items as done); ``templates`` their usual actions in the
    family's order."""
    learnt = learn_day(day, member_ids, [h for h in history if h.day != day], templates, weeks)
    return mark_done(learnt, logged_counts(h for h in history if h.day == day))


def learn_day(day: dt.date, member_ids: Sequence[int], history: Sequence[Logged],
              templates: Sequence[Template], weeks: int = WEEKS_BACK) -> list[RoutineItem]:
    """Each member's routine for ``day`` from the previous same weekdays in ``history`` (or
    their usual actions), nothing marked done yet. It changes only when those days, the
    members or their usual actions do; what is logged today marks it with ``mark_done``."""
    items: list[RoutineItem] = []
    for mid in member_ids:
        mine = [h for h in history if h.member_id == mid and h.day != day]
        own = [t for t in templates if t.member_id == mid]
        source = last_same_weekday(day, {h.day for h in mine}, weeks)
        if source is not None:
            groups = _group([h.leg for h in mine if h.day == source], own)
        else:
            groups = [(t, list(t.legs)) for t in own]
        items += [RoutineItem(mid, tuple(legs), t.name if t else "", t.id if t else None, source)
                  for t, legs in groups]
    return items


def logged_counts(logged: Iterable[Logged]) -> Counter[tuple[int, str, str]]:
    """How many times each member logged each item: (member, category, item) -> count."""
    return Counter((h.member_id, Category(h.leg.category).value, h.leg.item) for h in logged)


def mark_done(items: Sequence[RoutineItem], logged_today: Counter[tuple[int, str, str]]
              ) -> list[RoutineItem]:
    """The items with those already logged today marked done, in order: an item is done when
    every one of its legs' items is logged (a leg logged once marks one item only)."""
    left = Counter(logged_today)
    out: list[RoutineItem] = []
    for item in items:
        need = Counter((item.member_id, Category(g.category).value, g.item) for g in item.legs)
        done = all(left[k] >= n for k, n in need.items())
        if done:
            left -= need
        out.append(replace(item, done=done))
    return out


def drafts_for(items: Iterable[RoutineItem]) -> list[tuple[int, Leg]]:
    """(member, leg) for every leg of the items not yet done, in order."""
    return [(i.member_id, g) for i in items if not i.done for g in i.legs]
