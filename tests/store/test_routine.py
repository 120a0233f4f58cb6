from __future__ import annotations

import datetime as dt

from greenlife.core.models import Category, Leg
from tests.conftest import TODAY  # a Tuesday

LAST_TUESDAY = TODAY - dt.timedelta(days=7)
SUBWAY = Leg(Category.COMMUTE, "subway", 61, "km")


def test_old_templates_keep_working_and_a_trip_holds_two_legs(store, yang):
    walk = store.add_template(yang.id, "走路", "commute", "walk", 2, "km")
    trip = store.add_template(yang.id, "上班", "commute", "bike", 1, "km", [SUBWAY])
    assert walk.legs == (Leg(Category.COMMUTE, "walk", 2, "km"),)
    assert store.templates()[1].legs == (Leg(Category.COMMUTE, "bike", 1, "km"), SUBWAY)
    drafts = store.routine_drafts(store.routine())
    logged = store.add_entries(drafts)
    assert [(e.item, e.quantity, e.points) for e in logged] == [
        ("walk", 2, 196), ("bike", 1, 98), ("subway", 61, 5917)]
    assert all(i.done for i in store.routine())  # logged: never again today
    assert trip.position > walk.position


def test_routine_repeats_the_last_same_weekday(store, yang):
    store.log(yang.id, "commute", "bus", 2, LAST_TUESDAY)
    store.log(yang.id, "commute", "walk", 3, TODAY - dt.timedelta(days=1))  # Monday
    [item] = store.routine()
    assert (item.legs[0].item, item.legs[0].quantity, item.learnt_from) == ("bus", 2, LAST_TUESDAY)


def test_edit_move_delete_and_restore_a_usual_action(store, yang):
    a = store.add_template(yang.id, "A", "commute", "walk", 2, "km")
    b = store.add_template(yang.id, "B", "commute", "bike", 1, "km", [SUBWAY])
    assert [t.name for t in store.usual.move(b.id, -1)] == ["B", "A"]
    edited = store.usual.update(b.id, "上班", [Leg(Category.COMMUTE, "bike", 2, "km")])
    assert (edited.name, edited.legs, edited.more_legs) == ("上班", (Leg(Category.COMMUTE, "bike", 2, "km"),), ())
    gone = store.delete_template(b.id)
    assert [t.name for t in store.templates()] == ["A"]
    store.usual.restore(gone)
    assert [(t.name, t.legs) for t in store.templates()] == [("上班", edited.legs), ("A", a.legs)]
    assert store.db.execute("SELECT count(*) FROM template_legs").fetchone()[0] == 0


def test_already_logged_names_the_duplicates(store, yang):
    store.log(yang.id, "commute", "walk", 2)
    d1 = store.draft(yang.id, "commute", "walk", 1)
    d2 = store.draft(yang.id, "commute", "bike", 1)
    assert store.already_logged([d1, d2]) == [d1]
    assert store.logged_quantity(yang.id, TODAY, "commute", "walk") == 2


def test_undo_of_adding_a_member_deletes_or_archives_once_used(store, yang):
    kid = store.add_member("小明")
    store.people.remove(kid.id)
    assert [m.name for m in store.members(include_archived=True)] == ["杨女士"]
    store.log(yang.id, "commute", "walk", 1)
    store.people.remove(yang.id)  # has entries: archived, never deleted
    assert [(m.name, m.active) for m in store.members(include_archived=True)] == [("杨女士", False)]


def test_rewards_edit_archive_and_put_back(store):
    r = store.add_reward("电影之夜", 20000)
    edited = store.reward_book.update(r.id, name="电影", price="15000")
    assert (edited.name, edited.price) == ("电影", 15000)
    store.reward_book.update(r.id, active=False)
    assert store.rewards() == []
    store.reward_book.put(r)
    assert store.rewards() == [r]


def test_a_family_day_is_validated_with_one_read_of_the_factors(store, yang, monkeypatch):
    """#18: the check-in's 56 legs read the factor table 56 times (30 ms of 64); one read now,
    and a bad leg is still refused with its own message."""
    import pytest

    from greenlife.core.errors import ValidationError

    kid = store.add_member("小明")
    store.add_template(yang.id, "上班", "commute", "bike", 1, "km", [SUBWAY])
    store.add_template(kid.id, "走路", "commute", "walk", 2, "km")
    reads: list[int] = []
    real = store.factor_book.get
    monkeypatch.setattr(store.factor_book, "get", lambda *a, **k: reads.append(1) or real(*a, **k))
    drafts = store.routine_drafts(store.routine())
    assert reads == [1]
    assert [(d.member_id, d.item, d.quantity) for d in drafts] == [
        (yang.id, "bike", 1), (yang.id, "subway", 61), (kid.id, "walk", 2)]
    from greenlife.core.routine import RoutineItem

    bad = [RoutineItem(kid.id, (Leg(Category.COMMUTE, "walk", 2, "km"),)),
           RoutineItem(yang.id, (Leg(Category.COMMUTE, "bike", 10**9, "km"),))]
    with pytest.raises(ValidationError) as exc:
        store.routine_drafts(bad)
    assert [e.field for e in exc.value.errors] == ["km"]  # the bike leg, named by its unit


def test_drafts_keep_their_day_and_look_each_member_up_once(store, yang, monkeypatch):
    """The family's day validated in one go: each leg keeps the day it is for, and a member
    with several legs is looked up once (the factors once too)."""
    kid = store.add_member("小明")
    finds: list[object] = []
    real = store.people.find
    monkeypatch.setattr(store.people, "find", lambda m, **k: finds.append(m) or real(m, **k))
    yesterday = TODAY - dt.timedelta(days=1)
    rows = [(yang.id, "commute", "bike", 1, yesterday), (yang.id, "commute", "subway", 61, yesterday),
            (kid.id, "commute", "walk", 2, yesterday), (yang.id, "commute", "walk", 1, yesterday)]
    drafts = store.actions.drafts(rows)
    assert [(d.member_id, d.item, d.day) for d in drafts] == [
        (yang.id, "bike", yesterday), (yang.id, "subway", yesterday), (kid.id, "walk", yesterday),
        (yang.id, "walk", yesterday)]
    assert finds == [yang.id, kid.id]
