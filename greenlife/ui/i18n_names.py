"""Texts that come as data in two languages (badge names and descriptions)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def lang() -> str:
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def pick(texts: dict[str, str]) -> str:
    return texts.get(lang()) or texts.get("en", "")
