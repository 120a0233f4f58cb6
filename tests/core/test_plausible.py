from __future__ import annotations

from greenlife.core.factors import SHANGHAI
from greenlife.core.plausible import DAILY_MAX, check_daily


def test_walking_400_km_is_implausible_40_is_not():
    assert check_daily("commute", "walk", 40) is None
    got = check_daily("commute", "walk", 400)
    assert got is not None
    assert (got.total, got.limit) == (400, 40)


def test_what_was_logged_already_that_day_counts():
    assert check_daily("commute", "subway", 150) is None
    assert check_daily("commute", "subway", 61, already=150).total == 211


def test_every_default_item_has_a_daily_range():
    keys = {tuple(f.key.split(".", 1)) for f in SHANGHAI if not f.key.startswith(("grid.", "meter."))}
    assert keys <= set(DAILY_MAX)
