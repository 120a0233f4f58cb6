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

from greenlife.core import names


def C_(text: str) -> str:
    """Marks one of the command line's words for translation (context "CLI") where it is
    written down before a catalog exists; ``Catalog.cli`` translates it."""
    return text

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

    def cli(self, source: str, n: int | None = None) -> str:
        """The command line's own words (context "CLI"; with ``n``, a "%Ln" plural)."""
        return self.tr("CLI", source, n)

    def number(self, value: int) -> str:
        return f"{value:,}"

    def signed(self, value: int) -> str:
        """Points with their sign: +1,234, -56, 0."""
        return f"{value:+,}" if value else "0"

    def quantity(self, value: float) -> str:
        """A logged quantity without trailing zeros: 10, 1.2, 0.35."""
        return f"{float(value):g}"

    # the names of stored keys, as the app's labels give them (greenlife.ui.labels)
    def category(self, key: str) -> str:
        return self.tr("Labels", names.CATEGORY[key]) if key in names.CATEGORY else key

    def item(self, key: str) -> str:
        return self.tr("Labels", names.ITEM[key]) if key in names.ITEM else key

    def appliance(self, key: str) -> str:
        return self.tr("Labels", names.APPLIANCE[key]) if key in names.APPLIANCE else key

    def unit(self, key: str) -> str:
        return self.tr("Labels", names.UNIT[key]) if key in names.UNIT else key

    def tier(self, key: str) -> str:
        return self.tr("Labels", names.TIER[key]) if key in names.TIER else key

    def factor_unit(self, key: str) -> str:
        if key in names.FACTOR_UNIT:
            return self.tr("Labels", names.FACTOR_UNIT[key])
        if key.startswith("g CO2/"):  # a family's own action: grams per the unit it typed
            return self.cli("g CO2/{unit}").format(unit=key[len("g CO2/"):])
        return key

    def factor_set(self, set_id: str, name: str) -> str:
        return self.tr("Labels", names.SETS[set_id]) if set_id in names.SETS else name

    def note(self, text: str) -> str:
        """A factor's source or note (a family's own stays as typed)."""
        return self.tr("FactorNotes", text) if text else text

    def household(self) -> str:
        return self.tr("Labels", names.HOUSEHOLD)

    def member(self, name: str | None) -> str:
        """A member's name; the household (None, or the pseudo-member's stored name)
        translated."""
        return self.household() if name in (None, "Household") else str(name)

    def amount(self, value: float, key: str) -> str:
        """A logged amount with its unit, plural right in English: 1 meal, 2 rides, 1.5 km."""
        if float(value) == int(value) and key in ("meal", "ride"):
            return self.tr("Amounts", "%Ln meals" if key == "meal" else "%Ln rides", int(value))
        return f"{self.quantity(value)} {self.unit(key)}"

    def date(self, day: dt.date) -> str:
        return f"{day.year}年{day.month}月{day.day}日" if self.lang == "zh" else day.isoformat()

    def month(self, day: dt.date) -> str:
        return f"{day.year}年{day.month}月" if self.lang == "zh" else day.isoformat()[:7]

    def moment(self, when: dt.datetime) -> str:
        """A backup's time: the date as ``date`` gives it, then the clock."""
        return f"{self.date(when.date())} {when:%H:%M:%S}"

    def message(self, err: Any) -> str:
        """A core message (GreenlifeError, FieldError, Message, a full-check Problem) in this
        language, formatted as the app formats it (labels.error_text, without Qt)."""
        if hasattr(err, "errors"):  # ValidationError: every field
            return ("；" if self.lang == "zh" else "; ").join(self.message(e) for e in err.errors)
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
