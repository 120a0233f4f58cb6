"""Rules kept in one place in core, used by the store, the importer, the CLI and the dialogs."""

import datetime as dt
import math

from greenlife.core.ledger import factor_for_edit
from greenlife.core.models import Category, Entry, EntryDraft, Factor, Kind
from greenlife.core.validation import FACTOR_VALUE, GOAL_POINTS, factor_value_ok

OLD = Factor("commute.subway", 90, "g CO2/km", Kind.REDUCTION, "old", 2024, set_id="shanghai")
NEW = Factor("commute.subway", 97, "g CO2/km", Kind.REDUCTION, "new", 2025, set_id="shanghai")
BUS = Factor("commute.bus", 422, "g CO2/ride", Kind.REDUCTION, "new", 2025, set_id="shanghai")
DAY = dt.date(2026, 11, 20)


def _entry() -> Entry:
    return Entry(id=1, member_id=1, day=DAY, category=Category.COMMUTE, item="subway",
                 quantity=10, unit="km", factor=OLD, grams=900, points=900)


def test_an_edited_entry_keeps_its_factor_for_the_same_item_and_takes_the_active_one_else():
    active = {"commute.subway": NEW, "commute.bus": BUS}
    same = EntryDraft(1, DAY + dt.timedelta(days=1), Category.COMMUTE, "subway", 12, "km")
    assert factor_for_edit(_entry(), same, active) is OLD
    other = EntryDraft(1, DAY, Category.COMMUTE, "bus", 2, "ride")
    assert factor_for_edit(_entry(), other, active) is BUS


def test_factor_values_and_goals_have_one_range():
    assert factor_value_ok(0) and factor_value_ok(999_999) and factor_value_ok(97.5)
    for bad in (-0.1, 1_000_000, math.inf, math.nan, "97", None, True):
        assert not factor_value_ok(bad), bad
    assert (FACTOR_VALUE.low, FACTOR_VALUE.high) == (0, 999_999)
    assert (GOAL_POINTS.low, GOAL_POINTS.high, GOAL_POINTS.integer) == (1, 100_000_000, True)
