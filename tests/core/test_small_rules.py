"""Goal hints, plausible daily amounts and calendar periods: exact values at their edges."""

import datetime as dt

import pytest

from greenlife.core.goals_hint import GROUPS, TYPICAL_WEEK, from_history, suggest
from greenlife.core.periods import Period, bounds, month_key, split_by_months, week_start
from greenlife.core.plausible import DAILY_MAX, Implausible, check_daily


def test_goal_suggestions_for_each_group_and_an_unknown_one():
    assert GROUPS == ("child", "adult", "senior")
    assert TYPICAL_WEEK == {"child": 600, "adult": 7000, "senior": 2500}
    assert suggest(["senior"]) == (2500, [2500])
    assert suggest(["toddler"]) == (7000, [7000])  # unknown: counted as an adult
    assert suggest([]) == (0, [])


@pytest.mark.parametrize(
    ("history", "goal"),
    [([1000], 1100), ([1000, 1000], 1100), ([1001], 1200), ([91], 200), ([90], 100), ([1], 100),
     ([500, -200, 0, 700], 700), ([2000, 0], 2200)],
)
def test_a_goal_from_history_is_a_tenth_above_the_average_rounded_up_to_100(history, goal):
    assert from_history(history) == goal


def test_a_goal_without_history_is_the_fallback():
    assert from_history([0, -5]) == 600
    assert from_history([], fallback=7000) == 7000
    assert from_history([0], fallback=1) == 1


def test_a_day_exactly_at_the_limit_is_plausible():
    assert check_daily("commute", "bus", 10) is None
    assert check_daily("commute", "bus", 4, already=6) is None
    assert check_daily("commute", "bus", 4, already=6.5) == Implausible("commute", "bus", 10.5, 10)
    assert check_daily("food", "food_waste", 3.01) == Implausible("food", "food_waste", 3.01, 3)
    assert check_daily("commute", "teleport", 10_000) is None  # no figure, no question
    assert DAILY_MAX[("waste", "hazardous")] == 5
    assert DAILY_MAX[("commute", "subway")] == 200


def test_week_start_and_month_key():
    assert week_start(dt.date(2026, 11, 29)) == dt.date(2026, 11, 23)
    assert week_start(dt.date(2026, 11, 23)) == dt.date(2026, 11, 23)
    assert month_key(dt.date(2026, 3, 9)) == "2026-03"
    assert month_key(dt.date(999, 12, 1)) == "0999-12"
    assert [p.value for p in Period] == ["day", "week", "month", "year", "all"]
    assert bounds(Period.MONTH, dt.date(2026, 4, 30)) == (dt.date(2026, 4, 1), dt.date(2026, 4, 30))
    assert bounds("week", dt.date(2026, 11, 23)) == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))


def test_split_by_months_at_the_edges():
    d = dt.date
    assert split_by_months(d(2026, 3, 5), d(2026, 3, 5)) == ([(d(2026, 3, 5), d(2026, 3, 5))], [])
    assert split_by_months(d(2026, 3, 1), d(2026, 3, 31)) == ([], ["2026-03"])
    assert split_by_months(d(2026, 3, 1), d(2026, 3, 30)) == ([(d(2026, 3, 1), d(2026, 3, 30))], [])
    assert split_by_months(d(2026, 3, 2), d(2026, 4, 30)) == ([(d(2026, 3, 2), d(2026, 3, 31))], ["2026-04"])
    assert split_by_months(d(2026, 12, 31), d(2027, 1, 1)) == (
        [(d(2026, 12, 31), d(2026, 12, 31)), (d(2027, 1, 1), d(2027, 1, 1))], [])
    assert split_by_months(d(2026, 3, 2), d(2026, 3, 1)) == ([], [])
