"""Starting the desktop app: names, translations, crash hook, first run, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from greenlife import APP_NAME, ORG_NAME, __version__
from greenlife.core.errors import GreenlifeError
from greenlife.store import Store, default_db_path
from greenlife.ui import crash, i18n
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
    QApplication.setDesktopFileName("greenlife")
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
        return store
    from greenlife.store.demo import load_demo

    progress = QProgressDialog(QCoreApplication.translate("App", "Creating the demo household…"),
                               "", 0, 100)
    progress.setCancelButton(None)
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
        progress.setValue(int(100 * i / max(total, 1)))

    run_in_background(path, lambda s, p: load_demo(s, p), done, failed, step)
    progress.exec()
    if "error" in result:
        show_error(None, result["error"])  # type: ignore[arg-type]
    return store


def open_window(path: Path | None, store: Store) -> MainWindow:
    i18n.apply_language(store.setting("language"))
    window = MainWindow(AppState(store, path))
    window.show()
    # the small chart on Home imports matplotlib: only after the window is painted
    QTimer.singleShot(400, window.home.ensure_chart)
    return window


def run_app(db: Path | None = None) -> int:
    app = make_application()
    crash.install()
    path = Path(db) if db else default_db_path()
    i18n.apply_language("")
    try:
        store = first_run(path) if not path.exists() else Store.open(path)
    except GreenlifeError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc.message))
        return 1
    if store is None:
        return 0
    window = open_window(path, store)
    code = app.exec()
    from greenlife.ui.worker import wait_for_background

    wait_for_background()  # a badge sync or export in flight finishes with its own connection
    del window
    store.close()
    return code
