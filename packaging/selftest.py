"""``greenlife --selftest`` inside a bundle: every resource the app loads is there and works.

Prints one line per check and exits 1 if any fails. Run by packaging/smoke.py (CI) against
the built bundle, as a clean user; it needs a Qt platform (xcb under Xvfb, or offscreen).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from importlib import resources


# Every file the app loads from the package at run time (greenlife/resources).
def _icon_files() -> list[str]:
    """The bundled icon set (greenlife/ui/icons.py names every file it uses), its licence and note."""
    from greenlife.ui.icons import NAMES, SET

    names = sorted({name for kind in NAMES.values() for name in kind.values()})
    return [*(f"icons/{SET}/{n}.svg" for n in names), f"icons/{SET}/LICENSE", f"icons/{SET}/README.md"]


REQUIRED = ["badges.json", "i18n/greenlife_zh_CN.qm", "i18n/greenlife_en.qm", "icons/greenlife.svg",
            *(f"badges/{n}.svg" for n in ("appliance", "commute", "food", "leaf", "tree", "waste")),
            *_icon_files()]


def check_resources() -> str:
    root = resources.files("greenlife.resources")
    missing = [name for name in REQUIRED if not root.joinpath(*name.split("/")).is_file()]
    if missing:
        raise AssertionError(f"missing package data: {missing}")
    json.loads(root.joinpath("badges.json").read_text(encoding="utf-8"))
    return f"{len(REQUIRED)} package files"


def check_translations() -> str:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    from greenlife.ui import i18n

    i18n.apply_language("zh_CN")
    file_menu = QCoreApplication.translate("MainWindow", "&File")
    if file_menu == "&File":
        raise AssertionError("GreenLife's Chinese translation did not load")
    qt = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not qt.load("qtbase_zh_CN", folder):
        raise AssertionError(f"Qt's own Chinese translation (qtbase_zh_CN.qm) is missing in {folder}")
    i18n.apply_language("en")
    return f"menu '{file_menu}', qtbase_zh_CN from {folder}"


def check_icon() -> str:
    from greenlife.ui.main_window import app_icon

    pixmap = app_icon().pixmap(64, 64)
    if pixmap.isNull():
        raise AssertionError("the SVG app icon did not render (Qt's svg icon engine missing?)")
    return "SVG icon renders"


def check_set_icons() -> str:
    """The bundled icon set paints through QtSvg in the palette's text colour."""
    from greenlife.core.models import Category
    from greenlife.ui.icons import icon

    for c in Category:
        image = icon("category", c.value).pixmap(32, 32).toImage()
        if image.isNull() or not any(image.pixelColor(x, y).alpha() == 255
                                     for x in range(32) for y in range(32)):
            raise AssertionError(f"the {c.value} icon did not render (QtSvg missing?)")
    return f"{len(Category)} category icons render"


def check_cjk_font() -> str:
    from PySide6.QtGui import QFontDatabase

    from greenlife.ui.fonts import has_cjk_font

    if not has_cjk_font():
        raise AssertionError("no font with Chinese glyphs: Chinese would show as boxes")
    return ", ".join(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)[:3])


def check_charts() -> str:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure()
    fig.add_subplot().set_title("碳账本")
    fig.canvas.draw()
    return f"matplotlib {matplotlib.__version__}"


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("resources", check_resources), ("translations", check_translations), ("icon", check_icon),
    ("icon set", check_set_icons),
    ("cjk font", check_cjk_font), ("charts", check_charts),
]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from greenlife.ui.app import make_application

    app = make_application([])
    failed = 0
    for name, check in CHECKS:
        try:
            print(f"ok   {name}: {check()}")
        except Exception as exc:  # report every check, then fail
            failed += 1
            print(f"FAIL {name}: {type(exc).__name__}: {exc}")
    print(f"platform plugin {app.platformName()}, frozen={getattr(sys, 'frozen', False)}")
    return 1 if failed else 0
