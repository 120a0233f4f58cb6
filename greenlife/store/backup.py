"""Automatic backups through SQLite's backup API (safe while the file is in use, never a
plain copy), kept in rotation: 7 daily, 4 weekly, 12 monthly and the 10 most recent;
the newest is checked before an older one is deleted.

Clocks are not trusted: the clock is passed in (``now``), rotation never deletes the backup
it has just made nor any backup younger than a day by its file time, and a name dated in the
future does not make a backup "newest"."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from greenlife.core.errors import NotFoundError, StorageError, file_error
from greenlife.store.safety import (
    APPLICATION_ID,
    CorruptDatabaseError,
    DiskTroubleError,
    connect_ro,
    identify,
    is_damage,
    quick_check,
)

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_RECENT = 10  # the latest few whatever their day (a restore right after a backup keeps both)
YOUNG_SECONDS = 24 * 3600  # never deleted by rotation, whatever the names say
STALE_PART_SECONDS = 10 * 60  # a .part file this old is what a killed backup, restore or export left
_NAME = re.compile(r"^greenlife-(\d{8})-(\d{6})(?:-\d+)?-([a-z-]+)\.db$")


@dataclass(frozen=True)
class Backup:
    path: Path
    made: dt.datetime
    reason: str

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0

    def when(self, now: dt.datetime) -> dt.datetime:
        """When it was made, for ordering: the name, unless the name is in the future (a clock
        that was wrong); then the file time, never later than now."""
        if self.made <= now:
            return self.made
        try:
            mtime = dt.datetime.fromtimestamp(self.path.stat().st_mtime)
        except OSError:
            return dt.datetime.min
        return min(mtime, now)


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}-backups"


def _disk_error(exc: OSError | sqlite3.Error, path: Path) -> StorageError:
    """Full disk, read-only folder, ... as one line (never a traceback, never 'damaged')."""
    if isinstance(exc, OSError):
        return file_error(exc, str(path))
    if (getattr(exc, "sqlite_errorname", "") or "").startswith("SQLITE_FULL"):
        return file_error(OSError(errno.ENOSPC, "No space left on device"), str(path))
    return DiskTroubleError(str(path), str(exc))


def list_backups(db_path: Path, now: dt.datetime | None = None) -> list[Backup]:
    """Newest first (names dated in the future are ordered by their file time)."""
    now = now or dt.datetime.now()
    folder = backup_dir(db_path)
    out = []
    if folder.is_dir():
        for p in folder.iterdir():
            m = _NAME.match(p.name)
            if m:
                try:
                    made = dt.datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
                except ValueError:
                    continue
                out.append(Backup(p, made, m.group(3)))
    return sorted(out, key=lambda b: (b.when(now), b.path.name), reverse=True)


def clean_stale_parts(db_path: Path, now: float | None = None) -> list[Path]:
    """Delete the .part files a killed backup, restore, new book or export left beside the data
    file and in its backup folder, once they are older than a few minutes (a live one is being
    written and is younger)."""
    now = time.time() if now is None else now
    gone = []
    for folder, pattern in ((backup_dir(db_path), "*.part"), (db_path.parent, f".{db_path.name}.*.part")):
        try:
            candidates = list(folder.glob(pattern)) if folder.is_dir() else []
        except OSError:
            continue
        for p in candidates:
            try:
                if p.is_file() and now - p.stat().st_mtime > STALE_PART_SECONDS:
                    p.unlink()
                    gone.append(p)
            except OSError:
                continue
    return gone


def _reserve(folder: Path, stem: str, reason: str) -> tuple[Path, Path]:
    """A backup name nobody else has: the .part is created with O_EXCL, so two backups in the
    same second (two processes) never write the same file."""
    n = 1
    while True:
        name = f"{stem}-{reason}.db" if n == 1 else f"{stem}-{n}-{reason}.db"
        target = folder / name
        part = target.with_suffix(".part")
        if not target.exists():
            try:
                os.close(os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
                return target, part
            except FileExistsError:
                pass
        n += 1


def _publish(part: Path, target: Path) -> Path:
    """Move a finished .part to its name without replacing a file that appeared meanwhile."""
    while True:
        try:
            os.link(part, target)
        except FileExistsError:
            m = re.match(r"^(greenlife-\d{8}-\d{6})(?:-(\d+))?-([a-z-]+)\.db$", target.name)
            if not m:
                raise
            target = target.with_name(f"{m.group(1)}-{int(m.group(2) or 1) + 1}-{m.group(3)}.db")
            continue
        except OSError:  # no hard links on this file system
            if target.exists():
                target = target.with_name(target.stem + "-x.db")
                continue
            os.replace(part, target)
            return target
        part.unlink(missing_ok=True)
        return target


def create_backup(conn: sqlite3.Connection, db_path: Path, reason: str = "manual",
                  now: dt.datetime | None = None) -> Backup:
    """Copy the live database with the backup API, check the copy, then rotate."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    folder = backup_dir(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        clean_stale_parts(db_path)
        target, part = _reserve(folder, f"greenlife-{now:%Y%m%d-%H%M%S}", reason)
    except OSError as exc:
        raise _disk_error(exc, folder) from exc
    try:
        dst = sqlite3.connect(part)
        try:
            conn.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            verdict = quick_check(dst, str(part))
        finally:
            dst.close()
        if verdict != "ok":
            raise StorageError("The backup could not be checked ({detail}); older backups were kept.",
                               detail=verdict)
        target = _publish(part, target)
    except sqlite3.Error as exc:
        raise _disk_error(exc, folder) from exc
    except OSError as exc:
        raise _disk_error(exc, folder) from exc
    finally:
        part.unlink(missing_ok=True)
    backup = Backup(target, now, reason)
    rotate(db_path, now, protect={target})
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


