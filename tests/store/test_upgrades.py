"""A database made by each released schema opens in later versions with everything intact."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from greenlife.core import calc
from greenlife.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def m001(tmp_path):
    target = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema_m001.db", target)
    return target


def test_first_schema_upgrades_with_entries_and_totals_intact(m001):
    s = Store.open(m001, today=lambda: TODAY)
    applied = [r[0] for r in s.db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied[0] == "m001_initial"
    assert [m.name for m in s.members()] == ["杨女士", "李先生"]
    assert s.count_entries() == 5
    assert [(e.item, e.points) for e in s.entries(order_by="id", descending=False)] == [
        ("bike", 98), ("subway", 5917), ("petrol", -1600), ("clean_plate", 690), ("paper", 5850)]
    # the fridge (in use 2026-01-01 .. 2026-06-30) is now a line per day, whole points each
    fridge_day = calc.points((450 - 360) * 530.6 / 365)
    assert s.db.execute("SELECT count(*), min(day), max(day), min(points), max(points) FROM entries "
                        "WHERE kind = 'appliance'").fetchone() == (
        181, "2026-01-01", "2026-06-30", fridge_day, fridge_day)
    assert s.balance().credit_points == 98 + 5917 - 1600 + 690 + 5850 + 181 * fridge_day
    assert s.balance().debit_points == 1000
    assert s.balance_for("week", dt.date(2026, 11, 20)).points == 98 + 5917 - 1600 + 690
    assert s.templates()[0].quantity == 61
    reconcile(s)
    # and it is writable afterwards
    s.log("杨女士", "commute", "bike", 2)
    assert s.count_entries() == 6
    s.close()


def reconcile(s: Store) -> None:
    """Every total is the sum of the ledger's lines: all time, per member, per month."""
    lines = s.db.execute("SELECT coalesce(sum(points), 0) FROM ledger_lines").fetchone()[0]
    assert s.balance().points == lines
    for m in s.members(include_archived=True):
        mine = s.db.execute("SELECT coalesce(sum(points), 0) FROM ledger_lines WHERE member_id = ?",
                            [m.id]).fetchone()[0]
        assert s.balance(m.id).points == mine
    by_month = dict(s.db.execute("SELECT substr(day, 1, 7), sum(points) FROM entries GROUP BY 1"))
    for month, pts in by_month.items():
        y, mo = map(int, month.split("-"))
        start = dt.date(y, mo, 1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        assert s.balance(None, start, end).credit_points == pts


def test_second_schema_posts_appliance_lines_and_reconciles(tmp_path):
    """A book made by the m002 release (appliances computed on the fly) gets a line per day
    of each appliance's saving, and every view then adds up to the lines."""
    target = tmp_path / "m002 #%.db"
    shutil.copy(FIXTURES / "schema_m002.db", target)
    s = Store.open(target, today=lambda: TODAY)
    assert "m003_ledger" in [r[0] for r in s.db.execute("SELECT name FROM _sqlite_migrations")]
    assert s.count_entries() == 6
    ac, fridge = s.appliances()
    days_ac = (TODAY - ac.in_use_from).days + 1
    days_fridge = (fridge.in_use_to - fridge.in_use_from).days + 1
    assert s.db.execute("SELECT appliance_id, count(*) FROM entries WHERE kind = 'appliance' "
                        "GROUP BY 1 ORDER BY 1").fetchall() == [(ac.id, days_ac), (fridge.id, days_fridge)]
    per_day = calc.points(ac.grams_per_day)
    assert s.balance(ac.member_id, ac.in_use_from, TODAY).by_category["appliance"] == pytest.approx(
        days_ac * ac.grams_per_day)
    assert s.balance(ac.member_id, ac.in_use_from, TODAY).points_by_category["appliance"] == days_ac * per_day
    assert s.balance().debit_points == 5000
    assert [r.reward for r in s.redemptions()] == ["movie night"]
    reconcile(s)
    # the walk that Shanghai's set marks as an assumption keeps the flag on its line
    walk = s.entries(category="commute", order_by="id", descending=False)[-1]
    assert walk.item == "walk"
    assert walk.factor.assumption
    # the next day one more line per appliance in use is posted, and nothing twice
    s2 = Store(s.db, today=lambda: TODAY + dt.timedelta(days=1))
    assert s2.db.execute("SELECT count(*) FROM entries WHERE appliance_id = ?", [ac.id]).fetchone()[0] == days_ac + 1
    reconcile(s2)
    s.close()
