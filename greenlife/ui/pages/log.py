"""Log: one form per category, plus 'same as yesterday'."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from greenlife.core.errors import GreenlifeError
from greenlife.core.models import Category
from greenlife.ui import labels
from greenlife.ui.pages.base import Page
from greenlife.ui.state import AppState
from greenlife.ui.widgets.appliance_form import ApplianceForm
from greenlife.ui.widgets.common import field_label, fill_members, show_error
from greenlife.ui.widgets.entry_form import EntryForm


class LogPage(Page):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.tabs = QTabWidget()
        self.forms = {c: EntryForm(state, c) for c in (Category.COMMUTE, Category.WASTE, Category.FOOD)}
        for c, form in self.forms.items():
            self.tabs.addTab(form, labels.category(c.value))
            form.saved.connect(self._saved)
        self.appliance = ApplianceForm(state)
        self.tabs.addTab(self.appliance, labels.category("appliance"))
        self.status = QLabel()
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
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

    def title(self) -> str:
        return self.tr("Log")

    def refresh(self) -> None:
        for form in self.forms.values():
            form.reload_choices()
            form.validate()
        self.appliance.reload_choices()
        fill_members(self.repeat_member, self.state.store.members())

    def show_category(self, category: Category) -> None:
        self.tabs.setCurrentIndex(list(self.forms).index(category) if category in self.forms else 3)
        self.tabs.currentWidget().setFocus()

    def focus_first_field(self) -> None:
        form = self.tabs.currentWidget()
        if isinstance(form, EntryForm):
            form.quantity.setFocus()

    def _saved(self, entries: list) -> None:
        if entries:
            total = sum(e.points for e in entries)
            self.status.setText(self.tr("Saved: {what} for {name}, {points} points").format(
                what=labels.item(entries[0].item), name=entries[0].member_name,
                points=labels.points(total, signed=True)))

    def repeat_yesterday(self) -> None:
        member_id = self.repeat_member.currentData()
        if member_id is None:
            return
        try:
            entries = self.state.repeat_yesterday(member_id, self.tr("Same as yesterday"))
        except GreenlifeError as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("Repeated %n entries from yesterday", "", len(entries)))
