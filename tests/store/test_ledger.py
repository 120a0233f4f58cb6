"""The one ledger: every movement of points is a line, and every view is a sum of lines.

Each test names the defect measured on the release before the ledger (issue #12)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from greenlife.core import calc
from greenlife.core.errors import InsufficientPointsError, ValidationError
from greenlife.core.ledger import OverspendError
from greenlife.reports import series
from greenlife.reports.summary import best_weeks, build_summary
from greenlife.store import Store
from tests.conftest import TODAY


def lines_sum(store: Store, where: str = "1", args: tuple = ()) -> int:
    return store.db.execute(f"SELECT coalesce(sum(points), 0) FROM ledger_lines WHERE {where}",
                            args).fetchone()[0]


def test_appliance_savings_are_lines_posted_up_to_today(store, yang):
    a = store.add_appliance("杨女士", "air_conditioner", 1, None, "2026-11-01")
    per_day = calc.points(a.grams_per_day)
    got = store.db.execute("SELECT count(*), min(day), max(day), sum(points) FROM entries "
                           "WHERE appliance_id = ?", [a.id]).fetchone()
    assert got == (24, "2026-11-01", "2026-11-24", 24 * per_day)
    # the Book's balance is the sum of the lines, appliance lines included
    assert store.balance().points == lines_sum(store) == 24 * per_day
    # History still lists what the family logged, not 24 appliance days
    assert store.count_entries() == 0
    assert store.entries() == []


def test_lines_follow_the_clock_and_an_end_date(yang):
    today = [TODAY]
    s = Store.open(memory=True, today=lambda: today[0])
    s.add_member("杨女士")
    a = s.add_appliance("杨女士", "refrigerator", 1, None, "2026-11-20")
    assert s.balance().points == 5 * calc.points(a.grams_per_day)
    today[0] = TODAY + dt.timedelta(days=3)  # three days later, without restarting
    assert s.db.execute("SELECT count(*) FROM entries WHERE appliance_id = ?", [a.id]).fetchone()[0] == 5
    assert s.balance().points == 8 * calc.points(a.grams_per_day)
    today[0] = TODAY - dt.timedelta(days=2)  # a clock set back: no line from the future stays
    assert s.balance().points == 3 * calc.points(a.grams_per_day)
    today[0] = TODAY
    s.end_appliance(a.id, "2026-11-21")
    assert s.db.execute("SELECT max(day) FROM entries WHERE appliance_id = ?", [a.id]).fetchone()[0] == "2026-11-21"
    assert s.balance().points == 2 * calc.points(a.grams_per_day)
    gone = s.delete_appliance(a.id)
    assert s.balance().points == 0
    s.appliance_book.restore(gone)  # undo
    assert s.balance().points == 2 * calc.points(a.grams_per_day)


def test_one_rounding_rule_every_view_adds_up(store, yang):
    """Measured: the PDF said "Appliances +39,913" while its month bars added to 39,912; the
    demo's year chart said 1,900,900 and the Book 1,900,891; a member showed 354 and 353."""
    li = store.add_member("李先生")
    store.add_appliance("杨女士", "air_conditioner", 1, None, "2026-01-01")
    store.add_appliance("李先生", "water_heater", 2, None, "2026-03-15")
    for i, (who, item, qty) in enumerate([(yang.id, "walk", 1.2), (li.id, "subway", 17.3),
                                          (li.id, "petrol", 3.3), (yang.id, "bike", 0.7)] * 30):
        store.log(who, "commute", item, qty, TODAY - dt.timedelta(days=i * 3))
    store.log(li.id, "food", "food_waste", 0.33, "2026-02-03")
    year = store.balance(None, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    months = series.year_by_month(store, 2026)
    assert sum(months.totals()) == year.credit_points
    assert sum(months.values["appliance"]) == year.points_by_category["appliance"]
    week = series.week_by_day(store, TODAY)
    assert sum(week.totals()) == store.balance_for("week", TODAY).credit_points
    bars = series.members_week(store, TODAY)
    assert sum(b.points for b in bars) == store.balance_for("week", TODAY).credit_points
    for m in (yang, li):
        assert store.balance(m.id).points == lines_sum(store, "member_id = ?", (m.id,))
    assert store.balance(yang.id).points + store.balance(li.id).points == store.balance().points
    s = build_summary(store, 2026)
    assert s.totals.points == year.credit_points
    assert sum(s.months.totals()) == s.totals.points
    assert s.totals.by_category["appliance"] == sum(s.months.values["appliance"]) + sum(
        s.months.emissions["appliance"])


def test_best_weeks_count_a_week_across_new_year_whole_in_its_thursdays_year():
    """Measured: 2026-W53 was 2,051 in the book, 490 in the 2026 report, 907 in the 2027 one."""
    store = Store.open(memory=True, today=lambda: dt.date(2027, 1, 10))
    yang = store.add_member("杨女士")
    store.log(yang.id, "commute", "subway", 10, "2026-12-29")  # 970, Tuesday of 2026-W53
    store.log(yang.id, "commute", "subway", 20, "2027-01-02")  # 1,940, Saturday of 2026-W53
    store.log(yang.id, "commute", "bike", 1, "2027-01-05")  # 98, 2027-W01
    week = dt.date(2026, 12, 28)
    assert (week, 2910) in best_weeks(store, 2026)
    assert all(w != week for w, _ in best_weeks(store, 2027))
    assert best_weeks(store, 2027) == [(dt.date(2027, 1, 4), 98)]


def test_an_appliance_week_counts_among_the_best(store, yang):
    """Measured: weeks where only an appliance saved were dropped from "best weeks"."""
    a = store.add_appliance("杨女士", "air_conditioner", 1, None, "2026-11-16")
    assert best_weeks(store, 2026)[0] == (dt.date(2026, 11, 16), 7 * calc.points(a.grams_per_day))


def test_recalculation_changes_only_the_lines_of_the_edited_factor_in_its_set(store, yang):
    """Measured: after switching to Wuhan, editing one factor with recalculation rewrote all
    37 Shanghai-era entries; editing the grid factor with recalculation changed no appliance."""
    sh = store.log(yang.id, "commute", "subway", 10, "2026-11-02")
    sh_bus = store.log(yang.id, "commute", "bus", 2, "2026-11-02")
    store.use_set("wuhan")
    wh = store.log(yang.id, "commute", "subway", 10, "2026-11-20")
    wh_bike = store.log(yang.id, "commute", "bike", 10, "2026-11-20")
    f = store.factors("wuhan")["commute.subway"]
    store.save_factor(dataclasses.replace(f, value=80.0, source="Family estimate"))
    report = store.recalculate("commute.subway", "wuhan")
    assert [c.entry_id for c in report.changes] == [wh.id]
    assert store.entry(wh.id).points == 800
    assert store.entry(sh.id).points == 970  # Shanghai's line untouched
    assert store.entry(sh_bus.id).points == 844
    assert store.entry(wh_bike.id).points == 933
    # the grid factor re-posts the appliances that used it (in that set)
    a = store.add_appliance("杨女士", "air_conditioner", 1, None, "2026-11-21")
    grid = store.factors("wuhan")["grid.electricity"]
    store.save_factor(dataclasses.replace(grid, value=0.55, source="East China grid, 2023"))
    before = lines_sum(store, "appliance_id = ?", (a.id,))
    report = store.recalculate("grid.electricity", "wuhan")
    assert [(c.kind, c.entry_id) for c in report.changes] == [("appliance", a.id)]
    after = lines_sum(store, "appliance_id = ?", (a.id,))
    per_day = calc.points((780 - 624) * 550 / 365)
    assert (before, after) == (4 * calc.points((780 - 624) * 530.6 / 365), 4 * per_day)
    assert store.appliance(a.id).grid.value == 0.55
    assert report.points_delta == after - before
    assert store.balance().points == lines_sum(store)


def test_a_redemption_in_the_past_is_checked_against_the_balance_then(store, yang):
    """Measured: a redemption dated in the past was checked against today's balance (a 2025
    balance of -60,000)."""
    store.log(yang.id, "commute", "subway", 100, "2026-11-20")  # 9,700
    with pytest.raises(InsufficientPointsError, match="on 2025-06-01"):
        store.redeem("杨女士", 5000, "New book", "2025-06-01")
    assert store.redemptions() == []
    store.redeem("杨女士", 5000, "New book", "2026-11-21")
    # a later-dated, larger one is refused too: it would leave nothing for the first
    with pytest.raises(InsufficientPointsError):
        store.redeem("杨女士", 5000, "Trip", "2026-11-20")


def test_a_delete_that_would_overspend_asks_first(store, yang):
    """Measured: deleting entries after a redemption left a negative balance with no word."""
    e = store.log(yang.id, "commute", "subway", 100, "2026-11-20")  # 9,700
    store.log(yang.id, "commute", "bike", 10, "2026-11-21")  # 980
    store.redeem("杨女士", 9000, "Bike", "2026-11-22")
    with pytest.raises(OverspendError) as err:
        store.delete_entries([e.id])
    assert err.value.balance == 980 - 9000
    assert store.entry(e.id).points == 9700  # nothing was deleted
    with pytest.raises(OverspendError):
        store.update_entry(e.id, store.draft(yang.id, "commute", "subway", 1, "2026-11-20"))
    assert store.entry(e.id).points == 9700
    gone = store.delete_entries([e.id], confirm=True)  # the family said yes
    assert store.balance().points == 980 - 9000
    store.restore_entries(gone)
    assert store.balance().points == 1680
    # with no reward redeemed, emissions may take a balance below zero: shown, never refused
    other = Store.open(memory=True, today=lambda: TODAY)
    li = other.add_member("李先生")
    other.log(li.id, "commute", "petrol", 100)
    bike = other.log(li.id, "commute", "bike", 1)
    assert other.delete_entries([bike.id])
    assert other.balance().points == -16000


def test_an_appliance_in_the_past_says_what_it_adds_and_a_worse_model_is_refused(store, yang):
    """Measured: an AC bought 1 June gave +40,593 points in one click; a grade-5 model gave
    negative savings and still earned "Efficient home"."""
    plan = store.appliance_preview("杨女士", "air_conditioner", 1, None, "2026-06-01")
    per_day = calc.points((780 - 624) * 530.6 / 365)
    assert (plan.days, plan.points_per_day, plan.points) == (177, per_day, 177 * per_day)
    with pytest.raises(ValidationError, match="saves nothing"):
        store.add_appliance("杨女士", "air_conditioner", 5, None, "2026-06-01")
    with pytest.raises(ValidationError, match="saves nothing"):
        store.appliance_preview("杨女士", "air_conditioner", 3, None, "2026-06-01")
    with pytest.raises(ValidationError, match="saves nothing"):  # less than half a point a day
        store.add_appliance("杨女士", "air_conditioner", 1, 779.99, "2026-06-01")
    assert store.appliances() == []
    assert store.db.execute("SELECT count(*) FROM entries").fetchone()[0] == 0
    store.sync_badges()
    assert all(b.badge.id != "efficient_home" for b in store.earned_badges(yang.id))


def test_a_worse_model_from_an_old_book_is_an_emission_and_earns_no_badge(store, yang):
    a = store.add_appliance("杨女士", "television", 1, None, "2026-11-20")
    store.db.execute("UPDATE appliances SET kwh_year = 200 WHERE id = ?", [a.id])  # as m002 allowed
    store.db.execute("DELETE FROM entries WHERE appliance_id = ?", [a.id])
    store.appliance_book.post()
    assert store.balance().points < 0
    assert store.balance().grams_emitted > 0
    store.sync_badges()
    assert all(b.badge.id != "efficient_home" for b in store.earned_badges(yang.id))


def test_lines_keep_the_assumption_flag(store, yang):
    """Measured: entries, CSV and PDF lost the flag (walking at 98 g/km credited to Shanghai)."""
    walk = store.log(yang.id, "commute", "walk", 2)
    subway = store.log(yang.id, "commute", "subway", 2)
    assert walk.factor.assumption
    assert not subway.factor.assumption
    used = {f.key: f.assumption for f in build_summary(store, 2026).factors}
    assert used == {"commute.walk": True, "commute.subway": False}


def test_equivalences_use_the_familys_current_factors(store, yang):
    """Measured: equivalences always used 160 g/km and 0.5306 kg/kWh."""
    store.log(yang.id, "commute", "subway", 100)  # 9,700 g
    eq = {e.key: e for e in build_summary(store, 2026).equivalence_list}
    assert eq["km"].value == pytest.approx(9700 / 160)
    petrol = store.factors()["commute.petrol"]
    store.save_factor(dataclasses.replace(petrol, value=273, source="Beijing Transport Institute"))
    grid = store.factors()["grid.electricity"]
    store.save_factor(dataclasses.replace(grid, value=0.55, source="East China grid, 2023"))
    eq = {e.key: e for e in build_summary(store, 2026).equivalence_list}
    assert eq["km"].value == pytest.approx(9700 / 273)
    assert eq["km"].source == "Beijing Transport Institute"
    assert eq["kwh"].value == pytest.approx(9700 / 550)
    assert eq["trees"].value == pytest.approx(9700 / 17900)


def test_recalculation_of_an_unknown_factor_or_set_is_refused(store, yang):
    with pytest.raises(ValidationError, match=r"no factor 'commute\.teleport'"):
        store.recalculate("commute.teleport")
    with pytest.raises(ValidationError, match="unknown factor set 'nope'"):
        store.recalculate("commute.subway", "nope")


def test_check_passes_on_a_book_with_appliance_lines_and_catches_a_tampered_one(tmp_path):
    """Review: check flagged every appliance line of a fresh demo as damaged."""
    s = Store.open(tmp_path / "c.db", today=lambda: TODAY)
    s.add_member("杨女士")
    s.log("杨女士", "commute", "subway", 10)
    a = s.add_appliance("杨女士", "refrigerator", 1, None, "2026-11-01")
    assert s.check() == []
    s.db.execute("UPDATE entries SET points = points + 1 WHERE appliance_id = ? AND day = '2026-11-03'",
                 [a.id])
    s.db.conn.commit()
    problems = s.check()
    assert {p.table for p in problems} == {"entries"}  # the triggers kept the rollups in step
    assert any("points" in p.reason for p in problems if p.table == "entries")
    s.close()


def test_a_recalculation_that_would_uncover_a_redeemed_reward_is_refused(store, yang):
    """Review: lowering the grid factor with recalculation left a redeemed reward uncovered
    (a balance of -31,888) with no word; and the report counted appliances, not lines."""
    store.add_appliance("杨女士", "air_conditioner", 1, None, "2026-01-01")
    available = store.balance().points
    store.redeem("杨女士", available - 500, "TV")
    grid = store.factors()["grid.electricity"]
    store.save_factor(dataclasses.replace(grid, value=0.3, source="test"))
    with pytest.raises(OverspendError):
        store.recalculate("grid.electricity")
    assert store.balance().points == 500  # nothing changed
    report = store.recalculate("grid.electricity", confirm=True)
    assert report.lines == (TODAY - dt.date(2026, 1, 1)).days + 1
    assert store.balance().points < 0


def test_a_unit_change_is_not_recalculated_into_past_lines(store, yang):
    """Review: changing subway to g CO2/ride and recalculating multiplied km by a per-ride value."""
    store.log(yang.id, "commute", "subway", 33.7)
    f = store.factors()["commute.subway"]
    store.save_factor(dataclasses.replace(f, value=90, unit="g CO2/ride", source="test"))
    with pytest.raises(ValidationError, match="counts in ride but its past lines were logged in km"):
        store.recalculate("commute.subway")
    assert store.entries()[0].points == round(33.7 * 97)


def test_an_appliance_line_cannot_be_deleted_or_edited_as_an_entry(store, yang):
    """Review: 'greenlife delete ID' on an appliance line said 'deleted 1 entries' and did nothing."""
    from greenlife.core.errors import NotFoundError

    a = store.add_appliance("杨女士", "refrigerator", 1, None, "2026-11-20")
    line = store.db.execute("SELECT id FROM entries WHERE appliance_id = ? LIMIT 1", [a.id]).fetchone()[0]
    with pytest.raises(NotFoundError, match="appliance"):
        store.delete_entries([line])
    with pytest.raises(NotFoundError, match="appliance"):
        store.update_entry(line, store.draft(yang.id, "commute", "bike", 1))
    assert store.balance().points == 5 * calc.points(a.grams_per_day)


def test_a_yearly_csv_re_imports_to_the_same_book(tmp_path):
    """#12: the CSV has a row per line and re-imports to the same book (review: 832 bad rows,
    nothing imported, for a year with an appliance and a reward)."""
    from greenlife.reports import export
    from greenlife.store.importer import apply_import, plan_import

    src = Store.open(tmp_path / "a.db", today=lambda: TODAY)
    for name in ("杨女士", "李先生"):
        src.add_member(name)
    src.log("杨女士", "commute", "walk", 1.2, "2026-03-02")
    src.log("李先生", "commute", "petrol", 10, "2026-05-05")
    src.add_appliance("杨女士", "air_conditioner", 1, None, "2026-06-01", "2026-09-30")
    src.add_appliance("李先生", "refrigerator", 2, 380, "2026-10-01")
    src.redeem("杨女士", 5000, "电影之夜", "2026-10-01")
    src.redeem(None, 1000, "野餐", "2026-11-01")
    path = tmp_path / "2026.csv"
    export.write_csv(src, 2026, path)
    dst = Store.open(tmp_path / "b.db", today=lambda: TODAY)
    for name in ("杨女士", "李先生"):
        dst.add_member(name)
    plan = plan_import(dst, path)
    assert plan.ok, plan.errors
    lines = src.book.count_lines(None, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert plan.new_lines == lines
    assert apply_import(dst, plan) == lines
    for who in (None, 1, 2):
        assert dst.balance(who).points == src.balance(who).points
        assert dst.balance(who).grams_avoided == pytest.approx(src.balance(who).grams_avoided)
    assert [(a.type, a.in_use_from, a.in_use_to, round(a.kwh_year, 6)) for a in dst.appliances()] == [
        ("air_conditioner", dt.date(2026, 6, 1), dt.date(2026, 9, 30), 624),
        ("refrigerator", dt.date(2026, 10, 1), None, 380)]  # still in use: it keeps posting
    # the same file twice adds nothing
    again = plan_import(dst, path)
    assert (again.new_lines, again.already) == (0, lines)
    assert dst.check() == []


def test_appliance_errors_name_only_what_is_wrong(store, yang):
    """Review: an unknown member or grade 1.5 also reported 'kwh_year: a value is required'."""
    with pytest.raises(ValidationError) as err:
        store.add_appliance("nobody", "refrigerator", 1.5, None, "2026-11-01")
    fields = [e.field for e in err.value.errors]
    assert fields == ["member", "grade"]


def test_a_reader_that_must_not_write_posts_no_lines(tmp_path):
    """The CLI's read commands while the app holds the file: nothing is written, not even
    today's appliance lines (the book is shown as last posted)."""
    path = tmp_path / "r.db"
    s = Store.open(path, today=lambda: TODAY)
    s.add_member("杨女士")
    a = s.add_appliance("杨女士", "refrigerator", 1, None, "2026-11-20")
    s.close()
    later = TODAY + dt.timedelta(days=3)
    reader = Store.open(path, today=lambda: later, post_lines=False)
    assert reader.balance().points == 5 * calc.points(a.grams_per_day)
    assert reader.db.conn.total_changes == 0
    reader.close()
    writer = Store.open(path, today=lambda: later)
    assert writer.balance().points == 8 * calc.points(a.grams_per_day)
    writer.close()
