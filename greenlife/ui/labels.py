"""Translated names for categories, modes, streams and appliance types.

Stored keys stay English; what a person reads goes through Qt's translator.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

_CATEGORY = {
    "commute": QT_TRANSLATE_NOOP("Labels", "Commute"),
    "waste": QT_TRANSLATE_NOOP("Labels", "Waste sorting"),
    "food": QT_TRANSLATE_NOOP("Labels", "Food"),
    "appliance": QT_TRANSLATE_NOOP("Labels", "Appliances"),
    "reward": QT_TRANSLATE_NOOP("Labels", "Reward"),
}
_ITEM = {
    "subway": QT_TRANSLATE_NOOP("Labels", "Subway / rail"),
    "bus": QT_TRANSLATE_NOOP("Labels", "Bus"),
    "bike": QT_TRANSLATE_NOOP("Labels", "Bike / shared bike"),
    "walk": QT_TRANSLATE_NOOP("Labels", "Walk"),
    "ecar": QT_TRANSLATE_NOOP("Labels", "Electric car"),
    "carpool": QT_TRANSLATE_NOOP("Labels", "Carpool"),
    "petrol": QT_TRANSLATE_NOOP("Labels", "Petrol car"),
    "paper": QT_TRANSLATE_NOOP("Labels", "Paper"),
    "plastic": QT_TRANSLATE_NOOP("Labels", "Plastic"),
    "metal": QT_TRANSLATE_NOOP("Labels", "Metal"),
    "glass": QT_TRANSLATE_NOOP("Labels", "Glass"),
    "kitchen": QT_TRANSLATE_NOOP("Labels", "Kitchen waste"),
    "hazardous": QT_TRANSLATE_NOOP("Labels", "Hazardous waste"),
    "residual": QT_TRANSLATE_NOOP("Labels", "Residual waste"),
    "clean_plate": QT_TRANSLATE_NOOP("Labels", "Clean-plate meals"),
    "food_waste": QT_TRANSLATE_NOOP("Labels", "Food thrown away"),
    "electricity": QT_TRANSLATE_NOOP("Labels", "Grid electricity"),
}
_APPLIANCE = {
    "air_conditioner": QT_TRANSLATE_NOOP("Labels", "Air conditioner"),
    "refrigerator": QT_TRANSLATE_NOOP("Labels", "Refrigerator"),
    "washing_machine": QT_TRANSLATE_NOOP("Labels", "Washing machine"),
    "water_heater": QT_TRANSLATE_NOOP("Labels", "Water heater"),
    "television": QT_TRANSLATE_NOOP("Labels", "Television"),
}
_UNIT = {
    "km": QT_TRANSLATE_NOOP("Labels", "km"),
    "ride": QT_TRANSLATE_NOOP("Labels", "rides"),
    "kg": QT_TRANSLATE_NOOP("Labels", "kg"),
    "meal": QT_TRANSLATE_NOOP("Labels", "meals"),
    "kWh": "kWh",
}


_TIER = {
    "bronze": QT_TRANSLATE_NOOP("Labels", "bronze"),
    "silver": QT_TRANSLATE_NOOP("Labels", "silver"),
    "gold": QT_TRANSLATE_NOOP("Labels", "gold"),
}


_SETS = {"shanghai": QT_TRANSLATE_NOOP("Labels", "Shanghai"), "wuhan": QT_TRANSLATE_NOOP("Labels", "Wuhan")}


_HOUSEHOLD = QT_TRANSLATE_NOOP("Errors", "the household")


def factor_set(set_id: str, name: str) -> str:
    """Built-in sets are translated; a family's own set keeps the name it was given."""
    return _t("Labels", _SETS[set_id]) if set_id in _SETS else name


def tier(key: str) -> str:
    return _t("Labels", _TIER[key]) if key in _TIER else key


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def category(key: str) -> str:
    return _t("Labels", _CATEGORY.get(key, key))


def item(key: str) -> str:
    return _t("Labels", _ITEM[key]) if key in _ITEM else key


def appliance(key: str) -> str:
    return _t("Labels", _APPLIANCE[key]) if key in _APPLIANCE else key


def unit(key: str) -> str:
    return _t("Labels", _UNIT[key]) if key in _UNIT else key


def quantity(value: float) -> str:
    """A logged quantity without trailing zeros: 10, 1.2, 0.35."""
    return QLocale().toString(float(value), "g", 6)


def factor_value(value: float, factor_unit: str) -> str:
    """A factor as a person reads it: 97 g CO2/km, 0.5306 kg CO2/kWh."""
    text = QLocale().toString(float(value), "g", 6)
    return f"{text} {unit(factor_unit)}"


def error_text(err: object) -> str:
    """A core error (GreenlifeError or FieldError) in the interface language."""
    template = getattr(err, "template", "{text}")
    params = dict(getattr(err, "params", {}))
    if hasattr(err, "errors"):  # ValidationError: one line per field
        return "\n".join(error_text(e) for e in err.errors)  # type: ignore[attr-defined]
    if hasattr(err, "field"):
        params["field"] = _t("Fields", err.field)  # type: ignore[attr-defined]
    if isinstance(params.get("unit"), str):
        params["unit"] = unit(params["unit"])
    if params.get("who") == "the household":  # a word inside a core message, translated too
        params["who"] = _t("Errors", _HOUSEHOLD)
    for key in ("points", "balance", "available"):  # numbers through the locale
        if isinstance(params.get(key), int) and not isinstance(params.get(key), bool):
            params[key] = points(params[key])
    if isinstance(params.get("day"), str) and len(params["day"]) == 10:
        import datetime as dt

        with contextlib.suppress(ValueError):
            params["day"] = date(dt.date.fromisoformat(params["day"]))
    try:
        return _t("Errors", template).format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


def points(value: int, signed: bool = False) -> str:
    text = QLocale().toString(int(value))
    if signed and value > 0:
        text = "+" + text
    return text


def number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


def date(value: object) -> str:
    """2026年11月24日 in Chinese, 24 Nov 2026 in English."""
    from PySide6.QtCore import QDate

    d = QDate(value.year, value.month, value.day)  # type: ignore[attr-defined]
    locale = QLocale()
    fmt = "yyyy年M月d日" if locale.language() == QLocale.Language.Chinese else "d MMM yyyy"
    return locale.toString(d, fmt)


