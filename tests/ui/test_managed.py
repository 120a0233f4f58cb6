"""Issue #13: what the family adds is managed where it lives, and every change undoes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from greenlife.core import calc
from greenlife.core.models import Category, Leg
from tests.conftest import TODAY
from tests.ui.test_log import _answer_next_box


def click(qtbot, w) -> None:
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton)


def test_save_appliance_twice_asks_and_undo_names_what_it_undoes(qtbot, window, state):
    """Measured: a second click added a second air conditioner; Ctrl+Z then undid an
    unrelated History edit."""
    log = window.go_to("log")
    form = log.appliance
    form.type.setCurrentIndex(form.type.findData("air_conditioner"))
    click(qtbot, form.save_button)
    seen: list[str] = []
    _answer_next_box(qtbot, QMessageBox.StandardButton.No, seen)
    click(qtbot, form.save_button)
    assert seen == ["杨女士 already has Air conditioner (grade 1) in use since 24 Nov 2026. Add "
                    "another one?"]
    assert len(state.store.appliances()) == 1
    assert window.undo_action.text() == "&Undo Add Air conditioner"
    assert log.appliances.list.count() == 1
    assert log.appliances.list.item(0).text().startswith("杨女士 · Air conditioner, grade 1, 624 kWh/year")


def test_appliances_are_listed_ended_and_deleted_with_undo(qtbot, window, state):
    store = state.store
    a = store.add_appliance("杨女士", "refrigerator", 1, None, TODAY - dt.timedelta(days=9))
    lines = store.balance().points
    assert lines > 0
    log = window.go_to("log")
    log.refresh()
    lst = log.appliances
    assert not lst.end_button.isEnabled()
    lst.list.setCurrentRow(0)
    click(qtbot, lst.end_button)
    assert store.appliance(a.id).in_use_to == TODAY
    assert "until 24 Nov 2026" in lst.list.item(0).text()
    assert window.undo_action.text() == "&Undo End Refrigerator of 杨女士"
    state.undo_stack.undo()
    assert store.appliance(a.id).in_use_to is None
    lst.list.setCurrentRow(0)
    click(qtbot, lst.delete_button)
    assert store.appliances() == []
    assert store.balance().points == 0
    assert lst.list.count() == 0
    assert window.undo_action.text() == "&Undo Delete Refrigerator of 杨女士"
    state.undo_stack.undo()
    assert store.appliance(a.id).in_use_from == TODAY - dt.timedelta(days=9)
    assert store.balance().points == lines


def test_usual_actions_reorder_rename_delete_with_undo(qtbot, window, state, monkeypatch):
    store = state.store
    store.add_template("杨女士", "走路", "commute", "walk", 2, "km")
    store.add_template("杨女士", "上班", "commute", "bike", 1, "km",
                       [Leg(Category.COMMUTE, "subway", 61, "km")])
    log = window.go_to("log")
    log.refresh()
    usual = log.usual
    assert [usual.list.item(i).text() for i in range(2)] == [
        "杨女士 · 走路 (Walk 2 km)",
        "杨女士 · 上班 (Bike / shared bike 1 km + Subway / rail 61 km)"]
    usual.list.setCurrentRow(1)
    click(qtbot, usual.up_button)
    assert [t.name for t in store.templates()] == ["上班", "走路"]
    assert window.undo_action.text() == "&Undo Move 上班"
    usual.list.setCurrentRow(0)
    click(qtbot, usual.edit_button)
    usual.dialog.name.setText("通勤")
    click(qtbot, usual.dialog.save_button)
    assert [t.name for t in store.templates()] == ["通勤", "走路"]
    assert store.templates()[0].legs[1] == Leg(Category.COMMUTE, "subway", 61, "km")
    seen: list[str] = []
    _answer_next_box(qtbot, QMessageBox.StandardButton.Yes, seen)
    usual.list.setCurrentRow(1)
    click(qtbot, usual.delete_button)
    assert [t.name for t in store.templates()] == ["通勤"]
    assert window.undo_action.text() == "&Undo Delete 走路"
    for _ in range(3):
        state.undo_stack.undo()
    assert [t.name for t in store.templates()] == ["走路", "上班"]
    assert [usual.list.item(i).text().split(" (")[0] for i in range(2)] == [
        "杨女士 · 走路", "杨女士 · 上班"]


def test_goals_are_on_the_undo_stack_and_a_members_default_follows_what_they_earn(
        qtbot, window, state, monkeypatch):
    store = state.store
    kid = store.find_member("李先生")
    for k in (1, 2):  # about 590 a week, like a child walking to school
        store.log(kid.id, "commute", "walk", 6, TODAY - dt.timedelta(weeks=k))
    settings = window.go_to("settings")
    offered: list[int] = []

    def get_int(_parent, _title, _label, value, *_a):
        offered.append(value)
        return 700, True

    monkeypatch.setattr("greenlife.ui.pages.settings.QInputDialog.getInt", get_int)
    settings.set_goal(None, kid.id)
    assert offered == [700]  # 588 a week, a tenth more, up to 100 — not 5,000
    assert store.goal_for(TODAY, kid.id) == 700
    assert window.undo_action.text() == "&Undo Set 李先生's weekly goal to 700"
    settings.set_goal(20000)
    assert store.goal_for(TODAY) == 20000
    state.undo_stack.undo()
    assert store.goal_for(TODAY) == 30000
    state.undo_stack.undo()
    assert store.goal_for(TODAY, kid.id) == 0
    state.undo_stack.redo()
    assert store.goal_for(TODAY, kid.id) == 700


def test_rewards_are_added_edited_and_archived_with_undo(qtbot, window, state):
    store = state.store
    book = window.go_to("book")
    book.add_reward("电影之夜", 20000)
    assert window.undo_action.text() == "&Undo Add reward 电影之夜"
    book.refresh()
    book.rewards.selectRow(0)
    book.edit_reward("家庭电影之夜", 15000)
    assert [(r.name, r.price) for r in store.rewards()] == [("家庭电影之夜", 15000)]
    assert window.undo_action.text() == "&Undo Edit reward 电影之夜"
    book.rewards.selectRow(0)
    click(qtbot, book.archive_reward_button)
    assert store.rewards() == []
    assert book.rewards_model.rowCount() == 0
    state.undo_stack.undo()
    assert [(r.name, r.price) for r in store.rewards()] == [("家庭电影之夜", 15000)]
    state.undo_stack.undo()
    assert [(r.name, r.price) for r in store.rewards()] == [("电影之夜", 20000)]
    state.undo_stack.undo()
    assert store.rewards() == []
    state.undo_stack.redo()
    assert [r.name for r in store.rewards()] == ["电影之夜"]


def test_members_and_the_factor_set_change_with_undo_and_colours_are_swatches(
        qtbot, window, state, monkeypatch):
    from greenlife.ui.models.members import COL_COLOUR

    def fail(_parent, exc, *_a):
        raise AssertionError(exc)

    monkeypatch.setattr("greenlife.ui.pages.settings.show_error", fail)

    store = state.store
    settings = window.go_to("settings")
    settings.add_member("小明")
    assert window.undo_action.text() == "&Undo Add member 小明"
    settings.refresh()
    row = [m.name for m in settings.members_model._rows].index("小明")
    colour_cell = settings.members_model.index(row, COL_COLOUR)
    assert colour_cell.data() == ""  # a swatch, not "#..."
    assert colour_cell.data(Qt.ItemDataRole.DecorationRole).isValid()
    settings.members.selectRow(row)
    settings.rename_member("明明")
    settings.members.selectRow(row)
    click(qtbot, settings.archive_button)
    assert [m.name for m in store.members()] == ["杨女士", "李先生"]
    assert window.undo_action.text() == "&Undo Archive 明明"
    state.undo_stack.undo()
    state.undo_stack.undo()
    assert [m.name for m in store.members()] == ["杨女士", "李先生", "小明"]
    state.undo_stack.undo()
    assert [m.name for m in store.members(include_archived=True)] == ["杨女士", "李先生"]
    settings.factor_set.setCurrentIndex(settings.factor_set.findData("wuhan"))
    settings.use_set()
    assert store.active_set() == "wuhan"
    assert window.undo_action.text().startswith("&Undo Use the factor set ")
    state.undo_stack.undo()
    assert store.active_set() == "shanghai"


def _lines(store, aid):
    return store.db.execute("SELECT id, day, quantity, grams, points FROM entries "
                            "WHERE appliance_id = ? ORDER BY id", [aid]).fetchall()


def _no_worker(state) -> None:
    """Badge syncs run inline: the worker's own connection uses the real clock, which is a
    day or more after TODAY and would post an appliance line the main store has not."""
    state.path = None


def _book_all_time(window):
    book = window.go_to("book")
    book.period.setCurrentIndex(book.period.findData("all"))
    book.refresh()
    return book


def test_an_appliance_is_edited_its_lines_posted_again_and_undo_restores_them(
        qtbot, window, state):
    """Measured: the kWh, label and start date could not be corrected in the app."""
    _no_worker(state)
    store = state.store
    a = store.add_appliance("杨女士", "refrigerator", 2, None, TODAY - dt.timedelta(days=9))
    old = _lines(store, a.id)
    assert len(old) == 10
    log = window.go_to("log")
    log.refresh()
    lst = log.appliances
    lst.list.setCurrentRow(0)
    click(qtbot, lst.edit_button)
    d = lst.dialog
    form = d.form
    assert d.isVisible() and d.windowTitle() == "Edit Refrigerator of 杨女士"
    assert not form.member.isEnabled() and not form.type.isEnabled()
    assert form.kwh.text() == f"{a.kwh_year:g}" and form.grade.value() == 2
    assert form.save_button.text() == "&Save changes"
    form.kwh.setText("200")
    form.start.setDate(form.start.date().addDays(-10))
    form.label.setText("厨房")
    click(qtbot, form.save_button)
    assert not d.isVisible()
    b = store.appliance(a.id)
    assert (b.kwh_year, b.in_use_from, b.label) == (200, TODAY - dt.timedelta(days=19), "厨房")
    new = _lines(store, a.id)
    assert len(new) == 20 and new[0][1] == (TODAY - dt.timedelta(days=19)).isoformat()
    per_day = calc.points(b.grams_per_day)
    assert {p for *_x, p in new} == {per_day}
    assert store.check() == []
    assert lst.list.item(0).text().endswith("· 厨房")
    assert window.undo_action.text() == "&Undo Edit Refrigerator of 杨女士"
    book = _book_all_time(window)
    assert book.ledger_total.text() == (
        f"The 20 lines of this period add up to +{20 * per_day:,} points.")
    state.undo_stack.undo()
    assert store.appliance(a.id) == a
    assert _lines(store, a.id) == old  # the same lines, ids and all
    book.refresh()
    assert book.ledger_total.text() == (
        f"The 10 lines of this period add up to +{sum(p for *_x, p in old):,} points.")
    state.undo_stack.redo()
    assert store.appliance(a.id) == b and len(_lines(store, a.id)) == 20


def test_an_appliance_edit_that_uncovers_a_reward_asks_first(qtbot, window, state):
    _no_worker(state)
    store = state.store
    yang = store.find_member("杨女士")
    a = store.add_appliance("杨女士", "air_conditioner", 1, None, TODAY - dt.timedelta(days=20))
    store.redeem(yang.id, store.balance(yang.id).points - 10, "电影票", TODAY)
    log = window.go_to("log")
    log.refresh()
    lst = log.appliances
    lst.list.setCurrentRow(0)
    click(qtbot, lst.edit_button)
    form = lst.dialog.form
    form.start.setDate(form.start.date().addDays(15))  # five days fewer
    seen: list[str] = []
    _answer_next_box(qtbot, QMessageBox.StandardButton.No, seen)
    click(qtbot, form.save_button)
    assert len(seen) == 1 and "would no longer be covered" in seen[0]
    assert store.appliance(a.id) == a and lst.dialog.isVisible()
    assert state.undo_stack.count() == 0
    _answer_next_box(qtbot, QMessageBox.StandardButton.Yes, seen)
    click(qtbot, form.save_button)
    assert store.appliance(a.id).in_use_from == TODAY - dt.timedelta(days=5)
    assert store.balance(yang.id).points < 0
    state.undo_stack.undo()
    assert store.appliance(a.id) == a
    assert store.balance(yang.id).points == 10
