"""Backups of the data file, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from greenlife.store.backup import Backup
from greenlife.ui import labels

COL_MADE, COL_REASON, COL_SIZE = range(3)
Index = QModelIndex | QPersistentModelIndex


class BackupsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._backups: list[Backup] = []

    def set_backups(self, backups: list[Backup]) -> None:
        self.beginResetModel()
        self._backups = list(backups)
        self.endResetModel()

    def backup_at(self, row: int) -> Backup | None:
        return self._backups[row] if 0 <= row < len(self._backups) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def reason(self, key: str) -> str:
        names = {"daily": self.tr("daily"), "manual": self.tr("by hand"),
                 "pre-migration": self.tr("before an upgrade"), "pre-recalc": self.tr("before a recalculation"),
                 "pre-import": self.tr("before an import"), "pre-restore": self.tr("before a restore")}
        return names.get(key, key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        b = self._backups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == COL_MADE:
                return b.made.strftime("%Y-%m-%d %H:%M:%S")
            if col == COL_REASON:
                return self.reason(b.reason)
            return self.tr("{kb} KB").format(kb=labels.points(max(1, b.size // 1024)))
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(b.path)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return (self.tr("Made"), self.tr("Why"), self.tr("Size"))[section]
        return None
