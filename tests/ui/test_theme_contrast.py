"""WCAG AA contrast in both themes, measured on the palettes and on the polished widgets
(4.5:1 for text, 3:1 for large text and for the focus ring), and a live dark→light switch."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget


def luminance(c: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_the_contrast_formula_matches_wcag():
    assert contrast(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#FFFFFF")) == pytest.approx(4.54, abs=0.01)


@pytest.fixture
def themed(qapp):
    from greenlife.ui.theme import apply_theme

    yield apply_theme
    apply_theme("light")
    qapp.setStyleSheet("")


def fg(w: QWidget) -> QColor:
    w.ensurePolished()
    return w.palette().color(w.foregroundRole())


def bg() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.Window)


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_palette_pairs_meet_wcag_aa(themed, mode):
    themed(mode)
    p = QApplication.palette()
    A, D = QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled
    R = QPalette.ColorRole
    pairs = {
        "text on window": (p.color(A, R.WindowText), p.color(A, R.Window), 4.5),
        "text on base": (p.color(A, R.Text), p.color(A, R.Base), 4.5),
        "button text": (p.color(A, R.ButtonText), p.color(A, R.Button), 4.5),
        "selected text": (p.color(A, R.HighlightedText), p.color(A, R.Highlight), 4.5),
        "link": (p.color(A, R.Link), p.color(A, R.Base), 4.5),
        "placeholder": (p.color(A, R.PlaceholderText), p.color(A, R.Base), 4.5),
        "focus ring on window": (p.color(A, R.Highlight), p.color(A, R.Window), 3.0),
        "focus ring on a button": (p.color(A, R.Highlight), p.color(A, R.Button), 3.0),
    }
    low = {k: round(contrast(a, b), 2) for k, (a, b, need) in pairs.items() if contrast(a, b) < need}
    assert low == {}
    # a disabled button is dimmer than an enabled one, never brighter
    assert p.color(D, R.Button).lightness() <= p.color(A, R.Button).lightness()
    assert contrast(p.color(D, R.ButtonText), p.color(D, R.Button)) < contrast(
        p.color(A, R.ButtonText), p.color(A, R.Button))


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_error_text_and_home_total_are_readable(qtbot, window, themed, mode):
    from greenlife.ui.widgets.common import error_label

    themed(mode)
    err = error_label(window)
    err.setText("x")
    assert contrast(fg(err), bg()) >= 4.5
    home = window.go_to("home")
    assert contrast(fg(home.total), bg()) >= 4.5
    assert contrast(fg(home.heading), bg()) >= 4.5
    assert contrast(fg(window.go_to("book").available), bg()) >= 4.5


def test_dark_to_light_restyles_sidebar_heading_and_balance(qtbot, window, themed):
    themed("dark")
    book = window.go_to("book")
    window.go_to("home")
    QApplication.processEvents()
    themed("light")
    QApplication.processEvents()
    light_window = bg()
    assert light_window.lightness() > 180
    for w in (window.home.heading, window.home.total, book.available):
        assert contrast(fg(w), light_window) >= 4.5, w.objectName()
    nav = window.nav
    nav.ensurePolished()
    assert nav.palette().color(QPalette.ColorRole.Base).lightness() > 180  # the sidebar is light too


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_a_button_with_keyboard_focus_shows_a_visible_ring(qtbot, window, themed, mode):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    themed(mode)
    button = window.go_to("settings").check_button
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    before = button.previousInFocusChain()
    before.setFocus()
    QApplication.processEvents()
    plain = button.grab().toImage()
    QTest.keyClick(before, Qt.Key.Key_Tab)  # focus by keyboard: the style shows the ring
    assert QApplication.focusWidget() is button
    focused = button.grab().toImage()
    face = QApplication.palette().color(QPalette.ColorRole.Button)
    ring = [focused.pixelColor(x, y) for x in range(focused.width()) for y in range(focused.height())
            if focused.pixelColor(x, y) != plain.pixelColor(x, y)]
    assert ring, "focus changes nothing on the button"
    assert max(contrast(c, face) for c in ring) >= 3.0
