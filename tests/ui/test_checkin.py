"""Issue #13: the family's day in one click (the check-in on Home)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from greenlife.core.models import Category, Leg
from tests.conftest import TODAY  # a Tuesday

LAST_TUESDAY = TODAY - dt.timedelta(days=7)
MONDAY = TODAY - dt.timedelta(days=1)


def actions(state, day=TODAY):
    return [(e.member_name, e.item, e.quantity) for e in
            state.store.entries(start=day, end=day, descending=False)]


@pytest.fixture
def family(state):
    """A family of four with last Tuesday logged (and a different Monday)."""
    store = state.store
    store.add_member("小明")
    store.add_member("奶奶")
    store.add_template("杨女士", "上班", "commute", "bike", 1, "km",
                       [Leg(Category.COMMUTE, "subway", 61, "km")])
    for name, item, qty in [("杨女士", "bike", 1), ("杨女士", "subway", 61),
                            ("李先生", "bus", 2), ("小明", "walk", 2), ("奶奶", "kitchen", 0.5)]:
        cat = "waste" if item == "kitchen" else "commute"
        store.log(name, cat, item, qty, LAST_TUESDAY)
    store.log("小明", "commute", "bike", 5, MONDAY)  # Monday is not Tuesday's routine
    return store


class Clicks:
    """Counts the clicks a test makes on real widgets."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.n = 0

    def __call__(self, widget) -> None:
        self.n += 1
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_family_of_four_logs_its_usual_weekday_in_one_click(qtbot, state, family, window):
    click = Clicks(qtbot)
    home = window.go_to("home")
    checkin = home.checkin
    assert [b.text() for b in checkin.boxes] == [
        "杨女士 · 上班 (Bike / shared bike 1 km + Subway / rail 61 km)", "李先生 · Bus 2 rides", "小明 · Walk 2 km",
        "奶奶 · Kitchen waste 0.5 kg"]
    assert all(b.isChecked() for b in checkin.boxes)
    assert checkin.as_usual.text() == "As usual: log 4 ticked"
    click(checkin.as_usual)
    assert click.n <= 2
    assert actions(state) == [("杨女士", "bike", 1), ("杨女士", "subway", 61), ("李先生", "bus", 2),
                              ("小明", "walk", 2), ("奶奶", "kitchen", 0.5)]
    assert checkin.notice.text.text() == "Logged 5 entries for 24 Nov 2026: +7,305 points"
    # everything is done: a second click cannot log the day twice
    assert not checkin.as_usual.isEnabled()
    assert all(not b.isEnabled() for b in checkin.boxes)
    assert "logged today" in checkin.boxes[0].text()
    # the notice offers undo, and the Edit menu names it
    assert window.undo_action.text() == "&Undo Today as usual (5 entries)"
    click(checkin.notice.undo_button)
    assert actions(state) == []
    assert checkin.as_usual.text() == "As usual: log 4 ticked"


