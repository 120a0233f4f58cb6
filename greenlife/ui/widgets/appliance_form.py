"""Register an efficient appliance: type, label grade, kWh/year, in use from/to, a label of
its own; or correct one (``editing``: its member and type stay, its lines are posted again)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from greenlife.core import calc
from greenlife.core.errors import GreenlifeError, ValidationError
from greenlife.core.factors import APPLIANCE_TYPES, APPLIANCES, GRID_KEY, typical_kwh_year
from greenlife.core.models import Appliance
from greenlife.core.validation import Limit, parse_number
from greenlife.ui import labels
from greenlife.ui.state import AppState
from greenlife.ui.widgets.common import (
    date_edit,
    error_label,
    fill_members,
    normalise_decimal,
    show_error,
    to_date,
    to_qdate,
)


class ApplianceForm(QWidget):
    saved = Signal(object)

    def __init__(self, state: AppState, parent: QWidget | None = None, *,
                 editing: Appliance | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.editing = editing
        today = state.store.today()
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Member"))
        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("Appliance type"))
        for t in APPLIANCE_TYPES:
            self.type.addItem(labels.appliance(t.key), t.key)
        self.grade = QSpinBox()
        self.grade.setRange(1, 5)
        self.grade.setValue(1)
        self.grade.setAccessibleName(self.tr("Energy-label grade"))
        self.kwh = QLineEdit()
        self.kwh.setAccessibleName(self.tr("kWh per year from the label"))
        self.kwh_error = error_label()
        self.start = date_edit(today)
        self.start.setAccessibleName(self.tr("In use from"))
        self.has_end = QCheckBox(self.tr("No longer in use since"))
        self.end = date_edit(today)
        self.end.setMaximumDate(self.end.maximumDate().addYears(50))
        self.end.setEnabled(False)
        self.end.setAccessibleName(self.tr("No longer in use since"))
        self.label = QLineEdit()
        self.label.setAccessibleName(self.tr("Label"))
        self.label.setPlaceholderText(self.tr("optional, e.g. living room"))
        self.baseline = QLabel()
        self.baseline.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save appliance") if editing is None
                                       else self.tr("&Save changes"))
        self.save_button.setDefault(True)

        form = QFormLayout()
        form.addRow(self.tr("Member"), self.member)
        form.addRow(self.tr("Appliance"), self.type)
        form.addRow(self.tr("Energy-label grade (1 best)"), self.grade)
        krow = QHBoxLayout()
        krow.addWidget(self.kwh, 1)
        krow.addWidget(QLabel(self.tr("kWh/year")))
        kwrap = QWidget()
        kv = QVBoxLayout(kwrap)
        kv.setContentsMargins(0, 0, 0, 0)
        kv.addLayout(krow)
        kv.addWidget(self.kwh_error)
        form.addRow(self.tr("Label consumption"), kwrap)
        form.addRow(self.tr("In use from"), self.start)
        erow = QHBoxLayout()
        erow.addWidget(self.has_end)
        erow.addWidget(self.end, 1)
        form.addRow("", erow)
        form.addRow(self.tr("Label"), self.label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.preview, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.baseline)
        layout.addLayout(bottom)
        layout.addWidget(self.why)
        layout.addStretch(1)

        self.reload_choices()
        self.type.currentIndexChanged.connect(self._typical)
        self.grade.valueChanged.connect(self._typical)
        self.kwh.textChanged.connect(self.validate)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.kwh.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        if editing is None:
            self._typical()
        else:
            self._load(editing)

    def _load(self, a: Appliance) -> None:
        """The appliance as saved; its member and type stay (a new appliance otherwise)."""
        fill_members(self.member, [self.state.store.member(a.member_id)])
        self.member.setCurrentIndex(max(0, self.member.findData(a.member_id)))
        self.type.blockSignals(True)
        self.grade.blockSignals(True)
        self.type.setCurrentIndex(max(0, self.type.findData(a.type)))
        self.grade.setValue(a.grade)
        self.type.blockSignals(False)
        self.grade.blockSignals(False)
        self.member.setEnabled(False)
        self.type.setEnabled(False)
        self._typical()
        self.kwh.setText(f"{a.kwh_year:g}")
        self.start.setDate(to_qdate(a.in_use_from))
        self.has_end.setChecked(a.in_use_to is not None)
        if a.in_use_to is not None:
            self.end.setDate(to_qdate(a.in_use_to))
        self.label.setText(a.label)

    def reload_choices(self) -> None:
        if self.editing is None:
            fill_members(self.member, self.state.store.members())

    def _typical(self) -> None:
        self.kwh.setText(f"{typical_kwh_year(self.type.currentData(), self.grade.value()):g}")
        kind = APPLIANCES[self.type.currentData()]
        self.baseline.setText(self.tr(
            "Baseline: a grade-3 model, {kwh:g} kWh/year. Enter the figure printed on your "
            "model's China energy label. {source}").format(kwh=kind.baseline_kwh_year,
                                                          source=labels.factor_note(kind.source)))
        self.validate()

    def validate(self) -> bool:
        value, err = parse_number(normalise_decimal(self.kwh.text()), Limit("kwh_year", 1, 20000), "kWh/year")
        if err:
            self.kwh_error.setText(labels.error_text(err))
            self.kwh_error.show()
            self.preview.clear()
            self.save_button.setEnabled(False)
            reason = self.tr("Can't save yet: {reason}").format(reason=labels.error_text(err))
            self.save_button.setToolTip(reason)
            self.why.setText(reason)
            return False
        self.kwh_error.hide()
        grid = self.state.store.factors()[GRID_KEY]
        per_day = calc.appliance_grams_per_day(
            APPLIANCES[self.type.currentData()].baseline_kwh_year, float(value), grid)  # type: ignore[arg-type]
        self.preview.setText(self.tr("{points} points per day").format(
            points=labels.points(calc.line_points(per_day), signed=True)))
        self.save_button.setEnabled(self.member.currentData() is not None)
        self.save_button.setToolTip("")
        self.why.clear()
        return True

    def confirm_back_dated(self, plan) -> bool:
        """A start date in the past credits every day since at once: say how much, and ask."""
        from PySide6.QtWidgets import QMessageBox

        text = self.tr("In use since {date}: this adds {points} points for %n days now, then "
                       "{per_day} a day.", "", plan.days).format(
            date=labels.date(to_date(self.start.date())), points=labels.points(plan.points, signed=True),
            per_day=labels.points(plan.points_per_day, signed=True))
        answer = QMessageBox.question(
            self, self.tr("Add an appliance in use since a past date?"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_another(self, existing) -> bool:  # type: ignore[no-untyped-def]
        """Measured: a second click on Save silently added a second air conditioner."""
        from PySide6.QtWidgets import QMessageBox

        text = self.tr("{name} already has {what} (grade {grade}) in use since {date}. Add "
                       "another one?").format(
            name=existing.member_name, what=labels.appliance(existing.type),
            grade=existing.grade, date=labels.date(existing.in_use_from))
        answer = QMessageBox.question(
            self, self.tr("Add another appliance?"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def save(self) -> None:
        if not self.validate():
            return
        if self.editing is not None:
            self.save_changes()
            return
        args = (self.member.currentData(), self.type.currentData(), self.grade.value(),
                normalise_decimal(self.kwh.text()), to_date(self.start.date()),
                to_date(self.end.date()) if self.has_end.isChecked() else None,
                self.label.text())
        same = [a for a in self.state.store.appliances(args[0])
                if a.type == args[1] and a.in_use_to is None]
        if same and not self.confirm_another(same[0]):
            return
        try:
            plan = self.state.store.appliance_preview(*args)
            if plan.days > 1 and not self.confirm_back_dated(plan):
                return
            appliance = self.state.add_appliance(
                self.tr("Add {what}").format(what=labels.appliance(self.type.currentData())), *args)
        except (ValidationError, GreenlifeError) as exc:
            show_error(self, exc)
            return
        self.why.setText(self.tr("Saved: {what}, grade {grade}").format(
            what=labels.appliance(appliance.type), grade=appliance.grade))
        self.label.clear()
        self.saved.emit(appliance)

    def save_changes(self) -> None:
        """Correct the appliance; when that would uncover a redeemed reward, ask first."""
        from greenlife.core.ledger import OverspendError
        from greenlife.ui.widgets.common import confirm_overspend

        a = self.editing
        assert a is not None
        text = self.tr("Edit {what} of {name}").format(what=labels.appliance(a.type),
                                                        name=a.member_name)
        changes = dict(grade=self.grade.value(), kwh_year=normalise_decimal(self.kwh.text()),
                       in_use_from=to_date(self.start.date()),
                       in_use_to=to_date(self.end.date()) if self.has_end.isChecked() else None,
                       label=self.label.text())
        try:
            try:
                after = self.state.edit_appliance(a.id, text, **changes)
            except OverspendError as exc:
                if not confirm_overspend(self, exc):
                    return
                after = self.state.edit_appliance(a.id, text, confirm=True, **changes)
        except GreenlifeError as exc:  # refused: the form keeps what was typed
            self.why.setText(labels.error_text(exc).replace("\n", "; "))
            show_error(self, exc)
            return
        self.editing = after
        self.saved.emit(after)
