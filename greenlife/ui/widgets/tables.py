"""Table columns that fit the window: each column as wide as its header and a typical value, one
column that stretches into what is left, and columns that step aside when the window is narrow,
so the points column is never behind a horizontal scrollbar."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

PADDING = 18  # the cell's margins and a sort indicator's room
ICON = 24  # a decoration (category icon, avatar) and its gap


def text_width(view: QTableView, texts: Iterable[str], *, header: bool = False) -> int:
    fm = (view.horizontalHeader() if header else view).fontMetrics()
    return max((fm.horizontalAdvance(t) for t in texts), default=0)


class ColumnFitter(QObject):
    """Keeps ``view``'s columns fitted: ``samples[col]`` are typical texts of that column (the
    widest is used), ``icons`` the columns with a decoration, ``stretch`` the column that takes
    the rest, ``optional`` columns hidden (in that order) while the others would not fit."""

    def __init__(self, view: QTableView, samples: dict[int, Sequence[str]], stretch: int, *,
                 icons: Iterable[int] = (), optional: Sequence[int] = (), min_stretch: int = 160) -> None:
        super().__init__(view)
        self.view = view
        self.samples = samples
        self.stretch = stretch
        self.icons = set(icons)
        self.optional = list(optional)
        self.min_stretch = min_stretch
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.viewport().installEventFilter(self)
        self.fit()

    def widths(self) -> dict[int, int]:
        model = self.view.model()
        out = {}
        for col, texts in self.samples.items():
            title = str(model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
            w = max(text_width(self.view, texts), text_width(self.view, [title], header=True))
            out[col] = w + PADDING + (ICON if col in self.icons else 0)
        return out

    def fit(self) -> None:
        widths = self.widths()
        available = self.view.viewport().width()
        hidden: set[int] = set()
        for col in self.optional:
            shown = sum(w for c, w in widths.items() if c not in hidden and c != self.stretch)
            if shown + self.min_stretch <= available:
                break
            hidden.add(col)
        header = self.view.horizontalHeader()
        for col, w in widths.items():
            if col == self.stretch:
                continue
            self.view.setColumnHidden(col, col in hidden)
            if header.sectionSize(col) != w and col not in hidden:
                header.resizeSection(col, w)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def column_fully_visible(view: QTableView, col: int) -> bool:
    """The whole column is inside the viewport, with no horizontal scrolling needed."""
    header = view.horizontalHeader()
    left = header.sectionViewportPosition(col)
    return (not view.isColumnHidden(col) and left >= 0
            and left + header.sectionSize(col) <= view.viewport().width()
            and view.horizontalScrollBar().maximum() == 0)
