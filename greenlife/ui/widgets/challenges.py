"""Family challenges on Home: their wording, and the dialog that starts one (picked from a
list, or made up: a kind and a target)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from greenlife.core.challenges import KINDS, MAX_DAYS, PRESETS, Challenge, Progress
from greenlife.ui import labels


class Challenges(QObject):
    """The wording of challenges (a QObject so that lupdate sees the plurals)."""

    def kind_name(self, kind: str) -> str:
        return {
            "walk_km": self.tr("Walk together (km)"),
            "bike_km": self.tr("Cycle together (km)"),
            "clean_plates": self.tr("Clean-plate meals"),
            "sorted_kg": self.tr("Sort waste (kg)"),
            "no_food_waste": self.tr("No food thrown away (days)"),
        }.get(kind, kind)

    def title(self, kind: str, target: float, days: int) -> str:
        t = labels.quantity(target)
        whole = int(target)
        if kind == "walk_km":
            text = self.tr("The family walks {target} km in %n days", "", days)
        elif kind == "bike_km":
            text = self.tr("The family cycles {target} km in %n days", "", days)
        elif kind == "clean_plates":
            text = self.tr("{target} clean-plate meals in %n days", "", days)
        elif kind == "sorted_kg":
            text = self.tr("Sort {target} kg of waste in %n days", "", days)
        else:
            text = self.tr("No food thrown away for %n days", "", whole)
        return text.format(target=t)

    def progress(self, p: Progress) -> str:
        kind = KINDS[p.challenge.kind]
        target = labels.quantity(p.challenge.target)
        value = int(p.value)
        if kind.measure == "days_without":
            text = self.tr("%n of {target} days", "", value).format(target=target)
        else:
            text = self.tr("{value} of {target} {unit}").format(
                value=labels.quantity(round(p.value, 1)), target=target,
                unit=labels.unit(kind.unit))
        if p.done_on is not None:
            text = self.tr("Done on {date}! {progress}").format(date=labels.date(p.done_on),
                                                               progress=text)
        return text


_WORDING: list[Challenges] = []


def _wording() -> Challenges:
    if not _WORDING:
        _WORDING.append(Challenges())
    return _WORDING[0]


def kind_name(kind: str) -> str:
    return _wording().kind_name(kind)


def title(kind: str, target: float, days: int, name: str = "") -> str:
    """The challenge as the family reads it: 'The family walks 10 km in 7 days'."""
    return name or _wording().title(kind, target, days)


def challenge_title(ch: Challenge) -> str:
    return title(ch.kind, ch.target, ch.days, ch.name)


def progress_text(p: Progress) -> str:
    return _wording().progress(p)


class StartChallengeDialog(QDialog):
    """Pick a challenge from the list or make one up; ``values()`` gives what to start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a family challenge"))
        self.preset = QComboBox()
        for kind, target, days in PRESETS:
            self.preset.addItem(title(kind, target, days), (kind, target, days))
        self.preset.addItem(self.tr("Make up our own…"), None)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.target = QDoubleSpinBox()
        self.target.setRange(1, 100_000)
        self.target.setDecimals(1)
        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.name = QLineEdit()
        self.name.setMaxLength(80)
        self.name.setPlaceholderText(self.tr("Optional: your own words for it"))
        form = QFormLayout()
        rows = ((self.tr("&Challenge"), self.preset), (self.tr("&Kind"), self.kind),
                (self.tr("&Target"), self.target), (self.tr("&Days"), self.days),
                (self.tr("&Name"), self.name))
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
            field.setAccessibleName(text.replace("&", ""))
        self.note = QLabel(self.tr("At most two challenges run at a time. Progress counts what "
                                   "the whole family logs from today."))
        self.note.setWordWrap(True)
        self.note.setProperty("tone", "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self._preset_chosen()

    def _preset_chosen(self, *_a: object) -> None:
        data = self.preset.currentData()
        own = data is None
        for w in (self.kind, self.target, self.days):
            w.setEnabled(own)
        if data is not None:
            kind, target, days = data
            self.kind.setCurrentIndex(self.kind.findData(kind))
            self.target.setValue(target)
            self.days.setValue(days)
        self._kind_chosen()

    def _kind_chosen(self, *_a: object) -> None:
        whole = KINDS[self.kind.currentData()].measure == "days_without"
        self.target.setDecimals(0 if whole else 1)
        self.days.setEnabled(self.kind.isEnabled() and not whole)
        if whole:
            self.days.setValue(int(self.target.value()))

    def values(self) -> tuple[str, float, int, str]:
        return (self.kind.currentData(), self.target.value(), self.days.value(),
                self.name.text().strip())
