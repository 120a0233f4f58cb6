"""The family's rewards and their price in points."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from greenlife.store.rewards import Reward
from greenlife.ui import labels
from greenlife.ui.models.base import ListModel

COL_NAME, COL_PRICE = range(2)
Index = QModelIndex | QPersistentModelIndex


class RewardsModel(ListModel[Reward]):
    set_rewards = ListModel.set_rows
    reward_at = ListModel.row_at

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Reward"), self.tr("Price (points)"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return r.name if index.column() == COL_NAME else labels.points(r.price)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None
