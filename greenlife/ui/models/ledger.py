"""The carbon book's ledger lines: actions, appliance days and rewards redeemed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from greenlife.store.book import LedgerLine
from greenlife.ui import labels
from greenlife.ui.models.base import ListModel

COL_DATE, COL_MEMBER, COL_KIND, COL_WHAT, COL_FACTOR, COL_POINTS = range(6)
Index = QModelIndex | QPersistentModelIndex


class LedgerModel(ListModel[LedgerLine]):
    set_lines = ListModel.set_rows
    line_at = ListModel.row_at
    household_id: int | None = None  # the household pseudo-member: its name translated

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Member"), self.tr("Kind"), self.tr("What"),
                self.tr("Factor"), self.tr("Points"))

    def assumption_text(self) -> str:
        return self.tr("assumption")

    def kind_text(self, kind: str) -> str:
        return {"action": self.tr("Action"), "appliance": self.tr("Appliance saving"),
                "redemption": self.tr("Reward redeemed")}.get(kind, kind)

    @staticmethod
    def line_icon(line: LedgerLine) -> Any:
        """The category's icon: a gift for a reward, the appliance's own for its saving."""
        from greenlife.ui import icons

        if line.kind == "redemption":
            return icons.icon("category", "reward")
        if line.kind == "appliance" and line.description in icons.NAMES["appliance"]:
            return icons.icon("appliance", line.description)
        return icons.icon("category", line.category) if line.category in icons.NAMES["category"] else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_DATE:
                return labels.date(line.day)
            if col == COL_MEMBER:
                return labels.member_name(line.member_id, line.member_name, self.household_id) \
                    or self.tr("Household")
            if col == COL_KIND:
                return self.kind_text(line.kind)
            if col == COL_WHAT:
                if line.kind == "redemption":
                    return self.tr("Reward: {reward}").format(reward=line.description)
                if line.kind == "appliance":
                    return self.tr("{appliance}: {kwh} kWh saved").format(
                        appliance=labels.appliance(line.description),
                        kwh=labels.number(line.quantity, 3))
                return self.tr("{category}: {item} {quantity} {unit}").format(
                    category=labels.category(line.category),
                    item=labels.item(line.description),
                    quantity=labels.quantity(line.quantity), unit=labels.unit(line.unit))
            if col == COL_FACTOR:
                if line.kind == "redemption":
                    return ""
                text = labels.factor_value(line.factor_value, line.factor_unit)
                return text + (" · " + self.assumption_text() if line.assumption else "")
            if col == COL_POINTS:
                return labels.points(line.points, signed=True)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_WHAT:
            return self.line_icon(line)
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_FACTOR, COL_WHAT) and line.kind != "redemption":
            year = f", {line.factor_year}" if line.factor_year else ""
            source = f"{line.factor_source}{year}"
            if col == COL_WHAT:  # the factor column steps aside in a narrow window: its value here too
                return labels.factor_value(line.factor_value, line.factor_unit) + "\n" + source
            return source
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_POINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