def test_an_exception_is_unticked_in_one_click(qtbot, state, family, window):
    checkin = window.go_to("home").checkin
    grandma = next(b for b in checkin.boxes if b.text().startswith("奶奶"))
    qtbot.mouseClick(grandma, Qt.MouseButton.LeftButton, pos=QPoint(6, grandma.height() // 2))
    assert not grandma.isChecked()
    assert checkin.as_usual.text() == "As usual: log 3 ticked"
    qtbot.mouseClick(checkin.as_usual, Qt.MouseButton.LeftButton)
    assert [a[0] for a in actions(state)] == ["杨女士", "杨女士", "李先生", "小明"]


def test_monday_repeats_last_monday_not_sunday(qtbot, window, state):
    monday = dt.date(2026, 11, 23)
    state.store._today = lambda: monday
    state.store.log("杨女士", "commute", "subway", 30, monday - dt.timedelta(days=7))
    state.store.log("杨女士", "commute", "walk", 8, monday - dt.timedelta(days=1))  # Sunday
    checkin = window.go_to("home").checkin
    checkin.refresh()
    assert [b.text() for b in checkin.boxes] == ["杨女士 · Subway / rail 30 km"]
    assert "16 Nov 2026" in checkin.boxes[0].toolTip()
    qtbot.mouseClick(checkin.as_usual, Qt.MouseButton.LeftButton)
    assert actions(state, monday) == [("杨女士", "subway", 30)]


def test_a_usual_action_outside_the_routine_asks_before_logging_twice(qtbot, window, state):
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.test_log import _answer_next_box

    store = state.store
    store.log("杨女士", "commute", "bus", 2, LAST_TUESDAY)  # the routine: the bus
    store.add_template("杨女士", "走路", "commute", "walk", 2, "km")  # not in the routine
    home = window.go_to("home")
    home.refresh()
    [button] = home.quick_buttons
    assert button.text() == "杨女士 · 走路"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert actions(state) == [("杨女士", "walk", 2)]
    assert home.notice.text.text() == "Logged 走路 for 杨女士 on 24 Nov 2026: +196 points"
    seen: list[str] = []
    _answer_next_box(qtbot, QMessageBox.StandardButton.No, seen)
    qtbot.mouseClick(home.quick_buttons[0], Qt.MouseButton.LeftButton)
    assert seen == ["Already logged on 24 Nov 2026: 杨女士: Walk. Log it again?"]
    assert actions(state) == [("杨女士", "walk", 2)]
    qtbot.mouseClick(home.notice.undo_button, Qt.MouseButton.LeftButton)
    assert actions(state) == []


def test_pages_refresh_only_for_the_parts_they_show(qtbot, window, state, monkeypatch):
    """The one op path emits a typed record; a page re-reads only when it shows what changed,
    and the weekly-goal check runs only when this week's lines (or the goals) changed."""
    import datetime as dt

    from greenlife.core.changes import Changes

    history = window.go_to("history")
    calls: list[str] = []
    monkeypatch.setattr(history, "refresh", lambda: calls.append("history"))
    checks: list[int] = []
    monkeypatch.setattr(state, "_check_goal", lambda: checks.append(1))
    state.add_reward("Movie night", 1000, "Add a reward")
    assert calls == [] and checks == []
    state.add_entries([state.store.draft("杨女士", "commute", "bike", 2)], "Log")
    assert calls == ["history"] and checks == [1]
    long_ago = state.store.today() - dt.timedelta(days=60)
    state.add_entries([state.store.draft("杨女士", "commute", "bike", 2, day=long_ago)], "Log")
    assert calls == ["history", "history"] and checks == [1]  # not this week: no goal check
    state.notify(Changes.of("goals"))
    assert checks == [1, 1] and len(calls) == 2


def test_the_check_in_says_amounts_in_english_plurals_and_its_undo_names_what_it_undoes(
        qtbot, window, state):
    from greenlife.core.models import Category, Leg
    from greenlife.ui.widgets.checkin import legs_text

    assert legs_text([Leg(Category.FOOD, "clean_plate", 1, "meal")]) == "Clean-plate meals 1 meal"
    assert legs_text([Leg(Category.COMMUTE, "bus", 2, "ride")]) == "Bus 2 rides"
    home = window.go_to("home")
    state.add_entries([state.store.draft("杨女士", "commute", "bike", 2)], "Log Bike for 杨女士")
    home.checkin.notice.show_done("Logged")
    assert home.checkin.notice.undo_button.accessibleName() == "Undo: Log Bike for 杨女士"


def test_a_save_marks_the_line_done_in_place_without_learning_the_routine_again(
        qtbot, state, family, window, monkeypatch):
    """#18 Save → Home: the routine learnt from the previous weeks is kept until a line of
    those weeks, a member or a usual action changes; a Save today only marks what is done,
    on the same check boxes."""
    home = window.go_to("home")
    checkin = home.checkin
    boxes = list(checkin.boxes)
    learnt: list[int] = []
    real = state.store.learn_routine
    monkeypatch.setattr(state.store, "learn_routine", lambda *a, **k: learnt.append(1) or real(*a, **k))
    state.add_entries([state.store.draft("李先生", "commute", "bus", 2)], "Log")
    assert learnt == []
    assert checkin.boxes == boxes  # the same widgets, updated in place
    assert checkin.boxes[1].text() == "李先生 · Bus 2 rides — logged today"
    assert not checkin.boxes[1].isEnabled() and not checkin.boxes[1].isChecked()
    assert checkin.as_usual.text() == "As usual: log 3 ticked"
    state.undo_stack.undo()
    assert checkin.boxes[1].text() == "李先生 · Bus 2 rides" and checkin.boxes[1].isChecked()
    # a line of last Tuesday changes: the routine is learnt again, and shows it
    state.add_entries([state.store.draft("奶奶", "commute", "walk", 3, day=LAST_TUESDAY)], "Log")
    assert learnt == [1]
    assert checkin.boxes[-1].text() == "奶奶 · Walk 3 km"
    # a member renamed: the lines are built again with the new name
    xiaoming = next(m.id for m in state.store.members() if m.name == "小明")
    state.update_member(xiaoming, "Rename", name="小明明")
    assert any(b.text() == "小明明 · Walk 2 km" for b in checkin.boxes)


def test_the_badge_sync_lets_the_save_paint_first():
    """#18: the sync reads the whole history in Python on the worker; started at once, it
    shared the interpreter with Home's refresh and paint (the family's day: 37 ms → 19 ms
    measured when it waits). It waits a moment before reading."""
    import time

    from greenlife.ui import state as state_module

    class Store:
        def sync_badges(self):
            self.at = time.monotonic()
            return ["new"]

    store = Store()
    start = time.monotonic()
    assert state_module._sync_after_the_paint(store) == ["new"]
    assert store.at - start >= state_module.SYNC_PAUSE_S >= 0.03
