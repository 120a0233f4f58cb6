"""A QWidget owning a FigureCanvasQTAgg(Figure()); the series are computed elsewhere.

Importing this module imports matplotlib, so pages import it when the first
chart is needed, not at start-up.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from greenlife.reports.style import DARK, LIGHT, Theme, configure_fonts


def current_theme() -> Theme:
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < 128 else LIGHT


def _shape(ax: Any) -> tuple[object, ...]:
    """What the height of the texts under an axes depends on (not the dates in them)."""
    texts = [t for t in ax.get_xticklabels() if t.get_text()] + [ax.xaxis.label]
    shape = []
    for t in texts:
        text = t.get_text()
        turned = t.get_rotation() % 180 != 0
        shape.append((text.count("\n"), text.isascii(), t.get_fontsize(), t.get_rotation(),
                      len(text) if turned else 0, bool(text)))
    return tuple(sorted(set(shape), key=repr))


class ChartWidget(QWidget):
    def __init__(self, name: str, *, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        configure_fonts()
        self.setObjectName(name)
        self.figure = Figure(figsize=(5, 3) if not compact else (4, 2.2), dpi=100)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self._margins: dict[tuple[object, ...], float] = {}  # the room below the axes, by layout
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(180 if compact else 240)
        self.title = QLabel()
        self.title.setObjectName("chartTitle")
        self.title.setStyleSheet("font-weight: 600;")
        self.caption = QLabel()
        self.caption.setObjectName("chartCaption")
        self.caption.setStyleSheet("font-size: 8pt;")
        self.summary = QLabel()
        self.summary.setObjectName("chartSummary")
        self.summary.setWordWrap(True)
        self.summary.setVisible(not compact)
        self.save_button = QToolButton()
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save this chart as PNG or SVG"))
        self.save_button.clicked.connect(lambda: self.save())
        self.legend = QLabel()
        self.legend.setObjectName("chartLegend")
        self.legend.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.caption)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.legend)
        layout.addLayout(bottom)
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("resize_event", lambda _e: self._fit_margins())

    def show_chart(self, draw: Callable[[Figure, Theme], None], summary: str, title: str = "",
                   caption: str = "") -> None:
        """Draw with the current theme; title, axis caption and legend are Qt labels, and a
        text summary serves screen readers."""
        self._last = (draw, summary, title, caption)
        draw(self.figure, current_theme())
        self._localise_numbers()
        self._fill_legend()
        self.title.setText(title)
        self.caption.setText(caption)
        self.summary.setText(summary)
        self.setAccessibleName(title)
        self.save_button.setAccessibleName(self.tr("Save the chart {title}…").format(title=title))
        self.canvas.setAccessibleName(self.accessibleName())
        self.canvas.setAccessibleDescription(summary)
        self._fit_margins()
        self.canvas.draw_idle()

    def _fit_margins(self) -> None:
        """Room below the axes for the tick labels (two lines under a week's days) at any
        height: a fixed fraction cuts them off in a short chart and wastes space in a tall one."""
        if not self.figure.axes:
            return
        height = self.figure.get_figheight() * self.figure.dpi
        if height < 50:
            return
        # what the room depends on: the size and the shape of the texts under the axes (how
        # many lines, Chinese or not, turned or not). A Save or another week redraws the
        # same shape with new bars and dates, and measuring the texts again costs 15 ms
        key = (self.figure.get_size_inches().tobytes(), self.figure.dpi,
               tuple(_shape(ax) for ax in self.figure.axes))
        bottom = self._margins.get(key)
        if bottom is None:
            try:
                renderer = self.canvas.get_renderer()
                lowest = min(ax.get_tightbbox(renderer).y0 for ax in self.figure.axes)
            except Exception:  # no renderer yet (never shown): the drawing's own margins stay
                return
            pad = 4 * self.figure.dpi / 72
            bottom = self.figure.subplotpars.bottom - (lowest - pad) / height
            bottom = min(0.45, max(0.04, bottom))
            if len(self._margins) > 64:
                self._margins.clear()
            self._margins[key] = bottom
        if abs(bottom - self.figure.subplotpars.bottom) > 0.002:
            self.figure.subplots_adjust(bottom=bottom)

    def changeEvent(self, event) -> None:
        """Light/dark switched: redraw with the new theme (the colours come from the palette)."""
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_last", None):
            self.show_chart(*self._last)
        super().changeEvent(event)

    def _localise_numbers(self) -> None:
        """Tick and bar labels through the locale: 18万 in Chinese, not 180k."""
        import re

        from matplotlib.ticker import FuncFormatter

        from greenlife.ui import labels

        for ax in self.figure.axes:
            ax.yaxis.set_major_formatter(FuncFormatter(
                lambda v, _p, ax=ax: labels.compact(v, max(abs(x) for x in ax.get_ylim()))))
            for text in ax.texts:
                raw = text.get_text()
                if re.fullmatch(r"-?[\d,]+k?", raw):
                    value = float(raw.rstrip("k").replace(",", "")) * (1000 if raw.endswith("k") else 1)
                    text.set_text(labels.compact(value))

    def _fill_legend(self) -> None:
        """A Qt legend under the canvas: cheaper to redraw than matplotlib's, wraps instead
        of clipping, and is read by screen readers. Emissions are marked ▨, lines ┅."""
        from greenlife.reports.charts import legend_entries

        entries = legend_entries(self.figure) if self.figure.axes else []
        symbol = {"bar": "■", "hatched": "▨", "line": "┅"}
        self.legend.setText("&nbsp;&nbsp; ".join(
            f'<span style="color:{colour}; font-size:13pt">{symbol[style]}</span>&nbsp;{html.escape(name)}'
            for colour, name, style in entries))

    def _hover(self, event) -> None:
        if not self.figure.axes or event.inaxes is None:
            return
        for patch in event.inaxes.patches:
            hit, _ = patch.contains(event)
            if hit:
                label = patch.get_label() if not patch.get_label().startswith("_") else ""
                from greenlife.ui import labels

                text = f"{label} {labels.points(round(patch.get_height()))}".strip()  # through the locale
                pos = self.canvas.mapToGlobal(QPoint(int(event.x), int(self.canvas.height() - event.y)))
                QToolTip.showText(pos, text, self.canvas)
                return
        QToolTip.hideText()

    def save(self, path: str | Path | None = None) -> Path | None:
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save chart"), f"{self.objectName()}.png",
                self.tr("PNG image (*.png);;SVG image (*.svg)"))
            if not name:
                return None
            path = name
        path = Path(path)
        fmt = "svg" if path.suffix.lower() == ".svg" else "png"
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        self.figure.savefig(path, format=fmt, dpi=150, facecolor=self.figure.get_facecolor())
        return path
