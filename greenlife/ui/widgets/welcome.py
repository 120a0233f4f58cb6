"""First run: create my household, or try a demo household."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from greenlife.core.goals_hint import suggest as suggest_goals
from greenlife.core.validation import check_name
from greenlife.store.members import PALETTE
from greenlife.ui import labels


class WelcomeDialog(QDialog):
    """Result: ``choice`` is "demo" or "create"; for "create", ``family`` and ``members``."""

    MAX_MEMBERS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to GreenLife"))
        self.setMinimumWidth(520)
        self.choice = ""
        self.family = ""
        self.members: list[tuple[str, str]] = []
        # suggested weekly goals: (household, each member's, in the order of ``members``)
        self.goals: tuple[int, list[int]] = (0, [])
        self.pages = QStackedWidget()
        self.pages.addWidget(self._intro())
        self.pages.addWidget(self._create())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _intro(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("绿色生活碳账本 · GreenLife"))
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        text = QLabel(self.tr(
            "Keep a carbon book for your household: log commutes, waste sorting, food and "
            "efficient appliances; every gram of CO2 avoided is one point. Everything stays "
            "on this computer."))
        text.setWordWrap(True)
        create = QPushButton(self.tr("&Create my household"))
        create.setDefault(True)
        demo = QPushButton(self.tr("&Try a demo household"))
        demo.setToolTip(self.tr("Four members and a year of varied entries ending today"))
        create.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        demo.clicked.connect(self._demo)
        v = QVBoxLayout(page)
        v.addWidget(title)
        v.addWidget(text)
        v.addSpacing(12)
        v.addWidget(create)
        v.addWidget(demo)
        return page

    def _create(self) -> QWidget:
        page = QWidget()
        self.family_edit = QLineEdit()
        self.family_edit.setPlaceholderText(self.tr("e.g. 杨家"))
        self.family_edit.setAccessibleName(self.tr("Family name"))
        form = QFormLayout()
        form.addRow(self.tr("Family name"), self.family_edit)
        self.rows: list[tuple[QLineEdit, QPushButton]] = []
        self.group_boxes: list[QComboBox] = []
        self.goal_hint = QLabel()
        self.goal_hint.setObjectName("goalHint")
        self.goal_hint.setWordWrap(True)
        self.rows_box = QVBoxLayout()
        add = QPushButton(self.tr("Add a member"))
        add.clicked.connect(self._add_row)
        self.error = QLabel()
        self.error.setProperty("tone", "error")
        self.error.setWordWrap(True)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.done_button = QPushButton(self.tr("Start"))
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self._finish)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        v = QVBoxLayout(page)
        v.addLayout(form)
        v.addWidget(QLabel(self.tr("Members (each gets a colour for the charts)")))
        v.addLayout(self.rows_box)
        v.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        v.addWidget(self.goal_hint)
        v.addWidget(self.error)
        v.addStretch(1)
        v.addLayout(buttons)
        self._add_row()
        self._add_row()
        return page

    def _add_row(self) -> None:
        if len(self.rows) >= self.MAX_MEMBERS:
            return
        name = QLineEdit()
        name.setPlaceholderText(self.tr("Name, e.g. 杨女士"))
        name.setAccessibleName(self.tr("Member name {n}").format(n=len(self.rows) + 1))
        colour = QPushButton()
        colour.setAccessibleName(self.tr("Member colour {n}").format(n=len(self.rows) + 1))
        colour.setProperty("colour", PALETTE[len(self.rows) % len(PALETTE)])
        colour.setStyleSheet(f"background: {colour.property('colour')}; min-width: 40px;")
        colour.clicked.connect(lambda _=False, b=colour: self._pick(b))
        group = QComboBox()
        group.setAccessibleName(self.tr("Member {n} is a").format(n=len(self.rows) + 1))
        for key, text in (("adult", self.tr("Adult")), ("child", self.tr("Child")),
                          ("senior", self.tr("Senior"))):
            group.addItem(text, key)
        row = QHBoxLayout()
        row.addWidget(name, 1)
        row.addWidget(group)
        row.addWidget(colour)
        self.rows_box.addLayout(row)
        self.rows.append((name, colour))
        self.group_boxes.append(group)
        name.textChanged.connect(self._suggest)
        group.currentIndexChanged.connect(self._suggest)
        self._suggest()

    def _named(self) -> list[tuple[str, str]]:
        """(name, group) of the rows with a name."""
        return [(e.text().strip(), g.currentData())
                for (e, _c), g in zip(self.rows, self.group_boxes, strict=True) if e.text().strip()]

    def _suggest(self) -> None:
        """A first weekly goal from who is in the family (child, adult, senior)."""
        named = self._named()
        household, each = suggest_goals([g for _n, g in named])
        self.goals = (household, each)
        if not named:
            self.goal_hint.setText("")
            return
        self.goal_hint.setText(self.tr(
            "Suggested weekly goal: {points} points for the household ({each}), from what a "
            "child, an adult or a senior typically saves; change it any time in Settings.").format(
            points=labels.points(household),
            each=" · ".join(f"{n} {labels.points(p)}" for (n, _g), p in zip(named, each,
                                                                            strict=True))))

    def _pick(self, button: QPushButton) -> None:
        c = QColorDialog.getColor(QColor(button.property("colour")), self)
        if c.isValid():
            button.setProperty("colour", c.name().upper())
            button.setStyleSheet(f"background: {c.name()}; min-width: 40px;")

    def _demo(self) -> None:
        self.choice = "demo"
        self.accept()

    def _finish(self) -> None:
        members = []
        seen = set()
        for name_edit, colour in self.rows:
            text = name_edit.text().strip()
            if not text:
                continue
            name, err = check_name(text)
            if err:
                self.error.setText(labels.error_text(err))
                return
            if name in seen:
                self.error.setText(self.tr("Two members are called {name}; give each a different "
                                           "name.").format(name=name))
                return
            seen.add(name)
            members.append((name, colour.property("colour")))
        if not members:
            self.error.setText(self.tr("Enter at least one member's name."))
            return
        self.choice = "create"
        self.family = self.family_edit.text().strip()
        self.members = members
        self.accept()
