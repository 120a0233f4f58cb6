"""Book: balances per member and for the household, and the ledger lines."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from greenlife.core.models import Category
from greenlife.core.periods import Period, bounds
from greenlife.ui import labels
from greenlife.ui.models.ledger import LedgerModel
from greenlife.ui.pages.base import Page
from greenlife.ui.state import AppState
from greenlife.ui.widgets.common import date_edit, fill_members, to_date


class BookPage(Page):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for p, text in ((Period.DAY, self.tr("Day")), (Period.WEEK, self.tr("Week (Mon–Sun)")),
                        (Period.MONTH, self.tr("Month")), (Period.YEAR, self.tr("Year")),
                        (Period.ALL, self.tr("All time"))):
            self.period.addItem(text, p.value)
        self.period.setCurrentIndex(1)
        self.day = date_edit(state.store.today())
        self.day.setAccessibleName(self.tr("A day in the period"))
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Whose book"))
        self.span = QLabel()
        self.points = QLabel()
        self.points.setObjectName("bookPoints")
        self.points.setStyleSheet("font-size: 24pt; font-weight: 700;")
        self.avoided = QLabel()
        self.emitted = QLabel()
        self.debits = QLabel()
        self.cats = {c.value: QLabel() for c in Category}
        self.members_grid = QGridLayout()
        self.ledger_model = LedgerModel(self)
        self.ledger = QTableView()
        self.ledger.setModel(self.ledger_model)
        self.ledger.setAccessibleName(self.tr("Ledger"))
        self.ledger.verticalHeader().hide()
        self.ledger.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ledger.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ledger.horizontalHeader().setStretchLastSection(True)

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Book of")))
        controls.addWidget(self.member)
        controls.addWidget(QLabel(self.tr("Period")))
        controls.addWidget(self.period)
        controls.addWidget(self.day)
        controls.addWidget(self.span, 1)
        summary = QFormLayout()
        summary.addRow(self.tr("Balance"), self.points)
        summary.addRow(self.tr("CO2 avoided"), self.avoided)
        summary.addRow(self.tr("CO2 emitted"), self.emitted)
        summary.addRow(self.tr("Rewards redeemed"), self.debits)
        for c in Category:
            summary.addRow(labels.category(c.value), self.cats[c.value])
        box1 = QGroupBox(self.tr("Summary"))
        box1.setLayout(summary)
        box2 = QGroupBox(self.tr("Members"))
        box2.setLayout(self.members_grid)
        left = QVBoxLayout()
        left.addWidget(box1)
        left.addWidget(box2)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Ledger: credits from actions, debits from rewards")))
        right.addWidget(self.ledger, 1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(body, 1)
        self.period.currentIndexChanged.connect(self.refresh)
        self.day.dateChanged.connect(self.refresh)
        self.member.currentIndexChanged.connect(self.refresh)

    def title(self) -> str:
        return self.tr("Book")

    def refresh(self) -> None:
        store = self.state.store
        fill_members(self.member, store.members(include_archived=True), household=self.tr("Household"))
        start, end = bounds(self.period.currentData(), to_date(self.day.date()))
        self.day.setEnabled(self.period.currentData() != Period.ALL.value)
        self.span.setText(self.tr("{start} – {end}").format(start=labels.date(start), end=labels.date(end))
                          if start else self.tr("all time"))
        member_id = self.member.currentData()
        b = store.balance(member_id, start, end)
        self.points.setText(self.tr("{points} points").format(points=labels.points(b.points)))
        self.avoided.setText(self.tr("{kg} kg").format(kg=labels.number(b.grams_avoided / 1000, 2)))
        self.emitted.setText(self.tr("{kg} kg").format(kg=labels.number(b.grams_emitted / 1000, 2)))
        self.debits.setText(self.tr("{points} points").format(points=labels.points(-b.debit_points)))
        for c, label in self.cats.items():
            label.setText(labels.points(b.points_by_category.get(c, 0), signed=True))
        while self.members_grid.count():
            w = self.members_grid.takeAt(0).widget()
            if w:
                w.deleteLater()
        for row, m in enumerate(store.members(include_archived=True)):
            dot = QLabel("●")
            dot.setStyleSheet(f"color: {m.colour};")
            self.members_grid.addWidget(dot, row, 0)
            self.members_grid.addWidget(QLabel(m.name if m.active else self.tr("{name} (archived)").format(
                name=m.name)), row, 1)
            self.members_grid.addWidget(QLabel(labels.points(store.balance(m.id, start, end).points)), row, 2)
        self.ledger_model.set_lines(store.ledger(member_id, start, end, limit=400))
