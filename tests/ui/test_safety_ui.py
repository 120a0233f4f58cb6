import os
import signal
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from greenlife.core.models import Category
from greenlife.reports.export import write_csv
from greenlife.store import Store
from greenlife.store.lock import AlreadyOpenError
from greenlife.ui.models.backups import BackupsModel
from greenlife.ui.widgets.backups_dialog import BackupsDialog
from greenlife.ui.widgets.import_dialog import ImportDialog
from tests.conftest import TODAY


def test_full_disk_keeps_what_was_typed(qtbot, window, state, monkeypatch):
    shown = []
    monkeypatch.setattr("greenlife.ui.widgets.entry_form.show_error", lambda parent, exc: shown.append(exc))
    # the same trip again and again: the family answers Yes to "log it again?"
    monkeypatch.setattr("greenlife.ui.widgets.entry_form.ask_duplicate", lambda *a: True)
    monkeypatch.setattr("greenlife.ui.widgets.entry_form.check_daily", lambda *a: None)
    pages = state.store.db.execute("PRAGMA page_count").fetchone()[0]
    state.store.db.execute(f"PRAGMA max_page_count = {pages}")
    form = window.go_to("log").forms[Category.COMMUTE]
    form.item.setCurrentIndex(form.item.findData("subway"))
    form.quantity.setText("12")
    form.note.setText("x" * 500)
    before = state.store.count_entries()
    for _ in range(30):  # fill the last free pages
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        if shown:
            break
        form.quantity.setText("12")
        form.note.setText("x" * 500)
    assert shown, "the disk never filled up"
    assert "disk is full" in shown[0].message
    assert form.quantity.text() == "12"  # nothing typed is lost
    assert form.note.text() == "x" * 500
    assert "disk is full" in form.why.text()
    assert not state.undo_stack.canRedo()
    assert state.store.count_entries() >= before
    state.store.db.execute("PRAGMA max_page_count = 1073741823")


def test_second_copy_is_told_the_file_is_open(qtbot, tmp_path):
    from greenlife.ui.single_instance import Instance, ask_first_to_raise

    db = tmp_path / "one.db"
    first = Instance(db)
    raised = []
    first.raise_requested.connect(lambda: raised.append(True))
    with pytest.raises(AlreadyOpenError, match="already open"):
        Instance(db)
    assert ask_first_to_raise(db)
    qtbot.waitUntil(lambda: bool(raised), timeout=3000)
    first.release()
    Instance(db).release()  # free again after the first one closed


def test_stale_lock_after_a_crash_does_not_block(qtbot, tmp_path):
    from greenlife.ui.single_instance import Instance

    db = tmp_path / "crash.db"
    code = ("import sys, time\nfrom pathlib import Path\nfrom PySide6.QtCore import QCoreApplication\n"
            "from greenlife.ui.single_instance import Instance\napp = QCoreApplication([])\n"
            "i = Instance(Path(sys.argv[1]))\nprint('up', flush=True)\ntime.sleep(60)\n")
    p = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "up"
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    Instance(db).release()


def test_damaged_file_at_start_offers_the_newest_backup(qtbot, tmp_path, monkeypatch):
    from greenlife.ui.app import open_store

    path = tmp_path / "g.db"
    s = Store.open(path, today=lambda: TODAY)
    s.add_member("杨女士")
    s.log("杨女士", "commute", "bike", 1)
    s.backup("daily")
    s.close()
    path.write_bytes(b"\x00" * 10000)
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"g.db{suffix}").unlink(missing_ok=True)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    store = open_store(path)
    assert "damaged" in asked[0]
    assert "Restore the backup" in asked[0]
    assert store.balance().points == 98
    kept = next((tmp_path / "g-backups").glob("damaged-*.db"))
    assert told == [told[0]]
    assert str(kept) in told[0]  # says where the damaged file went
    assert kept.read_bytes() == b"\x00" * 10000
    store.close()


def test_check_data_and_backups_from_settings(qtbot, window, state):
    s = window.go_to("settings")
    s.check_data()
    qtbot.waitUntil(lambda: "sound" in s.check_status.text(), timeout=5000)
    state.store.log("杨女士", "commute", "subway", 10)
    d = BackupsDialog(state, window)
    qtbot.addWidget(d)
    d.create()
    assert d.model.rowCount() == 1
    state.store.log("杨女士", "commute", "subway", 20)
    d.table.selectRow(0)
    assert d.restore_selected(confirm=False)
    assert state.store.balance().points == 970
    assert d.model.rowCount() == 2  # the book before the restore was backed up first
    assert "Restored" in d.status.text()
    # the restore is a step of the undo history: undo puts back the book as it was
    assert state.undo_stack.count() == 1
    state.undo_stack.undo()
    assert state.store.balance().points == 970 + 1940
    state.undo_stack.redo()
    assert state.store.balance().points == 970


def test_backups_model(qtmodeltester, state):
    state.store.backup("manual")
    m = BackupsModel()
    from greenlife.store.backup import list_backups

    m.set_backups(list_backups(state.path))
    qtmodeltester.check(m)
    assert m.data(m.index(0, 1)) == "by hand"


