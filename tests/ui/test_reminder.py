"""The gentle reminder: a tray notification at the chosen hour if nobody has logged that day."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from greenlife.ui import reminder as reminder_module
from tests.conftest import TODAY


class Clock:
    def __init__(self, hour: int) -> None:
        self.hour = hour

    def __call__(self) -> dt.datetime:
        return dt.datetime.combine(TODAY, dt.time(self.hour, 5))


@pytest.fixture
def shown(monkeypatch):
    """The notifications the reminder would show, with a system tray present."""
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(reminder_module, "tray_available", lambda: True)
    monkeypatch.setattr(reminder_module.Reminder, "notify",
                        lambda self, title, text: messages.append((title, text)))
    return messages


def make(state, hour: int):
    clock = Clock(hour)
    return reminder_module.Reminder(state, None, clock), clock


def test_off_by_default(qapp, state, shown):
    r, _clock = make(state, 23)
    assert reminder_module.settings_of(state) == (False, 20)
    assert not r.timer.isActive()
    assert r.check() is False
    assert shown == []


def test_fires_once_at_the_hour_when_nobody_logged(qapp, state, shown):
    state.set_setting("reminder", "on", "Turn the daily reminder on")
    state.set_setting("reminder_hour", "19", "Set the reminder to 19:00")
    r, clock = make(state, 18)
    assert r.timer.isActive()
    assert r.timer.interval() == 60_000
    assert r.check() is False  # 18:05, before the hour
    clock.hour = 19
    assert r.check() is True
    assert len(shown) == 1
    assert "Nobody has logged" in shown[0][1]
    clock.hour = 20
    assert r.check() is False  # once a day
    r.timer.timeout.emit()  # the minute's tick does the same check
    assert len(shown) == 1
    # the next day (the store's clock moved on), it is due again
    state.store._today = lambda: TODAY + dt.timedelta(days=1)
    assert r.check() is True
    assert len(shown) == 2


def test_not_when_someone_logged_today(qapp, state, shown):
    state.set_setting("reminder", "on", "on")
    state.store.log("李先生", "commute", "walk", 1, day=TODAY - dt.timedelta(days=1))
    r, _clock = make(state, 21)
    state.store.log("杨女士", "commute", "walk", 1.5)  # today
    assert r.check() is False
    assert shown == []


def test_the_timer_follows_the_setting_and_undo(qapp, state, shown):
    r, _clock = make(state, 22)
    state.set_setting("reminder", "on", "Turn the daily reminder on")
    assert r.timer.isActive()
    state.undo_stack.undo()
    assert state.store.setting("reminder") == "off"
    assert not r.timer.isActive()
    assert r.check() is False
    state.undo_stack.redo()
    assert r.timer.isActive()
    assert r.check() is True


def test_without_a_system_tray_nothing_fails_and_settings_says_so(qtbot, window, state, monkeypatch):
    monkeypatch.setattr(reminder_module, "tray_available", lambda: False)
    state.set_setting("reminder", "on", "on")
    window.reminder.clock = Clock(23)
    assert window.reminder.check() is False  # no tray: nothing shown, no crash
    assert window.reminder.tray is None
    s = window.go_to("settings")
    s.refresh()
    assert not s.reminder_on.isEnabled()
    assert "Unavailable" in s.reminder_note.text()


def test_settings_controls_are_undoable_and_named(qtbot, window, state, monkeypatch):
    monkeypatch.setattr(reminder_module, "tray_available", lambda: True)
    s = window.go_to("settings")
    s.refresh()
    assert s.reminder_on.isEnabled()
    assert not s.reminder_on.isChecked()
    assert not s.reminder_hour.isEnabled()  # until the reminder is on
    qtbot.mouseClick(s.reminder_on, Qt.MouseButton.LeftButton,
                     pos=s.reminder_on.rect().center())
    assert state.store.setting("reminder") == "on"
    assert window.undo_action.text() == "&Undo Turn the daily reminder on"
    assert window.reminder.timer.isActive()
    assert s.reminder_hour.isEnabled()
    s.reminder_hour.setCurrentIndex(s.reminder_hour.findData(7))
    s.set_reminder_hour()
    assert state.store.setting("reminder_hour") == "7"
    assert window.undo_action.text() == "&Undo Set the reminder to 07:00"
    assert "07:00" in s.reminder_note.text()
    state.undo_stack.undo()
    assert state.store.setting("reminder_hour") == "20"
    assert s.reminder_hour.currentText() == "20:00"  # the page shows what is stored again
    state.undo_stack.undo()
    assert state.store.setting("reminder") == "off"
    assert not s.reminder_on.isChecked()
    assert s.reminder_on.accessibleName() or s.reminder_on.text()
    assert s.reminder_hour.accessibleName() == "Reminder hour"


def test_reminder_controls_are_reached_by_tab_and_named(qtbot, window, state, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from tests.ui.test_a11y import _check_named, tab_walk

    monkeypatch.setattr(reminder_module, "tray_available", lambda: True)
    state.set_setting("reminder", "on", "on")
    s = window.go_to("settings")
    s.refresh()
    assert s.reminder_on.isEnabled()
    assert s.reminder_hour.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    walk = tab_walk(window)
    assert s.reminder_on in walk
    assert s.reminder_hour in walk
    assert walk.index(s.reminder_on) + 1 == walk.index(s.reminder_hour)
    assert _check_named(s) == []

