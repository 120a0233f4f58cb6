"""Translated names for categories, modes, streams and appliance types.

Stored keys stay English; what a person reads goes through Qt's translator.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

# the English sources, one place for the app and the command line (offered to lupdate in
# core_strings.py)
from greenlife.core.names import APPLIANCE as _APPLIANCE
from greenlife.core.names import CATEGORY as _CATEGORY
from greenlife.core.names import FACTOR_UNIT as _FACTOR_UNIT
from greenlife.core.names import HOUSEHOLD as _HOUSEHOLD
from greenlife.core.names import ITEM as _ITEM
from greenlife.core.names import SETS as _SETS
from greenlife.core.names import TIER as _TIER
from greenlife.core.names import UNIT as _UNIT

# who a balance belongs to when it is no member's: the store names it in English
_WHO = {"the household": QT_TRANSLATE_NOOP("Errors", "the household")}


class Errors(QObject):
    """Core messages that carry a count, as plural forms: the core writes "{n} bad rows", the
    interface says "1 bad row". Each is offered to pyside6-lupdate here (context "Errors")."""

    def plural(self, template: str, n: int) -> str | None:
        forms = {
            "The file has {n} bad rows; nothing was imported.":
                self.tr("The file has %Ln bad rows; nothing was imported.", "", n),
            # the command line's (greenlife/catalog.py looks the same "%Ln" forms up in the .qm)
            "{n} bad rows; nothing was imported. Fix them and import again.":
                self.tr("%Ln bad rows; nothing was imported. Fix them and import again.", "", n),
            "{n} bad rows ({more} not shown); nothing was imported. Fix them and import again.":
                self.tr("%Ln bad rows ({more} not shown); nothing was imported. Fix them and import again.",
                        "", n),
            "would import {n} lines; already in the book: {already}":
                self.tr("would import %Ln lines; already in the book: {already}", "", n),
            "imported {n} lines; already in the book: {already}":
                self.tr("imported %Ln lines; already in the book: {already}", "", n),
        }
        return forms.get(template)


_COUNTED = ("n", "count")


# the stated source of the appliance baselines (core/factors.py), offered to lupdate here;
# a test keeps it equal to the core's text
APPLIANCE_NOTE = QT_TRANSLATE_NOOP(
    "FactorNotes",
    "Assumption: typical grade-3 China energy label figure for a household model; "
    "grade 1 uses about 20% less. Enter your own label's kWh/year.")


# the sources of the shipped factors (core/factors.py), offered to lupdate here; a test keeps
# them equal to the core's (a family's own source stays as typed)
FACTOR_SOURCES = (
    QT_TRANSLATE_NOOP("FactorNotes", 'Assumption: one printed A4 bill and envelope (about 10 g of paper) not made'),
    QT_TRANSLATE_NOOP("FactorNotes", 'Beijing carbon-inclusion scheme: at least 23 g per takeaway order without disposable tableware'),
    QT_TRANSLATE_NOOP("FactorNotes", 'Cainiao 回箱计划 (a box reused once saves 37 g CO2), as reported by CCTV News (央视新闻) from a Beijing Cainiao station, 2023'),
    QT_TRANSLATE_NOOP("FactorNotes", 'Derived: 7 L/100 km x 2.3 kg CO2/L'),
    QT_TRANSLATE_NOOP("FactorNotes", 'Derived: 93 g plate waste per meal (CAS & WWF 2018) x 2.5 kg CO2e/kg (FAO 2013)'),
    QT_TRANSLATE_NOOP("FactorNotes", "Derived: IPCC 2006 Guidelines default 56.1 t CO2 per TJ of natural gas x China's net calorific value 38,931 kJ/m³ (GB/T 2589)"),
    QT_TRANSLATE_NOOP("FactorNotes", 'Derived: a provincial energy-saving tip (a car left parked one day a month saves about 98 kg CO2 a year), as reported in the press, 2021'),
    QT_TRANSLATE_NOOP("FactorNotes", 'Derived: about 0.3 kWh of grid electricity to supply and treat 1 m³ of tap water x 0.5306 kg CO2/kWh (MEE & NBS, 2023)'),
    QT_TRANSLATE_NOOP("FactorNotes", 'Derived: petrol baseline 160 g/km minus electric car 80 g/km (15 kWh/100 km x 0.5306)'),
    QT_TRANSLATE_NOOP("FactorNotes", 'Derived: petrol baseline 160 g/km shared by two people'),
    QT_TRANSLATE_NOOP("FactorNotes", 'FAO, Food Wastage Footprint, 2013 (3.3 Gt CO2e / 1.3 Gt wasted)'),
    QT_TRANSLATE_NOOP("FactorNotes", 'Figure widely quoted in the Chinese press for reusing old textiles (3.6 kg CO2 per kg)'),
    QT_TRANSLATE_NOOP("FactorNotes", 'Hubei Emission Exchange, 碳碳星球 mini-program (0.02 points = 0.02 g per step), as reported by Hubei Daily (湖北日报), 2022'),
    QT_TRANSLATE_NOOP("FactorNotes", 'Ministry of Ecology and Environment & National Bureau of Statistics (MEE & NBS), notice on 2023 electricity CO2 emission factors'),
    QT_TRANSLATE_NOOP("FactorNotes", 'No published per-kg saving'),
    QT_TRANSLATE_NOOP("FactorNotes", "Shanghai carbon-inclusion platform, as reported by People's Daily (人民日报), 2025"),
    QT_TRANSLATE_NOOP("FactorNotes", 'US EPA WARM v16 (2023), food waste composted vs landfilled (approximate)'),
    QT_TRANSLATE_NOOP("FactorNotes", 'US EPA, Waste Reduction Model (WARM) v16, 2023; converted from t per short ton x1.1023'),
    QT_TRANSLATE_NOOP("FactorNotes", 'Wuhan carbon-inclusion platform (武碳江湖), as reported by Xinhua, 2025'),
    QT_TRANSLATE_NOOP("FactorNotes", 'Wuhan carbon-inclusion platform (武碳江湖), as reported by Xinhua, 2025; walking treated like cycling (assumption)'),
    QT_TRANSLATE_NOOP("FactorNotes", 'Wuhan carbon-inclusion platform (武碳江湖), own shopping bag'),
    QT_TRANSLATE_NOOP("FactorNotes", 'Wuhan carbon-inclusion platform (武碳江湖, 惠节电: 525 g per kWh saved), as reported by the Wuhan press, Aug 2025'),
)


def factor_note(text: str) -> str:
    """A factor's note or source in the interface language (English names stay as given)."""
    return _t("FactorNotes", text) if text else text






