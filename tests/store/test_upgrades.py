"""A database made by each released schema opens in later versions with everything intact."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

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
    fridge = (450 - 360) * 530.6 / 365 * 181  # in use 2026-01-01 .. 2026-06-30
    assert s.balance().credit_points == 98 + 5917 - 1600 + 690 + 5850 + round(fridge)
    assert s.balance().debit_points == 1000
    assert s.balance_for("week", dt.date(2026, 11, 20)).points == 98 + 5917 - 1600 + 690
    assert s.templates()[0].quantity == 61
    # and it is writable afterwards
    s.log("杨女士", "commute", "bike", 2)
    assert s.count_entries() == 6
    s.close()
