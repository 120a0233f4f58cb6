"""Atomic file writes: write a temporary file beside the target, then rename it into
place. A failed or cancelled export never leaves half a file and never destroys the
previous one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO


class Cancelled(Exception):
    """The person cancelled a long export."""


Progress = Callable[[int, int], None]


def no_progress(_done: int, _total: int) -> None:
    return None


def never() -> bool:
    return False


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces the target."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp_path, target)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


@contextlib.contextmanager
def atomic_text(target: Path | str, encoding: str = "utf-8", newline: str = "") -> Iterator[IO[str]]:
    with atomic_path(target) as tmp, open(tmp, "w", encoding=encoding, newline=newline) as f:
        yield f
