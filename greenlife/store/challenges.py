"""Family challenges: what the family chose (kind, target, how long, from when); progress
comes from the ledger's daily items through core.challenges, never stored."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from greenlife.core.challenges import MAX_ACTIVE, Challenge, Progress, check, progress
from greenlife.core.errors import GreenlifeError, NotFoundError

if TYPE_CHECKING:
    from sqlite_utils import Database

    from greenlife.store.transactions import Transactions

COLUMNS = "id, kind, target, start, days, name, ended_on"


class TooManyChallengesError(GreenlifeError):
    pass


def _row(r: tuple[Any, ...]) -> Challenge:
    return Challenge(int(r[0]), str(r[1]), float(r[2]), dt.date.fromisoformat(r[3]), int(r[4]),
                     str(r[5]), dt.date.fromisoformat(r[6]) if r[6] else None)


class Challenges:
    def __init__(self, db: Database, tx: Transactions, today: Callable[[], dt.date]) -> None:
        self.db = db
        self.tx = tx
        self.today = today

    def all(self) -> list[Challenge]:
        return [_row(r) for r in self.db.execute(
            f"SELECT {COLUMNS} FROM challenges ORDER BY start, id")]

    def get(self, challenge_id: int) -> Challenge:
        r = self.db.execute(f"SELECT {COLUMNS} FROM challenges WHERE id = ?",
                            [challenge_id]).fetchone()
        if r is None:
            raise NotFoundError("No challenge with id {id}; it may have been removed.",
                                id=challenge_id)
        return _row(r)

    def progress(self, challenges: list[Challenge] | None = None) -> list[Progress]:
        """Progress of each challenge (all when None), from the household's daily items."""
        chs = self.all() if challenges is None else challenges
        if not chs:
            return []
        today = self.today()
        lo = min(c.start for c in chs)
        items = [(dt.date.fromisoformat(d), c, i, q) for d, c, i, q in self.db.execute(
            "SELECT day, category, item, quantity FROM day_items WHERE day BETWEEN ? AND ? "
            "AND category <> 'appliance'", [lo.isoformat(), today.isoformat()])]
        return [progress(c, items, today) for c in chs]

    def active(self) -> list[Progress]:
        today = self.today()
        return [p for p in self.progress() if p.active(today)]

    def start(self, kind: str, target: Any, days: Any = 7, name: str = "",
              start: dt.date | None = None) -> Challenge:
        """A new challenge from ``start`` (today); refused when two already run."""
        kind, t, d = check(kind, target, days)
        if len(self.active()) >= MAX_ACTIVE:
            raise TooManyChallengesError(
                "Two challenges are running already; end one before starting another.")
        name = name.strip()[:80]
        with self.tx():
            cur = self.db.execute(
                "INSERT INTO challenges(kind, target, start, days, name) VALUES (?, ?, ?, ?, ?)",
                [kind, t, (start or self.today()).isoformat(), d, name])
        return self.get(int(cur.lastrowid or 0))

    def end(self, challenge_id: int, day: dt.date | None = None) -> Challenge:
        """The family stops a challenge (kept, with the day it ended)."""
        self.get(challenge_id)
        with self.tx():
            self.db.execute("UPDATE challenges SET ended_on = ? WHERE id = ?",
                            [(day or self.today()).isoformat(), challenge_id])
        return self.get(challenge_id)

    def put(self, ch: Challenge) -> None:
        """Put a challenge back exactly as it was (undo/redo)."""
        with self.tx():
            self.db.execute("DELETE FROM challenges WHERE id = ?", [ch.id])
            self.db.execute(
                f"INSERT INTO challenges({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [ch.id, ch.kind, ch.target, ch.start.isoformat(), ch.days, ch.name,
                 ch.ended_on.isoformat() if ch.ended_on else None])

    def remove(self, challenge_id: int) -> None:
        with self.tx():
            self.db.execute("DELETE FROM challenges WHERE id = ?", [challenge_id])

    def done_days(self) -> list[dt.date]:
        """The day each challenge was completed, oldest first (what the badge counts)."""
        return sorted(p.done_on for p in self.progress() if p.done_on is not None)
