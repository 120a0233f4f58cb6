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

    changed = Signal(str)  # "entries", "members", "factors", "settings", "all"

    def __init__(self, store: Store, path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.path = path
        self.undo_stack = QUndoStack(self)

    def notify(self, what: str = "all") -> None:
        self.changed.emit(what)

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

    def edit_entry(self, entry_id: int, draft: EntryDraft, text: str) -> Entry:
        cmd = EditEntry(self, entry_id, draft, text)
        self.undo_stack.push(cmd)
        return self.store.entry(entry_id)


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
