"""The app's translations without Qt, for the command line: reads the compiled .qm files that
ship inside the package (the same ones the desktop app loads), so a CLI message is translated
exactly as the app translates it, and the CLI starts without importing PySide6.

The .qm layout (Qt's translator.cpp): a 16-byte magic, then tagged blocks; the messages block
holds records of tagged fields (translation as UTF-16BE, one per plural form; source text,
context and comment as UTF-8), each record ended by tag 1."""

from __future__ import annotations

import datetime as dt
import os
import struct
from functools import lru_cache
from importlib import resources
from typing import Any

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 1, 3, 5, 6, 7, 8, 9


def parse_qm(data: bytes) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> its translations (several for a plural message)."""
    if not data.startswith(MAGIC):
        return {}
    out: dict[tuple[str, str], list[str]] = {}
    pos = len(MAGIC)
    while pos + 5 <= len(data):
        tag, size = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        block = data[pos + 5:pos + 5 + size]
        pos += 5 + size
        if tag != _MESSAGES:
            continue
        i = 0
        forms: list[str] = []
        source = context = ""
        while i < len(block):
            t = block[i]
            i += 1
            if t == _END:
                if forms:
                    out[(context, source)] = forms
                forms, source, context = [], "", ""
            elif t == _OBSOLETE1:
                continue
            elif t == _OBSOLETE2:
                i += 4
            elif t in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
                n = struct.unpack(">I", block[i:i + 4])[0]
                i += 4
                if n == 0xFFFFFFFF:
                    n = 0
                raw = block[i:i + n]
                i += n
                if t == _TRANSLATION:
                    forms.append(raw.decode("utf-16-be"))
                elif t == _SOURCE:
                    source = raw.decode("utf-8")
                elif t == _CONTEXT:
                    context = raw.decode("utf-8")
            else:  # an unknown tag: stop rather than misread
                break
    return out


@lru_cache(maxsize=4)
def _catalog(lang: str) -> dict[tuple[str, str], list[str]]:
    name = f"greenlife_{'zh_CN' if lang == 'zh' else 'en'}.qm"
    try:
        data = resources.files("greenlife.resources").joinpath("i18n", name).read_bytes()
    except OSError:
        return {}
    return parse_qm(data)


def system_language(env: dict[str, str] | None = None) -> str:
    """'zh' when the locale the environment names is Chinese (LANGUAGE, LC_ALL, LC_MESSAGES,
    LANG, the order gettext reads them), else 'en'."""
    env = dict(os.environ) if env is None else env
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key, "")
        if value:
            return "zh" if value.split(":")[0].lower().startswith("zh") else "en"
    return "en"


def language(setting: str) -> str:
    """The book's language setting ('', 'zh_CN', 'en') as 'zh' or 'en'; '' follows the system."""
    if setting:
        return "zh" if setting.lower().startswith("zh") else "en"
    return system_language()


class Catalog:
    """Messages in one language: ``Catalog('zh').text(...)``."""

    def __init__(self, lang: str) -> None:
        self.lang = "zh" if lang.lower().startswith("zh") else "en"
        self._messages = _catalog(self.lang)

    def tr(self, context: str, source: str, n: int | None = None) -> str:
        forms = self._messages.get((context, source))
        if not forms:
            text = source
        elif n is None or len(forms) == 1:
            text = forms[0]
        else:  # English: singular for 1, plural otherwise (Qt's rule for English)
            text = forms[0 if n == 1 else 1]
        if n is not None:
            text = text.replace("%Ln", self.number(n)).replace("%n", str(n))
        return text

    def number(self, value: int) -> str:
        return f"{value:,}"

    def date(self, day: dt.date) -> str:
        return f"{day.year}年{day.month}月{day.day}日" if self.lang == "zh" else day.isoformat()

    def message(self, err: Any) -> str:
        """A core message (GreenlifeError, FieldError, Message, a full-check Problem) in this
        language, formatted as the app formats it (labels.error_text, without Qt)."""
        if hasattr(err, "errors"):  # ValidationError: every field
            return "; ".join(self.message(e) for e in err.errors)
        template = getattr(err, "template", "{text}")
        params = dict(getattr(err, "params", {}))
        if hasattr(err, "field"):
            params["field"] = self.tr("Fields", err.field) if err.field else ""
        for key, value in list(params.items()):  # a part that is itself a message
            if hasattr(value, "template") and hasattr(value, "params"):
                params[key] = self.message(value)
        if params.get("who") == "the household":
            params["who"] = self.tr("Errors", "the household")
        if isinstance(params.get("unit"), str):
            params["unit"] = self.tr("Labels", _UNITS.get(params["unit"], params["unit"]))
        count = next((params[k] for k in ("n", "count") if isinstance(params.get(k), int)), None)
        text = None
        if count is not None:  # a counted message has plural forms ("%Ln")
            plural = template.replace("{n}", "%Ln").replace("{count}", "%Ln")
            if ("Errors", plural) in self._messages:
                text = self.tr("Errors", plural, count)
        for key in ("points", "balance", "available", "n", "count"):
            if isinstance(params.get(key), int) and not isinstance(params.get(key), bool):
                params[key] = self.number(params[key])
        try:
            return (text or self.tr("Errors", template)).format(**params)
        except (KeyError, IndexError, ValueError):
            return template.format(**params)


# the unit keys the core puts in a message, and the words the app's labels give them
_UNITS = {"ride": "rides", "meal": "meals", "km": "km", "kg": "kg", "points": "points"}
