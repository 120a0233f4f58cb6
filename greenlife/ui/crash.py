"""A crash dialog instead of a silent exit, and a log file to send."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from greenlife import logs

log = logging.getLogger(logs.LOGGER)


def log_path() -> Path:
    return logs.current_path() or logs.log_path()


def setup_logging() -> Path:
    """The rotating log file (greenlife.logs)."""
    return logs.setup()


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
