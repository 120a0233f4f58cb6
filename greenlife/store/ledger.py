"""The lines the family logs (actions): validate, add, edit, delete, list.

Each action is one line of the ledger with its factor as used (value, unit, kind, source,
year, set, assumption), its grams and its integer points. Deletes and edits that would
leave a balance below zero after a redemption say so first (``OverspendError``) unless
confirmed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from greenlife.core import calc
from greenlife.core.errors import FieldError, NotFoundError, ValidationError
from greenlife.core.ledger import factor_for_edit
from greenlife.core.models import Category, Entry, EntryDraft, Factor, Kind, Leg, Member
from greenlife.core.routine import Logged
from greenlife.core.validation import validate_entry
from greenlife.store import rows

if TYPE_CHECKING:
    from sqlite_utils import Database

    from greenlife.store.book import Book
    from greenlife.store.factors import Factors
    from greenlife.store.members import Members
    from greenlife.store.transactions import Transactions

INSERT = (
    "INSERT INTO entries(member_id, day, category, item, quantity, unit, factor_set, "
    "factor_key, factor_value, factor_unit, factor_kind, factor_source, factor_year, "
    "factor_assumption, grams, points, note) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def entry_values(draft: EntryDraft, factor: Factor) -> list[Any]:
    """The row of one action line; the unit always follows the factor (km, ride, kg, meal)."""
    g = calc.line_grams(Category(draft.category).value, draft.quantity, factor)
    return [
        draft.member_id, draft.day.isoformat(), Category(draft.category).value, draft.item,
        draft.quantity, calc.quantity_unit(factor), factor.set_id, factor.key, factor.value,
        factor.unit, Kind(factor.kind).value, factor.source, factor.year, int(factor.assumption),
        g, calc.line_points(g), draft.note,
    ]


def _sorted_ids(conn: sqlite3.Connection, member_id: int | None, start: dt.date | None,
                end: dt.date | None, category: str | None, order_by: str,
                descending: bool) -> array[int]:
    where, args = rows.where("e", member_id, start, end,
                             Category(category).value if category else None)
    direction = "DESC" if descending else "ASC"
    join = " JOIN members m ON m.id = e.member_id" if order_by == "member" else ""
    return array("q", (r[0] for r in conn.execute(
        f"SELECT e.id FROM entries e{join} WHERE {where} AND e.kind = 'action' "
        f"ORDER BY {Ledger.ORDERABLE[order_by]} {direction}, e.id {direction}", args)))


def sorted_ids_from_file(path: Path, key: tuple[Any, ...]) -> array[int]:
    """``Ledger.sorted_ids`` on a read-only connection of its own (for a worker thread):
    no integrity check, no write."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=5)
    try:
        return _sorted_ids(conn, *key)
    finally:
        conn.close()


