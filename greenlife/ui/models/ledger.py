"""The carbon book's ledger lines: credits from actions, debits from rewards."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from greenlife.store.book import LedgerLine
from greenlife.ui import labels
from greenlife.ui.models.base import ListModel

COL_DATE, COL_MEMBER, COL_KIND, COL_WHAT, COL_POINTS = range(5)
Index = QModelIndex | QPersistentModelIndex


class LedgerModel(ListModel[LedgerLine]):
    set_lines = ListModel.set_rows
    line_at = ListModel.row_at

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Member"), self.tr("Kind"), self.tr("What"), self.tr("Points"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_DATE:
                return line.day.isoformat()
            if col == COL_MEMBER:
                return line.member_name or self.tr("Household")
            if col == COL_KIND:
                return self.tr("Credit") if line.kind == "credit" else self.tr("Debit")
            if col == COL_WHAT:
                if line.kind == "credit":
                    return labels.category(line.category) + ": " + self.tr(
                        "%n entries", "", int(line.description))
                return self.tr("Reward: {reward}").format(reward=line.description)
            if col == COL_POINTS:
                return labels.points(line.points, signed=True)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_POINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
