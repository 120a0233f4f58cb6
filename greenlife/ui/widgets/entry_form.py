"""The form for one category of action: member, date, what, how much, note.

Validation runs as you type (the core's rules, shown next to the field); the
Save button is disabled with the reason beside it; a preview shows the points.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greenlife.core.calc import quantity_unit
from greenlife.core.errors import GreenlifeError, ValidationError
from greenlife.core.models import Category, Entry, EntryDraft, Leg
from greenlife.core.plausible import check_daily
from greenlife.core.waste import ordered as ordered_bins
from greenlife.ui import labels
from greenlife.ui.icons import bin_icon, item_icon
from greenlife.ui.state import AppState
from greenlife.ui.widgets.common import (
    ask_duplicate,
    date_edit,
    error_label,
    fill_members,
    normalise_decimal,
    show_error,
    to_date,
    to_qdate,
)


HOUSEHOLD = -1  # the member combo's "whole household" choice (its pseudo-member is made on save)


class EntryForm(QWidget):
    saved = Signal(list)  # list[Entry]
    validity_changed = Signal(bool)

    def __init__(self, state: AppState, category: Category, *, editing: Entry | None = None,
                 day: QDateEdit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.category = category
        self.editing = editing
        self._draft: EntryDraft | None = None

        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Member"))
        self.shared_day = day is not None  # the Log page's one date for all its tabs
        self.day = day if day is not None else date_edit(state.store.today())
        self.day.setAccessibleName(self.tr("Date"))
        self.item = QComboBox()
        self.item.setAccessibleName(self.tr("What"))
        self.quantity = QLineEdit()
        self.quantity.setAccessibleName(self.tr("Quantity"))
        self.unit = QLabel()
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("optional"))
        self.errors = {f: error_label() for f in ("member", "date", "item", "quantity", "note")}
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.factor_info = QLabel()
        self.factor_info.setWordWrap(True)
        self.factor_info.setProperty("tone", "muted")
        self.why = QLabel()
        self.why.setObjectName("whyDisabled")
        self.why.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save") if editing is None else self.tr("&Save changes"))
        self.save_button.setDefault(True)
        self.template_button = QPushButton(self.tr("Save as usual action"))
        self.template_button.setToolTip(self.tr("Add this action to the member's one-click buttons on Home"))
        # the line as one more part of a usual action (a trip: bike, then subway)
        self.add_to_button = QPushButton(self.tr("Add to a usual action"))
        self.add_to_button.setToolTip(self.tr("Add this line as another part of one of the "
                                              "member's usual actions"))
        self.add_to_button.setMenu(QMenu(self.add_to_button))
        self.add_to_button.menu().aboutToShow.connect(self.fill_add_to_menu)
        self.dialog: QDialog | None = None

        form = QFormLayout()
        form.addRow(self.tr("Member"), self.member)  # the label names the combo (a buddy, not a wrapper)
        form.addRow(self.errors["member"])
        if self.shared_day:
            form.addRow("", self.errors["date"])
        else:
            form.addRow(self.tr("Date"), self._with_error(self.day, "date"))
        item_label = {Category.COMMUTE: self.tr("Mode"), Category.WASTE: self.tr("Stream")
                      }.get(category, self.tr("What"))
        form.addRow(item_label, self.item)
        form.addRow(self.errors["item"])
        qrow = QHBoxLayout()
        qrow.addWidget(self.quantity, 1)
        qrow.addWidget(self.unit)
        qwrap = QWidget()
        qv = QVBoxLayout(qwrap)
        qv.setContentsMargins(0, 0, 0, 0)
        qv.addLayout(qrow)
        qv.addWidget(self.errors["quantity"])
        form.addRow(self.tr("Quantity"), qwrap)
        form.addRow(self.tr("Note"), self._with_error(self.note, "note"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.preview, 1)
        if editing is None:
            buttons.addWidget(self.template_button)
            buttons.addWidget(self.add_to_button)
        else:
            self.add_to_button.hide()
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.factor_info)
        layout.addLayout(buttons)
        layout.addWidget(self.why)
        layout.addStretch(1)

        self.reload_choices()
        if editing is not None:
            self._load(editing)
        for sig in (self.member.currentIndexChanged, self.item.currentIndexChanged,
                    self.day.dateChanged, self.quantity.textChanged, self.note.textChanged):
            sig.connect(self.validate)
        self.item.currentIndexChanged.connect(self._update_unit)
        self.quantity.returnPressed.connect(self.save)
        self.note.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.template_button.clicked.connect(self.save_template)
        self._update_unit()
        self.validate()

    def _with_error(self, widget: QWidget, field: str) -> QWidget:
        wrap = QWidget()
        v = QVBoxLayout(wrap)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(widget)
        v.addWidget(self.errors[field])
        return wrap

    # -- choices ------------------------------------------------------------
    def reload_choices(self) -> None:
        store = self.state.store
        members = store.members()
        household_id = store.people.household_id()
        editing_household = self.editing is not None and self.editing.member_id == household_id
        if self.editing is not None and not editing_household and all(
                m.id != self.editing.member_id for m in members):
            members.append(store.member(self.editing.member_id))
        current_member = self.member.currentData()
        fill_members(self.member, members)
        # food and waste may be the whole family's (the waste sorted together); a trip is a
        # person's. The entry is the household pseudo-member's, in no member's balance.
        if members and self.category in (Category.WASTE, Category.FOOD) and (
                self.editing is None or editing_household):
            self.member.blockSignals(True)
            self.member.addItem(labels.household(), HOUSEHOLD if self.editing is None
                                else household_id)
            if current_member == HOUSEHOLD:
                self.member.setCurrentIndex(self.member.count() - 1)
            self.member.blockSignals(False)
        current = self.item.currentData()
        self.item.blockSignals(True)
        self.item.clear()
        prefix = self.category.value + "."
        items = [f.item for key, f in store.factors().items() if key.startswith(prefix)]
        if self.category == Category.WASTE:
            self._add_bins(items)
        else:
            for item in items:
                self.item.addItem(item_icon(self.category.value, item), labels.item(item), item)
        if self.editing is not None and self.item.findData(self.editing.item) < 0:
            self.item.addItem(item_icon(self.category.value, self.editing.item),
                              labels.item(self.editing.item), self.editing.item)
        idx = self.item.findData(current) if current else -1
        if idx < 0:  # the first real item, not a bin's heading
            idx = next((i for i in range(self.item.count()) if self.item.itemData(i)), 0)
        self.item.setCurrentIndex(idx)
        self.item.blockSignals(False)

    def _add_bins(self, items: list[str]) -> None:
        """Shanghai's four bins as headings, the kinds sorted into each below them."""
        names = {"recyclable": self.tr("Recyclable (可回收物)"), "wet": self.tr("Wet (湿垃圾)"),
                 "hazardous": self.tr("Hazardous (有害垃圾)"), "dry": self.tr("Dry (干垃圾)"),
                 None: self.tr("Other")}
        model = self.item.model()
        for bin_key, kinds in ordered_bins(items):
            self.item.addItem(bin_icon(bin_key), names[bin_key], None)
            heading = model.item(self.item.count() - 1)  # type: ignore[attr-defined]
            heading.setEnabled(False)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            for item in kinds:
                self.item.addItem(item_icon("waste", item), "    " + labels.item(item), item)

    def _load(self, e: Entry) -> None:
        self.member.setCurrentIndex(max(self.member.findData(e.member_id), 0))
        self.day.setDate(to_qdate(e.day))
        self.item.setCurrentIndex(max(self.item.findData(e.item), 0))
        self.quantity.setText(f"{e.quantity:g}")
        self.note.setText(e.note)

    def set_member(self, member_id: int) -> None:
        idx = self.member.findData(member_id)
        if idx >= 0:
            self.member.setCurrentIndex(idx)

    def _update_unit(self) -> None:
        f = self.state.store.factors().get(f"{self.category.value}.{self.item.currentData()}")
        if f is None and self.editing is not None:
            f = self.editing.factor
        if f is None:
            return
        self.unit.setText(labels.unit(quantity_unit(f)))
        # the year once: most sources already end with it ("…, 2025")
        template = (self.tr("Factor: {factor} ({kind}) · {source}") if f.year and str(f.year) in f.source
                    else self.tr("Factor: {factor} ({kind}) · {source}, {year}"))
        self.factor_info.setText(template.format(
            factor=labels.factor_value(f.value, f.unit),
            kind=self.tr("reduction") if f.kind.value == "reduction" else self.tr("emission"),
            source=labels.factor_note(f.source), year=f.year or self.tr("n/a")))

    # -- validation, preview, save ------------------------------------------
    def validate(self) -> bool:
        for label in self.errors.values():
            label.hide()
        self._draft = None
        member_id = self.member.currentData()
        if member_id is None:
            self._refuse(self.tr("Add a household member in Settings first."))
            return False
        household = member_id == HOUSEHOLD
        if household:  # checked and previewed as the household's; made when saving
            member_id = self.state.store.people.household_id() or self.member.itemData(0)
        try:
            draft = self.state.store.draft(
                member_id, self.category, self.item.currentData() or "",
                normalise_decimal(self.quantity.text()),
                to_date(self.day.date()), self.note.text())
        except ValidationError as exc:
            field_map = {"mode": "item", "stream": "item", "item": "item", "date": "date",
                         "member": "member", "note": "note"}
            for err in exc.errors:
                label = self.errors.get(field_map.get(err.field, "quantity"), self.errors["quantity"])
                label.setText(labels.error_text(err))
                label.show()
            if self.quantity.text().strip() == "":
                # an empty field is not an error yet: just say what is needed
                self.errors["quantity"].hide()
                if all(e.field not in ("date", "member", "note") for e in exc.errors):
                    self._refuse(self.tr("Enter how much, then save."), quiet=True)
                    return False
            self._refuse(self.tr("Can't save yet: {reason}").format(
                reason=labels.error_text(exc).replace("\n", "; ")))
            return False
        if self.editing is not None:  # the store's rule for an edited entry's factor
            from greenlife.core import calc
            from greenlife.core.ledger import factor_for_edit

            f = factor_for_edit(self.editing, draft, self.state.store.factors())
            pts = calc.line_points(calc.line_grams(Category(draft.category).value,
                                                   draft.quantity, f))
        else:
            _grams, pts, _f = self.state.store.preview(draft)
        self._draft = draft
        self.preview.setText(self.tr("{points} points", "", abs(pts)).format(points=labels.points(pts, signed=True)))
        self.save_button.setEnabled(True)
        self.save_button.setToolTip("")
        # a usual action is a member's (the check-in lists it under their name)
        self.template_button.setEnabled(not self.is_household())
        self.add_to_button.setEnabled(not self.is_household()
                                      and bool(self.state.store.templates(draft.member_id)))
        self.why.clear()
        self.validity_changed.emit(True)
        return True

    def _refuse(self, reason: str, *, quiet: bool = False) -> None:
        """Disable saving and say why (``quiet``: nothing typed yet, only a hint)."""
        self.preview.setText("")
        self.save_button.setEnabled(False)
        self.save_button.setToolTip(reason)
        self.template_button.setEnabled(False)
        self.add_to_button.setEnabled(False)
        self.why.setText("" if quiet else reason)
        self.validity_changed.emit(False)

    def current_draft(self) -> EntryDraft | None:
        return self._draft

    def is_household(self) -> bool:
        """The whole household's entry, not a member's."""
        data = self.member.currentData()
        return data == HOUSEHOLD or (
            data is not None and data == self.state.store.people.household_id())

    def member_name(self, member_id: int) -> str:
        return labels.household() if self.is_household() else self.state.store.member(
            member_id).name

    def confirm_plausible(self, draft: EntryDraft) -> bool:
        """Beyond a plausible day for one person (400 km of walking): ask, default No."""
        from PySide6.QtWidgets import QMessageBox

        store = self.state.store
        cat = Category(draft.category).value
        already = store.logged_quantity(draft.member_id, draft.day, cat, draft.item,
                                        self.editing.id if self.editing is not None else None)
        unit = labels.unit(draft.unit)
        if self.is_household():  # the whole family: a plausible day for each of them
            n = max(1, len(store.members()))
            odd = check_daily(cat, draft.item, draft.quantity / n, already / n)
            if odd is None:
                return True
            text = self.tr("The whole household would have {total} {unit} of {what} on {date}; "
                           "more than {limit} {unit} in a day is unusual for a family of %n. "
                           "Save anyway?", "", n).format(
                total=labels.quantity(odd.total * n), unit=unit, what=labels.item(draft.item),
                date=labels.date(draft.day), limit=labels.quantity(odd.limit * n))
        else:
            odd = check_daily(cat, draft.item, draft.quantity, already)
            if odd is None:
                return True
            name = store.member(draft.member_id).name
            text = self.tr("{name} would have {total} {unit} of {what} on {date}; more than "
                           "{limit} {unit} in a day is unusual for one person. Save anyway?"
                           ).format(name=name, total=labels.quantity(odd.total), unit=unit,
                                    what=labels.item(draft.item), date=labels.date(draft.day),
                                    limit=labels.quantity(odd.limit))
        answer = QMessageBox.question(
            self, self.tr("Is this right?"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def save(self) -> None:
        if not self.validate() or self._draft is None:
            return
        store = self.state.store
        if self.member.currentData() == HOUSEHOLD:  # the household pseudo-member, made once
            try:
                household = store.people.household()
            except GreenlifeError as exc:
                show_error(self, exc)
                return
            self._draft = dataclasses.replace(self._draft, member_id=household.id)
        if not self.confirm_plausible(self._draft):
            return
        if self.editing is None:
            names = {m.id: m.name for m in store.members()}
            names[self._draft.member_id] = self.member_name(self._draft.member_id)
            dup = store.already_logged([self._draft])
            if dup and not ask_duplicate(self, names, dup, self._draft.day):
                return
        if self.editing is not None:
            self.saved.emit([self._draft])
            return
        text = self.tr("Log {what}").format(what=labels.item(self._draft.item))
        try:
            entries = self.state.add_entries([self._draft], text)
        except GreenlifeError as exc:  # a full disk, a read-only file: keep what was typed
            self.why.setText(labels.error_text(exc))
            show_error(self, exc)
            return
        self.quantity.clear()
        self.note.clear()
        self.saved.emit(entries)

    def save_template(self) -> None:
        if not self.validate() or self._draft is None:
            return
        d = self._draft
        name = f"{labels.item(d.item)} {labels.amount(d.quantity, d.unit)}"
        try:
            self.state.add_template(d.member_id, name, [Leg(d.category, d.item, d.quantity, d.unit)],
                                    self.tr("Add usual action {name}").format(name=name))
        except GreenlifeError as exc:
            show_error(self, exc)
            return
        self.why.setText(self.tr("Saved as a usual action: {name}").format(name=name))

    def fill_add_to_menu(self) -> None:
        """The member's usual actions, to add this line to as its last part."""
        from greenlife.ui.widgets.checkin import legs_text

        menu = self.add_to_button.menu()
        menu.clear()
        d = self._draft
        if d is None:
            return
        for t in self.state.store.templates(d.member_id):
            action = menu.addAction(f"{t.name} ({legs_text(t.legs)})")
            action.triggered.connect(lambda _c=False, tid=t.id: self.add_to_template(tid))

    def add_to_template(self, template_id: int) -> None:
        """Open the usual action with this line as one more part; the family checks it and
        saves (undoable), or cancels."""
        from greenlife.ui.widgets.usual_dialog import UsualActionDialog

        if not self.validate() or self._draft is None:
            return
        d = self._draft
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = UsualActionDialog(
            self.state, self.state.store.usual.get(template_id),
            extra_leg=Leg(d.category, d.item, d.quantity, d.unit), parent=self)
        self.dialog.saved.connect(lambda t: self.why.setText(
            self.tr("Added to the usual action {name}").format(name=t.name)))
        self.dialog.open()
