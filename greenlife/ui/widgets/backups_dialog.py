"""Backups: list them, make one now, restore one (the current file is backed up first)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from greenlife.core.changes import Changes
from greenlife.core.errors import GreenlifeError
from greenlife.store.backup import list_backups, restore
from greenlife.ui import labels
from greenlife.ui.models.backups import BackupsModel
from greenlife.ui.ops import RestoreBackup
from greenlife.ui.state import AppState
from greenlife.ui.widgets.common import show_error


class BackupsDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumSize(560, 380)
        self.model = BackupsModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.info = QLabel(self.tr("Kept automatically: one a day for 7 days, one a week for 4 weeks, "
                                   "one a month for 12 months, plus one before every upgrade, "
                                   "recalculation and import."))
        self.info.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Back up &now"))
        self.restore_button = QPushButton(self.tr("&Restore selected…"))
        self.create_button.clicked.connect(self.create)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        row = QHBoxLayout()
        row.addWidget(self.create_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.model.set_backups(list_backups(self.state.path) if self.state.path else [])
        self.restore_button.setEnabled(self.model.rowCount() > 0)

    def create(self) -> None:
        try:
            b = self.state.store.backup("manual")
        except GreenlifeError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.status.setText(self.tr("Backup written: {path}").format(path=str(b.path)))

    def restore_selected(self, confirm: bool = True) -> bool:
        rows = self.table.selectionModel().selectedRows()
        backup = self.model.backup_at(rows[0].row()) if rows else None
        if backup is None or self.state.path is None:
            self.status.setText(self.tr("Select a backup first."))
            return False
        if confirm and QMessageBox.question(
                self, self.tr("Restore backup?"),
                self.tr("Replace the book with the backup of {date}? The current book is backed up "
                        "first, so this can be reversed.").format(date=backup.made.strftime("%Y-%m-%d %H:%M")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return False
        try:
            saved = restore(self.state.path, backup.path)
        except GreenlifeError as exc:
            show_error(self, exc)
            return False
        # earlier undo steps refer to the book before the restore; the restore itself is one
        # step, whose undo puts back the book as it was (kept in ``saved``)
        self.state.undo_stack.clear()
        if saved is not None:
            self.state.record(RestoreBackup(self.state, backup.path, saved.path, self.tr(
                "Restore the backup of {date}").format(date=labels.date(backup.made.date()))))
        else:
            self.state.notify(Changes.everything())
        self.reload()
        self.status.setText(self.tr("Restored. The book as it was is in {path}.").format(
            path=str(saved.path) if saved else "-"))
        return True
