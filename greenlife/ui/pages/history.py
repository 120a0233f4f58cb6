"""History: every entry; filter, sort, edit in a dialog, delete with undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from greenlife.ui import labels
from greenlife.ui.models.entries import (
    COL_CATEGORY,
    COL_DATE,
    COL_FACTOR,
    COL_GRAMS,
    COL_MEMBER,
    COL_POINTS,
    COL_QUANTITY,
    COL_WHAT,
    EntriesModel,
)
from greenlife.ui.pages.base import Page
from greenlife.ui.state import AppState
from greenlife.ui.widgets.common import date_edit, field_label, fill_members, to_date
from greenlife.ui.widgets.entry_dialog import EntryDialog
from greenlife.ui.widgets.tables import ColumnFitter


class HistoryPage(Page):
    shows = frozenset({"ledger", "members", "factors"})

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        today = state.store.today()
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Filter by member"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Filter by category"))
        self.category.addItem(self.tr("All categories"), None)
        for c in ("commute", "waste", "food", "energy", "goods"):  # the categories of actions
            self.category.addItem(labels.category(c), c)
        self.use_dates = QCheckBox(self.tr("From"))
        self.start = date_edit(today)
        self.start.setDate(self.start.date().addMonths(-1))
        self.start.setAccessibleName(self.tr("From date"))
        self.end = date_edit(today)
        self.end.setAccessibleName(self.tr("To date"))
        self.start.setEnabled(False)
        self.end.setEnabled(False)
        self.count = QLabel()
        self.count.setObjectName("historyCount")

        self.model = EntriesModel(self._fetch, self._count, self, self._prepare_sort)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Entries"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.columns = ColumnFitter(self.table, self._samples(), COL_WHAT,
                                    icons=(COL_CATEGORY, COL_WHAT), optional=(COL_FACTOR, COL_GRAMS), min_stretch=150)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())

        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected entries (Ctrl+Z undoes)"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(state.undo_stack.undo)
        self.redo_button.clicked.connect(state.undo_stack.redo)
        state.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        state.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(state.undo_stack.canUndo())  # a rebuilt page keeps the history
        self.redo_button.setEnabled(state.undo_stack.canRedo())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)

        filters = QHBoxLayout()
        filters.addWidget(field_label(self.tr("Member"), self.member))
        filters.addWidget(self.member)
        filters.addWidget(field_label(self.tr("Category"), self.category))
        filters.addWidget(self.category)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.start)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.end)
        filters.addStretch(1)
        filters.addWidget(self.count)
        buttons = QHBoxLayout()
        for b in (self.edit_button, self.delete_button, self.undo_button, self.redo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.member.currentIndexChanged.connect(self.refresh)
        self.category.currentIndexChanged.connect(self.refresh)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.start.dateChanged.connect(self.refresh)
        self.end.dateChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def title(self) -> str:
        return self.tr("History")

    def _samples(self) -> dict[int, list[str]]:
        """Typical widest texts of each column, for widths that fit the window."""
        names = [m.name for m in self.state.store.members(include_archived=True)] or ["杨女士"]
        return {COL_DATE: [labels.short_date(dt.date(2026, 12, 28))], COL_MEMBER: names,
                COL_CATEGORY: [labels.category(c) for c in ("commute", "waste", "food")],
                COL_WHAT: [],
                COL_QUANTITY: [f"{labels.number(99.9, 1)} {labels.unit(u)}" for u in ("km", "ride", "kg", "meal")],
                COL_FACTOR: ["230 g CO2e/meal", "3.9 kg CO2e/kg"],
                COL_GRAMS: [labels.number(-12345.6, 1)],
                COL_POINTS: [labels.points(-123456, signed=True)]}

    def focus_filter(self) -> None:
        self.member.setFocus()
        self.member.showPopup()

    def _dates_toggled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)
        self.refresh()

    def _filters(self) -> tuple[int | None, dt.date | None, dt.date | None, str | None]:
        start = to_date(self.start.date()) if self.use_dates.isChecked() else None
        end = to_date(self.end.date()) if self.use_dates.isChecked() else None
        return self.member.currentData(), start, end, self.category.currentData()

    def _fetch(self, offset: int, limit: int, total: int, key: str, desc: bool) -> list:
        member, start, end, category = self._filters()
        return self.state.store.entry_page(offset, limit, total, member, start, end, category,
                                           key, desc)

    def _prepare_sort(self, key: str, descending: bool, ready) -> bool:
        """Sort a large book off the UI thread; the table keeps its order until then."""
        job = self.state.store.sort_job(*self._filters(), key, descending)
        if job is None:
            return False
        from greenlife.ui.worker import call_in_background

        self.count.setText(self.tr("Sorting…"))

        def done(apply) -> None:
            apply()  # False if the book changed meanwhile: the page then sorts on demand
            ready()
            self.count.setText(self.tr("%n entries", "", self.model.rowCount()))

        def failed(_exc: Exception) -> None:
            ready()

        call_in_background(job, done, failed)
        return True

    def _count(self) -> int:
        return self.state.store.count_entries(*self._filters())

    def refresh(self) -> None:
        store = self.state.store
        household_id = store.people.household_id()
        current = self.member.currentData()
        fill_members(self.member, store.members(include_archived=True),
                     household=self.tr("All members"))
        if household_id is not None:  # the whole family's entries (waste sorted together)
            self.member.blockSignals(True)
            self.member.addItem(labels.household(), household_id)
            if current == household_id:
                self.member.setCurrentIndex(self.member.count() - 1)
            self.member.blockSignals(False)
        self.model.household_id = household_id
        self.model.reload()
        self.columns.samples = self._samples()
        self.columns.fit()
        self.count.setText(self.tr("%n entries", "", self.model.rowCount()))
        self._selection_changed()

    def _selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = []
        for r in rows:
            e = self.model.entry_at(r)
            if e is not None:
                ids.append(e.id)
        return ids

    def _selection_changed(self, *_args: object) -> None:
        n = len(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(n == 1)
        self.delete_button.setEnabled(n > 0)

    def edit_selected(self) -> None:
        ids = self._selected_ids()
        if len(ids) != 1:
            return
        EntryDialog(self.state, self.state.store.entry(ids[0]), self).exec()

    def delete_selected(self) -> None:
        ids = self._selected_ids()
        if ids:
            from greenlife.core.errors import GreenlifeError
            from greenlife.core.ledger import OverspendError
            from greenlife.ui.widgets.common import confirm_overspend, show_error

            text = self.tr("Delete %n entries", "", len(ids))
            try:
                self.state.delete_entries(ids, text)
            except OverspendError as exc:
                if confirm_overspend(self, exc):
                    try:
                        self.state.delete_entries(ids, text, confirm=True)
                    except GreenlifeError as again:
                        show_error(self, again)
            except GreenlifeError as exc:
                show_error(self, exc)
