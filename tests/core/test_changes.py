import datetime as dt

import pytest

from greenlife.core.changes import Changes

D1, D2 = dt.date(2026, 11, 23), dt.date(2026, 11, 30)


def test_of_names_the_parts_and_refuses_unknown_ones():
    c = Changes.of("ledger", "appliances", days={D1})
    assert c.kinds() == {"ledger", "appliances"}
    assert c.days == {D1}
    with pytest.raises(ValueError, match="entries"):
        Changes.of("entries")
    assert not Changes() and Changes.of("badges")


def test_a_page_refreshes_only_for_what_it_shows():
    history = frozenset({"ledger", "members", "factors"})
    assert Changes.of("ledger").touches(history)
    assert not Changes.of("rewards").touches(history)
    assert not Changes.of("badges", "goals").touches(history)
    assert Changes.of("language").touches(frozenset())  # every text is rebuilt
    assert Changes.everything().touches(history)
    assert not Changes.everything().checked


def test_days_say_whether_a_week_changed():
    week = (dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert Changes.of("ledger", days={D1}).touches_days(*week)
    assert not Changes.of("ledger", days={D2}).touches_days(*week)
    assert Changes.of("ledger").touches_days(*week)  # days unknown: assume it did
    assert not Changes.of("goals", days={D1}).touches_days(*week)  # no lines changed


def test_records_merge():
    a = Changes.of("ledger", days={D1})
    b = Changes.of("ledger", days={D2})
    assert (a | b).days == {D1, D2}
    assert (a | Changes.of("ledger")).days == frozenset()  # one side unknown: unknown
    m = a | Changes.of("members")
    assert m.kinds() == {"ledger", "members"} and m.days == {D1}


def test_days_is_not_a_kind_of_change():
    with pytest.raises(ValueError, match="days"):
        Changes.of("days")


def test_a_week_ending_on_a_changed_day_changed():
    assert Changes.of("ledger", days={D2}).touches_days(D1, D2)  # the end day is inside


def test_merging_keeps_the_days_of_the_side_that_touched_the_ledger():
    m = Changes.of("members") | Changes.of("ledger", days={D2})
    assert m.kinds() == {"ledger", "members"} and m.days == {D2}
