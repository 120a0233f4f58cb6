from __future__ import annotations

import datetime as dt

from greenlife.core.models import Category, Leg, Template
from greenlife.core.routine import Logged, last_same_weekday, plan_day

MONDAY = dt.date(2026, 11, 23)
BIKE = Leg(Category.COMMUTE, "bike", 1, "km")
SUBWAY = Leg(Category.COMMUTE, "subway", 61, "km")
WALK = Leg(Category.COMMUTE, "walk", 2, "km")


def test_monday_repeats_last_monday_not_sunday():
    history = [Logged(1, MONDAY - dt.timedelta(days=1), WALK),  # Sunday
               Logged(1, MONDAY - dt.timedelta(days=7), BIKE)]  # last Monday
    [item] = plan_day(MONDAY, [1], history, [])
    assert item.legs == (BIKE,)
    assert item.learnt_from == dt.date(2026, 11, 16)


def test_a_missed_week_looks_further_back_but_not_forever():
    two_weeks = MONDAY - dt.timedelta(days=14)
    assert last_same_weekday(MONDAY, [two_weeks]) == two_weeks
    assert last_same_weekday(MONDAY, [MONDAY - dt.timedelta(days=35)]) is None


def test_legs_that_make_up_a_usual_action_are_shown_as_it():
    trip = Template(7, 1, "上班", Category.COMMUTE, "bike", 1, "km", (SUBWAY,))
    last = MONDAY - dt.timedelta(days=7)
    history = [Logged(1, last, BIKE), Logged(1, last, SUBWAY), Logged(1, last, WALK)]
    items = plan_day(MONDAY, [1], history, [trip])
    assert [(i.name, i.legs, i.template_id) for i in items] == [
        ("上班", (BIKE, SUBWAY), 7), ("", (WALK,), None)]


def test_without_a_same_weekday_the_usual_actions_are_offered():
    trip = Template(7, 1, "上班", Category.COMMUTE, "bike", 1, "km", (SUBWAY,))
    [item] = plan_day(MONDAY, [1], [Logged(1, MONDAY - dt.timedelta(days=1), WALK)], [trip])
    assert (item.name, item.learnt_from, item.done) == ("上班", None, False)


def test_what_was_logged_today_is_done_and_members_keep_their_own():
    last = MONDAY - dt.timedelta(days=7)
    history = [Logged(1, last, WALK), Logged(2, last, WALK), Logged(1, MONDAY, WALK)]
    items = plan_day(MONDAY, [1, 2], history, [])
    assert [(i.member_id, i.done) for i in items] == [(1, True), (2, False)]


def test_the_same_item_twice_that_day_is_one_line_with_the_sum():
    last = MONDAY - dt.timedelta(days=7)
    history = [Logged(1, last, WALK), Logged(1, last, BIKE), Logged(1, last, WALK)]
    items = plan_day(MONDAY, [1], history, [])
    assert [i.legs for i in items] == [(Leg(Category.COMMUTE, "walk", 4, "km"),), (BIKE,)]


def test_lines_are_not_added_up_beyond_a_plausible_day():
    last = MONDAY - dt.timedelta(days=7)
    far = Leg(Category.COMMUTE, "walk", 30, "km")
    items = plan_day(MONDAY, [1], [Logged(1, last, far), Logged(1, last, far)], [])
    assert [i.legs for i in items] == [(far,), (far,)]


def test_the_routine_is_learnt_once_and_marked_done_from_todays_counts():
    """#18: a Save today re-reads only today's counts; what is learnt from the previous
    weeks stays. Marking is per member and a leg logged once marks one line only."""
    from collections import Counter

    from greenlife.core.routine import learn_day, logged_counts, mark_done

    last = MONDAY - dt.timedelta(days=7)
    history = [Logged(1, last, WALK), Logged(1, last, BIKE), Logged(2, last, WALK),
               Logged(1, MONDAY, WALK)]
    learnt = learn_day(MONDAY, [1, 2], history, [])
    assert [(i.member_id, i.legs, i.done) for i in learnt] == [
        (1, (WALK,), False), (1, (BIKE,), False), (2, (WALK,), False)]  # today ignored
    marked = mark_done(learnt, Counter({(2, "commute", "walk"): 1}))
    assert [i.done for i in marked] == [False, False, True]  # member 2's walk, not member 1's
    assert [i.done for i in learnt] == [False, False, False]  # the learnt plan is kept as is
    assert mark_done(learnt, logged_counts(h for h in history if h.day == MONDAY)) \
        == plan_day(MONDAY, [1, 2], history, [])
    two = Template(1, 1, "twice", Category.COMMUTE, "walk", 2, "km", (WALK,))
    assert [i.done for i in mark_done([learn_day(MONDAY, [1], [], [two])[0]],
                                      Counter({(1, "commute", "walk"): 1}))] == [False]
