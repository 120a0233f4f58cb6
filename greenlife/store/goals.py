"""Weekly goals with their history: a change applies from its week on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from greenlife.core.errors import ValidationError
from greenlife.core.goals_hint import HISTORY_WEEKS, fair_goals, from_history
from greenlife.core.periods import week_start
from greenlife.core.validation import GOAL_POINTS, parse_number

if TYPE_CHECKING:
    from sqlite_utils import Database

    from greenlife.store.book import Book
    from greenlife.store.members import Members
    from greenlife.store.settings import Settings
    from greenlife.store.transactions import Transactions


@dataclass(frozen=True)
class FamilyGoals:
    """A week's fair goals: each active member's and the household's, which is their sum."""

    week: dt.date  # Monday
    household: int
    members: dict[int, int]  # member id -> weekly goal in points
    own: dict[int, bool]  # member id -> True when the family set it, False when suggested
    suggested: dict[int, int]  # member id -> suggestion from their own last four weeks


@dataclass(frozen=True)
class Goal:
    member_id: int | None
    points: int
    valid_from: dt.date


class Goals:
    def __init__(self, db: Database, tx: Transactions, settings: Settings, members: Members,
                 today: Callable[[], dt.date], book: Book | None = None) -> None:
        self.book = book
        self.db = db
        self.tx = tx
        self.settings = settings
        self.members = members
        self.today = today

    def set(self, points: Any, member: str | int | None = None,
            from_day: dt.date | None = None) -> Goal:
        """A weekly goal in points from the week of ``from_day`` (this week) on; earlier
        weeks keep the goal they had."""
        member_id = self.members.find(member).id if member is not None and member != "" else None
        value, err = parse_number(points, GOAL_POINTS, "points")
        if err or value is None:
            raise ValidationError([err] if err else [])
        start = week_start(from_day or self.today())
        with self.tx():
            self.db.execute("DELETE FROM goals WHERE member_id IS ? AND valid_from = ?",
                            [member_id, start.isoformat()])
            self.db.execute("INSERT INTO goals(member_id, points, valid_from) VALUES (?, ?, ?)",
                            [member_id, int(value), start.isoformat()])
        return Goal(member_id, int(value), start)

    def for_week(self, week: dt.date, member_id: int | None = None) -> int:
        """The goal the family set in force for the week containing ``week`` (what the goal
        dialogs edit): the household falls back to the default weekly goal, a member to none
        (0). The goal a week is measured against is ``in_force``."""
        return self._set_for(member_id, week_start(week).isoformat())

    def in_force(self, week: dt.date, member_id: int | None = None) -> int:
        """The goal a week is measured against, by the one rule of fair goals
        (``core.goals_hint.fair_goals``) that Home, Charts, badges, the report and the CLI
        share: once any member has a goal of their own, the household's is the members' goals
        added up, and a member without one is asked for their suggestion; before that the
        household's own goal holds (the default weekly goal if none was set)."""
        start = week_start(week).isoformat()
        if member_id is None and self.db.execute(
                "SELECT 1 FROM goals WHERE member_id IS NOT NULL AND valid_from <= ? LIMIT 1",
                [start]).fetchone() is None:
            return self._set_for(None, start)
        family = self.family(week)
        if member_id is None:
            return family.household
        return family.members.get(member_id, self._set_for(member_id, start))

    def _set_for(self, member_id: int | None, start: str) -> int:
        """The goal the family set in force from ``start`` (the household falls back to the
        default weekly goal, a member to none: 0)."""
        row = self.db.execute(
            "SELECT points FROM goals WHERE member_id IS ? AND valid_from <= ? "
            "ORDER BY valid_from DESC LIMIT 1", [member_id, start]).fetchone()
        if row:
            return int(row[0])
        return int(self.settings.get("weekly_goal")) if member_id is None else 0

    def suggested(self, member_id: int, week: dt.date) -> int:
        """A member's own goal suggested from the four weeks before ``week``'s (core rule)."""
        assert self.book is not None
        start = week_start(week)
        earned = self.book.week_points(start - dt.timedelta(weeks=HISTORY_WEEKS),
                                       start - dt.timedelta(days=1), member_id)
        return from_history([earned.get(start - dt.timedelta(weeks=k), 0)
                             for k in range(1, HISTORY_WEEKS + 1)])

    def family(self, week: dt.date) -> FamilyGoals:
        """Every active member's fair goal for the week and the household's, their sum
        (``core.goals_hint.fair_goals``). Three queries whatever the size of the family."""
        assert self.book is not None
        start = week_start(week)
        ids = [m.id for m in self.members.all()]
        in_force: dict[int | None, int] = {}
        for mid, points in self.db.execute(
                "SELECT member_id, points FROM goals WHERE valid_from <= ? "
                "ORDER BY valid_from, id", [start.isoformat()]):
            in_force[mid] = int(points)  # the latest row of each member wins
        set_goals = {mid: in_force.get(mid, 0) for mid in ids}
        household_own = in_force.get(None, int(self.settings.get("weekly_goal")))
        earned = self.book.member_week_points(start - dt.timedelta(weeks=HISTORY_WEEKS),
                                              start - dt.timedelta(days=1))
        suggested = {mid: from_history([earned.get((mid, start - dt.timedelta(weeks=k)), 0)
                                         for k in range(1, HISTORY_WEEKS + 1)]) for mid in ids}
        household, each = fair_goals(set_goals, suggested, household_own)
        return FamilyGoals(start, household, each, {mid: set_goals[mid] > 0 for mid in ids},
                           suggested)

    def set_at(self, member_id: int | None, valid_from: dt.date) -> int | None:
        """The goal set exactly from that week (None: none set then), for undo."""
        row = self.db.execute("SELECT points FROM goals WHERE member_id IS ? AND valid_from = ?",
                              [member_id, valid_from.isoformat()]).fetchone()
        return int(row[0]) if row else None

    def put(self, member_id: int | None, valid_from: dt.date, points: int | None) -> None:
        """Put a week's goal row back as it was (undo/redo of ``set``); None removes it."""
        with self.tx():
            self.db.execute("DELETE FROM goals WHERE member_id IS ? AND valid_from = ?",
                            [member_id, valid_from.isoformat()])
            if points is not None:
                self.db.execute(
                    "INSERT INTO goals(member_id, points, valid_from) VALUES (?, ?, ?)",
                    [member_id, points, valid_from.isoformat()])
