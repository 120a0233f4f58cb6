"""Atomic file writes: write a temporary file beside the target, then rename it into
place. A failed or cancelled export never leaves half a file and never destroys the
previous one."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from greenlife.core.errors import file_error
from greenlife.core.files import umask

STALE_PART_SECONDS = 10 * 60  # a .part this old was left by a killed export


class Cancelled(Exception):
    """The person cancelled a long export."""


Progress = Callable[[int, int], None]


def no_progress(_done: int, _total: int) -> None:
    return None


def never() -> bool:
    return False


def clean_stale_parts(folder: Path, name: str, now: float | None = None) -> None:
    """Remove the .part files of ``name`` that a killed export left (older than a few minutes)."""
    now = time.time() if now is None else now
    with contextlib.suppress(OSError):
        for p in folder.glob(f".{name}.*.part"):
            with contextlib.suppress(OSError):
                if now - p.stat().st_mtime > STALE_PART_SECONDS:
                    p.unlink()


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces the target.
    The file gets the user's normal permissions (0666 less the umask, not mkstemp's 0600).
    File-system refusals (full disk, read-only, a folder, a name too long) become StorageError."""
    target = Path(target)
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "Is a directory", str(target))
        target.parent.mkdir(parents=True, exist_ok=True)
        clean_stale_parts(target.parent, target.name)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise file_error(exc, str(target)) from exc
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(tmp_path, 0o666 & ~umask())
        os.replace(tmp_path, target)
    except OSError as exc:
        if exc.errno is None:  # not a file-system refusal: pass it on as it is
            raise
        raise file_error(exc, str(target)) from exc
    finally:
        with contextlib.suppress(OSError):
            if tmp_path.exists():
                tmp_path.unlink()


@contextlib.contextmanager
def atomic_text(target: Path | str, encoding: str = "utf-8", newline: str = "") -> Iterator[IO[str]]:
    with atomic_path(target) as tmp, open(tmp, "w", encoding=encoding, newline=newline) as f:
        yield f
