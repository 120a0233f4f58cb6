"""Home's card of each member's own weekly goal (a ring) and forgiving green streak.

The streaks read years of days in a big book: they are read off the UI thread, and the
labels show them when they come."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QGridLayout, QInputDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from greenlife.core.errors import GreenlifeError
from greenlife.core.validation import GOAL_POINTS
from greenlife.ui import labels
from greenlife.ui.state import AppState
from greenlife.ui.theme import readable
from greenlife.ui.widgets.card import Card, clear_layout
from greenlife.ui.widgets.common import show_error
from greenlife.ui.widgets.ring import GoalRing


class MembersCard(Card):
    streaks_shown = Signal()  # the members' streaks were read and shown

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Everyone's own goal"), parent)
        self.state = state
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(10)
        self.body.addLayout(self.grid)
        self.rings: dict[int, GoalRing] = {}
        self.streak_labels: dict[int, QLabel] = {}
        self._streak_texts: dict[int, str] = {}
        self.goal_buttons: list[QPushButton] = []

    def fill(self, credit: dict[int, int], goals) -> None:
        """A row per member: this week's points against their goal, their streak, and a
        button to set their own goal."""
        clear_layout(self.grid)
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
            self.grid.addWidget(ring, row, 0)
            self.grid.addLayout(who, row, 1)
            self.grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignVCenter)
        self.grid.setColumnStretch(1, 1)
        self._load_streaks(list(self.streak_labels))

    # -- streaks, read off the UI thread ------------------------------------------------------
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
