"""A page re-reads what it shows when data changes, only while it is visible."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from greenlife.core.changes import Changes
from greenlife.ui.state import AppState

EVERYTHING = Changes.everything().kinds() | {"checked"}


class Page(QWidget):
    # The parts of the book this page shows (Changes field names): it re-reads only when a
    # change touches one of them (or the language). Pages narrow this.
    shows: frozenset[str] = EVERYTHING

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._dirty = True
        state.changed.connect(self._on_changed)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Re-read from the store; pages override this."""

    def refresh_for(self, changes: Changes) -> None:
        """Re-read after this change; pages that can re-read only part of what they show
        override this (the record says which part)."""
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(self.shows):
            return
        if self.isVisible():
            self.refresh_for(changes)
            self._dirty = False
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.refresh()
            self._dirty = False
        super().showEvent(event)
