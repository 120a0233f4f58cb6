"""Lists of what the family added, managed where it lives, each change undoable:
the appliances (on the Log page's appliance tab) and the usual actions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greenlife.core.errors import GreenlifeError
from greenlife.core.ledger import OverspendError
from greenlife.core.models import Appliance
from greenlife.ui import labels
from greenlife.ui.state import AppState
from greenlife.ui.widgets.appliance_form import ApplianceForm
from greenlife.ui.widgets.checkin import legs_text
from greenlife.ui.widgets.common import confirm_overspend, show_error
from greenlife.ui.widgets.usual_dialog import UsualActionDialog


def _lay_out(owner: QWidget, title: str, items: QListWidget, buttons: tuple[QPushButton, ...]) -> None:
    """A managed list: a bold title, the list, and its buttons in a row below."""
    label = QLabel(title)
    label.setStyleSheet("font-weight: 600;")
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    layout.addWidget(items)
    layout.addLayout(row)


class ApplianceList(QWidget):
    """The family's appliances: correct one (grade, kWh, dates, label), end it (no longer in
    use since today) or delete it."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.dialog: ApplianceDialog | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Appliances"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Correct its grade, kWh per year, dates or label"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.list.itemActivated.connect(lambda _i: self.edit_selected())
        self.end_button = QPushButton(self.tr("No longer in use"))
        self.end_button.setToolTip(self.tr("Stop its daily points from today on"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Remove it and every day of points it gave"))
        self.end_button.clicked.connect(self.end_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.list.currentRowChanged.connect(self._update_buttons)
        _lay_out(self, self.tr("The family's appliances"), self.list,
                 (self.edit_button, self.end_button, self.delete_button))
        self.refresh()

    def refresh(self) -> None:
        current = self.selected_id()
        self.list.clear()
        for a in self.state.store.appliances():
            text = self.tr("{name} · {what}, grade {grade}, {kwh:g} kWh/year · since {start}").format(
                name=a.member_name, what=labels.appliance(a.type), grade=a.grade,
                kwh=a.kwh_year, start=labels.date(a.in_use_from))
            if a.label:
                text += f" · {a.label}"
            if a.in_use_to is not None:
                text += self.tr(" · until {end}").format(end=labels.date(a.in_use_to))
            item = QListWidgetItem(text)
            item.setData(256, a.id)
            self.list.addItem(item)
            if a.id == current:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(256) if item is not None else None

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.end_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _run(self, change) -> None:  # type: ignore[no-untyped-def]
        try:
            try:
                change(False)
            except OverspendError as exc:
                if confirm_overspend(self, exc):
                    change(True)
        except GreenlifeError as exc:
            show_error(self, exc)

    def edit_selected(self) -> ApplianceDialog | None:
        aid = self.selected_id()
        if aid is None:
            return None
        if self.dialog is not None:  # one at a time; the last one closed already
            self.dialog.deleteLater()
        self.dialog = ApplianceDialog(self.state, self.state.store.appliance(aid), self)
        self.dialog.open()
        return self.dialog

    def end_selected(self) -> None:
        aid = self.selected_id()
        if aid is None:
            return
        a = self.state.store.appliance(aid)
        today = self.state.store.today()
        what = labels.appliance(a.type)
        self._run(lambda ok: self.state.end_appliance(
            aid, today, self.tr("End {what} of {name}").format(what=what, name=a.member_name),
            confirm=ok))

    def delete_selected(self) -> None:
        aid = self.selected_id()
        if aid is None:
            return
        a = self.state.store.appliance(aid)
        what = labels.appliance(a.type)
        self._run(lambda ok: self.state.delete_appliance(
            aid, self.tr("Delete {what} of {name}").format(what=what, name=a.member_name),
            confirm=ok))


class ApplianceDialog(QDialog):
    """The appliance form on one appliance; it closes once the change is saved (undoable).
    Shown with ``open()``."""

    def __init__(self, state: AppState, appliance: Appliance, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit {what} of {name}").format(
            what=labels.appliance(appliance.type), name=appliance.member_name))
        self.form = ApplianceForm(state, editing=appliance)
        self.form.saved.connect(lambda _a: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(620, 420)


class UsualActionList(QWidget):
    """The usual actions, in the family's order: new, edit (name and parts), move up or down,
    delete. The dialog is shown with ``open()`` and saves itself (undoable)."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.dialog: UsualActionDialog | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Usual actions"))
        self.new_button = QPushButton(self.tr("&New…"))
        self.new_button.setToolTip(self.tr("A usual action of one or more parts (bike, then subway)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(self.edit)
        self.list.itemActivated.connect(lambda _i: self.edit())
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.delete_button.clicked.connect(self.delete)
        self.list.currentRowChanged.connect(self._update_buttons)
        _lay_out(self, self.tr("Usual actions"), self.list,
                 (self.new_button, self.edit_button, self.up_button, self.down_button,
                  self.delete_button))
        self.refresh()

    def refresh(self) -> None:
        current = self.selected_id()
        self.list.clear()
        names = {m.id: m.name for m in self.state.store.members()}
        for t in self.state.store.templates():
            item = QListWidgetItem(f"{names.get(t.member_id, '?')} · {t.name} ({legs_text(t.legs)})")
            item.setData(256, t.id)
            self.list.addItem(item)
            if t.id == current:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(256) if item is not None else None

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        has = row >= 0
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.list.count() - 1)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.new_button.setEnabled(bool(self.state.store.members()))

    def open_dialog(self, template_id: int | None) -> UsualActionDialog:
        t = self.state.store.usual.get(template_id) if template_id is not None else None
        if self.dialog is not None:  # one at a time; the last one closed already
            self.dialog.deleteLater()
        self.dialog = UsualActionDialog(self.state, t, parent=self)
        self.dialog.open()
        return self.dialog

    def edit(self) -> None:
        tid = self.selected_id()
        if tid is not None:
            self.open_dialog(tid)

    def move(self, step: int) -> None:
        tid = self.selected_id()
        if tid is None:
            return
        t = self.state.store.usual.get(tid)
        self.state.move_template(tid, step, self.tr("Move {name}").format(name=t.name))

    def delete(self) -> None:
        tid = self.selected_id()
        if tid is None:
            return
        t = self.state.store.usual.get(tid)
        answer = QMessageBox.question(
            self, self.tr("Delete usual action?"),
            self.tr("Delete the usual action {name}? Entries logged with it stay.").format(
                name=t.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.state.delete_template(tid, self.tr("Delete {name}").format(name=t.name))
