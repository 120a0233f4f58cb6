import datetime as dt
import random

import pytest

from greenlife.core.errors import InsufficientPointsError
from tests.conftest import TODAY


def test_example_from_the_brief(store, yang):
    store.log("杨女士", "commute", "bike", 1)
    store.log("杨女士", "commute", "subway", 61)
    assert store.balance(yang.id).points == 6015


def test_emissions_lower_the_balance_and_are_shown(store, yang):
    store.log(yang.id, "commute", "subway", 10)
    store.log(yang.id, "food", "food_waste", 0.4)
    store.log(yang.id, "commute", "petrol", 5)
    b = store.balance(yang.id)
    assert b.points == 970 - 1000 - 800
    assert b.grams_emitted == pytest.approx(1800)
    assert b.grams_avoided == pytest.approx(970)
    assert b.by_category["food"] == pytest.approx(-1000)
    assert b.by_category["commute"] == pytest.approx(170)


def test_periods_and_members(store, yang):
    li = store.add_member("李先生")
    store.log(yang.id, "commute", "subway", 10, day="2026-11-23")  # Monday, this week
    store.log(yang.id, "commute", "subway", 10, day="2026-11-22")  # Sunday, last week
    store.log(li.id, "waste", "paper", 1, day="2026-10-31")
    store.log(li.id, "waste", "paper", 1, day="2025-12-31")
    assert store.balance_for("week", TODAY, yang.id).points == 970
    assert store.balance_for("week", dt.date(2026, 11, 22)).points == 970
    assert store.balance_for("month", TODAY).points == 1940
    assert store.balance_for("year", TODAY).points == 1940 + 3900
    assert store.balance_for("all", TODAY).points == 1940 + 7800
    assert store.balance_for("day", dt.date(2025, 12, 31), li.id).points == 3900
    assert store.balance_for("all", TODAY, li.id).by_category["waste"] == pytest.approx(7800)


def test_rollups_match_a_direct_sum_for_random_ranges(store, yang):
    rng = random.Random(7)
    li = store.add_member("李先生")
    for _ in range(400):
        day = TODAY - dt.timedelta(days=rng.randrange(800))
        who = rng.choice([yang.id, li.id])
        item, qty = rng.choice([("subway", rng.uniform(1, 50)), ("petrol", rng.uniform(1, 50)),
                                ("bike", rng.uniform(0.5, 5))])
        store.log(who, "commute", item, round(qty, 2), day=day)
    ids = [e.id for e in store.entries(limit=50)]
    store.delete_entries(ids[:25])
    for _ in range(40):
        a = TODAY - dt.timedelta(days=rng.randrange(900))
        b = a + dt.timedelta(days=rng.randrange(400))
        for member in (None, yang.id):
            direct = store.db.execute(
                "SELECT total(points) FROM entries WHERE day BETWEEN ? AND ?"
                + (" AND member_id = ?" if member else ""),
                [a.isoformat(), b.isoformat()] + ([member] if member else [])).fetchone()[0]
            assert store.balance(member, a, b).points == int(direct)


def test_appliance_saving_appears_in_every_overlapping_period(store, yang):
    a = store.add_appliance("杨女士", "air_conditioner", 1, None, "2026-11-01")
    per_day = (780 - 624) * 530.6 / 365
    assert a.grams_per_day == pytest.approx(per_day)
    assert store.balance_for("month", TODAY).by_category["appliance"] == pytest.approx(24 * per_day)
    assert store.balance_for("week", TODAY).by_category["appliance"] == pytest.approx(2 * per_day)
    assert store.balance_for("year", dt.date(2025, 6, 1)).by_category["appliance"] == 0


def test_debits_never_take_a_balance_below_zero(store, yang):
    li = store.add_member("李先生")
    store.log(yang.id, "commute", "subway", 100)  # 9700
    store.log(li.id, "commute", "subway", 10)  # 970
    store.redeem("杨女士", 5000, "New book")
    assert store.balance(yang.id).points == 4700
    assert store.balance().points == 5670
    before = store.db.execute("SELECT count(*) FROM redemptions").fetchone()[0]
    with pytest.raises(InsufficientPointsError, match="has 970 points"):
        store.redeem("李先生", 971, "Bike bell")
    with pytest.raises(InsufficientPointsError):
        store.redeem(None, 5671, "Trip")
    assert store.db.execute("SELECT count(*) FROM redemptions").fetchone()[0] == before
    r = store.redeem(None, 5670, "Movie night")
    assert store.balance().points == 0
    store.undo_redemption(r.id)
    assert store.balance().points == 5670
    lines = store.ledger()
    assert [(line.kind, line.points) for line in lines if line.kind == "redemption"] == [
        ("redemption", -5000)]


def test_points_never_expire(store, yang):
    store.log(yang.id, "commute", "subway", 10, day="2001-01-01")
    assert store.balance().points == 970