def test_import_dialog_dry_run_then_import(qtbot, window, state, tmp_path):
    other = Store.open(memory=True, today=lambda: TODAY)
    other.add_member("杨女士")
    other.log("杨女士", "commute", "subway", 61, day="2026-03-02")
    other.log("杨女士", "commute", "bike", 1, day="2026-03-02")
    csv_path = tmp_path / "e.csv"
    write_csv(other, 2026, csv_path)
    d = ImportDialog(state, window)
    qtbot.addWidget(d)
    plan = d.check(str(csv_path))
    assert len(plan.new) == 2
    assert "2 entries to import" in d.summary.text()
    assert state.store.count_entries() == 0  # a dry run writes nothing
    qtbot.mouseClick(d.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Imported" in d.summary.text(), timeout=10000)
    assert state.store.count_entries() == 2
    assert "Imported 2 entries" in d.summary.text()
    # the import is one step on the undo stack: undo takes out exactly what it wrote
    assert state.undo_stack.undoText() == "Import e.csv"
    state.undo_stack.undo()
    assert state.store.count_entries() == 0
    state.undo_stack.redo()
    assert sorted(e.item for e in state.store.entries()) == ["bike", "subway"]
    d.check(str(csv_path))
    assert "0 entries to import; 2 already" in d.summary.text()
    assert not d.import_button.isEnabled()
    bad = tmp_path / "bad.csv"
    bad.write_text(csv_path.read_text(encoding="utf-8-sig").replace("杨女士", "王先生"), encoding="utf-8")
    d.check(str(bad))
    assert "2 rows have problems" in d.summary.text()
    assert "line 2: member: unknown member '王先生'" in d.details.toPlainText()


def test_large_book_opens_read_only_until_the_background_check_passes(qtbot, tmp_path):
    from greenlife.core.errors import StorageError
    from greenlife.ui.app import open_store, open_window

    path = tmp_path / "big.db"
    s = Store.open(path, today=lambda: TODAY)
    s.add_member("杨女士")
    s.close()
    store = open_store(path)
    assert store.check_pending
    with pytest.raises(StorageError, match="still being checked"):
        store.log("杨女士", "commute", "bike", 1)
    w = open_window(path, store)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: not store.check_pending, timeout=10000)
    assert store.log("杨女士", "commute", "bike", 1).points == 98
    w.close()
    from greenlife.ui.worker import wait_for_background

    wait_for_background()
    store.close()


def test_damage_found_by_the_background_check_closes_the_window(qtbot, tmp_path, monkeypatch):
    import greenlife.store.db as db
    from greenlife.ui.app import open_store, open_window

    path = tmp_path / "bad.db"
    s = Store.open(path, today=lambda: TODAY)
    s.add_member("杨女士")
    s.close()
    store = open_store(path)
    monkeypatch.setattr(db, "verify_file", lambda p: "*** in database main *** Page 3: btreeInitPage() error")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    w = open_window(path, store)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "damaged" in shown[0]
    assert not w.isVisible()


def test_one_worker_thread_one_connection_opened_once(qtbot, state, monkeypatch):
    """Measured: every background task (a badge sync after every change) opened the file
    again with a full integrity check, on the global thread pool. Now one long-lived worker
    thread runs the tasks in turn on one connection, opened once."""
    import threading

    from greenlife.store import Store
    from greenlife.ui import worker

    worker.close_worker_stores()
    opened, threads = [], set()
    real = Store.open_checked.__func__

    def spy(cls, path, today=None):
        opened.append(path)
        return real(cls, path) if today is None else real(cls, path, today)

    monkeypatch.setattr(Store, "open_checked", classmethod(spy))
    results = []
    for i in range(5):
        worker.run_in_background(state.path, lambda s, _p, i=i: (threads.add(threading.get_ident()),
                                                                   s.balance().points + i)[1],
                                 results.append, lambda e: results.append(e))
    qtbot.waitUntil(lambda: len(results) == 5, timeout=5000)
    assert results == [0, 1, 2, 3, 4]  # in order, one after another
    assert len(opened) == 1
    assert len(threads) == 1
    assert threading.get_ident() not in threads
    assert worker.pool().maxThreadCount() == 1
def test_cli_honours_the_apps_qlockfile(qtbot, tmp_path, capsys):
    """The app's QLockFile (PID and host inside, held by the OS) makes the CLI refuse to write."""
    import subprocess
    import sys

    from greenlife.cli import main
    from greenlife.store.lock import app_holder

    db = tmp_path / "q.db"
    s = Store.open(db, today=lambda: TODAY)
    s.add_member("杨女士")
    s.close()
    code = ("import sys, time\nfrom pathlib import Path\nfrom PySide6.QtCore import QCoreApplication\n"
            "from greenlife.ui.single_instance import Instance\napp = QCoreApplication([])\n"
            "i = Instance(Path(sys.argv[1]))\nprint('up', flush=True)\ntime.sleep(60)\n")
    p = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert p.stdout.readline().strip() == "up"
        holder = app_holder(db)
        assert holder is not None
        assert holder.pid == str(p.pid)
        assert main(["--db", str(db), "member", "add", "李先生"]) == 1
        err = capsys.readouterr().err
        assert f"process {p.pid}" in err
        assert "open in the GreenLife app" in err
    finally:
        p.kill()
        p.wait()
    assert main(["--db", str(db), "member", "add", "李先生"]) == 0


def test_disk_trouble_found_by_the_background_check_offers_no_restore(qtbot, tmp_path, monkeypatch):
    import greenlife.store.db as db
    from greenlife.store.safety import DiskTroubleError
    from greenlife.ui.app import open_store, open_window

    path = tmp_path / "io.db"
    s = Store.open(path, today=lambda: TODAY)
    s.add_member("杨女士")
    s.backup("manual")  # a good backup exists: it must not be offered for a disk problem
    s.close()
    store = open_store(path)

    def unreadable(p):
        raise DiskTroubleError(str(p), "disk I/O error")

    monkeypatch.setattr(db, "verify_file", unreadable)
    shown, asked = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]))
    w = open_window(path, store)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "not damage" in shown[0]
    assert asked == []
    assert not w.isVisible()
    assert not list((tmp_path / "io-backups").glob("damaged-*"))
