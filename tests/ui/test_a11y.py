"""Keyboard and screen reader: every control reachable by Tab without traps, every control
named, every combo labelled by its field, notices announced (issue #14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
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

from greenlife.core.changes import Changes
from greenlife.core.models import Category, EntryDraft
from greenlife.ui.main_window import PAGE_NAMES

CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QAbstractItemView, QTabBar)


@pytest.fixture
def busy(qtbot, window, state):
    """Every control enabled: an entry to undo and select, a usual action, a reward, a member
    selected in Settings, a family challenge running."""
    store = state.store
    store.add_template("杨女士", "地铁", "commute", "subway", 12, "km")
    store.add_reward("电影之夜", 20000)
    store.start_challenge("walk_km", 10)  # Home's End button
    for km in (2, 3):
        state.add_entries([EntryDraft(1, store.today(), Category.COMMUTE, "bike", km, "km")], "Log")
    state.undo_stack.undo()  # something to undo and something to redo
    state.notify(Changes.of("ledger"))
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
    if name == "history":  # Edit and Delete need a selected row
        page.refresh()
        page.table.selectRow(0)
        assert page.edit_button.isEnabled()
        assert page.redo_button.isEnabled()
    if name in ("charts", "home"):
        page.ensure_charts() if name == "charts" else page.ensure_chart()
        page.refresh()
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the buttons a refresh replaced
    busy.activateWindow()  # creating a matplotlib canvas deactivates the offscreen window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is busy, timeout=3000)
    walk = tab_walk(busy)
    invisible = [f"{type(w).__name__} {w.objectName()!r}" for w in walk
                 if not isinstance(w, CONTROLS) and not w.accessibleName()]
    assert invisible == [], "a focus stop that shows nothing and says nothing"
    if name == "home" and page.quick_buttons:  # reading order: the buttons above the table first
        assert walk.index(page.quick_buttons[-1]) < walk.index(page.latest)
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


# -- screen reader -----------------------------------------------------------------------------

NAMED_ROLES = {"Button", "PushButton", "CheckBox", "RadioButton", "ComboBox", "SpinBox",
               "EditableText", "Table", "List", "ListItem", "PageTabList", "ProgressBar",
               "Slider", "ButtonMenu", "Tree"}


def accessible_controls(root: QWidget) -> list[tuple[QWidget, str, str]]:
    """(widget, role name, accessible name) for every visible control under ``root``, as an
    assistive technology reads them through Qt's accessibility interfaces."""
    from PySide6.QtGui import QAccessible

    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) or isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox):
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        if iface is None or not iface.isValid():
            continue
        role = iface.role().name
        if role in NAMED_ROLES:
            out.append((w, role, iface.text(QAccessible.Text.Name).strip()))
    return out


