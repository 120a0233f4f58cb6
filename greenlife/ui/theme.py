"""Light and dark: follow the system colour scheme (Qt 6.5+ QStyleHints.colorScheme) and
switch live; or a manual override saved in the book's settings ("system", "light", "dark").

Every colour the app adds (error text, the green of a total, muted notes, the focus ring
and selection) is derived from the palette in use, darkened or lightened until it meets
WCAG AA against the window (4.5:1 for text, 3:1 for the focus ring). Widgets carry a
``tone`` property instead of fixed hex colours; one application stylesheet, rebuilt on every
switch, gives the tones their colours, so a live switch restyles every widget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_state = {"mode": "system", "connected": False, "native": ""}

GREEN = QColor("#2E7D32")
RED = QColor("#C62828")
TEXT_RATIO = 4.6  # WCAG AA asks 4.5:1; a little margin for rounding in other renderers


def luminance(c: QColor) -> float:
    """WCAG 2.x relative luminance."""
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable(hue: QColor, background: QColor, ratio: float = TEXT_RATIO) -> QColor:
    """``hue`` made darker (on a light background) or lighter (on a dark one), in small HSL
    steps, until it has ``ratio`` contrast with ``background``."""
    h, s, lightness, _a = hue.getHslF()
    step = -0.02 if background.lightnessF() > 0.5 else 0.02
    c = QColor(hue)
    while contrast(c, background) < ratio and 0.0 < lightness < 1.0:
        lightness = min(1.0, max(0.0, lightness + step))
        c = QColor.fromHslF(h, s, lightness)
    return c


def _dark_palette() -> QPalette:
    p = QPalette()
    base, alt, text, mid = QColor("#1E1E1E"), QColor("#2B2B2B"), QColor("#EEEEEE"), QColor("#3A3A3A")
    dim = QColor("#8C8C8C")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        disabled = group == QPalette.ColorGroup.Disabled
        p.setColor(group, QPalette.ColorRole.Window, alt)
        p.setColor(group, QPalette.ColorRole.WindowText, dim if disabled else text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, mid)
        p.setColor(group, QPalette.ColorRole.Text, dim if disabled else text)
        # a disabled button keeps the enabled button's face (Qt's default would be light grey,
        # brighter than an enabled one); only its text dims
        p.setColor(group, QPalette.ColorRole.Button, mid)
        p.setColor(group, QPalette.ColorRole.ButtonText, dim if disabled else text)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, mid)
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.Light, QColor("#505050"))
        p.setColor(group, QPalette.ColorRole.Midlight, QColor("#444444"))
        p.setColor(group, QPalette.ColorRole.Dark, QColor("#151515"))
        p.setColor(group, QPalette.ColorRole.Shadow, QColor("#000000"))
        # selection and Fusion's focus ring: a light green, dark text on it
        p.setColor(group, QPalette.ColorRole.Highlight, QColor("#81C784"))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#0B1F0C"))
        p.setColor(group, QPalette.ColorRole.Link, QColor("#81C784"))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#A8A8A8"))
        p.setColor(group, QPalette.ColorRole.Mid, QColor("#9E9E9E"))
        p.setColor(group, QPalette.ColorRole.BrightText, QColor("#FFFFFF"))
    return p


def _light_palette(standard: QPalette) -> QPalette:
    """The style's own light palette, with a selection and focus ring in the app's green that
    white text can sit on, and a readable placeholder and link."""
    p = QPalette(standard)
    window = p.color(QPalette.ColorRole.Window)
    highlight = readable(GREEN, QColor("#FFFFFF"))
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Highlight, highlight)
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
        base = p.color(group, QPalette.ColorRole.Base)
        p.setColor(group, QPalette.ColorRole.Link, readable(p.color(group, QPalette.ColorRole.Link), base))
        p.setColor(group, QPalette.ColorRole.PlaceholderText,
                   readable(p.color(group, QPalette.ColorRole.PlaceholderText), base))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, readable(highlight, window, 3.0))
    return p


def tones(palette: QPalette) -> dict[str, QColor]:
    """The app's own colours, derived from ``palette`` and readable on its window."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    muted = QColor.fromRgbF(*(0.7 * a + 0.3 * b for a, b in zip(text.getRgbF()[:3], window.getRgbF()[:3],
                                                                 strict=True)))
    return {"error": readable(RED, window), "accent": readable(GREEN, window),
            "muted": readable(muted, window)}


def stylesheet(palette: QPalette) -> str:
    """One application stylesheet: fonts of the headings and the colour of each tone."""
    t = tones(palette)
    return (
        "QListWidget#nav { font-size: 12pt; } QListWidget#nav::item { padding: 8px; }\n"
        + "".join(f'QLabel[tone="{name}"] {{ color: {c.name()}; }}\n' for name, c in t.items())
    )


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark() -> bool:
    mode = _state["mode"]
    return mode == "dark" or (mode == "system" and system_is_dark())


def apply_theme(mode: str = "system") -> bool:
    """Apply the mode; returns True when dark. Widgets get a PaletteChange event, and the
    application stylesheet is set again, which re-polishes every widget (a widget with its
    own stylesheet otherwise keeps the palette it was polished with)."""
    app = QApplication.instance()
    _state["mode"] = mode if mode in ("system", "light", "dark") else "system"
    if not _state["native"]:
        _state["native"] = app.style().name()
    if not _state["connected"]:
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: apply_theme(_state["mode"]))
        _state["connected"] = True
    dark = is_dark()
    if dark:
        app.setStyle(QStyleFactory.create("Fusion"))  # a style that honours the palette everywhere
        palette = _dark_palette()
    else:
        app.setStyle(QStyleFactory.create(_state["native"]) or QStyleFactory.create("Fusion"))
        palette = _light_palette(app.style().standardPalette())
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(palette))
    return dark
