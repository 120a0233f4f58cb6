"""Backups of the data file, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from greenlife.store.backup import Backup
from greenlife.ui import labels
from greenlife.ui.models.base import ListModel

COL_MADE, COL_REASON, COL_SIZE = range(3)
Index = QModelIndex | QPersistentModelIndex


class BackupsModel(ListModel[Backup]):
    set_backups = ListModel.set_rows
    backup_at = ListModel.row_at

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Made"), self.tr("Why"), self.tr("Size"))

    def reason(self, key: str) -> str:
        names = {"daily": self.tr("daily"), "manual": self.tr("by hand"),
                 "pre-migration": self.tr("before an upgrade"), "pre-recalc": self.tr("before a recalculation"),
                 "pre-import": self.tr("before an import"), "pre-restore": self.tr("before a restore")}
        return names.get(key, key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        b = self._rows[index.row()]
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
