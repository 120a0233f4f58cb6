"""Opening the SQLite file: location, pragmas, migrations, seed data."""

from __future__ import annotations

import os
import sqlite3
import weakref
from pathlib import Path

from platformdirs import user_data_dir
from sqlite_utils import Database

from greenlife import APP_NAME, ORG_NAME
from greenlife.core.errors import StorageError
from greenlife.store import schema
from greenlife.store.backup import create_backup
from greenlife.store.safety import (
    APPLICATION_ID,
    CorruptDatabaseError,
    connect_ro,
    identify,
    quick_check,
    refuse_network,
)
from greenlife.store.tx import storage_error

ENV_VAR = "GREENLIFE_DB"
BUSY_TIMEOUT_MS = 5000


def default_db_path() -> Path:
    """``$GREENLIFE_DB`` if set, else greenlife.db in the user's data directory."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir(APP_NAME, ORG_NAME)) / "greenlife.db"


class _Connection(sqlite3.Connection):
    """A connection this process keeps to a book (weakly listed: see ``has_live_connection``)."""


_live: dict[str, list[weakref.ref[_Connection]]] = {}


def _key(path: Path | str) -> str:
    return os.path.realpath(str(path))


def is_open(conn: sqlite3.Connection) -> bool:
    """Whether a connection is still open."""
    try:
        conn.total_changes  # noqa: B018 - raises once the connection is closed
    except sqlite3.ProgrammingError:
        return False
    return True


def has_live_connection(path: Path | str) -> bool:
    """Whether this process holds an open connection to the file. Then nothing may open and
    close the file by other means: POSIX drops all of the process's locks on a file when any
    of its descriptors is closed, and another process closing the book would then delete the
    write-ahead log holding this one's latest saves."""
    alive = []
    for ref in _live.get(_key(path), []):
        conn = ref()
        if conn is not None and is_open(conn):
            alive.append(ref)
    _live[_key(path)] = alive
    return bool(alive)


def _connect(path: Path | str) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False,
                           factory=_Connection)
    if str(path) != ":memory:":
        _live.setdefault(_key(path), []).append(weakref.ref(conn))
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def known_migrations() -> list[str]:
    """Names of every migration this version knows, oldest first."""
    return [m.name for m in schema.migrations.pending(Database(memory=True))]


def stamp(conn: sqlite3.Connection) -> None:
    """Mark the file as a GreenLife book: application_id, and user_version = schema version."""
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    n = conn.execute("SELECT count(*) FROM _sqlite_migrations WHERE migration_set = 'greenlife'").fetchone()[0]
    if conn.execute("PRAGMA user_version").fetchone()[0] != n:
        conn.execute(f"PRAGMA user_version = {int(n)}")


def _create(p: Path) -> None:
    """A new book is built in a temporary file and renamed into place: a crash never leaves a
    0-byte or half-made file at the path, and a file that appears meanwhile is not replaced."""
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".part", dir=p.parent)
    os.close(fd)
    part = Path(tmp)
    try:
        from greenlife.core.files import umask

        os.chmod(part, 0o666 & ~umask())  # as SQLite would create it, not mkstemp's 0600
        conn = _connect(part)
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA synchronous = FULL")
            schema.apply(Database(conn))
            stamp(conn)
            conn.commit()
        finally:
            conn.close()
        try:
            os.link(part, p)  # fails if the path exists: never replaces someone else's file
        except FileExistsError:
            pass
        except OSError:
            if not p.exists():
                os.replace(part, p)
    finally:
        part.unlink(missing_ok=True)


def open_database(
    path: Path | str | None = None, *, memory: bool = False, backups: bool = True,
    defer_check: bool = False,
) -> Database:
    """Open (creating if needed), check and migrate the database.

    A network share is refused (WAL is unsafe there); an existing file must pass
    ``PRAGMA quick_check`` before anything is written to it; a schema upgrade is
    preceded by a backup. With ``defer_check`` (the app, so a large book opens fast) an
    up-to-date file is opened ``query_only`` and the caller runs the check off the UI
    thread, then calls :func:`allow_writes`. WAL journal with ``synchronous=FULL``: a save that
    returned survives a power cut, not only an app crash.
    """
    if memory:
        conn = _connect(":memory:")
        p = None
    else:
        p = Path(path) if path is not None else default_db_path()
        refuse_network(p)
        try:
            existed = identify(p, known_migrations()) is not None
            p.parent.mkdir(parents=True, exist_ok=True)
            if not existed:
                _create(p)
                identify(p, known_migrations())
            from greenlife.store.backup import clean_stale_parts

            clean_stale_parts(p)
            conn = _connect(p)
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(
                "Cannot open the data file {path}: {reason}. Check the folder exists and "
                "is writable, or pass --db PATH.", path=str(p), reason=str(exc),
            ) from exc
    db = Database(conn)
    deferred = False
    if p is not None and existed:
        try:
            up_to_date = db["_sqlite_migrations"].exists() and not schema.migrations.pending(db)
        except sqlite3.DatabaseError:
            up_to_date = False
        if defer_check and up_to_date:
            conn.execute("PRAGMA query_only = 1")  # nothing is written until the check passes
            deferred = True
        else:
            verdict = quick_check(conn, str(p))
            if verdict != "ok":
                conn.close()
                raise CorruptDatabaseError(str(p), verdict)
    if deferred:
        conn.execute("PRAGMA synchronous = FULL")
        db.check_pending = True  # type: ignore[attr-defined]
        return db
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
        if p is not None:
            with conn:
                stamp(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise storage_error(exc, str(p or "")) from exc
    return db


def verify_file(path: Path) -> str:
    """quick_check on its own read-only connection (for a worker thread): 'ok' or the problem."""
    conn = connect_ro(path, BUSY_TIMEOUT_MS / 1000)
    try:
        return quick_check(conn, str(path))
    finally:
        conn.close()


def allow_writes(db: Database) -> None:
    """The deferred check passed: the file may be written."""
    db.conn.execute("PRAGMA query_only = 0")
    with db.conn:
        stamp(db.conn)  # a book from an earlier version is adopted once it checks out
    db.check_pending = False  # type: ignore[attr-defined]
