import dataclasses
import datetime as dt

from PySide6.QtCore import Qt

from greenlife.core import calc
from greenlife.core.models import Category


def test_add_rename_archive_member(qtbot, window, state):
    s = window.go_to("settings")
    s.add_member("王小红")
    assert [s.members_model.data(s.members_model.index(r, 0)) for r in range(3)] == [
        "杨女士", "李先生", "王小红"]
    s.members.selectRow(2)
    s.rename_member("王红")
    s.members.selectRow(2)
    qtbot.mouseClick(s.archive_button, Qt.MouseButton.LeftButton)
    assert s.members_model.data(s.members_model.index(2, 2)) == "Archived"
    assert [m.name for m in state.store.members()] == ["杨女士", "李先生"]
    form = window.go_to("log").forms[Category.COMMUTE]
    assert form.member.findText("王红") == -1
    s = window.go_to("settings")
    s.members.selectRow(2)
    assert s.archive_button.text() == "Restore"


def test_bad_member_name_shows_message(qtbot, window, state, monkeypatch):
    shown = []
    monkeypatch.setattr("greenlife.ui.pages.settings.show_error",
                        lambda parent, exc, title=None: shown.append(exc))
    window.go_to("settings").add_member("杨女士")
    assert "already a member" in shown[0].message
    assert len(state.store.members()) == 2


def test_change_factor_without_and_with_recalculation(qtbot, window, state):
    old = state.store.log("杨女士", "commute", "subway", 10)
    s = window.go_to("settings")
    f = state.store.factors()["commute.subway"]
    s.apply_factor(dataclasses.replace(f, value=100, source="Family estimate"), recalculate=False)
    row = next(r for r in range(s.factors_model.rowCount())
               if s.factors_model.factor_at(r).key == "commute.subway")
    assert s.factors_model.data(s.factors_model.index(row, 1)) == "100"
    assert state.store.entry(old.id).points == 970
    new = state.store.log("杨女士", "commute", "subway", 10)
    assert new.points == 1000
    s.apply_factor(dataclasses.replace(f, value=110, source="Family estimate 2"), recalculate=True)
    qtbot.waitUntil(lambda: "Recalculated" in s.recalc_status.text(), timeout=5000)
    assert state.store.entry(old.id).points == 1100
    assert state.store.entry(new.id).points == 1100
    # the recalculation and the factor edit are steps of the one undo history: undo gives
    # each line back exactly the factor it had (970 and 1,000), then the factor its value
    assert state.undo_stack.undoText() == "Recalculate the lines of Subway / rail"
    state.undo_stack.undo()
    assert (state.store.entry(old.id).points, state.store.entry(new.id).points) == (970, 1000)
    assert state.store.entry(old.id).factor.value == 97
    assert state.undo_stack.undoText() == "Change the factor Subway / rail"
    state.undo_stack.undo()
    assert state.store.factors()["commute.subway"].value == 100
    state.undo_stack.redo()
    state.undo_stack.redo()
    assert (state.store.entry(old.id).points, state.store.entry(new.id).points) == (1100, 1100)
    assert state.store.balance().points == 2200


def test_book_page_balances_and_ledger(qtbot, window, state):
    state.store.log("杨女士", "commute", "subway", 100)
    state.store.log("李先生", "food", "food_waste", 0.4)
    state.store.redeem(None, 1000, "Movie night")
    b = window.go_to("book")
    b.refresh()
    assert b.points.text() == "7,700 points"
    assert b.emitted.text() == "1.00 kg"
    kinds = [b.ledger_model.data(b.ledger_model.index(r, 2)) for r in range(b.ledger_model.rowCount())]
    assert sorted(kinds) == ["Action", "Action", "Reward redeemed"]
    # the lines shown add up to the figure beside them; what can be spent is said plainly
    shown = sum(line.points for line in b.ledger_model._rows)
    assert shown == 7700
    assert b.ledger_total.text() == "The 3 lines of this period add up to +7,700 points."
    assert b.available.text() == "7,700 points"
    assert b.earned.text() == "8,700 points"
    b.member.setCurrentIndex(b.member.findText("杨女士"))
    assert b.points.text() == "9,700 points"


def test_book_ledger_lists_appliance_days_and_adds_up(qtbot, window, state):
    """The Book's ledger shows each day of an appliance's saving as a line, and the lines
    shown add up to the balance beside them (they used to leave appliances out)."""
    store = state.store
    today = store.today()
    store.log("杨女士", "commute", "subway", 10)
    a = store.add_appliance("杨女士", "air_conditioner", 1, None, today - dt.timedelta(days=2))
    b = window.go_to("book")
    b.period.setCurrentIndex(b.period.findData("all"))
    b.refresh()
    lines = b.ledger_model._rows
    assert [line.kind for line in lines].count("appliance") == 3
    per_day = calc.points(a.grams_per_day)
    assert sum(line.points for line in lines) == 970 + 3 * per_day == store.balance().points
    assert b.points.text() == f"{970 + 3 * per_day:,} points"
    row = [line.kind for line in lines].index("appliance")
    assert b.ledger_model.data(b.ledger_model.index(row, 2)) == "Appliance saving"
    assert "kWh saved" in b.ledger_model.data(b.ledger_model.index(row, 3))
    assert b.ledger_model.data(b.ledger_model.index(row, 4)) == "0.5306 kg CO2/kWh"
