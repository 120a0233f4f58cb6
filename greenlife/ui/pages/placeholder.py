"""Pages a later issue fills: a clear placeholder until then."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from greenlife.ui.pages.base import Page
from greenlife.ui.state import AppState


class BadgesPage(Page):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        text = QLabel(self.tr("Badges and goals are coming in a later version.\n"
                              "Your entries already count towards them."))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(text)

    def title(self) -> str:
        return self.tr("Badges")
