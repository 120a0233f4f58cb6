from __future__ import annotations

import datetime as dt

import pytest

from greenlife.core.meters import (
    BILL,
    Reading,
    add_months,
    against_last_year,
    month_end,
    monthly_use,
    savings,
)


def M(y: int, m: int) -> dt.date:
    return dt.date(y, m, 1)


def idx(y: int, m: int, value: float, **kw) -> Reading:
    return Reading("electricity", M(y, m), value, **kw)


def test_month_arithmetic_across_the_year_boundary():
    assert add_months(M(2025, 12), 1) == M(2026, 1)
    assert add_months(M(2026, 1), -12) == M(2025, 1)
    assert add_months(M(2026, 2), -3) == M(2025, 11)
    assert month_end(M(2024, 2)) == dt.date(2024, 2, 29)


def test_same_month_last_year_gives_the_saving_and_an_increase_is_negative():
    r = [idx(2024, 12, 1000), idx(2025, 1, 1300), idx(2025, 2, 1550),
         idx(2025, 12, 4000), idx(2026, 1, 4250), idx(2026, 2, 4600)]
    got = {s.month: s for s in savings("electricity", r)}
    jan = got[M(2026, 1)]  # January across the year boundary: Dec 2025 -> Jan 2026
    assert (jan.used, jan.compared_with, jan.basis, jan.saved) == (250, 300, "last_year", 50)
    feb = got[M(2026, 2)]
    assert (feb.used, feb.compared_with, feb.saved) == (350, 250, -100)  # an increase
    assert M(2025, 1) not in got  # no last year and no baseline: nothing to compare with


def test_first_year_uses_the_baseline_the_family_chose():
    r = [idx(2025, 3, 100), idx(2025, 4, 280)]
    (s,) = savings("electricity", r, baseline=200)
    assert (s.month, s.used, s.compared_with, s.basis, s.saved) == (M(2025, 4), 180, 200,
                                                                      "baseline", 20)


def test_a_missing_month_is_spread_over_the_gap():
    r = [idx(2025, 1, 100), idx(2025, 4, 400)]  # February and March were not read
    uses, problems = monthly_use(r)
    assert problems == []
    assert [(u.month, u.amount, u.estimated) for u in uses.values()] == [
        (M(2025, 2), 100, True), (M(2025, 3), 100, True), (M(2025, 4), 100, True)]
    # a year later, February is compared with the spread estimate and says so
    later = r + [idx(2026, 1, 1000), idx(2026, 2, 1090)]
    feb = next(s for s in savings("electricity", later) if s.month == M(2026, 2))
    assert (feb.saved, feb.estimated) == (10, True)


def test_a_replaced_meter_reset_is_not_a_negative_use():
    r = [idx(2025, 5, 9800),
         idx(2025, 6, 120, new_meter_start=0, old_meter_end=9900)]  # 100 old + 120 new
    uses, problems = monthly_use(r)
    assert problems == []
    assert uses[M(2025, 6)].amount == 220
    # without the old meter's last index only the new meter's part is counted
    uses, _ = monthly_use([idx(2025, 5, 9800), idx(2025, 6, 120, new_meter_start=20)])
    assert uses[M(2025, 6)].amount == 100


def test_a_reset_not_marked_as_a_new_meter_is_a_problem_not_a_saving():
    uses, problems = monthly_use([idx(2025, 5, 9800), idx(2025, 6, 120)])
    assert M(2025, 6) not in uses
    assert [(p.month, p.used) for p in problems] == [(M(2025, 6), -9680)]


def test_a_bill_amount_counts_as_is_and_readings_around_it_are_not_double_counted():
    r = [idx(2025, 1, 1000),
         Reading("electricity", M(2025, 2), 180, how=BILL),  # the bill says 180 kWh
         idx(2025, 3, 1400)]  # 400 since January's index: 180 billed + 220 in March
    uses, problems = monthly_use(r)
    assert problems == []
    assert uses[M(2025, 2)].amount == 180
    assert not uses[M(2025, 2)].estimated
    assert uses[M(2025, 3)].amount == 220
    assert not uses[M(2025, 3)].estimated


def test_bills_only_compare_month_by_month():
    r = [Reading("gas", M(2024, 11), 30, how=BILL), Reading("gas", M(2025, 11), 26.5, how=BILL)]
    (s,) = savings("gas", r)
    assert (s.meter, s.saved, s.basis) == ("gas", 3.5, "last_year")
    assert savings("electricity", r) == []  # another meter's bills are not mixed in


def test_the_month_not_yet_over_is_left_out():
    r = [idx(2025, 10, 0), idx(2025, 11, 200)]
    assert savings("electricity", r, baseline=250, before=dt.date(2025, 11, 20)) == []
    assert len(savings("electricity", r, baseline=250, before=dt.date(2025, 12, 1))) == 1


