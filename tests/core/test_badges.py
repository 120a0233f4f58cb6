import datetime as dt

import pytest

from greenlife.core.badges import DayItem, Facts, evaluate, load_catalogue, parse_catalogue

CATALOGUE = {b.id: b for b in load_catalogue()}
D = dt.date


def trips(*days, item="bike", qty=2.0):
    return [DayItem(d, "commute", item, qty, qty * 98) for d in days]


def run(badge_id, facts):
    return {s.tier.name: s for s in evaluate(CATALOGUE[badge_id], facts)}


def test_catalogue_is_data_with_at_least_12_badges_across_all_categories():
    assert len(CATALOGUE) >= 12
    assert {b.category for b in CATALOGUE.values()} >= {"commute", "waste", "food", "appliance",
                                                         "household"}
    kinds = {b.rule["kind"] for b in CATALOGUE.values()}
    assert kinds >= {"threshold", "count", "streak", "days_per_month", "first"}
    for b in CATALOGUE.values():
        assert b.name["zh"]
        assert b.name["en"]
        assert b.description["zh"]
        assert b.icon
    assert [t.name for t in CATALOGUE["green_streak"].tiers] == ["bronze", "silver", "gold"]
    assert "17.9" in CATALOGUE["trees"].description["en"]
    with pytest.raises(ValueError, match="unknown rule"):
        parse_catalogue([{"id": "x", "rule": {"kind": "magic"}, "tiers": []}])


def test_streak_across_a_week_boundary_and_a_month_end():
    # Thu 2026-01-29 .. Wed 2026-02-04: crosses Sunday/Monday and January/February
    days = [D(2026, 1, 29) + dt.timedelta(days=i) for i in range(7)]
    s = run("green_streak", Facts(items=trips(*days)))
    assert s["bronze"].earned_on == D(2026, 2, 4)
    assert s["silver"].earned_on is None
    assert s["silver"].progress == 7


def test_streak_over_a_leap_day():
    days = [D(2028, 2, 25) + dt.timedelta(days=i) for i in range(7)]  # includes 2028-02-29
    assert D(2028, 2, 29) in days
    assert run("green_streak", Facts(items=trips(*days)))["bronze"].earned_on == D(2028, 3, 2)


def test_a_missing_day_breaks_the_streak():
    days = [D(2026, 3, 1) + dt.timedelta(days=i) for i in range(8) if i != 3]
    s = run("green_streak", Facts(items=trips(*days)))
    assert s["bronze"].earned_on is None
    assert s["bronze"].progress == 4  # the longest run
    # a petrol trip is not a green commute and does not fill the gap
    s = run("green_streak", Facts(items=trips(*days) + trips(D(2026, 3, 4), item="petrol")))
    assert s["bronze"].earned_on is None


def test_order_of_entries_does_not_matter():
    days = [D(2026, 5, 1) + dt.timedelta(days=i) for i in range(40)]
    items = trips(*days) + [DayItem(d, "food", "clean_plate", 1, 230) for d in days]
    forward = [(s.badge.id, s.tier.name, s.earned_on) for b in CATALOGUE.values()
               for s in evaluate(b, Facts(items=items))]
    backward = [(s.badge.id, s.tier.name, s.earned_on) for b in CATALOGUE.values()
                for s in evaluate(b, Facts(items=list(reversed(items))))]
    assert forward == backward
    assert ("clean_plates", "bronze", D(2026, 5, 30)) in forward


def test_count_threshold_days_per_month_and_first():
    meals = [DayItem(D(2026, 1, 1) + dt.timedelta(days=i), "food", "clean_plate", 2, 460)
             for i in range(20)]
    s = run("clean_plates", Facts(items=meals))
    assert s["bronze"].earned_on == D(2026, 1, 15)  # 2 meals a day: the 30th on day 15
    assert s["silver"].progress == 40
    waste = [DayItem(D(2026, 4, d), "waste", "paper", 0.5, 1950) for d in range(1, 31)]
    s = run("sorting_month", Facts(items=waste))
    assert s["bronze"].earned_on == D(2026, 4, 10)
    assert s["silver"].earned_on == D(2026, 4, 20)
    assert s["gold"].earned_on == D(2026, 4, 28)
    assert run("first_sort", Facts(items=waste))[""].earned_on == D(2026, 4, 1)
    # 100 kg avoided within one calendar year, not across two
    subway = [DayItem(D(2025, 12, 31), "commute", "subway", 500, 60_000),
              DayItem(D(2026, 1, 1), "commute", "subway", 500, 60_000)]
    assert run("century", Facts(items=subway))["bronze"].earned_on is None
    subway.append(DayItem(D(2026, 3, 1), "commute", "subway", 500, 50_000))
    assert run("century", Facts(items=subway))["bronze"].earned_on == D(2026, 3, 1)


def test_trees_and_appliances():
    one_tree = [DayItem(D(2026, 6, 1), "waste", "paper", 4.59, 17_901)]
    assert run("trees", Facts(items=one_tree))["bronze"].earned_on == D(2026, 6, 1)
    assert run("trees", Facts(items=one_tree))["silver"].progress == pytest.approx(17_901 / 17_900)
    facts = Facts(appliances=[(D(2026, 2, 1), 2), (D(2026, 3, 1), 1)])
    assert run("efficient_home", facts)[""].earned_on == D(2026, 2, 1)
    assert run("grade_one", facts)["bronze"].earned_on == D(2026, 3, 1)


def test_weekly_goal_badge_uses_the_goal_in_force_each_week():
    w1, w2 = D(2026, 11, 9), D(2026, 11, 16)
    facts = Facts(week_points={w1: 900, w2: 1100}, week_goals={w1: 1000, w2: 1000},
                  today=D(2026, 11, 24))
    assert run("goal_weeks", facts)["bronze"].earned_on == D(2026, 11, 22)
    facts.week_goals[w1] = 800  # a lower goal back then: that week counts too
    assert run("goal_weeks", facts)["bronze"].earned_on == D(2026, 11, 15)
