"""A crash dialog instead of a silent exit, and a log file to send."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_dir
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from greenlife import APP_NAME, ORG_NAME

log = logging.getLogger("greenlife")


def log_path() -> Path:
    return Path(user_log_dir(APP_NAME, ORG_NAME)) / "greenlife.log"


def setup_logging() -> Path:
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("greenlife")
    if not any(isinstance(h, logging.FileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def crash_text(exc: BaseException, path: Path) -> str:
    return QCoreApplication.translate(
        "Crash",
        "GreenLife hit an unexpected error and may not work correctly until you restart it.\n\n"
        "{error}\n\nThe details were written to:\n{log}\n\n"
        "Your saved entries are safe: every save is committed to the data file at once.",
    ).format(error=f"{type(exc).__name__}: {exc}", log=str(path))


def excepthook(etype: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    path = log_path()
    log.error("Unhandled error:\n%s", "".join(traceback.format_exception(etype, exc, tb)))
    if QApplication.instance() is None:
        sys.__excepthook__(etype, exc, tb)
        return
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("Crash", "GreenLife error"), crash_text(exc, path))
    box.setDetailedText("".join(traceback.format_exception(etype, exc, tb)))
    box.exec()


def install() -> None:
    setup_logging()
    sys.excepthook = excepthook
