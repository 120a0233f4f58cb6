"""The log file: rotating, in the user's log folder, recording starts, schema upgrades,
backups and errors. No Qt here: the app and the CLI can both call it."""

from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from platformdirs import user_log_dir

from greenlife import APP_NAME, ORG_NAME, __version__

LOGGER = "greenlife"
FILE_NAME = "greenlife.log"
MAX_BYTES = 1_000_000  # about 10,000 lines; with 3 old files, at most 4 MB on disk
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(LOGGER)
_recorded: set[Path] = set()  # backups already written to the log


def log_dir() -> Path:
    """``~/.local/state/GreenLife/log`` on Linux, ``~/Library/Logs/GreenLife`` on macOS,
    ``%LOCALAPPDATA%\\GreenLife\\GreenLife\\Logs`` on Windows."""
    return Path(user_log_dir(APP_NAME, ORG_NAME))


def log_path() -> Path:
    return log_dir() / FILE_NAME


class _Handler(RotatingFileHandler):
    """Ours, so setting up twice (tests, a second window) replaces instead of doubling lines."""


def setup(path: Path | None = None, *, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT) -> Path:
    """Send the ``greenlife`` logger (and its children, e.g. ``greenlife.store``) to a rotating
    file; returns the file's path. Never fails the start: without a writable folder the app
    runs with no log file."""
    path = path or log_path()
    for h in [h for h in log.handlers if isinstance(h, _Handler)]:
        log.removeHandler(h)
        h.close()
    log.setLevel(logging.INFO)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _Handler(path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8")
    except OSError as exc:
        print(f"greenlife: no log file ({exc})", file=sys.stderr)
        return path
    handler.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(handler)
    return path


def current_path() -> Path | None:
    """The file the log is written to now, if any."""
    for h in log.handlers:
        if isinstance(h, _Handler):
            return Path(h.baseFilename)
    return None


def frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def record_start(db_path: Path | None, **extra: Any) -> None:
    details = " ".join(f"{k}={v}" for k, v in extra.items())
    log.info("start: GreenLife %s, Python %s, %s%s, data %s, pid %d%s", __version__,
             platform.python_version(), platform.platform(), " (bundle)" if frozen() else "",
             db_path, os.getpid(), f", {details}" if details else "")


def started_now(db_path: Path | None) -> dt.datetime:
    """Record the start; returns its time (for :func:`record_backups_since`)."""
    now = dt.datetime.now()
    record_start(db_path, qt_platform=os.environ.get("QT_QPA_PLATFORM", ""))
    return now


def record_stop(code: int) -> None:
    log.info("stop: exit code %d", code)


def record_backups_since(db_path: Path | None, since: dt.datetime) -> list[Any]:
    """Log each backup of ``db_path`` made at or after ``since`` (a pre-migration backup means
    the schema was upgraded on opening); returns them."""
    if db_path is None:
        return []
    from greenlife.store.backup import list_backups

    made = [b for b in list_backups(db_path)
            if b.made >= since.replace(microsecond=0) and b.path not in _recorded]
    for b in reversed(made):  # oldest first
        _recorded.add(b.path)
        if b.reason == "pre-migration":
            log.info("schema upgrade of %s: backup made first: %s", db_path, b.path)
        else:
            log.info("backup (%s): %s", b.reason, b.path)
    return made
