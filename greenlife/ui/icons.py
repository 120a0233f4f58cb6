"""Icons from one set (Tabler Icons, MIT, bundled in resources/icons/tabler) and member avatars.

``icon(kind, key)`` gives a QIcon for a page, a category, a mode, a waste kind or bin, a food
action, an appliance or an action. The SVGs draw with ``currentColor``; an icon engine paints
them at any size in the colour of the palette in use when it paints (window text; the
highlighted text on a selected row; the disabled text when disabled), so the same QIcon
follows a live switch between light and dark without being set again.

``avatar(member, size)`` is a circle in the member's colour with the first character of their
name, in black or white, whichever reads better on that colour.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from greenlife.ui.theme import contrast

SET = "tabler"

# kind -> key -> file name (without .svg) in resources/icons/tabler
NAMES: dict[str, dict[str, str]] = {
    "page": {"home": "home", "log": "pencil-plus", "history": "history", "book": "notebook",
             "charts": "chart-bar", "badges": "award", "settings": "settings"},
    "category": {"commute": "route", "waste": "recycle", "food": "salad", "appliance": "plug",
                 "reward": "gift", "grid": "bolt", "energy": "bolt", "goods": "repeat",
                 "meter": "droplet", "meters": "droplet"},
    "mode": {"subway": "train", "bus": "bus", "bike": "bike", "walk": "walk", "ecar": "charging-pile",
             "carpool": "users-group", "petrol": "gas-station", "steps": "walk",
             "car_parked": "home"},
    "waste": {"paper": "news", "plastic": "bottle", "glass": "glass-full", "metal": "nut",
              "kitchen": "apple", "hazardous": "battery", "residual": "trash",
              # Shanghai's four bins (core/waste.py)
              "recyclable": "recycle", "wet": "droplet", "hazardous_bin": "alert-triangle", "dry": "trash"},
    "food": {"clean_plate": "bowl-chopsticks", "food_waste": "trash-x", "no_tableware": "salad"},
    "goods": {"secondhand": "repeat", "bag": "gift", "box_returned": "recycle", "paperless": "news"},
    "energy": {"solar": "bolt"},
    "meter": {"electricity": "bolt", "gas": "temperature-plus", "water": "droplet"},
    "appliance": {"electricity": "bolt", "air_conditioner": "air-conditioning", "refrigerator": "fridge",
                  "washing_machine": "wash-machine", "water_heater": "temperature-plus",
                  "television": "device-tv"},
    "action": {"add": "plus", "edit": "edit", "delete": "trash", "undo": "arrow-back-up",
               "redo": "arrow-forward-up", "reminder": "bell", "today": "calendar-event",
               "repeat": "repeat", "save": "device-floppy", "usual": "star", "members": "users",
               "export": "file-export", "import": "file-import", "redeem": "gift"},
}
KINDS = tuple(NAMES)
# what a ledger line's or an entry's item is, by its category
ITEM_KINDS = {"commute": "mode", "waste": "waste", "food": "food", "appliance": "appliance", "grid": "appliance",
              "goods": "goods", "energy": "energy", "meter": "meter"}

_svg_cache: dict[str, bytes] = {}
_icon_cache: dict[tuple[str, str], QIcon] = {}


def svg_path(name: str) -> Any:
    return resources.files("greenlife.resources").joinpath("icons", SET, f"{name}.svg")


def _svg(name: str) -> bytes:
    if name not in _svg_cache:
        _svg_cache[name] = svg_path(name).read_bytes()
    return _svg_cache[name]


def colour_for(mode: QIcon.Mode, palette: QPalette | None = None) -> QColor:
    """The colour an icon is painted in: the palette's text, as the mode asks."""
    p = palette if palette is not None else QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return p.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return p.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return p.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


