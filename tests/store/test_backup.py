import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from greenlife.store import Store
from greenlife.store.backup import backup_dir, create_backup, keep_set, list_backups, newest_good, restore, rotate
from tests.conftest import TODAY

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def filed(tmp_path):
    s = Store.open(tmp_path / "g.db", today=lambda: TODAY)
    s.add_member("杨女士")
    s.log("杨女士", "commute", "subway", 10)
    yield s
    s.close()


def test_backup_uses_the_backup_api_and_is_checked(filed):
    b = filed.backup("manual")
    assert b.path.parent == backup_dir(filed.path)
    conn = sqlite3.connect(b.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 1
    conn.close()
    filed.log("杨女士", "commute", "subway", 10)  # the live file goes on; the backup does not
    assert [x.reason for x in list_backups(filed.path)] == ["manual"]


def test_daily_backup_once_a_day(filed):
    assert filed.daily_backup() is not None
    assert filed.daily_backup() is None
    assert len(list_backups(filed.path)) == 1


def test_rotation_keeps_7_daily_4_weekly_12_monthly(filed):
    start = dt.datetime(2025, 1, 1, 9, 0)
    for i in range(400):  # two backups a day for 400 days
        for h in (9, 18):
            when = start + dt.timedelta(days=i, hours=h - 9)
            b = create_backup(filed.db.conn, filed.path, "daily", when)
            os.utime(b.path, (when.timestamp(), when.timestamp()))  # file time follows the clock
    backups = list_backups(filed.path)
    days = {b.made.date() for b in backups}
    months = {(b.made.year, b.made.month) for b in backups}
    assert len(days) <= 7 + 4 + 12
    assert len(backups) <= 7 + 4 + 12 + 10
    last = start.date() + dt.timedelta(days=399)
    assert all(last - dt.timedelta(days=k) in days for k in range(7))  # the last 7 days
    assert len(months) >= 12
    assert backups[0].made.hour == 18  # the newest of the day is the one kept
    assert set(keep_set(backups)) == {b.path for b in backups}


def test_rotation_deletes_nothing_when_the_newest_backup_is_bad(filed):
    for i in range(12):
        create_backup(filed.db.conn, filed.path, "daily", dt.datetime(2026, 1, 1) + dt.timedelta(days=i))
    before = len(list_backups(filed.path))
    newest = list_backups(filed.path)[0].path
    newest.write_bytes(b"broken" * 1000)
    assert rotate(filed.path) == []
    assert len(list_backups(filed.path)) == before
    assert newest_good(filed.path).path != newest


def test_restore_backs_up_the_current_file_first(filed):
    b = filed.backup("manual")
    filed.log("杨女士", "commute", "subway", 20)
    path = filed.path
    filed.close()
    saved = restore(path, b.path)
    assert saved is not None
    assert saved.reason == "pre-restore"
    s = Store.open(path, today=lambda: TODAY)
    assert s.count_entries() == 1
    s.close()
    conn = sqlite3.connect(saved.path)
    assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 2  # nothing lost
    conn.close()
    filed.db.conn = sqlite3.connect(":memory:")  # let the fixture close something


def test_restore_over_a_damaged_file_keeps_its_bytes_aside(filed):
    b = filed.backup("manual")
    path = filed.path
    filed.close()
    path.write_bytes(b"garbage" * 4096)
    restore(path, b.path)
    assert [p.name.startswith("damaged-") for p in backup_dir(path).iterdir()].count(True) == 1
    s = Store.open(path, today=lambda: TODAY)
    assert s.count_entries() == 1
    s.close()
    filed.db.conn = sqlite3.connect(":memory:")


def test_schema_upgrade_is_preceded_by_a_backup(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema_m001.db", path)
    s = Store.open(path, today=lambda: TODAY)
    assert [b.reason for b in list_backups(path)] == ["pre-migration"]
    conn = sqlite3.connect(list_backups(path)[0].path)
    names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert names == ["m001_initial"]  # the backup is the file as it was before upgrading
    conn.close()
    s.close()


def test_cli_backup_and_restore_latest(tmp_path, capsys):
    from greenlife.cli import main

    db = str(tmp_path / "c.db")
    main(["--db", db, "member", "add", "杨女士"])
    main(["--db", db, "log", "commute", "--member", "杨女士", "--mode", "bike", "--km", "1"])
    assert main(["--db", db, "backup", "create"]) == 0
    Path(db).write_bytes(b"\x00" * 8192)  # the disk ate it
    for suffix in ("-wal", "-shm"):
        Path(db + suffix).unlink(missing_ok=True)
    assert main(["--db", db, "book", "--json"]) == 1
    assert "damaged" in capsys.readouterr().err
    assert main(["--db", db, "backup", "restore", "--latest"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "book", "--json"]) == 0
    assert '"points": 98' in capsys.readouterr().out
