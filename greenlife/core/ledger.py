"""Rules of the one ledger that are not arithmetic: when a balance may not go below zero."""

from __future__ import annotations

import datetime as dt

from collections.abc import Mapping

from greenlife.core.errors import InsufficientPointsError
from greenlife.core.models import Category, Entry, EntryDraft, Factor


class OverspendError(InsufficientPointsError):
    """A change would leave a balance below zero on some day; nothing was changed.

    Redemptions are refused outright. Deleting or editing entries may go ahead when the
    person confirms (``confirm=True``): the lines are theirs to correct, and the book then
    shows the negative balance rather than hiding it."""

    def __init__(self, who: str, day: dt.date, balance: int, member_id: int | None) -> None:
        super().__init__(
            "This would leave {who} with {balance} points on {day}: rewards already redeemed "
            "would no longer be covered. Nothing was changed.",
            who=who, balance=balance, day=day.isoformat(),
        )
        self.member_id = member_id
        self.day = day
        self.balance = balance


def factor_for_edit(old: Entry, draft: EntryDraft, active: Mapping[str, Factor]) -> Factor:
    """The factor an edited entry is worked out with: the same category and item keep the
    factor the entry was logged with (a factor edited since does not rewrite it); another
    item takes the active set's. Used by the store when it saves and by the form's preview."""
    if old.item == draft.item and Category(old.category) == Category(draft.category):
        return old.factor
    return active[f"{Category(draft.category).value}.{draft.item}"]
