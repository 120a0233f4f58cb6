"""Edit one entry in a dialog; the change goes on the undo stack."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from greenlife.core.models import Entry
from greenlife.ui import labels
from greenlife.ui.state import AppState
from greenlife.ui.widgets.entry_form import EntryForm


class EntryDialog(QDialog):
    def __init__(self, state: AppState, entry: Entry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.entry = entry
        self.setWindowTitle(self.tr("Edit entry"))
        self.setMinimumWidth(460)
        self.form = EntryForm(state, entry.category, editing=entry)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.form.saved.connect(self._apply)

    def _apply(self, drafts: list) -> None:
        from greenlife.core.errors import GreenlifeError
        from greenlife.core.ledger import OverspendError
        from greenlife.ui.widgets.common import confirm_overspend, show_error

        text = self.tr("Edit {what}").format(what=labels.item(drafts[0].item))
        try:
            try:
                self.state.edit_entry(self.entry.id, drafts[0], text)
            except OverspendError as exc:
                if not confirm_overspend(self, exc):
                    return
                self.state.edit_entry(self.entry.id, drafts[0], text, confirm=True)
        except GreenlifeError as exc:  # the dialog stays open with what was typed
            show_error(self, exc)
            return
        self.accept()
