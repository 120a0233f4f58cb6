"""Small helpers shared by pages: member pickers, date edits, error display."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QMessageBox, QWidget

from greenlife.core.errors import GreenlifeError
from greenlife.core.models import Member
from greenlife.ui import labels


def fill_members(combo: QComboBox, members: list[Member], household: str | None = None) -> None:
    """Members in a picker (id as item data), each with their avatar; an optional first
    'household' entry (None)."""
    from greenlife.ui.icons import avatar_icon, icon

    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if household is not None:
        combo.addItem(icon("action", "members"), household, None)
    for m in members:
        combo.addItem(avatar_icon(m), m.name, m.id)
    idx = combo.findData(current)
    combo.setCurrentIndex(idx if idx >= 0 else 0)
    combo.blockSignals(False)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class DateEdit(QDateEdit):
    """Tab leaves the date for the next control (Qt's own walks year, month and day first,
    three stops for one field); Left/Right and the arrow keys still move between sections."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


def date_edit(today: dt.date, parent: QWidget | None = None) -> QDateEdit:
    """A date field in the locale's short format (2026/11/4, 04/11/2026) that keeps what was
    typed: no maximum of today, which made Qt clamp a typed "27" to "2" (2026-11-27 became
    2026-11-02). A future date is refused by the core's validation, with a message next to
    the field."""
    edit = DateEdit(to_qdate(today), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    edit.setMaximumDate(QDate(2099, 12, 31))
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    return edit


def field_label(text: str, field: QWidget) -> QLabel:
    """A visible label that names ``field`` for screen readers too (its labelled-by relation:
    on Linux a combo box reads its current value as its name, the label says which field)."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setProperty("tone", "error")  # red, readable in both themes (ui/theme.py)
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(parent: QWidget | None, exc: Exception, title: str | None = None) -> None:
    """The one function that shows an error to a person."""
    from PySide6.QtCore import QCoreApplication

    if isinstance(exc, GreenlifeError):
        text = labels.error_text(exc)
    else:
        text = f"{type(exc).__name__}: {exc}"
    QMessageBox.warning(parent, title or QCoreApplication.translate("Errors", "GreenLife"), text)


_OVERSPEND_QUESTION = QT_TRANSLATE_NOOP(
    "Errors", "This would leave {who} with {balance} points on {day}: rewards already redeemed "
    "would no longer be covered.")


def confirm_overspend(parent: QWidget | None, exc: Exception) -> bool:
    """A change would leave a balance below zero after a redemption: say so, ask whether to
    go ahead anyway (the default is No)."""
    from PySide6.QtCore import QCoreApplication

    from greenlife.core.errors import GreenlifeError

    # the question, not the refusal ("Nothing was changed" is the CLI's answer)
    question = GreenlifeError(_OVERSPEND_QUESTION, **getattr(exc, "params", {}))
    text = labels.error_text(question) + "\n\n" + QCoreApplication.translate(
        "Errors", "Go ahead anyway? The book will then show the balance below zero.")
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Errors", "Rewards would no longer be covered"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def normalise_decimal(text: str, decimal_point: str | None = None) -> str:
    """A number as typed, with the Chinese full stop ("1。2") and the locale's decimal
    separator ("1,2" in German) turned into the "." the core reads. Only the UI does this:
    the core and the CLI read plain numbers."""
    from PySide6.QtCore import QLocale

    text = text.strip().replace("。", ".").replace("．", ".")
    point = decimal_point if decimal_point is not None else QLocale().decimalPoint()
    if point not in (".", "") and "." not in text:
        text = text.replace(point, ".")
    return text


def ask_duplicate(parent: QWidget | None, names: dict[int, str], drafts: list, day: dt.date
                  ) -> bool:
    """The same member, item and date is logged already: ask before logging it again
    (``names``: member id -> name; ``drafts``: the duplicates). The default is No."""
    from PySide6.QtCore import QCoreApplication

    what = "; ".join(QCoreApplication.translate("Duplicates", "{name}: {item}").format(
        name=names.get(d.member_id, ""), item=labels.item(d.item)) for d in drafts)
    text = QCoreApplication.translate(
        "Duplicates", "Already logged on {date}: {what}. Log it again?").format(
        date=labels.date(day), what=what)
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Duplicates", "Log again?"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
