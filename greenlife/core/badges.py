"""The badge engine: pure rules evaluated over a history of daily facts.

Policy (the same in the app, the CLI and after recalculation): badges follow the
history as it is now. Every evaluation starts from the stored entries, so the
result never depends on the order in which entries were added; delete the
entries that earned a badge and the badge is withdrawn; log them again and it
returns, dated the day the rule was met again.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from greenlife.core.calc import GRAMS_PER_TREE

GREEN_MODES = frozenset({"walk", "bike", "bus", "subway", "ecar", "carpool"})
RULE_KINDS = ("threshold", "count", "streak", "days_per_month", "first", "weeks_goal_met",
              "challenges")


@dataclass(frozen=True)
class Tier:
    name: str  # "bronze", "silver", "gold", or "" for a single-tier badge
    target: float


@dataclass(frozen=True)
class Badge:
    id: str
    name: dict[str, str]  # language -> text ("en", "zh")
    description: dict[str, str]
    unit: dict[str, str]
    icon: str
    scope: str  # "member" or "household"
    rule: dict[str, Any]
    tiers: tuple[Tier, ...]
    category: str


@dataclass(frozen=True, slots=True)  # a big book has 100,000s of them: no __dict__ each
class DayItem:
    day: dt.date
    category: str
    item: str
    quantity: float
    avoided: float  # grams avoided


@dataclass
class Facts:
    """What the rules look at, for one member or the whole household."""

    items: list[DayItem] = field(default_factory=list)
    appliances: list[tuple[dt.date, int]] = field(default_factory=list)  # (in use from, grade)
    week_points: dict[dt.date, int] = field(default_factory=dict)  # Monday -> points
    week_goals: dict[dt.date, int] = field(default_factory=dict)  # Monday -> goal in force
    today: dt.date | None = None  # a goal met this week is earned today, not on Sunday
    challenges_done: list[dt.date] = field(default_factory=list)  # the day each was completed


@dataclass(frozen=True)
class Status:
    badge: Badge
    tier: Tier
    earned_on: dt.date | None
    progress: float  # towards tier.target, in the badge's unit

    @property
    def earned(self) -> bool:
        return self.earned_on is not None


def load_catalogue() -> list[Badge]:
    """The badges shipped with the app (greenlife/resources/badges.json)."""
    text = resources.files("greenlife.resources").joinpath("badges.json").read_text("utf-8")
    return parse_catalogue(json.loads(text))


def parse_catalogue(data: list[dict[str, Any]]) -> list[Badge]:
    out = []
    for b in data:
        if b["rule"]["kind"] not in RULE_KINDS:
            raise ValueError(f"badge {b['id']}: unknown rule kind {b['rule']['kind']}")
        tiers = tuple(Tier(t.get("name", ""), float(t["target"])) for t in b["tiers"])
        out.append(Badge(b["id"], b["name"], b["description"], b["unit"], b["icon"],
                         b["scope"], b["rule"], tiers, b["category"]))
    return out


def _matches(item: DayItem, flt: str) -> bool:
    if flt == "green_commute":
        return item.category == "commute" and item.item in GREEN_MODES
    if flt == "any":
        return True
    if "." in flt:
        cat, name = flt.split(".", 1)
        return item.category == cat and item.item in name.split("|")
    return item.category == flt


def _daily(items: Iterable[DayItem], flt: str, measure: str) -> dict[dt.date, float]:
    """Per day: the measured amount of matching items ("quantity", "avoided_kg", "days")."""
    out: dict[dt.date, float] = defaultdict(float)
    for it in items:
        if not _matches(it, flt):
            continue
        if measure == "quantity":
            out[it.day] += it.quantity
        elif measure == "avoided_kg":
            out[it.day] += it.avoided / 1000
        elif measure == "trees":
            out[it.day] += it.avoided / GRAMS_PER_TREE
        else:  # "days": a day counts once
            out[it.day] = 1.0
    return out


def _reach(days: dict[dt.date, float], target: float) -> tuple[dt.date | None, float]:
    """First day a running total reaches target; and the total."""
    total = 0.0
    hit = None
    for d in sorted(days):
        total += days[d]
        if hit is None and total >= target - 1e-9:
            hit = d
    return hit, total


def _streak(days: Iterable[dt.date], target: float) -> tuple[dt.date | None, float]:
    """First day a run of consecutive days reaches target; and the longest run."""
    best = run = 0
    prev: dt.date | None = None
    hit = None
    for d in sorted(set(days)):
        run = run + 1 if prev is not None and (d - prev).days == 1 else 1
        prev = d
        best = max(best, run)
        if hit is None and run >= target:
            hit = d
    return hit, float(best)


def evaluate(badge: Badge, facts: Facts) -> list[Status]:
    """Status of every tier of one badge."""
    rule = badge.rule
    kind = rule["kind"]
    flt = rule.get("filter", "any")
    if kind in ("threshold", "count") and flt != "appliance":
        daily_measure = _daily(facts.items, flt, rule.get("measure", "quantity"))
    elif kind in ("streak", "days_per_month", "first") and flt != "appliance":
        daily_days = _daily(facts.items, flt, "days")
    out = []
    for tier in badge.tiers:
        hit: dt.date | None
        if kind == "first" and flt == "appliance":
            grades = sorted(d for d, g in facts.appliances if g <= rule.get("max_grade", 5))
            hit, progress = (grades[0], 1.0) if grades else (None, 0.0)
        elif kind == "count" and flt == "appliance":
            grades = sorted(d for d, g in facts.appliances if g <= rule.get("max_grade", 5))
            n = int(tier.target)
            hit = grades[n - 1] if len(grades) >= n else None
            progress = float(len(grades))
        elif kind in ("threshold", "count"):
            daily = daily_measure
            if rule.get("period") == "year":
                hit, progress = None, 0.0
                for year in sorted({d.year for d in daily}):
                    h, total = _reach({d: v for d, v in daily.items() if d.year == year}, tier.target)
                    progress = max(progress, total)
                    hit = hit or h
            else:
                hit, progress = _reach(daily, tier.target)
        elif kind == "streak":
            hit, progress = _streak(daily_days, tier.target)
        elif kind == "days_per_month":
            by_month: dict[tuple[int, int], list[dt.date]] = defaultdict(list)
            for d in sorted(daily_days):
                by_month[(d.year, d.month)].append(d)
            hit, progress = None, 0.0
            for days in by_month.values():
                progress = max(progress, float(len(days)))
                if len(days) >= tier.target and (hit is None or days[int(tier.target) - 1] < hit):
                    hit = days[int(tier.target) - 1]
        elif kind == "first":
            first = min(daily_days, default=None)
            hit, progress = (first, 1.0) if first else (None, 0.0)
        elif kind == "challenges":
            done = sorted(facts.challenges_done)
            n = int(tier.target)
            hit = done[n - 1] if len(done) >= n else None
            progress = float(len(done))
        else:  # weeks_goal_met
            met = sorted(w for w, pts in facts.week_points.items()
                         if facts.week_goals.get(w) and pts >= facts.week_goals[w])
            n = int(tier.target)
            hit = met[n - 1] + dt.timedelta(days=6) if len(met) >= n else None
            if hit and facts.today and hit > facts.today:
                hit = facts.today
            progress = float(len(met))
        out.append(Status(badge, tier, hit, min(progress, tier.target) if hit else progress))
    return out


def evaluate_all(catalogue: Iterable[Badge], facts: Facts, scope: str) -> list[Status]:
    return [s for b in catalogue if b.scope == scope for s in evaluate(b, facts)]
