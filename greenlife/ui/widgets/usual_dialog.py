"""Build or edit a usual action with several parts (1 km by bike, then 61 km by subway).

The dialog saves itself (through ``AppState``, so the change is undoable and named) and
closes only when the save went through; a refusal is shown inside it, in the user's
language, and nothing typed is lost. Callers show it with ``open()`` (window-modal, no
nested event loop), never ``exec()``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greenlife.core.errors import GreenlifeError, ValidationError
from greenlife.core.models import Category, Leg, Template
from greenlife.core.waste import ordered as ordered_bins
from greenlife.ui import labels
from greenlife.ui.state import AppState
from greenlife.ui.widgets.common import error_label, field_label, fill_members, normalise_decimal

CATEGORIES = (Category.COMMUTE, Category.WASTE, Category.FOOD)


class LegRow(QWidget):
    """One part: category, what, how much (and its unit); move up or down, remove."""

    changed = Signal()
    move = Signal(object, int)  # the row, -1 up / +1 down
    remove = Signal(object)

    def __init__(self, state: AppState, leg: Leg | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.category = QComboBox()
        for c in CATEGORIES:
            self.category.addItem(labels.category(c.value), c.value)
        self.item = QComboBox()
        self.quantity = QLineEdit()
        self.quantity.setMinimumWidth(70)
        self.quantity.setMaximumWidth(110)
        self.unit = QLabel()
        self.up_button = QPushButton("▲")
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button = QPushButton("▼")
        self.down_button.setToolTip(self.tr("Move down"))
        self.remove_button = QPushButton(self.tr("Remove"))
        for b in (self.up_button, self.down_button):
            b.setMaximumWidth(44)
        self.error = error_label()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.number = QLabel()
        row.addWidget(self.number)
        row.addWidget(field_label(self.tr("Category"), self.category))
        row.addWidget(self.category)
        row.addWidget(field_label(self.tr("What"), self.item))
        row.addWidget(self.item, 1)
        row.addWidget(field_label(self.tr("How much"), self.quantity))
        row.addWidget(self.quantity)
        row.addWidget(self.unit)
        for b in (self.up_button, self.down_button, self.remove_button):
            row.addWidget(b)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(row)
        v.addWidget(self.error)
        if leg is not None:
            self.category.setCurrentIndex(max(0, self.category.findData(Category(leg.category).value)))
        self._fill_items(leg.item if leg is not None else None)
        if leg is not None:
            self.quantity.setText(labels.quantity(leg.quantity))
        self.category.currentIndexChanged.connect(lambda _i: self._fill_items(None))
        self.item.currentIndexChanged.connect(self._item_changed)
        self.quantity.textChanged.connect(self.changed)
        self.up_button.clicked.connect(lambda: self.move.emit(self, -1))
        self.down_button.clicked.connect(lambda: self.move.emit(self, 1))
        self.remove_button.clicked.connect(lambda: self.remove.emit(self))

    def _fill_items(self, keep: str | None) -> None:
        cat = self.category.currentData()
        prefix = cat + "."
        items = [f.item for key, f in self.state.store.factors().items() if key.startswith(prefix)]
        if cat == Category.WASTE.value:  # Shanghai's four bins, in their order
            items = [i for _bin, kinds in ordered_bins(items) for i in kinds]
        if keep and keep not in items:
            items.append(keep)
        self.item.blockSignals(True)
        self.item.clear()
        for item in items:
            self.item.addItem(labels.item(item), item)
        self.item.setCurrentIndex(max(0, self.item.findData(keep)) if keep else 0)
        self.item.blockSignals(False)
        self._item_changed()

    def _item_changed(self) -> None:
        from greenlife.core.calc import quantity_unit

        f = self.state.store.factors().get(f"{self.category.currentData()}.{self.item.currentData()}")
        self.unit.setText(labels.unit(quantity_unit(f)) if f is not None else "")
        self.changed.emit()

    def set_number(self, n: int, of: int) -> None:
        """Names for screen readers and the arrows' state, after the rows moved."""
        self.number.setText(f"{n}.")
        self.number.setStyleSheet("font-weight: 600;")
        self.category.setAccessibleName(self.tr("Part %n: category", "", n))
        self.item.setAccessibleName(self.tr("Part %n: what", "", n))
        self.quantity.setAccessibleName(self.tr("Part %n: quantity", "", n))
        self.up_button.setAccessibleName(self.tr("Move part %n up", "", n))
        self.down_button.setAccessibleName(self.tr("Move part %n down", "", n))
        self.remove_button.setAccessibleName(self.tr("Remove part %n", "", n))
        self.up_button.setEnabled(n > 1)
        self.down_button.setEnabled(n < of)
        self.remove_button.setEnabled(of > 1)

    def focus_chain(self) -> list[QWidget]:
        return [self.category, self.item, self.quantity, self.up_button, self.down_button,
                self.remove_button]

    def leg(self, member_id: int) -> Leg | None:
        """The part as the core reads it, or None with the reason shown under the row."""
        self.error.hide()
        text = self.quantity.text().strip()
        try:
            d = self.state.store.draft(member_id, self.category.currentData(),
                                       self.item.currentData() or "", normalise_decimal(text),
                                       self.state.store.today())
        except ValidationError as exc:
            if text:  # an empty field is not an error yet
                self.error.setText(labels.error_text(exc))
                self.error.show()
            return None
        return Leg(Category(d.category), d.item, d.quantity, d.unit)


