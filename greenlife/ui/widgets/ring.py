"""A goal ring (Apple Fitness): the share of a member's own weekly goal, in their colour.
Sized to the member's goal, so a child's 600 fills as fast as an adult's 7,000."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class GoalRing(QWidget):
    def __init__(self, parent: QWidget | None = None, size: int = 64) -> None:
        super().__init__(parent)
        self._size = size
        self.value = 0
        self.goal = 1
        self.colour = QColor("#2E7D32")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def set_progress(self, value: int, goal: int, colour: str) -> None:
        self.value = value
        self.goal = max(1, goal)
        self.colour = QColor(colour)
        self.update()

    @property
    def fraction(self) -> float:
        return max(0.0, self.value / self.goal)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        width = max(6.0, self._size / 8)
        r = QRectF(self.rect()).adjusted(width / 2 + 1, width / 2 + 1, -width / 2 - 1,
                                         -width / 2 - 1)
        track = QColor(self.colour)
        track.setAlphaF(0.22)
        p.setPen(QPen(track, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawEllipse(r)
        frac = self.fraction
        if frac > 0:
            p.setPen(QPen(self.colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawArc(r, 90 * 16, -int(min(1.0, frac) * 360 * 16))
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        f = QFont(self.font())
        f.setPointSizeF(max(7.0, self._size / 7.5))
        f.setBold(True)
        p.setFont(f)
        p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                   "✓" if frac >= 1 else f"{int(frac * 100)}%")
        p.end()
