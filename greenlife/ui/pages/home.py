"""Home: the family's week in cards — the week's points and the household goal, each member's
own goal ring and forgiving streak, the family forest, the family challenges, today's
check-in, the latest entries and the week's chart.

The cards reflow: two columns up to about 1400 px of page width, three above (so full HD is
not half empty); the page scrolls only vertically, never sideways.
"""

from __future__ import annotations


from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from greenlife.core.calc import GRAMS_PER_TREE
from greenlife.core.changes import Changes
from greenlife.core.errors import GreenlifeError
from greenlife.core.models import Template
from greenlife.core.validation import GOAL_POINTS
from greenlife.store.members import HOUSEHOLD_COLOUR
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
from greenlife.ui.theme import readable
from greenlife.ui.widgets.card import Card
from greenlife.ui.widgets.challenges import (
    StartChallengeDialog,
    challenge_title,
    kind_name,
    progress_text,
    title,
)
from greenlife.ui.widgets.checkin import CheckIn, UndoNotice, legs_text
from greenlife.ui.widgets.common import ask_duplicate, show_error
from greenlife.ui.widgets.forest import ForestWidget, per_drawn_tree
from greenlife.ui.widgets.ring import GoalRing

LATEST = 8
WIDE = 1400  # page width from which the cards stand in three columns
SPACING = 16


