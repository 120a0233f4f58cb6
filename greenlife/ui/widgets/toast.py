"""A short, non-blocking notice in the corner of the window (badges, goals)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class Toast(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        self.setStyleSheet("QFrame#toast { background: #2E7D32; border-radius: 8px; }"
                           "QLabel { color: white; font-size: 11pt; padding: 4px; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, ms: int = 5000) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.adjustSize()
        self.resize(min(420, max(260, self.sizeHint().width())), self.sizeHint().height())
        parent = self.parentWidget()
        self.move(parent.width() - self.width() - 24, parent.height() - self.height() - 24)
        self.raise_()
        self.show()
        self.timer.start(ms)
        announce(self, text)


def announce(source: QWidget, text: str) -> None:
    """Have a screen reader speak ``text`` now (Qt 6.8+: AT-SPI and UIA announcements),
    without moving the focus. A notice that is only painted is missed by a blind user."""
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
