"""greenlife.logs: the rotating log file with start, stop, backup and schema-upgrade lines."""

from __future__ import annotations

import datetime as dt
import logging
from logging.handlers import RotatingFileHandler

import pytest

from greenlife import __version__, logs


@pytest.fixture
def log_file(tmp_path):
    path = logs.setup(tmp_path / "logs" / "greenlife.log", max_bytes=2_000, backup_count=2)
    yield path
    for h in [h for h in logs.log.handlers if isinstance(h, RotatingFileHandler)]:
        logs.log.removeHandler(h)
        h.close()


def test_default_place_is_the_user_log_dir(tmp_path):
    # conftest points HOME at a temp folder: platformdirs puts the log under it
    assert logs.log_path().name == "greenlife.log"
    assert str(logs.log_path()).startswith(str(tmp_path / "home"))


def test_start_line_with_version_and_data_file(log_file, tmp_path):
    logs.record_start(tmp_path / "book.db", qt_platform="offscreen")
    text = log_file.read_text(encoding="utf-8")
    assert f"INFO greenlife: start: GreenLife {__version__}" in text
    assert str(tmp_path / "book.db") in text
    assert "qt_platform=offscreen" in text
    assert logs.current_path() == log_file


def test_the_file_rotates_and_keeps_a_bounded_number(log_file):
    for n in range(200):
        logs.log.info("line %d %s", n, "x" * 50)
    names = sorted(p.name for p in log_file.parent.iterdir())
    assert names == ["greenlife.log", "greenlife.log.1", "greenlife.log.2"]
    assert all(p.stat().st_size <= 2_100 for p in log_file.parent.iterdir())
    assert "line 199" in log_file.read_text(encoding="utf-8")
    assert "line 0 " not in "".join(p.read_text(encoding="utf-8") for p in log_file.parent.iterdir())


def test_set_up_twice_writes_each_line_once(tmp_path, log_file):
    logs.setup(log_file, max_bytes=2_000, backup_count=2)
    logs.log.info("once")
    assert log_file.read_text(encoding="utf-8").count("once") == 1


def test_store_and_errors_reach_the_file(log_file):
    logging.getLogger("greenlife.store").info("migration m003 applied")
    logs.log.error("badge sync failed: disk full")
    text = log_file.read_text(encoding="utf-8")
    assert "INFO greenlife.store: migration m003 applied" in text
    assert "ERROR greenlife: badge sync failed: disk full" in text


def test_backups_and_schema_upgrades_are_recorded_once(log_file, tmp_path):
    from greenlife.store import Store

    since = dt.datetime.now() - dt.timedelta(seconds=1)
    path = tmp_path / "book.db"
    store = Store.open(path)
    try:
        store.add_member("杨女士")
        store.backup("pre-migration")
        store.backup("daily")
    finally:
        store.close()
    made = logs.record_backups_since(path, since)
    assert sorted(b.reason for b in made) == ["daily", "pre-migration"]
    assert logs.record_backups_since(path, since) == []  # not twice
    text = log_file.read_text(encoding="utf-8")
    assert text.count("schema upgrade of") == 1
    assert text.count("backup (daily)") == 1
    assert logs.record_backups_since(None, since) == []


def test_an_unwritable_log_folder_does_not_stop_the_app(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    path = logs.setup(blocker / "greenlife.log")
    assert logs.current_path() is None
    assert "no log file" in capsys.readouterr().err
    logs.log.info("still fine")  # no handler, no exception
    assert not path.exists()


def test_the_app_logs_its_start_and_stop(tmp_path):
    """The real start-up path (run_app) in its own process; the window opens, then quits."""
    import os
    import subprocess
    import sys

    from greenlife.store import Store

    book = tmp_path / "book.db"
    store = Store.open(book)
    store.add_member("杨女士")
    store.close()
    code = ("from PySide6.QtCore import QTimer\n"
            "import greenlife.ui.app as app\n"
            "make = app.make_application\n"
            "def make_and_quit_soon(argv=None):\n"
            "    qapp = make(argv)\n"
            "    QTimer.singleShot(1500, qapp.quit)\n"
            "    return qapp\n"
            "app.make_application = make_and_quit_soon\n"
            f"raise SystemExit(app.run_app(r'{book}'))\n")
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    log_file = home / ".local/state/GreenLife/log/greenlife.log"  # platformdirs on Linux
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert any(f"start: GreenLife {__version__}" in line and str(book) in line for line in lines)
    assert any("backup (daily)" in line for line in lines)  # the first start of the day
    assert lines[-1].endswith("stop: exit code 0")


def test_logs_imports_without_qt():
    """The CLI can use the log too: greenlife.logs never imports PySide6."""
    import subprocess
    import sys

    code = ("import sys\n"
            "class Block:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name.split('.')[0] == 'PySide6':\n"
            "            raise ImportError('PySide6 is blocked in this test')\n"
            "sys.meta_path.insert(0, Block())\n"
            "import greenlife.logs\n"
            "print('PySide6' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