def test_the_chart_series_pairs_each_month_with_last_year():
    r = [idx(2024, 12, 0), idx(2025, 1, 300), idx(2025, 12, 3000), idx(2026, 1, 3250)]
    uses, _ = monthly_use(r)
    series = against_last_year(uses, M(2026, 1), n=2)
    # February to December 2025 had no reading: 2700 kWh spread over 11 months
    assert series == [(M(2025, 12), pytest.approx(2700 / 11), None), (M(2026, 1), 250, 300)]


@pytest.mark.parametrize("value", [0.0, 12.5])
def test_no_readings_no_savings(value):
    assert savings("water", [], baseline=value) == []


def test_a_meter_amount_is_shown_rounded_to_two_decimals_without_trailing_zeros():
    from greenlife.core.meters import amount_decimals, amount_text

    for value, text in ((123.40000000001, "123.4"), (250.0, "250"), (12600.251, "12,600.25"),
                        (99_999_999, "99,999,999"), (-176.6, "-176.6"), (-0.001, "0"),
                        (0.005, "0.01"), (1234567.8912, "1,234,567.89")):
        assert amount_text(value) == text, value
    assert [amount_decimals(v) for v in (1.0, 1.5, 1.25, 1.255555)] == [0, 1, 2, 2]


def test_a_bills_month_is_its_own_month():
    uses, _ = monthly_use([Reading("gas", M(2025, 3), 20, how=BILL)])
    assert [(m, u.month, u.amount) for m, u in uses.items()] == [(M(2025, 3), M(2025, 3), 20)]


def test_bills_above_what_the_meter_turned_is_a_problem():
    # 100 kWh turned from January to March, but February's bill alone says 150
    r = [idx(2025, 1, 1000), Reading("electricity", M(2025, 2), 150, how=BILL), idx(2025, 3, 1100)]
    uses, problems = monthly_use(r)
    assert [(p.month, p.used) for p in problems] == [(M(2025, 3), 100)]
    assert M(2025, 3) not in uses


@pytest.mark.parametrize("turned", [0, 0.5])
def test_a_month_with_little_or_no_use_is_a_use_not_a_problem(turned):
    uses, problems = monthly_use([idx(2025, 1, 1000), idx(2025, 2, 1000 + turned)])
    assert problems == []
    assert uses[M(2025, 2)].amount == turned
    # the same with the gap's other month billed
    r = [idx(2025, 1, 1000), Reading("electricity", M(2025, 2), 40, how=BILL),
         idx(2025, 3, 1040 + turned)]
    uses, problems = monthly_use(r)
    assert problems == [] and uses[M(2025, 3)].amount == turned


def test_a_problem_says_the_use_to_a_millionth():
    _, problems = monthly_use([idx(2025, 1, 100), idx(2025, 2, 98.7654322)])
    assert [p.used for p in problems] == [-1.234568]


def test_a_month_with_a_bill_and_a_reading_keeps_the_bill():
    r = [idx(2025, 1, 1000), Reading("electricity", M(2025, 2), 50, how=BILL), idx(2025, 2, 1060)]
    uses, problems = monthly_use(r)
    assert problems == []
    assert [(m, u.amount, u.estimated) for m, u in uses.items()] == [(M(2025, 2), 50, False)]


def test_a_spread_is_kept_to_a_millionth_and_two_months_are_already_an_estimate():
    uses, _ = monthly_use([idx(2025, 1, 0), idx(2025, 4, 100)])
    assert [u.amount for u in uses.values()] == [33.333333] * 3
    uses, _ = monthly_use([idx(2025, 1, 0), idx(2025, 3, 100)])
    assert [(u.amount, u.estimated) for u in uses.values()] == [(50, True), (50, True)]


def test_a_baseline_saving_names_its_meter_and_says_when_it_is_an_estimate():
    r = [idx(2025, 1, 0), idx(2025, 3, 400)]  # February and March spread
    got = savings("electricity", r, baseline=250)
    assert [(s.meter, s.month, s.used, s.basis, s.estimated) for s in got] == [
        ("electricity", M(2025, 2), 200, "baseline", True),
        ("electricity", M(2025, 3), 200, "baseline", True)]
    (one,) = savings("electricity", [idx(2025, 1, 0), idx(2025, 2, 100)], baseline=250)
    assert one.estimated is False


def test_the_chart_series_has_twelve_months_with_gaps_as_none():
    uses, _ = monthly_use([idx(2025, 5, 0), idx(2025, 6, 120)])
    series = against_last_year(uses, M(2025, 7))
    assert len(series) == 12
    assert series[0] == (M(2024, 8), None, None)
    assert series[-2:] == [(M(2025, 6), 120, None), (M(2025, 7), None, None)]
