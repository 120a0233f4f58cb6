"""Issue #13: a food or waste entry for the whole household ("the family sorted 3 kg of
recyclables"), in the household's total and in no member's balance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from greenlife.core.models import Category
from greenlife.ui.widgets.entry_form import HOUSEHOLD
from tests.conftest import TODAY
from tests.ui.test_log import _answer_next_box


def _week():
    from greenlife.core.periods import bounds

    return bounds("week", TODAY)


def click(qtbot, w) -> None:
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton)


def members_shown(form) -> list[str]:
    return [form.member.itemText(i) for i in range(form.member.count())]


def test_a_household_waste_entry_counts_for_the_family_and_no_member(qtbot, window, state):
    store = state.store
    yang, li = store.find_member("杨女士"), store.find_member("李先生")
    store.log(yang.id, "commute", "bike", 2, TODAY)
    before = {m.id: store.balance(m.id).points for m in (yang, li)}
    household_before = store.balance().points
    log = window.go_to("log")
    log.refresh()
    # food and waste offer the whole household; a trip is a person's
    assert members_shown(log.forms[Category.COMMUTE]) == ["杨女士", "李先生"]
    assert members_shown(log.forms[Category.FOOD])[-1] == "Whole household"
    form = log.forms[Category.WASTE]
    assert members_shown(form) == ["杨女士", "李先生", "Whole household"]
    log.show_category(Category.WASTE)
    form.member.setCurrentIndex(form.member.findData(HOUSEHOLD))
    form.item.setCurrentIndex(form.item.findData("paper"))
    qtbot.keyClicks(form.quantity, "3")
    assert form.save_button.isEnabled() and not form.template_button.isEnabled()
    assert store.people.household_id() is None  # nothing is written before saving
    click(qtbot, form.save_button)

    h = store.people.household()
    [e] = store.entries(member_id=h.id)
    assert (e.item, e.quantity, e.day) == ("paper", 3, TODAY)
    assert e.points > 0
    assert store.balance().points == household_before + e.points
    assert {m.id: store.balance(m.id).points for m in (yang, li)} == before
    assert [m.name for m in store.members()] == ["杨女士", "李先生"]  # no member "Household"
    assert log.status.text() == (
        f"Saved on 24 Nov 2026: Paper for Whole household, +{e.points:,} points")
    assert form.member.currentData() == HOUSEHOLD  # the choice stays for the next line

    # listed under its translated name in History and in the Book
    history = window.go_to("history")
    history.refresh()
    rows = [history.model.index(r, 1).data() for r in range(history.model.rowCount())]
    assert sorted(rows) == ["Whole household", "杨女士"]
    book = window.go_to("book")
    book.refresh()
    model = book.ledger_model
    assert sorted(model.index(r, 1).data() for r in range(model.rowCount())) == [
        "Whole household", "杨女士"]
    # the Book's grid: the members' rows unchanged, the household's own row beside them
    grid = book.members_grid
    cells = [[grid.itemAtPosition(r, c).widget().text() for c in (1, 2)]
             for r in range(3) if grid.itemAtPosition(r, 1) is not None]
    week = store.balance(yang.id, *_week()).points
    assert cells == [["杨女士", f"{week:,}"], ["李先生", "0"], ["Whole household", f"{e.points:,}"]]
    assert window.undo_action.text() == "&Undo Log Paper"
    state.undo_stack.undo()
    assert store.entries(member_id=h.id) == []
    assert store.balance().points == household_before


def test_the_household_choice_is_asked_about_a_family_sized_day(qtbot, window, state,
                                                               monkeypatch):
    """Plausibility for the whole family: a day for each member, not for one person."""
    store = state.store
    log = window.go_to("log")
    log.refresh()
    form = log.forms[Category.FOOD]
    form.member.setCurrentIndex(form.member.findData(HOUSEHOLD))
    form.item.setCurrentIndex(form.item.findData("food_waste"))
    qtbot.keyClicks(form.quantity, "9")
    seen: list[str] = []
    _answer_next_box(qtbot, QMessageBox.StandardButton.No, seen)
    click(qtbot, form.save_button)
    assert len(seen) == 1
    assert seen[0].startswith("The whole household would have 9 kg of ")
    assert "unusual for a family of 2" in seen[0]
    assert store.count_entries() == 0
    # 5 kg for two is within a day for each of them: saved without a question

    def no_question(*_a, **_k):
        raise AssertionError("asked about a plausible family day")

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", no_question)
    form.quantity.setText("5")
    click(qtbot, form.save_button)
    assert [(e.item, e.quantity) for e in store.entries()] == [("food_waste", 5)]


def test_chinese_names_the_household_quan_jia(qtbot, with_pending, window, state):
    from tests.ui.test_live_switch import switch_language

    switch_language(qtbot, window, "zh_CN", "首页")
    form = window.go_to("log").forms[Category.WASTE]
    assert form.member.itemText(form.member.count() - 1) == "全家"
    switch_language(qtbot, window, "en", "Home")
