from PySide6.QtCore import Qt

from greenlife.core.models import Category


def entries(state):
    return state.store.entries(descending=False)


def test_log_commute_by_typing_and_clicking_save(qtbot, window, state):
    log = window.go_to("log")
    form = log.forms[Category.COMMUTE]
    form.item.setCurrentIndex(form.item.findData("subway"))
    qtbot.keyClicks(form.quantity, "12")
    assert form.preview.text() == "+1,164 points"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [e] = entries(state)
    assert (e.member_name, e.item, e.quantity, e.points) == ("杨女士", "subway", 12, 1164)
    assert "1,164" in log.status.text()
    assert form.quantity.text() == ""  # ready for the next one
    window.go_to("home")
    assert window.home.total.text() == "1,164 points earned this week"
    assert window.home.available.text() == "Available to spend on rewards: 1,164 points"


def test_enter_saves_and_each_category_logs(qtbot, window, state):
    log = window.go_to("log")
    waste = log.forms[Category.WASTE]
    log.show_category(Category.WASTE)
    waste.item.setCurrentIndex(waste.item.findData("paper"))
    waste.member.setCurrentIndex(waste.member.findText("李先生"))
    qtbot.keyClicks(waste.quantity, "0.5")
    qtbot.keyClick(waste.quantity, Qt.Key.Key_Return)
    food = log.forms[Category.FOOD]
    food.item.setCurrentIndex(food.item.findData("food_waste"))
    qtbot.keyClicks(food.quantity, "0.2")
    qtbot.keyClick(food.quantity, Qt.Key.Key_Return)
    got = [(e.member_name, e.category.value, e.item, e.points) for e in entries(state)]
    assert got == [("李先生", "waste", "paper", 1950), ("杨女士", "food", "food_waste", -500)]


def test_appliance_form(qtbot, window, state):
    log = window.go_to("log")
    form = log.appliance
    form.type.setCurrentIndex(form.type.findData("air_conditioner"))
    form.grade.setValue(1)
    assert form.kwh.text() == "624"
    assert "points per day" in form.preview.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [a] = state.store.appliances()
    assert (a.type, a.grade, a.kwh_year, a.baseline_kwh_year) == ("air_conditioner", 1, 624, 780)
    form.kwh.setText("-4")
    assert not form.save_button.isEnabled()
    assert "out of range" in form.kwh_error.text()


def test_validation_message_as_you_type(qtbot, window, state):
    form = window.go_to("log").forms[Category.COMMUTE]
    form.item.setCurrentIndex(form.item.findData("subway"))
    qtbot.keyClicks(form.quantity, "2000")
    err = form.errors["quantity"]
    assert err.isVisibleTo(form)
    assert "2000" in err.text()
    assert "0.01 to 500 km" in err.text()
    assert not form.save_button.isEnabled()
    assert "Can't save yet" in form.save_button.toolTip()
    assert "0.01 to 500 km" in form.why.text()
    qtbot.keyClick(form.quantity, Qt.Key.Key_Return)  # refused: nothing written
    assert entries(state) == []
    form.quantity.setText("20")
    assert form.save_button.isEnabled()
    assert not err.isVisibleTo(form)
    form.quantity.setText("abc")
    assert "not a number" in err.text()


def test_bus_counts_rides(qtbot, window, state):
    form = window.go_to("log").forms[Category.COMMUTE]
    form.item.setCurrentIndex(form.item.findData("bus"))
    assert form.unit.text() == "rides"
    form.quantity.setText("2")
    assert form.preview.text() == "+844 points"


def test_template_then_one_click_from_home(qtbot, window, state):
    form = window.go_to("log").forms[Category.COMMUTE]
    form.item.setCurrentIndex(form.item.findData("bike"))
    form.quantity.setText("1.5")
    qtbot.mouseClick(form.template_button, Qt.MouseButton.LeftButton)
    assert entries(state) == []
    [t] = state.store.templates()
    assert window.undo_action.text() == f"&Undo Add usual action {t.name}"
    home = window.go_to("home")
    # with no same weekday logged yet, the check-in offers the usual action, ticked
    assert [b.text() for b in home.checkin.boxes] == [f"杨女士 · {t.name} (Bike / shared bike 1.5 km)"]
    qtbot.mouseClick(home.checkin.as_usual, Qt.MouseButton.LeftButton)  # one click
    [e] = entries(state)
    assert (e.item, e.quantity, e.points) == ("bike", 1.5, 147)
    assert home.total.text() == "147 points earned this week"


def test_same_as_yesterday(qtbot, window, state):
    import datetime as dt

    today = state.store.today()
    state.store.log("杨女士", "commute", "subway", 30, day=today - dt.timedelta(days=1))
    log = window.go_to("log")
    log.refresh()
    log.repeat_member.setCurrentIndex(log.repeat_member.findText("杨女士"))
    log.repeat_yesterday()
    assert [(e.day, e.quantity) for e in entries(state)][-1] == (today, 30)
    assert "1" in log.status.text()


def _answer_next_box(qtbot, button, seen: list[str]) -> None:
    """Answer the next message box that opens (a real QMessageBox, clicked)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(20, answer)


def test_a_back_dated_appliance_says_what_it_adds_and_asks(qtbot, window, state):
    """Measured: an AC bought 1 June gave +40,593 points in one click, with no word."""
    import datetime as dt

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QMessageBox

    from greenlife.core import calc

    form = window.go_to("log").appliance
    form.type.setCurrentIndex(form.type.findData("air_conditioner"))
    form.grade.setValue(1)
    form.start.setDate(QDate(2026, 6, 1))
    per_day = calc.points((780 - 624) * 530.6 / 365)
    assert form.preview.text() == f"+{per_day} points per day"
    seen: list[str] = []
    _answer_next_box(qtbot, QMessageBox.StandardButton.No, seen)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert seen == [f"In use since 1 Jun 2026: this adds +{177 * per_day:,} points for 177 days now, "
                    f"then +{per_day} a day."]
    assert state.store.appliances() == []  # No: nothing added
    _answer_next_box(qtbot, QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [a] = state.store.appliances()
    assert state.store.balance().points == 177 * per_day
    # adding an appliance is on the undo stack, named, and undo removes it with its lines
    assert state.undo_stack.undoText() == "Add Air conditioner"
    state.undo_stack.undo()
    assert state.store.appliances() == []
    assert state.store.balance().points == 0
    state.undo_stack.redo()
    assert state.store.appliance(a.id).in_use_from == dt.date(2026, 6, 1)
    assert state.store.balance().points == 177 * per_day


def test_deleting_entries_a_reward_was_paid_from_asks_first(qtbot, window, state):
    from PySide6.QtWidgets import QMessageBox

    store = state.store
    e = store.log("杨女士", "commute", "subway", 100)
    store.redeem("杨女士", 9000, "Bike")
    h = window.go_to("history")
    h.refresh()
    h.table.selectRow(0)
    seen: list[str] = []
    _answer_next_box(qtbot, QMessageBox.StandardButton.No, seen)
    h.delete_selected()
    assert seen[0].startswith("This would leave 杨女士 with -9,000 points on 24 Nov 2026: rewards "
                              "already redeemed would no longer be covered.\n\nGo ahead anyway?")
    assert "Nothing was changed" not in seen[0]  # a question, not a refusal
    assert store.entry(e.id).points == 9700
    _answer_next_box(qtbot, QMessageBox.StandardButton.Yes, seen)
    h.delete_selected()
    assert store.count_entries() == 0
    assert store.balance().points == -9000
    state.undo_stack.undo()
    assert store.balance().points == 700
