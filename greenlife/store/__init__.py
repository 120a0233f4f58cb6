"""SQLite storage through sqlite-utils. No Qt. Hands dataclasses to callers."""

import sys


def _import_sqlite_utils_without_numpy() -> None:
    """sqlite-utils imports numpy and pandas when installed, only to map their scalar types
    in inserts, which GreenLife never makes; numpy alone is about a tenth of a second of
    the app's start. Import it with both hidden, then unhide them (matplotlib needs numpy
    later, when the first chart is shown)."""
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


_import_sqlite_utils_without_numpy()

from greenlife.store.db import default_db_path, open_database  # noqa: E402
from greenlife.store.facade import Store  # noqa: E402

__all__ = ["Store", "default_db_path", "open_database"]
