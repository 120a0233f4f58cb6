"""The write transaction every store module is given (see ``tx.TxMixin``)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from greenlife.store.tx import TxMixin

if TYPE_CHECKING:
    from sqlite_utils import Database


class Transactions(TxMixin):
    """``with tx(): ...`` is one write transaction (BEGIN IMMEDIATE; savepoints when nested)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def __call__(self) -> contextlib.AbstractContextManager[None]:
        return self.tx()

    @property
    def writable(self) -> bool:
        """False while the file is read-only to us (deferred check pending, query_only)."""
        if getattr(self.db, "check_pending", False):
            return False
        return not bool(self.db.execute("PRAGMA query_only").fetchone()[0])


