"""Small file-system facts shared by the store and the exports (no Qt, no SQL)."""

from __future__ import annotations

import os
import threading

_umask_lock = threading.Lock()


def umask() -> int:
    """The process umask (read by setting it and putting it back)."""
    with _umask_lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask
