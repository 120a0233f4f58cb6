"""Log: one form per category, plus 'same as yesterday'; the household's meters and the
family's own actions have a tab each."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from greenlife.core.errors import GreenlifeError
from greenlife.core.models import Category
from greenlife.ui import labels
from greenlife.ui.pages.base import Page
from greenlife.ui.state import AppState
from greenlife.ui.widgets.appliance_form import ApplianceForm
from greenlife.ui.widgets.checkin import UndoNotice
from greenlife.ui.widgets.common import (
    ask_duplicate,
    date_edit,
    field_label,
    fill_members,
    show_error,
    to_qdate,
)
from greenlife.ui.widgets.entry_form import EntryForm
from greenlife.ui.widgets.managed import ApplianceList, UsualActionList
from greenlife.ui.widgets.meters import MeterPanel
from greenlife.ui.widgets.own_actions import OwnActionsPanel


class LogPage(Page):
    shows = frozenset({"members", "templates", "factors", "settings", "appliances", "checked"})

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.tabs = QTabWidget()
        # one date for the three tabs, with Today and Yesterday one click away
        self.day = date_edit(state.store.today())
        self.day.setAccessibleName(self.tr("Date"))
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.clicked.connect(lambda: self.set_day(0))
        self.yesterday_button = QPushButton(self.tr("Yester&day"))
        self.yesterday_button.clicked.connect(lambda: self.set_day(1))
        self.forms = {c: EntryForm(state, c, day=self.day)
                      for c in (Category.COMMUTE, Category.WASTE, Category.FOOD, Category.ENERGY,
                                Category.GOODS)}
        for c, form in self.forms.items():
            self.tabs.addTab(form, labels.category(c.value))
            form.saved.connect(self._saved)
        self.appliance = ApplianceForm(state)
        self.appliances = ApplianceList(state)
        appliance_tab = QWidget()
        appliance_box = QVBoxLayout(appliance_tab)
        appliance_box.addWidget(self.appliance)
        appliance_box.addWidget(self.appliances, 1)
        self.appliance_index = self.tabs.addTab(appliance_tab, labels.category("appliance"))
        self.usual = UsualActionList(state)
        self.tabs.addTab(self.usual, self.tr("Usual actions"))
        self.meters = MeterPanel(state)
        self.tabs.addTab(self.meters, self.tr("Meters"))
        self.own_actions = OwnActionsPanel(state)
        self.tabs.addTab(self.own_actions, self.tr("Our actions"))
        self.notice = UndoNotice(state)
        self.status = self.notice.text  # "Saved on <date>: …", with Undo beside it
        self.status.setObjectName("logStatus")
        self.repeat_member = QComboBox()
        self.repeat_member.setAccessibleName(self.tr("Member to repeat"))
        repeat = QPushButton(self.tr("Same as &yesterday"))
        repeat.setToolTip(self.tr("Log today everything this member logged yesterday"))
        repeat.clicked.connect(self.repeat_yesterday)
        row = QHBoxLayout()
        row.addWidget(field_label(self.tr("Repeat yesterday for"), self.repeat_member))
        row.addWidget(self.repeat_member)
        row.addWidget(repeat)
        row.addStretch(1)
        date_row = QHBoxLayout()
        date_row.addWidget(QLabel(self.tr("Date")))
        date_row.addWidget(self.day)
        date_row.addWidget(self.today_button)
        date_row.addWidget(self.yesterday_button)
        date_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(date_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notice)

    def title(self) -> str:
        return self.tr("Log")

    def set_day(self, days_ago: int) -> None:
        self.day.setDate(to_qdate(self.state.store.today() - dt.timedelta(days=days_ago)))

    def refresh(self) -> None:
        for form in self.forms.values():
            form.reload_choices()
            form.validate()
        self.appliance.reload_choices()
        self.appliances.refresh()
        self.usual.refresh()
        self.meters.refresh()
        self.own_actions.refresh()
        fill_members(self.repeat_member, self.state.store.members())

    def show_category(self, category: Category) -> None:
        self.tabs.setCurrentIndex(list(self.forms).index(category) if category in self.forms
                                  else self.appliance_index)
        self.tabs.currentWidget().setFocus()

    def focus_first_field(self) -> None:
        form = self.tabs.currentWidget()
        if isinstance(form, EntryForm):
            form.quantity.setFocus()

    def _saved(self, entries: list) -> None:
        if entries:
            total = sum(e.points for e in entries)
            self.notice.show_done(self.tr("Saved on {date}: {what} for {name}, {points} points").format(
                date=labels.date(entries[0].day), what=labels.item(entries[0].item),
                name=labels.member_name(entries[0].member_id, entries[0].member_name,
                                        self.state.store.people.household_id()),
                points=labels.points(total, signed=True)))

    def repeat_yesterday(self) -> None:
        member_id = self.repeat_member.currentData()
        if member_id is None:
            return
        store = self.state.store
        today = store.today()
        try:
            drafts = store.yesterday_drafts(member_id, today)
            dup = store.already_logged(drafts)
            if dup and not ask_duplicate(self, {m.id: m.name for m in store.members()}, dup,
                                         today):
                return
            entries = self.state.add_entries(drafts, self.tr(
                "Same as yesterday for {name} on {date}").format(
                name=store.member(member_id).name, date=labels.date(today)))
        except GreenlifeError as exc:
            show_error(self, exc)
            return
        self.notice.show_done(self.tr("Repeated %n entries from yesterday on {date}", "",
                                      len(entries)).format(date=labels.date(today)))
