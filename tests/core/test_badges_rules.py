"""The badge rules in detail: sums within a day, filters, defaults, the catalogue as read.

The catalogue is loaded inside the tests (not at import) so that a broken loader fails here."""

import datetime as dt

import pytest

from greenlife.core.badges import (
    Badge,
    DayItem,
    Facts,
    Tier,
    evaluate,
    evaluate_all,
    load_catalogue,
    parse_catalogue,
)

D = dt.date(2026, 3, 2)


def badge(rule, targets=(1,), scope="member"):
    return Badge("b", {"en": "B"}, {"en": "d"}, {"en": "u"}, "i", scope, rule,
                 tuple(Tier("", float(t)) for t in targets), "commute")


def item(day, category, name, qty, avoided=0.0):
    return DayItem(day, category, name, qty, avoided)


def first_hit(b, items):
    return evaluate(b, Facts(items=items))[0]


def test_the_catalogue_as_read_from_the_package():
    catalogue = load_catalogue()
    assert isinstance(catalogue, list)
    assert len(catalogue) >= 15
    g = {b.id: b for b in catalogue}["green_streak"]
    assert g == Badge(
        "green_streak", {"en": "Green commuter", "zh": "绿色通勤达人"},
        {"en": "Days in a row with a green commute.", "zh": "连续多天绿色通勤。"},
        {"en": "days in a row", "en_one": "day in a row", "zh": "天（连续）"}, "commute", "member",
        {"kind": "streak", "filter": "green_commute"},
        (Tier("bronze", 7.0), Tier("silver", 30.0), Tier("gold", 100.0)), "commute")
    assert isinstance(g.tiers[0].target, float)
    assert [b.id for b in catalogue][:3] == ["first_green_trip", "green_streak", "subway_km"]
    assert {b.id: b.scope for b in catalogue}["trees"] == "household"


def test_parse_catalogue_gives_unnamed_tiers_an_empty_name():
    data = [{"id": "x", "name": {"en": "X"}, "description": {"en": "D"}, "unit": {"en": "u"}, "icon": "c",
             "scope": "household", "rule": {"kind": "first"}, "tiers": [{"target": "2"}], "category": "food"}]
    assert parse_catalogue(data) == [
        Badge("x", {"en": "X"}, {"en": "D"}, {"en": "u"}, "c", "household", {"kind": "first"},
              (Tier("", 2.0),), "food")]
    assert parse_catalogue([]) == []
    with pytest.raises(ValueError, match="badge y: unknown rule kind magic"):
        parse_catalogue([{**data[0], "id": "y", "rule": {"kind": "magic"}}])


def test_quantities_of_one_day_add_up():
    b = badge({"kind": "count", "filter": "commute.subway", "measure": "quantity"}, (100,))
    s = first_hit(b, [item(D, "commute", "subway", 60), item(D, "commute", "subway", 50)])
    assert s.earned_on == D
    assert s.progress == 100  # capped at the target once earned
    s = first_hit(b, [item(D, "commute", "subway", 60), item(D, "commute", "subway", 30)])
    assert (s.earned_on, s.progress) == (None, 90)


def test_avoided_kilograms_of_one_day_add_up_and_100_kg_is_100():
    b = badge({"kind": "threshold", "filter": "any", "measure": "avoided_kg"}, (100,))
    s = first_hit(b, [item(D, "commute", "subway", 1, 60_000), item(D, "waste", "paper", 1, 40_000)])
    assert s.earned_on == D
    s = first_hit(b, [item(D, "commute", "subway", 1, 100_000)])
    assert s.earned_on == D
    s = first_hit(b, [item(D, "commute", "subway", 1, 99_000)])
    assert (s.earned_on, s.progress) == (None, pytest.approx(99))


def test_trees_of_one_day_add_up():
    b = badge({"kind": "threshold", "filter": "any", "measure": "trees"}, (1,))
    s = first_hit(b, [item(D, "waste", "paper", 1, 10_000), item(D, "food", "clean_plate", 1, 7_900)])
    assert s.earned_on == D
    assert first_hit(b, [item(D, "waste", "paper", 1, 10_000)]).progress == pytest.approx(10_000 / 17_900)


def test_a_days_measure_counts_each_day_once():
    b = badge({"kind": "count", "filter": "any", "measure": "days"}, (3,))
    days = [D, D, D + dt.timedelta(days=1), D + dt.timedelta(days=5)]
    s = first_hit(b, [item(d, "food", "clean_plate", 2) for d in days])
    assert s.earned_on == D + dt.timedelta(days=5)
    s = first_hit(b, [item(d, "food", "clean_plate", 2) for d in days[:3]])
    assert (s.earned_on, s.progress) == (None, 2.0)


