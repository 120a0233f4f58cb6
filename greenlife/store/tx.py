"""One transaction per user action, with disk trouble turned into a clear message."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING

from greenlife.core.errors import StorageError

if TYPE_CHECKING:
    from sqlite_utils import Database


def storage_error(exc: sqlite3.Error, path: str = "") -> StorageError:
    text = str(exc).lower()
    name = getattr(exc, "sqlite_errorname", "") or ""
    where = f" ({path})" if path else ""
    if name.startswith("SQLITE_FULL") or "disk is full" in text or "database or disk is full" in text:
        return StorageError("The disk is full{where}: nothing was saved. Free some space and save "
                            "again; what you typed is still in the form.", where=where)
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return StorageError("The data file is read-only{where}: nothing was saved. Make it writable "
                            "(or move it to a folder you can write to) and save again.", where=where)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text or "busy" in text:
        return StorageError("The data file is busy{where}: another program kept it locked. Nothing "
                            "was saved; try again in a moment.", where=where)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or (
            not name and ("malformed" in text or "not a database" in text or "corrupt" in text)):
        return StorageError("The data file is damaged{where}: nothing was saved. Restore the newest "
                            "backup ('greenlife backup restore --latest' or Settings).", where=where)
    return StorageError("The data file could not be written{where}: {reason}. Nothing was saved.",
                        where=where, reason=str(exc))


class TxMixin:
    db: Database

    @contextlib.contextmanager
    def tx(self) -> Iterator[None]:
        """A write transaction; on any SQLite error it is rolled back and a StorageError
        raised (integrity errors from CHECK constraints pass through unchanged).

        It starts with BEGIN IMMEDIATE: the write lock is taken up front, so a second
        writer (a worker thread, the CLI) waits for the busy timeout instead of failing
        when a read snapshot cannot be upgraded. Nested calls use savepoints."""
        conn = self.db.conn
        if conn.in_transaction:
            with self._mapped(), self.db.atomic():
                yield
            return
        with self._mapped():
            conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except sqlite3.IntegrityError:
            conn.rollback()
            raise
        except sqlite3.Error as exc:
            conn.rollback()
            raise self._error(exc) from exc
        except BaseException:
            conn.rollback()
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.IntegrityError:
            conn.rollback()
            raise
        except sqlite3.Error as exc:
            name = getattr(exc, "sqlite_errorname", "") or ""
            if conn.in_transaction or name.startswith(("SQLITE_FULL", "SQLITE_READONLY", "SQLITE_BUSY")):
                # still open (rolled back here) or refused before anything was written
                if conn.in_transaction:
                    conn.rollback()
                raise self._error(exc) from exc
            # the transaction ended although COMMIT reported an error: the data may well be
            # on disk, so "nothing was saved" would invite a duplicate
            raise StorageError("The data file reported an error while saving ({reason}); the change "
                               "may have been saved. Check before saving it again.",
                               reason=str(exc)) from exc

    @contextlib.contextmanager
    def _mapped(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.IntegrityError:
            raise
        except sqlite3.Error as exc:
            raise self._error(exc) from exc

    def _error(self, exc: sqlite3.Error) -> StorageError:
        if getattr(self.db, "check_pending", False):
            return StorageError("The data file is still being checked (a large book takes a "
                                "moment); nothing was saved. Try again in a second.")
        return storage_error(exc, self.path_text())

    def path_text(self) -> str:
        row = self.db.execute("PRAGMA database_list").fetchone()
        return row[2] if row else ""