def _clear(layout: QGridLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        w = item.widget()
        if w is not None:
            w.hide()  # gone at once: deleteLater waits for the event loop, and a grab or a
            w.deleteLater()  # paint before it drew the old widget under the new one
        elif item.layout() is not None:
            _clear(item.layout())  # type: ignore[arg-type]


class HomePage(Page):
    shows = frozenset({"ledger", "members", "goals", "templates", "factors", "badges", "settings",
                       "challenges", "checked"})
    streaks_shown = Signal()  # the members' streaks were read and shown

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

        # -- each member's goal and streak ------------------------------------------------
        self.members_card = Card(self.tr("Everyone's own goal"))
        self.members_grid = QGridLayout()
        self.members_grid.setHorizontalSpacing(12)
        self.members_grid.setVerticalSpacing(10)
        self.members_card.body.addLayout(self.members_grid)
        self.rings: dict[int, GoalRing] = {}
        self.streak_labels: dict[int, QLabel] = {}
        self._streak_texts: dict[int, str] = {}
        self.goal_buttons: list[QPushButton] = []

        # -- the family forest -------------------------------------------------------------
        self.forest_card = Card(self.tr("Family forest"))
        self.forest = ForestWidget()
        self.forest.setObjectName("familyForest")
        self.forest_text = QLabel()
        self.forest_text.setObjectName("forestText")
        self.forest_text.setWordWrap(True)
        self.forest_source = QLabel(self.tr(
            "One tree per 17.9 kg of CO2 avoided (Ant Forest's saxaul tree)"))
        self.forest_source.setProperty("tone", "muted")
        self.forest_source.setWordWrap(True)
        self.forest_card.body.addWidget(self.forest, 1)
        self.forest_card.body.addWidget(self.forest_text)
        self.forest_card.body.addWidget(self.forest_source)
        self.forest_card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        # -- family challenges --------------------------------------------------------------
        self.challenges_card = Card(self.tr("Family challenges"))
        self.challenge_box = QVBoxLayout()
        self.challenge_box.setSpacing(10)
        self.challenges_card.body.addLayout(self.challenge_box)
        self.end_buttons: list[QPushButton] = []
        self.challenge_bars: list[QProgressBar] = []
        self.start_button = QPushButton(self.tr("Start a challenge…"))
        self.start_button.clicked.connect(lambda: self.start_challenge())
        self.challenges_card.body.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)

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
        self.notice = UndoNotice(state)
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
        self._fill_members(credit, goals)
        if ledger or changes.members:
            self._fill_forest()
        if ledger or changes.challenges:
            self._fill_challenges()
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

    def _fill_members(self, credit: dict[int, int], goals) -> None:
        _clear(self.members_grid)
        self.rings = {}
        self.streak_labels = {}
        self.goal_buttons = []
        for row, m in enumerate(self.state.reads.members()):
            week = credit.get(m.id, 0)
            member_goal = goals.members.get(m.id, 0)
            ring = GoalRing(size=60)
            ring.set_progress(week, member_goal, m.colour)
            ring.setObjectName(f"memberRing{m.id}")
            ring.setAccessibleName(self.tr("{name}: {points} of {goal} points this week").format(
                name=m.name, points=labels.points(week), goal=labels.points(member_goal)))
            self.rings[m.id] = ring
            name = QLabel(m.name)
            # the member's colour, darkened or lightened until readable on the card
            colour = readable(QColor(m.colour), self.palette().color(QPalette.ColorRole.Base))
            name.setStyleSheet(f"font-weight: 600; color: {colour.name()};")
            text = labels.points(week) + " / " + labels.points(member_goal)
            if week >= member_goal:
                text += " ✓"
            pts = QLabel(text)
            pts.setObjectName(f"memberPoints{m.id}")
            pts.setToolTip(self.tr("Points this week / the member's own goal")
                           if goals.own.get(m.id) else
                           self.tr("Points this week / a goal suggested from their last four weeks"))
            streak = QLabel(self._streak_texts.get(m.id, ""))  # until the streak is read
            streak.setObjectName(f"memberStreak{m.id}")
            streak.setProperty("tone", "muted")
            streak.setWordWrap(True)
            self.streak_labels[m.id] = streak
            who = QVBoxLayout()
            who.setSpacing(2)
            who.addWidget(name)
            who.addWidget(pts)
            who.addWidget(streak)
            button = QPushButton(self.tr("Goal…"))
            button.setAccessibleName(self.tr("Weekly goal for {name}").format(name=m.name))
            button.setToolTip(self.tr("Set {name}'s own weekly goal (suggested: {points})").format(
                name=m.name, points=labels.points(goals.suggested.get(m.id, 0))))
            button.clicked.connect(lambda _=False, mid=m.id: self.set_member_goal(mid))
            self.goal_buttons.append(button)
            self.members_grid.addWidget(ring, row, 0)
            self.members_grid.addLayout(who, row, 1)
            self.members_grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignVCenter)
        self.members_grid.setColumnStretch(1, 1)
        self._load_streaks(list(self.streak_labels))

    def _load_streaks(self, ids: list[int]) -> None:
        """Read the members' streaks off the UI thread (a streak of years reads years of
        days); the labels show them when they come. Refreshes while a reading runs are
        coalesced into one more reading afterwards (ten saves in a row: two readings)."""
        self._streak_round += 1
        if self.state.store.check_pending:
            return  # the file's check runs first (nothing opens it for writing before); Home
            # is refreshed when it passes
        if self._streak_busy:
            self._streak_again = True
            return
        round_ = self._streak_round
        today = self.state.store.today()

        def job(store, _progress=None):
            return {mid: store.streak(mid, today) for mid in ids}

        if self.state.path is None:
            self._show_streaks(round_, job(self.state.store))
            return
        from greenlife.ui.worker import run_in_background

        self._streak_busy = True
        run_in_background(self.state.path, job, lambda res: self._streaks_read(round_, res),
                          lambda exc: self._streaks_read(round_, None, exc))

    _streak_round = 0
    _streak_busy = False
    _streak_again = False

    def _streaks_read(self, round_: int, streaks: dict | None,
                      exc: Exception | None = None) -> None:
        from shiboken6 import isValid

        if not isValid(self):
            return  # Home was rebuilt (a language switch)
        self._streak_busy = False
        if exc is not None:
            import logging

            logging.getLogger("greenlife").warning("streaks not read: %s", exc)
        if self._streak_again:
            self._streak_again = False
            self._load_streaks(list(self.streak_labels))
        elif streaks is not None:
            self._show_streaks(round_, streaks)

    def _show_streaks(self, round_: int, streaks: dict) -> None:
        if round_ != self._streak_round:
            return  # Home was refreshed since: a newer reading is on its way
        for mid, s in streaks.items():
            text = self._streak_text(s.days, s.alive_today, len(s.forgiven))
            self._streak_texts[mid] = text
            label = self.streak_labels.get(mid)
            if label is not None:
                label.setText(text)
        self.streaks_shown.emit()

    def _streak_text(self, days: int, alive_today: bool, forgiven: int) -> str:
        if days == 0:
            return self.tr("Log something green today to start a streak")
        text = self.tr("%n-day green streak", "", days)
        if not alive_today:
            text += " · " + self.tr("log today to keep it")
        if forgiven:
            text += " · " + self.tr("%n missed day forgiven", "", forgiven)
        return text

    def _fill_forest(self) -> None:
        store = self.state.store
        members = self.state.reads.members(include_archived=True)
        colours = {m.id: m.colour for m in members}
        names = {m.id: m.name for m in members}
        household = self.state.reads.household_id()
        if household is not None:  # the whole family's own lines grow trees of their own
            colours[household] = HOUSEHOLD_COLOUR
            names[household] = labels.household()
        forest = store.forest(list(colours))
        grew = self.forest.set_forest(forest, colours)
        parts = [self.tr("{name} {n}").format(name=names.get(t.member_id, "?"), n=t.trees)
                 for t in forest.members if t.trees]
        kg_left = forest.grams_to_next / 1000
        text = self.tr("%n trees from {kg} kg of CO2 avoided", "", forest.trees).format(
            kg=labels.number(forest.grams / 1000))
        text += " · " + self.tr("next tree {percent}% grown ({kg} kg to go)").format(
            percent=int(forest.progress * 100), kg=labels.number(kg_left))
        per = per_drawn_tree(forest.trees)
        if per > 1:
            text += " · " + self.tr("each tree drawn stands for {n}").format(n=per)
        if grew:
            text = self.tr("A new tree has grown!") + " " + text
        self.forest_text.setText(text)
        self.forest.setAccessibleName(self.tr("Family forest: %n trees", "", forest.trees))
        self.forest.setAccessibleDescription(
            text + (" · " + ", ".join(parts) if parts else "") + " · " + self.forest_source.text())
        self.forest.setToolTip(", ".join(parts))
        assert GRAMS_PER_TREE == 17_900  # the caption's figure

    def _fill_challenges(self) -> None:
        _clear(self.challenge_box)
        self.end_buttons = []
        self.challenge_bars = []
        store = self.state.store
        today = store.today()
        shown = [p for p in store.challenges()
                 if p.active(today) or (p.done_on is not None and p.challenge.ended_on is None
                                        and (today - p.done_on).days < 7)]
        for p in shown[-4:]:
            name = challenge_title(p.challenge)
            title = QLabel(name)
            title.setStyleSheet("font-weight: 600;")
            title.setWordWrap(True)
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setValue(int(p.fraction * 1000))
            bar.setFormat(progress_text(p))
            bar.setAccessibleName(name)
            bar.setAccessibleDescription(progress_text(p))
            self.challenge_bars.append(bar)
            row = QHBoxLayout()
            row.addWidget(bar, 1)
            if p.active(today):
                end = QPushButton(self.tr("End"))
                end.setAccessibleName(self.tr("End the challenge: {name}").format(name=name))
                end.clicked.connect(lambda _=False, cid=p.challenge.id, n=name:
                                    self.end_challenge(cid, n))
                self.end_buttons.append(end)
                row.addWidget(end)
            else:
                done = QLabel(self.tr("Badge earned!"))
                done.setProperty("tone", "accent")
                row.addWidget(done)
            self.challenge_box.addWidget(title)
            self.challenge_box.addLayout(row)
        if not shown:
            hint = QLabel(self.tr("No challenge yet: pick one the whole family can do this week."))
            hint.setWordWrap(True)
            hint.setProperty("tone", "muted")
            self.challenge_box.addWidget(hint)
        running = sum(1 for p in shown if p.active(today))
        self.start_button.setEnabled(running < 2)
        self.start_button.setToolTip("" if running < 2 else self.tr(
            "Two challenges are running; end one to start another."))

    def _fill_quick(self) -> None:
        """Buttons for the usual actions the check-in does not list today."""
        _clear(self.quick_box)
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

        first = [*self.goal_buttons, *self.end_buttons, self.start_button]
        for before, after in pairwise(first):
            QWidget.setTabOrder(before, after)
        for before, after in pairwise([*self.quick_buttons, self.latest]):
            QWidget.setTabOrder(before, after)

    # -- actions ---------------------------------------------------------------------------
    def set_member_goal(self, member_id: int, value: int | None = None) -> None:
        """A member's own weekly goal from this week on, offered at what their last four
        weeks suggest; undoable."""
        store = self.state.store
        m = store.member(member_id)
        if value is None:
            current = store.goal_for(store.today(), member_id) or store.suggested_goal(member_id)
            value, ok = QInputDialog.getInt(
                self, self.tr("Weekly goal for {name}").format(name=m.name),
                self.tr("Points per week (suggested from the last four weeks: {points})").format(
                    points=labels.points(store.suggested_goal(member_id))),
                current, 1, int(GOAL_POINTS.high), 100)
            if not ok:
                return
        try:
            self.state.set_goal(value, member_id, self.tr("Set {name}'s weekly goal to {points}")
                                .format(name=m.name, points=labels.points(value)))
        except GreenlifeError as exc:
            show_error(self, exc)
            return

    def start_challenge(self, kind: str | None = None, target: object = None, days: object = 7,
                        name: str = "") -> bool:
        """Start a challenge (asks with the dialog when ``kind`` is None); undoable."""
        if kind is None:
            dialog = StartChallengeDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            kind, target, days, name = dialog.values()
        try:
            label = name or title(kind, float(str(target)), int(str(days)))
        except ValueError:
            label = kind_name(kind)
        try:
            ch = self.state.start_challenge(kind, target, days, name, self.tr(
                "Start the challenge {name}").format(name=label))
        except GreenlifeError as exc:
            show_error(self, exc)
            return False
        self.notice.show_done(self.tr("Challenge started: {name}").format(
            name=challenge_title(ch)))
        return True

    def end_challenge(self, challenge_id: int, name: str) -> None:
        try:
            self.state.end_challenge(challenge_id, self.tr("End the challenge {name}").format(
                name=name))
        except GreenlifeError as exc:
            show_error(self, exc)
            return
        self.notice.show_done(self.tr("Challenge ended: {name}").format(name=name))

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
