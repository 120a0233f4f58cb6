"""The app's shared state: the store, the undo stack, and a change signal."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from greenlife.core.models import Entry, EntryDraft
from greenlife.store import Store


class AppState(QObject):
    """Everything a page needs; pages listen to ``changed`` and re-read what they show."""

    changed = Signal(str)  # "entries", "members", "factors", "settings", "badges", "all"
    badges_earned = Signal(list)  # list[EarnedBadge], after a change earned new ones
    goal_reached = Signal(int, int)  # points, goal: the household just reached its weekly goal

    def __init__(self, store: Store, path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.path = path
        self.undo_stack = QUndoStack(self)
        self._week_points = self._household_week()

    def notify(self, what: str = "all") -> None:
        self.changed.emit(what)
        if what in ("entries", "all", "factors"):
            self._check_goal()
            self.sync_badges()

    def _household_week(self) -> tuple[int, int]:
        from greenlife.core.periods import bounds

        today = self.store.today()
        start, end = bounds("week", today)
        return self.store.balance(None, start, end).credit_points, self.store.goal_for(today)

    def _check_goal(self) -> None:
        before, _ = self._week_points
        self._week_points = now, goal = self._household_week()
        if before < goal <= now:
            self.goal_reached.emit(now, goal)

    def sync_badges(self) -> None:
        """Re-evaluate badges off the UI thread (its own connection); announce new ones.

        Changes made while a sync runs are coalesced into one more sync afterwards."""
        if self.path is None:
            self._badges_done(self.store.sync_badges())
            return
        if self._syncing:
            self._sync_again = True
            return
        from greenlife.ui.worker import run_in_background

        self._syncing = True
        run_in_background(self.path, lambda store, _p: store.sync_badges(), self._badges_done,
                          self._badges_failed)

    _syncing = False
    _sync_again = False

    def _badges_failed(self, exc: Exception) -> None:
        import logging

        logging.getLogger("greenlife").warning("badge sync failed: %s", exc)
        self._badges_done([])

    def _badges_done(self, new: list) -> None:
        self._syncing = False
        if self._sync_again:
            self._sync_again = False
            self.sync_badges()
        self.changed.emit("badges")
        if new:
            self.badges_earned.emit(new)

    # -- entry changes go through the undo stack -------------------------
    def add_entries(self, drafts: Sequence[EntryDraft], text: str) -> list[Entry]:
        cmd = AddEntries(self, drafts, text)
        self.undo_stack.push(cmd)
        return cmd.added

    def repeat_yesterday(self, member_id: int, text: str) -> list[Entry]:
        entries = self.store.same_as_yesterday(member_id)
        self.undo_stack.push(AddEntries(self, [], text, already=entries))
        return entries

    def delete_entries(self, ids: Sequence[int], text: str) -> None:
        self.undo_stack.push(DeleteEntries(self, ids, text))

    def redeem(self, reward_id: int, member_id: int | None, text: str) -> None:
        """Raises (and pushes nothing) when the balance is too low."""
        done = self.store.redeem_reward(reward_id, member_id)
        self.undo_stack.push(Redeem(self, reward_id, member_id, text, done.id))

    def edit_entry(self, entry_id: int, draft: EntryDraft, text: str) -> Entry:
        cmd = EditEntry(self, entry_id, draft, text)
        self.undo_stack.push(cmd)
        return self.store.entry(entry_id)


class Redeem(QUndoCommand):
    """A reward redeemed; undo gives the points back."""

    def __init__(self, state: AppState, reward_id: int, member_id: int | None, text: str,
                 done: int) -> None:
        super().__init__(text)
        self.state = state
        self.reward_id = reward_id
        self.member_id = member_id
        self.redemption_id: int | None = done
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self.redemption_id = self.state.store.redeem_reward(self.reward_id, self.member_id).id
        self.state.notify("rewards")

    def undo(self) -> None:
        if self.redemption_id is not None:
            self.state.store.undo_redemption(self.redemption_id)
        self.state.notify("rewards")


class AddEntries(QUndoCommand):
    def __init__(self, state: AppState, drafts: Sequence[EntryDraft], text: str,
                 already: list[Entry] | None = None) -> None:
        super().__init__(text)
        self.state = state
        self.drafts = list(drafts)
        self.added: list[Entry] = list(already or [])
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            if not self.added:
                self.added = self.state.store.add_entries(self.drafts)
        else:
            self.state.store.restore_entries(self.added)
        self.state.notify("entries")

    def undo(self) -> None:
        self.state.store.delete_entries([e.id for e in self.added])
        self.state.notify("entries")


class DeleteEntries(QUndoCommand):
    def __init__(self, state: AppState, ids: Sequence[int], text: str) -> None:
        super().__init__(text)
        self.state = state
        self.ids = list(ids)
        self.gone: list[Entry] = []

    def redo(self) -> None:
        self.gone = self.state.store.delete_entries(self.ids)
        self.state.notify("entries")

    def undo(self) -> None:
        self.state.store.restore_entries(self.gone)
        self.state.notify("entries")


class EditEntry(QUndoCommand):
    def __init__(self, state: AppState, entry_id: int, draft: EntryDraft, text: str) -> None:
        super().__init__(text)
        self.state = state
        self.before = state.store.entry(entry_id)
        self.draft = draft
        self.after: Entry | None = None

    def redo(self) -> None:
        if self.after is None:
            self.after = self.state.store.update_entry(self.before.id, self.draft)
        else:
            self.state.store.put_entry(self.after)
        self.state.notify("entries")

    def undo(self) -> None:
        self.state.store.put_entry(self.before)
        self.state.notify("entries")
