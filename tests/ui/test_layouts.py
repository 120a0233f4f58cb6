"""Layouts from 1024×700 to full HD: the points column in view, icons and avatars in the rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from greenlife.ui.widgets.tables import column_fully_visible


@pytest.fixture
def demo_window(qtbot, qapp, file_store, db_path):
    from greenlife.store.demo import load_demo
    from greenlife.ui.i18n import apply_language
    from greenlife.ui.main_window import MainWindow
    from greenlife.ui.state import AppState

    apply_language("en")
    load_demo(file_store, lang="zh")
    w = MainWindow(AppState(file_store, db_path))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    apply_language("en")


def settle(qtbot):
    qtbot.wait(50)


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800), (1920, 1080)])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_points_column_is_in_view_in_book_and_history(qtbot, demo_window, size, lang):
    from greenlife.ui.i18n import apply_language
    from greenlife.ui.models.entries import COL_POINTS as HISTORY_POINTS
    from greenlife.ui.models.ledger import COL_POINTS as LEDGER_POINTS
    from greenlife.ui.models.ledger import COL_WHAT

    if lang != "en":
        apply_language(lang)
        settle(qtbot)
    w = demo_window
    w.resize(*size)
    settle(qtbot)
    assert (w.width(), w.height()) == size
    book = w.go_to("book")
    settle(qtbot)
    assert book.ledger_model.rowCount() > 20
    assert column_fully_visible(book.ledger, LEDGER_POINTS)
    assert not book.ledger.horizontalScrollBar().isVisible()
    # the stretching column keeps room for the text
    assert book.ledger.horizontalHeader().sectionSize(COL_WHAT) >= 200
    history = w.go_to("history")
    settle(qtbot)
    assert history.model.rowCount() > 1000
    assert column_fully_visible(history.table, HISTORY_POINTS)
    assert not history.table.horizontalScrollBar().isVisible()
    # a points cell is drawn whole: its text fits its column
    text = history.model.data(history.model.index(0, HISTORY_POINTS))
    fm = history.table.fontMetrics()
    assert fm.horizontalAdvance(text) < history.table.columnWidth(HISTORY_POINTS)


def test_wide_window_shows_every_column(qtbot, demo_window):
    from greenlife.ui.models.entries import COL_FACTOR, COL_GRAMS
    from greenlife.ui.models.ledger import COL_FACTOR as LEDGER_FACTOR
    from greenlife.ui.models.ledger import COL_KIND

    w = demo_window
    w.resize(1920, 1080)
    book = w.go_to("book")
    settle(qtbot)
    assert not book.ledger.isColumnHidden(LEDGER_FACTOR)
    assert not book.ledger.isColumnHidden(COL_KIND)
    history = w.go_to("history")
    settle(qtbot)
    assert not history.table.isColumnHidden(COL_FACTOR)
    assert not history.table.isColumnHidden(COL_GRAMS)
    # narrow: the factor steps aside for the points, and comes back when there is room
    w.go_to("book")
    w.resize(1024, 700)
    settle(qtbot)
    assert book.ledger.isColumnHidden(COL_KIND)
    w.resize(1920, 1080)
    settle(qtbot)
    assert not book.ledger.isColumnHidden(COL_KIND)


def test_rows_carry_category_icons_and_members_avatars(qtbot, demo_window):
    from greenlife.ui.models.entries import COL_CATEGORY
    from greenlife.ui.models.ledger import COL_WHAT
    from greenlife.ui.models.members import COL_NAME

    w = demo_window
    history = w.go_to("history")
    settle(qtbot)
    icon = history.model.data(history.model.index(0, COL_CATEGORY), Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull()
    book = w.go_to("book")
    settle(qtbot)
    kinds = {book.ledger_model.line_at(r).kind for r in range(book.ledger_model.rowCount())}
    assert {"action", "appliance"} <= kinds
    for r in range(book.ledger_model.rowCount()):
        assert not book.ledger_model.data(book.ledger_model.index(r, COL_WHAT),
                                          Qt.ItemDataRole.DecorationRole).isNull()
    settings = w.go_to("settings")
    settle(qtbot)
    pm = settings.members_model.data(settings.members_model.index(0, COL_NAME), Qt.ItemDataRole.DecorationRole)
    m = settings.members_model.member_at(0)
    img = pm.toImage()
    assert img.pixelColor(img.width() // 2, 3).name() == m.colour.lower()


def test_sidebar_and_log_tabs_have_icons(qtbot, demo_window):
    w = demo_window
    for row in range(w.nav.count()):
        assert not w.nav.item(row).icon().isNull()
    log = w.go_to("log")
    for i in range(log.tabs.count()):
        assert not log.tabs.tabIcon(i).isNull(), log.tabs.tabText(i)
    form = next(iter(log.forms.values()))
    for i in range(form.item.count()):
        assert not form.item.itemIcon(i).isNull(), form.item.itemText(i)


def test_log_page_lists_the_chosen_day_beside_the_form(qtbot, window, state):
    import datetime as dt

    from greenlife.core.models import Category
    from greenlife.ui.widgets.common import to_qdate
    from tests.conftest import TODAY

    state.store.log("李先生", "commute", "bus", 2, day=TODAY - dt.timedelta(days=1))
    log = window.go_to("log")
    log.refresh()
    assert log.day_list.count() == 1
    assert log.day_list.item(0).text() == "Nothing yet."
    form = log.forms[Category.COMMUTE]
    form.item.setCurrentIndex(form.item.findData("walk"))
    form.quantity.setText("1.5")
    form.save()
    assert log.day_list.count() == 1
    row = log.day_list.item(0)
    assert row.text() == "杨女士: Walk 1.5 km, +147"
    assert not row.icon().isNull()
    assert log.day_total.text() == "1 entry · points: +147"
    log.day.setDate(to_qdate(TODAY - dt.timedelta(days=1)))
    assert log.day_list.item(0).text().startswith("李先生: Bus 2 rides")
    # at the smallest window the nine tabs do not all fit: the bar scrolls (arrows), the form
    # keeps its column beside the day's list, and the chosen tab is in view
    window.resize(1024, 700)
    qtbot.wait(50)
    bar = log.tabs.tabBar()
    assert log.tabs.usesScrollButtons()
    assert log.tabs.geometry().right() < log.day_list.mapTo(log, log.day_list.rect().topLeft()).x()
    log.tabs.setCurrentWidget(log.own_actions)
    qtbot.wait(20)
    current = bar.tabRect(bar.currentIndex())
    assert current.left() >= 0
    assert current.right() <= bar.width()


def test_badges_grow_with_a_wide_window(qtbot, window, state):
    from greenlife.ui.i18n_names import pick

    badges = window.go_to("badges")
    window.resize(1920, 1080)
    qtbot.wait(50)
    assert badges.list.iconSize().width() == 96
    st = state.store.badge_statuses(None)[0]
    texts = [badges.list.item(i).text() for i in range(badges.list.count())]
    assert any(pick(st.badge.description) in t for t in texts)
    window.resize(1024, 700)
    qtbot.wait(50)
    assert badges.list.iconSize().width() == 56
    texts = [badges.list.item(i).text() for i in range(badges.list.count())]
    assert not any(pick(st.badge.description) in t for t in texts)


def test_charts_fit_a_small_window_without_overlap(qtbot, window):
    charts = window.go_to("charts")
    window.resize(1024, 700)
    qtbot.wait(100)
    for chart in charts.charts.values():
        # the canvas ends above the legend: nothing drawn under another widget
        assert chart.canvas.geometry().bottom() < chart.legend.geometry().top()
        assert chart.legend.geometry().bottom() <= chart.height()


def test_log_page_shows_the_week_of_the_form_member_by_category(qtbot, window, state):
    from greenlife.core.models import Category

    state.store.log("杨女士", "commute", "walk", 2)  # 196 points
    state.store.log("李先生", "food", "clean_plate", 1)  # 230
    log = window.go_to("log")
    log.refresh()
    form = log.forms[Category.COMMUTE]
    form.set_member(1)
    assert log.week_box.title() == "Week of 23 Nov 2026: 杨女士"
    assert log.week_cells["commute"].text() == "+196"
    assert log.week_cells["food"].text() == "0"
    assert log.week_total.text() == "+196"
    form.set_member(2)
    assert log.week_cells["food"].text() == "+230"
    assert log.week_total.text() == "+230"
    log.tabs.setCurrentWidget(log.usual)  # usual actions: the household
    assert log.week_box.title().endswith(": Household")
    assert log.week_total.text() == "+426"


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_book_side_column_fits_1024x700_without_scrolling(qtbot, demo_window, lang):
    from greenlife.ui.i18n import apply_language

    if lang != "en":
        apply_language(lang)
        settle(qtbot)
    w = demo_window
    w.resize(1024, 700)
    book = w.go_to("book")
    settle(qtbot)
    assert book.side.verticalScrollBar().maximum() == 0
    viewport = book.side.viewport()
    for button in (book.redeem_button, book.add_reward_button, book.archive_reward_button):
        top_left = button.mapTo(viewport, button.rect().topLeft())
        bottom_right = button.mapTo(viewport, button.rect().bottomRight())
        assert viewport.rect().contains(top_left)
        assert viewport.rect().contains(bottom_right), button.text()
    assert book.rewards_model.rowCount() == 3
    assert book.rewards.verticalScrollBar().maximum() == 0  # the three rewards in view
