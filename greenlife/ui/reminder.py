"""A gentle reminder: a system-tray notification at the family's chosen hour if nobody has logged
anything that day. Off by default (Settings); checked once a minute; at most once a day.

Where the desktop has no system tray (QSystemTrayIcon.isSystemTrayAvailable() is false) nothing
is shown and Settings says the reminder is unavailable; nothing fails."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from greenlife.core.changes import Changes
from greenlife.ui.state import AppState

DEFAULT_HOUR = 20
MINUTE_MS = 60_000


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def settings_of(state: AppState) -> tuple[bool, int]:
    """(on, hour) as stored; a damaged hour falls back to the default."""
    on = state.store.setting("reminder") == "on"
    try:
        hour = int(state.store.setting("reminder_hour"))
    except ValueError:
        hour = DEFAULT_HOUR
    return on, hour if 0 <= hour <= 23 else DEFAULT_HOUR


class Reminder(QObject):
    """``clock`` gives the time of day (the date is the store's ``today()``, the app's clock)."""

    def __init__(self, state: AppState, window: QWidget | None = None,
                 clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        super().__init__(window)
        self.state = state
        self.window = window
        self.clock = clock
        self.tray: QSystemTrayIcon | None = None
        self.last_shown: dt.date | None = None
        self.shown = 0  # how many reminders this run has shown (for the tests and the log)
        self.timer = QTimer(self)
        self.timer.setInterval(MINUTE_MS)
        self.timer.timeout.connect(self.check)
        state.changed.connect(self._settings_changed)
        self._settings_changed(Changes.of("settings"))

    def _settings_changed(self, changes: Changes) -> None:
        if not changes.settings:
            return
        on, _hour = settings_of(self.state)
        if on and not self.timer.isActive():
            self.timer.start()
        elif not on:
            self.timer.stop()

    def due(self) -> bool:
        """On, the hour has come, not yet shown today, and nobody has logged today."""
        on, hour = settings_of(self.state)
        if not on:
            return False
        today = self.state.store.today()
        if self.last_shown == today or self.clock().hour < hour:
            return False
        return self.state.store.count_entries(None, today, today) == 0

    def check(self) -> bool:
        """Show the reminder if it is due; True when shown."""
        if not self.due():
            return False
        self.last_shown = self.state.store.today()  # once a day, shown or not (no tray)
        if not tray_available():
            return False
        self.notify(self.tr("GreenLife"), self.tr(
            "Nobody has logged a green action today. A walk, a sorted bin, a clean plate?"))
        self.shown += 1
        return True

    def notify(self, title: str, text: str) -> None:
        if self.tray is None:
            from greenlife.ui.main_window import app_icon

            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip(self.tr("GreenLife"))
            if self.window is not None:
                self.tray.activated.connect(lambda _reason: self._bring_forward())
                self.tray.messageClicked.connect(self._bring_forward)
            self.tray.show()
        self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)

    def _bring_forward(self) -> None:
        bring = getattr(self.window, "bring_forward", None)
        if bring is not None:
            bring()
