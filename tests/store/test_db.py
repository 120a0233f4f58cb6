from greenlife.store import Store, open_database
from greenlife.store.db import default_db_path
from greenlife.store.demo import load_demo


def test_file_pragmas_and_migrations(tmp_path):
    db = open_database(tmp_path / "g.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    names = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations")]
    assert names[0] == "m001_initial"
    assert names == [m.name for m in __import__("greenlife.store.schema", fromlist=["x"]).migrations._migrations]
    db.conn.close()
    # reopening applies nothing twice and keeps data
    s = Store.open(tmp_path / "g.db")
    s.add_member("杨女士")
    s.close()
    s = Store.open(tmp_path / "g.db")
    assert [m.name for m in s.members()] == ["杨女士"]
    assert len(s.factor_sets()) == 2
    s.close()


def test_default_location_honours_env(tmp_path, monkeypatch):
    monkeypatch.setenv("GREENLIFE_DB", str(tmp_path / "x.db"))
    assert default_db_path() == tmp_path / "x.db"
    monkeypatch.delenv("GREENLIFE_DB")
    assert default_db_path().name == "greenlife.db"


def test_demo_household(store):
    n = load_demo(store)
    assert n > 2000
    assert len(store.members()) == 4
    assert store.count_entries() == n
    assert len(store.appliances()) == 3
    assert store.templates()
    first = store.db.execute("SELECT min(day), max(day) FROM entries").fetchone()
    assert first[1] == store.today().isoformat()
    assert store.balance().points > 0


def test_demo_entries_carry_their_units(store):
    load_demo(store)
    units = dict(store.db.execute("SELECT item, unit FROM entries GROUP BY item").fetchall())
    assert units["subway"] == "km"
    assert units["bus"] == "ride"
    assert units["clean_plate"] == "meal"
    assert units["kitchen"] == "kg"
