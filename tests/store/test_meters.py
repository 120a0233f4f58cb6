from __future__ import annotations

import datetime as dt

import pytest

from greenlife.core.errors import ValidationError
from greenlife.store.facade import Store

TODAY = dt.date(2026, 3, 15)


@pytest.fixture
def store():
    s = Store.open(memory=True, today=lambda: TODAY)
    s.add_member("Mum")
    return s


def M(y, m):
    return dt.date(y, m, 1)


def meter_lines(store):
    return store.db.execute(
        "SELECT e.day, e.item, e.quantity, e.unit, e.factor_key, e.factor_value, e.grams, "
        "e.points, m.household FROM entries e JOIN members m ON m.id = e.member_id "
        "WHERE e.kind = 'meter' ORDER BY e.day, e.item").fetchall()


def test_a_saving_against_last_year_is_a_household_line_at_the_meter_factor(store):
    mt = store.meters
    for month, value in ((M(2024, 12), 1000), (M(2025, 1), 1300), (M(2025, 12), 4000),
                         (M(2026, 1), 4250)):
        mt.save(mt.check("electricity", month, value))
    (line,) = meter_lines(store)
    # January 2026 used 250 kWh against 300 a year before: 50 kWh x 530.6 g
    assert line == ("2026-01-31", "electricity", 50, "kWh", "meter.electricity", 0.5306,
                    pytest.approx(26530), 26530, 1)
    hh = store.people.household().id
    assert store.balance(hh).credit_points == 26530
    assert store.balance(store.find_member("Mum").id).credit_points == 0
    assert store.balance().credit_points == 26530  # the household's total counts it


def test_an_increase_is_an_emission_and_a_changed_reading_recomputes_the_line(store):
    mt = store.meters
    mt.set_baseline("gas", 30)
    mt.save(mt.check("gas", M(2026, 1), 500))
    mt.save(mt.check("gas", M(2026, 2), 540))  # 40 m³ against the baseline of 30
    (line,) = meter_lines(store)
    assert (line[1], line[2], line[7]) == ("gas", -10, (-10 * 2184))
    before, _n = mt.save(mt.check("gas", M(2026, 2), 520))  # the bill was misread
    assert before is not None
    assert before.value == 540
    (line,) = meter_lines(store)
    assert (line[2], line[7]) == (10, 21840)
    mt.put("gas", M(2026, 2), before)  # undo
    assert meter_lines(store)[0][2] == -10


def test_the_wuhan_set_counts_525_g_a_kwh_saved(store):
    store.use_set("wuhan")
    mt = store.meters
    mt.set_baseline("electricity", 200)
    mt.save(mt.check("electricity", M(2026, 1), 0))
    mt.save(mt.check("electricity", M(2026, 2), 180))
    (line,) = meter_lines(store)
    assert (line[4], line[5], line[7]) == ("meter.electricity", 525, 20 * 525)


def test_bad_readings_are_refused_with_the_field_named(store):
    mt = store.meters
    with pytest.raises(ValidationError) as e:
        mt.check("electricity", "2026-03", "12,5x")
    assert {x.field for x in e.value.errors} == {"month", "value"}
    mt.save(mt.check("electricity", M(2026, 1), 9800))
    with pytest.raises(ValidationError) as e:
        mt.save(mt.check("electricity", M(2026, 2), 100))  # a reset without a new meter
    assert "backwards" in e.value.errors[0].message
    mt.save(mt.check("electricity", M(2026, 2), 100, new_meter_start=0, old_meter_end=9850))
    assert mt.uses("electricity")[M(2026, 2)].amount == 150
    assert store.check() == []


def test_meter_savings_earn_the_households_fifth_energy_badge(store):
    mt = store.meters
    mt.set_baseline("electricity", 300)
    mt.save(mt.check("electricity", M(2026, 1), 0))
    mt.save(mt.check("electricity", M(2026, 2), 250))  # 50 kWh x 530.6 g = 26.5 kg
    store.sync_badges()
    earned = {(b.badge.id, b.tier) for b in store.earned_badges(None)}
    assert ("meter_saver", "bronze") in earned
    assert ("meter_saver", "silver") not in earned