class UsualActionDialog(QDialog):
    """A usual action: its name, whose it is, and its parts in order."""

    saved = Signal(object)  # Template

    def __init__(self, state: AppState, template: Template | None = None, *,
                 member_id: int | None = None, extra_leg: Leg | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.template = template
        self.setWindowTitle(self.tr("New usual action") if template is None
                            else self.tr("Edit usual action"))
        self.name = QLineEdit(template.name if template is not None else "")
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("e.g. To school"))
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Member"))
        fill_members(self.member, state.store.members())
        owner = template.member_id if template is not None else member_id
        if owner is not None:
            self.member.setCurrentIndex(max(0, self.member.findData(owner)))
        # a usual action stays its member's: to give it to someone else, make a new one
        self.member.setEnabled(template is None)
        self.name_error = error_label()
        self.rows: list[LegRow] = []
        self.legs_box = QVBoxLayout()
        self.add_leg_button = QPushButton(self.tr("&Add a part"))
        self.add_leg_button.setToolTip(self.tr("Another part of the same trip or routine"))
        self.add_leg_button.clicked.connect(lambda: self.add_leg())
        self.why = QLabel()
        self.why.setObjectName("whyDisabled")
        self.why.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        name_wrap = QWidget()
        nv = QVBoxLayout(name_wrap)
        nv.setContentsMargins(0, 0, 0, 0)
        nv.addWidget(self.name)
        nv.addWidget(self.name_error)
        form.addRow(self.tr("Name"), name_wrap)
        form.labelForField(name_wrap).setBuddy(self.name)
        form.addRow(self.tr("Member"), self.member)
        parts = QLabel(self.tr("Parts, in order"))
        parts.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(parts)
        layout.addLayout(self.legs_box)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_leg_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        layout.addStretch(1)
        layout.addWidget(self.why)
        layout.addWidget(self.buttons)

        legs = list(template.legs) if template is not None else []
        if extra_leg is not None:
            legs.append(extra_leg)
        for leg in legs or [None]:
            self.add_leg(leg, validate=False)
        self.name.textChanged.connect(self.validate)
        self.member.currentIndexChanged.connect(self.validate)
        self.resize(760, 360)
        self.validate()

    # -- the parts ------------------------------------------------------------
    def add_leg(self, leg: Leg | None = None, *, validate: bool = True) -> LegRow:
        if leg is None and self.rows:  # a new part starts like the last one (a trip goes on)
            last = self.rows[-1]
            leg = Leg(Category(last.category.currentData()), last.item.currentData() or "", 0, "")
            row = LegRow(self.state, leg)
            row.quantity.clear()
        else:
            row = LegRow(self.state, leg)
        row.changed.connect(self.validate)
        row.move.connect(self.move_leg)
        row.remove.connect(self.remove_leg)
        self.rows.append(row)
        self._relayout()
        if validate:
            row.quantity.setFocus()
            self.validate()
        return row

    def move_leg(self, row: LegRow, step: int) -> None:
        i = self.rows.index(row)
        j = max(0, min(len(self.rows) - 1, i + step))
        self.rows.insert(j, self.rows.pop(i))
        self._relayout()
        pressed = row.up_button if step < 0 else row.down_button
        other = row.down_button if step < 0 else row.up_button
        (pressed if pressed.isEnabled() else other).setFocus()
        self.validate()

    def remove_leg(self, row: LegRow) -> None:
        if len(self.rows) <= 1:
            return
        i = self.rows.index(row)
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self._relayout()
        self.rows[min(i, len(self.rows) - 1)].quantity.setFocus()
        self.validate()

    def _relayout(self) -> None:
        for row in self.rows:
            self.legs_box.removeWidget(row)
        for n, row in enumerate(self.rows, 1):
            self.legs_box.addWidget(row)
            row.set_number(n, len(self.rows))
        chain: list[QWidget] = [self.name, self.member]
        for row in self.rows:
            chain += row.focus_chain()
        chain += [self.add_leg_button, self.save_button, self.cancel_button]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    # -- checking and saving -------------------------------------------------
    def legs(self) -> list[Leg] | None:
        member_id = self.member.currentData()
        if member_id is None:
            return None
        legs = [row.leg(member_id) for row in self.rows]
        return None if any(g is None for g in legs) else legs  # type: ignore[return-value]

    def validate(self) -> bool:
        self.name_error.hide()
        if self.member.currentData() is None:
            return self._refuse(self.tr("Add a household member in Settings first."))
        legs = self.legs()
        if not self.name.text().strip():
            return self._refuse(self.tr("Give the usual action a name."), quiet=True)
        if legs is None:
            missing = [n for n, r in enumerate(self.rows, 1) if not r.quantity.text().strip()]
            if missing and all(r.error.isHidden() for r in self.rows):
                return self._refuse(self.tr("Enter how much for part %n.", "", missing[0]),
                                    quiet=True)
            return self._refuse(self.tr("Can't save yet: correct the part marked in red."))
        self.save_button.setEnabled(True)
        self.save_button.setToolTip("")
        self.why.setText(self.tr("Logged in one click as %n entries.", "", len(legs)))
        return True

    def _refuse(self, reason: str, *, quiet: bool = False) -> bool:
        self.save_button.setEnabled(False)
        self.save_button.setToolTip(reason)
        self.why.setText(reason)
        self.why.setProperty("tone", "muted" if quiet else "error")
        return False

    def accept(self) -> None:
        legs = self.legs()
        if not self.validate() or legs is None:
            return
        name = self.name.text().strip()
        try:
            if self.template is None:
                t = self.state.add_template(self.member.currentData(), name, legs,
                                            self.tr("Add usual action {name}").format(name=name))
            else:
                t = self.state.edit_template(self.template.id, name, legs,
                                             self.tr("Edit usual action {name}").format(
                                                 name=self.template.name))
        except ValidationError as exc:
            for err in exc.errors:
                if err.field == "name":
                    self.name_error.setText(labels.error_text(err))
                    self.name_error.show()
            self._refuse(labels.error_text(exc).replace("\n", "; "))
            return
        except GreenlifeError as exc:  # a full disk, a read-only file: the dialog stays open
            self._refuse(labels.error_text(exc))
            return
        self.template = t
        self.saved.emit(t)
        super().accept()
