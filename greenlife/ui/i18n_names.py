"""Texts that come as data in two languages (badge names and descriptions)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def lang() -> str:
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def pick(texts: dict[str, str]) -> str:
    return texts.get(lang()) or texts.get("en", "")


def pick_unit(texts: dict[str, str], count: float) -> str:
    """A unit after a count: English has a singular ("1 trip"), kept as ``en_one``."""
    if lang() == "en" and count == 1 and texts.get("en_one"):
        return texts["en_one"]
    return pick(texts)
