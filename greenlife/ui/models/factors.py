"""The factor table of one set: value, unit, kind, source, year."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from greenlife.core.models import Factor
from greenlife.ui import labels
from greenlife.ui.models.base import ListModel

COL_ITEM, COL_VALUE, COL_UNIT, COL_KIND, COL_SOURCE, COL_YEAR = range(6)
Index = QModelIndex | QPersistentModelIndex


class FactorsModel(ListModel[Factor]):
    set_factors = ListModel.set_rows
    factor_at = ListModel.row_at

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Item"), self.tr("Value"), self.tr("Unit"), self.tr("Kind"), self.tr("Source"),
                self.tr("Year"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DecorationRole and col == COL_ITEM:
            from greenlife.ui.icons import item_icon

            return item_icon(*f.key.split(".", 1))
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_ITEM:
                cat, item = f.key.split(".", 1)
                name = labels.item(item)
                return name + (" *" if f.assumption else "") if cat != "grid" else name
            if col == COL_VALUE:
                return f"{f.value:g}"
            if col == COL_UNIT:
                return f.unit
            if col == COL_KIND:
                return self.tr("reduction") if f.kind.value == "reduction" else self.tr("emission")
            if col == COL_SOURCE:
                return f.source
            if col == COL_YEAR:
                return str(f.year) if f.year else ""
        if role == Qt.ItemDataRole.ToolTipRole:  # the seeded assumptions are translated
            return QCoreApplication.translate("FactorNotes", f.note) if f.note else f.source
        if role == Qt.ItemDataRole.UserRole:
            return f.key
        return None