def _good(path: Path) -> bool:
    try:
        conn = connect_ro(path)
    except sqlite3.Error:
        return False
    try:
        return quick_check(conn, str(path)) == "ok"
    except StorageError:
        return False
    finally:
        conn.close()


def rotate(db_path: Path, now: dt.datetime | None = None, protect: set[Path] | None = None) -> list[Path]:
    """Delete backups outside the rotation, but only after the newest one checks out. Never
    deleted: those in ``protect`` (the backup just made) and any backup whose file is younger
    than a day (or dated in the future) — a clock set in the past cannot empty the folder."""
    now = now or dt.datetime.now()
    backups = list_backups(db_path, now)
    if not backups or not _good(backups[0].path):
        return []
    keep = keep_set(backups) | set(protect or ())
    removed = []
    for b in backups:
        if b.path in keep:
            continue
        try:
            if now.timestamp() - b.path.stat().st_mtime < YOUNG_SECONDS:
                continue
            b.path.unlink()
        except OSError:
            continue
        removed.append(b.path)
    return removed


def newest_good(db_path: Path, now: dt.datetime | None = None) -> Backup | None:
    from greenlife.store.db import known_migrations

    for b in list_backups(db_path, now):
        try:
            identify(b.path, known_migrations())
        except StorageError:
            continue
        if _good(b.path):
            return b
    return None


def _same_page_size(part: Path, page_size: int) -> None:
    conn = sqlite3.connect(part)
    try:
        if conn.execute("PRAGMA page_size").fetchone()[0] != page_size:
            conn.execute(f"PRAGMA page_size = {int(page_size)}")
            conn.execute("VACUUM")
    finally:
        conn.close()


def _aside(db_path: Path, now: dt.datetime) -> Path:
    """Move an unreadable file aside with its -wal and -shm (renamed, never deleted: the -wal may
    hold saves that were never checkpointed)."""
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    aside = folder / f"damaged-{now:%Y%m%d-%H%M%S}.db"
    n = 1
    while aside.exists():
        n += 1
        aside = folder / f"damaged-{now:%Y%m%d-%H%M%S}-{n}.db"
    db_path.replace(aside)
    for suffix in ("-wal", "-shm"):
        side = Path(str(db_path) + suffix)
        if side.exists():
            side.replace(Path(str(aside) + suffix))
    return aside


def restore(db_path: Path, backup: Path, now: dt.datetime | None = None) -> Backup | None:
    """Put a backup in place of the data file and return where the previous file went (a
    pre-restore backup, or the damaged file kept aside; None when there was no file).

    The backup must be a GreenLife book this version can read, and check out. A healthy current
    file is backed up first and then overwritten through the backup API, in one transaction
    (its -wal stays consistent); an unreadable one is moved aside with its -wal and -shm. Disk
    trouble or a file of another program at the data path is refused: nothing is changed."""
    from greenlife.store.db import known_migrations, stamp

    now = (now or dt.datetime.now()).replace(microsecond=0)
    backup, db_path = Path(backup), Path(db_path)
    if not backup.exists():
        raise NotFoundError("No backup file {path}.", path=str(backup))
    try:
        identify(backup, known_migrations())
    except CorruptDatabaseError:
        raise StorageError("The backup {path} is damaged too; pick an older one.", path=str(backup)) from None
    if not _good(backup):
        raise StorageError("The backup {path} is damaged too; pick an older one.", path=str(backup))
    healthy = False
    if db_path.exists() and db_path.is_file() and db_path.stat().st_size > 0:  # 0 bytes: moved aside
        try:
            identify(db_path, known_migrations())
            cur = connect_ro(db_path)
            try:
                healthy = quick_check(cur, str(db_path)) == "ok"
            finally:
                cur.close()
        except CorruptDatabaseError:
            healthy = False
    fd, tmp = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".part", dir=db_path.parent)
    os.close(fd)
    part = Path(tmp)
    try:
        src = connect_ro(backup)
        dst = sqlite3.connect(part)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            if dst.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                stamp(dst)  # a backup from an earlier version: adopted
                dst.commit()
        finally:
            dst.close()
            src.close()
        if healthy:
            cur = sqlite3.connect(db_path, timeout=5)
            try:
                _same_page_size(part, cur.execute("PRAGMA page_size").fetchone()[0])
                saved: Backup | None = create_backup(cur, db_path, "pre-restore", now)
                new = connect_ro(part)
                try:
                    new.backup(cur)  # one write transaction on the live file, WAL and all
                finally:
                    new.close()
            finally:
                cur.close()
        else:
            saved = Backup(_aside(db_path, now), now, "damaged") if db_path.exists() else None
            os.replace(part, db_path)
        return saved
    except sqlite3.Error as exc:
        if is_damage(exc):
            raise StorageError("The backup {path} is damaged too; pick an older one.", path=str(backup)) from exc
        raise _disk_error(exc, db_path) from exc
    except OSError as exc:
        raise _disk_error(exc, db_path) from exc
    finally:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
