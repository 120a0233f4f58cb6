"""The family's own actions: add one (name, unit, grams per unit, source, category), edit,
archive or bring back. Once added it is logged like any other action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greenlife.core.errors import GreenlifeError
from greenlife.core.own_actions import OWN_CATEGORIES, own_unit
from greenlife.ui import labels
from greenlife.ui.state import AppState
from greenlife.ui.widgets.common import error_label, normalise_decimal


class OwnActionsPanel(QWidget):
    COL_NAME, COL_CATEGORY, COL_GRAMS, COL_SOURCE, COL_STATE = range(5)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("ownActions")
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the action"))
        self.name.setPlaceholderText(self.tr("e.g. Repaired instead of replaced"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        for c in OWN_CATEGORIES:
            self.category.addItem(labels.category(c.value), c.value)
        self.unit = QLineEdit()
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.setPlaceholderText(self.tr("e.g. time, hour, item"))
        self.grams = QLineEdit()
        self.grams.setAccessibleName(self.tr("Grams of CO2 per unit"))
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Source"))
        self.source.setPlaceholderText(self.tr("who published the figure, or leave empty for "
                                               "our estimate"))
        self.error = error_label()
        self.add_button = QPushButton(self.tr("&Add action"))
        self.save_button = QPushButton(self.tr("Save &changes"))
        self.archive_button = QPushButton(self.tr("&Archive"))
        self.new_button = QPushButton(self.tr("&New"))
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Our own actions"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Category"),
                                              self.tr("Grams per unit"), self.tr("Source"),
                                              self.tr("State")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        intro = QLabel(self.tr(
            "An action your family does that GreenLife does not list: say how many grams of CO2 "
            "one unit saves and where the figure comes from. Without a source it is counted as "
            "our estimate and marked as an assumption in the report."))
        intro.setWordWrap(True)
        intro.setProperty("tone", "muted")

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Grams of CO2 per unit"), self.grams)
        form.addRow(self.tr("Source"), self.source)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        for b in (self.new_button, self.add_button, self.save_button, self.archive_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.new_button.clicked.connect(self.clear)
        self.table.itemSelectionChanged.connect(self._load)
        self.refresh()

    def selected_key(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), self.COL_NAME).data(Qt.ItemDataRole.UserRole)

    def _fields(self) -> tuple[str, str, str, str]:
        return (self.name.text(), self.unit.text(), normalise_decimal(self.grams.text()),
                self.source.text())

    def add(self) -> None:
        name, unit, grams, source = self._fields()
        try:
            f = self.state.add_own_action(name, unit, grams, source, self.category.currentData(),
                                          self.tr("Add action {name}").format(name=name.strip()))
        except GreenlifeError as exc:
            self.error.setText(labels.error_text(exc))
            return
        self.error.setText("")
        self._select(f.key)

    def save(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        name, unit, grams, source = self._fields()
        try:
            self.state.edit_own_action(key, name, unit, grams, source,
                                       self.tr("Edit action {name}").format(name=name.strip()))
        except GreenlifeError as exc:
            self.error.setText(labels.error_text(exc))
            return
        self.error.setText("")
        self._select(key)

    def toggle_archive(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        f, archived = self.state.store.factor_book.own_action(key)
        text = (self.tr("Bring back action {name}") if archived
                else self.tr("Archive action {name}")).format(name=f.label)
        self.state.archive_own_action(key, not archived, text)
        self._select(key)

    def clear(self) -> None:
        self.table.clearSelection()
        for w in (self.name, self.unit, self.grams, self.source):
            w.clear()
        self.category.setEnabled(True)
        self._buttons()
        self.name.setFocus()

    def _select(self, key: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, self.COL_NAME).data(Qt.ItemDataRole.UserRole) == key:
                self.table.selectRow(row)
                return

    def _load(self) -> None:
        key = self.selected_key()
        self._buttons()
        if key is None:
            return
        f, _archived = self.state.store.factor_book.own_action(key)
        self.name.setText(f.label)
        self.category.setCurrentIndex(max(self.category.findData(f.category.value), 0))
        self.category.setEnabled(False)  # the category is part of the action's key
        self.unit.setText(own_unit(f))
        self.grams.setText(f"{f.value:.12g}")
        self.source.setText("" if f.assumption else f.source)

    def _buttons(self) -> None:
        key = self.selected_key()
        self.save_button.setEnabled(key is not None)
        self.archive_button.setEnabled(key is not None)
        self.add_button.setEnabled(key is None)
        if key is not None:
            _f, archived = self.state.store.factor_book.own_action(key)
            self.archive_button.setText(self.tr("&Bring back") if archived else self.tr("&Archive"))

    def refresh(self) -> None:
        key = self.selected_key()
        actions = self.state.store.factor_book.own_actions()
        self.table.blockSignals(True)
        self.table.setRowCount(len(actions))
        for row, (f, archived) in enumerate(actions):
            source = self.tr("Our estimate (assumption)") if f.assumption else f.source
            cells = [f.label, labels.category(f.category.value),
                     self.tr("{grams} g per {unit}").format(grams=labels.quantity(f.value),
                                                            unit=own_unit(f)),
                     source, self.tr("archived") if archived else self.tr("offered")]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == self.COL_NAME:
                    item.setData(Qt.ItemDataRole.UserRole, f.key)
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        if key is not None:
            self._select(key)
        self._buttons()
