"""Keeping the file safe: no network shares, a quick check on open, a full check on demand."""

from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from greenlife.core.errors import StorageError

if TYPE_CHECKING:
    from sqlite_utils import Database

NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ceph", "glusterfs", "davfs",
    "fuse.sshfs", "fuse.rclone", "fuse.s3fs", "9p", "ncpfs", "coda", "lustre", "gpfs", "webdav",
})


class CorruptDatabaseError(StorageError):
    """The file failed its integrity check: it is never written to."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            "The data file {path} is damaged ({detail}). GreenLife has not changed it. Restore "
            "the newest good backup: in the app, or with 'greenlife backup restore --latest'.",
            path=path, detail=detail)
        self.path = path


def mount_type(path: Path, mounts: str = "/proc/mounts") -> str:
    """File system type of the mount holding ``path`` (Linux); '' when unknown."""
    try:
        text = Path(mounts).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    target = str(path.resolve())
    best, kind = "", ""
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) >= len(best):
            best, kind = point, parts[2]
    return kind


def network_share(path: Path, mounts: str = "/proc/mounts") -> str | None:
    """A description of the network share ``path`` is on, or None for a local disk."""
    if sys.platform == "win32":
        p = str(path.resolve())
        if p.startswith("\\\\"):
            return "a Windows network share"
        import ctypes

        drive = os.path.splitdrive(p)[0] + "\\"
        if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # type: ignore[attr-defined]  # DRIVE_REMOTE
            return "a network drive"
        return None
    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    kind = mount_type(folder, mounts)
    if kind in NETWORK_FS or kind.startswith(("nfs", "smb", "cifs")):
        return f"a network file system ({kind})"
    return None


def refuse_network(path: Path) -> None:
    where = network_share(path)
    if where:
        raise StorageError(
            "The data file {path} is on {where}. SQLite's write-ahead log is not safe there and "
            "the book could be damaged. Keep the file on this computer's own disk (use --db or "
            "GREENLIFE_DB) and back it up to the share instead.", path=str(path), where=where)


def quick_check(conn: sqlite3.Connection) -> str:
    """'ok', or what is wrong."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    text = "; ".join(r[0] for r in rows[:5])
    return "ok" if text == "ok" else text


@dataclass(frozen=True)
class Problem:
    table: str
    rowid: int | None
    reason: str


_RULES = (
    ("entries", "quantity <= 0 OR quantity > 1000", "quantity is not positive or is absurd"),
    ("entries", "category NOT IN ('commute', 'waste', 'food')", "unknown category"),
    ("entries", "day > date('now', 'localtime', '+1 day') OR day < '2000-01-01'", "date out of range"),
    ("entries", "factor_value < 0", "negative factor"),
    ("entries", "points != CAST(round(grams) AS INTEGER)", "points do not match grams"),
    ("entries", "(factor_kind = 'reduction' AND grams < 0) OR (factor_kind = 'emission' AND grams > 0)",
     "sign of grams does not match the factor kind"),
    ("entries", "member_id NOT IN (SELECT id FROM members)", "belongs to no member"),
    ("redemptions", "points <= 0", "redemption of no points"),
    ("appliances", "kwh_year <= 0 OR in_use_to < in_use_from", "impossible appliance"),
)


def full_check(db: Database) -> list[Problem]:
    """integrity_check, foreign_key_check and GreenLife's own rules; every bad row is
    reported, nothing is changed."""
    problems: list[Problem] = []
    for (msg,) in db.execute("PRAGMA integrity_check").fetchall():
        if msg != "ok":
            problems.append(Problem("", None, msg))
    for table, rowid, parent, _fk in db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(Problem(table, rowid, f"refers to a missing row in {parent}"))
    for table, where, reason in _RULES:
        for (rowid,) in db.execute(f"SELECT rowid FROM {table} WHERE {where}").fetchall():
            problems.append(Problem(table, rowid, reason))
    drift = db.execute(
        "SELECT t.day, t.member_id, t.category FROM day_totals t LEFT JOIN (SELECT day, member_id, "
        "category, total(points) AS p, count(*) AS n FROM entries GROUP BY 1, 2, 3) e "
        "USING (day, member_id, category) WHERE e.n IS NULL OR e.n != t.n OR e.p != t.points"
    ).fetchall()
    for day, member, cat in drift:
        problems.append(Problem("day_totals", None,
                                f"daily total for member {member}, {day}, {cat} does not match the entries"))
    return problems
