"""The family's rewards and their price in points."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from greenlife.store.badges import Reward
from greenlife.ui import labels

COL_NAME, COL_PRICE = range(2)
Index = QModelIndex | QPersistentModelIndex


class RewardsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rewards: list[Reward] = []

    def set_rewards(self, rewards: list[Reward]) -> None:
        self.beginResetModel()
        self._rewards = list(rewards)
        self.endResetModel()

    def reward_at(self, row: int) -> Reward | None:
        return self._rewards[row] if 0 <= row < len(self._rewards) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rewards)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rewards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return r.name if index.column() == COL_NAME else labels.points(r.price)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 2:
            return (self.tr("Reward"), self.tr("Price (points)"))[section]
        return None
