"""Home: this week at a glance, the goal, today's check-in, the latest entries."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from greenlife.core.errors import GreenlifeError
from greenlife.core.models import Template
from greenlife.core.periods import bounds
from greenlife.ui import labels
from greenlife.ui.models.entries import EntriesModel
from greenlife.ui.pages.base import Page
from greenlife.ui.state import AppState
from greenlife.ui.widgets.checkin import CheckIn, UndoNotice, legs_text
from greenlife.ui.widgets.common import ask_duplicate, show_error

LATEST = 8


class HomePage(Page):
    shows = frozenset({"ledger", "members", "goals", "templates", "factors", "badges", "settings", "checked"})

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.total = QLabel()
        self.total.setObjectName("householdPoints")
        self.total.setStyleSheet("font-size: 28pt; font-weight: 700;")
        self.total.setProperty("tone", "accent")  # green, readable in both themes (ui/theme.py)
        self.available = QLabel()
        self.available.setObjectName("householdAvailable")
        self.goal = QProgressBar()
        self.goal.setAccessibleName(self.tr("Progress to the weekly goal"))
        self.goal.setTextVisible(True)
        self.goal_text = QLabel()
        self.members_grid = QGridLayout()
        self.quick_box = QVBoxLayout()
        self.quick_buttons: list[QPushButton] = []
        self.chart_slot = QVBoxLayout()
        self.chart = None
        self.latest_model = EntriesModel(
            lambda off, lim, total, key, desc: state.store.entries(limit=lim, offset=off),
            lambda: min(LATEST, state.store.count_entries()), self)
        self.latest = QTableView()
        self.latest.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.latest.setModel(self.latest_model)
        self.latest.setAccessibleName(self.tr("Latest entries"))
        self.latest.verticalHeader().hide()
        self.latest.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.latest.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.latest.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.latest.horizontalHeader().setStretchLastSection(True)
        self.latest.setMinimumHeight(200)
        for col in (5, 6):  # factor and grams live on the History page
            self.latest.setColumnHidden(col, True)

        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.total)
        left.addWidget(self.available)
        left.addWidget(self.goal)
        left.addWidget(self.goal_text)
        left.addLayout(self.members_grid)
        left.addLayout(self.chart_slot)
        left.addStretch(1)
        right = QVBoxLayout()
        self.checkin = CheckIn(state)
        right.addWidget(self.checkin)
        self.quick_title = QLabel(self.tr("Other usual actions — one click logs them for today"))
        self.quick_title.setStyleSheet("font-weight: 600;")
        right.addWidget(self.quick_title)
        right.addLayout(self.quick_box)
        self.notice = UndoNotice(state)
        right.addWidget(self.notice)
        latest_title = QLabel(self.tr("Latest entries"))
        latest_title.setStyleSheet("font-weight: 600;")
        right.addWidget(latest_title)
        right.addWidget(self.latest, 1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addLayout(right, 1)
        inner = QWidget()
        inner.setLayout(top)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop; focus scrolls it
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def title(self) -> str:
        return self.tr("Home")

    def refresh(self) -> None:
        store = self.state.store
        today = store.today()
        start, end = bounds("week", today)
        self.heading.setText(self.tr("This week · {start} – {end}").format(
            start=labels.date(start), end=labels.date(end)))
        household = store.balance(None, start, end)
        self.total.setText(self.tr("{points} points earned this week").format(
            points=labels.points(household.credit_points)))
        self.available.setText(self.tr("Available to spend on rewards: {points} points").format(
            points=labels.points(store.available_points(None))))
        goal = max(1, store.goal_for(today))
        self.goal.setRange(0, goal)
        self.goal.setValue(max(0, min(goal, household.credit_points)))
        self.goal.setFormat(self.tr("%p% of the weekly goal"))
        self.goal_text.setText(self.tr("Household goal: {goal} points a week · {left}").format(
            goal=labels.points(goal),
            left=self.tr("goal reached!") if household.credit_points >= goal else self.tr(
                "{n} points to go").format(n=labels.points(goal - household.credit_points))))
        self._fill_members(start, end)
        self.checkin.refresh()
        self._fill_quick()
        self.latest_model.reload()
        self.draw_chart()

    def ensure_chart(self) -> None:
        """Create the small chart (imports matplotlib); called after the first paint."""
        if self.chart is not None or not self.window().isVisible():
            return
        from greenlife.ui.widgets.chart import ChartWidget

        self.chart = ChartWidget("chart_home", compact=True)
        self.chart_slot.addWidget(self.chart)
        self.draw_chart()

    def draw_chart(self) -> None:
        if self.chart is None:
            return
        from greenlife.reports import charts, series

        week = series.week_by_day(self.state.store, self.state.store.today())
        days = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                self.tr("Sat"), self.tr("Sun")]
        text = charts.ChartText(self.tr("This week by day"), self.tr("points"),
                                {c: labels.category(c) for c in week.values}, days,
                                emitted=self.tr("{category} (emitted)"))
        self.chart.show_chart(lambda fig, theme: charts.draw_stacked(fig, week, text, theme, legend=False),
                              ", ".join(labels.points(v) for v in week.totals()), text.title, text.ylabel)

    def _fill_members(self, start, end) -> None:
        while self.members_grid.count():
            w = self.members_grid.takeAt(0).widget()
            if w:
                w.deleteLater()
        for row, m in enumerate(self.state.store.members()):
            chip = QLabel("●")
            chip.setStyleSheet(f"color: {m.colour}; font-size: 16pt;")
            name = QLabel(m.name)
            week = self.state.store.balance(m.id, start, end).credit_points
            member_goal = self.state.store.goal_for(start, m.id)
            text = labels.points(week, True)
            if member_goal:
                text += " / " + labels.points(member_goal) + (" ✓" if week >= member_goal else "")
            pts = QLabel(text)
            pts.setObjectName(f"memberPoints{m.id}")
            pts.setToolTip(self.tr("Points this week / the member's own goal") if member_goal else "")
            pts.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.members_grid.addWidget(chip, row, 0)
            self.members_grid.addWidget(name, row, 1)
            self.members_grid.addWidget(pts, row, 2)
        self.members_grid.setColumnStretch(1, 1)

    def _fill_quick(self) -> None:
        """Buttons for the usual actions the check-in does not list today."""
        while self.quick_box.count():
            w = self.quick_box.takeAt(0).widget()
            if w:
                w.deleteLater()
        self.quick_buttons = []
        members = {m.id: m for m in self.state.store.members()}
        shown = {i.template_id for i in self.checkin.items}
        for t in self.state.store.templates():
            m = members.get(t.member_id)
            if m is None or t.id in shown:
                continue
            b = QPushButton(f"{m.name} · {t.name}")
            b.setToolTip(self.tr("Log {what} for {name} today").format(
                what=legs_text(t.legs), name=m.name))
            b.clicked.connect(lambda _=False, t=t: self.log_template(t))
            self.quick_box.addWidget(b)
            self.quick_buttons.append(b)
        self.quick_title.setVisible(bool(self.quick_buttons))
        from itertools import pairwise

        for before, after in pairwise([*self.quick_buttons, self.latest]):  # Tab in reading order
            QWidget.setTabOrder(before, after)

    def log_template(self, t: Template) -> None:
        store = self.state.store
        today = store.today()
        try:
            drafts = [store.draft(t.member_id, g.category, g.item, g.quantity, today)
                      for g in t.legs]
            dup = store.already_logged(drafts)
            if dup and not ask_duplicate(self, {m.id: m.name for m in store.members()}, dup,
                                         today):
                return
            entries = self.state.add_entries(drafts, self.tr("Log {what}").format(what=t.name))
        except GreenlifeError as exc:
            show_error(self, exc)
            return
        self.notice.show_done(self.tr("Logged {what} for {name} on {date}: {points} points").format(
            what=t.name, name=entries[0].member_name, date=labels.date(today),
            points=labels.points(sum(e.points for e in entries), signed=True)))
