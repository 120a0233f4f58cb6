import datetime as dt
import sqlite3

import pytest

from greenlife.core.errors import ValidationError
from tests.conftest import TODAY


def count(store, table="entries"):
    return store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_entry_stores_grams_points_and_factor_snapshot(store, yang):
    e = store.log("杨女士", "commute", "subway", "61")
    row = store.db.execute(
        "SELECT grams, points, factor_value, factor_unit, factor_source, factor_year, factor_kind "
        "FROM entries WHERE id = ?", [e.id]).fetchone()
    assert row == (5917.0, 5917, 97.0, "g CO2/km",
                   "Shanghai carbon-inclusion platform, as reported by People's Daily (人民日报), 2025",
                   2025, "reduction")
    assert e.day == TODAY


def test_bus_is_per_ride(store, yang):
    e = store.log(yang.id, "commute", "bus", 2, quantity_field="rides")
    assert (e.quantity, e.unit, e.points) == (2, "ride", 844)


def test_refused_input_writes_nothing(store, yang):
    store.log("杨女士", "commute", "bike", 1)
    before = store.db.execute("SELECT * FROM entries").fetchall()
    totals = store.db.execute("SELECT * FROM day_totals").fetchall()
    for kwargs in (
        {"member": "杨女士", "category": "commute", "item": "subway", "quantity": 2000},
        {"member": "杨女士", "category": "food", "item": "food_waste", "quantity": 200},
        {"member": "杨女士", "category": "commute", "item": "subway", "quantity": float("nan")},
        {"member": "nobody", "category": "commute", "item": "subway", "quantity": 3},
        {"member": "杨女士", "category": "commute", "item": "teleport", "quantity": 3},
        {"member": "杨女士", "category": "commute", "item": "subway", "quantity": 3,
         "day": TODAY + dt.timedelta(days=1)},
    ):
        with pytest.raises(ValidationError):
            store.log(**kwargs)
    assert store.db.execute("SELECT * FROM entries").fetchall() == before
    assert store.db.execute("SELECT * FROM day_totals").fetchall() == totals


def test_database_checks_refuse_impossible_values_too(store, yang):
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "INSERT INTO entries(member_id, day, category, item, quantity, unit, factor_set, "
            "factor_key, factor_value, factor_unit, factor_kind, factor_source, grams, points) "
            "VALUES (?, '2026-01-01', 'commute', 'bike', -5, 'km', 's', 'k', 1, 'u', "
            "'reduction', 's', 0, 0)", [yang.id])
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO entries(member_id, day, category, item, quantity, unit, "
                         "factor_set, factor_key, factor_value, factor_unit, factor_kind, "
                         "factor_source, grams, points) VALUES (999, '2026-01-01', 'commute', "
                         "'bike', 5, 'km', 's', 'k', 1, 'u', 'reduction', 's', 0, 0)")


def test_edit_keeps_factor_unless_item_changes(store, yang):
    e = store.log("杨女士", "commute", "subway", 10)
    store.save_factor(store.factors()["commute.subway"].__class__(
        **{**store.factors()["commute.subway"].__dict__, "value": 100}))
    edited = store.update_entry(e.id, store.draft("杨女士", "commute", "subway", 20))
    assert edited.factor.value == 97
    assert edited.points == 1940
    moved = store.update_entry(e.id, store.draft("杨女士", "commute", "bike", 20))
    assert moved.factor.value == 98
    assert moved.points == 1960
    assert store.balance().points == 1960


def test_delete_and_restore_roundtrip(store, yang):
    a = store.log("杨女士", "commute", "subway", 10)
    b = store.log("杨女士", "waste", "paper", 1)
    gone = store.delete_entries([a.id, b.id])
    assert count(store) == 0
    assert store.balance().points == 0
    assert count(store, "day_totals") == 0
    store.restore_entries(gone)
    assert [store.entry(a.id), store.entry(b.id)] == gone
    assert store.balance().points == 970 + 3900


def test_same_as_yesterday(store, yang):
    y = TODAY - dt.timedelta(days=1)
    store.log("杨女士", "commute", "bike", 1.2, day=y)
    store.log("杨女士", "commute", "subway", 34, day=y)
    repeated = store.same_as_yesterday("杨女士")
    assert [(e.item, e.quantity, e.day) for e in repeated] == [
        ("bike", 1.2, TODAY), ("subway", 34, TODAY)]
    with pytest.raises(ValidationError, match="no entries"):
        store.same_as_yesterday("杨女士", y)


def test_entries_filter_sort_and_count(store, yang):
    li = store.add_member("李先生")
    store.log(yang.id, "commute", "subway", 10, day="2026-11-01")
    store.log(li.id, "waste", "glass", 2, day="2026-11-10")
    store.log(yang.id, "food", "clean_plate", 2, day="2026-11-20")
    assert store.count_entries() == 3
    assert store.count_entries(member_id=yang.id) == 2
    assert store.count_entries(category="waste") == 1
    assert store.count_entries(start=dt.date(2026, 11, 5)) == 2
    pts = [e.points for e in store.entries(order_by="points", descending=False)]
    assert pts == sorted(pts)
    assert [e.member_name for e in store.entries(order_by="member", descending=False)][0] == "李先生"
    assert len(store.entries(limit=2, offset=2)) == 1


def test_pages_from_either_end_match_a_plain_listing(store, yang):
    li = store.add_member("李先生")
    for i in range(57):
        store.log(yang.id if i % 3 else li.id, "commute", "subway", 1 + i % 7,
                  day=TODAY - dt.timedelta(days=i % 11))
    total = store.count_entries()
    assert total == 57
    assert store.count_entries(member_id=li.id, start=TODAY - dt.timedelta(days=5)) == len(
        store.entries(li.id, TODAY - dt.timedelta(days=5)))
    for order in ("day", "points", "member"):
        full = store.entries(order_by=order)
        for offset in (0, 10, 29, 40, 50):
            page = store.entry_page(offset, 10, total, order_by=order)
            assert page == full[offset:offset + 10], (order, offset)


def test_put_entry_reverts_an_edit(store, yang):
    e = store.log(yang.id, "commute", "subway", 10)
    store.update_entry(e.id, store.draft(yang.id, "waste", "paper", 1))
    store.put_entry(e)
    assert store.entry(e.id) == e
    assert store.balance().points == 970
