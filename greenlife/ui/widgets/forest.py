"""The family forest, drawn with QPainter: one tree per 17.9 kg of CO2 avoided, each in its
member's colour, the next tree growing as a sapling; a tree that completes grows in with a
short animation. Vector, palette-derived (ground, trunk, sky), so both themes and any size.

The numbers come from ``core.forest`` via the store; the widget only draws them. When there
are more trees than fit, one drawn tree stands for 10 (100, ...) and the caption says so.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import (
    QColor,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from greenlife.core.forest import Forest

MAX_DRAWN = 48  # trees drawn at most; beyond, one drawn tree stands for several


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved towards ``b`` by ``t`` (0..1)."""
    return QColor.fromRgbF(*(x + (y - x) * t for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3],
                                                                 strict=True)))


def per_drawn_tree(trees: int) -> int:
    """How many trees one drawn tree stands for: 1, 10, 100 ... so at most MAX_DRAWN are drawn."""
    per = 1
    while trees / per > MAX_DRAWN:
        per *= 10
    return per


class ForestWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.forest: Forest | None = None
        self.colours: dict[int, str] = {}
        self.growth = 1.0  # of the newest tree, animated from 0 when a tree completes
        self._backdrop_cache: tuple[object, QPixmap] | None = None
        self._glyphs: dict[object, QPixmap] = {}
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setDuration(900)
        self.animation.valueChanged.connect(self._grow)
        self.setMinimumSize(260, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        return QSize(420, 200)

    def _grow(self, value: object) -> None:
        self.growth = float(value)  # type: ignore[arg-type]
        self.update()

    def set_forest(self, forest: Forest, colours: dict[int, str]) -> bool:
        """Show a forest; animate when it has more trees than the one shown before. Returns
        whether a tree completed."""
        before = self.forest.trees if self.forest is not None else None
        self.forest = forest
        self.colours = colours
        grew = before is not None and forest.trees > before
        if grew:
            self.animation.stop()
            self.growth = 0.0
            self.animation.start()
        else:
            self.update()
        return grew

    # -- drawing ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setClipRect(self.rect())
        self.draw(p, QRectF(self.rect()))
        p.end()

    def _colours(self) -> tuple[QColor, QColor, QColor, QColor, bool]:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.WindowText)
        dark = base.lightnessF() < 0.5
        green = QColor("#66BB6A") if dark else QColor("#2E7D32")
        trunk = mix(QColor("#6D4C41"), text, 0.25 if dark else 0.0)
        return base, text, green, trunk, dark

    def _backdrop(self, area: QRectF, ground_h: float) -> QPixmap:
        """Sky and ground, drawn once per size and palette."""
        base, _text, green, _trunk, dark = self._colours()
        dpr = self.devicePixelRatioF()
        key = (int(area.width()), int(area.height()), dpr, base.rgb(), dark)
        if self._backdrop_cache is not None and self._backdrop_cache[0] == key:
            return self._backdrop_cache[1]
        pm = QPixmap(int(area.width() * dpr), int(area.height() * dpr))
        pm.setDevicePixelRatio(dpr)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(0, 0, area.width(), area.height())
        sky = QLinearGradient(r.topLeft(), r.bottomLeft())
        sky.setColorAt(0.0, mix(base, QColor("#90CAF9"), 0.10 if dark else 0.25))
        sky.setColorAt(1.0, base)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(sky)
        p.drawRoundedRect(r, 8, 8)
        p.setBrush(mix(base, green, 0.35 if dark else 0.28))
        p.drawRoundedRect(QRectF(0, r.height() - ground_h, r.width(), ground_h), 8, 8)
        p.end()
        self._backdrop_cache = (key, pm)
        return pm

    def _glyph(self, colour: QColor, h: float, trunk: QColor) -> QPixmap:
        """One whole tree, drawn once per colour and size (the same vector drawing as
        ``_tree``, kept as a pixmap so a forest of dozens redraws in a few ms)."""
        dpr = self.devicePixelRatioF()
        key = (colour.rgb(), round(h, 1), dpr, trunk.rgb())
        pm = self._glyphs.get(key)
        if pm is None:
            w = h * 0.62
            pm = QPixmap(int((w + 4) * dpr), int((h + 4) * dpr))
            pm.setDevicePixelRatio(dpr)
            pm.fill(Qt.GlobalColor.transparent)
            p = QPainter(pm)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._tree(p, QPointF(w / 2 + 2, h + 2), h, colour, trunk)
            p.end()
            if len(self._glyphs) > 256:
                self._glyphs.clear()
            self._glyphs[key] = pm
        return pm

    def draw(self, p: QPainter, area: QRectF) -> None:
        if area.width() < 32 or area.height() < 32:
            return  # not laid out yet
        _base, text, green, trunk, _dark = self._colours()
        ground_h = max(18.0, area.height() * 0.16)
        p.drawPixmap(area.topLeft(), self._backdrop(area, ground_h))
        forest = self.forest
        if forest is None:
            return
        per = per_drawn_tree(forest.trees)
        owners = forest.owners(per)
        slots = len(owners) + 1  # and the sapling
        # rows of trees, back rows smaller and higher, like a hillside
        usable = QRectF(area.left() + 8, area.top() + 8, area.width() - 16,
                        area.height() - 12 - ground_h * 0.3)
        size = self._tree_size(slots, usable)
        cols = max(1, int(usable.width() // (size * 0.8)))
        rows = math.ceil(slots / cols)
        step = min(size * 0.45, (usable.height() - size) / max(1, rows - 1))
        for k in range(slots):
            row, col = divmod(k, cols)
            depth = rows - 1 - row  # 0 = front row
            scale = 1.0 - 0.3 * depth / max(1, rows - 1)  # the back row at 70%
            in_row = min(cols, slots - row * cols)
            tree_w = size * scale * 0.62
            room = usable.width() - tree_w  # every crown inside the picture
            x = usable.left() + tree_w / 2 + room * (col + (0.7 if depth % 2 else 0.3)) / in_row
            if in_row == 1:
                x = usable.left() + tree_w / 2 + room * (0.6 if depth % 2 else 0.4)
            y = usable.bottom() - depth * step
            if k < len(owners):
                colour = QColor(self.colours.get(owners[k], "#2E7D32"))
                h = size * scale
                if k == len(owners) - 1 and self.growth < 1.0:  # the new tree, growing in
                    self._tree(p, QPointF(x, y), h * (0.35 + 0.65 * self.growth), colour, trunk)
                else:
                    glyph = self._glyph(colour, h, trunk)
                    p.drawPixmap(QPointF(x - h * 0.31 - 2, y - h - 2), glyph)
            else:
                self._sapling(p, QPointF(x, y), size * scale, forest.progress, green, trunk,
                              text)

    @staticmethod
    def _tree_size(slots: int, area: QRectF) -> float:
        """The largest tree height at which all slots fit in the area."""
        size = min(area.height() * 0.9, 180.0)
        while size > 16:
            cols = max(1, int(area.width() // (size * 0.8)))
            rows = math.ceil(slots / cols)
            if size + (rows - 1) * size * 0.45 <= area.height():
                return size
            size *= 0.9
        return 16.0

    @staticmethod
    def _tree(p: QPainter, foot: QPointF, h: float, colour: QColor, trunk: QColor) -> None:
        w = h * 0.62
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(trunk)
        p.drawRoundedRect(QRectF(foot.x() - h * 0.05, foot.y() - h * 0.34, h * 0.10, h * 0.34),
                          2, 2)
        crown = QRectF(foot.x() - w / 2, foot.y() - h, w, h * 0.72)
        p.setBrush(colour.darker(115))
        p.drawEllipse(crown)
        p.setBrush(colour)
        p.drawEllipse(crown.adjusted(w * 0.08, h * 0.02, -w * 0.18, -h * 0.16))
        light = QColor(colour.lighter(135))
        light.setAlphaF(0.7)
        p.setBrush(light)
        p.drawEllipse(QRectF(crown.left() + w * 0.22, crown.top() + h * 0.10, w * 0.22,
                             h * 0.16))

    @staticmethod
    def _sapling(p: QPainter, foot: QPointF, h: float, progress: float, green: QColor,
                 trunk: QColor, text: QColor) -> None:
        """The next tree: an outline the size of a tree, filled from the ground up."""
        w = h * 0.62
        crown = QRectF(foot.x() - w / 2, foot.y() - h, w, h * 0.72)
        outline = QPainterPath()
        outline.addEllipse(crown)
        outline.addRect(QRectF(foot.x() - h * 0.05, foot.y() - h * 0.34, h * 0.10, h * 0.34))
        outline = outline.simplified()
        faint = QColor(text)
        faint.setAlphaF(0.45)
        p.setPen(QPen(faint, 1.2, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(outline)
        if progress > 0:
            p.save()
            p.setClipRect(QRectF(foot.x() - w, foot.y() - h * progress, 2 * w, h * progress))
            fill = QColor(green)
            fill.setAlphaF(0.55)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(fill)
            p.drawPath(outline)
            p.restore()
        del trunk
