"""The check-in's routine at its edges: how far back, how legs group, what counts as done."""

import datetime as dt

from greenlife.core.models import Category, Leg, Template
from greenlife.core.routine import (
    WEEKS_BACK,
    Logged,
    RoutineItem,
    drafts_for,
    last_same_weekday,
    plan_day,
)

MONDAY = dt.date(2026, 11, 23)
LAST = MONDAY - dt.timedelta(days=7)
BIKE = Leg(Category.COMMUTE, "bike", 1, "km")
SUBWAY = Leg(Category.COMMUTE, "subway", 61, "km")
WALK = Leg(Category.COMMUTE, "walk", 2, "km")
TRIP = Template(7, 1, "上班", Category.COMMUTE, "bike", 1, "km", (SUBWAY,))


def weeks_ago(k):
    return MONDAY - dt.timedelta(weeks=k)


def test_the_routine_looks_back_four_same_weekdays_latest_first():
    assert WEEKS_BACK == 4
    assert last_same_weekday(MONDAY, [weeks_ago(4)]) == weeks_ago(4)
    assert last_same_weekday(MONDAY, [weeks_ago(5)]) is None
    assert last_same_weekday(MONDAY, [weeks_ago(5)], weeks=5) == weeks_ago(5)
    assert last_same_weekday(MONDAY, [weeks_ago(1)], weeks=0) is None
    assert last_same_weekday(MONDAY, [weeks_ago(3), weeks_ago(2)]) == weeks_ago(2)
    assert last_same_weekday(MONDAY, [MONDAY, MONDAY - dt.timedelta(days=6)]) is None
    assert last_same_weekday(MONDAY, iter([weeks_ago(1)])) == weeks_ago(1)


def test_plan_day_passes_its_weeks_on():
    history = [Logged(1, weeks_ago(5), WALK)]
    assert plan_day(MONDAY, [1], history, [])[0:] == []
    [item] = plan_day(MONDAY, [1], history, [], weeks=5)
    assert (item.legs, item.learnt_from) == ((WALK,), weeks_ago(5))


def test_a_usual_action_repeated_in_the_day_is_shown_twice_and_a_partial_one_as_legs():
    history = [Logged(1, LAST, BIKE), Logged(1, LAST, SUBWAY), Logged(1, LAST, BIKE),
               Logged(1, LAST, SUBWAY), Logged(1, LAST, BIKE)]
    items = plan_day(MONDAY, [1], history, [TRIP])
    assert [(i.name, i.legs, i.template_id, i.learnt_from) for i in items] == [
        ("上班", (BIKE, SUBWAY), 7, LAST), ("上班", (BIKE, SUBWAY), 7, LAST), ("", (BIKE,), None, LAST)]
    only_bike = plan_day(MONDAY, [1], [Logged(1, LAST, BIKE)], [TRIP])
    assert [(i.name, i.legs) for i in only_bike] == [("", (BIKE,))]


def test_legs_match_a_usual_action_to_six_decimals():
    near = Leg(Category.COMMUTE, "bike", 1.0000001, "km")
    off = Leg(Category.COMMUTE, "bike", 1.00001, "km")
    items = plan_day(MONDAY, [1], [Logged(1, LAST, near), Logged(1, LAST, SUBWAY)], [TRIP])
    assert [i.name for i in items] == ["上班"]
    items = plan_day(MONDAY, [1], [Logged(1, LAST, off), Logged(1, LAST, SUBWAY)], [TRIP])
    assert [(i.name, i.legs) for i in items] == [("", (off,)), ("", (SUBWAY,))]


def test_another_members_usual_action_is_not_used():
    other = Template(8, 2, "Theirs", Category.COMMUTE, "walk", 2, "km")
    items = plan_day(MONDAY, [1], [Logged(1, LAST, WALK)], [other])
    assert [(i.name, i.legs) for i in items] == [("", (WALK,))]
    assert plan_day(MONDAY, [1], [], [other]) == []
    assert plan_day(MONDAY, [2], [], [other]) == [RoutineItem(2, (WALK,), "Theirs", 8, None, False)]


def test_sums_of_a_day_are_rounded_and_kept_apart_past_a_plausible_day():
    a = Leg(Category.COMMUTE, "walk", 0.1, "km")
    b = Leg(Category.COMMUTE, "walk", 0.2, "km")
    [item] = plan_day(MONDAY, [1], [Logged(1, LAST, a), Logged(1, LAST, b)], [])
    assert item.legs == (Leg(Category.COMMUTE, "walk", 0.3, "km"),)
    exact = Leg(Category.COMMUTE, "walk", 20, "km")  # 20 + 20 = 40: the limit, still one line
    [item] = plan_day(MONDAY, [1], [Logged(1, LAST, exact), Logged(1, LAST, exact)], [])
    assert item.legs == (Leg(Category.COMMUTE, "walk", 40, "km"),)
    far = Leg(Category.COMMUTE, "walk", 30, "km")
    items = plan_day(MONDAY, [1], [Logged(1, LAST, far), Logged(1, LAST, far), Logged(1, LAST, WALK)], [])
    assert [i.legs for i in items] == [(far,), (Leg(Category.COMMUTE, "walk", 32, "km"),)]
    other_unit = Leg(Category.COMMUTE, "walk", 2, "mi")
    items = plan_day(MONDAY, [1], [Logged(1, LAST, WALK), Logged(1, LAST, other_unit)], [])
    assert [i.legs for i in items] == [(WALK,), (other_unit,)]


def test_done_counts_each_logged_item_once():
    history = [Logged(1, LAST, WALK), Logged(1, LAST, BIKE), Logged(1, LAST, BIKE),
               Logged(1, MONDAY, BIKE), Logged(1, MONDAY, Leg(Category.COMMUTE, "walk", 9, "km"))]
    items = plan_day(MONDAY, [1], history, [])
    assert [(i.legs, i.done) for i in items] == [
        ((WALK,), True), ((Leg(Category.COMMUTE, "bike", 2, "km"),), True)]
    trip_half = [Logged(1, LAST, BIKE), Logged(1, LAST, SUBWAY), Logged(1, MONDAY, BIKE)]
    [item] = plan_day(MONDAY, [1], trip_half, [TRIP])
    assert item.done is False
    twice = [Logged(1, LAST, WALK), Logged(1, LAST, Leg(Category.COMMUTE, "walk", 50, "km")),
             Logged(1, MONDAY, WALK)]
    items = plan_day(MONDAY, [1], twice, [])
    assert [i.done for i in items] == [True, False]


def test_todays_own_lines_are_not_the_source():
    [item] = plan_day(MONDAY, [1], [Logged(1, MONDAY, WALK)], [TRIP])
    assert (item.name, item.learnt_from, item.done) == ("上班", None, False)


def test_drafts_for_leaves_out_what_is_done():
    items = [RoutineItem(1, (BIKE, SUBWAY), "上班"), RoutineItem(2, (WALK,), done=True),
             RoutineItem(3, (WALK,))]
    assert drafts_for(items) == [(1, BIKE), (1, SUBWAY), (3, WALK)]
    assert drafts_for([]) == []
    assert RoutineItem(1, ()) == RoutineItem(1, (), "", None, None, False)


def test_a_days_sum_is_rounded_to_six_decimals():
    a = Leg(Category.COMMUTE, "walk", 0.1234567, "km")
    b = Leg(Category.COMMUTE, "walk", 0.1, "km")
    [item] = plan_day(MONDAY, [1], [Logged(1, LAST, a), Logged(1, LAST, b)], [])
    assert item.legs[0].quantity == 0.223457