def field_labels(w: QWidget) -> list[str]:
    """Texts of the labels an assistive technology reads for ``w`` (its labelled-by relation:
    on Linux a combo's name is its current value, so the relation is what names the field)."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QLabel

    iface = QAccessible.queryAccessibleInterface(w)
    return [other.text(QAccessible.Text.Name).strip()
            for other, _rel in iface.relations(QAccessible.RelationFlag.Label)
            if isinstance(other.object(), QLabel)]  # not the title of the surrounding group box


def _check_named(root: QWidget) -> list[str]:
    problems = []
    for w, role, name in accessible_controls(root):
        if not name:
            problems.append(f"unnamed {role} {type(w).__name__} {w.objectName()!r}")
        elif isinstance(w, QComboBox) and not [t for t in field_labels(w) if t and t != w.currentText()]:
            problems.append(f"combo {name!r} has no label naming its field")
    buttons = [(name, w) for w, role, name in accessible_controls(root) if role in ("Button", "PushButton")]
    names = [n for n, _w in buttons]
    problems += [f"{names.count(n)} buttons named {n!r}" for n in sorted(set(names)) if names.count(n) > 1]
    return problems


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_control_has_a_name_and_every_combo_its_field(qtbot, busy, name):
    page = busy.go_to(name)
    if name == "charts":
        page.ensure_charts()
    if name == "home":
        page.ensure_chart()
    page.refresh()
    QApplication.processEvents()  # widgets added to a shown page show on the next turn
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the buttons a refresh replaced
    if name == "log":  # every tab of the form
        problems = []
        for i in range(page.tabs.count()):
            page.tabs.setCurrentIndex(i)
            problems += _check_named(page)
        assert sorted(set(problems)) == []
    else:
        assert _check_named(page) == []


@pytest.mark.parametrize("dialog", ["export", "import", "entry", "factor", "backups", "usual",
                                    "appliance", "challenge"])
def test_dialogs_name_every_control(qtbot, busy, state, dialog):
    d = _open_dialog(busy, state, dialog)
    qtbot.addWidget(d)
    d.show()
    assert _check_named(d) == []


def _open_dialog(window, state, which: str) -> QWidget:
    if which == "export":
        from greenlife.ui.widgets.export_dialog import ExportDialog

        return ExportDialog(state, window)
    if which == "import":
        from greenlife.ui.widgets.import_dialog import ImportDialog

        return ImportDialog(state, window)
    if which == "entry":
        from greenlife.ui.widgets.entry_dialog import EntryDialog

        return EntryDialog(state, state.store.entries()[0], window)
    if which == "factor":
        from greenlife.ui.widgets.factor_dialog import FactorDialog

        return FactorDialog(state.store.factors()["commute.bus"], state.store.active_set(), window)
    if which == "appliance":
        from greenlife.ui.widgets.managed import ApplianceDialog

        a = state.store.add_appliance("杨女士", "refrigerator", 1, None, state.store.today())
        return ApplianceDialog(state, a, window)
    if which == "usual":  # two parts: every part's controls are named
        from greenlife.core.models import Leg
        from greenlife.ui.widgets.usual_dialog import UsualActionDialog

        t = state.store.templates()[0]
        return UsualActionDialog(state, t, extra_leg=Leg(Category.COMMUTE, "bike", 1, "km"),
                                 parent=window)
    if which == "challenge":
        from greenlife.ui.widgets.challenges import StartChallengeDialog

        return StartChallengeDialog(window)
    from greenlife.ui.widgets.backups_dialog import BackupsDialog

    return BackupsDialog(state, window)


def test_the_usual_action_dialog_tabs_through_its_parts_in_order(qtbot, busy, state):
    d = _open_dialog(busy, state, "usual")
    qtbot.addWidget(d)
    d.show()
    d.move_leg(d.rows[1], -1)  # the order on screen is the Tab order, after a move too
    d.name.setFocus()
    QApplication.processEvents()
    walk = [d.name]
    for _ in range(20):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walk.append(QApplication.focusWidget())
        if walk[-1] is d.save_button:
            break
    first, second = d.rows
    assert walk == [d.name, first.category, first.item, first.quantity, first.down_button,
                    first.remove_button, second.category, second.item, second.quantity,
                    second.up_button, second.remove_button, d.add_leg_button, d.save_button]


def test_charts_keep_their_text_alternative(qtbot, busy):
    from PySide6.QtGui import QAccessible

    page = busy.go_to("charts")
    page.ensure_charts()
    page.refresh()
    QApplication.processEvents()
    assert len(page.charts) == 4
    for chart in page.charts.values():
        iface = QAccessible.queryAccessibleInterface(chart.canvas)
        assert iface.text(QAccessible.Text.Name)
        assert any(ch.isdigit() for ch in iface.text(QAccessible.Text.Description))


def test_badge_and_goal_notices_are_announced(qtbot, window, state, monkeypatch):
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    heard: list[str] = []

    def record(event) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append(event.message())

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    window.celebrate_goal(5200, 5000)
    assert heard == [window.toast.label.text()]
    assert "5,200" in heard[0]
