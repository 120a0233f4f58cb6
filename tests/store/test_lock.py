import os
import signal
import subprocess
import sys
import time

import pytest

from greenlife.store.lock import AlreadyOpenError, WriterLock

HOLD = """
import sys, time
from pathlib import Path
from greenlife.store.lock import WriterLock
lock = WriterLock(Path(sys.argv[1]))
lock.acquire()
print("held", flush=True)
time.sleep(60)
"""


def hold(db):
    p = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "held"
    return p


def test_a_second_writer_is_told_and_a_crash_leaves_no_stale_lock(tmp_path):
    db = tmp_path / "g.db"
    holder = hold(db)
    try:
        with pytest.raises(AlreadyOpenError) as info:
            WriterLock(db).acquire()
        assert str(holder.pid) in info.value.message
        assert "already open" in info.value.message
    finally:
        os.kill(holder.pid, signal.SIGKILL)  # a crash: the lock file stays behind
        holder.wait()
    assert (tmp_path / "g.db.lock").exists()
    lock = WriterLock(db)
    lock.acquire()  # the stale file does not block the next start
    assert lock.held
    lock.release()


def test_release_lets_the_next_one_in(tmp_path):
    a, b = WriterLock(tmp_path / "g.db"), WriterLock(tmp_path / "g.db")
    a.acquire()
    a.release()
    b.acquire()
    b.release()
    time.sleep(0)
