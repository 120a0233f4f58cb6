"""A card: a rounded panel with a title, drawn from the palette (both themes, live)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

RADIUS = 10
PADDING = 16


class Card(QFrame):
    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.title.setVisible(bool(title))
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(PADDING, PADDING - 4, PADDING, PADDING)
        self.body.setSpacing(8)
        self.body.addWidget(self.title)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # never squeezed

    def set_title(self, text: str) -> None:
        self.title.setText(text)
        self.title.setVisible(bool(text))
        self.setAccessibleName(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        p.setBrush(pal.color(QPalette.ColorRole.Base))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        p.end()


def clear_layout(layout) -> None:
    """Empty a layout a card fills again on each refresh."""
    while layout.count():
        item = layout.takeAt(0)
        w = item.widget()
        if w is not None:
            w.hide()  # gone at once: deleteLater waits for the event loop, and a grab or a
            w.deleteLater()  # paint before it drew the old widget under the new one
        elif item.layout() is not None:
            clear_layout(item.layout())
