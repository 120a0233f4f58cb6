"""Issue #13: an appliance's grade, label kWh, dates and label are corrected in place; its
daily lines are posted again, the ledger still reconciles, and undo puts back exactly what
was there."""

from __future__ import annotations

import datetime as dt

import pytest

from greenlife.core import calc
from greenlife.core.errors import ValidationError
from greenlife.core.ledger import OverspendError
from tests.conftest import TODAY


def appliance_lines(store, aid):
    return store.db.execute("SELECT count(*), min(day), max(day), sum(points) FROM entries "
                            "WHERE appliance_id = ?", [aid]).fetchone()


def ledger_sum(store):
    return store.db.execute("SELECT coalesce(sum(points), 0) FROM ledger_lines").fetchone()[0]


def test_an_edit_posts_the_lines_again_and_the_book_reconciles(store, yang):
    a = store.add_appliance("杨女士", "refrigerator", 2, None, "2026-11-15")
    old_per_day = calc.points(a.grams_per_day)
    assert appliance_lines(store, a.id) == (10, "2026-11-15", "2026-11-24", 10 * old_per_day)
    b = store.edit_appliance(a.id, 1, 300, "2026-11-05", None, "厨房")
    assert (b.grade, b.kwh_year, b.in_use_from, b.label) == (1, 300, dt.date(2026, 11, 5), "厨房")
    assert (b.type, b.member_id, b.grid) == (a.type, a.member_id, a.grid)
    per_day = calc.points(b.grams_per_day)
    assert per_day > old_per_day
    assert appliance_lines(store, a.id) == (20, "2026-11-05", "2026-11-24", 20 * per_day)
    assert store.balance().points == ledger_sum(store) == 20 * per_day
    assert store.balance(yang.id, dt.date(2026, 11, 9), dt.date(2026, 11, 15)).points == 7 * per_day
    assert store.check() == []
    # a later start and an end date take days away
    store.edit_appliance(a.id, 1, 300, "2026-11-20", "2026-11-22")
    assert appliance_lines(store, a.id) == (3, "2026-11-20", "2026-11-22", 3 * per_day)
    assert store.check() == []


def test_a_bad_edit_is_refused_and_changes_nothing(store, yang):
    a = store.add_appliance("杨女士", "refrigerator", 1, None, "2026-11-15")
    before = appliance_lines(store, a.id)
    with pytest.raises(ValidationError) as err:
        store.edit_appliance(a.id, 1, 9999, "2026-11-15")
    assert [e.field for e in err.value.errors] == ["kwh_year"]
    with pytest.raises(ValidationError):
        store.edit_appliance(a.id, 1, None, "2026-11-15", "2026-11-01")
    with pytest.raises(ValidationError):
        store.edit_appliance(a.id, 1, None, TODAY + dt.timedelta(days=3))
    assert store.appliance(a.id) == a
    assert appliance_lines(store, a.id) == before


def test_an_edit_that_uncovers_a_redeemed_reward_asks_first(store, yang):
    a = store.add_appliance("杨女士", "air_conditioner", 1, None, "2026-11-01")
    store.redeem(yang.id, store.balance(yang.id).points - 10, "电影票", TODAY)
    before = appliance_lines(store, a.id)
    with pytest.raises(OverspendError):
        store.edit_appliance(a.id, 1, None, "2026-11-20")  # fewer days: the reward uncovered
    assert store.appliance(a.id) == a
    assert appliance_lines(store, a.id) == before
    store.edit_appliance(a.id, 1, None, "2026-11-20", confirm=True)
    assert appliance_lines(store, a.id)[0] == 5
    assert store.balance(yang.id).points < 0


def test_put_restores_the_appliance_and_its_lines_exactly(store, yang):
    book = store.appliance_book
    a = store.add_appliance("杨女士", "refrigerator", 2, None, "2026-11-15", None, "旧冰箱")
    rows = book.lines(a.id)
    store.edit_appliance(a.id, 1, 250, "2026-11-01", None, "新冰箱")
    assert book.lines(a.id) != rows
    book.put(a, rows)
    assert store.appliance(a.id) == a
    assert book.lines(a.id) == rows  # ids, days, figures and all
    assert store.check() == []
