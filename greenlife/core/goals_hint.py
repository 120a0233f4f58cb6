"""A first weekly goal suggested from who is in the family.

What a member typically earns in a week (an assumption, stated in the welcome dialog):
a child walking to school and sorting waste about 600 points (the issue's measured 590);
an adult commuting by bus or subway and finishing meals about 7,000; a senior walking,
sorting waste and finishing meals about 2,500. The household goal is their sum.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

GROUPS = ("child", "adult", "senior")
HISTORY_WEEKS = 4  # a member's goal is suggested from their own last four weeks
TYPICAL_WEEK = {"child": 600, "adult": 7000, "senior": 2500}


def suggest(groups: Sequence[str]) -> tuple[int, list[int]]:
    """(household weekly goal, each member's weekly goal) for members of these groups."""
    each = [TYPICAL_WEEK.get(g, TYPICAL_WEEK["adult"]) for g in groups]
    return sum(each), each


def from_history(weekly_points: Sequence[int], fallback: int = TYPICAL_WEEK["child"]) -> int:
    """A member's own weekly goal scaled to what they earn: a tenth above their average
    of the last weeks, rounded up to 100; ``fallback`` with no history."""
    earned = [p for p in weekly_points if p > 0]
    if not earned:
        return fallback
    target = sum(earned) / len(earned) * 1.1
    return int(-(-target // 100) * 100)


def fair_goals(set_goals: Mapping[int, int], suggested: Mapping[int, int],
               household_own: int) -> tuple[int, dict[int, int]]:
    """Each member's weekly goal and the household's, which is always their sum.

    ``set_goals`` holds the goals the family set (member id -> points, 0 or missing: none);
    ``suggested`` each member's goal from their own last weeks (``from_history``), in member
    order. Once any member has a goal of their own, a member without one is asked for their
    suggestion and the household's goal is the sum. Before that the household's own goal is
    shared out in proportion to the suggestions (largest remainders, so the shares add up),
    so a child is never asked for an adult's share."""
    members = list(suggested)
    if not members:
        return household_own, {}
    if any(set_goals.get(m, 0) > 0 for m in members):
        each = {m: set_goals.get(m, 0) or suggested[m] for m in members}
        return sum(each.values()), each
    weights = {m: max(1, suggested[m]) for m in members}
    total = sum(weights.values())
    exact = {m: household_own * w / total for m, w in weights.items()}
    each = {m: int(v) for m, v in exact.items()}
    spare = household_own - sum(each.values())
    for m in sorted(members, key=lambda m: (-(exact[m] - each[m]), members.index(m)))[:spare]:
        each[m] += 1
    return household_own, each
