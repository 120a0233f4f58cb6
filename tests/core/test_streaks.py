import datetime as dt

from greenlife.core.streaks import WEEKEND, streak

WED = dt.date(2026, 11, 25)


def days_back(today, n, skip=()):
    """Green days: the n days up to today, except those ``skip`` days back."""
    return [today - dt.timedelta(days=k) for k in range(n) if k not in skip]


def test_every_day_green_counts_every_day():
    s = streak(days_back(WED, 10), WED)
    assert (s.days, s.since, s.forgiven, s.alive_today) == (10, WED - dt.timedelta(days=9), (), True)


def test_today_not_logged_yet_does_not_break_it():
    s = streak(days_back(WED - dt.timedelta(days=1), 5), WED)
    assert s.days == 5
    assert not s.alive_today
    assert s.forgiven == ()


def test_one_missed_day_a_week_is_forgiven():
    # Wed 25 Nov back to Wed 11 Nov; Mon 23 Nov missed (this week), Thu 19 Nov missed (last)
    s = streak(days_back(WED, 15, skip={2, 6}), WED)
    assert s.days == 13
    assert s.forgiven == (dt.date(2026, 11, 23), dt.date(2026, 11, 19))


def test_two_missed_days_in_one_week_break_it():
    # Tue 24 and Mon 23 Nov both missed: the same ISO week, the streak is today only
    s = streak(days_back(WED, 15, skip={1, 2}), WED)
    assert s.days == 1
    assert s.since == WED
    # and a missed day just before the run is not part of it
    assert s.forgiven == ()


def test_rest_days_neither_count_nor_break():
    # a member who never logs at weekends: with the weekend as rest days, four weeks of
    # weekdays are one streak; without, two missed days a week break it
    weekdays = [d for d in days_back(WED, 28) if d.weekday() < 5]
    rested = streak(weekdays, WED, WEEKEND)
    assert rested.days == len(weekdays) == 20
    assert rested.forgiven == ()
    assert streak(weekdays, WED).days == 3  # Mon-Wed of this week
    # logging on a rest day still counts
    assert streak([*weekdays, dt.date(2026, 11, 22)], WED, WEEKEND).days == 21


def test_rest_days_and_one_forgiven_day_in_the_same_week():
    weekdays = [d for d in days_back(WED, 14) if d.weekday() < 5 and d != dt.date(2026, 11, 18)]
    s = streak(weekdays, WED, WEEKEND)
    assert s.forgiven == (dt.date(2026, 11, 18),)
    assert s.days == 9


def test_across_a_year_boundary_weeks_are_iso_weeks():
    # ISO week 2026-W01 runs Mon 29 Dec 2025 to Sun 4 Jan 2026: a missed day on Wed 31 Dec
    # and another on Fri 2 Jan are the same week, so the second breaks the streak
    today = dt.date(2026, 1, 4)
    all_days = days_back(today, 20)
    one = [d for d in all_days if d != dt.date(2025, 12, 31)]
    assert streak(one, today).days == 19
    two = [d for d in one if d != dt.date(2026, 1, 2)]
    s = streak(two, today)  # Fri 2 Jan is forgiven, Wed 31 Dec is the week's second miss
    assert (s.days, s.since, s.forgiven) == (3, dt.date(2026, 1, 1), (dt.date(2026, 1, 2),))
    # Sun 28 Dec 2025 is in 2025-W52: one missed day there and one in 2026-W01 are both forgiven
    split = [d for d in all_days if d not in (dt.date(2025, 12, 28), dt.date(2025, 12, 31))]
    s = streak(split, today)
    assert s.since == today - dt.timedelta(days=19)
    assert s.days == 18
    assert s.forgiven == (dt.date(2025, 12, 31), dt.date(2025, 12, 28))


def test_nothing_logged_is_no_streak():
    s = streak([], WED)
    assert (s.days, s.since, s.alive_today) == (0, None, False)


def test_the_forgiven_day_of_a_week_is_counted_per_year_too():
    # a run of 400 days with one day missed in ISO week 48 of 2025 and one in week 48 of 2026:
    # different weeks, so both are forgiven
    missed = {dt.date(2026, 11, 24), dt.date(2025, 11, 25)}
    assert {d.isocalendar()[1] for d in missed} == {48}
    green = [d for d in days_back(WED, 400) if d not in missed]
    s = streak(green, WED)
    assert s.days == 398
    assert s.forgiven == (dt.date(2026, 11, 24), dt.date(2025, 11, 25))
