"""Opening the SQLite file: location, pragmas, migrations, seed data."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from platformdirs import user_data_dir
from sqlite_utils import Database

from greenlife import APP_NAME, ORG_NAME
from greenlife.core.errors import StorageError
from greenlife.store import schema
from greenlife.store.backup import create_backup
from greenlife.store.safety import CorruptDatabaseError, quick_check, refuse_network
from greenlife.store.tx import storage_error

ENV_VAR = "GREENLIFE_DB"
BUSY_TIMEOUT_MS = 5000


def default_db_path() -> Path:
    """``$GREENLIFE_DB`` if set, else greenlife.db in the user's data directory."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir(APP_NAME, ORG_NAME)) / "greenlife.db"


def _connect(path: Path | str) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def open_database(
    path: Path | str | None = None, *, memory: bool = False, backups: bool = True
) -> Database:
    """Open (creating if needed), check and migrate the database.

    A network share is refused (WAL is unsafe there); an existing file must pass
    ``PRAGMA quick_check`` before anything is written to it; a schema upgrade is
    preceded by a backup. WAL journal with ``synchronous=FULL``: a save that
    returned survives a power cut, not only an app crash.
    """
    if memory:
        conn = _connect(":memory:")
        p = None
    else:
        p = Path(path) if path is not None else default_db_path()
        refuse_network(p)
        existed = p.exists() and p.stat().st_size > 0
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            conn = _connect(p)
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(
                "Cannot open the data file {path}: {reason}. Check the folder exists and "
                "is writable, or pass --db PATH.", path=str(p), reason=str(exc),
            ) from exc
        if existed:
            verdict = quick_check(conn)
            if verdict != "ok":
                conn.close()
                raise CorruptDatabaseError(str(p), verdict)
    db = Database(conn)
    try:
        if p is not None:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StorageError(
                    "The data file could not switch to WAL journaling (got {mode}).", mode=mode
                )
        conn.execute("PRAGMA synchronous = FULL")
        if p is not None and backups and schema.migrations.pending(db) and db["members"].exists():
            create_backup(conn, p, "pre-migration")
        schema.apply(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise storage_error(exc, str(p or "")) from exc
    return db
