import datetime as dt

import pytest

from greenlife.core.errors import InsufficientPointsError, NotFoundError, ValidationError
from tests.conftest import TODAY


def week_of_bikes(store, member, end):
    for i in range(7):
        store.log(member, "commute", "bike", 2, day=end - dt.timedelta(days=6 - i))


def earned(store, member_id):
    return {(b.badge.id, b.tier, b.earned_on) for b in store.earned_badges(member_id)}


def test_sync_stores_badges_and_withdraws_them_when_entries_go(store, yang):
    week_of_bikes(store, yang.id, TODAY)
    new = store.sync_badges([yang.id])
    assert ("green_streak", "bronze") in {(b.badge.id, b.tier) for b in new}
    assert ("green_streak", "bronze", TODAY) in earned(store, yang.id)
    assert store.sync_badges([yang.id]) == []  # nothing new the second time
    middle = [e for e in store.entries(yang.id) if e.day == TODAY - dt.timedelta(days=3)]
    gone = store.delete_entries([e.id for e in middle])
    store.sync_badges([yang.id])
    assert ("green_streak", "bronze", TODAY) not in earned(store, yang.id)
    assert ("first_green_trip", "", TODAY - dt.timedelta(days=6)) in earned(store, yang.id)
    store.restore_entries(gone)
    again = store.sync_badges([yang.id])
    assert [(b.badge.id, b.tier) for b in again] == [("green_streak", "bronze")]


def test_same_entries_in_another_order_give_the_same_badges(tmp_path):
    from greenlife.store import Store

    days = [TODAY - dt.timedelta(days=i) for i in range(35)]
    results = []
    for order in (days, list(reversed(days))):
        s = Store.open(memory=True, today=lambda: TODAY)
        m = s.add_member("杨女士")
        for d in order:
            s.log(m.id, "food", "clean_plate", 1, day=d)
            s.log(m.id, "waste", "kitchen", 0.5, day=d)
        s.sync_badges()
        results.append((earned(s, m.id), earned(s, None)))
        s.close()
    assert results[0] == results[1]


def test_goals_have_a_history(store, yang):
    last_year = TODAY - dt.timedelta(days=365)
    assert store.goal_for(last_year) == 30000  # the default
    store.set_goal(20000, None, last_year)
    store.set_goal(50000)  # from this week on
    assert store.goal_for(last_year) == 20000
    assert store.goal_for(TODAY - dt.timedelta(days=14)) == 20000
    assert store.goal_for(TODAY) == 50000
    store.set_goal(1500, "杨女士")
    assert store.goal_for(TODAY, yang.id) == 1500
    assert store.goal_for(TODAY - dt.timedelta(days=7), yang.id) == 0
    with pytest.raises(ValidationError, match="out of range"):
        store.set_goal(0)


def test_rewards_redeem_refuse_and_undo(store, yang):
    store.log(yang.id, "commute", "subway", 100)  # 9700
    movie = store.add_reward("电影之夜", 5000)
    with pytest.raises(ValidationError, match="already exists"):
        store.add_reward("电影之夜", 10)
    r = store.redeem_reward("电影之夜", "杨女士")
    assert (r.points, r.reward, r.member_name) == (5000, "电影之夜", "杨女士")
    assert store.balance(yang.id).points == 4700
    before = store.db.execute("SELECT count(*) FROM redemptions").fetchone()[0]
    with pytest.raises(InsufficientPointsError, match="has 4700 points"):
        store.redeem_reward(movie.id, "杨女士")
    assert store.db.execute("SELECT count(*) FROM redemptions").fetchone()[0] == before
    store.undo_redemption(r.id)
    assert store.balance(yang.id).points == 9700
    with pytest.raises(NotFoundError, match="No reward"):
        store.redeem_reward("Spaceship")


def test_the_badge_sync_reads_history_without_holding_the_write_lock(tmp_path, monkeypatch):
    """A sync on the worker reads the whole history; a Save in the window must not wait for
    it (it waited up to the busy timeout in a book of a million lines)."""
    import sqlite3

    from greenlife.store import Store

    path = tmp_path / "b.db"
    s = Store.open(path, today=lambda: TODAY)
    s.add_member("杨女士")
    s.log("杨女士", "commute", "bike", 2)
    real = s.badges.statuses
    free: list[bool] = []

    def statuses(member_id):
        other = sqlite3.connect(path, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")  # what a Save does first
            other.execute("ROLLBACK")
            free.append(True)
        except sqlite3.OperationalError:
            free.append(False)
        finally:
            other.close()
        return real(member_id)

    monkeypatch.setattr(s.badges, "statuses", statuses)
    s.sync_badges()
    assert free and all(free)
    s.close()


def test_the_badge_facts_hold_one_object_per_distinct_value(store, yang):
    """#18 peak memory: a million-line book has 135,000 daily items; the sync held 42 MB of
    them. Each distinct day, name and number is one object shared by the items (11 MB)."""
    import sys

    for day in (TODAY, TODAY - dt.timedelta(days=1)):
        store.log("杨女士", "commute", "bike", 2, day)
        store.log("杨女士", "commute", "walk", 2, day)
    items = store.badges.facts(None).items
    assert len(items) == 4
    by_day: dict = {}
    for i in items:
        by_day.setdefault(i.day, []).append(i)
    for same_day in by_day.values():
        assert same_day[0].day is same_day[1].day
    assert len({id(i.category) for i in items}) == 1
    bikes = [i for i in items if i.item == "bike"]
    assert bikes[0].item is bikes[1].item and bikes[0].quantity is bikes[1].quantity
    assert bikes[0].avoided is bikes[1].avoided == 196
    assert not hasattr(items[0], "__dict__") and sys.getsizeof(items[0]) <= 80
