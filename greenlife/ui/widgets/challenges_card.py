"""Home's card of family challenges: at most two running, each a bar of its progress, an
End button, and a badge when done; starting and ending one are undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greenlife.core.errors import GreenlifeError
from greenlife.ui.state import AppState
from greenlife.ui.widgets.card import Card, clear_layout
from greenlife.ui.widgets.challenges import (
    StartChallengeDialog,
    challenge_title,
    kind_name,
    progress_text,
    title,
)
from greenlife.ui.widgets.checkin import UndoNotice
from greenlife.ui.widgets.common import show_error


class ChallengesCard(Card):
    def __init__(self, state: AppState, notice: UndoNotice, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Family challenges"), parent)
        self.state = state
        self.notice = notice  # where 'started' and 'ended' are said, with Undo
        self.box = QVBoxLayout()
        self.box.setSpacing(10)
        self.body.addLayout(self.box)
        self.end_buttons: list[QPushButton] = []
        self.bars: list[QProgressBar] = []
        self.start_button = QPushButton(self.tr("Start a challenge…"))
        self.start_button.clicked.connect(lambda: self.start_challenge())
        self.body.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)

    def fill(self) -> None:
        clear_layout(self.box)
        self.end_buttons = []
        self.bars = []
        store = self.state.store
        today = store.today()
        shown = [p for p in store.challenges()
                 if p.active(today) or (p.done_on is not None and p.challenge.ended_on is None
                                        and (today - p.done_on).days < 7)]
        for p in shown[-4:]:
            name = challenge_title(p.challenge)
            heading = QLabel(name)
            heading.setStyleSheet("font-weight: 600;")
            heading.setWordWrap(True)
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setValue(int(p.fraction * 1000))
            bar.setFormat(progress_text(p))
            bar.setAccessibleName(name)
            bar.setAccessibleDescription(progress_text(p))
            self.bars.append(bar)
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
            self.box.addWidget(heading)
            self.box.addLayout(row)
        if not shown:
            hint = QLabel(self.tr("No challenge yet: pick one the whole family can do this week."))
            hint.setWordWrap(True)
            hint.setProperty("tone", "muted")
            self.box.addWidget(hint)
        running = sum(1 for p in shown if p.active(today))
        self.start_button.setEnabled(running < 2)
        self.start_button.setToolTip("" if running < 2 else self.tr(
            "Two challenges are running; end one to start another."))

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
