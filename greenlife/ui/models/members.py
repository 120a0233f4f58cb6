"""Household members: name, colour, active or archived."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from greenlife.core.models import Member

COL_NAME, COL_COLOUR, COL_STATE = range(3)
Index = QModelIndex | QPersistentModelIndex


class MembersModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._members: list[Member] = []

    def set_members(self, members: list[Member]) -> None:
        self.beginResetModel()
        self._members = list(members)
        self.endResetModel()

    def member_at(self, row: int) -> Member | None:
        return self._members[row] if 0 <= row < len(self._members) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self._members[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (m.name, m.colour, self.tr("Active") if m.active else self.tr("Archived"))[col]
        if role == Qt.ItemDataRole.DecorationRole and col == COL_COLOUR:
            return QColor(m.colour)
        if role == Qt.ItemDataRole.UserRole:
            return m.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < 3:
                return (self.tr("Name"), self.tr("Colour"), self.tr("State"))[section]
        return None
