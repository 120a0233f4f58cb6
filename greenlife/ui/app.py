"""Starting the desktop app: names, translations, crash hook, first run, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from greenlife import APP_ID, APP_NAME, ORG_DOMAIN, ORG_NAME, __version__, logs
from greenlife.core.errors import GreenlifeError
from greenlife.store import Store, default_db_path
from greenlife.ui import crash, i18n
from greenlife.ui.labels import error_text
from greenlife.ui.main_window import MainWindow, app_icon
from greenlife.ui.state import AppState
from greenlife.ui.widgets.common import show_error
from greenlife.ui.widgets.welcome import WelcomeDialog
from greenlife.ui.worker import run_in_background


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QCoreApplication.setOrganizationDomain(ORG_DOMAIN)
    QApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app  # type: ignore[return-value]


def first_run(path: Path) -> Store | None:
    """Welcome a new household; None if the person closed the dialog."""
    dialog = WelcomeDialog()
    if not dialog.exec():
        return None
    store = Store.open(path)
    if dialog.choice == "create":
        with store.tx():
            for name, colour in dialog.members:
                store.add_member(name, colour)
            if dialog.family:
                store.set_setting("household_name", dialog.family)
            household, each = getattr(dialog, "goals", (0, []))
            if household:  # the goals the welcome suggested from who is in the family
                store.set_goal(household)
                for (name, _colour), points in zip(dialog.members, each, strict=False):
                    if points:
                        store.set_goal(points, name)
        return store
    from greenlife.store.demo import load_demo

    progress = QProgressDialog(QCoreApplication.translate("App", "Creating the demo household…"),
                               "", 0, 100)
    progress.setCancelButton(None)
    progress.setAutoClose(False)  # 100% is not done: the transaction still has to commit
    progress.setAutoReset(False)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    result: dict[str, object] = {}

    def done(n: object) -> None:
        result["n"] = n
        progress.close()

    def failed(exc: Exception) -> None:
        result["error"] = exc
        progress.close()

    def step(i: int, total: int) -> None:
        progress.setValue(min(99, int(100 * i / max(total, 1))))

    lang = "zh" if i18n.resolve("").startswith("zh") else "en"
    run_in_background(path, lambda s, p: load_demo(s, p, lang), done, failed, step)
    if not result:  # the worker may already have finished
        progress.exec()
    if "error" in result:
        show_error(None, result["error"])  # type: ignore[arg-type]
    return store


def open_window(path: Path | None, store: Store) -> MainWindow:
    from greenlife.ui.theme import apply_theme

    i18n.apply_language(store.setting("language"))
    apply_theme(store.setting("theme") or "system")
    window = MainWindow(AppState(store, path))
    window.show()
    from greenlife.ui.fonts import has_cjk_font, install_hint

    if not has_cjk_font():
        QTimer.singleShot(0, lambda: window.toast.show_message(install_hint(), 20000))
    # the small chart on Home imports matplotlib: only after the window is painted
    QTimer.singleShot(400, window.home.ensure_chart)
    QTimer.singleShot(250, window.build_rest)  # the other pages, one per idle moment
    if store.check_pending and path is not None:
        verify_in_background(window, path, store)
    return window


def verify_in_background(window: MainWindow, path: Path, store: Store) -> None:
    """quick_check after the first paint, off the UI thread; until it passes nothing is
    written. A damaged file closes the window and offers the newest good backup."""
    from greenlife.store.db import allow_writes, verify_file
    from greenlife.ui.worker import call_in_background

    from greenlife.core.changes import Changes

    def done(verdict: str) -> None:
        if verdict == "ok":
            allow_writes(store.db)
            window.state.notify(Changes.of("checked"))
            return
        failed(RuntimeError(verdict))

    def failed(exc: Exception) -> None:
        from greenlife.store.safety import CorruptDatabaseError, DiskTroubleError

        store.close()
        if isinstance(exc, DiskTroubleError):  # the disk, not the book: never offer a restore
            QMessageBox.critical(None, APP_NAME, error_text(exc))
            window.close()
            return
        replacement = recover(path, CorruptDatabaseError(str(path), str(exc)))
        if replacement is not None:  # a good backup was restored: carry on with it
            _windows.append(open_window(path, replacement))
        window.close()  # with no other window left, the app ends

    call_in_background(lambda: verify_file(path), done, failed)


def open_store(path: Path) -> Store | None:
    """Open the file; a damaged one is never written to, and the newest good backup is offered.
    A book made by an older version is upgraded on the worker while a dialog says so."""
    from greenlife.store.safety import CorruptDatabaseError

    try:
        if needs_upgrade(path):
            return open_with_progress(path)
        return Store.open(path, defer_check=True)
    except CorruptDatabaseError as exc:
        return recover(path, exc)


def needs_upgrade(path: Path) -> bool:
    """Whether this version has schema changes the file lacks (read-only look; any trouble
    is left to the normal open, which explains it)."""
    from greenlife.store.db import known_migrations
    from greenlife.store.safety import identify

    try:
        ident = identify(path, known_migrations())
    except Exception:
        return False
    return ident is not None and bool(set(known_migrations()) - ident.migrations)


def open_with_progress(path: Path) -> Store:
    """Store.open (backup, then the upgrade) on the worker; the window waits with a busy
    dialog instead of freezing (a book of a million lines takes about 20 s)."""
    from PySide6.QtCore import QEventLoop

    from greenlife.ui.worker import call_in_background

    dialog = QProgressDialog(QCoreApplication.translate(
        "App", "Upgrading your book for this version of GreenLife… A backup was made first; "
        "this is done once."), "", 0, 0)
    dialog.setCancelButton(None)
    dialog.setWindowTitle(APP_NAME)
    dialog.setMinimumDuration(0)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    result: dict[str, object] = {}
    loop = QEventLoop()

    def done(store: Store) -> None:
        result["store"] = store
        loop.quit()

    def failed(exc: Exception) -> None:
        result["error"] = exc
        loop.quit()

    call_in_background(lambda: Store.open(path, defer_check=True), done, failed)
    if not result:
        loop.exec()
    dialog.close()
    if "error" in result:
        raise result["error"]  # type: ignore[misc]
    return result["store"]  # type: ignore[return-value]


_windows: list[MainWindow] = []


def recover(path: Path, exc: GreenlifeError) -> Store | None:
    """Say the file is damaged and offer the newest good backup; None if there is none or
    the person declines. The damaged file is kept aside, never overwritten."""
    from greenlife.store.backup import newest_good, restore

    good = newest_good(path)
    if good is None:
        QMessageBox.critical(None, APP_NAME, error_text(exc) + "\n\n" + QCoreApplication.translate(
            "App", "No good backup was found. The file was left as it is."))
        return None
    answer = QMessageBox.question(
        None, APP_NAME, error_text(exc) + "\n\n" + QCoreApplication.translate(
            "App", "Restore the backup of {date} ({reason})? The damaged file is kept aside.").format(
            date=good.made.strftime("%Y-%m-%d %H:%M"), reason=good.reason),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    kept = restore(path, good.path)
    if kept is not None:  # always say where the previous file went
        QMessageBox.information(None, APP_NAME, QCoreApplication.translate(
            "App", "Restored the backup of {date}. The previous file was kept as {path}.").format(
            date=good.made.strftime("%Y-%m-%d %H:%M"), path=str(kept.path)))
    return Store.open(path)


def run_app(db: Path | None = None) -> int:
    from greenlife.store.lock import AlreadyOpenError
    from greenlife.ui.single_instance import Instance, ask_first_to_raise

    app = make_application()
    crash.install()
    path = Path(db) if db else default_db_path()
    started = logs.started_now(path)
    i18n.apply_language("")
    from greenlife.ui.theme import apply_theme

    apply_theme("system")  # the welcome and error dialogs before a book is open: tones and contrast too
    try:
        instance = Instance(path)
    except AlreadyOpenError as exc:
        ask_first_to_raise(path)
        QMessageBox.information(None, APP_NAME, error_text(exc))
        return 0
    try:
        store = first_run(path) if not path.exists() else open_store(path)
    except GreenlifeError as exc:
        QMessageBox.critical(None, APP_NAME, error_text(exc))
        instance.release()
        return 1
    if store is None:
        instance.release()
        return 0
    logs.record_backups_since(path, started)  # a schema upgrade makes one first
    window = open_window(path, store)
    instance.raise_requested.connect(window.bring_forward)
    # the first start of each day makes a backup, off the UI thread
    run_in_background(path, lambda s, _p: s.daily_backup(), lambda _b: logs.record_backups_since(path, started),
                      lambda e: crash.log.warning("daily backup failed: %s", e))
    code = app.exec()
    from greenlife.ui.worker import close_worker_stores

    close_worker_stores()  # a badge sync or export in flight finishes first
    window.deleteLater()
    store.close()
    instance.release()
    logs.record_stop(code)
    return code
