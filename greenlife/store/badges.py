"""Badges earned: evaluated by the pure engine in core over the ledger's daily items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from greenlife.core.badges import Badge, DayItem, Facts, Status, evaluate_all, load_catalogue

if TYPE_CHECKING:
    from sqlite_utils import Database

    from greenlife.store.appliances import Appliances
    from greenlife.store.book import Book
    from greenlife.store.challenges import Challenges
    from greenlife.store.goals import Goals
    from greenlife.store.members import Members
    from greenlife.store.transactions import Transactions


@dataclass(frozen=True)
class EarnedBadge:
    scope: str  # "household" or "member:<id>"
    badge: Badge
    tier: str
    earned_on: dt.date


def scope_of(member_id: int | None) -> str:
    return "household" if member_id is None else f"member:{member_id}"


_CATALOGUE: list[Badge] = []


def catalogue() -> list[Badge]:
    if not _CATALOGUE:
        _CATALOGUE.extend(load_catalogue())
    return _CATALOGUE


class Badges:
    def __init__(self, db: Database, tx: Transactions, members: Members, appliances: Appliances,
                 goals: Goals, book: Book, today: Callable[[], dt.date],
                 challenges: Challenges | None = None) -> None:
        self.db = db
        self.tx = tx
        self.members = members
        self.appliances = appliances
        self.goals = goals
        self.book = book
        self.today = today
        self.challenges = challenges

    def catalogue(self) -> list[Badge]:
        return catalogue()

    def facts(self, member_id: int | None) -> Facts:
        """Daily items from the ledger (appliance lines included, so the household's trees
        count every saving), the appliances that really save, and the weeks' points."""
        where, args = ("WHERE member_id = ?", [member_id]) if member_id is not None else ("", [])
        # one object per distinct date, name and number, not one per row: a book of a million
        # lines has 135,000 daily items, and the sync held 42 MB of them
        days: dict[str, dt.date] = {}
        names: dict[str, str] = {}
        numbers: dict[float, float] = {}
        items = []
        for d, c, i, q, a in self.db.execute(
                f"SELECT day, category, item, quantity, avoided FROM day_items {where}", args):
            day = days.get(d)
            if day is None:
                day = days[d] = dt.date.fromisoformat(d)
            items.append(DayItem(day, names.setdefault(c, c), names.setdefault(i, i),
                                 numbers.setdefault(q, q), numbers.setdefault(a, a)))
        today = self.today()
        apps = [(a.in_use_from, a.grade) for a in self.appliances.all(member_id)
                if a.in_use_from <= today and a.kwh_year < a.baseline_kwh_year]
        facts = Facts(items=items, appliances=apps, today=today)
        if member_id is None:
            facts.week_points = self.book.week_points()
            facts.week_goals = {w: self.goals.in_force(w) for w in facts.week_points}
            if self.challenges is not None:
                facts.challenges_done = self.challenges.done_days()
        return facts

    def statuses(self, member_id: int | None) -> list[Status]:
        scope = "household" if member_id is None else "member"
        return evaluate_all(self.catalogue(), self.facts(member_id), scope)

    def sync(self, member_ids: list[int] | None = None) -> list[EarnedBadge]:
        """Re-evaluate badges for these members (all when None) and the household; store
        what is earned, withdraw what no longer is; return the newly earned."""
        ids = [m.id for m in self.members.all(include_archived=True)] if member_ids is None else member_ids
        new: list[EarnedBadge] = []
        # the statuses read the whole history (slow in a big book): worked out before the
        # write transaction, so a Save in the window never waits for them; a change made
        # meanwhile is followed by another sync
        scopes = [(member_id, scope_of(member_id), {
            (s.badge.id, s.tier.name): s for s in self.statuses(member_id)
            if s.earned_on is not None}) for member_id in [*dict.fromkeys(ids), None]]
        with self.tx():
            for _member_id, scope, now in scopes:
                stored = {(b, t): d for b, t, d in self.db.execute(
                    "SELECT badge_id, tier, earned_on FROM badges_earned WHERE scope = ?", [scope])}
                for key in stored.keys() - now.keys():
                    self.db.execute("DELETE FROM badges_earned WHERE scope = ? AND badge_id = ? "
                                    "AND tier = ?", [scope, *key])
                for key, s in now.items():
                    assert s.earned_on is not None
                    day = s.earned_on.isoformat()
                    if stored.get(key) != day:
                        self.db.execute(
                            "INSERT INTO badges_earned(scope, badge_id, tier, earned_on) "
                            "VALUES (?, ?, ?, ?) ON CONFLICT(scope, badge_id, tier) "
                            "DO UPDATE SET earned_on = excluded.earned_on", [scope, *key, day])
                    if key not in stored:
                        new.append(EarnedBadge(scope, s.badge, s.tier.name, s.earned_on))
        return new

    def earned(self, member_id: int | None) -> list[EarnedBadge]:
        by_id = {b.id: b for b in self.catalogue()}
        return [
            EarnedBadge(scope, by_id[b], t, dt.date.fromisoformat(d))
            for scope, b, t, d in self.db.execute(
                "SELECT scope, badge_id, tier, earned_on FROM badges_earned WHERE scope = ? "
                "ORDER BY earned_on, badge_id", [scope_of(member_id)])
            if b in by_id
        ]
