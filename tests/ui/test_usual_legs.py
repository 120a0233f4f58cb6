"""Issue #13: a usual action of several parts (1 km by bike, then 61 km by subway), built and
edited in a dialog from the managed list and from the Log form; every change undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from greenlife.core.models import Category, Leg
from tests.conftest import TODAY


def click(qtbot, w) -> None:
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton)


def pick(combo, data) -> None:
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)


def rows_today(store):
    return [(e.member_name, e.item, e.quantity, e.points) for e in
            store.entries(start=TODAY, end=TODAY, descending=False)]


def test_a_two_part_usual_action_is_built_in_the_dialog_and_logged_by_the_check_in(
        qtbot, window, state):
    store = state.store
    usual = window.go_to("log").usual
    click(qtbot, usual.new_button)
    d = usual.dialog
    assert d.isVisible() and d.windowModality() != Qt.WindowModality.NonModal
    assert not d.save_button.isEnabled()  # nothing typed yet: a hint, not an error
    assert d.why.text() == "Give the usual action a name."
    d.name.setText("上学")  # (keyClicks types ASCII only)
    pick(d.member, store.find_member("李先生").id)
    first = d.rows[0]
    pick(first.category, "commute")
    pick(first.item, "bike")
    qtbot.keyClicks(first.quantity, "1")
    assert first.unit.text() == "km"
    click(qtbot, d.add_leg_button)
    second = d.rows[1]
    assert second.category.currentData() == "commute"  # a trip goes on
    assert second.quantity.text() == ""
    assert d.why.text() == "Enter how much for part 2."
    pick(second.item, "subway")
    qtbot.keyClicks(second.quantity, "abc")
    assert not second.error.isHidden()
    assert "number" in second.error.text()
    assert d.why.text() == "Can't save yet: correct the part marked in red."
    second.quantity.clear()
    qtbot.keyClicks(second.quantity, "61")
    assert second.error.isHidden() and d.save_button.isEnabled()
    assert d.why.text() == "Logged in one click as 2 entries."
    click(qtbot, d.save_button)
    assert d.result() == QDialog.DialogCode.Accepted and not d.isVisible()
    [t] = store.templates()
    assert (t.name, t.member_id) == ("上学", store.find_member("李先生").id)
    assert t.legs == (Leg(Category.COMMUTE, "bike", 1, "km"), Leg(Category.COMMUTE, "subway", 61, "km"))
    assert usual.list.item(0).text() == "李先生 · 上学 (Bike / shared bike 1 km + Subway / rail 61 km)"
    assert window.undo_action.text() == "&Undo Add usual action 上学"

    # Home's check-in offers it, and one click logs both parts
    checkin = window.go_to("home").checkin
    assert [b.text() for b in checkin.boxes] == [
        "李先生 · 上学 (Bike / shared bike 1 km + Subway / rail 61 km)"]
    click(qtbot, checkin.as_usual)
    assert rows_today(store) == [("李先生", "bike", 1, 98), ("李先生", "subway", 61, 5917)]
    state.undo_stack.undo()  # the check-in
    assert rows_today(store) == []
    state.undo_stack.undo()  # the usual action itself
    assert store.templates() == []
    assert window.go_to("log").usual.list.count() == 0


def test_editing_changes_a_parts_quantity_moves_and_removes_parts_with_undo(qtbot, window, state):
    store = state.store
    t = store.add_template("杨女士", "上班", "commute", "bike", 1, "km",
                           [Leg(Category.COMMUTE, "subway", 61, "km")])
    usual = window.go_to("log").usual
    usual.refresh()
    usual.list.setCurrentRow(0)
    click(qtbot, usual.edit_button)
    d = usual.dialog
    assert d.windowTitle() == "Edit usual action"
    assert not d.member.isEnabled()
    assert [r.quantity.text() for r in d.rows] == ["1", "61"]
    assert [r.item.currentData() for r in d.rows] == ["bike", "subway"]
    assert not d.rows[0].up_button.isEnabled() and not d.rows[1].down_button.isEnabled()
    d.rows[1].quantity.selectAll()
    qtbot.keyClicks(d.rows[1].quantity, "58")
    click(qtbot, d.save_button)
    assert store.usual.get(t.id).legs[1] == Leg(Category.COMMUTE, "subway", 58, "km")
    assert window.undo_action.text() == "&Undo Edit usual action 上班"

    # move the subway first, add a walk, remove the bike
    click(qtbot, usual.edit_button)
    d = usual.dialog
    click(qtbot, d.rows[1].up_button)
    assert [r.item.currentData() for r in d.rows] == ["subway", "bike"]
    assert d.rows[0].quantity.accessibleName() == "Part 1: quantity"
    click(qtbot, d.add_leg_button)
    pick(d.rows[2].item, "walk")
    qtbot.keyClicks(d.rows[2].quantity, "0.5")
    click(qtbot, d.rows[1].remove_button)
    assert [r.item.currentData() for r in d.rows] == ["subway", "walk"]
    click(qtbot, d.save_button)
    assert store.usual.get(t.id).legs == (Leg(Category.COMMUTE, "subway", 58, "km"),
                                          Leg(Category.COMMUTE, "walk", 0.5, "km"))
    state.undo_stack.undo()
    state.undo_stack.undo()
    assert store.usual.get(t.id).legs == t.legs


def test_cancel_changes_nothing_and_a_refused_name_keeps_the_dialog_open(qtbot, window, state):
    store = state.store
    store.add_template("杨女士", "走路", "commute", "walk", 2, "km")
    usual = window.go_to("log").usual
    usual.refresh()
    usual.list.setCurrentRow(0)
    click(qtbot, usual.edit_button)
    d = usual.dialog
    d.rows[0].quantity.setText("9")
    click(qtbot, d.cancel_button)
    assert store.templates()[0].quantity == 2
    assert state.undo_stack.count() == 0
    click(qtbot, usual.new_button)
    d = usual.dialog
    d.name.setText("x" * 200)  # too long: the store refuses, the dialog says why and stays
    d.rows[0].quantity.setText("3")
    click(qtbot, d.save_button)
    assert d.isVisible()
    assert "too long" in d.name_error.text() and not d.name_error.isHidden()
    assert [t.name for t in store.templates()] == ["走路"]
    click(qtbot, d.cancel_button)


def test_the_log_form_adds_its_line_as_a_part_of_a_usual_action(qtbot, window, state):
    store = state.store
    t = store.add_template("杨女士", "上班", "commute", "bike", 1, "km")
    log = window.go_to("log")
    log.refresh()
    form = log.forms[Category.COMMUTE]
    pick(form.member, store.find_member("杨女士").id)
    pick(form.item, "subway")
    qtbot.keyClicks(form.quantity, "61")
    assert form.add_to_button.isEnabled()
    menu = form.add_to_button.menu()
    form.fill_add_to_menu()
    assert [a.text() for a in menu.actions()] == ["上班 (Bike / shared bike 1 km)"]
    menu.actions()[0].trigger()
    d = form.dialog
    assert [(r.item.currentData(), r.quantity.text()) for r in d.rows] == [
        ("bike", "1"), ("subway", "61")]
    click(qtbot, d.save_button)
    assert store.usual.get(t.id).legs == (Leg(Category.COMMUTE, "bike", 1, "km"),
                                          Leg(Category.COMMUTE, "subway", 61, "km"))
    assert store.count_entries() == 0  # the line became a part, not an entry
    assert window.undo_action.text() == "&Undo Edit usual action 上班"
    # another member has no usual action: nothing to add to
    pick(form.member, store.find_member("李先生").id)
    assert not form.add_to_button.isEnabled()
