"""History: every entry, loaded a page at a time so a million rows stay smooth."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from greenlife.core.models import Entry
from greenlife.ui import labels

COL_DATE, COL_MEMBER, COL_CATEGORY, COL_WHAT, COL_QUANTITY, COL_FACTOR, COL_GRAMS, COL_POINTS = (
    range(8))
SORT_KEYS = ("day", "member", "category", "item", "quantity", "factor", "grams", "points")

PageFetcher = Callable[[int, int, int, str, bool], list[Entry]]
Index = QModelIndex | QPersistentModelIndex


class EntriesModel(QAbstractTableModel):
    PAGE = 200
    MAX_PAGES = 64

    def __init__(self, fetch_page: PageFetcher, count: Callable[[], int], parent=None,
                 prepare_sort: Callable[[str, bool, Callable[[], None]], bool] | None = None) -> None:
        super().__init__(parent)
        # prepare_sort(key, descending, ready): starts sorting off the UI thread and returns
        # True, then calls ready() on the UI thread; the old order stays until then
        self._prepare_sort = prepare_sort
        self.sorting = False
        self._fetch = fetch_page
        self._count = count
        self._total = 0
        self._pages: OrderedDict[int, list[Entry]] = OrderedDict()
        self.sort_key = "day"
        self.descending = True
        self.household_id: int | None = None  # the household pseudo-member: its name translated

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Member"), self.tr("Category"), self.tr("What"),
                self.tr("Quantity"), self.tr("Factor"), self.tr("Grams CO2"), self.tr("Points")]

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._total = self._count()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def entry_at(self, row: int) -> Entry | None:
        if not 0 <= row < self._total:
            return None
        page_no = row // self.PAGE
        page = self._pages.get(page_no)
        if page is None:
            page = self._fetch(page_no * self.PAGE, self.PAGE, self._total, self.sort_key,
                               self.descending)
            self._pages[page_no] = page
            if len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        offset = row % self.PAGE
        return page[offset] if offset < len(page) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.entry_at(index.row())
        if e is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_DATE:
                return labels.short_date(e.day)
            if col == COL_MEMBER:
                return labels.member_name(e.member_id, e.member_name, self.household_id)
            if col == COL_CATEGORY:
                return labels.category(e.category.value)
            if col == COL_WHAT:
                return labels.item(e.item)
            if col == COL_QUANTITY:
                return f"{labels.number(e.quantity, 2).rstrip('0').rstrip('.,')} {labels.unit(e.unit)}"
            if col == COL_FACTOR:
                return f"{e.factor.value:g} {e.factor.unit}"
            if col == COL_GRAMS:
                return labels.number(e.grams, 1)
            if col == COL_POINTS:
                return labels.points(e.points, signed=True)
        if role == Qt.ItemDataRole.DecorationRole and col in (COL_CATEGORY, COL_WHAT):
            from greenlife.ui import icons

            return (icons.icon("category", e.category.value) if col == COL_CATEGORY
                    else icons.item_icon(e.category.value, e.item))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_QUANTITY, COL_GRAMS, COL_POINTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_FACTOR:
            f = e.factor
            return self.tr("{value:g} {unit}, {kind}\nSource: {source} ({year})").format(
                value=f.value, unit=f.unit, kind=f.kind.value, source=f.source,
                year=f.year or self.tr("n/a"))
        if role == Qt.ItemDataRole.UserRole:
            return e.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < 8:
                return self.headers()[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):
            return
        key, descending = SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder
        if self._prepare_sort is not None and (key, descending) != (self.sort_key, self.descending):
            if self._pending == (key, descending):
                return  # already being sorted (the view may ask twice)
            self.sorting = True
            self._pending = (key, descending)
            if self._prepare_sort(key, descending, lambda: self._apply_sort(key, descending)):
                return
        self._apply_sort(key, descending)

    _pending: tuple[str, bool] | None = None

    def _apply_sort(self, key: str, descending: bool) -> None:
        if self._pending not in (None, (key, descending)):
            return  # a newer sort was asked for meanwhile: it applies when it is ready
        self._pending = None
        self.sorting = False
        self.sort_key = key
        self.descending = descending
        self.layoutAboutToBeChanged.emit()
        self._pages.clear()
        self.layoutChanged.emit()
