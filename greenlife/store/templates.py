"""Usual actions (templates): a member's repeatable action, one click to log."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from greenlife.core.errors import ValidationError
from greenlife.core.models import Category, Template
from greenlife.core.validation import check_name
from greenlife.store import rows

if TYPE_CHECKING:
    from sqlite_utils import Database

    from greenlife.store.members import Members
    from greenlife.store.transactions import Transactions


class Templates:
    def __init__(self, db: Database, tx: Transactions, members: Members) -> None:
        self.db = db
        self.tx = tx
        self.members = members

    def add(self, member: str | int, name: str, category: Category | str, item: str,
            quantity: float, unit: str) -> Template:
        m = self.members.find(member)
        name, err = check_name(name, "name")
        if err:
            raise ValidationError([err])
        with self.tx():
            cur = self.db.execute(
                "INSERT INTO templates(member_id, name, category, item, quantity, unit) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [m.id, name, Category(category).value, item, quantity, unit],
            )
        return self.all(m.id, template_id=cur.lastrowid)[0]

    def all(self, member_id: int | None = None, template_id: int | None = None) -> list[Template]:
        sql = ("SELECT t.id, t.member_id, t.name, t.category, t.item, t.quantity, t.unit "
               "FROM templates t JOIN members m ON m.id = t.member_id WHERE m.active = 1")
        args: list[Any] = []
        if member_id is not None:
            sql += " AND t.member_id = ?"
            args.append(member_id)
        if template_id is not None:
            sql += " AND t.id = ?"
            args.append(template_id)
        return [rows.template(r) for r in self.db.execute(sql + " ORDER BY t.member_id, t.id", args)]

    def delete(self, template_id: int) -> None:
        with self.tx():
            self.db.execute("DELETE FROM templates WHERE id = ?", [template_id])
