"""What the pages read again and again, kept until a change touches it.

Every change reaches the pages as a typed ``Changes`` record, so the app knows what a change
can have altered: the members after a Save are the members before it. ``Reads`` keeps such
values and forgets each one when a record touches what it was read from; ledger figures of
this week are shared by Home and the weekly-goal check within one change. A value also
carries the day it was read (the app may stay open past midnight: appliance days are posted
then, and "this week" moves).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from greenlife.core.changes import Changes
from greenlife.core.periods import bounds
from greenlife.core.routine import WEEKS_BACK
from greenlife.store import Store

Stale = Callable[[Changes, Any], bool]  # (the change, the value kept) -> forget it?


class Reads:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._memo: dict[str, tuple[dt.date, Stale, Any]] = {}

    def forget(self, changes: Changes) -> None:
        """Drop what this change may have altered."""
        for key in [k for k, (_d, stale, v) in self._memo.items() if stale(changes, v)]:
            del self._memo[key]

    def _get(self, key: str, stale: Stale, read: Callable[[], Any]) -> Any:
        today = self.store.today()
        hit = self._memo.get(key)
        if hit is not None and hit[0] == today:
            return hit[2]
        value = read()
        self._memo[key] = (today, stale, value)
        return value

    # -- what they read ---------------------------------------------------------
    def members(self, include_archived: bool = False) -> list[Any]:
        return list(self._get(f"members:{include_archived}", lambda c, _v: c.members,
                              lambda: self.store.members(include_archived=include_archived)))

    def household_id(self) -> int | None:
        # the pseudo-member is made by the first household line: until it exists, a ledger
        # change may make it
        return self._get("household",  # type: ignore[no-any-return]
                         lambda c, v: c.members or (c.ledger and v is None),
                         self.store.people.household_id)

    def templates(self) -> list[Any]:
        return list(self._get("templates", lambda c, _v: c.templates or c.members,
                              self.store.templates))

    def family_goals(self) -> Any:
        """This week's fair goals: set goals, or suggestions from the four weeks before."""
        start, _end = self.week()
        before = start - dt.timedelta(days=1)
        history = start - dt.timedelta(weeks=4)
        return self._get("goals", lambda c, _v: c.goals or c.members or c.settings
                         or c.touches_days(history, before), lambda: self.store.family_goals(start))

    def week_credit(self) -> dict[int, int]:
        """Points each member (and the household pseudo-member) earned this week."""
        start, end = self.week()
        return dict(self._get("week_credit", lambda c, _v: c.touches_days(start, end),
                              lambda: self.store.credit_by_member(start, end)))

    def routine_learnt(self) -> list[Any]:
        """Today's routine before marking what is done (learnt from the previous same
        weekdays or the usual actions): a Save today leaves it as it is."""
        today = self.store.today()
        first = today - dt.timedelta(weeks=WEEKS_BACK)
        last = today - dt.timedelta(weeks=1)
        return list(self._get("routine", lambda c, _v: c.members or c.templates
                              or c.touches_days(first, last),
                              lambda: self.store.learn_routine(today, self.members(),
                                                               self.templates())))

    def week(self) -> tuple[dt.date, dt.date]:
        start, end = bounds("week", self.store.today())
        assert start is not None and end is not None
        return start, end
