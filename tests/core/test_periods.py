import datetime as dt

from greenlife.core.periods import bounds, split_by_months


def test_iso_week_runs_monday_to_sunday():
    assert bounds("week", dt.date(2026, 11, 24)) == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    # a Sunday belongs to the week that started the Monday before
    assert bounds("week", dt.date(2026, 11, 29))[0] == dt.date(2026, 11, 23)
    # across a year end
    assert bounds("week", dt.date(2027, 1, 1)) == (dt.date(2026, 12, 28), dt.date(2027, 1, 3))


def test_month_year_day_all():
    assert bounds("month", dt.date(2028, 2, 10)) == (dt.date(2028, 2, 1), dt.date(2028, 2, 29))
    assert bounds("year", dt.date(2026, 5, 5)) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert bounds("day", dt.date(2026, 5, 5)) == (dt.date(2026, 5, 5),) * 2
    assert bounds("all", dt.date(2026, 5, 5)) == (None, None)


def test_split_by_months_covers_the_range_exactly():
    ranges, months = split_by_months(dt.date(2026, 1, 15), dt.date(2026, 4, 3))
    assert months == ["2026-02", "2026-03"]
    assert ranges == [(dt.date(2026, 1, 15), dt.date(2026, 1, 31)),
                      (dt.date(2026, 4, 1), dt.date(2026, 4, 3))]
    ranges, months = split_by_months(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert ranges == []
    assert len(months) == 12
