"""Add or edit a factor; optionally recalculate past entries with it."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from greenlife.core.errors import FieldError, ValidationError
from greenlife.core.factors import UNITS
from greenlife.core.models import Factor, Kind
from greenlife.core.validation import FACTOR_VALUE, parse_number
from greenlife.ui import labels


class FactorDialog(QDialog):
    """``factor`` is the result; ``recalculate`` says whether past entries should follow."""

    def __init__(self, factor: Factor | None, set_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit factor") if factor else self.tr("Add factor"))
        self.setMinimumWidth(520)
        self.original = factor
        self.set_id = set_id
        self.factor: Factor | None = None
        self.key = QLineEdit(factor.key if factor else "commute.")
        self.key.setReadOnly(factor is not None)
        self.key.setAccessibleName(self.tr("Key"))
        self.value = QLineEdit(f"{factor.value:g}" if factor else "")
        self.value.setAccessibleName(self.tr("Value"))
        self.unit = QComboBox()
        self.unit.addItems(list(UNITS))
        if factor:
            self.unit.setCurrentText(factor.unit)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("reduction (adds points)"), Kind.REDUCTION.value)
        self.kind.addItem(self.tr("emission (removes points)"), Kind.EMISSION.value)
        if factor and factor.kind is Kind.EMISSION:
            self.kind.setCurrentIndex(1)
        self.source = QLineEdit(factor.source if factor else "")
        self.source.setAccessibleName(self.tr("Source"))
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(factor.year if factor and factor.year else 2025)
        self.recalc = QCheckBox(self.tr("Also recalculate past entries that used this factor"))
        self.recalc.setToolTip(self.tr("Unchecked: past entries keep the value they were logged "
                                       "with; only new entries use the new value."))
        self.error = QLabel()
        self.error.setProperty("tone", "error")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Key"), self.key)
        if factor:
            form.addRow(self.tr("Item"), QLabel(labels.item(factor.item)))
        form.addRow(self.tr("Value"), self.value)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Year"), self.year)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if factor and factor.note:
            from PySide6.QtCore import QCoreApplication

            note = QLabel(QCoreApplication.translate("FactorNotes", factor.note))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.recalc)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        value, err = parse_number(self.value.text(), FACTOR_VALUE, self.unit.currentText())
        if err:
            self.error.setText(labels.error_text(err))
            return
        if not self.source.text().strip():
            self.error.setText(labels.error_text(ValidationError([FieldError(
                "source", "{field}: say where the value comes from, or 'Assumption: ...'")])))
            return
        base = self.original or Factor(self.key.text().strip(), 0, self.unit.currentText(),
                                       Kind.REDUCTION, "", None, set_id=self.set_id)
        self.factor = dataclasses.replace(
            base, value=float(value), unit=self.unit.currentText(),  # type: ignore[arg-type]
            kind=Kind(self.kind.currentData()), source=self.source.text().strip(),
            year=self.year.value(), set_id=self.set_id)
        self.accept()

    @property
    def recalculate(self) -> bool:
        return self.recalc.isChecked()
