"""Data safety, round two (issue #11): paths with '#', '?' and '%', disk trouble told apart from
damage, clocks, foreign and stray files, concurrency, half-finished work."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from greenlife.cli import main
from greenlife.core.errors import StorageError
from greenlife.store import Store
from greenlife.store.backup import (
    backup_dir,
    create_backup,
    list_backups,
    newest_good,
)
from greenlife.store.db import known_migrations, verify_file
from greenlife.store.safety import (
    APPLICATION_ID,
    CorruptDatabaseError,
    DiskTroubleError,
    ForeignFileError,
    quick_check,
)
from tests.conftest import TODAY

FIXTURES = Path(__file__).parent / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_book(path: Path, n: int = 3) -> Path:
    s = Store.open(path, today=lambda: TODAY)
    s.add_member("杨女士")
    for i in range(n):
        s.log("杨女士", "commute", "subway", 10 + i)
    s.close()
    return path


def count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM entries WHERE kind = 'action'").fetchone()[0]
    finally:
        conn.close()


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


# -- 2. '#', '?' and '%' in the path -----------------------------------------------------------

@pytest.mark.parametrize("folder", ["a#b", "c%20d", "e?f", "g%h #?"])
def test_odd_characters_in_the_path_open_verify_and_restore(tmp_path, capsys, folder):
    path = make_book(tmp_path / folder / "g#1%.db", 2)
    s = Store.open(path, today=lambda: TODAY)
    s.backup("manual")
    s.log("杨女士", "commute", "bike", 1)
    s.close()
    assert verify_file(path) == "ok"
    assert newest_good(path) is not None
    code, out, err = cli(capsys, "--db", str(path), "backup", "restore", "--latest")
    assert (code, err) == (0, "")
    assert "restored" in out
    assert count(path) == 2  # the backup's entries, not an empty book
    code, out, _ = cli(capsys, "--db", str(path), "check")
    assert code == 0
    assert out.startswith("ok")


# -- 3. disk trouble is not damage --------------------------------------------------------------

def _error(message: str, name: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorname = name
    return exc


class FailingConn:
    """A connection whose reads fail the way a full or unplugged disk makes them fail."""

    def __init__(self, real: sqlite3.Connection, exc: sqlite3.Error) -> None:
        self.real, self.exc = real, exc

    def execute(self, sql: str, *args):
        if "quick_check" in sql or "application_id" in sql:
            raise self.exc
        return self.real.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self.real, name)


@pytest.mark.parametrize(("message", "name"), [("disk I/O error", "SQLITE_IOERR_READ"),
                                               ("database or disk is full", "SQLITE_FULL"),
                                               ("unable to open database file", "SQLITE_CANTOPEN")])
def test_quick_check_tells_disk_trouble_from_damage(message, name):
    conn = sqlite3.connect(":memory:")
    with pytest.raises(DiskTroubleError) as info:
        quick_check(FailingConn(conn, _error(message, name)), "g.db")
    assert "not damage" in info.value.message
    assert "damaged" not in info.value.message
    assert quick_check(FailingConn(conn, _error("database disk image is malformed", "SQLITE_CORRUPT"))) \
        == "database disk image is malformed"


def test_disk_trouble_on_open_is_not_called_damage_and_restore_changes_nothing(tmp_path, capsys, monkeypatch):
    path = make_book(tmp_path / "g.db", 3)
    s = Store.open(path)
    s.backup("manual")
    s.log("杨女士", "commute", "bike", 1)  # only in the live file
    s.close()
    before = digest(path)
    import greenlife.store.backup as backup_mod
    import greenlife.store.db as db_mod
    import greenlife.store.safety as safety_mod

    real_ro = safety_mod.connect_ro

    def unreadable(p, *a, **k):  # the data file's disk fails; backups are elsewhere and fine
        conn = real_ro(p, *a, **k)
        return FailingConn(conn, _error("disk I/O error", "SQLITE_IOERR_READ")) if Path(p) == path else conn

    monkeypatch.setattr(safety_mod, "connect_ro", unreadable)
    monkeypatch.setattr(backup_mod, "connect_ro", unreadable)
    monkeypatch.setattr(db_mod, "connect_ro", unreadable)
    code, _, err = cli(capsys, "--db", str(path), "check")
    assert code == 1
    assert "not damage" in err
    assert "is damaged" not in err
    code, out, err = cli(capsys, "--db", str(path), "backup", "restore", "--latest")
    assert code == 1
    assert out == ""
    assert "not damage" in err
    monkeypatch.undo()
    assert digest(path) == before
    assert count(path) == 4  # the healthy book is still there, its last save too
    assert not list(backup_dir(path).glob("damaged-*"))


def test_full_disk_during_backup_is_one_line_and_leaves_no_part(tmp_path, capsys, monkeypatch):
    import errno

    import greenlife.store.backup as backup_mod

    path = make_book(tmp_path / "g.db")

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_mod, "_reserve", full)
    code, _, err = cli(capsys, "--db", str(path), "backup", "create")
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert "disk is full" in err


def test_a_backup_onto_a_full_disk_says_so(tmp_path, capsys, monkeypatch):
    """A real SQLITE_FULL while the backup API writes the copy."""
    import greenlife.store.backup as backup_mod

    path = make_book(tmp_path / "g.db", 50)
    real = sqlite3.connect

    def small_disk(target, *a, **k):
        conn = real(target, *a, **k)
        if str(target).endswith(".part"):
            conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(backup_mod.sqlite3, "connect", small_disk)
    s = Store.open(path)
    with pytest.raises(StorageError, match="disk is full"):
        s.backup("manual")
    s.close()
    monkeypatch.undo()
    assert list_backups(path) == []
    assert not list(backup_dir(path).glob("*.part"))


def test_a_real_full_disk_during_a_save_says_so_and_keeps_the_book(tmp_path):
    path = make_book(tmp_path / "g.db", 3)
    s = Store.open(path, today=lambda: TODAY)
    pages = s.db.execute("PRAGMA page_count").fetchone()[0]
    s.db.execute(f"PRAGMA max_page_count = {pages}")  # a small full file system
    with pytest.raises(StorageError, match="disk is full"):
        s.add_entries([s.draft("杨女士", "commute", "subway", 5, note="y" * 500)] * 300)
    s.close()
    s = Store.open(path, today=lambda: TODAY)  # not "damaged" on the next start
    assert s.count_entries() == 3
    assert s.check() == []
    s.close()


def test_restore_over_a_damaged_file_keeps_its_wal_and_says_where(tmp_path, capsys):
    path = make_book(tmp_path / "g.db", 2)
    s = Store.open(path)
    s.backup("manual")
    s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.db.execute("PRAGMA wal_autocheckpoint = 0")
    s.log("杨女士", "commute", "bike", 1)  # this save lives only in the -wal
    wal = Path(str(path) + "-wal")
    wal_bytes = wal.read_bytes()
    assert wal_bytes
    shutil.copy(wal, tmp_path / "keep-wal")
    s.close()
    # the close checkpointed it; put the un-checkpointed -wal back and damage the main file
    shutil.copy(tmp_path / "keep-wal", wal)
    data = bytearray(path.read_bytes())
    for off in range(4096, len(data), 4096):
        data[off:off + 100] = os.urandom(100)
    path.write_bytes(bytes(data))
    damaged = digest(path)
    code, out, err = cli(capsys, "--db", str(path), "backup", "restore", "--latest")
    assert code == 0, err
    aside = next(backup_dir(path).glob("damaged-*.db"))
    assert str(aside) in out  # says where the old file went
    assert digest(aside) == damaged
    assert Path(str(aside) + "-wal").read_bytes() == wal_bytes  # never deleted
    assert count(path) == 2


# -- 4. clocks ----------------------------------------------------------------------------------

def test_clock_in_the_past_never_deletes_the_backup_just_made(tmp_path):
    s = Store.open(make_book(tmp_path / "g.db"))
    start = dt.datetime(2025, 9, 1, 12)
    made = [create_backup(s.db.conn, s.path, "daily", start + dt.timedelta(days=30 * i)).path
            for i in range(15)]  # 15 months of backups, made just now (fresh file times)
    past = create_backup(s.db.conn, s.path, "pre-restore", dt.datetime(2020, 1, 1, 8))
    assert past.path.exists()
    assert all(p.exists() for p in made)  # all younger than a day by their file time
    s.close()


def test_a_backup_named_in_the_future_is_not_newest(tmp_path):
    s = Store.open(make_book(tmp_path / "g.db", 1))
    future = create_backup(s.db.conn, s.path, "manual", dt.datetime(2099, 1, 1))
    old = dt.datetime(2026, 1, 1).timestamp()
    os.utime(future.path, (old, old))  # an old file whose name was written by a wrong clock
    s.log("杨女士", "commute", "bike", 1)
    now = dt.datetime(2026, 11, 24, 12)
    good = create_backup(s.db.conn, s.path, "manual", now)
    path = s.path
    s.close()
    assert list_backups(path, now)[0].path == good.path
    assert newest_good(path, now).path == good.path


# -- 5. foreign and stray files -----------------------------------------------------------------

def test_a_new_book_is_marked_as_ours(tmp_path):
    path = make_book(tmp_path / "g.db")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(known_migrations())
    conn.close()
    assert not list(tmp_path.glob("*.part"))


def test_an_empty_file_is_refused_and_left_alone(tmp_path, capsys):
    path = tmp_path / "g.db"
    path.write_bytes(b"")
    with pytest.raises(ForeignFileError, match="empty file"):
        Store.open(path)
    code, _, err = cli(capsys, "--db", str(path), "member", "add", "x")
    assert code == 1
    assert "empty file" in err
    assert path.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.db", "home"] or \
        sorted(p.name for p in tmp_path.iterdir()) == ["g.db"]


def test_another_programs_database_is_never_written_not_even_by_check(tmp_path, capsys):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE notes(x)")
    conn.execute("INSERT INTO notes VALUES ('mine')")
    conn.commit()
    conn.close()
    before = digest(path)
    for argv in (["check"], ["member", "list"], ["backup", "create"]):
        code, _, err = cli(capsys, "--db", str(path), *argv)
        assert code == 1, err
        assert "another program" in err
    assert digest(path) == before
    assert not Path(str(path) + "-wal").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["notes"]
    conn.close()


def test_a_plain_sqlite_file_without_our_tables_is_refused(tmp_path):
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(ForeignFileError, match="another program"):
        Store.open(path)


def test_another_databases_wal_beside_the_book_is_refused(tmp_path, capsys):
    path = make_book(tmp_path / "g.db", 3)
    other = tmp_path / "other.db"
    oc = sqlite3.connect(other)
    oc.execute("PRAGMA journal_mode = WAL")
    oc.execute("PRAGMA wal_autocheckpoint = 0")
    oc.execute("CREATE TABLE stuff(x)")
    oc.commit()
    shutil.copy(str(other) + "-wal", str(path) + "-wal")  # a stray -wal (copied, restored, synced…)
    oc.close()
    before = digest(path)
    with pytest.raises(ForeignFileError, match="belongs to another database"):
        Store.open(path)
    code, _, err = cli(capsys, "--db", str(path), "check")
    assert code == 1
    assert "belongs to another database" in err
    assert digest(path) == before
    os.unlink(str(path) + "-wal")
    Path(str(path) + "-shm").unlink(missing_ok=True)
    assert count(path) == 3


def test_a_book_from_an_earlier_version_is_adopted(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema_m001.db", path)
    assert sqlite3.connect(path).execute("PRAGMA application_id").fetchone()[0] == 0
    s = Store.open(path, today=lambda: TODAY)
    assert s.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert s.db.execute("PRAGMA user_version").fetchone()[0] == len(known_migrations())
    s.close()


def test_restore_never_writes_over_another_programs_file(tmp_path, capsys):
    path = make_book(tmp_path / "g.db", 2)
    s = Store.open(path)
    b = s.backup("manual")
    s.close()
    other = tmp_path / "other.db"
    c = sqlite3.connect(other)
    c.execute("CREATE TABLE notes(x)")
    c.commit()
    c.close()
    before = digest(other)
    code, _, err = cli(capsys, "--db", str(other), "backup", "restore", str(b.path))
    assert code == 1
    assert "another program" in err
    assert digest(other) == before


@pytest.mark.parametrize("kind", ["empty", "foreign", "newer", "folder", "text"])
def test_restore_refuses_what_is_not_a_good_book(tmp_path, capsys, kind):
    path = make_book(tmp_path / "g.db", 2)
    bad = tmp_path / "bad.db"
    if kind == "empty":
        bad.write_bytes(b"")
    elif kind == "foreign":
        c = sqlite3.connect(bad)
        c.execute("CREATE TABLE t(x)")
        c.commit()
        c.close()
    elif kind == "newer":
        s = Store.open(path)
        b = s.backup("manual")
        s.close()
        shutil.copy(b.path, bad)
        c = sqlite3.connect(bad)
        c.execute("INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
                  "VALUES ('greenlife', 'm999_future', '2030-01-01')")
        c.execute("PRAGMA user_version = 999")
        c.commit()
        c.close()
    elif kind == "folder":
        bad.mkdir()
    else:
        bad.write_text("hello")
    before = digest(path)
    code, _, err = cli(capsys, "--db", str(path), "backup", "restore", str(bad))
    assert code == 1, err
    assert len(err.strip().splitlines()) == 1
    assert digest(path) == before
    assert count(path) == 2


def test_restore_of_a_backup_with_64k_pages(tmp_path, capsys):
    path = make_book(tmp_path / "g.db", 2)
    s = Store.open(path)
    b = s.backup("manual")
    s.log("杨女士", "commute", "bike", 1)
    s.close()
    big = tmp_path / "big.db"
    shutil.copy(b.path, big)
    c = sqlite3.connect(big)
    c.execute("PRAGMA page_size = 65536")
    c.execute("VACUUM")
    assert c.execute("PRAGMA page_size").fetchone()[0] == 65536
    c.close()
    code, _out, err = cli(capsys, "--db", str(path), "backup", "restore", str(big))
    assert code == 0, err
    assert count(path) == 2
    code, _, _ = cli(capsys, "--db", str(path), "check")
    assert code == 0


def test_corrupt_file_is_still_offered_a_restore(tmp_path):
    path = tmp_path / "g.db"
    path.write_text("my shopping list\n" * 100)
    with pytest.raises(CorruptDatabaseError):
        Store.open(path)
    assert path.read_text().startswith("my shopping list")


# -- 6. check finds drift -----------------------------------------------------------------------

@pytest.fixture
def varied(tmp_path):
    path = tmp_path / "v.db"
    s = Store.open(path, today=lambda: TODAY)
    s.add_member("杨女士")
    s.add_member("李先生")
    for day in ("2026-09-03", "2026-10-10", "2026-11-20"):
        s.log("杨女士", "commute", "subway", 12, day=day)
        s.log("李先生", "food", "food_waste", 0.3, day=day)
        s.log("李先生", "waste", "paper", 1.5, day=day)
    assert s.check() == []
    s.close()
    return path


FLIPS = {
    "month points": ("UPDATE month_totals SET points = points + 1 WHERE month = '2026-09' "
                     "AND category = 'waste'", "month_totals"),
    "month avoided": ("UPDATE month_totals SET avoided = avoided + 5 WHERE month = '2026-10' "
                      "AND category = 'commute'", "month_totals"),
    "month extra row": ("INSERT INTO month_totals VALUES ('2025-01', 1, 'commute', 1, 0, 1, 1, 0, 1)",
                        "month_totals"),
    "day emitted": ("UPDATE day_totals SET emitted = emitted + 3 WHERE category = 'food' "
                    "AND day = '2026-09-03'", "day_totals"),
    "day row gone": ("DELETE FROM day_totals WHERE day = '2026-11-20' AND category = 'waste'", "day_totals"),
    "item quantity": ("UPDATE day_items SET quantity = quantity + 1 WHERE item = 'paper' "
                      "AND day = '2026-09-03'", "day_items"),
    "item row gone": ("DELETE FROM day_items WHERE item = 'subway' AND day = '2026-10-10'", "day_items"),
    "grams": ("UPDATE entries SET grams = grams + 10 WHERE id = 1", "entries"),
    "quantity": ("UPDATE entries SET quantity = quantity * 2 WHERE id = 2", "entries"),
    "factor value": ("UPDATE entries SET factor_value = factor_value + 1 WHERE id = 3", "entries"),
    "unknown item": ("UPDATE entries SET item = 'teleport', factor_key = 'commute.teleport' WHERE id = 4",
                     "entries"),
    "unknown unit": ("UPDATE entries SET unit = 'parsec' WHERE id = 5", "entries"),
}


@pytest.mark.parametrize("flip", sorted(FLIPS))
def test_check_catches_a_flipped_stored_value(varied, flip):
    sql, table = FLIPS[flip]
    conn = sqlite3.connect(varied)
    conn.execute(sql)
    conn.commit()
    conn.close()
    s = Store.open(varied, today=lambda: TODAY)
    problems = s.check()
    s.close()
    assert problems, flip
    assert table in {p.table for p in problems}


def test_expected_row_is_the_one_rule(varied):
    from greenlife.core import calc
    from greenlife.store.safety import expected_row

    s = Store.open(varied, today=lambda: TODAY)
    for e in s.entries(limit=100):
        row = s.db.execute("SELECT * FROM entries WHERE id = ?", [e.id]).fetchone()
        cols = [d[0] for d in s.db.execute("SELECT * FROM entries LIMIT 0").description]
        grams, points = expected_row(dict(zip(cols, row, strict=True)))
        assert grams == pytest.approx(e.grams)
        assert points == e.points == calc.points(e.grams)
    s.close()


# -- 7. concurrency -----------------------------------------------------------------------------

def test_two_imports_planned_at_once_add_the_rows_once(tmp_path):
    from greenlife.reports.export import write_csv
    from greenlife.store.importer import apply_import, plan_import

    src = make_book(tmp_path / "src.db", 5)
    s = Store.open(src, today=lambda: TODAY)
    csv_path = tmp_path / "e.csv"
    write_csv(s, 2026, csv_path)
    s.close()
    target = make_book(tmp_path / "t.db", 0)
    a = Store.open(target, today=lambda: TODAY)
    b = Store.open(target, today=lambda: TODAY)
    plan_a, plan_b = plan_import(a, csv_path), plan_import(b, csv_path)  # both see an empty book
    assert len(plan_a.new) == len(plan_b.new) == 5
    assert apply_import(a, plan_a) == 5
    assert apply_import(b, plan_b) == 0  # re-checked under the write lock
    assert plan_b.already == 5
    a.close()
    b.close()
    assert count(target) == 5


def test_concurrent_imports_and_backups_from_processes(tmp_path):
    import subprocess
    import sys

    from greenlife.reports.export import write_csv

    src = make_book(tmp_path / "src.db", 8)
    s = Store.open(src, today=lambda: TODAY)
    csv_path = tmp_path / "e.csv"
    write_csv(s, 2026, csv_path)
    s.close()
    target = make_book(tmp_path / "t.db", 0)
    cmds = [["import", str(csv_path)]] * 3 + [["backup", "create"]] * 4
    procs = [subprocess.Popen([sys.executable, "-m", "greenlife", "--db", str(target), *c],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for c in cmds]
    results = [(p.wait(60), p.stdout.read(), p.stderr.read()) for p in procs]
    for code, _out, err in results:
        assert code == 0, err
        assert "Traceback" not in err
    assert count(target) == 8
    backups = list_backups(target)
    assert len({b.path for b in backups}) == len(backups) >= 4 + 1  # 4 manual, at least one pre-import
    assert sum("imported 8 lines" in out for _, out, _ in results) == 1


class CommitFailsAfterwards:
    """COMMIT reaches the disk, then SQLite reports an I/O error (as a failing fsync of the
    directory can)."""

    def __init__(self, real: sqlite3.Connection) -> None:
        self.real = real

    def execute(self, sql, *args):
        cur = self.real.execute(sql, *args)
        if sql.strip().upper() == "COMMIT":
            raise _error("disk I/O error", "SQLITE_IOERR_FSYNC")
        return cur

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_a_commit_error_after_the_data_is_durable_does_not_say_nothing_was_saved(tmp_path):
    path = make_book(tmp_path / "g.db", 1)
    s = Store.open(path, today=lambda: TODAY)
    real = s.db.conn
    s.db.conn = CommitFailsAfterwards(real)
    with pytest.raises(StorageError) as info:
        s.log("杨女士", "commute", "bike", 2)
    s.db.conn = real
    assert "othing was saved" not in info.value.message
    assert "may have been saved" in info.value.message
    s.close()
    assert count(path) == 2  # it was saved: a retry would have duplicated it


def test_a_refused_commit_still_says_nothing_was_saved(tmp_path):
    path = make_book(tmp_path / "g.db", 1)
    s = Store.open(path, today=lambda: TODAY)
    real = s.db.conn

    class Busy(CommitFailsAfterwards):
        def execute(self, sql, *args):
            if sql.strip().upper() == "COMMIT":
                raise _error("database is locked", "SQLITE_BUSY")
            return self.real.execute(sql, *args)

    s.db.conn = Busy(real)
    with pytest.raises(StorageError, match="othing was saved"):
        s.log("杨女士", "commute", "bike", 2)
    s.db.conn = real
    s.close()
    assert count(path) == 1


# -- 8. half-finished work ----------------------------------------------------------------------

def test_a_demo_that_fails_half_way_leaves_an_empty_book_and_can_run_again(tmp_path, monkeypatch):
    from greenlife.store.demo import load_demo

    path = tmp_path / "d.db"
    s = Store.open(path, today=lambda: TODAY)

    def boom(*_a, **_k):
        raise KeyboardInterrupt  # as good as a kill: the process stops mid-way

    monkeypatch.setattr(s, "add_template", boom)
    with pytest.raises(KeyboardInterrupt):
        load_demo(s, lang="en")
    monkeypatch.undo()
    assert s.is_empty()
    assert s.count_entries() == 0
    n = load_demo(s, lang="en")
    assert n == s.count_entries() > 1000
    assert s.check() == []
    s.close()


def test_stale_part_files_are_cleaned_and_live_ones_kept(tmp_path):
    path = make_book(tmp_path / "g.db")
    folder = backup_dir(path)
    folder.mkdir(exist_ok=True)
    old = dt.datetime(2026, 1, 1).timestamp()
    stale = [folder / "greenlife-20260101-000000-manual.part", tmp_path / ".g.db.abc123.part"]
    live = [folder / "greenlife-20261124-000000-manual.part", tmp_path / ".g.db.def456.part"]
    for p in stale + live:
        p.write_bytes(b"x" * 1000)
    for p in stale:
        os.utime(p, (old, old))
    other = tmp_path / ".notes.txt.abc.part"  # not ours: another file's temporary
    other.write_bytes(b"y")
    os.utime(other, (old, old))
    Store.open(path).close()
    assert not any(p.exists() for p in stale)
    assert all(p.exists() for p in live)
    assert other.exists()


def test_a_stale_export_part_is_cleaned_on_the_next_export(tmp_path):
    from greenlife.reports.atomic import atomic_text

    target = tmp_path / "e.csv"
    left = tmp_path / ".e.csv.k1ll3d.part"
    left.write_text("half")
    old = dt.datetime(2026, 1, 1).timestamp()
    os.utime(left, (old, old))
    with atomic_text(target) as f:
        f.write("a,b\n")
    assert not left.exists()
    assert target.read_text() == "a,b\n"


def test_exports_respect_the_umask(tmp_path):
    from greenlife.reports.atomic import atomic_text

    old = os.umask(0o022)
    try:
        with atomic_text(tmp_path / "a.csv") as f:
            f.write("x")
        os.umask(0o077)
        with atomic_text(tmp_path / "b.csv") as f:
            f.write("x")
    finally:
        os.umask(old)
    assert (tmp_path / "a.csv").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "b.csv").stat().st_mode & 0o777 == 0o600


# -- 10. one line instead of a traceback ----------------------------------------------------------

@pytest.mark.parametrize(("code_name", "expected"), [("ENOSPC", "disk is full"), ("EROFS", "cannot be written"),
                                                      ("ENAMETOOLONG", "too long")])
def test_export_disk_errors_are_one_line(tmp_path, capsys, monkeypatch, code_name, expected):
    import errno
    import tempfile

    path = make_book(tmp_path / "g.db")
    code = getattr(errno, code_name)

    def refuse(*_a, **_k):
        raise OSError(code, os.strerror(code), str(tmp_path / "e.csv"))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    rc, _, err = cli(capsys, "--db", str(path), "export", "--year", "2026", "--out", str(tmp_path / "e.csv"))
    assert rc == 1
    assert len(err.strip().splitlines()) == 1
    assert expected in err
    assert not (tmp_path / "e.csv").exists()


def test_import_of_a_fifo_is_refused_at_once(tmp_path, capsys):
    path = make_book(tmp_path / "g.db")
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    rc, _, err = cli(capsys, "--db", str(path), "import", str(fifo))  # would hang reading
    assert rc == 1
    assert "not a regular file" in err


# -- 9. import and dates accept no nonsense -----------------------------------------------------

HEADER = ("date,member,category,item,quantity,unit,factor_set,factor_key,factor_value,factor_unit,"
          "factor_kind,factor_source,factor_year,grams,points,note")
ROW = ("2026-03-02,杨女士,commute,{item},{qty},km,shanghai,commute.{item},97.0,g CO2/km,reduction,"
       "Shanghai,2025,{grams},{points},")


def _plan(tmp_path, text: str):
    from greenlife.store.importer import plan_import

    f = tmp_path / "in.csv"
    f.write_text(text, encoding="utf-8")
    s = Store.open(make_book(tmp_path / "i.db", 0), today=lambda: TODAY)
    try:
        return plan_import(s, f)
    finally:
        s.close()


def test_import_refuses_an_item_not_in_the_factor_table(tmp_path):
    row = ROW.format(item="teleport", qty=500, grams=48500.0, points=48500)  # self-consistent
    plan = _plan(tmp_path, f"{HEADER}\n{row}\n")
    assert not plan.ok
    assert "not in the factor table" in plan.errors[0][1].message


def test_import_never_reads_a_decimal_comma_as_a_bigger_number(tmp_path):
    row = ROW.format(item="subway", qty='"1,5"', grams=1455.0, points=1455)  # 15 km x 97
    plan = _plan(tmp_path, f"{HEADER}\n{row}\n")
    assert not plan.ok
    assert "comma" in plan.errors[0][1].message
    (tmp_path / "b").mkdir()
    ok = _plan(tmp_path / "b", f"{HEADER}\n{ROW.format(item='subway', qty='1.5', grams=145.5, points=146)}\n")
    assert ok.ok
    assert len(ok.new) == 1


def test_import_refuses_a_duplicated_column(tmp_path):
    from greenlife.store.importer import ImportError_

    row = ROW.format(item="subway", qty=10, grams=970.0, points=970)
    with pytest.raises(ImportError_, match="more than once"):
        _plan(tmp_path, f"{HEADER},points\n{row},1\n")


@pytest.mark.parametrize("argv", [["appliance", "end", "1", "--to", ""], ["book", "--date", ""],
                                  ["entries", "--from", ""], ["entries", "--to", " "],
                                  ["log", "waste", "--member", "杨女士", "--stream", "paper", "--kg", "1",
                                   "--date", ""]])
def test_an_empty_date_is_refused_not_read_as_2100(tmp_path, capsys, argv):
    path = make_book(tmp_path / "g.db", 1)
    s = Store.open(path, today=lambda: TODAY)
    s.add_appliance("杨女士", "air_conditioner", 1, None, dt.date(2026, 6, 1))
    s.close()
    rc, _, err = cli(capsys, "--db", str(path), *argv)
    assert rc == 2
    assert "empty date" in err
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT in_use_to FROM appliances").fetchone()[0] is None
    assert count(path) == 1
    conn.close()


def test_check_has_no_false_alarm_after_heavy_churn(tmp_path):
    """Thousands of adds, deletes and a recalculation on one day and month: the trigger-kept
    rollups drift by float rounding only, which check must not call a problem."""
    from dataclasses import replace

    s = Store.open(make_book(tmp_path / "c.db", 0), today=lambda: TODAY)
    drafts = [s.draft("杨女士", "waste", "paper", 0.01 + (i % 97) * 1.037, day="2026-11-02") for i in range(3000)]
    added = s.add_entries(drafts)
    s.delete_entries([e.id for e in added[1:]])
    s.add_entries(drafts[:500])
    s.save_factor(replace(s.factors()["waste.paper"], value=3.7))
    s.recalculate()
    assert s.check() == []
    s.close()
