from __future__ import annotations

import datetime as dt
import os

import pytest

# Tests never touch the real user's data or settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = dt.date(2026, 11, 24)  # a Tuesday


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    monkeypatch.setenv("GREENLIFE_DB", str(tmp_path / "home" / "greenlife.db"))
    # the CLI follows the system language when the book has none: tests expect English
    # unless they choose (a Chinese desktop must not change what the tests see)
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture
def store():
    from greenlife.store import Store

    s = Store.open(memory=True, today=lambda: TODAY)
    yield s
    s.close()


@pytest.fixture
def yang(store):
    return store.add_member("杨女士")
