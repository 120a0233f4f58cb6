from __future__ import annotations

from greenlife.core.goals_hint import suggest
from greenlife.core.waste import bin_of, ordered


def test_a_family_of_two_adults_a_child_and_a_senior():
    assert suggest(["adult", "adult", "child", "senior"]) == (17100, [7000, 7000, 600, 2500])


def test_a_childs_goal_is_what_a_child_can_earn_not_5000():
    assert suggest(["child"])[1] == [600]


def test_shanghai_bins_hold_the_recyclable_kinds():
    assert [bin_of(i) for i in ("paper", "plastic", "glass", "metal")] == ["recyclable"] * 4
    assert ordered(["kitchen", "paper", "residual", "glass", "hazardous", "x"]) == [
        ("recyclable", ["paper", "glass"]), ("wet", ["kitchen"]), ("hazardous", ["hazardous"]),
        ("dry", ["residual"]), (None, ["x"])]


def test_a_members_goal_follows_what_they_earn():
    from greenlife.core.goals_hint import from_history

    assert from_history([590, 0, 610]) == 700  # 600 * 1.1 = 660, up to 700
    assert from_history([]) == 600


def test_fair_goals_always_sum_to_the_household_goal():
    from greenlife.core.goals_hint import fair_goals

    # nobody has a goal of their own yet: the household's 30,000 is shared by what each
    # earns, the child's share small, and the shares add up exactly
    household, each = fair_goals({}, {1: 7000, 2: 600, 3: 2500}, 30_000)
    assert household == 30_000 == sum(each.values())
    assert each[2] < each[3] < each[1]
    # once anyone has a goal, the household's is the sum; the others keep their suggestion
    household, each = fair_goals({2: 700}, {1: 7000, 2: 600, 3: 2500}, 30_000)
    assert each == {1: 7000, 2: 700, 3: 2500}
    assert household == 10_200 == sum(each.values())
    assert fair_goals({}, {}, 5000) == (5000, {})


def test_fair_goals_a_goal_of_one_point_is_a_goal_the_family_set():
    from greenlife.core.goals_hint import fair_goals

    assert fair_goals({2: 1}, {1: 7000, 2: 600}, 30_000) == (7001, {1: 7000, 2: 1})


def test_fair_goals_share_by_suggestion_and_the_spare_point_goes_to_the_largest_remainder():
    from greenlife.core.goals_hint import fair_goals

    # 7 points for suggestions 6 and 4: 4.2 and 2.8, so the spare point is the second member's
    assert fair_goals({}, {1: 6, 2: 4}, 7) == (7, {1: 4, 2: 3})
    # a suggestion of 1 weighs 1 (only a suggestion of 0 is raised to 1)
    assert fair_goals({}, {1: 1, 2: 3}, 400) == (400, {1: 100, 2: 300})
    assert fair_goals({}, {1: 0, 2: 0}, 5) == (5, {1: 3, 2: 2})
