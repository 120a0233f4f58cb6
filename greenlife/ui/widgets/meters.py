"""The household's meters: a month's reading or bill, the first year's baseline, the months
with their savings, and a chart of the months against last year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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

from greenlife.core.changes import Changes
from greenlife.core.errors import GreenlifeError
from greenlife.core.factors import METER_UNITS
from greenlife.core.meters import BILL, METERS, READING, against_last_year, month_start
from greenlife.ui import labels
from greenlife.ui.state import AppState
from greenlife.ui.widgets.common import DateEdit, error_label, normalise_decimal


CHART_MIN_WIDTH = 300  # below this the chart of twelve months is unreadable


def _month_edit(last: dt.date) -> QDateEdit:
    """A month field (2026-10); Tab leaves it. No maximum, so nothing typed is clamped: a
    month not over yet is refused by the core's check, with the reason beside the button."""
    edit = DateEdit()
    edit.setDisplayFormat("yyyy-MM")
    edit.setCalendarPopup(False)
    edit.setMaximumDate(QDate(2099, 12, 31))
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setDate(QDate(last.year, last.month, 1))
    return edit


class MeterPanel(QWidget):
    """Enter a month of electricity, gas or water; see what each month saved."""

    COL_MONTH, COL_ENTERED, COL_USED, COL_LAST, COL_SAVED, COL_POINTS = range(6)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("meterPanel")
        self.meter = QComboBox()
        self.meter.setAccessibleName(self.tr("Meter"))
        for m in METERS:
            self.meter.addItem(self._meter_name(m), m)
        last_month = month_start(state.store.today()) - dt.timedelta(days=1)
        self.month = _month_edit(last_month)
        self.month.setAccessibleName(self.tr("Month"))
        self.how = QComboBox()
        self.how.setAccessibleName(self.tr("From"))
        self.how.addItem(self.tr("Meter reading at the month's end"), READING)
        self.how.addItem(self.tr("Amount on the bill"), BILL)
        self.value = QLineEdit()
        self.value.setAccessibleName(self.tr("Reading or amount"))
        self.unit = QLabel()
        self.replaced = QCheckBox(self.tr("A new meter was fitted this month"))
        self.new_start = QLineEdit()
        self.new_start.setAccessibleName(self.tr("New meter's first reading"))
        self.new_start.setPlaceholderText("0")
        self.old_end = QLineEdit()
        self.old_end.setAccessibleName(self.tr("Old meter's last reading"))
        self.old_end.setPlaceholderText(self.tr("if known"))
        self.save_button = QPushButton(self.tr("Save &month"))
        self.error = error_label()
        self.baseline = QLineEdit()
        self.baseline.setAccessibleName(self.tr("Baseline per month"))
        self.baseline_button = QPushButton(self.tr("Set &baseline"))
        self.baseline_note = QLabel()
        self.baseline_note.setObjectName("baselineNote")
        self.baseline_note.setWordWrap(True)
        self.baseline_note.setProperty("tone", "muted")
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Months entered"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Month"), self.tr("Entered"), self.tr("Used"), self.tr("Last year"),
            self.tr("Saved"), self.tr("Points")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        # the numbers' columns as wide as their numbers; "Entered" takes the rest and wraps
        # (a new meter goes on a line of its own, "(baseline)" under its value): no sideways
        # scrolling at 1024 px in either language
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_ENTERED, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(24)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        self.delete_button = QPushButton(self.tr("&Remove month"))
        self.delete_button.setAccessibleName(self.tr("Remove the selected month"))
        # where the months and the chart do not fit side by side (1024 px), one at a time
        self.chart_button = QPushButton(self.tr("Show &chart"))
        self.chart_button.setCheckable(True)
        self.chart_button.toggled.connect(self._arrange)
        self.chart = None  # made when first shown (matplotlib is imported then)

        form = self.form = QFormLayout()
        form.addRow(self.tr("Meter"), self.meter)
        form.addRow(self.tr("Month"), self.month)
        form.addRow(self.tr("From"), self.how)
        qrow = QHBoxLayout()
        qrow.addWidget(self.value, 1)
        qrow.addWidget(self.unit)
        form.addRow(self.tr("Reading or amount"), qrow)
        form.addRow("", self.replaced)
        form.addRow(self.tr("New meter's first reading"), self.new_start)
        form.addRow(self.tr("Old meter's last reading"), self.old_end)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button)
        brow = QHBoxLayout()
        brow.addWidget(self.baseline, 1)
        brow.addWidget(self.baseline_button)
        form.addRow(self.tr("Baseline per month"), brow)
        # the form on top; the months and their chart side by side below (fits the Log page's
        # narrower form column at 1024 px)
        months = self.months_box = QVBoxLayout()
        months.addWidget(self.table, 1)
        months.addStretch(0)  # keeps the buttons at the bottom while the chart is shown
        months_buttons = QHBoxLayout()
        months_buttons.addWidget(self.delete_button)
        months_buttons.addStretch(1)
        months_buttons.addWidget(self.chart_button)
        months.addLayout(months_buttons)
        self.right = QVBoxLayout()
        below = self.below = QHBoxLayout()
        below.addLayout(months, 3)
        below.addLayout(self.right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.baseline_note)
        layout.addLayout(below, 1)

        self.meter.currentIndexChanged.connect(self.refresh)
        self.month.dateChanged.connect(self._load_month)
        self.replaced.toggled.connect(self._replaced_toggled)
        self.how.currentIndexChanged.connect(self._replaced_toggled)
        self.save_button.clicked.connect(self.save)
        self.value.returnPressed.connect(self.save)
        self.baseline_button.clicked.connect(self.save_baseline)
        self.baseline.returnPressed.connect(self.save_baseline)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.itemSelectionChanged.connect(self._select_row)
        self._replaced_toggled()
        self._dirty = False
        state.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        """Meter months are ledger lines: the Log page does not re-read on ledger changes, so
        this tab listens for its own (lines, the factors in use, the baseline setting)."""
        if not changes.touches({"ledger", "factors", "settings"}):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def _meter_name(self, meter: str) -> str:
        return {"electricity": self.tr("Electricity (kWh)"), "gas": self.tr("Gas (m³)"),
                "water": self.tr("Water (m³)")}[meter]

    def current_meter(self) -> str:
        return str(self.meter.currentData())

    def _month(self) -> dt.date:
        q = self.month.date()
        return dt.date(q.year(), q.month(), 1)

    def _replaced_toggled(self) -> None:
        reading = self.how.currentData() == READING
        self.replaced.setEnabled(reading)
        on = reading and self.replaced.isChecked()
        self.new_start.setEnabled(on)
        self.old_end.setEnabled(on)
        # the new meter's two readings only when a new meter was fitted (room for the months)
        self.form.setRowVisible(self.new_start, on)
        self.form.setRowVisible(self.old_end, on)

    def _load_month(self) -> None:
        r = self.state.store.meters.reading(self.current_meter(), self._month())
        if r is None:
            return
        self.how.setCurrentIndex(max(self.how.findData(r.how), 0))
        self.value.setText(f"{r.value:.12g}")
        self.replaced.setChecked(r.new_meter_start is not None)
        self.new_start.setText("" if r.new_meter_start is None else f"{r.new_meter_start:.12g}")
        self.old_end.setText("" if r.old_meter_end is None else f"{r.old_meter_end:.12g}")

    def save(self) -> None:
        meter, month = self.current_meter(), self._month()
        replaced = self.replaced.isChecked() and self.how.currentData() == READING
        try:
            reading = self.state.store.meters.check(
                meter, month, normalise_decimal(self.value.text()), self.how.currentData(),
                (normalise_decimal(self.new_start.text()) or "0") if replaced else None,
                normalise_decimal(self.old_end.text()) if replaced else None)
            self.state.save_meter_reading(reading, self.tr("{meter} for {month}").format(
                meter=self._meter_name(meter), month=month.isoformat()[:7]))
        except GreenlifeError as exc:
            self.error.setText(labels.error_text(exc))
            return
        self.error.setText("")
        self.value.clear()
        self.replaced.setChecked(False)
        self.new_start.clear()
        self.old_end.clear()

    def save_baseline(self) -> None:
        meter = self.current_meter()
        try:
            self.state.set_meter_baseline(meter, normalise_decimal(self.baseline.text()),
                                          self.tr("Baseline of {meter}").format(
                                              meter=self._meter_name(meter)))
        except GreenlifeError as exc:
            self.error.setText(labels.error_text(exc))
            return
        self.error.setText("")

    def _select_row(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.delete_button.setEnabled(bool(rows) and self.table.item(
            rows[0].row(), self.COL_ENTERED).text() != "")

    def delete_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        month = self.table.item(rows[0].row(), self.COL_MONTH).data(Qt.ItemDataRole.UserRole)
        meter = self.current_meter()
        try:
            self.state.delete_meter_reading(meter, month, self.tr(
                "Remove {meter} for {month}").format(meter=self._meter_name(meter),
                                                     month=month.isoformat()[:7]))
        except GreenlifeError as exc:
            self.error.setText(labels.error_text(exc))

    # -- what is shown ------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.state.store
        meter = self.current_meter()
        unit = labels.unit(METER_UNITS[meter])
        self.unit.setText(unit)
        baseline = store.meters.baseline(meter)
        self.baseline.setText("" if baseline is None else f"{baseline:.12g}")
        if baseline is None:
            self.baseline_note.setText(self.tr(
                "Each month is compared with the same month last year. Until there is a year "
                "of readings, give a baseline (a usual month's use, e.g. from last year's "
                "bills) to count the first year's months against."))
        else:
            self.baseline_note.setText(self.tr(
                "Each month is compared with the same month last year; months without one are "
                "compared with your baseline of {value} {unit} a month.").format(
                value=labels.meter_amount(baseline), unit=unit))
        readings = {r.month: r for r in store.meters.readings(meter)}
        uses = store.meters.uses(meter)
        saved = {s.month: s for s in store.meters.savings(meter)}
        points = {m: p for (item, m), (_g, p) in store.meters.lines().items() if item == meter}
        months = sorted(set(readings) | set(uses), reverse=True)
        self.table.setRowCount(len(months))
        for row, m in enumerate(months):
            r = readings.get(m)
            entered = "" if r is None else (
                self.tr("reading {value}").format(value=labels.meter_amount(r.value)) if r.how == READING
                else self.tr("bill {value}").format(value=labels.meter_amount(r.value)))
            if r is not None and r.new_meter_start is not None:
                entered += "\n" + self.tr("new meter")
            use = uses.get(m)
            s = saved.get(m)
            cells = [m.isoformat()[:7], entered,
                     "" if use is None else labels.meter_amount(use.amount)
                     + (" *" if use.estimated else ""),
                     "" if s is None else labels.meter_amount(s.compared_with)
                     + ("" if s.basis == "last_year" else "\n" + self.tr("(baseline)")),
                     "" if s is None else labels.meter_amount(s.saved),
                     labels.points(points[m], signed=True) if m in points else ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if "\n" in text:
                    item.setToolTip(text.replace("\n", " "))
                if col == self.COL_MONTH:
                    item.setData(Qt.ItemDataRole.UserRole, m)
                if col >= self.COL_USED:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self._select_row()
        self._load_month()
        if self.isVisible():
            self.draw_chart()
        self._arrange()

    def _months_width(self) -> int:
        """The width the months table needs without sideways scrolling: its number columns
        whole, "Entered" as wide as its longest word."""
        t = self.table
        fm = t.fontMetrics()
        header = t.horizontalHeader()
        need = 0
        for col in range(t.columnCount()):
            head = fm.horizontalAdvance(t.horizontalHeaderItem(col).text()) + 24
            if col == self.COL_ENTERED:
                words = [w for r in range(t.rowCount()) for w in t.item(r, col).text().split()]
                need += max([head, *(fm.horizontalAdvance(w) + 16 for w in words)])
            else:
                need += max(head, t.sizeHintForColumn(col), header.sectionSizeHint(col))
        return need + t.verticalScrollBar().sizeHint().width() + 2 * t.frameWidth() + 4

    def _arrange(self) -> None:
        """The months and the chart side by side when both fit; else one at a time, with
        a button to switch (the chart's text alternative stays in either)."""
        side_by_side = self.width() >= self._months_width() + CHART_MIN_WIDTH
        charting = not side_by_side and self.chart_button.isChecked()
        self.chart_button.setVisible(not side_by_side)
        self.chart_button.setText(self.tr("Show mont&hs") if charting else self.tr("Show &chart"))
        self.table.setVisible(not charting)
        self.delete_button.setVisible(not charting)
        if self.chart is not None:
            self.chart.setVisible(side_by_side or charting)
        self.below.setStretchFactor(self.months_box, 0 if charting else 3)
        self.below.setStretchFactor(self.right, 2 if side_by_side or charting else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            self.refresh()
        else:
            self.draw_chart()

    def draw_chart(self) -> None:
        from greenlife.reports.charts import MeterText, draw_meter_months
        from greenlife.ui.widgets.chart import ChartWidget

        if self.chart is None:
            self.chart = ChartWidget("meterChart", compact=True)
            self.chart.canvas.setMinimumHeight(110)  # the Log page's tab is short at 700 px
            self.right.addWidget(self.chart, 1)
            self._arrange()
        meter = self.current_meter()
        uses = self.state.store.meters.uses(meter)
        last = month_start(self.state.store.today()) - dt.timedelta(days=1)
        series = against_last_year(uses, last, 12)
        unit = labels.unit(METER_UNITS[meter])
        text = MeterText(self.tr("This year"), self.tr("Same month last year"), unit,
                         [f"{m.month}" for m, _u, _b in series])
        known = [(m, u, b) for m, u, b in series if u is not None]
        summary = "; ".join(
            self.tr("{month}: {used} {unit}, a year before {before}").format(
                month=m.isoformat()[:7], used=labels.quantity(round(u or 0, 1)), unit=unit,
                before=self.tr("unknown") if b is None else labels.quantity(round(b, 1)))
            for m, u, b in known) or self.tr("No months entered yet.")
        self.chart.show_chart(lambda fig, theme: draw_meter_months(fig, series, text, theme=theme,
                                                                   legend=False),
                              summary, self.tr("{meter} against last year")
                              .format(meter=self._meter_name(meter)), unit)
