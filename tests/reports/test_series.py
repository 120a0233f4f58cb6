import datetime as dt

from greenlife.reports import series
from tests.conftest import TODAY

MON = dt.date(2026, 11, 23)


def seed(store):
    yang = store.add_member("杨女士")
    li = store.add_member("李先生")
    store.log(yang.id, "commute", "subway", 10, day=MON)  # +970
    store.log(yang.id, "food", "clean_plate", 2, day=MON)  # +460
    store.log(yang.id, "food", "food_waste", 0.2, day=MON)  # -500
    store.log(li.id, "commute", "petrol", 10, day=TODAY)  # -1600
    store.log(li.id, "waste", "paper", 1, day=TODAY)  # +3900
    store.log(li.id, "commute", "bus", 1, day=MON - dt.timedelta(days=1))  # last week, +422
    return yang, li


def test_week_by_day_exact(store):
    yang, _li = seed(store)
    s = series.week_by_day(store, TODAY)
    assert s.slots == [MON + dt.timedelta(days=i) for i in range(7)]
    assert s.values["commute"] == [970, 0, 0, 0, 0, 0, 0]
    assert s.values["food"] == [460, 0, 0, 0, 0, 0, 0]
    assert s.values["waste"] == [0, 3900, 0, 0, 0, 0, 0]
    assert s.emissions["food"] == [-500, 0, 0, 0, 0, 0, 0]
    assert s.emissions["commute"] == [0, -1600, 0, 0, 0, 0, 0]
    assert s.totals() == [930, 2300, 0, 0, 0, 0, 0]
    mine = series.week_by_day(store, TODAY, yang.id)
    assert mine.totals() == [930, 0, 0, 0, 0, 0, 0]


def test_members_week_and_last_weeks(store):
    seed(store)
    assert [(b.name, b.points) for b in series.members_week(store, TODAY)] == [
        ("杨女士", 930), ("李先生", 2300)]
    store.set_goal(1000, from_day=MON - dt.timedelta(weeks=1))
    weeks = series.last_weeks(store, TODAY, n=3)
    # each week carries the goal in force then (the default before the change)
    assert [(w.start, w.points, w.goal) for w in weeks] == [
        (MON - dt.timedelta(weeks=2), 0, 30000), (MON - dt.timedelta(weeks=1), 422, 1000),
        (MON, 3230, 1000)]


def test_year_by_month_includes_appliances(store):
    seed(store)
    store.add_appliance("杨女士", "television", 1, 120, "2026-11-01")
    y = series.year_by_month(store, 2026)
    per_day = (150 - 120) * 530.6 / 365
    assert y.values["appliance"][10] == 24 * round(per_day)  # whole points on each day's line
    assert y.values["commute"][10] == 970 + 422
    assert y.emissions["commute"][10] == -1600
    assert y.totals()[:10] == [0] * 10
