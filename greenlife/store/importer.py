"""Importing the CSV the export writes. Every row is validated first: a file with any
bad row imports nothing and lists each bad row with its line number and the reason.
Importing the same file twice adds nothing the second time."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import stat
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from greenlife.core import calc
from greenlife.core.csvformat import COLUMNS, read_details, undefuse
from greenlife.core.errors import FieldError, GreenlifeError, ValidationError
from greenlife.core.factors import (
    APPLIANCES,
    FAMILY_SET,
    GRID_KEY,
    METER_KEYS,
    OWN_UNIT_PREFIX,
    UNITS,
    own_unit_ok,
    unit_info,
)
from greenlife.core.own_actions import OUR_ESTIMATE, OWN_PREFIX, check_own_action
from greenlife.core.meters import Reading
from greenlife.core.models import Category, Factor, Kind
from greenlife.core.validation import LIMITS, Limit, check_note, factor_value_ok, parse_date, parse_number

from greenlife.store.meters import number as meter_number

if TYPE_CHECKING:
    from greenlife.store import Store

MAX_BYTES = 200 * 1024 * 1024
MAX_FIELD = 10_000
REQUIRED = ("date", "member", "category", "item", "quantity", "unit", "factor_key", "factor_value",
            "factor_unit", "factor_kind", "factor_source", "points")


class ImportError_(GreenlifeError):
    pass


class _BadRow(ValueError):
    """One row refused: what is wrong, as a template the UI and the CLI translate."""

    def __init__(self, error: FieldError) -> None:
        super().__init__(error.message)
        self.error = error


@dataclass
class ImportPlan:
    rows: int = 0
    new: list[tuple[Any, ...]] = field(default_factory=list)  # values for Store._INSERT
    already: int = 0
    errors: list[tuple[int, FieldError]] = field(default_factory=list)  # (line, what is wrong)
    candidates: list[tuple[Any, ...]] = field(default_factory=list)  # every valid row of the file
    # the other kinds of ledger line the export writes, so a file re-imports to the same book
    redemptions: list[tuple[Any, ...]] = field(default_factory=list)  # (member_id|None, day, points, reward)
    appliance_days: list[tuple[Any, ...]] = field(default_factory=list)  # see _appliance_day
    new_redemptions: list[tuple[Any, ...]] = field(default_factory=list)
    new_appliance_days: list[tuple[Any, ...]] = field(default_factory=list)
    meter_lines: list[tuple[Any, ...]] = field(default_factory=list)  # see _meter_line
    new_meter_lines: list[tuple[Any, ...]] = field(default_factory=list)
    own_actions: dict[str, Factor] = field(default_factory=dict)  # a family's own, new to this book
    own_archived: set[str] = field(default_factory=set)  # keys of those archived in the file's book
    created_actions: list[Factor] = field(default_factory=list)  # after apply_import: those added
    # the meters' readings and baselines (rows of kind reading); the new ones are those this
    # book has no reading of that month (no baseline) for: the book's own are kept
    readings: list[Reading] = field(default_factory=list)
    baselines: dict[str, float] = field(default_factory=dict)
    new_readings: list[Reading] = field(default_factory=list)
    new_baselines: dict[str, float] = field(default_factory=dict)
    # after apply_import: the ids it wrote, by table (entries, redemptions, appliances)
    written: dict[str, list[int]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def new_lines(self) -> int:
        """Lines the import would add: actions, redemptions and days of appliances' savings."""
        return (len(self.new) + len(self.new_redemptions) + len(self.new_appliance_days)
                + len(self.new_meter_lines))


