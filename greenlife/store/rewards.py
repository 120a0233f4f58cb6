"""The family's rewards and the redemptions (debit lines) that spend points on them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from greenlife.core.errors import FieldError, InsufficientPointsError, NotFoundError, ValidationError
from greenlife.core.ledger import OverspendError
from greenlife.core.models import Redemption
from greenlife.core.validation import Limit, check_name, parse_date, parse_number
from greenlife.store import rows

if TYPE_CHECKING:
    from sqlite_utils import Database

    from greenlife.store.book import Book
    from greenlife.store.members import Members
    from greenlife.store.transactions import Transactions


@dataclass(frozen=True)
class Reward:
    id: int
    name: str
    price: int
    active: bool = True


class Rewards:
    def __init__(self, db: Database, tx: Transactions, members: Members, book: Book,
                 today: Callable[[], dt.date]) -> None:
        self.db = db
        self.tx = tx
        self.members = members
        self.book = book
        self.today = today

    # -- the catalogue -----------------------------------------------------------
    def add(self, name: str, price: Any) -> Reward:
        errors: list[FieldError] = []
        name, err = check_name(name, "reward")
        if err:
            errors.append(err)
        elif self.db.execute("SELECT 1 FROM rewards WHERE name = ?", [name]).fetchone():
            errors.append(FieldError("reward", "{field}: '{value}' already exists; pick another name",
                                     {"value": name}))
        value, err = parse_number(price, Limit("price", 1, 100_000_000, integer=True), "points")
        if err:
            errors.append(err)
        if errors:
            raise ValidationError(errors)
        with self.tx():
            cur = self.db.execute("INSERT INTO rewards(name, price) VALUES (?, ?)", [name, value])
        return self.get(int(cur.lastrowid or 0))

    def get(self, reward_id_or_name: int | str) -> Reward:
        col = "id" if isinstance(reward_id_or_name, int) else "name"
        row = self.db.execute(f"SELECT id, name, price, active FROM rewards WHERE {col} = ?",
                              [reward_id_or_name]).fetchone()
        if row is None:
            known = ", ".join(r.name for r in self.all()) or "none yet"
            raise NotFoundError("No reward '{value}'; rewards: {known} (add one with "
                                "'greenlife reward add NAME --price POINTS')",
                                value=reward_id_or_name, known=known)
        return Reward(row[0], row[1], row[2], bool(row[3]))

    def update(self, reward_id: int, *, name: str | None = None, price: Any = None,
               active: bool | None = None) -> Reward:
        """Rename, reprice or archive (``active=False``) a reward; past redemptions keep the
        name and points they had."""
        r = self.get(reward_id)
        errors: list[FieldError] = []
        if name is not None:
            name, err = check_name(name, "reward")
            if err:
                errors.append(err)
            elif self.db.execute("SELECT 1 FROM rewards WHERE name = ? AND id != ?",
                                 [name, reward_id]).fetchone():
                errors.append(FieldError("reward", "{field}: '{value}' already exists; pick "
                                         "another name", {"value": name}))
        value = r.price
        if price is not None:
            parsed, err = parse_number(price, Limit("price", 1, 100_000_000, integer=True),
                                       "points")
            if err:
                errors.append(err)
            value = int(parsed) if parsed is not None else r.price
        if errors:
            raise ValidationError(errors)
        after = Reward(r.id, name if name is not None else r.name, value,
                       r.active if active is None else active)
        self.put(after)
        return after

    def put(self, r: Reward) -> None:
        """A reward row exactly as given (undo and redo of add, edit, archive)."""
        with self.tx():
            self.db.execute(
                "INSERT INTO rewards(id, name, price, active) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET name = excluded.name, price = excluded.price, "
                "active = excluded.active", [r.id, r.name, r.price, int(r.active)])

    def remove(self, reward_id: int) -> None:
        """Undo of ``add``: the reward goes (only one never redeemed)."""
        with self.tx():
            self.db.execute("DELETE FROM rewards WHERE id = ? AND NOT EXISTS "
                            "(SELECT 1 FROM redemptions WHERE reward_id = ?)",
                            [reward_id, reward_id])

    def all(self) -> list[Reward]:
        return [Reward(i, n, p, bool(a)) for i, n, p, a in self.db.execute(
            "SELECT id, name, price, active FROM rewards WHERE active = 1 ORDER BY price, id")]

    # -- redemptions ---------------------------------------------------------------
    def redeem(
        self, member: str | int | None, points: Any, reward: str, day: Any = None,
        reward_id: int | None = None,
    ) -> Redemption:
        """Spend points on a family reward. The balance (the member's and the household's)
        must cover it on the redemption's date and on every later date."""
        errors: list[FieldError] = []
        member_id: int | None = None
        if member is not None and member != "":
            try:
                member_id = self.members.find(member).id
            except ValidationError as exc:
                errors += exc.errors
        pts, err = parse_number(points, Limit("points", 1, 100_000_000, integer=True), "points")
        if err:
            errors.append(err)
        reward, err = check_name(reward, "reward")
        if err:
            errors.append(err)
        when, err = parse_date(day, self.today())
        if err:
            errors.append(err)
        if errors or pts is None or when is None:
            raise ValidationError(errors)
        with self.tx():
            cur = self.db.execute(
                "INSERT INTO redemptions(member_id, day, points, reward, reward_id) "
                "VALUES (?, ?, ?, ?, ?)",
                [member_id, when.isoformat(), int(pts), reward, reward_id],
            )
            try:
                self._check(member_id, when, int(pts))
            except OverspendError as exc:
                available = exc.balance + int(pts)
                raise InsufficientPointsError(
                    "Cannot redeem {points} points for '{reward}' on {day}: {who} has {available} "
                    "points then. Nothing was redeemed.",
                    points=int(pts), reward=reward, day=exc.day.isoformat(),
                    who=exc.params["who"], available=available,
                ) from None
        row = self.db.execute(
            "SELECT r.id, r.member_id, r.day, r.points, r.reward, m.name FROM redemptions r "
            "LEFT JOIN members m ON m.id = r.member_id WHERE r.id = ?", [cur.lastrowid]
        ).fetchone()
        return rows.redemption(row)

    def _check(self, member_id: int | None, when: dt.date, points: int) -> None:
        """After the redemption is written: the member's and the household's balance must
        stay at zero or above on its date and every later date."""
        for who in (member_id, None) if member_id is not None else (None,):
            low, day = self.book.lowest_balance(who, when)
            if low < 0:
                name = "the household" if who is None else self.members.get(who).name
                raise OverspendError(name, day, low, who)

    def redeem_reward(self, reward: int | str, member: str | int | None = None,
                      day: Any = None) -> Redemption:
        r = self.get(reward)
        return self.redeem(member, r.price, r.name, day, reward_id=r.id)

    def undo(self, redemption_id: int) -> None:
        with self.tx():
            cur = self.db.execute("DELETE FROM redemptions WHERE id = ?", [redemption_id])
        if cur.rowcount == 0:
            raise NotFoundError("No redemption with id {id}.", id=redemption_id)