def test_steps_count_towards_their_badge(store):
    store.log("Mum", "commute", "steps", 12000, day=TODAY)
    (s,) = [s for s in store.badge_statuses(store.find_member("Mum").id)
            if s.badge.id == "steps" and s.tier.name == "bronze"]
    assert s.progress == 12000
    assert store.balance(store.find_member("Mum").id).credit_points == 240


def test_meter_months_are_lines_not_logged_actions(store):
    mt = store.meters
    mt.set_baseline("water", 10)
    mt.save(mt.check("water", M(2026, 1), 0))
    mt.save(mt.check("water", M(2026, 2), 8))
    store.log("Mum", "energy", "solar", 12, day=TODAY)
    assert store.count_entries() == 1
    assert store.count_entries(category="energy") == 1
    assert store.count_entries(store.people.household().id) == 0
    assert [e.item for e in store.entries()] == ["solar"]
    assert store.book.count_lines(None, None, None) == 2


def test_a_month_beyond_what_a_line_holds_is_refused_and_values_keep_every_digit(store):
    """A reading the form accepts (up to 99,999,999) whose month differs by more than a line
    may hold is refused with a message, nothing written (it raised the database's CHECK);
    a baseline or reading keeps its digits (1,234,567 was stored as 1.23457e+06)."""
    mt = store.meters
    mt.set_baseline("water", 10)
    mt.save(mt.check("water", M(2026, 1), 100))
    with pytest.raises(ValidationError, match="more than a household uses"):
        mt.save(mt.check("water", M(2026, 2), 99_999_999))
    assert mt.reading("water", M(2026, 2)) is None
    assert meter_lines(store) == []
    mt.save(mt.check("water", M(2026, 2), 200))  # 100 m³ used in February
    with pytest.raises(ValidationError, match="more than a household uses"):
        mt.set_baseline("water", 1_234_567)
    assert mt.baseline("water") == 10
    assert [ln[2] for ln in meter_lines(store)] == [-90]
    mt.set_baseline("gas", 1234.567)
    assert mt.baseline("gas") == 1234.567
    mt.save(mt.check("gas", M(2026, 1), 123456.7))
    assert mt.reading("gas", M(2026, 1)).value == 123456.7


def test_meter_lines_an_import_brought_are_kept_when_the_meter_changes(store):
    """A CSV carries a book's meter lines, not its readings: the lines of months no reading
    here spans belong to the import, and a reading or baseline entered later keeps them."""
    hh = store.people.household().id
    store.db.execute(
        "INSERT INTO entries(kind, member_id, day, category, item, quantity, unit, factor_set, "
        "factor_key, factor_value, factor_unit, factor_kind, factor_source, grams, points) "
        "VALUES ('meter', ?, '2025-06-30', 'energy', 'electricity', 50, 'kWh', 'shanghai', "
        "'meter.electricity', 0.5306, 'kg CO2/kWh', 'reduction', 'MEE', 26530, 26530)", [hh])
    store.db.conn.commit()
    mt = store.meters
    mt.set_baseline("electricity", 300)
    mt.save(mt.check("electricity", M(2026, 1), 1000))
    mt.save(mt.check("electricity", M(2026, 2), 1250))  # 250 against 300: +50 kWh
    assert [(ln[0], ln[7]) for ln in meter_lines(store)] == [("2025-06-30", 26530),
                                                             ("2026-02-28", 26530)]
    before = mt.delete("electricity", M(2026, 2))
    assert [ln[0] for ln in meter_lines(store)] == ["2025-06-30"]
    mt.put("electricity", M(2026, 2), before)
    assert [ln[0] for ln in meter_lines(store)] == ["2025-06-30", "2026-02-28"]
    mt.set_baseline("electricity", None)
    assert [ln[0] for ln in meter_lines(store)] == ["2025-06-30"]
