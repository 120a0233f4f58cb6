"""One writer at a time: the app holds ``<data file>.lock`` (a QLockFile, in greenlife.ui);
the command line honours it without Qt.

QLockFile writes the holder's PID, application and host name into the file and keeps it
locked by the operating system while the app runs (flock on Unix; on Windows the handle is
open without write or delete sharing), so the lock goes with the process — even after a crash
or kill -9 — and a lock file left behind never blocks. The command line never reads the PID
back from a byte it has locked: it asks the operating system whether anyone holds the file,
and only then reads the text for the message.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from greenlife.core.errors import GreenlifeError


def _who(pid: str, host: str) -> str:
    """'1234@host' (PID and machine, as QLockFile records them)."""
    return (pid or "?") + (f"@{host}" if host else "")


class AlreadyOpenError(GreenlifeError):
    def __init__(self, path: Path, pid: str, host: str = "") -> None:
        super().__init__("The data file {path} is already open in another GreenLife window "
                         "(process {pid}). Use that window, or close it first.",
                         path=str(path), pid=_who(pid, host))
        self.pid = pid


class AppHoldsFileError(GreenlifeError):
    def __init__(self, path: Path, pid: str, host: str = "") -> None:
        super().__init__("The data file {path} is open in the GreenLife app (process {pid}). "
                         "Make this change in the app, or close the app first; nothing was changed.",
                         path=str(path), pid=_who(pid, host))
        self.pid = pid


@dataclass(frozen=True)
class Holder:
    pid: str
    host: str
    app: str


def lock_path(db_path: Path) -> Path:
    db_path = Path(os.path.abspath(db_path))  # '' or '.' has no name to add '.lock' to
    return db_path.with_name(db_path.name + ".lock")


def _held(path: Path) -> bool:
    """Whether a live process holds the lock file (asked of the operating system)."""
    if sys.platform == "win32":
        try:  # QLockFile keeps the file open without write sharing while it holds it
            fd = os.open(path, os.O_RDWR)
        except FileNotFoundError:
            return False
        except PermissionError:
            return True
        os.close(fd)
        return False
    import fcntl

    try:
        f = open(path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return False
    except OSError:
        return True  # cannot even look: be careful, treat as held
    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False  # no flock on this file system: QLockFile's own PID check decides in the app
    finally:
        f.close()  # closing releases our shared lock at once
    return False


def app_holder(db_path: Path) -> Holder | None:
    """Who holds the app's lock on the data file, or None when nobody does (a lock file left
    by a crash does not count)."""
    path = lock_path(db_path)
    if not _held(path):
        return None
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    lines += ["", "", ""]
    return Holder(lines[0].strip(), lines[2].strip(), lines[1].strip())


def refuse_if_app_holds(db_path: Path) -> None:
    """For the command line's writing commands: refuse while the app has the file open."""
    holder = app_holder(db_path)
    if holder is not None:
        raise AppHoldsFileError(db_path, holder.pid, holder.host)