class Ledger:
    def __init__(self, db: Database, tx: Transactions, factors: Factors, members: Members,
                 book: Book, today: Callable[[], dt.date]) -> None:
        self.db = db
        self.tx = tx
        self.factors = factors
        self.members = members
        self.book = book
        self.today = today
        self._sorted: tuple[object, dict[tuple[object, ...], array[int]]] = (None, {})

    # -- adding ---------------------------------------------------------------
    def add(self, drafts: Sequence[EntryDraft]) -> list[Entry]:
        """Store validated drafts with the active factors, all in one transaction."""
        factors = self.factors.get()
        ids = []
        with self.tx():
            for d in drafts:
                factor = factors[f"{Category(d.category).value}.{d.item}"]
                ids.append(int(self.db.execute(INSERT, entry_values(d, factor)).lastrowid or 0))
        return self.by_ids(ids)

    def bulk_add(self, values: Iterable[Sequence[Any]]) -> int:
        """Insert many prepared rows (see ``entry_values``) in one transaction."""
        with self.tx():
            cur = self.db.conn.executemany(INSERT, values)
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
        *,
        factors: dict[str, Factor] | None = None,
        found: dict[str | int, Member] | None = None,
    ) -> EntryDraft:
        """Validate one action as typed; raise ValidationError naming every bad field. A
        caller validating many passes the factors it read and a dict of the members found."""
        errors: list[FieldError] = []
        member_id = 0
        try:
            known = None if found is None else found.get(member)
            if known is None:
                known = self.members.find(member)
                if found is not None:
                    found[member] = known
            member_id = known.id
        except ValidationError as exc:
            errors += exc.errors
        draft, more = validate_entry(
            member_id=member_id, day=day, category=category, item=item, quantity=quantity,
            factors=self.factors.get() if factors is None else factors, today=self.today(),
            note=note, quantity_field=quantity_field,
        )
        errors += more
        if errors or draft is None:
            raise ValidationError(errors)
        return draft

    def drafts(self, rows: Iterable[tuple[str | int, Category | str, str, Any, Any]]
               ) -> list[EntryDraft]:
        """Validate several actions (member, category, item, quantity, day) with one read of
        the factors and of each member (a family's day of 56 legs read the factor table 56
        times); the first bad one raises its ValidationError."""
        factors = self.factors.get()
        found: dict[str | int, Member] = {}
        return [self.draft(member, category, item, quantity, day, factors=factors, found=found)
                for member, category, item, quantity, day in rows]

    def log(self, member: str | int, category: Category | str, item: str, quantity: Any,
            day: Any = None, note: Any = "", quantity_field: str | None = None) -> Entry:
        draft = self.draft(member, category, item, quantity, day, note, quantity_field)
        return self.add([draft])[0]

    def preview(self, draft: EntryDraft) -> tuple[float, int, Factor]:
        """Grams and points a draft would earn with the active factors, without saving."""
        factor = self.factors.get()[f"{Category(draft.category).value}.{draft.item}"]
        g = calc.line_grams(Category(draft.category).value, draft.quantity, factor)
        return g, calc.line_points(g), factor

    def same_as_yesterday(self, member: str | int, day: dt.date | None = None) -> list[Entry]:
        """Repeat a member's entries of the day before ``day`` (today by default) on ``day``."""
        return self.add(self.yesterday_drafts(member, day))

    def yesterday_drafts(self, member: str | int, day: dt.date | None = None) -> list[EntryDraft]:
        """What 'same as yesterday' would log on ``day``, without logging it."""
        m = self.members.find(member)
        day = day or self.today()
        yesterday = day - dt.timedelta(days=1)
        previous = self.select(m.id, yesterday, yesterday, descending=False)
        if not previous:
            raise ValidationError([FieldError(
                "date", "{field}: {name} has no entries on {value} to repeat",
                {"name": m.name, "value": yesterday.isoformat()})])
        factors = self.factors.get()
        drafts = [
            EntryDraft(m.id, day, e.category, e.item, e.quantity, e.unit, e.note)
            for e in previous
            if f"{e.category.value}.{e.item}" in factors
        ]
        return drafts

    def logged_on(self, days: Sequence[dt.date], member_ids: Sequence[int] | None = None
                  ) -> list[Logged]:
        """The actions logged on some days (what a routine is learnt from), oldest first."""
        if not days:
            return []
        args: list[Any] = [d.isoformat() for d in days]
        sql = ("SELECT member_id, day, category, item, quantity, unit FROM entries "
               f"WHERE kind = 'action' AND day IN ({', '.join('?' * len(days))})")
        if member_ids is not None:
            sql += f" AND member_id IN ({', '.join('?' * len(member_ids))})"
            args += list(member_ids)
        return [Logged(mid, dt.date.fromisoformat(day), Leg(Category(cat), item, qty, unit))
                for mid, day, cat, item, qty, unit in self.db.execute(sql + " ORDER BY id", args)]

    def logged_counts(self, day: dt.date, member_ids: Sequence[int]) -> Counter[tuple[int, str, str]]:
        """(member, category, item) -> how many actions of it the members logged on a day
        (what marks a routine item as done), counted by SQLite."""
        if not member_ids:
            return Counter()
        rows = self.db.execute(
            "SELECT member_id, category, item, count(*) FROM entries WHERE kind = 'action' "
            f"AND day = ? AND member_id IN ({', '.join('?' * len(member_ids))}) "
            "GROUP BY member_id, category, item", [day.isoformat(), *member_ids])
        return Counter({(mid, cat, item): n for mid, cat, item, n in rows})

    def already_logged(self, drafts: Sequence[EntryDraft]) -> list[EntryDraft]:
        """The drafts whose member already has the same item logged on the same day."""
        return [d for d in drafts if self.db.execute(
            "SELECT 1 FROM day_items WHERE member_id = ? AND day = ? AND category = ? "
            "AND item = ? AND n > 0",
            [d.member_id, d.day.isoformat(), Category(d.category).value, d.item]).fetchone()]

    def logged_quantity(self, member_id: int, day: dt.date, category: str, item: str,
                        exclude_id: int | None = None) -> float:
        """How much of an item a member has logged on a day (for the plausibility check)."""
        row = self.db.execute(
            "SELECT coalesce(sum(quantity), 0) FROM entries WHERE kind = 'action' "
            "AND member_id = ? AND day = ? AND category = ? AND item = ? AND id IS NOT ?",
            [member_id, day.isoformat(), category, item, exclude_id]).fetchone()
        return float(row[0])

    # -- reading --------------------------------------------------------------
    def get(self, entry_id: int) -> Entry:
        row = self.db.execute(
            f"SELECT {rows.ENTRY_COLUMNS} FROM entries e JOIN members m ON m.id = e.member_id "
            "WHERE e.id = ?", [entry_id]).fetchone()
        if row is None:
            raise NotFoundError("No entry with id {id}; it may have been deleted.", id=entry_id)
        return rows.entry(row)

    ORDERABLE: ClassVar[dict[str, str]] = {
        "day": "e.day", "member": "m.name", "category": "e.category", "item": "e.item",
        "quantity": "e.quantity", "factor": "e.factor_value", "grams": "e.grams",
        "points": "e.points", "id": "e.id",
    }

    def select(
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
        """The actions the family logged (appliance days are in ``Book.lines``)."""
        where, args = rows.where("e", member_id, start, end,
                                 Category(category).value if category else None)
        col = self.ORDERABLE[order_by]
        direction = "DESC" if descending else "ASC"
        sql = (
            f"SELECT {rows.ENTRY_COLUMNS} FROM entries e JOIN members m ON m.id = e.member_id "
            f"WHERE {where} AND e.kind = 'action' ORDER BY {col} {direction}, e.id {direction}"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return [rows.entry(r) for r in self.db.execute(sql, args)]

    def count(
        self,
        member_id: int | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        category: str | None = None,
    ) -> int:
        """Number of actions matching a filter, read from the rollups (no table scan)."""
        return self.book.count_actions(member_id, start, end, category)

    def page(
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
        if order_by != "day":
            ids = self.sorted_ids(member_id, start, end, category, order_by, descending)
            return self.by_ids(ids[offset:offset + limit])
        if offset > total // 2:
            rev_offset = max(0, total - offset - limit)
            rev_limit = min(limit, total - offset)
            page = self.select(member_id, start, end, category, limit=rev_limit,
                             offset=rev_offset, order_by=order_by, descending=not descending)
            return page[::-1]
        return self.select(member_id, start, end, category, limit=limit, offset=offset,
                         order_by=order_by, descending=descending)

    def version(self) -> tuple[int, int]:
        """Changes when the book changes, by this connection or another."""
        return (self.db.conn.total_changes,
                int(self.db.execute("PRAGMA data_version").fetchone()[0]))

    def sorted_ids(self, member_id: int | None, start: dt.date | None, end: dt.date | None,
                   category: str | None, order_by: str, descending: bool) -> array[int]:
        """The ids of a listing in sorted order, computed once per sort and kept until the
        book changes (this connection's changes or another's): every later page is a slice
        and one lookup by id, instead of a sort of the whole table per page. The app
        computes it off the UI thread first (``sorted_ids_from_file``, then ``adopt``)."""
        key = (member_id, start, end, category, order_by, descending)
        version = self.version()
        if self._sorted[0] != version:
            self._sorted = (version, {})
        cache = self._sorted[1]
        if key not in cache:
            flipped = (*key[:5], not descending)
            if flipped in cache:
                ids = array("q", reversed(cache[flipped]))
            else:
                ids = _sorted_ids(self.db.conn, *key)
            cache.clear()  # one sort at a time is kept: 8 bytes a row
            cache[key] = ids
        return cache[key]

    def has_sorted(self, key: tuple[object, ...]) -> bool:
        """This order (or its reverse) is already sorted for the book as it is now."""
        if self._sorted[0] != self.version():
            return False
        return key in self._sorted[1] or (*key[:5], not key[5]) in self._sorted[1]

    def adopt(self, key: tuple[object, ...], ids: array[int], version: tuple[int, int]) -> bool:
        """Keep ids sorted elsewhere (a worker) if the book has not changed since."""
        if version != self.version():
            return False
        self._sorted = (version, {key: ids})
        return True

    def by_ids(self, ids: Sequence[int]) -> list[Entry]:
        """Entries in the order of ``ids``."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        found = {r[0]: rows.entry(r) for r in self.db.execute(
            f"SELECT {rows.ENTRY_COLUMNS} FROM entries e JOIN members m ON m.id = e.member_id "
            f"WHERE e.id IN ({marks})", list(ids))}
        return [found[i] for i in ids if i in found]

    # -- changing -------------------------------------------------------------
    def _guarded(self, touched: Sequence[Entry], confirm: bool) -> contextlib.AbstractContextManager[None]:
        first = min((e.day for e in touched), default=self.today())
        return self.book.guarded({e.member_id for e in touched}, first,
                                 lambda mid: self.members.get(mid).name, confirm or not touched)

    def update(self, entry_id: int, draft: EntryDraft, *, confirm: bool = False) -> Entry:
        """Edit an entry. The same item keeps its stored factor; a new item takes the active one."""
        old = self.get(entry_id)
        if old.kind != "action":
            raise NotFoundError("Line {id} is a day of an appliance's saving, not an entry: end "
                                "or delete the appliance instead.", id=entry_id)
        factor = factor_for_edit(old, draft, self.factors.get())
        values = entry_values(draft, factor)
        new_day = draft.day
        with self.tx(), self._guarded([old, replace(old, day=new_day, member_id=draft.member_id)],
                                      confirm):
            self.db.execute(
                "UPDATE entries SET member_id=?, day=?, category=?, item=?, quantity=?, unit=?, "
                "factor_set=?, factor_key=?, factor_value=?, factor_unit=?, factor_kind=?, "
                "factor_source=?, factor_year=?, factor_assumption=?, grams=?, points=?, note=? "
                "WHERE id=? AND kind = 'action'",
                [*values, entry_id],
            )
        return self.get(entry_id)

    def delete(self, ids: Sequence[int], *, confirm: bool = False) -> list[Entry]:
        """Delete entries; return them so the caller can undo with ``restore``. Raises
        OverspendError (and deletes nothing) when a balance would go below zero on some
        day after a redemption, unless ``confirm``."""
        gone = [self.get(i) for i in ids]
        for e in gone:
            if e.kind != "action":
                raise NotFoundError("Line {id} is a day of an appliance's saving, not an entry: end "
                                    "or delete the appliance instead.", id=e.id)
        with self.tx(), self._guarded(gone, confirm):
            self.db.conn.executemany("DELETE FROM entries WHERE id = ? AND kind = 'action'",
                                     [(i,) for i in ids])
        return gone

    def restore(self, entries: Sequence[Entry]) -> None:
        """Put deleted entries back exactly as they were (same id, same factor)."""
        with self.tx():
            for e in entries:
                f = e.factor
                self.db.execute(
                    "INSERT INTO entries(id, member_id, day, category, item, quantity, unit, "
                    "factor_set, factor_key, factor_value, factor_unit, factor_kind, "
                    "factor_source, factor_year, factor_assumption, grams, points, note) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [e.id, e.member_id, e.day.isoformat(), e.category.value, e.item, e.quantity,
                     e.unit, f.set_id, f.key, f.value, f.unit, f.kind.value, f.source, f.year,
                     int(f.assumption), e.grams, e.points, e.note],
                )

    def put(self, entry: Entry) -> None:
        """Put an entry back exactly as it was (undo of an edit)."""
        with self.tx():
            self.db.execute("DELETE FROM entries WHERE id = ?", [entry.id])
            self.restore([entry])
