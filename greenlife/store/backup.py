"""Automatic backups through SQLite's backup API (safe while the file is in use, never a
plain copy), kept in rotation: 7 daily, 4 weekly, 12 monthly and the 10 most recent;
the newest is checked before an older one is deleted."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from greenlife.core.errors import NotFoundError, StorageError
from greenlife.store.safety import quick_check

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_RECENT = 10  # the latest few whatever their day (a restore right after a backup keeps both)
_NAME = re.compile(r"^greenlife-(\d{8})-(\d{6})(?:-\d+)?-([a-z-]+)\.db$")


@dataclass(frozen=True)
class Backup:
    path: Path
    made: dt.datetime
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}-backups"


def list_backups(db_path: Path) -> list[Backup]:
    """Newest first."""
    folder = backup_dir(db_path)
    out = []
    if folder.is_dir():
        for p in folder.iterdir():
            m = _NAME.match(p.name)
            if m:
                made = dt.datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
                out.append(Backup(p, made, m.group(3)))
    return sorted(out, key=lambda b: (b.made, b.path.name), reverse=True)


def create_backup(conn: sqlite3.Connection, db_path: Path, reason: str = "manual",
                  now: dt.datetime | None = None) -> Backup:
    """Copy the live database with the backup API, check the copy, then rotate."""
    now = now or dt.datetime.now()
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"greenlife-{stamp}-{reason}.db"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"greenlife-{stamp}-{n}-{reason}.db"
    part = target.with_suffix(".part")
    dst = sqlite3.connect(part)
    try:
        conn.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
        verdict = quick_check(dst)
    finally:
        dst.close()
    if verdict != "ok":
        part.unlink(missing_ok=True)
        raise StorageError("The backup could not be checked ({detail}); older backups were kept.",
                           detail=verdict)
    part.replace(target)
    backup = Backup(target, now.replace(microsecond=0), reason)
    rotate(db_path)
    return backup


def keep_set(backups: list[Backup]) -> set[Path]:
    """Grandfather-father-son: the newest backup of each of the last 7 days, 4 weeks and
    12 months that have backups, and the 10 most recent."""
    keep: set[Path] = {b.path for b in backups[:KEEP_RECENT]}
    for key, count in ((lambda b: b.made.date(), KEEP_DAILY),
                       (lambda b: b.made.isocalendar()[:2], KEEP_WEEKLY),
                       (lambda b: (b.made.year, b.made.month), KEEP_MONTHLY)):
        seen: list[object] = []
        for b in backups:  # newest first
            k = key(b)
            if k not in seen:
                seen.append(k)
                if len(seen) > count:
                    break
                keep.add(b.path)
    return keep


def rotate(db_path: Path) -> list[Path]:
    """Delete backups outside the rotation, but only after the newest one checks out."""
    backups = list_backups(db_path)
    if not backups:
        return []
    newest = sqlite3.connect(f"file:{backups[0].path}?mode=ro", uri=True)
    try:
        if quick_check(newest) != "ok":
            return []
    finally:
        newest.close()
    keep = keep_set(backups)
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def newest_good(db_path: Path) -> Backup | None:
    for b in list_backups(db_path):
        conn = sqlite3.connect(f"file:{b.path}?mode=ro", uri=True)
        try:
            if quick_check(conn) == "ok":
                return b
        finally:
            conn.close()
    return None


def restore(db_path: Path, backup: Path) -> Backup | None:
    """Put a backup in place of the data file. The current file is backed up first (when it
    can be read at all); the restore itself goes through the backup API."""
    if not backup.exists():
        raise NotFoundError("No backup file {path}.", path=str(backup))
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        if quick_check(src) != "ok":
            raise StorageError("The backup {path} is damaged too; pick an older one.", path=str(backup))
        saved = None
        if db_path.exists():
            cur = sqlite3.connect(db_path)
            try:
                if quick_check(cur) == "ok":
                    saved = create_backup(cur, db_path, "pre-restore")
            finally:
                cur.close()
            if saved is None:  # damaged: keep its bytes aside, never overwrite them silently
                aside = backup_dir(db_path) / f"damaged-{dt.datetime.now():%Y%m%d-%H%M%S}.db"
                aside.parent.mkdir(parents=True, exist_ok=True)
                db_path.replace(aside)
                for suffix in ("-wal", "-shm"):
                    Path(str(db_path) + suffix).unlink(missing_ok=True)
        dst = sqlite3.connect(db_path)
        try:
            src.backup(dst)
        finally:
            dst.close()
        return saved
    finally:
        src.close()
