"""Log: one form per category, plus 'same as yesterday'; the household's meters and the
family's own actions have a tab each."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from greenlife.core.errors import GreenlifeError
from greenlife.core.models import Category
from greenlife.ui import labels
from greenlife.ui.icons import icon, item_icon
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
    to_date,
    to_qdate,
)
from greenlife.ui.widgets.entry_form import HOUSEHOLD, EntryForm
from greenlife.ui.widgets.managed import ApplianceList, UsualActionList
from greenlife.ui.widgets.meters import MeterPanel
from greenlife.ui.widgets.own_actions import OwnActionsPanel


class LogPage(Page):
    shows = frozenset({"ledger", "members", "templates", "factors", "settings", "appliances", "checked"})

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
            self.tabs.addTab(form, icon("category", c.value), labels.category(c.value))
            form.saved.connect(self._saved)
        self.appliance = ApplianceForm(state)
        self.appliances = ApplianceList(state)
        appliance_tab = QWidget()
        appliance_box = QVBoxLayout(appliance_tab)
        appliance_box.addWidget(self.appliance)
        appliance_box.addWidget(self.appliances, 1)
        self.appliance_index = self.tabs.addTab(appliance_tab, icon("category", "appliance"),
                                                labels.category("appliance"))
        self.usual = UsualActionList(state)
        self.tabs.addTab(self.usual, icon("action", "usual"), self.tr("Usual actions"))
        self.meters = MeterPanel(state)
        self.tabs.addTab(self.meters, icon("category", "meters"), self.tr("Meters"))
        self.own_actions = OwnActionsPanel(state)
        self.tabs.addTab(self.own_actions, icon("action", "add"), self.tr("Our actions"))
        self.tabs.setIconSize(QSize(20, 20))
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
        # what the family logged on the chosen day, beside the form: a check before saving twice
        self.day_title = QLabel()
        self.day_title.setObjectName("logDayTitle")
        self.day_title.setStyleSheet("font-weight: 600;")
        self.day_list = QListWidget()
        self.day_list.setObjectName("logDayList")
        self.day_list.setAccessibleName(self.tr("Logged on this day"))
        self.day_list.setIconSize(QSize(22, 22))
        self.day_list.setSpacing(2)
        self.day_list.setWordWrap(True)
        self.day_total = QLabel()
        self.day_total.setObjectName("logDayTotal")
        self.day_total.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.day_title)
        side.addWidget(self.day_list, 1)
        side.addWidget(self.day_total)
        # this week for the member in the form (the household on the other tabs), by category
        self.week_box = QGroupBox()
        self.week_box.setObjectName("logWeek")
        self.week_grid = QGridLayout(self.week_box)
        self.week_grid.setColumnStretch(1, 1)
        self.week_grid.setColumnStretch(4, 1)
        self.week_grid.setColumnMinimumWidth(3, 24)
        self.week_cells: dict[str, QLabel] = {}
        # six categories in two columns of three, so the box stays as short as it was
        for i, c in enumerate(("commute", "waste", "food", "appliance", "energy", "goods")):
            r, col = i % 3, (i // 3) * 3
            mark = QLabel()
            mark.setPixmap(icon("category", c).pixmap(QSize(20, 20)))
            self.week_grid.addWidget(mark, r, col)
            self.week_grid.addWidget(QLabel(labels.category(c)), r, col + 1)
            cell = QLabel()
            cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.week_grid.addWidget(cell, r, col + 2)
            self.week_cells[c] = cell
        self.week_total = QLabel()
        self.week_total.setObjectName("logWeekTotal")
        self.week_total.setStyleSheet("font-weight: 600;")
        self.week_total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.week_grid.addWidget(QLabel(self.tr("This week")), 3, 4)
        self.week_grid.addWidget(self.week_total, 3, 5)
        self.tabs.currentChanged.connect(lambda _i: self.show_week())
        for form in self.forms.values():
            form.member.currentIndexChanged.connect(lambda _i: self.show_week())
        left = QVBoxLayout()
        left.addWidget(self.tabs, 1)
        left.addWidget(self.week_box)
        # the tabs' titles stay in view where the window allows; past that (nine tabs at
        # 1024 px) the bar scrolls rather than pushing the form under the day's list
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setMinimumWidth(min(self.tabs.tabBar().sizeHint().width() + 8, 520))
        self.day_list.setMinimumWidth(220)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(date_row)
        layout.addLayout(body, 1)
        layout.addWidget(self.notice)
        self.day.dateChanged.connect(lambda _d: (self.show_day(), self.show_week()))

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
        self.show_day()
        self.show_week()

    def show_week(self) -> None:
        """The week of the chosen day (Monday to Sunday), for the form's member."""
        from greenlife.core.periods import bounds

        form = self.tabs.currentWidget()
        member_id = form.member.currentData() if isinstance(form, EntryForm) else None
        store = self.state.store
        household_id = store.people.household_id()
        if member_id == HOUSEHOLD:  # the whole household's own lines (none until the first)
            member_id = household_id if household_id is not None else HOUSEHOLD
        start, end = bounds("week", to_date(self.day.date()))
        b = store.balance(member_id, start, end)
        who = (self.tr("Household") if member_id is None
               else labels.member_name(member_id, "", household_id) or store.member(member_id).name
               if member_id != HOUSEHOLD else labels.household())
        self.week_box.setTitle(self.tr("Week of {date}: {who}").format(date=labels.date(start), who=who))
        for c, cell in self.week_cells.items():
            cell.setText(labels.points(b.points_by_category.get(c, 0), signed=True))
        self.week_total.setText(labels.points(b.credit_points, signed=True))

    def show_day(self) -> None:
        """The entries of the chosen day, newest first, each with its icon and points."""
        store = self.state.store
        day = to_date(self.day.date())
        total = store.count_entries(None, day, day)
        entries = store.entry_page(0, 200, total, None, day, day) if total else []
        self.day_title.setText(self.tr("Logged on {date}").format(date=labels.date(day)))
        self.day_list.clear()
        for e in entries:
            text = self.tr("{name}: {what} {quantity} {unit}, {points}").format(
                name=labels.member_name(e.member_id, e.member_name, store.people.household_id()), what=labels.item(e.item), quantity=labels.quantity(e.quantity),
                unit=labels.unit(e.unit), points=labels.points(e.points, signed=True))
            item = QListWidgetItem(item_icon(e.category.value, e.item), text)
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            self.day_list.addItem(item)
        if not entries:
            self.day_list.addItem(QListWidgetItem(self.tr("Nothing yet.")))
        points = sum(e.points for e in entries)
        self.day_total.setText(self.tr("%n entries", "", total) + " · " + self.tr(
            "points: {points}").format(points=labels.points(points, signed=True)))

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