class TintedSvgEngine(QIconEngine):
    """Paints one ``currentColor`` SVG in the palette's colour of the moment."""

    def __init__(self, data: bytes, name: str = "") -> None:
        super().__init__()
        self._data = data
        self._name = name
        self._renderers: dict[str, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, str], QPixmap] = {}

    def _renderer(self, colour: QColor) -> QSvgRenderer:
        key = colour.name(QColor.NameFormat.HexArgb)
        r = self._renderers.get(key)
        if r is None:
            svg = self._data.replace(b"currentColor", colour.name().encode("ascii"))
            if colour.alpha() < 255:
                svg = svg.replace(b"<svg", f'<svg opacity="{colour.alphaF():.2f}"'.encode("ascii"), 1)
            r = self._renderers[key] = QSvgRenderer(QByteArray(svg))
        return r

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """From a cached pixmap (a table repaints its icons on every scroll step)."""
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pm = self._cached(QSize(round(rect.width() * ratio), round(rect.height() * ratio)), mode)
        pm.setDevicePixelRatio(ratio)
        painter.drawPixmap(rect, pm)

    def _cached(self, size: QSize, mode: QIcon.Mode) -> QPixmap:
        colour = colour_for(mode)
        key = (size.width(), size.height(), colour.name(QColor.NameFormat.HexArgb))
        pm = self._pixmaps.get(key)
        if pm is None:
            if len(self._pixmaps) > 32:
                self._pixmaps.clear()
            pm = QPixmap(size)
            pm.fill(Qt.GlobalColor.transparent)
            p = QPainter(pm)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._renderer(colour).render(p, QRectF(pm.rect()))
            p.end()
            self._pixmaps[key] = pm
        return QPixmap(pm)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._cached(size, mode)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self._data, self._name)

    def key(self) -> str:
        return "greenlife-tinted-svg"

    def iconName(self) -> str:
        return self._name


def icon(kind: str, key: str) -> QIcon:
    """The icon of ``key`` (a page, category, mode, …); raises KeyError for an unknown one, so a
    test finds a missing icon before a family does."""
    name = NAMES[kind][key]
    cached = _icon_cache.get((kind, key))
    if cached is None:
        cached = _icon_cache[(kind, key)] = QIcon(TintedSvgEngine(_svg(name), name))
    return cached


def item_icon(category: str, item: str) -> QIcon:
    """The icon of an entry's item (bike, paper, …), or its category's when it has none."""
    names = NAMES.get(ITEM_KINDS.get(category, ""), {})
    if item in names:
        return icon(ITEM_KINDS[category], item)
    return icon("category", category) if category in NAMES["category"] else QIcon()


def bin_icon(bin_key: str | None) -> QIcon:
    key = {"hazardous": "hazardous_bin"}.get(bin_key or "", bin_key or "")
    return icon("waste", key) if key in NAMES["waste"] else icon("category", "waste")


def initial(name: str) -> str:
    """The first character of a name (a surname in Chinese; upper case in Latin script)."""
    text = name.strip()
    return text[:1].upper() if text else "?"


def text_on(colour: QColor) -> QColor:
    """Black or white, whichever has more contrast with ``colour``."""
    black, white = QColor("#000000"), QColor("#FFFFFF")
    return black if contrast(black, colour) >= contrast(white, colour) else white


def avatar(member: Any, size: int = 32) -> QPixmap:
    """A circle in the member's colour with their initial; ``member`` has .name and .colour."""
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0
    pm = QPixmap(int(size * ratio), int(size * ratio))
    pm.setDevicePixelRatio(ratio)
    pm.fill(Qt.GlobalColor.transparent)
    fill = QColor(member.colour)
    if not fill.isValid():
        fill = QColor("#2E7D32")
    painter = QPainter(pm)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    font.setPixelSize(max(6, round(size * 0.5)))
    painter.setFont(font)
    painter.setPen(text_on(fill))
    painter.drawText(QRectF(0, 0, size, size), int(Qt.AlignmentFlag.AlignCenter), initial(member.name))
    painter.end()
    return pm


def avatar_icon(member: Any, size: int = 32) -> QIcon:
    return QIcon(avatar(member, size))
