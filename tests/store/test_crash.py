"""kill -9 a writer at random moments: every acknowledged save survives, the file stays sound."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time

from greenlife.store import Store

WRITER = """
import sys
from greenlife.store import Store
s = Store.open(sys.argv[1])
m = s.members()[0].id
print("ready", flush=True)
i = 0
while True:
    i += 1
    e = s.log(m, "commute", "bike", 1 + i % 40, note=f"run {sys.argv[2]} #{i}")
    print(e.id, flush=True)  # acknowledged: the transaction has committed
"""

KILLS = 100


def test_kill_minus_nine_at_random_moments(tmp_path):
    path = tmp_path / "crash.db"
    s = Store.open(path)
    s.add_member("杨女士")
    s.close()
    rng = random.Random(20261124)
    acknowledged: list[int] = []
    for run in range(KILLS):
        p = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(run)],
                             stdout=subprocess.PIPE, text=True)
        assert p.stdout.readline().strip() == "ready"
        got: list[int] = []

        def read(p=p, got=got):
            for line in p.stdout:
                if line.endswith("\n"):
                    got.append(int(line))

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        time.sleep(rng.uniform(0.0, 0.08))
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
        reader.join(5)
        acknowledged += got
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {r[0] for r in conn.execute("SELECT id FROM entries")}
    conn.close()
    missing = set(acknowledged) - stored
    assert not missing, f"{len(missing)} acknowledged entries lost"
    assert len(acknowledged) > KILLS  # the writers did write between kills
    s = Store.open(path)
    assert s.check() == []  # rollups agree with the entries after every crash
    assert s.count_entries() == len(stored)
    print(f"\n{KILLS} kills, {len(acknowledged)} acknowledged saves, all present; "
          f"{len(stored)} entries stored; integrity_check ok")
    s.close()
