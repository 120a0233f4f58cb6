"""A first weekly goal suggested from who is in the family.

What a member typically earns in a week (an assumption, stated in the welcome dialog):
a child walking to school and sorting waste about 600 points (the issue's measured 590);
an adult commuting by bus or subway and finishing meals about 7,000; a senior walking,
sorting waste and finishing meals about 2,500. The household goal is their sum.
"""

from __future__ import annotations

from collections.abc import Sequence

GROUPS = ("child", "adult", "senior")
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
