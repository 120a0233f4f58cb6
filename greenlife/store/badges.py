"""Badges earned, goals with history, and the family's rewards."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from greenlife.core import calc
from greenlife.core.badges import Badge, DayItem, Facts, Status, evaluate_all, load_catalogue
from greenlife.core.errors import FieldError, NotFoundError, ValidationError
from greenlife.core.models import Appliance, Member, Redemption
from greenlife.core.periods import week_start
from greenlife.core.validation import Limit, check_name, parse_number

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Reward:
    id: int
    name: str
    price: int
    active: bool = True


@dataclass(frozen=True)
class Goal:
    member_id: int | None
    points: int
    valid_from: dt.date


@dataclass(frozen=True)
class EarnedBadge:
    scope: str  # "household" or "member:<id>"
    badge: Badge
    tier: str
    earned_on: dt.date


def scope_of(member_id: int | None) -> str:
    return "household" if member_id is None else f"member:{member_id}"


class BadgesMixin:
    db: Database
    _catalogue: list[Badge] | None = None

    if TYPE_CHECKING:  # provided by Store and the other mixins
        from contextlib import AbstractContextManager

        def tx(self) -> AbstractContextManager[None]: ...

        def today(self) -> dt.date: ...
        def members(self, include_archived: bool = False) -> list[Member]: ...
        def find_member(self, name_or_id: str | int, *, active_only: bool = True) -> Member: ...
        def appliances(self, member_id: int | None = None) -> list[Appliance]: ...
        def setting(self, key: str) -> str: ...
        def redeem(self, member: str | int | None, points: Any, reward: str, day: Any = None,
                   reward_id: int | None = None) -> Redemption: ...

    # -- badges -------------------------------------------------------------
    def catalogue(self) -> list[Badge]:
        if BadgesMixin._catalogue is None:
            BadgesMixin._catalogue = load_catalogue()
        return BadgesMixin._catalogue

    def badge_facts(self, member_id: int | None) -> Facts:
        where, args = ("WHERE member_id = ?", [member_id]) if member_id is not None else ("", [])
        items = [
            DayItem(dt.date.fromisoformat(d), c, i, q, a)
            for d, c, i, q, a in self.db.execute(
                f"SELECT day, category, item, quantity, avoided FROM day_items {where}", args)
        ]
        apps = [(a.in_use_from, a.grade) for a in self.appliances(member_id)
                if a.in_use_from <= self.today()]
        facts = Facts(items=items, appliances=apps, today=self.today())
        if member_id is None:
            # the household also earns the trees of its appliances' savings
            today = self.today()
            for a in self.appliances(None):
                g = calc.appliance_grams(a, None, None, today)
                if g > 0:
                    facts.items.append(DayItem(min(a.in_use_to or today, today), "appliance",
                                               a.type, 0, g))
            facts.week_points = self._week_points()
            facts.week_goals = {w: self.goal_for(w) for w in facts.week_points}
        return facts

    def _week_points(self) -> dict[dt.date, int]:
        weeks: dict[dt.date, int] = defaultdict(int)
        for day, pts in self.db.execute("SELECT day, total(points) FROM day_totals GROUP BY day"):
            weeks[week_start(dt.date.fromisoformat(day))] += int(pts)
        today = self.today()
        for a in self.appliances(None):
            end = min(a.in_use_to or today, today)
            w = week_start(a.in_use_from)
            while w <= end:
                weeks[w] += calc.points(calc.appliance_grams(a, w, w + dt.timedelta(days=6), today))
                w += dt.timedelta(days=7)
        return dict(weeks)

    def badge_statuses(self, member_id: int | None) -> list[Status]:
        scope = "household" if member_id is None else "member"
        return evaluate_all(self.catalogue(), self.badge_facts(member_id), scope)

    def sync_badges(self, member_ids: list[int] | None = None) -> list[EarnedBadge]:
        """Re-evaluate badges for these members (all when None) and the household; store
        what is earned, withdraw what no longer is; return the newly earned."""
        ids = [m.id for m in self.members(include_archived=True)] if member_ids is None else member_ids
        new: list[EarnedBadge] = []
        with self.tx():
            for member_id in [*dict.fromkeys(ids), None]:
                scope = scope_of(member_id)
                stored = {(b, t): d for b, t, d in self.db.execute(
                    "SELECT badge_id, tier, earned_on FROM badges_earned WHERE scope = ?", [scope])}
                now = {(s.badge.id, s.tier.name): s for s in self.badge_statuses(member_id) if s.earned}
                for key in stored.keys() - now.keys():
                    self.db.execute("DELETE FROM badges_earned WHERE scope = ? AND badge_id = ? "
                                    "AND tier = ?", [scope, *key])
                for key, s in now.items():
                    day = s.earned_on.isoformat()  # type: ignore[union-attr]
                    if stored.get(key) != day:
                        self.db.execute(
                            "INSERT INTO badges_earned(scope, badge_id, tier, earned_on) "
                            "VALUES (?, ?, ?, ?) ON CONFLICT(scope, badge_id, tier) "
                            "DO UPDATE SET earned_on = excluded.earned_on", [scope, *key, day])
                    if key not in stored:
                        new.append(EarnedBadge(scope, s.badge, s.tier.name, s.earned_on))  # type: ignore[arg-type]
        return new

    def earned_badges(self, member_id: int | None) -> list[EarnedBadge]:
        by_id = {b.id: b for b in self.catalogue()}
        return [
            EarnedBadge(scope, by_id[b], t, dt.date.fromisoformat(d))
            for scope, b, t, d in self.db.execute(
                "SELECT scope, badge_id, tier, earned_on FROM badges_earned WHERE scope = ? "
                "ORDER BY earned_on, badge_id", [scope_of(member_id)])
            if b in by_id
        ]

    # -- goals ---------------------------------------------------------------
    def set_goal(self, points: Any, member: str | int | None = None, from_day: dt.date | None = None) -> Goal:
        """A weekly goal in points from the week of ``from_day`` (this week) on; earlier
        weeks keep the goal they had."""
        member_id = self.find_member(member).id if member not in (None, "") else None  # type: ignore[arg-type]
        value, err = parse_number(points, Limit("points", 1, 100_000_000, integer=True), "points")
        if err:
            raise ValidationError([err])
        start = week_start(from_day or self.today())
        with self.tx():
            self.db.execute("DELETE FROM goals WHERE member_id IS ? AND valid_from = ?",
                            [member_id, start.isoformat()])
            self.db.execute("INSERT INTO goals(member_id, points, valid_from) VALUES (?, ?, ?)",
                            [member_id, value, start.isoformat()])
        return Goal(member_id, int(value), start)  # type: ignore[arg-type]

    def goal_for(self, week: dt.date, member_id: int | None = None) -> int:
        """The goal in force for the week containing ``week``; the household falls back to
        the default weekly goal, a member to none (0)."""
        row = self.db.execute(
            "SELECT points FROM goals WHERE member_id IS ? AND valid_from <= ? "
            "ORDER BY valid_from DESC LIMIT 1", [member_id, week_start(week).isoformat()]).fetchone()
        if row:
            return int(row[0])
        return int(self.setting("weekly_goal")) if member_id is None else 0

    # -- rewards -------------------------------------------------------------
    def add_reward(self, name: str, price: Any) -> Reward:
        errors: list[FieldError] = []
        name, err = check_name(name, "reward")
        if err:
            errors.append(err)
        elif self.db.execute("SELECT 1 FROM rewards WHERE name = ?", [name]).fetchone():
            errors.append(FieldError("reward", "{field}: '{value}' already exists; pick another name",
                                     {"value": name}))
        value, err = parse_number(price, Limit("price", 1, 100_000_000, integer=True), "points")
        if err:
            errors.append(err)
        if errors:
            raise ValidationError(errors)
        with self.tx():
            cur = self.db.execute("INSERT INTO rewards(name, price) VALUES (?, ?)", [name, value])
        return self.reward(cur.lastrowid)

    def reward(self, reward_id_or_name: int | str) -> Reward:
        col = "id" if isinstance(reward_id_or_name, int) else "name"
        row = self.db.execute(f"SELECT id, name, price, active FROM rewards WHERE {col} = ?",
                              [reward_id_or_name]).fetchone()
        if row is None:
            known = ", ".join(r.name for r in self.rewards()) or "none yet"
            raise NotFoundError("No reward '{value}'; rewards: {known} (add one with "
                                "'greenlife reward add NAME --price POINTS')",
                                value=reward_id_or_name, known=known)
        return Reward(row[0], row[1], row[2], bool(row[3]))

    def rewards(self) -> list[Reward]:
        return [Reward(i, n, p, bool(a)) for i, n, p, a in self.db.execute(
            "SELECT id, name, price, active FROM rewards WHERE active = 1 ORDER BY price, id")]

    def redeem_reward(self, reward: int | str, member: str | int | None = None,
                      day: Any = None) -> Redemption:
        r = self.reward(reward)
        return self.redeem(member, r.price, r.name, day, reward_id=r.id)
