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
    assert state.undo_stack.count() == 1
    assert state.undo_stack.canUndo()
    history = window.go_to("history")
    assert history.undo_button.isEnabled()
    assert history.undo_button.text() == "撤销"
    # the check-in (the usual action of the day, one click) is relabelled, no English left
    text = window.home.checkin.as_usual.text()
    assert "记录" in text or "照常" in text, text
    assert "As usual" not in text
    history.undo_button.click()
    assert state.store.count_entries() == 0
    switch_language(qtbot, window, "en", "Home")


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