def _read(path: Path) -> list[tuple[int, dict[str, str] | FieldError]]:
    try:
        st = path.stat()
    except OSError as exc:
        raise ImportError_("Cannot read {path}: {reason}.", path=str(path), reason=exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(st.st_mode):  # a folder, a device (/dev/zero never ends), a FIFO (hangs)
        raise ImportError_("{path} is not a regular file (a folder, a device or a pipe). Import the "
                           "CSV file that GreenLife exports.", path=str(path))
    size = st.st_size
    if size > MAX_BYTES:
        raise ImportError_("{path} is {mb} MB; files over 200 MB are not imported.", path=str(path),
                           mb=size // 2**20)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportError_("Cannot read {path}: {reason}.", path=str(path), reason=exc.strerror or str(exc)) from exc
    if b"\x00" in raw:
        raise ImportError_("{path} is not a text CSV file (it contains binary data). Import the CSV "
                           "that GreenLife exports.", path=str(path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportError_("{path} is not UTF-8 text (byte {pos} is invalid). Save it as 'CSV UTF-8' "
                           "and import again.", path=str(path), pos=exc.start) from exc
    old_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_FIELD)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        try:
            header = next(reader)
        except StopIteration:
            raise ImportError_("{path} is empty.", path=str(path)) from None
        header = [h.strip() for h in header]
        twice = sorted({h for h in header if h and header.count(h) > 1})
        if twice:
            raise ImportError_("{path} has the column {cols} more than once; which one is meant "
                               "cannot be told. Remove the extra column and import again.",
                               path=str(path), cols=", ".join(twice))
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise ImportError_("{path} lacks the columns {missing}. Import the CSV that GreenLife "
                               "exports (columns: {cols}).", path=str(path), missing=", ".join(missing),
                               cols=", ".join(COLUMNS))
        out: list[tuple[int, dict[str, str] | FieldError]] = []
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                out.append((line, FieldError("", "cells in this row: {cells}; columns in the header: {header}",
                                             {"cells": len(row), "header": len(header)})))
                continue
            out.append((line, dict(zip(header, row, strict=True))))
        return out
    except csv.Error as exc:
        raise ImportError_("{path} could not be read as CSV near line {line}: {reason}.", path=str(path),
                           line=reader.line_num, reason=str(exc)) from exc
    finally:
        csv.field_size_limit(old_limit)


def _row(store: Store, members: dict[str, int], r: dict[str, str], today: dt.date,
         known: dict[str, set[str]] | None = None) -> tuple[Any, ...]:
    """Values for one entry, or _BadRow with the reason."""
    cell = {k: undefuse(v.strip()) if isinstance(v, str) else v for k, v in r.items()}
    day, err = parse_date(cell["date"], today)
    if err or day is None or not cell["date"]:
        raise _BadRow(err or FieldError("date", "{field}: a date is required"))
    member = cell["member"]
    if member not in members:
        raise _BadRow(FieldError("member", "{field}: unknown member '{value}'; add the member first",
                                 {"value": member[:40]}))
    try:
        category = Category(cell["category"])
    except ValueError:
        raise _BadRow(FieldError("category", "{field}: '{value}' must be one of {known}", {
            "value": cell["category"][:20],
            "known": ", ".join(f"'{c.value}'" for c in Category if c is not Category.APPLIANCE)})
        ) from None
    if category is Category.APPLIANCE:
        raise _BadRow(FieldError("category", "{field}: appliances are not imported from entry rows"))
    item = cell["item"]
    if not item or not item.replace("_", "").isalpha() or not item.isascii():
        raise _BadRow(FieldError("item", "{field}: '{value}' is not a valid item name", {"value": item[:20]}))
    unit_f = cell["factor_unit"]
    try:
        unit = unit_info(unit_f)[0]
    except KeyError:
        raise _BadRow(FieldError("factor_unit", "{field}: '{value}' is not a known unit; choose one of: {known}",
                                 {"value": unit_f[:20], "known": ", ".join(UNITS)})) from None
    if cell["unit"] and cell["unit"] != unit:
        raise _BadRow(FieldError("unit", "{field}: '{value}' does not match the factor unit {expected}",
                                 {"value": cell["unit"][:10], "expected": unit_f}))
    limit = LIMITS.get((category, unit), Limit("quantity", 0.01, 1000))
    quantity, err = parse_number(cell["quantity"], Limit("quantity", limit.low, limit.high, limit.integer), unit)
    if err:
        raise _BadRow(err)
    value, err = parse_number(cell["factor_value"], Limit("factor_value", 0, 999_999), unit_f)
    if err:
        raise _BadRow(err)
    try:
        kind = Kind(cell["factor_kind"])
    except ValueError:
        raise _BadRow(FieldError("factor_kind", "{field}: '{value}' must be reduction or emission",
                                 {"value": cell["factor_kind"][:20]})) from None
    source = cell["factor_source"]
    if not source or len(source) > 500:
        raise _BadRow(FieldError("factor_source", "{field}: the source of the factor is required "
                                 "(500 characters at most)"))
    year = None
    if cell.get("factor_year"):
        y, err = parse_number(cell["factor_year"], Limit("factor_year", 1990, 2100, integer=True), "")
        if err:
            raise _BadRow(err)
        year = int(y)  # type: ignore[arg-type]
    key = cell["factor_key"] or f"{category.value}.{item}"
    if key != f"{category.value}.{item}":
        raise _BadRow(FieldError("factor_key", "{field}: '{value}' does not match {expected}",
                                 {"value": key[:30], "expected": f"{category.value}.{item}"}))
    if known is not None:  # the item and its unit must be in the factor table (any set)
        if key not in known:
            raise _BadRow(FieldError("item", "{field}: '{value}' ({key}) is not in the factor table; add "
                                     "the factor first", {"value": item[:20], "key": key[:30]}))
        if unit_f not in known[key]:
            raise _BadRow(FieldError("factor_unit", "{field}: '{value}' is not a unit of {key} in the "
                                     "factor table", {"value": unit_f[:20], "key": key[:30]}))
    note, err = check_note(cell.get("note", ""))
    if err:
        raise _BadRow(err)
    factor = Factor(key, float(value), unit_f, kind, source, year,  # type: ignore[arg-type]
                    set_id=(cell.get("factor_set") or "imported")[:40])
    grams = calc.grams(float(quantity), factor)  # type: ignore[arg-type]
    points = calc.points(grams)
    try:
        stated = float(cell["points"])
    except ValueError:
        raise _BadRow(FieldError("points", "{field}: '{value}' is not a number",
                                 {"value": cell["points"][:20]})) from None
    if not math.isfinite(stated) or int(stated) != points:
        raise _BadRow(FieldError("points", "{field}: {value} does not match quantity × factor = {expected}",
                                 {"value": cell["points"][:20], "expected": points}))
    assumed = int(cell.get("factor_assumption") in ("1", "True", "true"))
    return (members[member], day.isoformat(), category.value, item, float(quantity), unit,  # type: ignore[arg-type]
            factor.set_id, key, factor.value, unit_f, kind.value, source, year, assumed, grams, points,
            note)


def _details(r: dict[str, str]) -> dict[str, Any]:
    """The row's details cell (a file from before the column has none: {})."""
    found = read_details(r.get("details"))
    if found is None:
        raise _BadRow(FieldError("details", "{field}: not the details GreenLife writes (a JSON "
                                 "object); leave the cell empty or export the file again"))
    return found


def _own_action(r: dict[str, str], known: dict[str, set[str]], own: dict[str, Factor],
                archived: set[str]) -> None:
    """A line of a family's own action this book does not know: the action is added with the
    import, as the file's details give it (name, unit, grams, source, category, assumption);
    a file without them names it after its key (the family can rename it)."""
    if (r.get("factor_set") or "").strip() != FAMILY_SET:
        return
    key, unit_f = (r.get("factor_key") or "").strip(), (r.get("factor_unit") or "").strip()
    if key in own:  # a second line of an action the file brings: its unit then too
        if unit_f.startswith(OWN_UNIT_PREFIX) and own_unit_ok(unit_f[len(OWN_UNIT_PREFIX):]):
            known.setdefault(key, set()).add(unit_f)
        return
    if key in known or "." not in key:
        return
    category, item = key.split(".", 1)
    details = _details(r).get("action")
    if details is not None:
        if not isinstance(details, dict) or details.get("category") != category or not (
                item.startswith(OWN_PREFIX) and item.replace("_", "").isalpha() and item.isascii()):
            raise _BadRow(FieldError("details", "{field}: the action in it does not match the "
                                     "row's key {key}", {"key": key[:40]}))
        factor, errors = check_own_action(
            name=details.get("name"), unit=details.get("unit"), grams=details.get("grams"),
            source=details.get("source"), category=category, item=item)
        if errors or factor is None:
            raise _BadRow(errors[0])
        if isinstance(details.get("assumption"), bool):
            factor = replace(factor, assumption=details["assumption"])
        own[key] = factor
        if _details(r).get("archived") is True:
            archived.add(key)
        known.setdefault(key, set()).update({factor.unit, unit_f})
        return
    try:
        value = float(r.get("factor_value") or "")
        unit_info(unit_f)
        kind = Kind((r.get("factor_kind") or "").strip())
    except (ValueError, KeyError):
        return  # the row's own check says what is wrong
    if not (item.startswith(OWN_PREFIX) and item.replace("_", "").isalpha() and item.isascii()
            and math.isfinite(value) and 0 < value < 1_000_000):
        return
    source = undefuse((r.get("factor_source") or "").strip()) or OUR_ESTIMATE
    own[key] = Factor(key, value, unit_f, kind, source[:300], None,
                      label=item[len(OWN_PREFIX):].replace("_", " ").strip() or item,
                      assumption=(r.get("factor_assumption") or "").strip() in ("1", "True", "true"),
                      set_id=FAMILY_SET)
    known.setdefault(key, set()).add(unit_f)


def _meter_line(r: dict[str, str], today: dt.date, known: dict[str, set[str]]
                ) -> tuple[Any, ...]:
    """A month's saving on one of the household's meters, as exported: (day, item, quantity,
    unit, set, key, value, factor unit, kind, source, year, assumption, grams, points). It
    belongs to the household, whatever the file calls it."""
    cell = {k: undefuse(v.strip()) if isinstance(v, str) else v for k, v in r.items()}
    day, err = parse_date(cell["date"], today)
    if err or day is None or not cell["date"]:
        raise _BadRow(err or FieldError("date", "{field}: a date is required"))
    item = cell["item"]
    key = METER_KEYS.get(item)
    if cell["category"] != "energy" or key is None or (cell["factor_key"] or key) != key:
        raise _BadRow(FieldError("item", "{field}: '{value}' is not a meter (electricity, gas or "
                                 "water)", {"value": item[:20]}))
    unit_f = cell["factor_unit"]
    if key not in known or unit_f not in known[key]:
        raise _BadRow(FieldError("factor_unit", "{field}: '{value}' is not a unit of {key} in the "
                                 "factor table", {"value": unit_f[:20], "key": key}))
    try:
        quantity = float(cell["quantity"])
        value = float(cell["factor_value"])
        stated = float(cell["points"])
    except ValueError:
        raise _BadRow(FieldError("", "the cells quantity, factor_value and points must be "
                                 "numbers")) from None
    if not all(math.isfinite(x) for x in (quantity, value, stated)) or not (
            0 < abs(quantity) <= 1_000_000 and factor_value_ok(value)):
        raise _BadRow(FieldError("quantity", "{field}: the quantity or the factor's value is out "
                                 "of range"))
    try:
        kind = Kind(cell["factor_kind"])
    except ValueError:
        raise _BadRow(FieldError("factor_kind", "{field}: '{value}' must be reduction or emission",
                                 {"value": cell["factor_kind"][:20]})) from None
    source = cell["factor_source"]
    if not source or len(source) > 500:
        raise _BadRow(FieldError("factor_source", "{field}: the source of the factor is required "
                                 "(500 characters at most)"))
    year = int(cell["factor_year"]) if (cell.get("factor_year") or "").isdigit() else None
    factor = Factor(key, value, unit_f, kind, source, year, set_id=(cell.get("factor_set") or "imported")[:40])
    grams = calc.line_grams("energy", quantity, factor)
    points = calc.line_points(grams)
    if int(stated) != points:
        raise _BadRow(FieldError("points", "{field}: {value} does not match quantity × factor = "
                                 "{expected}", {"value": cell["points"][:20], "expected": points}))
    assumed = int(cell.get("factor_assumption") in ("1", "True", "true"))
    return (day.isoformat(), item, quantity, unit_info(unit_f)[0], factor.set_id, key, value, unit_f,
            kind.value, source, year, assumed, grams, points)


def plan_import(store: Store, path: Path | str) -> ImportPlan:
    """Validate every row; nothing is written."""
    rows = _read(Path(path))
    members = {m.name: m.id for m in store.members(include_archived=True)}
    known: dict[str, set[str]] = {}
    for key, unit in store.db.execute("SELECT DISTINCT key, unit FROM factors"):
        known.setdefault(key, set()).add(unit)
    plan = ImportPlan(rows=len(rows))
    candidates = []
    for line, r in rows:
        if isinstance(r, FieldError):  # a row the reader already refused
            plan.errors.append((line, r))
            continue
        try:
            kind = (r.get("kind") or "action").strip()
            if kind == "redemption":
                plan.redemptions.append(_redemption(members, r, store.today()))
            elif kind == "appliance":
                plan.appliance_days.append(_appliance_day(members, r, store.today(), known))
            elif kind == "action":
                _own_action(r, known, plan.own_actions, plan.own_archived)
                candidates.append(_row(store, members, r, store.today(), known))
            elif kind == "meter":
                plan.meter_lines.append(_meter_line(r, store.today(), known))
            elif kind == "reading":
                _reading(store, r, plan)
            else:
                raise _BadRow(FieldError("kind", "{field}: '{value}' must be action, appliance, meter, "
                                         "reading or redemption", {"value": kind[:20]}))
        except _BadRow as exc:
            plan.errors.append((line, exc.error))
        except KeyError as exc:
            plan.errors.append((line, FieldError(str(exc.args[0]), "{field}: the cell is missing")))
    if plan.errors:
        return plan
    plan.candidates = candidates
    plan.new, plan.already = _split(store, candidates)
    _split_others(store, plan)
    return plan


def _reading(store: Store, r: dict[str, str], plan: ImportPlan) -> None:
    """A meter's reading of a month, and its baseline: the same checks as typing it in."""
    cell = {k: undefuse(v.strip()) if isinstance(v, str) else v for k, v in r.items()}
    found = _details(r).get("reading")
    if not isinstance(found, dict):
        raise _BadRow(FieldError("details", "{field}: a reading row says in its details how the meter "
                                 "was read (reading or bill)"))
    try:
        reading = store.meters.check(cell.get("item", ""), cell.get("date", "")[:7],
                                     cell.get("quantity", ""), found.get("how"),
                                     _text(found.get("new_meter_start")),
                                     _text(found.get("old_meter_end")), cell.get("note", ""))
    except ValidationError as exc:
        raise _BadRow(exc.errors[0]) from None
    base = found.get("baseline")
    if base is not None:
        errors: list[FieldError] = []
        value = meter_number(_text(base), "baseline", errors, required=True)
        if errors or value is None:
            raise _BadRow(errors[0])
        if plan.baselines.setdefault(reading.meter, value) != value:
            raise _BadRow(FieldError("baseline", "{field}: {value} differs from the {meter} "
                                     "baseline of an earlier row", {"value": f"{value:g}",
                                                                     "meter": reading.meter}))
    plan.readings.append(reading)


def _text(value: Any) -> Any:
    """A number of the details as the checks of typed text read it (None stays None)."""
    return None if value is None else value if isinstance(value, str) else repr(value)


def _redemption(members: dict[str, int], r: dict[str, str], today: dt.date) -> tuple[Any, ...]:
    cell = {k: undefuse(v.strip()) if isinstance(v, str) else v for k, v in r.items()}
    day, err = parse_date(cell.get("date", ""), today)
    if err or day is None:
        raise _BadRow(err or FieldError("date", "{field}: a date is required"))
    who = cell.get("member", "")
    if who and who not in members:
        raise _BadRow(FieldError("member", "{field}: unknown member '{value}'; add the member first",
                                 {"value": who[:40]}))
    try:
        points = int(cell.get("points", ""))
    except ValueError:
        raise _BadRow(FieldError("points", "{field}: '{value}' is not a whole number",
                                 {"value": cell.get("points", "")[:20]})) from None
    if not -100_000_000 <= points < 0:
        raise _BadRow(FieldError("points", "{field}: a redemption spends points ({value} is not below zero)",
                                 {"value": points}))
    reward = cell.get("item", "")
    if not reward or len(reward) > 80:
        raise _BadRow(FieldError("item", "{field}: the reward's name is required (80 characters at most)"))
    return (members[who] if who else None, day.isoformat(), -points, reward)


def _appliance_day(members: dict[str, int], r: dict[str, str], today: dt.date,
                   known: dict[str, set[str]]) -> tuple[Any, ...]:
    """(member_id, appliance type, day, kWh saved, grid factor snapshot..., points)."""
    cell = {k: undefuse(v.strip()) if isinstance(v, str) else v for k, v in r.items()}
    day, err = parse_date(cell.get("date", ""), today)
    if err or day is None:
        raise _BadRow(err or FieldError("date", "{field}: a date is required"))
    who = cell.get("member", "")
    if who not in members:
        raise _BadRow(FieldError("member", "{field}: unknown member '{value}'; add the member first",
                                 {"value": who[:40]}))
    item = cell.get("item", "")
    if item not in APPLIANCES:
        raise _BadRow(FieldError("item", "{field}: '{value}' is not an appliance type", {"value": item[:30]}))
    if cell.get("factor_key") != GRID_KEY or GRID_KEY not in known:
        raise _BadRow(FieldError("factor_key", "{field}: an appliance's line uses {key}", {"key": GRID_KEY}))
    try:
        kwh = float(cell["quantity"])
        value = float(cell["factor_value"])
        points = int(cell["points"])
        year = int(cell["factor_year"]) if cell.get("factor_year") else None
    except (KeyError, ValueError):
        raise _BadRow(FieldError("", "the cells quantity, factor_value, factor_year and points must be "
                                 "numbers")) from None
    unit = cell.get("factor_unit", "")
    if unit not in UNITS or not (math.isfinite(kwh) and 0 < kwh * 365 < APPLIANCES[item].baseline_kwh_year
                                 and factor_value_ok(value)):
        raise _BadRow(FieldError("quantity", "{field}: not a day's saving of an appliance that uses less "
                                 "than its baseline"))
    grid = Factor(GRID_KEY, value, unit, Kind.EMISSION, cell.get("factor_source") or "imported", year,
                  set_id=(cell.get("factor_set") or "imported")[:40],
                  assumption=cell.get("factor_assumption") in ("1", "True", "true"))
    if calc.line_points(calc.line_grams("appliance", kwh, grid)) != points:
        raise _BadRow(FieldError("points", "{field}: {value} does not match the day's kWh saved × the grid "
                                 "factor", {"value": points}))
    return (members[who], item, day, kwh, grid, points)


def _split_others(store: Store, plan: ImportPlan) -> None:
    """Redemptions and appliance days that the book does not have yet (the same file twice
    adds nothing)."""
    have: Counter[tuple[Any, ...]] = Counter(
        tuple(r) for r in store.db.execute("SELECT member_id, day, points, reward FROM redemptions"))
    taken: Counter[tuple[Any, ...]] = Counter()
    plan.new_redemptions = []
    for r in plan.redemptions:
        taken[r] += 1
        if taken[r] <= have[r]:
            plan.already += 1
        else:
            plan.new_redemptions.append(r)
    plan.new_meter_lines = []
    for m in plan.meter_lines:
        if store.db.execute("SELECT 1 FROM entries WHERE kind = 'meter' AND item = ? "
                            "AND substr(day, 1, 7) = ?", [m[1], m[0][:7]]).fetchone():
            plan.already += 1
        else:
            plan.new_meter_lines.append(m)
    have_months = {(r.meter, r.month) for r in store.meters.readings()}
    plan.new_readings = []
    for reading in plan.readings:
        if (reading.meter, reading.month) not in have_months:
            have_months.add((reading.meter, reading.month))
            plan.new_readings.append(reading)
    plan.new_baselines = {m: v for m, v in plan.baselines.items()
                          if store.meters.baseline(m) is None}
    plan.new_appliance_days = []
    for d in plan.appliance_days:
        found = store.db.execute(
            "SELECT 1 FROM entries WHERE kind = 'appliance' AND member_id = ? AND item = ? AND day = ?",
            [d[0], d[1], d[2].isoformat()]).fetchone()
        if found:
            plan.already += 1
        else:
            plan.new_appliance_days.append(d)


def _appliance_runs(days: list[tuple[Any, ...]]) -> list[list[tuple[Any, ...]]]:
    """Consecutive days of one member's appliance at one daily saving and grid factor: one
    appliance each, whose lines the book then posts exactly as the file has them."""
    runs: list[list[tuple[Any, ...]]] = []
    for d in sorted(days, key=lambda d: (d[0], d[1], d[3], d[4].value, d[2])):
        last = runs[-1][-1] if runs else None
        if last is not None and last[:2] == d[:2] and last[3] == d[3] and last[4] == d[4] and (
                d[2] - last[2]).days == 1:
            runs[-1].append(d)
        else:
            runs.append([d])
    return runs


def _split(store: Store, candidates: list[tuple[Any, ...]]) -> tuple[list[tuple[Any, ...]], int]:
    """(rows not yet in the book, how many already are): the same file twice adds nothing;
    identical rows are counted."""
    have: Counter[tuple[Any, ...]] = Counter()
    days = {v[1] for v in candidates}
    for day in days:
        for r in store.db.execute(
                "SELECT member_id, day, category, item, quantity, factor_key, factor_value, note "
                "FROM entries WHERE day = ?", [day]):
            have[tuple(r)] += 1
    taken: Counter[tuple[Any, ...]] = Counter()
    new, already = [], 0
    for v in candidates:
        k = (*v[:5], v[7], v[8], v[16])
        taken[k] += 1
        if taken[k] <= have[k]:
            already += 1
        else:
            new.append(v)
    return new, already


def apply_import(store: Store, plan: ImportPlan) -> int:
    """Write the planned rows in one transaction (a backup is made first for a file)."""
    if not plan.ok:
        raise ImportError_("The file has {n} bad rows; nothing was imported.", n=len(plan.errors))
    if not (plan.new_lines or plan.new_readings or plan.new_baselines):
        return 0
    store.backup("pre-import")
    before = {t: _max_id(store, t) for t in ("entries", "redemptions", "appliances")}
    with store.tx():  # BEGIN IMMEDIATE: a second import of the same file waits here, then finds
        # its rows already in the book (the plan was made before the lock)
        plan.new, plan.already = _split(store, plan.candidates or plan.new)
        _split_others(store, plan)
        plan.created_actions = []
        for f in plan.own_actions.values():
            if f.key not in store.factor_book.get(FAMILY_SET, include_archived=True, merged=False):
                store.factor_book.put_own(f, f.key in plan.own_archived)
                plan.created_actions.append(f)
        added = store.bulk_add(plan.new) if plan.new else 0
        for member_id, day, points, reward in plan.new_redemptions:
            store.db.execute("INSERT INTO redemptions(member_id, day, points, reward) VALUES (?, ?, ?, ?)",
                             [member_id, day, points, reward])
        added += len(plan.new_redemptions)
        if plan.new_meter_lines:
            household = store.people.household().id
            store.db.conn.executemany(
                "INSERT INTO entries(kind, member_id, day, category, item, quantity, unit, "
                "factor_set, factor_key, factor_value, factor_unit, factor_kind, factor_source, "
                "factor_year, factor_assumption, grams, points, note) "
                "VALUES ('meter', ?, ?, 'energy', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')",
                [(household, *m) for m in plan.new_meter_lines])
            added += len(plan.new_meter_lines)
        # readings and baselines as the file has them; their lines are the file's (above), so
        # nothing is worked out again and no point changes
        store.meters.put_imported(plan.new_readings, plan.new_baselines)
        today = store.today()
        for run in _appliance_runs(plan.new_appliance_days):
            added += store.appliance_book.import_run(
                run[0][0], run[0][1], run[0][3], run[0][4], run[0][2],
                None if run[-1][2] >= today - dt.timedelta(days=1) else run[-1][2])
        # what this import wrote, for its undo (the write lock is held: nothing else wrote)
        plan.written = {t: [int(r[0]) for r in store.db.execute(
            f"SELECT id FROM {t} WHERE id > ?" + (" AND kind IN ('action', 'meter')" if t == "entries" else ""),
            [n])] for t, n in before.items()}
        return added


def _max_id(store: Store, table: str) -> int:
    return int(store.db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])