def test_rules_without_a_filter_or_measure_count_every_quantity():
    b = badge({"kind": "count"}, (10,))
    s = first_hit(b, [item(D, "food", "clean_plate", 5), item(D, "waste", "paper", 5)])
    assert s.earned_on == D
    assert evaluate(badge({"kind": "first"}), Facts(items=[item(D, "waste", "glass", 1)]))[0].earned_on == D


def test_an_item_filter_needs_the_category_and_one_of_the_items():
    b = badge({"kind": "count", "filter": "commute.walk|bike", "measure": "quantity"}, (5,))
    assert first_hit(b, [item(D, "commute", "walk", 3), item(D, "commute", "bike", 2)]).earned_on == D
    assert first_hit(b, [item(D, "commute", "subway", 9)]).earned_on is None
    assert first_hit(b, [item(D, "waste", "bike", 9)]).earned_on is None
    dotted = badge({"kind": "count", "filter": "food.x.y|z", "measure": "quantity"}, (1,))
    assert first_hit(dotted, [item(D, "food", "x.y", 1)]).earned_on == D
    assert first_hit(dotted, [item(D, "food", "z", 1)]).earned_on == D
    assert first_hit(dotted, [item(D, "food", "y", 1)]).earned_on is None


def test_a_category_filter_and_green_commutes():
    b = badge({"kind": "first", "filter": "waste"})
    assert first_hit(b, [item(D, "food", "waste", 1)]).earned_on is None
    g = badge({"kind": "first", "filter": "green_commute"})
    assert first_hit(g, [item(D, "commute", "petrol", 1)]).earned_on is None
    assert first_hit(g, [item(D, "waste", "bike", 1)]).earned_on is None
    for mode in ("walk", "bike", "bus", "subway", "ecar", "carpool"):
        assert first_hit(g, [item(D, "commute", mode, 1)]).earned_on == D


def test_no_days_is_no_streak_and_no_progress():
    b = badge({"kind": "streak", "filter": "any"}, (2,))
    assert (first_hit(b, []).earned_on, first_hit(b, []).progress) == (None, 0.0)
    assert first_hit(b, [item(D, "food", "clean_plate", 1)]).progress == 1.0


def test_evaluate_all_keeps_the_badges_of_one_scope():
    member = badge({"kind": "first"}, (1,), "member")
    house = Badge("h", {}, {}, {}, "i", "household", {"kind": "first"}, (Tier("a", 1), Tier("b", 2)), "x")
    facts = Facts(items=[item(D, "food", "clean_plate", 1)])
    got = evaluate_all([member, house], facts, "household")
    assert [(s.badge.id, s.tier.name, s.earned_on) for s in got] == [("h", "a", D), ("h", "b", D)]
    assert [s.badge.id for s in evaluate_all([member, house], facts, "member")] == ["b"]
    assert evaluate_all([member], facts, "household") == []


def appliance_badge(rule, targets=(1,)):
    return badge({"filter": "appliance", **rule}, targets)


def test_appliance_badges_count_models_up_to_their_grade():
    d1, d2, d3 = dt.date(2026, 1, 5), dt.date(2026, 2, 5), dt.date(2026, 3, 5)
    three = Facts(appliances=[(d3, 1), (d1, 1), (d2, 1)])
    grade_one = {"kind": "count", "max_grade": 1}
    got = evaluate(appliance_badge(grade_one, (1, 3, 5)), three)
    assert [(s.earned_on, s.progress) for s in got] == [(d1, 1.0), (d3, 3.0), (None, 3.0)]
    assert evaluate(appliance_badge(grade_one), Facts(appliances=[(d1, 2)]))[0].earned_on is None
    any_grade = evaluate(appliance_badge({"kind": "count"}, (2,)), Facts(appliances=[(d1, 5), (d2, 6), (d3, 4)]))
    assert (any_grade[0].earned_on, any_grade[0].progress) == (d3, 2.0)


