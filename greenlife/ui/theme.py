"""Light and dark: follow the system colour scheme (Qt 6.5+ QStyleHints.colorScheme) and
switch live; or a manual override saved in the book's settings ("system", "light", "dark")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_state = {"mode": "system", "connected": False, "native": ""}


def _dark_palette() -> QPalette:
    p = QPalette()
    base, alt, text, mid = QColor("#1E1E1E"), QColor("#2B2B2B"), QColor("#EEEEEE"), QColor("#3A3A3A")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, alt)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, mid)
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, mid)
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, mid)
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.Highlight, QColor("#2E7D32"))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
        p.setColor(group, QPalette.ColorRole.Link, QColor("#81C784"))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#9E9E9E"))
        p.setColor(group, QPalette.ColorRole.Mid, QColor("#9E9E9E"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7A7A7A"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#7A7A7A"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7A7A7A"))
    return p


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark() -> bool:
    mode = _state["mode"]
    return mode == "dark" or (mode == "system" and system_is_dark())


def apply_theme(mode: str = "system") -> bool:
    """Apply the mode; returns True when dark. Widgets get a PaletteChange event."""
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
        app.setPalette(_dark_palette())
    else:
        app.setStyle(QStyleFactory.create(_state["native"]) or QStyleFactory.create("Fusion"))
        app.setPalette(app.style().standardPalette())
    return dark
