"""Rows taken out and put back whole: the undo and redo of changes made in bulk (an import)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

    from greenlife.store.transactions import Transactions

# Parents first when putting back, children first when taking out: an appliance's daily
# lines refer to it.
TABLES = ("appliances", "entries", "redemptions")


@dataclass
class Snapshot:
    """Rows of some tables, by table, each row a dict of its columns."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def ids(self, table: str) -> list[int]:
        return [int(r["id"]) for r in self.rows.get(table, [])]


class Snapshots:
    def __init__(self, db: Database, tx: Transactions) -> None:
        self.db = db
        self.tx = tx

    def take(self, ids: dict[str, list[int]]) -> Snapshot:
        """Remove these rows (and an appliance's lines with it), returning them whole so that
        ``put`` can bring them back with the same ids."""
        snap = Snapshot()
        with self.tx():
            for table in TABLES:
                wanted = ids.get(table, [])
                if table == "entries":  # the lines of the appliances taken out go too
                    wanted = wanted + [
                        int(r[0]) for aid in ids.get("appliances", [])
                        for r in self.db.execute(
                            "SELECT id FROM entries WHERE appliance_id = ?", [aid])]
                got: list[dict[str, Any]] = []
                for chunk in _chunks(sorted(set(wanted))):
                    marks = ", ".join("?" * len(chunk))
                    cur = self.db.execute(f"SELECT * FROM {table} WHERE id IN ({marks})", chunk)
                    cols = [d[0] for d in cur.description]
                    got += [dict(zip(cols, r, strict=True)) for r in cur]
                snap.rows[table] = got
            for table in reversed(TABLES):
                for chunk in _chunks(snap.ids(table)):
                    marks = ", ".join("?" * len(chunk))
                    self.db.execute(f"DELETE FROM {table} WHERE id IN ({marks})", chunk)
        return snap

    def put(self, snap: Snapshot) -> None:
        """Put rows taken out by ``take`` back, exactly as they were."""
        with self.tx():
            for table in TABLES:
                rows = snap.rows.get(table, [])
                if not rows:
                    continue
                cols = list(rows[0])
                sql = (f"INSERT INTO {table}({', '.join(cols)}) "
                       f"VALUES ({', '.join('?' * len(cols))})")
                self.db.conn.executemany(sql, [[r[c] for c in cols] for r in rows])


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[i:i + size] for i in range(0, len(ids), size)]
