"""Settings: household members, the factor table, the data file, language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from greenlife.core.errors import GreenlifeError
from greenlife.core.validation import GOAL_POINTS
from greenlife.ui import labels
from greenlife.ui.icons import icon
from greenlife.ui.models.factors import FactorsModel
from greenlife.ui.models.members import MembersModel
from greenlife.ui.pages.base import Page
from greenlife.ui.state import AppState
from greenlife.ui.widgets.common import field_label, show_error
from greenlife.ui.widgets.factor_dialog import FactorDialog
from greenlife.ui.worker import run_in_background

LANGUAGES = (("", QT_TRANSLATE_NOOP("SettingsPage", "System language")), ("zh_CN", "中文"), ("en", "English"))


class SettingsPage(Page):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        # members
        self.members_model = MembersModel(self)
        self.members = QTableView()
        self.members.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.members.setObjectName("membersTable")
        self.members.setAccessibleName(self.tr("Household members"))
        self.members.setModel(self.members_model)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.verticalHeader().hide()
        self.members.horizontalHeader().setStretchLastSection(True)
        self.members.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.members.setIconSize(QSize(28, 28))
        self.members.verticalHeader().setDefaultSectionSize(34)
        self.add_member_button = QPushButton(self.tr("&Add member…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.colour_button = QPushButton(self.tr("Colour…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.member_goal_button = QPushButton(self.tr("Goal…"))
        self.member_goal_button.setToolTip(self.tr("The member's own weekly goal (optional)"))
        self.member_goal_button.clicked.connect(self.set_member_goal)
        self.archive_button.setToolTip(self.tr("Archived members keep their history and leave the pickers"))
        self.add_member_button.setIcon(icon("action", "add"))
        self.rename_button.setIcon(icon("action", "edit"))
        self.rest_box = QCheckBox(self.tr("Rests at weekends"))
        self.rest_box.setToolTip(self.tr("Saturdays and Sundays neither count nor break the "
                                         "member's green streak"))
        self.rest_box.clicked.connect(self.set_weekend_rest)
        self.add_member_button.clicked.connect(self.add_member)
        self.rename_button.clicked.connect(self.rename_member)
        self.colour_button.clicked.connect(self.recolour_member)
        self.archive_button.clicked.connect(self.toggle_archive)
        mbuttons = QHBoxLayout()
        for b in (self.add_member_button, self.rename_button, self.colour_button, self.archive_button,
                  self.member_goal_button, self.rest_box):
            mbuttons.addWidget(b)
        mbuttons.addStretch(1)
        mbox = QGroupBox(self.tr("Household"))
        mv = QVBoxLayout(mbox)
        mv.addWidget(self.members)
        mv.addLayout(mbuttons)

        # factors
        self.factor_set = QComboBox()
        self.factor_set.setAccessibleName(self.tr("Factor set"))
        self.factors_model = FactorsModel(self)
        self.factors = QTableView()
        self.factors.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.factors.setObjectName("factorsTable")
        self.factors.setAccessibleName(self.tr("Factors"))
        self.factors.setModel(self.factors_model)
        self.factors.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.factors.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.factors.verticalHeader().hide()
        self.factors.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.factors.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.factors.setWordWrap(False)
        self.factors.doubleClicked.connect(lambda _i: self.edit_factor())
        self.edit_factor_button = QPushButton(self.tr("&Edit factor…"))
        self.add_factor_button = QPushButton(self.tr("Add factor…"))
        self.new_set_button = QPushButton(self.tr("New family set…"))
        self.edit_factor_button.clicked.connect(self.edit_factor)
        self.add_factor_button.clicked.connect(lambda: self.edit_factor(new=True))
        self.new_set_button.clicked.connect(self.new_set)
        self.factor_set.activated.connect(self.use_set)
        self.recalc_status = QLabel()
        frow = QHBoxLayout()
        frow.addWidget(field_label(self.tr("Factor set in use"), self.factor_set))
        frow.addWidget(self.factor_set)
        frow.addWidget(self.new_set_button)
        frow.addStretch(1)
        fbuttons = QHBoxLayout()
        fbuttons.addWidget(self.edit_factor_button)
        fbuttons.addWidget(self.add_factor_button)
        fbuttons.addWidget(self.recalc_status, 1)
        fbox = QGroupBox(self.tr("Factors (* marks a stated assumption)"))
        fv = QVBoxLayout(fbox)
        fv.addLayout(frow)
        fv.addWidget(self.factors, 1)
        fv.addLayout(fbuttons)

        # data file and language
        # a break is allowed after every "/" so a long path wraps instead of being cut
        self.path_label = QLabel(str(state.path).replace("/", "/\u200b").replace("\\", "\\\u200b")
                                 if state.path else self.tr("(in memory)"))
        self.path_label.setToolTip(str(state.path) if state.path else "")
        self.path_label.setObjectName("dataPath")
        self.path_label.setWordWrap(True)
        open_folder = QPushButton(self.tr("Open folder"))
        open_folder.clicked.connect(self.open_folder)
        self.check_button = QPushButton(self.tr("Check data"))
        self.check_button.setToolTip(self.tr("A full check of the data file; it changes nothing"))
        self.check_button.clicked.connect(self.check_data)
        self.backups_button = QPushButton(self.tr("Backups…"))
        self.backups_button.clicked.connect(self.show_backups)
        self.check_status = QLabel()
        self.check_status.setObjectName("checkStatus")
        self.check_status.setWordWrap(True)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES:
            self.language.addItem(self.tr(name) if not code else name, code)
        self.language.activated.connect(self.set_language)
        self.language_note = QLabel()
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Appearance"))
        for code, name in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))):
            self.theme.addItem(name, code)
        self.theme.activated.connect(self.set_theme)
        # the gentle reminder: a tray notification at an hour if nobody has logged that day
        self.reminder_on = QCheckBox(self.tr("Remind us at"))
        self.reminder_on.setIcon(icon("action", "reminder"))
        self.reminder_on.setToolTip(self.tr(
            "A notification at this hour if nobody in the family has logged anything that day"))
        self.reminder_hour = QComboBox()
        self.reminder_hour.setAccessibleName(self.tr("Reminder hour"))
        for hour in range(24):
            self.reminder_hour.addItem(f"{hour:02d}:00", hour)
        self.reminder_note = QLabel()
        self.reminder_note.setObjectName("reminderNote")
        self.reminder_note.setWordWrap(True)
        self.reminder_note.setProperty("tone", "muted")
        self.reminder_on.toggled.connect(self.set_reminder)
        self.reminder_hour.activated.connect(lambda _i: self.set_reminder_hour())
        self.goal = QPushButton()
        self.goal.clicked.connect(lambda: self.set_goal())
        dform = QFormLayout()
        prow = QHBoxLayout()
        prow.addWidget(self.path_label, 1)
        prow.addWidget(open_folder)
        dform.addRow(self.tr("Data file"), prow)
        srow = QHBoxLayout()
        srow.addWidget(self.check_button)
        srow.addWidget(self.backups_button)
        srow.addStretch(1)
        dform.addRow(self.tr("Safety"), srow)
        dform.addRow("", self.check_status)
        dform.addRow(self.tr("Weekly household goal"), self.goal)
        lrow = QHBoxLayout()
        lrow.addWidget(self.language)
        lrow.addWidget(self.language_note, 1)
        dform.addRow(self.tr("Language"), lrow)
        dform.labelForField(lrow).setBuddy(self.language)
        dform.addRow(self.tr("Appearance"), self.theme)
        rrow = QHBoxLayout()
        rrow.addWidget(self.reminder_on)
        rrow.addWidget(self.reminder_hour)
        rrow.addStretch(1)
        dform.addRow(self.tr("Daily reminder"), rrow)
        dform.labelForField(rrow).setBuddy(self.reminder_hour)  # the check box names itself
        dform.addRow("", self.reminder_note)
        dbox = QGroupBox(self.tr("Data and language"))
        dbox.setLayout(dform)

        top = QHBoxLayout()
        top.addWidget(mbox, 2)
        top.addWidget(dbox, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(fbox, 1)
        self.members.selectionModel().selectionChanged.connect(self._member_selected)

    def title(self) -> str:
        return self.tr("Settings")

    def refresh(self) -> None:
        store = self.state.store
        selected = self._member()
        self.members_model.set_members(store.members(include_archived=True))
        if selected:
            for row in range(self.members_model.rowCount()):
                if self.members_model.member_at(row).id == selected.id:  # type: ignore[union-attr]
                    self.members.selectRow(row)
        self.factor_set.clear()
        for s in store.factor_sets():
            self.factor_set.addItem(labels.factor_set(s.id, s.name), s.id)
        self.factor_set.setCurrentIndex(max(0, self.factor_set.findData(store.active_set())))
        self.factors_model.set_factors(list(store.factors().values()))
        self.language.setCurrentIndex(max(0, self.language.findData(store.setting("language"))))
        self.theme.setCurrentIndex(max(0, self.theme.findData(store.setting("theme") or "system")))
        goal = store.goal_in_force(store.today())
        self.goal.setText(self.tr("{points} points", "", goal).format(points=labels.points(goal)))
        self.goal.setAccessibleName(self.tr("Weekly household goal"))  # the button shows only the number
        self._show_reminder()
        self._member_selected()

    # -- members ------------------------------------------------------------
    def _member(self):
        rows = self.members.selectionModel().selectedRows()
        return self.members_model.member_at(rows[0].row()) if rows else None

    def _member_selected(self, *_a: object) -> None:
        m = self._member()
        for b in (self.rename_button, self.colour_button, self.archive_button, self.member_goal_button,
                  self.rest_box):
            b.setEnabled(m is not None)
        self.rest_box.setChecked(m is not None and self.state.store.rests_at_weekends(m.id))
        self.archive_button.setText(self.tr("Restore") if m and not m.active else self.tr("Archive"))

    def _try(self, fn, *args, **kwargs):
        try:
            result = fn(*args, **kwargs)
        except GreenlifeError as exc:
            show_error(self, exc)
            return None
        return result

    def add_member(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Add member"), self.tr("Name"))
            if not ok:
                return
        self._try(self.state.add_member, name, self.tr("Add member {name}").format(name=name))

    def rename_member(self, name: str | None = None) -> None:
        m = self._member()
        if m is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Rename member"), self.tr("New name"), text=m.name)
            if not ok:
                return
        self._try(self.state.update_member, m.id,
                  self.tr("Rename {old} to {new}").format(old=m.name, new=name), name=name)

    def recolour_member(self, colour: str | None = None) -> None:
        m = self._member()
        if m is None:
            return
        if colour is None:
            c = QColorDialog.getColor(QColor(m.colour), self, self.tr("Colour for {name}").format(name=m.name))
            if not c.isValid():
                return
            colour = c.name()
        self._try(self.state.update_member, m.id,
                  self.tr("Change {name}'s colour").format(name=m.name), colour=colour)

    def toggle_archive(self) -> None:
        m = self._member()
        if m is not None:
            text = (self.tr("Archive {name}") if m.active else self.tr("Bring back {name}")).format(
                name=m.name)
            self._try(self.state.update_member, m.id, text, active=not m.active)

    def set_weekend_rest(self, rest: bool | None = None) -> None:
        """The selected member rests at weekends (or no longer); undoable."""
        m = self._member()
        if m is None:
            return
        rest = self.rest_box.isChecked() if rest is None else rest
        days = sorted(self.state.store.rest_days(m.id) | {5, 6}) if rest else sorted(
            self.state.store.rest_days(m.id) - {5, 6})
        text = (self.tr("{name} rests at weekends") if rest else self.tr(
            "{name} no longer rests at weekends")).format(name=m.name)
        self._try(self.state.set_rest_days, m.id, days, text)
        self.rest_box.setChecked(self.state.store.rests_at_weekends(m.id))

    # -- factors ------------------------------------------------------------
    def use_set(self) -> None:
        set_id = self.factor_set.currentData()
        self._try(self.state.use_set, set_id, self.tr("Use the factor set {name}").format(
            name=self.factor_set.currentText()))

    def new_set(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New family set"),
                                        self.tr("Name of your family's own factor set"))
        if not ok or not name.strip():
            return
        set_id = "".join(c for c in name.lower() if c.isascii() and c.isalnum()) or "family"
        existing = {s.id for s in self.state.store.factor_sets()}
        base, n = set_id, 2
        while set_id in existing:
            set_id, n = f"{base}{n}", n + 1
        if self._try(self.state.store.create_set, set_id, name.strip()) is not None:
            self._try(self.state.use_set, set_id, self.tr("Use the factor set {name}").format(
                name=name.strip()))

    def edit_factor(self, new: bool = False) -> None:
        factor = None
        if not new:
            rows = self.factors.selectionModel().selectedRows()
            if not rows:
                return
            factor = self.factors_model.factor_at(rows[0].row())
        dialog = FactorDialog(factor, self.state.store.active_set(), self)
        if dialog.exec() and dialog.factor is not None:
            self.apply_factor(dialog.factor, dialog.recalculate)

    def apply_factor(self, factor, recalculate: bool) -> None:
        text = self.tr("Change the factor {name}").format(name=labels.factor_name(factor.key))
        if self._try(self.state.save_factor, factor, text) is None:
            return
        if recalculate:
            self.recalculate(factor.key, factor.set_id)

    def recalculate(self, key: str | None = None, set_id: str | None = None) -> None:
        """Recompute the lines that this factor (in its set) produced, on the worker; the
        recalculation goes on the undo stack."""
        self.recalc_status.setText(self.tr("Recalculating past entries…"))

        def done(report) -> None:
            self.recalc_status.setText(self.tr("Recalculated %n lines", "", report.lines)
                                       + " (" + labels.points(report.points_delta, signed=True) + ")")

        def failed(exc: Exception) -> None:
            self.recalc_status.setText("")
            show_error(self, exc)

        text = (self.tr("Recalculate the lines of {name}").format(name=labels.factor_name(key))
                if key else self.tr("Recalculate every line of the set"))
        self.state.recalculate(key, set_id, text, done, failed)

    # -- data and language --------------------------------------------------
    def open_folder(self) -> None:
        if self.state.path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.state.path.parent)))

    def check_data(self) -> None:
        """integrity_check, foreign_key_check and our own rules, off the UI thread."""
        self.check_status.setText(self.tr("Checking…"))

        def done(problems: list) -> None:
            if not problems:
                self.check_status.setText(self.tr("The data file is sound: no problems found."))
                return
            lines = [f"{p.table or '-'} {'' if p.rowid is None else p.rowid}: {p.reason}" for p in problems[:20]]
            self.check_status.setText(self.tr("%n problems found (nothing was changed):", "", len(problems))
                                      + "\n" + "\n".join(lines))

        def failed(exc: Exception) -> None:
            self.check_status.setText("")
            show_error(self, exc)

        if self.state.path is None:
            done(self.state.store.check())
        else:
            run_in_background(self.state.path, lambda store, _p: store.check(), done, failed)

    def show_backups(self) -> None:
        from greenlife.ui.widgets.backups_dialog import BackupsDialog

        BackupsDialog(self.state, self).exec()

    def set_goal(self, value: int | None = None, member_id: int | None = None) -> None:
        """A weekly goal from this week on; earlier weeks keep the goal they had."""
        store = self.state.store
        if value is None:
            title = self.tr("Weekly household goal") if member_id is None else self.tr(
                "Weekly goal for {name}").format(name=store.member(member_id).name)
            value, ok = QInputDialog.getInt(self, title, self.tr("Points per week (from this week on)"),
                                            store.goal_for(store.today(), member_id)
                                            or self.suggested_goal(member_id), 1,
                                            int(GOAL_POINTS.high), 100)
            if not ok:
                return
        name = store.member(member_id).name if member_id is not None else ""
        text = (self.tr("Set the weekly goal to {points}") if member_id is None else self.tr(
            "Set {name}'s weekly goal to {points}")).format(name=name, points=labels.points(value))
        self._try(self.state.set_goal, value, member_id, text)

    def suggested_goal(self, member_id: int | None) -> int:
        """What a member earned a week lately, a tenth more (a child is not asked for 5,000)."""
        from greenlife.core.goals_hint import from_history
        from greenlife.core.periods import bounds

        store = self.state.store
        weeks = []
        for k in range(1, 5):
            start, end = bounds("week", store.today() - dt.timedelta(weeks=k))
            weeks.append(store.balance(member_id, start, end).credit_points)
        return from_history(weeks)

    def set_member_goal(self) -> None:
        m = self._member()
        if m is not None:
            self.set_goal(None, m.id)

    # -- the reminder -------------------------------------------------------
    def _show_reminder(self) -> None:
        from greenlife.ui.reminder import settings_of, tray_available

        on, hour = settings_of(self.state)
        for w in (self.reminder_on, self.reminder_hour):
            w.blockSignals(True)
        self.reminder_on.setChecked(on)
        self.reminder_hour.setCurrentIndex(hour)
        for w in (self.reminder_on, self.reminder_hour):
            w.blockSignals(False)
        available = tray_available()
        self.reminder_on.setEnabled(available)
        self.reminder_hour.setEnabled(available and on)
        if not available:
            self.reminder_note.setText(self.tr(
                "Unavailable: this desktop has no system tray for notifications."))
        elif on:
            self.reminder_note.setText(self.tr(
                "If nobody has logged anything by {hour}, a notification says so, once that day.").format(
                hour=self.reminder_hour.currentText()))
        else:
            self.reminder_note.setText(self.tr("Off."))

    def set_reminder(self, on: bool) -> None:
        text = (self.tr("Turn the daily reminder on") if on else self.tr("Turn the daily reminder off"))
        self._set(self.state.set_setting, "reminder", "on" if on else "off", text)

    def set_reminder_hour(self, hour: int | None = None) -> None:
        if hour is None:
            hour = self.reminder_hour.currentData()
        self._set(self.state.set_setting, "reminder_hour", str(hour),
                  self.tr("Set the reminder to {hour}").format(hour=f"{hour:02d}:00"))

    def _set(self, fn, *args) -> None:  # type: ignore[no-untyped-def]
        """A setting through the undo stack; a refusal is shown and the controls show what is stored."""
        try:
            fn(*args)
        except GreenlifeError as exc:
            show_error(self, exc)
        self._show_reminder()

    def set_theme(self) -> None:
        """Live, and on the undo stack ("Change theme")."""
        try:
            self.state.set_theme(self.theme.currentData())
        except GreenlifeError as exc:  # a read-only file: the setting is not kept
            show_error(self, exc)

    def set_language(self) -> None:
        """Live (the window is rebuilt in the new language), on the undo stack."""
        try:
            self.state.set_language(self.language.currentData())
        except GreenlifeError as exc:
            show_error(self, exc)
            return
        self.language_note.setText(self.tr("Language changed."))
