"""Language and theme switch live with nothing lost: the Home chart, the undo history and
its buttons, the one-click buttons and an open dialog (issue #14)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from greenlife.core.models import Category, EntryDraft


def switch_language(qtbot, window, code: str, first_page: str) -> None:
    s = window.go_to("settings")
    s.language.setCurrentIndex(s.language.findData(code))
    s.set_language()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == first_page, timeout=3000)
    QApplication.processEvents()


def test_language_switch_keeps_chart_undo_and_relabels_buttons(qtbot, window, state):
    state.store.add_template("杨女士", "地铁", "commute", "subway", 12, "km")
    state.add_entries([EntryDraft(1, state.store.today(), Category.COMMUTE, "bike", 2, "km")], "Log bike")
    home = window.go_to("home")
    home.ensure_chart()
    assert home.chart is not None
    switch_language(qtbot, window, "zh_CN", "首页")
    home = window.go_to("home")
    qtbot.waitUntil(lambda: window.home.chart is not None, timeout=3000)
    assert window.home.chart.isVisibleTo(window.home)
    # the history is kept; the switch itself is its last step, named in the new language
    assert [state.undo_stack.text(i) for i in range(state.undo_stack.count())] == [
        "Log bike", "更改语言"]
    history = window.go_to("history")
    assert history.undo_button.isEnabled()
    assert history.undo_button.text() == "撤销"
    # the check-in (the usual action of the day, one click) is relabelled, no English left
    text = window.home.checkin.as_usual.text()
    assert "记录" in text or "照常" in text, text
    assert "As usual" not in text
    state.undo_stack.setIndex(1)  # back to English, live
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Home", timeout=3000)
    history = window.go_to("history")
    assert history.undo_button.text() == "Undo"
    history.undo_button.click()
    assert state.store.count_entries() == 0


def test_an_open_dialog_is_relabelled(qtbot, with_pending, window, state):
    from greenlife.ui.widgets.export_dialog import ExportDialog

    d = ExportDialog(state, window)
    qtbot.addWidget(d)
    d.show()
    assert d.windowTitle() == "Export yearly summary"
    switch_language(qtbot, window, "zh_CN", "首页")
    assert d.windowTitle() == "导出年度总结"
    assert d.checks["pdf"].text() != "Printable report (PDF)"
    switch_language(qtbot, window, "en", "Home")
    assert d.windowTitle() == "Export yearly summary"


def test_language_and_theme_changes_are_undone_live_from_the_edit_menu(qtbot, window, state):
    """Issue #13: every change a family makes is on the one undo history, settings too."""
    from PySide6.QtGui import QPalette

    def lightness() -> int:
        return QApplication.palette().color(QPalette.ColorRole.Window).lightness()

    s = window.go_to("settings")
    s.theme.setCurrentIndex(s.theme.findData("dark"))
    s.set_theme()
    assert lightness() < 128 and state.store.setting("theme") == "dark"
    assert window.undo_action.text() == "&Undo Change theme"
    switch_language(qtbot, window, "zh_CN", "首页")
    assert window.undo_action.text() == "撤销(&U) 更改语言"
    assert state.store.setting("language") == "zh_CN"
    window.undo_action.trigger()  # Edit ▸ Undo: back to English at once
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Home", timeout=3000)
    assert state.store.setting("language") == ""  # as it was: the system's (English here)
    assert window.menuBar().actions()[1].text() == "&Edit"
    assert window.undo_action.text() == "&Undo Change theme"
    assert window.redo_action.text() == "&Redo Change language"
    s = window.go_to("settings")
    assert s.language.currentData() == "" and s.theme.currentData() == "dark"
    window.undo_action.trigger()
    assert lightness() > 128 and state.store.setting("theme") == "system"
    assert window.go_to("settings").theme.currentData() == "system"
    state.undo_stack.redo()
    assert lightness() < 128
    s = window.go_to("settings")
    s.theme.setCurrentIndex(s.theme.findData("system"))
    s.set_theme()
    assert state.undo_stack.count() == 2  # the redo of the language was dropped by the new change
