"""Issue #13 on the Log page: dates as typed, one shared date, plausibility, duplicates,
decimal input, a notice that names the date and offers undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDateTimeEdit, QMessageBox

from greenlife.core.models import Category
from tests.conftest import TODAY
from tests.ui.test_log import _answer_next_box


def rows(state):
    return [(e.member_name, e.day, e.item, e.quantity) for e in state.store.entries(descending=False)]


def type_text(widget, text: str) -> None:
    """Type characters qtbot.keyClicks cannot (it takes ASCII only), as a Chinese keyboard
    in full-width mode sends them: a key event carrying the character."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Period,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def type_day(qtbot, edit, day: str) -> None:
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, day)


def test_a_typed_future_date_is_refused_with_a_message_not_changed(qtbot, window, state):
    """Measured: typing 2026-11-27 saved the entry on 2026-11-02, with no message."""
    log = window.go_to("log")
    form = log.forms[Category.COMMUTE]
    form.item.setCurrentIndex(form.item.findData("subway"))
    qtbot.keyClicks(form.quantity, "12")
    type_day(qtbot, log.day, "27")
    qtbot.keyClick(log.day, Qt.Key.Key_Tab)
    assert log.day.date().toPython() == dt.date(2026, 11, 27)  # as typed, not clamped
    assert log.day.text() == "27/11/2026"  # the locale's short date (English here)
    assert not form.save_button.isEnabled()
    assert "2026-11-27 is in the future" in form.errors["date"].text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert rows(state) == []
    type_day(qtbot, log.day, "20")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert rows(state) == [("杨女士", dt.date(2026, 11, 20), "subway", 12)]
    assert log.status.text() == "Saved on 20 Nov 2026: Subway / rail for 杨女士, +1,164 points"


def test_one_date_for_all_tabs_with_today_and_yesterday(qtbot, window, state):
    log = window.go_to("log")
    qtbot.mouseClick(log.yesterday_button, Qt.MouseButton.LeftButton)
    assert {f.day.date().toPython() for f in log.forms.values()} == {dt.date(2026, 11, 23)}
    waste = log.forms[Category.WASTE]
    log.show_category(Category.WASTE)
    waste.item.setCurrentIndex(waste.item.findData("paper"))
    qtbot.keyClicks(waste.quantity, "1")
    qtbot.keyClick(waste.quantity, Qt.Key.Key_Return)
    qtbot.mouseClick(log.today_button, Qt.MouseButton.LeftButton)
    food = log.forms[Category.FOOD]
    food.item.setCurrentIndex(food.item.findData("clean_plate"))
    qtbot.keyClicks(food.quantity, "2")
    qtbot.keyClick(food.quantity, Qt.Key.Key_Return)
    assert rows(state) == [("杨女士", TODAY - dt.timedelta(days=1), "paper", 1),
                           ("杨女士", TODAY, "clean_plate", 2)]


def test_nothing_typed_yet_is_not_an_error(window):
    form = window.go_to("log").forms[Category.COMMUTE]
    assert not form.save_button.isEnabled()
    assert "Can't save yet" not in form.why.text()
    assert form.save_button.toolTip() == "Enter how much, then save."


def test_chinese_full_stop_and_locale_separator_are_read_as_a_decimal(qtbot, window, state):
    from greenlife.ui.widgets.common import normalise_decimal

    form = window.go_to("log").forms[Category.COMMUTE]
    form.item.setCurrentIndex(form.item.findData("bike"))
    qtbot.keyClicks(form.quantity, "1")
    type_text(form.quantity, "。")
    qtbot.keyClicks(form.quantity, "2")
    assert form.quantity.text() == "1。2"
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert rows(state) == [("杨女士", TODAY, "bike", 1.2)]
    assert normalise_decimal("1,5", ",") == "1.5"
    assert normalise_decimal("1,500.5", ".") == "1,500.5"  # a group separator stays the core's


def test_400_km_of_walking_asks_before_saving(qtbot, window, state):
    """Measured: 400 km of walking in a day was offered at +39,200 points, no question."""
    form = window.go_to("log").forms[Category.COMMUTE]
    form.item.setCurrentIndex(form.item.findData("walk"))
    qtbot.keyClicks(form.quantity, "400")
    seen: list[str] = []
    _answer_next_box(qtbot, QMessageBox.StandardButton.No, seen)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert seen == ["杨女士 would have 400 km of Walk on 24 Nov 2026; more than 40 km in a day "
                    "is unusual for one person. Save anyway?"]
    assert rows(state) == []
    assert form.quantity.text() == "400"  # kept, to correct
    _answer_next_box(qtbot, QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert rows(state) == [("杨女士", TODAY, "walk", 400)]


def test_logging_the_same_member_item_and_date_twice_asks(qtbot, window, state):
    log = window.go_to("log")
    form = log.forms[Category.COMMUTE]
    form.item.setCurrentIndex(form.item.findData("bus"))
    qtbot.keyClicks(form.quantity, "2")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.quantity, "2")
    seen: list[str] = []
    _answer_next_box(qtbot, QMessageBox.StandardButton.No, seen)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert seen == ["Already logged on 24 Nov 2026: 杨女士: Bus. Log it again?"]
    assert len(rows(state)) == 1
    # the notice offers undo of that save
    qtbot.mouseClick(log.notice.undo_button, Qt.MouseButton.LeftButton)
    assert rows(state) == []
    assert log.status.text() == "Undone: Log Bus"


def test_same_as_yesterday_twice_asks(qtbot, window, state):
    """Measured: a second 'same as yesterday' logged the walk again, with no warning."""
    state.store.log("杨女士", "commute", "walk", 2, TODAY - dt.timedelta(days=1))
    log = window.go_to("log")
    log.refresh()
    button = next(b for b in log.findChildren(type(log.today_button))
                  if b.text() == "Same as &yesterday")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert log.status.text().startswith("Repeated 1 ")  # plural forms come with the .ts
    assert log.status.text().endswith(" from yesterday on 24 Nov 2026")
    assert window.undo_action.text() == "&Undo Same as yesterday for 杨女士 on 24 Nov 2026"
    seen: list[str] = []
    _answer_next_box(qtbot, QMessageBox.StandardButton.No, seen)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert seen == ["Already logged on 24 Nov 2026: 杨女士: Walk. Log it again?"]
    assert len(state.store.entries(start=TODAY)) == 1


def test_waste_is_sorted_into_shanghais_four_bins(window):
    form = window.go_to("log").forms[Category.WASTE]
    texts = [form.item.itemText(i).strip() for i in range(form.item.count())]
    assert texts == ["Recyclable (可回收物)", "Paper", "Plastic", "Glass", "Metal", "Wet (湿垃圾)", "Kitchen waste",
                     "Hazardous (有害垃圾)", "Hazardous waste", "Dry (干垃圾)", "Residual waste"]
    heading = form.item.model().item(0)
    assert not heading.isEnabled()
    assert form.item.currentData() == "paper"