def test_a_first_appliance_of_grade_5_or_better_and_its_progress():
    first = appliance_badge({"kind": "first"}, (1, 3))
    d = dt.date(2026, 1, 5)
    got = evaluate(first, Facts(appliances=[(d, 5)]))
    assert [(s.earned_on, s.progress) for s in got] == [(d, 1.0), (d, 1.0)]
    assert evaluate(first, Facts(appliances=[(d, 6)]))[0].progress == 0.0
    assert evaluate(first, Facts())[0].earned_on is None
    best = appliance_badge({"kind": "first", "max_grade": 2})
    assert evaluate(best, Facts(appliances=[(d, 3)]))[0].earned_on is None
    assert evaluate(best, Facts(appliances=[(d, 2)]))[0].earned_on == d


def test_a_first_action_and_its_progress():
    b = badge({"kind": "first", "filter": "waste"}, (1, 3))
    got = evaluate(b, Facts(items=[item(D, "waste", "paper", 1), item(D + dt.timedelta(days=1), "waste", "glass", 1)]))
    assert [(s.earned_on, s.progress) for s in got] == [(D, 1.0), (D, 1.0)]
    none = evaluate(b, Facts(items=[item(D, "food", "clean_plate", 1)]))[0]
    assert (none.earned_on, none.progress) == (None, 0.0)


def test_a_yearly_threshold_counts_each_calendar_year_on_its_own():
    b = badge({"kind": "threshold", "filter": "any", "measure": "avoided_kg", "period": "year"}, (100,))
    items = [item(dt.date(2024, 6, 1), "commute", "subway", 1, 30_000),
             item(dt.date(2025, 6, 1), "commute", "subway", 1, 40_000),
             item(dt.date(2026, 6, 1), "commute", "subway", 1, 50_000)]
    s = first_hit(b, items)
    assert (s.earned_on, s.progress) == (None, pytest.approx(50))
    small = first_hit(b, [item(D, "waste", "paper", 1, 500)])
    assert small.progress == pytest.approx(0.5)
    assert first_hit(b, []).progress == 0.0


def test_days_per_month_needs_the_target_within_one_month():
    b = badge({"kind": "days_per_month", "filter": "waste"}, (10,))
    april = [item(dt.date(2026, 4, d), "waste", "paper", 1) for d in range(1, 11)]  # exactly 10
    may = [item(dt.date(2026, 5, d), "waste", "paper", 1) for d in range(11, 21)]
    assert first_hit(b, april).earned_on == dt.date(2026, 4, 10)
    assert first_hit(b, april + may).earned_on == dt.date(2026, 4, 10)
    assert first_hit(b, may + april).earned_on == dt.date(2026, 4, 10)
    short = first_hit(b, april[:9] + may[:9])
    assert (short.earned_on, short.progress) == (None, 9.0)
    assert first_hit(b, []).progress == 0.0


def test_a_goal_met_exactly_counts_and_a_week_met_before_sunday_is_earned_today():
    b = badge({"kind": "weeks_goal_met"}, (1, 2))
    w1, w2 = dt.date(2026, 11, 16), dt.date(2026, 11, 23)
    facts = Facts(week_points={w1: 1000, w2: 1200}, week_goals={w1: 1000, w2: 1000}, today=dt.date(2026, 11, 24))
    got = evaluate(b, facts)
    assert [(s.earned_on, s.progress) for s in got] == [(dt.date(2026, 11, 22), 1.0), (dt.date(2026, 11, 24), 2.0)]
    no_goal = Facts(week_points={w1: 1000}, week_goals={w1: 0}, today=dt.date(2026, 11, 24))
    assert evaluate(b, no_goal)[0].earned_on is None
    no_today = Facts(week_points={w2: 1200}, week_goals={w2: 1000})
    assert evaluate(b, no_today)[0].earned_on == dt.date(2026, 11, 29)


def test_the_challenges_badge_is_earned_the_day_the_nth_challenge_was_done():
    from greenlife.core.badges import Facts, evaluate, load_catalogue

    badge = {b.id: b for b in load_catalogue()}["family_challenges"]
    done = [dt.date(2026, 5, 9), dt.date(2026, 3, 1), dt.date(2026, 4, 2), dt.date(2026, 6, 1),
            dt.date(2026, 7, 4)]  # in any order

    def tiers(days):
        return {s.tier.name: (s.earned_on, s.progress) for s in evaluate(badge, Facts(challenges_done=days))}

    assert tiers(done) == {"bronze": (dt.date(2026, 3, 1), 1.0), "silver": (dt.date(2026, 7, 4), 5.0),
                           "gold": (None, 5.0)}
    assert tiers(done[:4])["silver"] == (None, 4.0)
    assert tiers([])["bronze"] == (None, 0.0)
