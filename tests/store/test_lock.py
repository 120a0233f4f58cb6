"""The command line honours the app's lock file without Qt: it asks the operating system
whether the file is held, never reads a PID back from a byte it has locked itself."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from greenlife.cli import main
from greenlife.store import Store
from greenlife.store.lock import AppHoldsFileError, app_holder, lock_path, refuse_if_app_holds

# holds the lock the way QLockFile does on Unix: PID, app and host in the file, flock held
HOLD = """
import fcntl, os, socket, sys, time
f = open(sys.argv[1], "w")
f.write(f"{os.getpid()}\\ngreenlife\\n{socket.gethostname()}\\n")
f.flush()
fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
print("held", flush=True)
time.sleep(60)
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the Unix flavour of QLockFile")


def hold(db: Path) -> subprocess.Popen:
    p = subprocess.Popen([sys.executable, "-c", HOLD, str(lock_path(db))], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "held"
    return p


def test_cli_writes_are_refused_while_the_app_holds_the_file_and_reads_go_on(tmp_path, capsys):
    db = tmp_path / "g.db"
    s = Store.open(db)
    s.add_member("杨女士")
    s.close()
    holder = hold(db)
    try:
        found = app_holder(db)
        assert found is not None
        assert found.pid == str(holder.pid)
        with pytest.raises(AppHoldsFileError, match=str(holder.pid)):
            refuse_if_app_holds(db)
        for argv in (["log", "commute", "--member", "杨女士", "--mode", "bike", "--km", "1"],
                     ["member", "add", "李先生"], ["demo"], ["backup", "restore", "--latest"],
                     ["import", str(tmp_path / "x.csv")]):
            assert main(["--db", str(db), *argv]) == 1
            err = capsys.readouterr().err
            assert "open in the GreenLife app" in err
            assert len(err.strip().splitlines()) == 1
        assert main(["--db", str(db), "member", "list"]) == 0  # reading is fine
        assert main(["--db", str(db), "check"]) == 0
        assert main(["--db", str(db), "import", str(tmp_path / "x.csv"), "--dry-run"]) == 1  # no such file
        assert "open in the GreenLife app" not in capsys.readouterr().err
    finally:
        os.kill(holder.pid, signal.SIGKILL)  # a crash: the lock file stays behind
        holder.wait()
    assert lock_path(db).exists()
    assert app_holder(db) is None  # but nobody holds it: it does not block
    assert main(["--db", str(db), "member", "add", "李先生"]) == 0
    s = Store.open(db)
    assert [m.name for m in s.members()] == ["杨女士", "李先生"]
    s.close()


def test_no_lock_file_means_nobody(tmp_path):
    assert app_holder(tmp_path / "g.db") is None
    refuse_if_app_holds(tmp_path / "g.db")
