import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt

from greenlife.core.models import Category
from greenlife.ui.models.rewards import RewardsModel


def test_seventh_green_commute_in_a_row_shows_a_badge_notice(qtbot, window, state):
    today = state.store.today()
    yang = state.store.members()[0]
    for i in range(6, 0, -1):
        state.store.log(yang.id, "commute", "bike", 2, day=today - dt.timedelta(days=i))
    state.store.sync_badges()
    badges = window.go_to("badges")
    assert badges.who.currentText() == "Household"
    badges.who.setCurrentIndex(badges.who.findText("杨女士"))
    def badge(key):
        return next(badges.list.item(r) for r in range(badges.list.count())
                    if badges.list.item(r).data(Qt.ItemDataRole.UserRole) == key)

    item = badge("green_streak:bronze")
    assert item.data(Qt.ItemDataRole.UserRole + 1) is False
    assert "6 of 7" in item.text()
    form = window.go_to("log").forms[Category.COMMUTE]
    form.item.setCurrentIndex(form.item.findData("bike"))
    with qtbot.waitSignal(state.badges_earned, timeout=5000) as signal:
        qtbot.keyClicks(form.quantity, "2")
        qtbot.keyClick(form.quantity, Qt.Key.Key_Return)
    assert ("green_streak", "bronze") in {(b.badge.id, b.tier) for b in signal.args[0]}
    assert window.toast.isVisible()
    assert "Green commuter" in window.toast.label.text()
    assert "杨女士" in window.toast.label.text()
    window.go_to("badges")
    item = badge("green_streak:bronze")
    assert item.data(Qt.ItemDataRole.UserRole + 1) is True
    assert "Earned" in item.text()


def test_goal_reached_shows_a_celebration(qtbot, window, state):
    s = window.go_to("settings")
    s.set_goal(1000)
    assert state.store.goal_for(state.store.today()) == 1000
    with qtbot.waitSignal(state.goal_reached, timeout=2000):
        state.add_entries([state.store.draft("杨女士", "commute", "subway", 11)], "log")
    assert "goal reached" in window.toast.label.text().lower()
    home = window.go_to("home")
    assert home.goal.value() == home.goal.maximum() == 1000


def test_redeem_reward_refuse_and_undo(qtbot, window, state):
    state.store.log("杨女士", "commute", "subway", 10)  # 970
    state.store.add_reward("电影之夜", 900)
    book = window.go_to("book")
    book.refresh()
    book.rewards.selectionModel().select(book.rewards_model.index(0, 0),
                                          QItemSelectionModel.SelectionFlag.Select
                                          | QItemSelectionModel.SelectionFlag.Rows)
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.test_log import _answer_next_box

    seen: list[str] = []
    _answer_next_box(qtbot, QMessageBox.StandardButton.No, seen)  # redeeming asks first
    qtbot.mouseClick(book.redeem_button, Qt.MouseButton.LeftButton)
    assert seen == ["Spend 900 points on 电影之夜 for Household?"]
    assert state.store.balance().points == 970
    _answer_next_box(qtbot, QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(book.redeem_button, Qt.MouseButton.LeftButton)
    assert state.store.balance().points == 70
    assert "Redeemed" in book.reward_status.text()
    _answer_next_box(qtbot, QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(book.redeem_button, Qt.MouseButton.LeftButton)  # too expensive now
    assert "Nothing was redeemed" in book.reward_status.text()
    assert state.store.balance().points == 70
    window.undo_action.trigger()
    assert state.store.balance().points == 970
    window.redo_action.trigger()
    assert state.store.balance().points == 70


def test_rewards_model(qtmodeltester, state):
    state.store.add_reward("电影之夜", 900)
    m = RewardsModel()
    m.set_rewards(state.store.rewards())
    qtmodeltester.check(m)
    assert m.data(m.index(0, 1)) == "900"
