"""Fault injection: kill -9 during every writing CLI command (log, import, recalc, backup create,
backup restore, demo). After each kill every acknowledged write is present, nothing is
half-applied, and `check` agrees with a direct recomputation."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from greenlife.store import Store
from greenlife.store.backup import list_backups

KILLS = 6  # per command; the whole module stays well under a minute
LAST_YEAR = dt.date.today().year - 1  # the CLI runs on the real clock
ROWS = 3000  # enough that import, recalc and backups take a while to kill into
RNG = random.Random(20261125)


def cli(db: Path, *argv: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "greenlife", "--db", str(db), *argv],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


KILLED: dict[str, int] = {}


DURATION: dict[tuple[str, ...], float] = {}


def duration(db: Path, argv: tuple[str, ...]) -> float:
    """How long the command takes when left alone (measured once, on a copy of the file)."""
    if argv not in DURATION:
        import shutil

        copy = db.with_name("timing-" + db.name)
        if db.exists():
            shutil.copy(db, copy)
        start = time.perf_counter()
        p = cli(copy, *argv)
        p.communicate(timeout=120)
        DURATION[argv] = time.perf_counter() - start
        for side in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            side.unlink(missing_ok=True)
    return DURATION[argv]


def kill_during(db: Path, *argv: str) -> tuple[bool, str]:
    """Start the command, kill -9 it at a random moment before it would have ended;
    (finished before the kill, stdout)."""
    longest = duration(db, argv)
    p = cli(db, *argv)
    time.sleep(RNG.uniform(0.1, 0.97) * longest)
    finished = p.poll() is not None
    if not finished:
        os.kill(p.pid, signal.SIGKILL)
        KILLED[argv[0]] = KILLED.get(argv[0], 0) + 1
    p.wait()
    out = p.stdout.read()
    p.stdout.close()
    p.stderr.close()
    return finished and p.returncode == 0, out


def sound(db: Path) -> Store:
    """The file opens, integrity_check and every GreenLife rule pass."""
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    s = Store.open(db)
    assert s.check() == []
    return s


def count(db: Path, sql: str = "SELECT count(*) FROM entries") -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def book(tmp_path):
    db = tmp_path / "g.db"
    s = Store.open(db)
    s.add_member("杨女士")
    s.add_entries([s.draft("杨女士", "commute", "subway", 5 + i % 50,
                           day=f"{LAST_YEAR}-{1 + i % 12:02d}-{1 + i % 28:02d}") for i in range(ROWS)])
    s.close()
    return db


def test_kill_during_log(book):
    acknowledged = []
    for _ in range(KILLS * 2):
        _ok, out = kill_during(book, "log", "commute", "--member", "杨女士", "--mode", "bike", "--km", "2")
        if "(id " in out:  # printed after the commit: acknowledged
            acknowledged.append(int(out.rsplit("(id ", 1)[1].split(")")[0]))
        sound(book).close()
    conn = sqlite3.connect(book)
    stored = {r[0] for r in conn.execute("SELECT id FROM entries")}
    conn.close()
    assert set(acknowledged) <= stored


def test_kill_during_import(book, tmp_path):
    from greenlife.reports.export import write_csv

    s = Store.open(book)
    csv_path = tmp_path / "e.csv"
    write_csv(s, LAST_YEAR, csv_path)
    s.close()
    rows = count(book)
    for k in range(KILLS):
        target = tmp_path / f"t{k}.db"
        t = Store.open(target)
        t.add_member("杨女士")
        t.close()
        ok, _ = kill_during(target, "import", str(csv_path))
        assert count(target) in ((rows,) if ok else (0, rows))  # all or nothing
        sound(target).close()


def test_kill_during_recalc(book):
    from dataclasses import replace

    s = Store.open(book)
    s.save_factor(replace(s.factors()["commute.subway"], value=100.0))
    s.close()
    total = count(book)
    for _ in range(KILLS):
        before = count(book, "SELECT count(*) FROM entries WHERE factor_value = 100")
        ok, _ = kill_during(book, "recalc")
        after = count(book, "SELECT count(*) FROM entries WHERE factor_value = 100")
        assert after in ((total,) if ok else (before, total))  # every entry or none
        sound(book).close()


def test_kill_during_backup_create(book):
    for _ in range(KILLS):
        ok, out = kill_during(book, "backup", "create")
        backups = list_backups(book)
        if ok:
            assert any(str(b.path) in out for b in backups)
        for b in backups:  # a listed backup is always a whole one
            conn = sqlite3.connect(b.path)
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == ROWS
            conn.close()
        sound(book).close()


def test_kill_during_restore(book):
    s = Store.open(book)
    backup = s.backup("manual").path
    for i in range(5):
        s.log("杨女士", "commute", "bike", 1 + i)
    s.close()
    for _ in range(KILLS):
        ok, _ = kill_during(book, "backup", "restore", str(backup))
        n = count(book)
        assert n == ROWS if ok else n in (ROWS, ROWS + 5)  # the old book or the backup, never a mix
        sound(book).close()
        if n == ROWS:  # put the newer book back for the next round
            s = Store.open(book)
            for i in range(5):
                s.log("杨女士", "commute", "bike", 1 + i)
            s.close()


def test_kill_during_demo(tmp_path):
    from greenlife.core.demo import demo_actions

    full = len(demo_actions(dt.date.today()))
    for k in range(KILLS):
        db = tmp_path / f"d{k}.db"
        ok, _ = kill_during(db, "demo", "--lang", "en")
        if not db.exists():
            continue  # killed before the new book was linked into place: nothing at the path
        s = sound(db)
        members, entries = len(s.members()), s.count_entries()
        s.close()
        if ok:
            assert (members, entries) == (4, full)
        assert (members, entries) in ((0, 0), (4, full))  # never members without their entries
        if members == 0:  # the demo can run again
            p = cli(db, "demo", "--lang", "en")
            assert p.wait(60) == 0, p.stderr.read()
            p.stdout.close()
            p.stderr.close()
            s = sound(db)
            assert (len(s.members()), s.count_entries()) == (4, full)
            s.close()


def test_kill_during_upgrade(tmp_path):
    """The first open of a book from an earlier schema backs it up and migrates it; a kill
    leaves it at the old schema or the new one, with every entry."""
    import shutil

    from greenlife.store.db import known_migrations

    fixture = Path(__file__).parent / "fixtures" / "schema_m001.db"
    for k in range(KILLS):
        db = tmp_path / f"u{k}.db"
        shutil.copy(fixture, db)
        ok, _ = kill_during(db, "member", "list")
        conn = sqlite3.connect(db)
        applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        conn.close()
        # each migration is all-or-nothing: a kill leaves the old schema, a later one or the newest
        assert applied == known_migrations()[:len(applied)]
        assert applied == known_migrations() if ok else len(applied) >= 1
        s = sound(db)  # opens (finishing the upgrade if it was cut short) and checks clean
        assert s.count_entries() == 5
        assert [m.name for m in s.members()] == ["杨女士", "李先生"]
        s.close()


def test_the_kills_did_interrupt_commands():
    """Runs last in this module: the runs above were killed mid-way, not only after they ended
    (at least one per command; how many depends on the machine's load)."""
    print(f"\nkills per command: {KILLED}; durations (s): "
          f"{ {' '.join(k[:2]): round(v, 2) for k, v in DURATION.items()} }")
    assert all(KILLED.get(c, 0) >= 1 for c in ("log", "import", "recalc", "backup", "demo", "member")), KILLED
