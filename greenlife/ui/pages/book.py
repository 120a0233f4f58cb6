"""Book: balances per member and for the household, and the ledger lines."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from greenlife.core.errors import GreenlifeError
from greenlife.core.models import Category
from greenlife.core.periods import Period, bounds
from greenlife.ui import labels
from greenlife.ui.icons import avatar, icon
from greenlife.ui.models.ledger import COL_DATE, COL_FACTOR, COL_KIND, COL_MEMBER, COL_POINTS, COL_WHAT, LedgerModel
from greenlife.ui.models.rewards import RewardsModel
from greenlife.ui.pages.base import Page
from greenlife.ui.state import AppState
from greenlife.ui.widgets.common import date_edit, field_label, fill_members, show_error, to_date
from greenlife.ui.widgets.tables import ColumnFitter

LEDGER_ROWS = 2000


class BookPage(Page):
    shows = frozenset({"ledger", "members", "rewards", "factors", "checked"})

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
        self.available = QLabel()
        self.available.setObjectName("bookAvailable")
        self.available.setStyleSheet("font-size: 20pt; font-weight: 700;")
        self.earned = QLabel()
        self.points = QLabel()
        self.points.setObjectName("bookPoints")
        self.ledger_total = QLabel()
        self.ledger_total.setObjectName("ledgerTotal")
        self.avoided = QLabel()
        self.emitted = QLabel()
        self.debits = QLabel()
        self.cats = {c.value: QLabel() for c in Category}
        self.members_grid = QGridLayout()
        self.members_grid.setVerticalSpacing(2)
        self.ledger_model = LedgerModel(self)
        self.ledger = QTableView()
        self.ledger.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.ledger.setModel(self.ledger_model)
        self.ledger.setAccessibleName(self.tr("Ledger"))
        self.ledger.verticalHeader().hide()
        self.ledger.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ledger.setWordWrap(False)
        # the Kind column says what the What column's icon and text say already: it is shown
        # only when there is room, after the factor
        self.columns = ColumnFitter(self.ledger, self._samples(), COL_WHAT, icons=(COL_WHAT,),
                                    optional=(COL_KIND, COL_FACTOR), min_stretch=200)

        controls = QHBoxLayout()
        controls.addWidget(field_label(self.tr("Book of"), self.member))
        controls.addWidget(self.member)
        controls.addWidget(field_label(self.tr("Period"), self.period))
        controls.addWidget(self.period)
        controls.addWidget(self.day)
        controls.addWidget(self.span, 1)
        summary = QFormLayout()
        summary.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        summary.setVerticalSpacing(3)
        available_title = QLabel(self.tr("Available to spend (all time)"))
        available_title.setBuddy(self.available)
        summary.addRow(self.tr("Earned in this period"), self.earned)
        summary.addRow(self.tr("Redeemed in this period"), self.debits)
        summary.addRow(self.tr("Net for this period"), self.points)
        summary.addRow(self.tr("CO2 avoided"), self.avoided)
        summary.addRow(self.tr("CO2 emitted"), self.emitted)
        for c in Category:
            summary.addRow(labels.category(c.value), self.cats[c.value])
        self.summary_form = summary
        box1 = QGroupBox(self.tr("Summary"))
        b1 = QVBoxLayout(box1)
        b1.addWidget(available_title)
        b1.addWidget(self.available)
        b1.addLayout(summary)
        box2 = QGroupBox(self.tr("Members"))
        box2.setLayout(self.members_grid)
        self.rewards_model = RewardsModel(self)
        self.rewards = QTableView()
        self.rewards.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.rewards.setObjectName("rewardsTable")
        self.rewards.setAccessibleName(self.tr("Rewards"))
        self.rewards.setModel(self.rewards_model)
        self.rewards.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rewards.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rewards.verticalHeader().hide()
        self.rewards.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rewards.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.redeem_for = QComboBox()
        self.redeem_for.setAccessibleName(self.tr("Redeem for"))
        self.redeem_button = QPushButton(self.tr("&Redeem"))
        self.redeem_button.setToolTip(self.tr("Spend points on the selected reward (Ctrl+Z undoes)"))
        self.add_reward_button = QPushButton(self.tr("Add reward…"))
        self.edit_reward_button = QPushButton(self.tr("Edit…"))
        self.edit_reward_button.setToolTip(self.tr("Rename or reprice the selected reward"))
        self.archive_reward_button = QPushButton(self.tr("Archive"))
        self.archive_reward_button.setToolTip(self.tr(
            "Take the selected reward off the list; what was redeemed stays in the book"))
        self.edit_reward_button.clicked.connect(lambda: self.edit_reward())
        self.archive_reward_button.clicked.connect(self.archive_reward)
        self.reward_status = QLabel()
        self.reward_status.setObjectName("rewardStatus")
        self.reward_status.setWordWrap(True)
        self.redeem_button.clicked.connect(self.redeem)
        self.add_reward_button.clicked.connect(lambda: self.add_reward())
        self.redeem_button.setIcon(icon("action", "redeem"))
        self.add_reward_button.setIcon(icon("action", "add"))
        self.edit_reward_button.setIcon(icon("action", "edit"))
        rrow = QHBoxLayout()
        rrow.addWidget(field_label(self.tr("Redeem for"), self.redeem_for))
        rrow.addWidget(self.redeem_for, 1)
        rrow.addWidget(self.redeem_button)
        mrow = QHBoxLayout()  # managing the list: a row of its own, so nothing is cut at 1024 px
        mrow.addWidget(self.add_reward_button)
        mrow.addWidget(self.edit_reward_button)
        mrow.addWidget(self.archive_reward_button)
        mrow.addStretch(1)
        box3 = QGroupBox(self.tr("Family rewards"))
        rv = QVBoxLayout(box3)
        rv.addWidget(self.rewards)
        rv.addLayout(mrow)
        rv.addLayout(rrow)
        rv.addWidget(self.reward_status)
        # the summary, members and rewards scroll as one column in a short window instead of
        # squeezing the rewards list to a row (never sideways: the column is as wide as its room)
        left_panel = QWidget()
        left_panel.setObjectName("bookSide")
        left_box = QVBoxLayout(left_panel)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(box1)
        left_box.addWidget(box2)
        left_box.addWidget(box3)
        left_box.addStretch(1)
        self.side = QScrollArea()
        self.side.setObjectName("bookSideScroll")
        self.side.setWidget(left_panel)
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.Shape.NoFrame)
        self.side.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take the focus, not the frame
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row_height = self.rewards.fontMetrics().height() + 10
        self.rewards.verticalHeader().setDefaultSectionSize(row_height)
        self.rewards.setFixedHeight(row_height * 4 + 6)  # a header and three rewards; more scroll
        left = QVBoxLayout()
        left.addWidget(self.side)
        right = QVBoxLayout()
        ledger_title = QLabel(self.tr("Ledger: every line of the period — actions, each day of an "
                                      "appliance's saving, rewards redeemed"))
        ledger_title.setWordWrap(True)
        right.addWidget(ledger_title)
        right.addWidget(self.ledger, 1)
        right.addWidget(self.ledger_total)
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

    def _samples(self) -> dict[int, list[str]]:
        """Typical widest texts of each ledger column, for widths that fit the window."""
        names = [m.name for m in self.state.store.members(include_archived=True)]
        kinds = [self.ledger_model.kind_text(k) for k in ("action", "appliance", "redemption")]
        return {COL_DATE: [labels.date(dt.date(2026, 9, 28))], COL_MEMBER: [*names, self.tr("Household")],
                COL_KIND: kinds, COL_WHAT: [], COL_FACTOR: [
                    labels.factor_value(0.5306, "kg CO2/kWh"),
                    labels.factor_value(0.5, "kg CO2e/kg") + " · " + self.ledger_model.assumption_text(),
                    labels.factor_value(230, "g CO2e/meal") + " · " + self.ledger_model.assumption_text()],
                COL_POINTS: [labels.points(-123456, signed=True)]}

    def refresh(self) -> None:
        store = self.state.store
        fill_members(self.member, store.members(include_archived=True), household=self.tr("Household"))
        start, end = bounds(self.period.currentData(), to_date(self.day.date()))
        self.day.setEnabled(self.period.currentData() != Period.ALL.value)
        self.span.setText(self.tr("{start} – {end}").format(start=labels.date(start), end=labels.date(end))
                          if start else self.tr("all time"))
        member_id = self.member.currentData()
        b = store.balance(member_id, start, end)
        available = store.available_points(member_id)
        self.available.setText(self.tr("{points} points", "", abs(available)).format(
            points=labels.points(available)))
        self.earned.setText(self.tr("{points} points", "", abs(b.credit_points)).format(
            points=labels.points(b.credit_points)))
        self.points.setText(self.tr("{points} points", "", abs(b.points)).format(points=labels.points(b.points)))
        self.avoided.setText(self.tr("{kg} kg").format(kg=labels.number(b.grams_avoided / 1000, 2)))
        self.emitted.setText(self.tr("{kg} kg").format(kg=labels.number(b.grams_emitted / 1000, 2)))
        self.debits.setText(self.tr("{points} points", "", abs(b.debit_points)).format(
            points=labels.points(-b.debit_points)))
        for c, label in self.cats.items():
            label.setText(labels.points(b.points_by_category.get(c, 0), signed=True))
            if c in ("energy", "goods"):  # newer categories: a row once they hold points
                self.summary_form.setRowVisible(label, bool(b.points_by_category.get(c, 0)))
        while self.members_grid.count():
            w = self.members_grid.takeAt(0).widget()
            if w:
                w.hide()
                w.deleteLater()
        for row, m in enumerate(store.members(include_archived=True)):
            dot = QLabel()
            dot.setPixmap(avatar(m, 22))
            self.members_grid.addWidget(dot, row, 0)
            self.members_grid.addWidget(QLabel(m.name if m.active else self.tr("{name} (archived)").format(
                name=m.name)), row, 1)
            self.members_grid.addWidget(QLabel(labels.points(store.balance(m.id, start, end).points)), row, 2)
        household_id = store.people.household_id()
        if household_id is not None:  # the whole family's lines: in no member's row, but here
            row = len(store.members(include_archived=True))
            self.members_grid.addWidget(QLabel("●"), row, 0)
            self.members_grid.addWidget(QLabel(labels.household()), row, 1)
            self.members_grid.addWidget(QLabel(labels.points(
                store.balance(household_id, start, end).points)), row, 2)
        self.members_grid.setColumnStretch(1, 1)
        lines = store.ledger(member_id, start, end, limit=LEDGER_ROWS)
        self.ledger_model.household_id = store.people.household_id()
        self.ledger_model.set_lines(lines)
        self.columns.samples = self._samples()
        self.columns.fit()
        count = store.book.count_lines(member_id, start, end)
        total = self.tr("The %n lines of this period add up to {points} points.", "", count).format(
            points=labels.points(b.points, signed=True))
        if count > len(lines):  # two sentences: a space between them in English, none in Chinese
            total = self.tr("{first} {second}").format(first=total, second=self.tr(
                "The newest {shown} are listed.").format(shown=labels.points(len(lines))))
        self.ledger_total.setText(total)
        rows = self.rewards.selectionModel().selectedRows()
        selected = self.rewards_model.reward_at(rows[0].row()) if rows else None
        self.rewards_model.set_rewards(store.rewards())
        for row in range(self.rewards_model.rowCount()):
            if selected and self.rewards_model.reward_at(row).id == selected.id:  # type: ignore[union-attr]
                self.rewards.selectRow(row)
        fill_members(self.redeem_for, store.members(), household=self.tr("Household"))

    def redeem(self) -> None:
        rows = self.rewards.selectionModel().selectedRows()
        if not rows:
            self.reward_status.setText(self.tr("Select a reward first."))
            return
        reward = self.rewards_model.reward_at(rows[0].row())
        if not self.confirm_redeem(reward.name, reward.price, self.redeem_for.currentText()):  # type: ignore[union-attr]
            return
        try:
            self.state.redeem(reward.id, self.redeem_for.currentData(),  # type: ignore[union-attr]
                              self.tr("Redeem {reward}").format(reward=reward.name))  # type: ignore[union-attr]
        except GreenlifeError as exc:
            from greenlife.ui import labels as lab

            self.reward_status.setText(lab.error_text(exc))
            return
        self.reward_status.setText(self.tr("Redeemed {reward} for {points} points. Ctrl+Z undoes it.").format(
            reward=reward.name, points=labels.points(reward.price)))  # type: ignore[union-attr]

    def confirm_redeem(self, reward: str, price: int, who: str) -> bool:
        """Spending points is asked first (Ctrl+Z still undoes it)."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Redeem a reward"),
            self.tr("Spend {points} points on {reward} for {who}?").format(
                points=labels.points(price), reward=reward, who=who),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def add_reward(self, name: str | None = None, price: int | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Add reward"), self.tr("Reward, e.g. movie night"))
            if not ok:
                return
        if price is None:
            price, ok = QInputDialog.getInt(self, self.tr("Add reward"), self.tr("Price in points"),
                                            20000, 1, 100_000_000, 1000)
            if not ok:
                return
        try:
            self.state.add_reward(name, price, self.tr("Add reward {name}").format(name=name))
        except GreenlifeError as exc:
            show_error(self, exc)

    def _selected_reward(self):  # type: ignore[no-untyped-def]
        rows = self.rewards.selectionModel().selectedRows()
        return self.rewards_model.reward_at(rows[0].row()) if rows else None

    def edit_reward(self, name: str | None = None, price: int | None = None) -> None:
        r = self._selected_reward()
        if r is None:
            self.reward_status.setText(self.tr("Select a reward first."))
            return
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Edit reward"), self.tr("Reward"),
                                            text=r.name)
            if not ok:
                return
        if price is None:
            price, ok = QInputDialog.getInt(self, self.tr("Edit reward"), self.tr("Price in points"),
                                            r.price, 1, 100_000_000, 100)
            if not ok:
                return
        try:
            self.state.edit_reward(r.id, self.tr("Edit reward {name}").format(name=r.name),
                                   name=name, price=price)
        except GreenlifeError as exc:
            show_error(self, exc)

    def archive_reward(self) -> None:
        r = self._selected_reward()
        if r is None:
            self.reward_status.setText(self.tr("Select a reward first."))
            return
        self.state.edit_reward(r.id, self.tr("Archive reward {name}").format(name=r.name),
                               active=False)
        self.reward_status.setText(self.tr("Archived {name}; Undo brings it back.").format(
            name=r.name))
