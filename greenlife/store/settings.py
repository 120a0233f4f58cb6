"""The family's preferences, in the book's settings table, with declared defaults."""

from __future__ import annotations

from typing import TYPE_CHECKING

from greenlife.core.factors import DEFAULT_SET

if TYPE_CHECKING:
    from sqlite_utils import Database

    from greenlife.store.transactions import Transactions

SETTINGS_DEFAULTS: dict[str, str] = {
    "factor_set": DEFAULT_SET,
    "weekly_goal": "30000",  # household points per week until a goal is set
    "household_name": "",
    "language": "",  # "" follows the system locale
    "theme": "system",  # "system", "light" or "dark"
    "reminder": "off",  # "on": a tray notification at reminder_hour if nobody logged that day
    "reminder_hour": "20",
}


class Settings:
    def __init__(self, db: Database, tx: Transactions) -> None:
        self.db = db
        self.tx = tx

    def get(self, key: str) -> str:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else SETTINGS_DEFAULTS.get(key, "")

    def set(self, key: str, value: str) -> None:
        with self.tx():
            self.db.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, str(value)],
            )
