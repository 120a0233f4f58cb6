"""m005: the household pseudo-member, and the widened ledger (new kinds and categories)."""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from greenlife.store import Store
from tests.store.test_upgrades import reconcile

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def m004(tmp_path):
    target = tmp_path / "m004 #%中文.db"
    shutil.copy(FIXTURES / "schema_m004.db", target)
    return target


def _line(s: Store, member_id: int, *, kind="action", category="waste", quantity=3.0,
          points=150, item="paper") -> int:
    cur = s.db.execute(
        "INSERT INTO entries(kind, member_id, day, category, item, quantity, unit, factor_set, "
        "factor_key, factor_value, factor_unit, factor_kind, factor_source, grams, points) "
        "VALUES (?, ?, '2026-11-19', ?, ?, ?, 'kg', 'shanghai', 'waste.paper', 50, 'g CO2/kg', "
        "'reduction', 'test', ?, ?)",
        [kind, member_id, category, item, quantity, points, points])
    s.db.conn.commit()
    return int(cur.lastrowid)


def test_m004_book_upgrades_with_usual_actions_and_lines_intact(m004):
    s = Store.open(m004, today=lambda: TODAY)
    applied = [r[0] for r in s.db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert "m005_household" in applied
    assert [m.name for m in s.members()] == ["杨女士", "小明"]
    assert s.balance().points == 2704
    (t,) = s.templates()
    assert t.name == "上学"
    assert [(leg.item, leg.quantity) for leg in t.legs] == [("bike", 1), ("subway", 61)]
    assert s.db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reconcile(s)
    s.close()


def test_household_member_is_made_once_and_is_no_member(store):
    assert store.people.household_id() is None
    yang = store.add_member("杨女士")
    h = store.people.household()
    assert h.household and h.name == "Household"
    assert store.people.household() == h
    assert store.people.household_id() == h.id
    assert [m.id for m in store.members(include_archived=True)] == [yang.id]
    # a member may already be called "Household": the pseudo-member takes another name
    assert store.db.execute("SELECT count(*) FROM members WHERE household = 1").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO members(name, colour, household) VALUES ('x', '#000000', 1)")


def test_a_member_called_household_does_not_clash(store):
    store.add_member("Household")
    assert store.people.household().name == "Household 2"


def test_household_lines_count_for_the_family_and_no_member(store):
    yang = store.add_member("杨女士")
    store.log("杨女士", "commute", "bike", 2, day=dt.date(2026, 11, 19))
    mine = store.balance(yang.id).points
    h = store.people.household()
    _line(store, h.id, points=150)
    assert store.balance(yang.id).points == mine
    assert store.balance().points == mine + 150
    assert store.balance(h.id).points == 150
    reconcile(store)


def test_the_ledger_takes_new_categories_meter_lines_and_steps(store):
    h = store.people.household()
    _line(store, h.id, kind="meter", category="energy", quantity=-40, points=-21000, item="kwh")
    _line(store, h.id, category="goods", item="second_hand", quantity=2)
    _line(store, h.id, category="commute", item="steps", quantity=20000)
    with pytest.raises(sqlite3.IntegrityError):
        _line(store, h.id, category="Bad Category")
    with pytest.raises(sqlite3.IntegrityError):
        _line(store, h.id, quantity=-1)
    assert store.balance().points == -21000 + 150 + 150
    reasons = {p.reason for p in store.check()}
    assert not {r for r in reasons if 'category' in r or 'quantity' in r or 'sign' in r}
    reconcile(store)
