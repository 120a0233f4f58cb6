import dataclasses

import pytest

from greenlife.core.errors import ValidationError
from greenlife.core.models import Factor, Kind


def test_seeded_sets_and_switching(store, yang):
    assert [s.id for s in store.factor_sets()] == ["shanghai", "wuhan"]
    assert store.active_set() == "shanghai"
    store.log(yang.id, "commute", "bus", 1)
    store.use_set("wuhan")
    e = store.log(yang.id, "commute", "bus", 1)
    assert (e.points, e.factor.set_id) == (213, "wuhan")  # 212.5 rounds up
    assert store.balance().points == 422 + 213
    with pytest.raises(ValidationError, match="unknown factor set"):
        store.use_set("paris")


def test_editing_a_factor_never_rewrites_history_until_recalculated(store, yang):
    e = store.log(yang.id, "commute", "subway", 10)
    f = store.factors()["commute.subway"]
    store.save_factor(dataclasses.replace(f, value=100, source="Our own estimate", year=2026))
    assert store.entry(e.id).points == 970
    dry = store.recalculate(dry_run=True)
    assert (len(dry.changes), dry.points_delta, dry.applied) == (1, 30, False)
    assert store.entry(e.id).points == 970
    report = store.recalculate()
    assert report.points_delta == 30
    assert store.entry(e.id).factor.source == "Our own estimate"
    assert store.balance().points == 1000
    assert store.recalculate().changes == []


def test_family_set_and_new_factor(store, yang):
    store.create_set("family", "Our family", "shanghai")
    store.use_set("family")
    store.save_factor(Factor("commute.scooter", 60, "g CO2/km", Kind.REDUCTION,
                             "Assumption: e-scooter vs petrol car", 2026, set_id="family"))
    e = store.log(yang.id, "commute", "scooter", 5)
    assert e.points == 300
    with pytest.raises(ValidationError) as info:
        store.save_factor(Factor("commute.x", float("nan"), "furlongs", Kind.REDUCTION, "",
                                 1800, set_id="family"))
    assert {e.field for e in info.value.errors} == {"value", "unit", "source", "year"}


def test_members_chinese_names_archive_and_pickers(store):
    a = store.add_member("杨女士")
    b = store.add_member("小明", "#ef6c00")
    assert b.colour == "#EF6C00"
    store.log(b.id, "commute", "walk", 2)
    store.update_member(b.id, active=False)
    assert [m.name for m in store.members()] == ["杨女士"]
    assert [m.name for m in store.members(include_archived=True)] == ["杨女士", "小明"]
    assert store.balance(b.id).points == 196  # history kept
    with pytest.raises(ValidationError, match="archived"):
        store.log("小明", "commute", "walk", 1)
    with pytest.raises(ValidationError, match="already a member"):
        store.add_member("杨女士")
    with pytest.raises(ValidationError, match="not a colour"):
        store.update_member(a.id, colour="green")
    assert store.update_member(a.id, name="杨妈妈").name == "杨妈妈"


def test_settings_have_declared_defaults(store):
    assert store.setting("weekly_goal") == "30000"
    store.set_setting("weekly_goal", "25000")
    assert store.setting("weekly_goal") == "25000"


def test_an_older_book_gets_the_new_factors_and_keeps_its_edits():
    from greenlife.core.factors import OLD_SOURCES
    from greenlife.store.facade import Store

    s = Store.open(memory=True)
    db = s.db
    old_sh = next(k for k, v in OLD_SOURCES.items() if "People's Daily" in v)
    # the book as an earlier version left it: no new factors, the old wording, one edit
    db.execute("DELETE FROM factors WHERE key IN ('goods.bag', 'meter.electricity', "
               "'commute.steps')")
    db.execute("UPDATE factors SET source = ? WHERE key IN ('commute.subway', 'commute.bus') "
               "AND set_id = 'shanghai'", [old_sh])
    db.execute("UPDATE factors SET value = 100 WHERE key = 'commute.bus' AND set_id = 'shanghai'")
    db.execute("UPDATE factors SET source = 'Our city paper' WHERE key = 'commute.bike' "
               "AND set_id = 'shanghai'")
    db.execute("DELETE FROM settings WHERE key = 'builtin_factors'")
    db.conn.commit()
    s2 = Store(db)
    sh = s2.factors("shanghai")
    assert sh["goods.bag"].value == 5 and s2.factors("wuhan")["meter.electricity"].value == 525
    assert sh["commute.steps"].value == 0.02
    assert "People's Daily" in sh["commute.subway"].source  # unedited: reworded
    assert (sh["commute.bus"].value, sh["commute.bus"].source) == (100, old_sh)  # edited: kept
    assert sh["commute.bike"].source == "Our city paper"
    assert s2.factor_book.upgrade() == 0  # once
