"""Chinese needs a font with CJK glyphs; when none is installed, say what to install."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase


def has_cjk_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def install_hint() -> str:
    translate = QCoreApplication.translate
    if sys.platform == "win32":
        how = translate(
            "Fonts",
            "On Windows, add the Chinese (Simplified) supplemental fonts in Settings → Apps → "
            "Optional features.")
    elif sys.platform == "darwin":
        how = translate(
            "Fonts", "On macOS, PingFang SC ships with the system; reinstall it with Font Book.")
    else:
        how = translate(
            "Fonts",
            "On Debian or Ubuntu: sudo apt install fonts-wqy-microhei (or fonts-noto-cjk); "
            "on Fedora: sudo dnf install wqy-microhei-fonts.")
    return translate(
        "Fonts",
        "No font with Chinese characters is installed, so Chinese text shows as boxes. "
        "{how} Then restart GreenLife.").format(how=how)
