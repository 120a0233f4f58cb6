"""Badges: earned ones in colour with the date, locked ones greyed with their progress."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from greenlife.core.badges import Status
from greenlife.ui import labels
from greenlife.ui.i18n_names import pick, pick_unit
from greenlife.ui.pages.base import Page
from greenlife.ui.state import AppState
from greenlife.ui.widgets.common import field_label, fill_members

_ICONS: dict[str, QIcon] = {}


def badge_icon(name: str) -> QIcon:
    if name not in _ICONS:
        svg = resources.files("greenlife.resources").joinpath("badges", f"{name}.svg")
        with resources.as_file(svg) as path:
            _ICONS[name] = QIcon(str(path))
    return _ICONS[name]


class BadgesPage(Page):
    shows = frozenset({"badges", "members", "ledger"})

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Whose badges"))
        self.summary = QLabel()
        self.summary.setObjectName("badgesSummary")
        self.list = QListWidget()
        self.list.setObjectName("badgesList")
        self.list.setAccessibleName(self.tr("Badges"))
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(56, 56))
        self.list.setGridSize(QSize(190, 150))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(field_label(self.tr("Badges of"), self.who))
        top.addWidget(self.who)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self.who.currentIndexChanged.connect(lambda _i: self.refresh())
        self.wide = False  # a wide window: bigger badges, with what each one asks for

    WIDE = 1300  # page width from which the badges grow (a full HD window is about 1750)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= self.WIDE
        if wide != self.wide:
            self.wide = wide
            self._apply_size()
            if self.isVisible():
                self.refresh()
            else:
                self._dirty = True

    def _apply_size(self) -> None:
        side = self.icon_side()
        self.list.setIconSize(QSize(side, side))
        self.list.setGridSize(QSize(250, 250) if self.wide else QSize(190, 150))

    def icon_side(self) -> int:
        return 96 if self.wide else 56

    def title(self) -> str:
        return self.tr("Badges")

    def refresh(self) -> None:
        store = self.state.store
        fill_members(self.who, store.members(include_archived=True), household=self.tr("Household"))
        member = self.who.currentData()
        statuses = store.badge_statuses(member)
        stored = {(b.badge.id, b.tier): b.earned_on for b in store.earned_badges(member)}
        self.list.clear()
        earned = 0
        for st in sorted(statuses, key=lambda s: (not s.earned, s.badge.category, s.badge.id)):
            on = stored.get((st.badge.id, st.tier.name), st.earned_on)
            earned += st.earned
            self.list.addItem(self._item(st, on))
        self.summary.setText(self.tr("{earned} of {total} earned").format(earned=earned, total=len(statuses)))

    def _item(self, st: Status, earned_on) -> QListWidgetItem:
        name = pick(st.badge.name)
        if st.tier.name:
            name += f" · {labels.tier(st.tier.name)}"
        if st.earned:
            state = self.tr("Earned {date}").format(date=labels.date(earned_on))
        else:
            state = self.tr("{current} of {target} {unit}").format(
                current=labels.number(st.progress, 0 if st.progress == int(st.progress) else 1),
                target=labels.number(st.tier.target, 0), unit=pick_unit(st.badge.unit, st.tier.target))
        icon = badge_icon(st.badge.icon)
        side = self.icon_side()
        if not st.earned:
            icon = QIcon(icon.pixmap(side, side, QIcon.Mode.Disabled))
        text = f"{name}\n{state}"
        if self.wide:
            text += "\n" + pick(st.badge.description)
        item = QListWidgetItem(icon, text)
        item.setToolTip(pick(st.badge.description))
        item.setData(Qt.ItemDataRole.UserRole, f"{st.badge.id}:{st.tier.name}")
        item.setData(Qt.ItemDataRole.UserRole + 1, st.earned)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}: {state}")
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        if not st.earned:  # greyed, and still readable (the palette's disabled text is not)
            from greenlife.ui.theme import tones

            item.setForeground(tones(self.palette())["muted"])
        return item
