import hashlib
import os
import sqlite3

import pytest

from greenlife.core.errors import StorageError
from greenlife.store import Store
from greenlife.store.safety import CorruptDatabaseError, network_share
from tests.conftest import TODAY


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filed(tmp_path):
    path = tmp_path / "g.db"
    s = Store.open(path, today=lambda: TODAY)
    m = s.add_member("杨女士")
    for i in range(200):
        s.log(m.id, "commute", "subway", 1 + i % 50, note="x" * 200)
    s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    return path


def test_corrupted_file_is_refused_and_never_written(filed):
    data = bytearray(filed.read_bytes())
    for offset in range(8192, len(data) - 4096, 4096):  # scribble over every page header
        data[offset:offset + 64] = os.urandom(64)
    filed.write_bytes(bytes(data))
    before = digest(filed)
    with pytest.raises(CorruptDatabaseError) as info:
        Store.open(filed)
    assert "damaged" in info.value.message
    assert "backup restore --latest" in info.value.message
    assert digest(filed) == before


def test_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("my shopping list\n" * 100)
    with pytest.raises(StorageError, match="damaged"):
        Store.open(path)
    assert path.read_text().startswith("my shopping list")


def test_full_disk_gives_a_message_and_keeps_the_data(filed):
    s = Store.open(filed, today=lambda: TODAY)
    before = s.balance().points
    pages = s.db.execute("PRAGMA page_count").fetchone()[0]
    s.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageError, match="disk is full") as info:
        s.add_entries([s.draft("杨女士", "commute", "subway", 5, note="y" * 500)] * 200)
    assert "what you typed is still in the form" in info.value.message
    assert s.balance().points == before
    assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    s.close()


def test_read_only_file_gives_a_message(filed):
    os.chmod(filed, 0o444)
    try:
        if os.access(filed, os.W_OK):
            conn = sqlite3.connect(f"file:{filed}?mode=ro", uri=True)
            from sqlite_utils import Database

            s = Store(Database(conn), lambda: TODAY)
        else:
            s = Store.open(filed, today=lambda: TODAY)
        with pytest.raises(StorageError, match="read-only"):
            s.log("杨女士", "commute", "bike", 1)
        s.close()
    finally:
        os.chmod(filed, 0o644)


def test_full_check_reports_every_bad_row_and_changes_nothing(filed):
    s = Store.open(filed, today=lambda: TODAY)
    assert s.check() == []
    s.db.execute("PRAGMA ignore_check_constraints = ON")
    s.db.execute("UPDATE entries SET quantity = -3 WHERE id = 5")
    s.db.execute("UPDATE entries SET points = 1 WHERE id = 7")
    s.db.execute("UPDATE day_totals SET points = points + 5")  # a rollup edited behind our back
    s.db.conn.commit()
    s.db.execute("PRAGMA ignore_check_constraints = OFF")
    before = s.db.execute("SELECT * FROM entries ORDER BY id").fetchall()
    problems = s.check()
    reasons = {(p.table, p.rowid, p.reason) for p in problems}
    assert ("entries", 5, "quantity is not positive or is absurd") in reasons
    assert ("entries", 7, "points do not match grams") in reasons
    assert any(p.table == "day_totals" for p in problems)  # the rollup no longer matches
    assert s.db.execute("SELECT * FROM entries ORDER BY id").fetchall() == before
    s.close()


def test_network_share_is_refused(tmp_path):
    mounts = tmp_path / "mounts"
    share = tmp_path / "share"
    share.mkdir()
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\nserver:/export {share} nfs4 rw 0 0\n")
    assert network_share(share / "g.db", str(mounts)) == "a network file system (nfs4)"
    assert network_share(tmp_path / "local.db", str(mounts)) is None
    mounts.write_text(f"//nas/family {share} cifs rw 0 0\n")
    assert "cifs" in network_share(share / "g.db", str(mounts))


def test_open_refuses_a_share(tmp_path, monkeypatch):
    from greenlife.store import safety

    monkeypatch.setattr(safety, "network_share", lambda p, mounts="": "a network file system (nfs)")
    with pytest.raises(StorageError, match="not safe there"):
        Store.open(tmp_path / "g.db")
    assert not (tmp_path / "g.db").exists()
