"""Usual actions (templates): a member's repeatable action, one click to log.

A usual action holds one or more legs (1 km by bike, then 61 km by subway); the first leg
lives in the template row (as before m004), the others in ``template_legs``. The family
orders them (``position``), edits, deletes and restores them (undo).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from greenlife.core.errors import FieldError, NotFoundError, ValidationError
from greenlife.core.models import Category, Leg, Template
from greenlife.core.validation import check_name
from greenlife.store import rows

if TYPE_CHECKING:
    from sqlite_utils import Database

    from greenlife.store.members import Members
    from greenlife.store.transactions import Transactions

_COLUMNS = "t.id, t.member_id, t.name, t.category, t.item, t.quantity, t.unit, t.position"


def _checked(name: str, legs: Sequence[Leg]) -> tuple[str, list[Leg]]:
    name, err = check_name(name, "name")
    errors = [err] if err else []
    legs = [Leg(Category(g.category), g.item, float(g.quantity), g.unit) for g in legs]
    if not legs:
        errors.append(FieldError("legs", "{field}: a usual action needs at least one part"))
    if any(g.category == Category.APPLIANCE or g.quantity <= 0 for g in legs):
        errors.append(FieldError("legs", "{field}: each part needs an action and a quantity"))
    if errors:
        raise ValidationError(errors)
    return name, legs


class Templates:
    def __init__(self, db: Database, tx: Transactions, members: Members) -> None:
        self.db = db
        self.tx = tx
        self.members = members

    def add(self, member: str | int, name: str, category: Category | str, item: str,
            quantity: float, unit: str, more_legs: Sequence[Leg] = ()) -> Template:
        return self.add_legs(member, name, [Leg(Category(category), item, quantity, unit),
                                            *more_legs])

    def add_legs(self, member: str | int, name: str, legs: Sequence[Leg]) -> Template:
        m = self.members.find(member)
        name, legs = _checked(name, legs)
        first = legs[0]
        with self.tx():
            position = self.db.execute(
                "SELECT coalesce(max(position), 0) + 1 FROM templates").fetchone()[0]
            cur = self.db.execute(
                "INSERT INTO templates(member_id, name, category, item, quantity, unit, position) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [m.id, name, first.category.value, first.item, first.quantity, first.unit,
                 position],
            )
            self._put_legs(int(cur.lastrowid or 0), legs[1:])
        return self.get(int(cur.lastrowid or 0))

    def _put_legs(self, template_id: int, legs: Sequence[Leg]) -> None:
        self.db.execute("DELETE FROM template_legs WHERE template_id = ?", [template_id])
        self.db.conn.executemany(
            "INSERT INTO template_legs(template_id, seq, category, item, quantity, unit) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(template_id, i, g.category.value, g.item, g.quantity, g.unit)
             for i, g in enumerate(legs, start=1)])

    def all(self, member_id: int | None = None, template_id: int | None = None) -> list[Template]:
        sql = (f"SELECT {_COLUMNS} "
               "FROM templates t JOIN members m ON m.id = t.member_id WHERE m.active = 1")
        args: list[Any] = []
        if member_id is not None:
            sql += " AND t.member_id = ?"
            args.append(member_id)
        if template_id is not None:
            sql += " AND t.id = ?"
            args.append(template_id)
        found = self.db.execute(sql + " ORDER BY t.position, t.id", args).fetchall()
        legs: dict[int, list[Leg]] = {}
        if found:
            ids = [r[0] for r in found]
            marks = ", ".join("?" * len(ids))
            for tid, cat, item, qty, unit in self.db.execute(
                    "SELECT template_id, category, item, quantity, unit FROM template_legs "
                    f"WHERE template_id IN ({marks}) ORDER BY template_id, seq", ids):
                legs.setdefault(tid, []).append(Leg(Category(cat), item, qty, unit))
        return [rows.template(r, tuple(legs.get(r[0], ()))) for r in found]

    def get(self, template_id: int) -> Template:
        found = self.all(template_id=template_id)
        if not found:
            raise NotFoundError("No usual action with id {id}; it may have been deleted.",
                                id=template_id)
        return found[0]

    def update(self, template_id: int, name: str, legs: Sequence[Leg]) -> Template:
        """Rename a usual action and replace its legs."""
        self.get(template_id)
        name, legs = _checked(name, legs)
        first = legs[0]
        with self.tx():
            self.db.execute(
                "UPDATE templates SET name = ?, category = ?, item = ?, quantity = ?, unit = ? "
                "WHERE id = ?",
                [name, first.category.value, first.item, first.quantity, first.unit, template_id])
            self._put_legs(template_id, legs[1:])
        return self.get(template_id)

    def move(self, template_id: int, step: int) -> list[Template]:
        """Move a usual action ``step`` places up (negative) or down among all of them;
        return the new order."""
        order = self.all()
        ids = [t.id for t in order]
        i = ids.index(template_id)
        j = max(0, min(len(ids) - 1, i + step))
        ids.insert(j, ids.pop(i))
        self.reorder(ids)
        return self.all()

    def reorder(self, ids: Sequence[int]) -> None:
        with self.tx():
            self.db.conn.executemany("UPDATE templates SET position = ? WHERE id = ?",
                                     [(pos, tid) for pos, tid in enumerate(ids, start=1)])

    def delete(self, template_id: int) -> Template:
        """Delete a usual action; return it so that ``restore`` can put it back."""
        gone = self.get(template_id)
        with self.tx():
            self.db.execute("DELETE FROM template_legs WHERE template_id = ?", [template_id])
            self.db.execute("DELETE FROM templates WHERE id = ?", [template_id])
        return gone

    def restore(self, t: Template) -> None:
        """Put a deleted usual action back as it was (same id, legs and place)."""
        with self.tx():
            self.db.execute(
                "INSERT INTO templates(id, member_id, name, category, item, quantity, unit, "
                "position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [t.id, t.member_id, t.name, t.category.value, t.item, t.quantity, t.unit,
                 t.position])
            self._put_legs(t.id, t.more_legs)
