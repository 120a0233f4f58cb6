"""POSIX drops every lock a process holds on a file when any descriptor of it is closed. A
plain open()/close() of the book while the app's connection is open made the next process
that closed the file believe it was the last one, and delete the write-ahead log with the
app's latest saves in it (a CLI command run while the app was open lost the day's entries)."""

import subprocess
import sys
from pathlib import Path

from greenlife.store import Store
from greenlife.store.db import known_migrations
from greenlife.store.safety import identify
from tests.conftest import TODAY

READ = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT count(*) FROM entries').fetchone(); c.close()"
COUNT = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); print(c.execute('SELECT count(*) FROM entries').fetchone()[0])"


def test_looking_at_an_open_book_keeps_its_locks_and_another_process_keeps_its_log(tmp_path):
    path = tmp_path / "a book #1.db"
    s = Store.open(path, today=lambda: TODAY)
    s.add_member("杨女士")
    s.log("杨女士", "commute", "bike", 2)
    wal = Path(str(path) + "-wal")
    assert wal.exists()
    identify(path, known_migrations())  # what the worker's own open and a restore do
    subprocess.run([sys.executable, "-c", READ, str(path)], check=True)
    assert wal.exists(), "another process deleted the app's write-ahead log"
    s.log("杨女士", "commute", "bike", 3)
    out = subprocess.run([sys.executable, "-c", COUNT, str(path)], check=True,
                         capture_output=True, text=True).stdout
    assert out.strip() == "2"
    s.close()
    out = subprocess.run([sys.executable, "-c", COUNT, str(path)], check=True,
                         capture_output=True, text=True).stdout
    assert out.strip() == "2"
