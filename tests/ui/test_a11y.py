"""Keyboard and screen reader: every control reachable by Tab without traps, every control
named, every combo labelled by its field, notices announced (issue #14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QTabBar,
    QWidget,
)

from greenlife.ui.main_window import PAGE_NAMES

CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QAbstractItemView, QTabBar)


@pytest.fixture
def busy(qtbot, window, state):
    """Every control enabled: an entry to undo and select, a usual action, a reward, a member
    selected in Settings."""
    store = state.store
    store.add_template("杨女士", "地铁", "commute", "subway", 12, "km")
    store.add_reward("电影之夜", 20000)
    state.add_entries([__import__("greenlife.core.models", fromlist=["EntryDraft"]).EntryDraft(
        1, store.today(), "commute", "bike", 2, "km")], "Log")
    state.notify("entries")
    history = window.go_to("history")
    history.refresh()
    history.table.selectRow(0)
    settings = window.go_to("settings")
    settings.refresh()
    settings.members.selectRow(0)
    book = window.go_to("book")
    book.refresh()
    book.rewards.selectRow(0)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def reachable_controls(page: QWidget) -> set[QWidget]:
    """Enabled, visible widgets a person would operate (the inner line edit of a spin box or
    an editable combo belongs to its owner)."""
    found = set()
    for w in page.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or not w.isVisibleTo(page) or not w.isEnabled():
            continue
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus:  # header views, by design
            continue
        if isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox):
            continue
        if isinstance(w, QTabBar) and w.count() < 2:
            continue
        found.add(w)
    return found


def tab_walk(window, limit: int = 150) -> list[QWidget]:
    """Tab from the sidebar until focus comes back to it; fail on a trap (Tab that does not
    leave a widget) or a walk that never returns."""
    window.nav.setFocus()
    QApplication.processEvents()
    assert QApplication.focusWidget() is window.nav
    seen: list[QWidget] = []
    for _ in range(limit):
        before = QApplication.focusWidget()
        QTest.keyClick(before, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not before, f"Tab is trapped in {type(before).__name__} {before.objectName()!r}"
        if now is window.nav:
            return seen
        seen.append(now)
    raise AssertionError(f"Tab never came back to the sidebar: {[type(w).__name__ for w in seen[-8:]]}")


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_control_on_every_page_is_reachable_by_tab(qtbot, busy, name):
    page = busy.go_to(name)
    if name in ("charts", "home"):
        page.ensure_charts() if name == "charts" else page.ensure_chart()
        page.refresh()
    QApplication.processEvents()
    busy.activateWindow()  # creating a matplotlib canvas deactivates the offscreen window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is busy, timeout=3000)
    walk = tab_walk(busy)
    invisible = [f"{type(w).__name__} {w.objectName()!r}" for w in walk
                 if not isinstance(w, CONTROLS) and not w.accessibleName()]
    assert invisible == [], "a focus stop that shows nothing and says nothing"
    missing = reachable_controls(page) - set(walk)
    assert sorted(f"{type(w).__name__} {w.text() if hasattr(w, 'text') else w.accessibleName()!r}"
                  for w in missing) == []


def test_tables_move_with_arrow_keys_not_tab(qtbot, busy):
    from PySide6.QtWidgets import QTableView

    tables = [t for p in busy.pages for t in p.findChildren(QTableView)]
    assert len(tables) >= 5
    assert [t.accessibleName() for t in tables if t.tabKeyNavigation()] == []
    history = busy.go_to("history")
    history.table.setFocus()
    history.table.setCurrentIndex(history.model.index(0, 0))
    QTest.keyClick(history.table, Qt.Key.Key_Right)
    assert history.table.currentIndex().column() == 1