def factor_set(set_id: str, name: str) -> str:
    """Built-in sets are translated; a family's own set keeps the name it was given."""
    return _t("Labels", _SETS[set_id]) if set_id in _SETS else name


def tier(key: str) -> str:
    return _t("Labels", _TIER[key]) if key in _TIER else key


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def category(key: str) -> str:
    return _t("Labels", _CATEGORY.get(key, key))


_OWN: dict[str, str] = {}  # a family's own actions: item -> the name the family gave it


def set_own_names(names: dict[str, str]) -> None:
    _OWN.clear()
    _OWN.update(names)


def item(key: str) -> str:
    if key in _ITEM:
        return _t("Labels", _ITEM[key])
    return _OWN.get(key, key)


def factor_name(key: str | None) -> str:
    """A factor by its item's name ("commute.subway" → 地铁); the key itself if unknown."""
    if not key:
        return ""
    name = key.split(".", 1)[-1]
    return _t("Labels", _ITEM[name]) if name in _ITEM else key




def household() -> str:
    """The household pseudo-member's name on screen (stored as "Household")."""
    return _t("Labels", _HOUSEHOLD)


def member_name(member_id: int | None, name: str, household_id: int | None) -> str:
    """A member's name as listed; the household pseudo-member's translated."""
    return household() if member_id is not None and member_id == household_id else name


def appliance(key: str) -> str:
    return _t("Labels", _APPLIANCE[key]) if key in _APPLIANCE else key


def unit(key: str) -> str:
    return _t("Labels", _UNIT[key]) if key in _UNIT else key


class Amounts(QObject):
    """A logged amount with its unit, plural right in English: "1 meal", "2 rides", "1.5 km"."""

    def text(self, value: float, key: str) -> str:
        if float(value) == int(value):
            if key == "meal":
                return self.tr("%Ln meals", "", int(value))
            if key == "ride":
                return self.tr("%Ln rides", "", int(value))
        return f"{quantity(value)} {unit(key)}"


def amount(value: float, key: str) -> str:
    return Amounts().text(value, key)


def quantity(value: float) -> str:
    """A logged quantity without trailing zeros: 10, 1.2, 0.35."""
    return QLocale().toString(float(value), "g", 6)


def meter_amount(value: float) -> str:
    """A meter amount by the app's one rule (core.meters.amount_decimals: rounded to two
    decimals, no trailing zeros), through the locale: 12,345.6."""
    from greenlife.core.meters import AMOUNT_DECIMALS, amount_decimals

    return QLocale().toString(round(float(value), AMOUNT_DECIMALS) + 0.0, "f",
                              amount_decimals(float(value)))




