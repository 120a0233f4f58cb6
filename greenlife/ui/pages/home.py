"""Home: the family's week in cards — the week's points and the household goal, each member's
own goal ring and forgiving streak, the family forest, the family challenges, today's
check-in, the latest entries and the week's chart.

The cards reflow: two columns up to about 1400 px of page width, three above (so full HD is
not half empty); the page scrolls only vertically, never sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from greenlife.core.changes import Changes
from greenlife.core.errors import GreenlifeError
from greenlife.core.models import Template
from greenlife.ui import labels
from greenlife.ui.models.entries import (
    COL_CATEGORY,
    COL_FACTOR,
    COL_GRAMS,
    COL_WHAT,
    EntriesModel,
)
from greenlife.ui.pages.base import Page
from greenlife.ui.state import AppState
from greenlife.ui.widgets.card import Card, clear_layout
from greenlife.ui.widgets.challenges_card import ChallengesCard
from greenlife.ui.widgets.checkin import CheckIn, UndoNotice, legs_text
from greenlife.ui.widgets.common import ask_duplicate, show_error
from greenlife.ui.widgets.forest_card import ForestCard
from greenlife.ui.widgets.members_card import MembersCard

LATEST = 8
WIDE = 1400  # page width from which the cards stand in three columns
SPACING = 16


class HomePage(Page):
    shows = frozenset({"ledger", "members", "goals", "templates", "factors", "badges", "settings",
                       "challenges", "checked"})

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        # -- the week -------------------------------------------------------------------
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.total = QLabel()
        self.total.setObjectName("householdPoints")
        self.total.setStyleSheet("font-size: 18pt; font-weight: 700;")
        self.total.setProperty("tone", "accent")  # green, readable in both themes (ui/theme.py)
        self.total.setWordWrap(True)
        self.available = QLabel()
        self.available.setObjectName("householdAvailable")
        self.goal = QProgressBar()
        self.goal.setAccessibleName(self.tr("Progress to the weekly goal"))
        self.goal.setTextVisible(True)
        self.goal_text = QLabel()
        self.goal_text.setWordWrap(True)
        self.week_card = Card()
        for w in (self.heading, self.total, self.available, self.goal, self.goal_text):
            self.week_card.body.addWidget(w)

        # -- each member's goal and streak, the family forest, family challenges ------------
        self.notice = UndoNotice(state)  # today's card shows it; the challenges say things in it
        self.members_card = MembersCard(state)
        self.forest_card = ForestCard(state)
        self.challenges_card = ChallengesCard(state, self.notice)

        # -- today ---------------------------------------------------------------------------
        self.today_card = Card()
        self.checkin = CheckIn(state)
        self.today_card.body.addWidget(self.checkin)
        self.quick_title = QLabel(self.tr("Other usual actions — one click logs them for today"))
        self.quick_title.setStyleSheet("font-weight: 600;")
        self.quick_title.setWordWrap(True)
        self.quick_box = QVBoxLayout()
        self.quick_buttons: list[QPushButton] = []
        self.today_card.body.addWidget(self.quick_title)
        self.today_card.body.addLayout(self.quick_box)
        self.today_card.body.addWidget(self.notice)

        # -- the latest entries and the week's chart -----------------------------------------
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
        header = self.latest.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)  # elided if need be
        header.setMinimumSectionSize(40)
        # every column in view, never behind a sideways scrollbar (the points above all)
        self.latest.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.latest.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.latest.setWordWrap(False)
        rows = self.latest.verticalHeader().defaultSectionSize()
        self.latest.setMinimumHeight(header.sizeHint().height() + rows * LATEST + 6)
        for col in (COL_FACTOR, COL_GRAMS):  # factor and grams live on the History page
            self.latest.setColumnHidden(col, True)
        self.latest_card = Card(self.tr("Latest entries"))
        self.latest_card.body.addWidget(self.latest, 1)
        self.latest_card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.chart_card = Card()
        self.chart_slot = QVBoxLayout()
        self.chart_card.body.addLayout(self.chart_slot)
        self.chart_card.hide()  # until the chart is made, after the first paint
        self.chart = None

        # -- columns ------------------------------------------------------------------------
        self.columns = [QVBoxLayout() for _ in range(3)]
        row = QHBoxLayout()
        row.setSpacing(SPACING + 4)
        for col in self.columns:
            col.setSpacing(SPACING)
            row.addLayout(col, 1)
        self.inner = QWidget()
        self.inner.setLayout(row)
        row.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        self._wide: bool | None = None
        self._arrange(False)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop; focus scrolls it
        scroll.setWidget(self.inner)
        self.scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def title(self) -> str:
        return self.tr("Home")

    # -- layout ---------------------------------------------------------------------------
    def _cards(self, wide: bool) -> list[list[QWidget]]:
        if wide:
            return [[self.week_card, self.members_card, self.challenges_card],
                    [self.forest_card, self.chart_card],
                    [self.today_card, self.latest_card]]
        return [[self.week_card, self.forest_card, self.members_card, self.challenges_card],
                [self.today_card, self.latest_card, self.chart_card], []]

    def _arrange(self, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        for col in self.columns:
            while col.count():
                col.takeAt(0)
        for col, cards in zip(self.columns, self._cards(wide), strict=True):
            for card in cards:
                col.addWidget(card, 1 if card in (self.forest_card, self.latest_card) else 0)
            col.addStretch(0 if cards else 1)
        row = self.inner.layout()
        row.setStretch(2, 1 if wide else 0)  # type: ignore[union-attr]
        # narrow: the item names the category, so its column goes and the points stay in view
        self.latest.setColumnHidden(COL_CATEGORY, not wide)

    def changeEvent(self, event: QEvent) -> None:
        """A theme switch: the members' names take their colour readable on the new cards."""
        if event.type() == QEvent.Type.PaletteChange and not self._restyle_pending:
            self._restyle_pending = True
            QTimer.singleShot(0, self._restyle)
        super().changeEvent(event)

    _restyle_pending = False

    def _restyle(self) -> None:
        from shiboken6 import isValid

        if not isValid(self):
            return  # the page was rebuilt (a language switch) before the timer fired
        self._restyle_pending = False
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width() >= WIDE)
        super().resizeEvent(event)

    # -- refresh ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Everything read again (a first show, a language switch, a test's direct write)."""
        self.state.reads.forget(Changes.everything())
        self.refresh_for(None)

    def refresh_for(self, changes: Changes | None) -> None:
        """After a change, re-read only what it touched (None: everything). The members,
        goals and usual actions come from ``state.reads``, shared with the goal check; a Save
        reads this week's points once, the forest's grams, the challenges, today's routine
        and the latest lines."""
        store = self.state.store
        reads = self.state.reads
        start, end = reads.week()
        ledger = changes is None or changes.ledger
        self.heading.setText(self.tr("This week · {start} – {end}").format(
            start=labels.date(start), end=labels.date(end)))
        credit = reads.week_credit()
        week_points = sum(credit.values())
        self.total.setText(self.tr("{points} points earned this week").format(
            points=labels.points(week_points)))
        if ledger:
            self.available.setText(self.tr("Available to spend on rewards: {points} points").format(
                points=labels.points(store.available_points(None))))
        goals = reads.family_goals()
        goal = max(1, goals.household)
        self.goal.setRange(0, goal)
        self.goal.setValue(max(0, min(goal, week_points)))
        self.goal.setFormat(self.tr("%p% of the weekly goal"))
        left = self.tr("goal reached!") if week_points >= goal else self.tr(
            "{n} points to go").format(n=labels.points(goal - week_points))
        self.goal_text.setText(self.tr(
            "Household goal: {goal} points a week, everyone's own goals added up · {left}").format(
                goal=labels.points(goal), left=left))
        self.members_card.fill(credit, goals)
        if ledger or changes.members:
            self.forest_card.fill()
        if ledger or changes.challenges:
            self.challenges_card.fill()
        if ledger or changes.members or changes.templates:
            self.checkin.refresh(rebuild=changes is None or changes.members or changes.templates)
            self._fill_quick()
        if ledger or changes.members:
            self.latest_model.household_id = reads.household_id()
            self.latest_model.reload()
        if ledger or changes.members or changes.goals:
            self.draw_chart()
        self._tab_order()

    def ensure_chart(self) -> None:
        """Create the small chart (imports matplotlib); called after the first paint."""
        if self.chart is not None or not self.window().isVisible():
            return
        from greenlife.ui.widgets.chart import ChartWidget

        self.chart = ChartWidget("chart_home", compact=True)
        self.chart_slot.addWidget(self.chart)
        self.chart_card.show()
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

    def _fill_quick(self) -> None:
        """Buttons for the usual actions the check-in does not list today."""
        clear_layout(self.quick_box)
        self.quick_buttons = []
        members = {m.id: m for m in self.state.reads.members()}
        shown = {i.template_id for i in self.checkin.items}
        for t in self.state.reads.templates():
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

    def _tab_order(self) -> None:
        """Tab in reading order over what Home makes on each refresh."""
        from itertools import pairwise

        challenges = self.challenges_card
        first = [*self.members_card.goal_buttons, *challenges.end_buttons, challenges.start_button]
        for before, after in pairwise(first):
            QWidget.setTabOrder(before, after)
        for before, after in pairwise([*self.quick_buttons, self.latest]):
            QWidget.setTabOrder(before, after)

    # -- actions ---------------------------------------------------------------------------
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
