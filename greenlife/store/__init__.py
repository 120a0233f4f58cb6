"""SQLite storage through sqlite-utils. No Qt. Hands dataclasses to callers."""

from greenlife.store.db import default_db_path, open_database
from greenlife.store.facade import Store

__all__ = ["Store", "default_db_path", "open_database"]
