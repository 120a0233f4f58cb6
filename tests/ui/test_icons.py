"""Icons (Tabler, bundled) for every page, category, mode and waste kind; member avatars."""

from __future__ import annotations

from importlib import resources

import pytest
from PySide6.QtGui import QColor, QIcon, QPalette

from greenlife.core.factors import APPLIANCE_TYPES
from greenlife.core.models import Category
from greenlife.core.waste import BINS
from greenlife.ui import icons


def factor_keys() -> set[str]:
    """Every factor key of every built-in set."""
    from greenlife.store import Store

    s = Store.open(memory=True)
    keys: set[str] = set()
    for fs in s.factor_sets():
        s.use_set(fs.id)
        keys |= set(s.factors())
    s.close()
    return keys


def ink(qicon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal, size: int = 32) -> set[str]:
    """The opaque colours an icon paints with."""
    img = qicon.pixmap(size, size, mode).toImage()
    seen = set()
    for x in range(img.width()):
        for y in range(img.height()):
            c = img.pixelColor(x, y)
            if c.alpha() == 255:
                seen.add(c.name())
    return seen


def test_every_factor_category_and_item_has_an_icon(qapp):
    keys = factor_keys()
    assert len(keys) > 10
    for key in keys:
        category, item = key.split(".", 1)
        assert category in icons.NAMES["category"], key
        kind = icons.ITEM_KINDS[category]
        assert item in icons.NAMES[kind], key  # not just the category's icon as a fallback
        assert not icons.item_icon(category, item).isNull()
        assert ink(icons.item_icon(category, item)), key


def test_every_category_page_bin_and_appliance_has_an_icon(qapp):
    from greenlife.ui.main_window import PAGE_NAMES

    for c in Category:
        assert ink(icons.icon("category", c.value)), c
    for page in PAGE_NAMES:
        assert ink(icons.icon("page", page)), page
    for bin_key, kinds in BINS:
        assert ink(icons.bin_icon(bin_key)), bin_key
        for k in kinds:
            assert ink(icons.icon("waste", k)), k
    for a in APPLIANCE_TYPES:
        assert ink(icons.icon("appliance", a.key)), a.key


def test_a_missing_key_is_an_error_not_a_blank(qapp):
    with pytest.raises(KeyError):
        icons.icon("mode", "hovercraft")
    with pytest.raises(KeyError):
        icons.icon("planet", "home")


def test_every_mapped_file_is_bundled_with_the_licence():
    folder = resources.files("greenlife.resources").joinpath("icons", icons.SET)
    for kind, names in icons.NAMES.items():
        for key, name in names.items():
            assert folder.joinpath(f"{name}.svg").is_file(), (kind, key, name)
    assert "MIT License" in folder.joinpath("LICENSE").read_text(encoding="utf-8")
    assert "3.52.0" in folder.joinpath("README.md").read_text(encoding="utf-8")


def test_icons_take_the_palette_text_colour_in_both_themes(qapp):
    from PySide6.QtWidgets import QApplication

    from greenlife.ui.theme import apply_theme

    bike = icons.icon("mode", "bike")
    try:
        for mode in ("light", "dark"):
            apply_theme(mode)
            text = QApplication.palette().color(QPalette.ColorRole.WindowText).name()
            assert ink(bike) == {text}, mode  # the same QIcon repaints in the new colour
            selected = QApplication.palette().color(QPalette.ColorRole.HighlightedText).name()
            assert ink(bike, QIcon.Mode.Selected) == {selected}
        dark_ink = ink(bike)
        apply_theme("light")
        assert ink(bike) != dark_ink
    finally:
        apply_theme("light")


def test_avatar_is_a_circle_in_the_member_colour_with_a_readable_initial(qapp):
    from types import SimpleNamespace

    from greenlife.ui.theme import contrast

    for colour, name, letter in (("#FFEB3B", "yang", "Y"), ("#1A237E", "李先生", "李")):
        m = SimpleNamespace(name=name, colour=colour)
        assert icons.initial(m.name) == letter
        pm = icons.avatar(m, 40)
        img = pm.toImage()
        assert pm.width() == round(40 * pm.devicePixelRatio())
        assert img.pixelColor(1, 1).alpha() == 0  # a circle: the corner is empty
        w = img.width()
        # the ring just inside the edge is the member's colour
        assert img.pixelColor(w // 2, int(w * 0.06)).name() == QColor(colour).name()
        ink_colour = icons.text_on(QColor(colour))
        assert contrast(ink_colour, QColor(colour)) >= 4.5
        # the initial is drawn: some pixels have the ink colour
        found = any(img.pixelColor(x, y).name() == ink_colour.name()
                    for x in range(w) for y in range(w))
        assert found


def test_painting_in_a_view_follows_the_theme_too(qapp):
    """Item views call QIcon.paint (not pixmap): the cached drawing is per colour."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from greenlife.ui.theme import apply_theme

    def painted() -> set[str]:
        img = QImage(32, 32, QImage.Format.Format_ARGB32)
        img.fill(Qt.GlobalColor.transparent)
        p = QPainter(img)
        icons.icon("waste", "paper").paint(p, QRect(0, 0, 32, 32))
        p.end()
        return {img.pixelColor(x, y).name() for x in range(32) for y in range(32)
                if img.pixelColor(x, y).alpha() == 255}

    try:
        for mode in ("dark", "light"):
            apply_theme(mode)
            assert painted() == {QApplication.palette().color(QPalette.ColorRole.WindowText).name()}
    finally:
        apply_theme("light")