def factor_unit(key: str) -> str:
    """A factor's unit in the interface language (克二氧化碳/公里 …)."""
    return _t("Labels", _FACTOR_UNIT[key]) if key in _FACTOR_UNIT else key


def factor_value(value: float, unit_key: str) -> str:
    """A factor as a person reads it: 97 g CO2/km, 0.5306 kg CO2/kWh."""
    text = QLocale().toString(float(value), "g", 6)
    return f"{text} {factor_unit(unit_key)}"


def error_text(err: object) -> str:
    """A core error (GreenlifeError or FieldError) in the interface language."""
    template = getattr(err, "template", "{text}")
    params = dict(getattr(err, "params", {}))
    if hasattr(err, "errors"):  # ValidationError: one line per field
        return "\n".join(error_text(e) for e in err.errors)  # type: ignore[attr-defined]
    if hasattr(err, "field"):
        params["field"] = _t("Fields", err.field)  # type: ignore[attr-defined]
    for key, value in list(params.items()):  # a part that is itself a message (core.errors.Message)
        if hasattr(value, "template") and hasattr(value, "params"):
            params[key] = error_text(value)
    if isinstance(params.get("unit"), str):
        params["unit"] = unit(params["unit"])
    if params.get("who") in _WHO:
        params["who"] = _t("Errors", _WHO[params["who"]])
    count = next((params[k] for k in _COUNTED if isinstance(params.get(k), int)), None)
    counted = Errors().plural(template, count) if count is not None else None
    for key in ("points", "balance", "available", "n", "count"):  # numbers through the locale
        if isinstance(params.get(key), int) and not isinstance(params.get(key), bool):
            params[key] = points(params[key])
    for key in ("low", "high"):  # a range the core wrote with :g ("1e+08") or ISO dates
        raw = params.get(key)
        if isinstance(raw, str):
            with contextlib.suppress(ValueError):
                v = float(raw)
                params[key] = points(int(v)) if v == int(v) else quantity(v)
                continue
            with contextlib.suppress(ValueError):
                import datetime as dt

                params[key] = date(dt.date.fromisoformat(raw))
    if isinstance(params.get("day"), str) and len(params["day"]) == 10:
        import datetime as dt

        with contextlib.suppress(ValueError):
            params["day"] = date(dt.date.fromisoformat(params["day"]))
    try:
        return (counted or _t("Errors", template)).format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


def problem_text(p: object) -> str:
    """One finding of the full check (store.safety.Problem): where, then what, translated."""
    from greenlife.store.safety import TABLES

    table = _t("Errors", TABLES.get(p.table, p.table))  # type: ignore[attr-defined]
    rowid = p.rowid  # type: ignore[attr-defined]
    if rowid is None:
        return _t("Errors", "{table}: {reason}").format(table=table, reason=error_text(p))
    return _t("Errors", "{table}, row {rowid}: {reason}").format(table=table, rowid=rowid, reason=error_text(p))


def points(value: int, signed: bool = False) -> str:
    text = QLocale().toString(int(value))
    if signed and value > 0:
        text = "+" + text
    return text


def compact(value: float, largest: float | None = None) -> str:
    """A chart tick: 12,116; from 100,000 on 185k in English and 18.5万 in Chinese (Chinese
    readers count in ten-thousands). ``largest``: the axis's largest value, so that all ticks
    of one axis use the same unit (6万 beside 12万, not 60,000)."""
    locale = QLocale()
    if abs(value if largest is None else largest) < 100_000 or value == 0:
        return locale.toString(round(value))
    if locale.language() == QLocale.Language.Chinese:
        return locale.toString(round(value / 10_000, 1), "g", 6) + "万"
    return locale.toString(round(value / 1000)) + "k"


def number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


def short_date(value: object) -> str:
    """A date in a table column, through the locale: 2026/11/24 in Chinese, 24/11/2026 in
    English (UK)."""
    from PySide6.QtCore import QDate

    d = QDate(value.year, value.month, value.day)  # type: ignore[attr-defined]
    return QLocale().toString(d, QLocale.FormatType.ShortFormat)


def date(value: object) -> str:
    """2026年11月24日 in Chinese, 24 Nov 2026 in English."""
    from PySide6.QtCore import QDate

    d = QDate(value.year, value.month, value.day)  # type: ignore[attr-defined]
    locale = QLocale()
    fmt = "yyyy年M月d日" if locale.language() == QLocale.Language.Chinese else "d MMM yyyy"
    return locale.toString(d, fmt)


