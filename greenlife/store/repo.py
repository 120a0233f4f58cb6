"""The Store: every read and write of a household's data, as dataclasses."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

from sqlite_utils import Database

from greenlife.core import calc
from greenlife.core.errors import FieldError, NotFoundError, ValidationError
from greenlife.core.factors import DEFAULT_SET, FACTOR_SETS, UNITS
from greenlife.core.models import Category, Entry, EntryDraft, Factor, FactorSet, Kind, Member
from greenlife.core.validation import check_colour, check_name, validate_entry
from greenlife.store import rows
from greenlife.store.badges import BadgesMixin
from greenlife.store.book import BookQueries
from greenlife.store.db import open_database
from greenlife.store.household import HouseholdMixin
from greenlife.store.tx import TxMixin

PALETTE = ("#2E7D32", "#1565C0", "#EF6C00", "#6A1B9A", "#C62828", "#00838F")

SETTINGS_DEFAULTS: dict[str, str] = {
    "factor_set": DEFAULT_SET,
    "weekly_goal": "30000",  # household points per week until the goals issue lands
    "household_name": "",
    "language": "",  # "" follows the system locale
    "theme": "system",  # "system", "light" or "dark"
}


class Store(TxMixin, BadgesMixin, HouseholdMixin, BookQueries):
    """A household's carbon book in one SQLite file."""

    def __init__(self, db: Database, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.db = db
        self._today = today
        self._seed()

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        *,
        memory: bool = False,
        today: Callable[[], dt.date] = dt.date.today,
        defer_check: bool = False,
    ) -> Store:
        return cls(open_database(path, memory=memory, defer_check=defer_check), today)

    @property
    def check_pending(self) -> bool:
        """Opened with a deferred integrity check that has not passed yet (read-only)."""
        return bool(getattr(self.db, "check_pending", False))

    def close(self) -> None:
        self.db.conn.close()

    def today(self) -> dt.date:
        return self._today()

    def _seed(self) -> None:
        if getattr(self.db, "check_pending", False) or self.db.execute(
                "SELECT count(*) FROM factor_sets").fetchone()[0]:
            return
        with self.tx():
            for fs, factors in FACTOR_SETS:
                self._insert_set(fs)
                for f in factors:
                    self._write_factor(replace(f, set_id=fs.id))

    # -- settings -----------------------------------------------------------
    def setting(self, key: str) -> str:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else SETTINGS_DEFAULTS.get(key, "")

    def set_setting(self, key: str, value: str) -> None:
        with self.tx():
            self.db.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, str(value)],
            )

    # -- safety -------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        p = self.path_text()
        return Path(p) if p else None

    def backup(self, reason: str = "manual") -> Any:
        """A checked backup through SQLite's backup API (None for an in-memory book)."""
        from greenlife.store.backup import create_backup

        return create_backup(self.db.conn, self.path, reason) if self.path else None

    def daily_backup(self) -> Any:
        """The first start of each day makes a backup."""
        from greenlife.store.backup import list_backups

        if self.path is None:
            return None
        today = dt.date.today()
        if any(b.made.date() == today for b in list_backups(self.path)):
            return None
        return self.backup("daily")

    def check(self) -> list[Any]:
        from greenlife.store.safety import full_check

        return full_check(self.db)

    def is_empty(self) -> bool:
        return self.db.execute("SELECT count(*) FROM members").fetchone()[0] == 0

    # -- members ------------------------------------------------------------
    def add_member(self, name: str, colour: str | None = None) -> Member:
        errors: list[FieldError] = []
        name, err = check_name(name)
        if err:
            errors.append(err)
        elif self._member_id_by_name(name) is not None:
            errors.append(
                FieldError("name", "{field}: '{value}' is already a member; pick another name",
                           {"value": name})
            )
        if colour is None:
            count = self.db.execute("SELECT count(*) FROM members").fetchone()[0]
            colour = PALETTE[count % len(PALETTE)]
        colour, err = check_colour(colour)
        if err:
            errors.append(err)
        if errors:
            raise ValidationError(errors)
        with self.tx():
            cur = self.db.execute(
                "INSERT INTO members(name, colour) VALUES (?, ?)", [name, colour]
            )
        return self.member(cur.lastrowid)

    def members(self, include_archived: bool = False) -> list[Member]:
        sql = "SELECT id, name, colour, active FROM members"
        if not include_archived:
            sql += " WHERE active = 1"
        return [rows.member(r) for r in self.db.execute(sql + " ORDER BY id")]

    def member(self, member_id: int) -> Member:
        row = self.db.execute(
            "SELECT id, name, colour, active FROM members WHERE id = ?", [member_id]
        ).fetchone()
        if row is None:
            raise NotFoundError("No member with id {id}.", id=member_id)
        return rows.member(row)

    def _member_id_by_name(self, name: str) -> int | None:
        row = self.db.execute("SELECT id FROM members WHERE name = ?", [name]).fetchone()
        return row[0] if row else None

    def find_member(self, name_or_id: str | int, *, active_only: bool = True) -> Member:
        """A member by name (or id); unknown or archived names are refused with a message."""
        if isinstance(name_or_id, int):
            member = self.member(name_or_id)
        else:
            member_id = self._member_id_by_name(str(name_or_id).strip())
            if member_id is None:
                known = ", ".join(m.name for m in self.members()) or "none yet"
                raise ValidationError([
                    FieldError("member", "{field}: unknown member '{value}'; known members: "
                               "{known} (add one with 'greenlife member add NAME')",
                               {"value": str(name_or_id)[:40], "known": known})
                ])
            member = self.member(member_id)
        if active_only and not member.active:
            raise ValidationError([
                FieldError("member", "{field}: '{value}' is archived; restore the member in "
                           "Settings first", {"value": member.name})
            ])
        return member

    def update_member(
        self,
        member_id: int,
        *,
        name: str | None = None,
        colour: str | None = None,
        active: bool | None = None,
    ) -> Member:
        current = self.member(member_id)
        errors: list[FieldError] = []
        if name is not None:
            name, err = check_name(name)
            if err:
                errors.append(err)
            elif name != current.name and self._member_id_by_name(name) is not None:
                errors.append(FieldError(
                    "name", "{field}: '{value}' is already a member; pick another name",
                    {"value": name}))
        if colour is not None:
            colour, err = check_colour(colour)
            if err:
                errors.append(err)
        if errors:
            raise ValidationError(errors)
        with self.tx():
            self.db.execute(
                "UPDATE members SET name = ?, colour = ?, active = ? WHERE id = ?",
                [name or current.name, colour or current.colour,
                 int(current.active if active is None else active), member_id],
            )
        return self.member(member_id)

    # -- factors ------------------------------------------------------------
    def _insert_set(self, fs: FactorSet) -> None:
        self.db.execute(
            "INSERT INTO factor_sets(id, name, description, builtin) VALUES (?, ?, ?, ?)",
            [fs.id, fs.name, fs.description, int(fs.builtin)],
        )

    def _write_factor(self, f: Factor) -> None:
        self.db.execute(
            "INSERT INTO factors(set_id, key, label, value, unit, kind, source, year, "
            "assumption, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(set_id, key) DO UPDATE SET label = excluded.label, "
            "value = excluded.value, unit = excluded.unit, kind = excluded.kind, "
            "source = excluded.source, year = excluded.year, "
            "assumption = excluded.assumption, note = excluded.note",
            [f.set_id, f.key, f.label, f.value, f.unit, Kind(f.kind).value, f.source, f.year,
             int(f.assumption), f.note],
        )

    def factor_sets(self) -> list[FactorSet]:
        return [
            FactorSet(r[0], r[1], r[2], bool(r[3]))
            for r in self.db.execute(
                "SELECT id, name, description, builtin FROM factor_sets ORDER BY builtin DESC, id"
            )
        ]

    def active_set(self) -> str:
        return self.setting("factor_set")

    def use_set(self, set_id: str) -> None:
        if set_id not in {s.id for s in self.factor_sets()}:
            known = ", ".join(s.id for s in self.factor_sets())
            raise ValidationError([FieldError(
                "set", "{field}: unknown factor set '{value}'; choose one of: {known}",
                {"value": set_id, "known": known})])
        self.set_setting("factor_set", set_id)

    def create_set(self, set_id: str, name: str, copy_from: str | None = None) -> FactorSet:
        """A family's own set, starting as a copy of another (the active one by default)."""
        set_id = set_id.strip().lower()
        if not set_id or not set_id.replace("_", "").replace("-", "").isalnum():
            raise ValidationError([FieldError(
                "set", "{field}: '{value}' is not a valid id; use letters, digits, - or _",
                {"value": set_id})])
        if set_id in {s.id for s in self.factor_sets()}:
            raise ValidationError([FieldError(
                "set", "{field}: '{value}' already exists; pick another id", {"value": set_id})])
        source = self.factors(copy_from or self.active_set())
        fs = FactorSet(set_id, name or set_id, f"Copy of {copy_from or self.active_set()}")
        with self.tx():
            self._insert_set(fs)
            for f in source.values():
                self._write_factor(replace(f, set_id=set_id))
        return fs

    def factors(self, set_id: str | None = None) -> dict[str, Factor]:
        sid = set_id or self.active_set()
        return {
            r["key"]: rows.factor(r)
            for r in self.db.query(
                "SELECT * FROM factors WHERE set_id = ? ORDER BY key", [sid]
            )
        }

    def save_factor(self, factor: Factor) -> Factor:
        """Add or edit a factor. Past entries keep the factor they used."""
        errors: list[FieldError] = []
        if not isinstance(factor.value, int | float) or not math.isfinite(factor.value) or not (
            0 <= factor.value < 1_000_000
        ):
            errors.append(FieldError("value", "{field}: {value} is out of range; enter 0 to "
                                     "999999", {"value": factor.value}))
        if factor.unit not in UNITS:
            errors.append(FieldError("unit", "{field}: '{value}' is not a known unit; choose one "
                                     "of: {known}", {"value": factor.unit,
                                                     "known": ", ".join(UNITS)}))
        try:
            Kind(factor.kind)
        except ValueError:
            errors.append(FieldError("kind", "{field}: '{value}' must be reduction or emission",
                                     {"value": factor.kind}))
        cat = factor.key.split(".", 1)[0]
        item = factor.key.split(".", 1)[1] if "." in factor.key else ""
        if cat not in {"commute", "waste", "food", "grid"} or not item.replace("_", "").isalpha():
            errors.append(FieldError("key", "{field}: '{value}' must look like commute.subway "
                                     "(category commute, waste, food or grid, then a name of "
                                     "letters and _)", {"value": factor.key}))
        if not factor.source.strip():
            errors.append(FieldError("source", "{field}: say where the value comes from, or "
                                     "'Assumption: ...'", {}))
        if factor.year is not None and not (1990 <= factor.year <= 2100):
            errors.append(FieldError("year", "{field}: {value} is out of range; enter 1990 to "
                                     "2100", {"value": factor.year}))
        if factor.set_id not in {s.id for s in self.factor_sets()}:
            errors.append(FieldError("set", "{field}: unknown factor set '{value}'",
                                     {"value": factor.set_id}))
        if errors:
            raise ValidationError(errors)
        with self.tx():
            self._write_factor(factor)
        return self.factors(factor.set_id)[factor.key]

    # -- entries ------------------------------------------------------------
    def _entry_values(self, draft: EntryDraft, factor: Factor) -> list[Any]:
        g = calc.grams(draft.quantity, factor)
        return [  # the unit always follows the factor (km, ride, kg, meal)
            draft.member_id, draft.day.isoformat(), Category(draft.category).value, draft.item,
            draft.quantity, calc.quantity_unit(factor), factor.set_id, factor.key, factor.value, factor.unit,
            Kind(factor.kind).value, factor.source, factor.year, g, calc.points(g), draft.note,
        ]

    _INSERT = (
        "INSERT INTO entries(member_id, day, category, item, quantity, unit, factor_set, "
        "factor_key, factor_value, factor_unit, factor_kind, factor_source, factor_year, grams, "
        "points, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )

    def add_entries(self, drafts: Sequence[EntryDraft]) -> list[Entry]:
        """Store validated drafts with the active factors, all in one transaction."""
        factors = self.factors()
        ids = []
        with self.tx():
            for d in drafts:
                factor = factors[f"{Category(d.category).value}.{d.item}"]
                ids.append(self.db.execute(self._INSERT, self._entry_values(d, factor)).lastrowid)
        return [self.entry(i) for i in ids]

    def bulk_add(self, values: Iterable[Sequence[Any]]) -> int:
        """Insert many prepared rows (see ``_entry_values``) in one transaction."""
        with self.tx():
            cur = self.db.conn.executemany(self._INSERT, values)
        return cur.rowcount

    def draft(
        self,
        member: str | int,
        category: Category | str,
        item: str,
        quantity: Any,
        day: Any = None,
        note: Any = "",
        quantity_field: str | None = None,
    ) -> EntryDraft:
        """Validate one action as typed; raise ValidationError naming every bad field."""
        errors: list[FieldError] = []
        member_id = 0
        try:
            member_id = self.find_member(member).id
        except ValidationError as exc:
            errors += exc.errors
        draft, more = validate_entry(
            member_id=member_id, day=day, category=category, item=item, quantity=quantity,
            factors=self.factors(), today=self.today(), note=note,
            quantity_field=quantity_field,
        )
        errors += more
        if errors:
            raise ValidationError(errors)
        return draft  # type: ignore[return-value]

    def log(self, member: str | int, category: Category | str, item: str, quantity: Any,
            day: Any = None, note: Any = "", quantity_field: str | None = None) -> Entry:
        draft = self.draft(member, category, item, quantity, day, note, quantity_field)
        return self.add_entries([draft])[0]

    def preview(self, draft: EntryDraft) -> tuple[float, int, Factor]:
        """Grams and points a draft would earn with the active factors, without saving."""
        factor = self.factors()[f"{Category(draft.category).value}.{draft.item}"]
        g = calc.grams(draft.quantity, factor)
        return g, calc.points(g), factor

    def entry(self, entry_id: int) -> Entry:
        row = self.db.execute(
            f"SELECT {rows.ENTRY_COLUMNS} FROM entries e JOIN members m ON m.id = e.member_id "
            "WHERE e.id = ?", [entry_id]).fetchone()
        if row is None:
            raise NotFoundError("No entry with id {id}; it may have been deleted.", id=entry_id)
        return rows.entry(row)

    def update_entry(self, entry_id: int, draft: EntryDraft) -> Entry:
        """Edit an entry. The same item keeps its stored factor; a new item takes the active one."""
        old = self.entry(entry_id)
        factor = old.factor if old.item == draft.item and old.category == draft.category else (
            self.factors()[f"{Category(draft.category).value}.{draft.item}"])
        values = self._entry_values(draft, factor)
        with self.tx():
            self.db.execute(
                "UPDATE entries SET member_id=?, day=?, category=?, item=?, quantity=?, unit=?, "
                "factor_set=?, factor_key=?, factor_value=?, factor_unit=?, factor_kind=?, "
                "factor_source=?, factor_year=?, grams=?, points=?, note=? WHERE id=?",
                [*values, entry_id],
            )
        return self.entry(entry_id)

    def delete_entries(self, ids: Sequence[int]) -> list[Entry]:
        """Delete entries; return them so the caller can undo with ``restore_entries``."""
        gone = [self.entry(i) for i in ids]
        with self.tx():
            self.db.conn.executemany("DELETE FROM entries WHERE id = ?", [(i,) for i in ids])
        return gone

    def restore_entries(self, entries: Sequence[Entry]) -> None:
        """Put deleted entries back exactly as they were (same id, same factor)."""
        with self.tx():
            for e in entries:
                f = e.factor
                self.db.execute(
                    "INSERT INTO entries(id, member_id, day, category, item, quantity, unit, "
                    "factor_set, factor_key, factor_value, factor_unit, factor_kind, "
                    "factor_source, factor_year, grams, points, note) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [e.id, e.member_id, e.day.isoformat(), e.category.value, e.item, e.quantity,
                     e.unit, f.set_id, f.key, f.value, f.unit, f.kind.value, f.source, f.year,
                     e.grams, e.points, e.note],
                )

    def _filter(
        self,
        member_id: int | None,
        start: dt.date | None,
        end: dt.date | None,
        category: str | None,
    ) -> tuple[str, list[Any]]:
        return rows.where("e", member_id, start, end, Category(category).value if category else None)

    ORDERABLE: ClassVar[dict[str, str]] = {
        "day": "e.day", "member": "m.name", "category": "e.category", "item": "e.item",
        "quantity": "e.quantity", "factor": "e.factor_value", "grams": "e.grams",
        "points": "e.points", "id": "e.id",
    }

    def entries(
        self,
        member_id: int | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        category: str | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
        order_by: str = "day",
        descending: bool = True,
    ) -> list[Entry]:
        where, args = self._filter(member_id, start, end, category)
        col = self.ORDERABLE[order_by]
        direction = "DESC" if descending else "ASC"
        sql = (
            f"SELECT {rows.ENTRY_COLUMNS} FROM entries e JOIN members m ON m.id = e.member_id "
            f"WHERE {where} ORDER BY {col} {direction}, e.id {direction}"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return [rows.entry(r) for r in self.db.execute(sql, args)]

    def count_entries(
        self,
        member_id: int | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        category: str | None = None,
    ) -> int:
        """Number of entries matching a filter, read from the rollups (no table scan)."""
        return self.rollup_count(member_id, start, end, category)

    def entry_page(
        self,
        offset: int,
        limit: int,
        total: int,
        member_id: int | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        category: str | None = None,
        order_by: str = "day",
        descending: bool = True,
    ) -> list[Entry]:
        """Rows [offset, offset+limit) of a sorted listing of ``total`` rows.

        Pages past the middle are read from the other end, so the last page
        costs what the first does.
        """
        if offset > total // 2:
            rev_offset = max(0, total - offset - limit)
            rev_limit = min(limit, total - offset)
            page = self.entries(member_id, start, end, category, limit=rev_limit,
                                offset=rev_offset, order_by=order_by, descending=not descending)
            return page[::-1]
        return self.entries(member_id, start, end, category, limit=limit, offset=offset,
                            order_by=order_by, descending=descending)

    def put_entry(self, entry: Entry) -> None:
        """Put an entry back exactly as it was (undo of an edit)."""
        with self.tx():
            self.db.execute("DELETE FROM entries WHERE id = ?", [entry.id])
            self.restore_entries([entry])

    def same_as_yesterday(self, member: str | int, day: dt.date | None = None) -> list[Entry]:
        """Repeat a member's entries of the day before ``day`` (today by default) on ``day``."""
        m = self.find_member(member)
        day = day or self.today()
        yesterday = day - dt.timedelta(days=1)
        previous = self.entries(m.id, yesterday, yesterday, descending=False)
        if not previous:
            raise ValidationError([FieldError(
                "date", "{field}: {name} has no entries on {value} to repeat",
                {"name": m.name, "value": yesterday.isoformat()})])
        drafts = [
            EntryDraft(m.id, day, e.category, e.item, e.quantity, e.unit, e.note)
            for e in previous
            if f"{e.category.value}.{e.item}" in self.factors()
        ]
        return self.add_entries(drafts)
