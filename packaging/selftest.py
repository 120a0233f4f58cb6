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
REQUIRED = ["badges.json", "i18n/greenlife_zh_CN.qm", "i18n/greenlife_en.qm", "icons/greenlife.svg",
            *(f"badges/{n}.svg" for n in ("appliance", "commute", "food", "leaf", "tree", "waste"))]


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
