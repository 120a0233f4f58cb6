"""One writer at a time: an OS-level lock beside the data file.

The lock is held by the open file descriptor (flock on Unix, a byte-range lock on
Windows), so the operating system releases it when the process ends — even after a
crash or kill -9 — and a stale lock file never blocks the next start.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from greenlife.core.errors import GreenlifeError


class AlreadyOpenError(GreenlifeError):
    def __init__(self, path: Path, pid: str) -> None:
        super().__init__("The data file {path} is already open in another GreenLife window "
                         "(process {pid}). Use that window, or close it first.",
                         path=str(path), pid=pid or "?")
        self.pid = pid


class WriterLock:
    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        f = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held while the app runs
        try:
            if sys.platform == "win32":
                import msvcrt

                f.seek(0)
                msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            f.seek(0)
            pid = f.read().strip()
            f.close()
            raise AlreadyOpenError(self.path.with_suffix(""), pid) from None
        f.seek(0)
        f.truncate()
        f.write(str(os.getpid()))
        f.flush()
        self._file = f

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing the descriptor releases the lock
            self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None
