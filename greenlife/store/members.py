"""The household's members."""

from __future__ import annotations

from typing import TYPE_CHECKING

from greenlife.core.errors import FieldError, NotFoundError, ValidationError
from greenlife.core.models import Member
from greenlife.core.validation import check_colour, check_name
from greenlife.store import rows

if TYPE_CHECKING:
    from sqlite_utils import Database

    from greenlife.store.transactions import Transactions

_COLS = "id, name, colour, active, household"
# The stored name of the household pseudo-member; screens show it translated ("全家").
HOUSEHOLD_NAME = "Household"
HOUSEHOLD_COLOUR = "#546E7A"

PALETTE = ("#2E7D32", "#1565C0", "#EF6C00", "#6A1B9A", "#C62828", "#00838F")


class Members:
    def __init__(self, db: Database, tx: Transactions) -> None:
        self.db = db
        self.tx = tx

    def add(self, name: str, colour: str | None = None) -> Member:
        errors: list[FieldError] = []
        name = self._free_name(name, None, errors)
        if colour is None:
            count = self.db.execute(
                "SELECT count(*) FROM members WHERE household = 0").fetchone()[0]
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
        return self.get(int(cur.lastrowid or 0))

    def all(self, include_archived: bool = False) -> list[Member]:
        """The family's members (the household pseudo-member is not one of them)."""
        sql = f"SELECT {_COLS} FROM members WHERE household = 0"
        if not include_archived:
            sql += " AND active = 1"
        return [rows.member(r) for r in self.db.execute(sql + " ORDER BY id")]

    def household(self) -> Member:
        """The pseudo-member whose lines belong to the whole family (a meter reading, the
        family's waste sorted together): they count in the household's totals and in no
        member's balance. Made once, the first time it is asked for."""
        row = self.db.execute(f"SELECT {_COLS} FROM members WHERE household = 1").fetchone()
        if row is not None:
            return rows.member(row)
        name, n = HOUSEHOLD_NAME, 1
        while self.id_by_name(name) is not None:
            n += 1
            name = f"{HOUSEHOLD_NAME} {n}"
        with self.tx():
            cur = self.db.execute(
                "INSERT INTO members(name, colour, household) VALUES (?, ?, 1)",
                [name, HOUSEHOLD_COLOUR])
        return self.get(int(cur.lastrowid or 0))

    def household_id(self) -> int | None:
        """The household pseudo-member's id, or None while it has never been needed."""
        row = self.db.execute("SELECT id FROM members WHERE household = 1").fetchone()
        return int(row[0]) if row else None

    def get(self, member_id: int) -> Member:
        row = self.db.execute(
            f"SELECT {_COLS} FROM members WHERE id = ?", [member_id]
        ).fetchone()
        if row is None:
            raise NotFoundError("No member with id {id}.", id=member_id)
        return rows.member(row)

    def _free_name(self, name: str, current: str | None, errors: list[FieldError]) -> str:
        """A valid name no other member has (the member's own current name is free)."""
        name, err = check_name(name)
        if err:
            errors.append(err)
        elif name != current and self.id_by_name(name) is not None:
            errors.append(FieldError("name", "{field}: '{value}' is already a member; pick another "
                                     "name", {"value": name}))
        return name

    def id_by_name(self, name: str) -> int | None:
        row = self.db.execute("SELECT id FROM members WHERE name = ?", [name]).fetchone()
        return row[0] if row else None

    def find(self, name_or_id: str | int, *, active_only: bool = True) -> Member:
        """A member by name (or id); unknown or archived names are refused with a message."""
        if isinstance(name_or_id, int):
            member = self.get(name_or_id)
        else:
            member_id = self.id_by_name(str(name_or_id).strip())
            if member_id is None:
                known = ", ".join(m.name for m in self.all()) or "none yet"
                raise ValidationError([
                    FieldError("member", "{field}: unknown member '{value}'; known members: "
                               "{known} (add one with 'greenlife member add NAME')",
                               {"value": str(name_or_id)[:40], "known": known})
                ])
            member = self.get(member_id)
        if active_only and not member.active:
            raise ValidationError([
                FieldError("member", "{field}: '{value}' is archived; restore the member in "
                           "Settings first", {"value": member.name})
            ])
        return member

    def update(
        self,
        member_id: int,
        *,
        name: str | None = None,
        colour: str | None = None,
        active: bool | None = None,
    ) -> Member:
        current = self.get(member_id)
        errors: list[FieldError] = []
        if name is not None:
            name = self._free_name(name, current.name, errors)
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
        return self.get(member_id)

    def put(self, m: Member) -> None:
        """A member row exactly as given (undo and redo of add, rename, recolour, archive)."""
        with self.tx():
            self.db.execute(
                "INSERT INTO members(id, name, colour, active, household) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET name = excluded.name, colour = excluded.colour, "
                "active = excluded.active",
                [m.id, m.name, m.colour, int(m.active), int(m.household)])

    def remove(self, member_id: int) -> None:
        """Undo of ``add``: the member goes if nothing refers to them yet, else is archived."""
        used = any(self.db.execute(f"SELECT 1 FROM {t} WHERE member_id = ? LIMIT 1",
                                   [member_id]).fetchone()
                   for t in ("entries", "templates", "appliances", "redemptions", "goals"))
        with self.tx():
            if used:
                self.db.execute("UPDATE members SET active = 0 WHERE id = ?", [member_id])
            else:
                self.db.execute("DELETE FROM badges_earned WHERE scope = ?",
                                [f"member:{member_id}"])
                self.db.execute("DELETE FROM members WHERE id = ?", [member_id])
