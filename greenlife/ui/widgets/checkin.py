"""Today as usual? The family's routine for today, pre-ticked; one click logs it.

The routine comes from the store (learnt from the last same weekday, else the usual
actions); what is already logged today is shown as done and never logged again. After
logging, a notice names the date and the points and offers Undo.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greenlife.core.errors import GreenlifeError
from greenlife.core.models import Leg
from greenlife.core.routine import RoutineItem, mark_done
from greenlife.ui import labels
from greenlife.ui.state import AppState
from greenlife.ui.widgets.card import clear_layout
from greenlife.ui.widgets.common import show_error


def leg_text(leg: Leg) -> str:
    """'Subway 61 km' in the interface language."""
    return f"{labels.item(leg.item)} {labels.amount(leg.quantity, leg.unit)}"


def legs_text(legs: tuple[Leg, ...] | list[Leg]) -> str:
    return " + ".join(leg_text(g) for g in legs)


class UndoNotice(QWidget):
    """'Logged …' with an Undo button that undoes exactly that change (and says so)."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.text = QLabel()
        self.text.setObjectName("undoNotice")
        self.text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.undo_button)
        # which change to undo, by identity and text: the command itself belongs to the stack
        self._command: tuple[int, str] | None = None
        self.hide()

    def show_done(self, text: str) -> None:
        """Call right after a change was pushed: the notice offers to undo that one."""
        last = self._last()
        self._command = (id(last), last.text()) if last is not None else None
        self.text.setText(text)
        self.undo_button.setToolTip(self.tr("Undo: {what}").format(
            what=self._command[1] if self._command else ""))
        # a screen reader tells this Undo from the others by what it undoes
        self.undo_button.setAccessibleName(self.undo_button.toolTip() if self._command
                                           else self.tr("Undo"))
        self.undo_button.setEnabled(self._command is not None)
        self.show()

    def _last(self) -> QUndoCommand | None:
        stack = self.state.undo_stack
        return stack.command(stack.index() - 1) if stack.index() > 0 else None

    def undo(self) -> None:
        last = self._last()
        # only if it is still the last change: never undo something else silently
        if self._command is not None and last is not None and \
                (id(last), last.text()) == self._command:
            self.state.undo_stack.undo()
            self.text.setText(self.tr("Undone: {what}").format(what=self._command[1]))
        else:
            self.text.setText(self.tr("Already changed since; use Edit ▸ Undo to go back step "
                                      "by step."))
        self._command = None
        self.undo_button.setEnabled(False)


def _line(item: RoutineItem) -> tuple[object, ...]:
    """What a line shows, apart from being done."""
    return (item.member_id, item.legs, item.name, item.template_id, item.learnt_from)


class CheckIn(QWidget):
    """The check-in on Home: one checkbox per routine item, and 'As usual'."""

    logged = Signal(list)  # list[Entry]

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.items: list[RoutineItem] = []
        self.boxes: list[QCheckBox] = []
        self._plain: list[str] = []  # each line's text before 'logged today'
        self.title = QLabel()
        self.title.setObjectName("checkinTitle")
        self.title.setStyleSheet("font-weight: 600;")
        self.list_box = QVBoxLayout()
        self.empty = QLabel(self.tr(
            "No routine yet: log a day, or on the Log page fill a form and press 'Save as "
            "usual action'. Next week the same weekday is offered here."))
        self.empty.setWordWrap(True)
        self.as_usual = QPushButton()
        self.as_usual.setObjectName("asUsual")
        self.as_usual.setDefault(True)
        self.as_usual.clicked.connect(self.log_ticked)
        self.notice = UndoNotice(state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.list_box)
        layout.addWidget(self.empty)
        layout.addWidget(self.as_usual)
        layout.addWidget(self.notice)

    def refresh(self, rebuild: bool = True) -> None:
        """Read today's routine again. ``rebuild=False`` (a Save): when the lines are the
        same, only what is done changes in place; names and language are as before."""
        store = self.state.store
        reads = self.state.reads
        today = store.today()
        self.title.setText(self.tr("Today as usual? · {date}").format(date=labels.date(today)))
        members = reads.members()
        items = mark_done(reads.routine_learnt(), store.logged_counts(today, [m.id for m in members]))
        same_lines = [_line(i) for i in items] == [_line(i) for i in self.items]
        self.items = items
        if same_lines and not rebuild:
            for item, box, text in zip(items, self.boxes, self._plain, strict=True):
                self._show(box, item, text)  # a Save: only what is done changed
            self._update_button()
            return
        names = {m.id: m.name for m in members}
        clear_layout(self.list_box)
        self.boxes = []
        self._plain = []
        for item in items:
            what = legs_text(item.legs)
            if item.name:
                what = f"{item.name} ({what})"
            text = f"{names.get(item.member_id, '?')} · {what}"
            box = QCheckBox()
            self._show(box, item, text)
            if item.learnt_from is not None:
                box.setToolTip(self.tr("As on {date}").format(date=labels.date(item.learnt_from)))
            else:
                box.setToolTip(self.tr("A usual action"))
            box.toggled.connect(self._update_button)
            self.list_box.addWidget(box)
            self.boxes.append(box)
            self._plain.append(text)
        self.empty.setVisible(not items)
        self._update_button()

    def _show(self, box: QCheckBox, item: RoutineItem, text: str) -> None:
        if item.done:
            text = self.tr("{what} — logged today").format(what=text)
        box.setText(text)
        box.setChecked(not item.done)
        box.setEnabled(not item.done)

    def ticked(self) -> list[RoutineItem]:
        return [i for i, b in zip(self.items, self.boxes, strict=True)
                if b.isChecked() and not i.done]

    def _update_button(self) -> None:
        n = len(self.ticked())
        self.as_usual.setText(self.tr("As usual: log %n ticked", "", n))
        self.as_usual.setEnabled(n > 0)
        self.as_usual.setVisible(bool(self.items))

    def log_ticked(self) -> None:
        items = self.ticked()
        if not items:
            return
        store = self.state.store
        today = store.today()
        try:
            drafts = store.routine_drafts(items, today)
            entries = self.state.add_entries(
                drafts, self.tr("Today as usual (%n entries)", "", len(drafts)))
        except GreenlifeError as exc:
            show_error(self, exc)
            return
        self.notice.show_done(self.tr("Logged %n entries for {date}: {points} points", "",
                                      len(entries)).format(
            date=labels.date(today),
            points=labels.points(sum(e.points for e in entries), signed=True)))
        self.logged.emit(entries)
