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
    the room left (up to ``max_stretch``; beyond that every column gets a share, so a wide
    window does not leave a gulf between the text and the numbers), ``optional`` columns hidden
    (in that order) while the others would not fit."""

    def __init__(self, view: QTableView, samples: dict[int, Sequence[str]], stretch: int, *,
                 icons: Iterable[int] = (), optional: Sequence[int] = (), min_stretch: int = 160,
                 max_stretch: int = 420) -> None:
        super().__init__(view)
        self.view = view
        self.samples = samples
        self.stretch = stretch
        self.icons = set(icons)
        self.optional = list(optional)
        self.min_stretch = min_stretch
        self.max_stretch = max_stretch
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
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
        shown_cols = [c for c in sorted(widths) if c not in hidden]
        fixed = sum(widths[c] for c in shown_cols if c != self.stretch)
        room = available - fixed
        final = {c: widths[c] for c in shown_cols}
        if room <= self.max_stretch:
            final[self.stretch] = max(self.min_stretch, room)
        else:  # a wide window: the stretching column up to its cap, the rest shared by all
            final[self.stretch] = self.max_stretch
            extra = room - self.max_stretch
            share = extra // len(shown_cols)
            for c in shown_cols:
                final[c] += share
            final[shown_cols[-1]] += extra - share * len(shown_cols)
        header = self.view.horizontalHeader()
        for col in widths:
            self.view.setColumnHidden(col, col in hidden)
        for col, w in final.items():
            if header.sectionSize(col) != w:
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
