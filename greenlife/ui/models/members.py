"""Household members: name, colour, active or archived."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from greenlife.core.models import Member
from greenlife.ui.models.base import ListModel

COL_NAME, COL_COLOUR, COL_STATE = range(3)
Index = QModelIndex | QPersistentModelIndex


class MembersModel(ListModel[Member]):
    set_members = ListModel.set_rows
    member_at = ListModel.row_at

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Colour"), self.tr("State"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:  # the colour as a swatch, not a hex code
            return (m.name, "", self.tr("Active") if m.active else self.tr("Archived"))[col]
        if role == Qt.ItemDataRole.DecorationRole and col == COL_COLOUR:
            return QColor(m.colour)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_NAME:
            from greenlife.ui.icons import avatar

            return avatar(m, 28)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and \
                col == COL_COLOUR:
            return self.tr("Colour of {name} in the charts").format(name=m.name)
        if role == Qt.ItemDataRole.UserRole:
            return m.id
        return None
