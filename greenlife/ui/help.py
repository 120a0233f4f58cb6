"""The Help menu: a short manual (F1), the shortcut list, the data and log folders, debug info."""

from __future__ import annotations

import contextlib
import html
import os
import platform
import re
import sqlite3
import sys
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow, QMenu, QTextBrowser, QVBoxLayout, QWidget

from greenlife import __version__, logs
from greenlife.store import default_db_path
from greenlife.ui import window_settings

_open_url = QDesktopServices.openUrl  # replaced in tests: no file manager opens there


def data_file(window: QWidget) -> Path:
    state = getattr(window, "state", None)
    path = getattr(state, "path", None)
    return Path(path) if path else default_db_path()


def log_file() -> Path:
    return logs.current_path() or logs.log_path()


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:  # a bundle built without the package's metadata
        return "?"


def debug_info(db: Path) -> str:
    """Versions, paths and platform, for a bug report (plain text, not translated)."""
    import PySide6
    from PySide6.QtCore import QLocale, qVersion

    app = QGuiApplication.instance()
    lines = [
        f"GreenLife {__version__} ({'bundle' if logs.frozen() else 'Python package'})",
        f"Python {platform.python_version()} ({sys.executable})",
        f"PySide6 {PySide6.__version__}, Qt {qVersion()}, platform plugin "
        f"{QGuiApplication.platformName() if app else '-'}",
        f"SQLite {sqlite3.sqlite_version}, sqlite-utils {_version('sqlite-utils')}, "
        f"matplotlib {_version('matplotlib')}, platformdirs {_version('platformdirs')}",
        f"System: {platform.platform()} ({platform.machine()})",
        f"Locale: {QLocale().name()}, system {QLocale.system().name()}",
        f"Data file: {db}",
        f"Data folder: {db.parent}",
        f"Backups: {db.parent / (db.stem + '-backups')}",
        f"Log file: {log_file()}",
        f"Settings: {window_settings.file_name()}",
        f"GREENLIFE_DB: {os.environ.get('GREENLIFE_DB', '-')}",
    ]
    return "\n".join(lines)


class HelpMenu(QObject):
    """Fills the Help menu of ``window``; the actions are kept in :attr:`actions`."""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(menu)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self._add(menu, "manual", self.tr("GreenLife &manual"), self.show_manual,
                  QKeySequence(QKeySequence.StandardKey.HelpContents))
        self._add(menu, "shortcuts", self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        menu.addSeparator()
        self._add(menu, "data_folder", self.tr("Open &data folder"), self.open_data_folder)
        self._add(menu, "log_folder", self.tr("Open &log folder"), self.open_log_folder)
        self._add(menu, "debug_info", self.tr("&Copy debug info"), self.copy_debug_info)
        menu.addSeparator()

    def _add(self, menu: QMenu, name: str, text: str, slot: object,
             shortcut: QKeySequence | None = None) -> None:
        action = QAction(text, menu)
        action.setObjectName(f"help_{name}")
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.actions[name] = action

    def show_manual(self) -> ManualDialog:
        return self._show(ManualDialog(self.window, shortcuts_only=False))

    def show_shortcuts(self) -> ManualDialog:
        return self._show(ManualDialog(self.window, shortcuts_only=True))

    def _show(self, dialog: ManualDialog) -> ManualDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()  # not modal: the manual can stay open beside the window
        return dialog

    def open_data_folder(self) -> bool:
        return self._open_folder(data_file(self.window).parent)

    def open_log_folder(self) -> bool:
        return self._open_folder(log_file().parent)

    def _open_folder(self, folder: Path) -> bool:
        with contextlib.suppress(OSError):  # a read-only place: the message below says where
            folder.mkdir(parents=True, exist_ok=True)
        ok = bool(_open_url(QUrl.fromLocalFile(str(folder))))
        if not ok:
            self._say(self.tr("Could not open a file manager. The folder is:\n{folder}").format(
                folder=str(folder)))
        return ok

    def copy_debug_info(self) -> str:
        text = debug_info(data_file(self.window))
        QGuiApplication.clipboard().setText(text)
        self._say(self.tr("Debug info copied to the clipboard: paste it into your message."))
        return text

    def _say(self, text: str) -> None:
        toast = getattr(self.window, "toast", None)
        if toast is not None:
            toast.show_message(text, 8000)


def plain(text: str) -> str:
    """A menu text without its mnemonic: '&Export…' -> 'Export', '导出(&E)…' -> '导出'."""
    text = re.sub(r"\(&\w\)", "", text)  # the CJK style puts the key in brackets
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, what they do) for every menu action with a shortcut, in menu order."""
    rows: list[tuple[str, str]] = []

    def walk(actions: list[QAction]) -> None:
        for a in actions:
            if a.menu() is not None:
                walk(a.menu().actions())
                continue
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in a.shortcuts()]
            if keys and a.text():
                rows.append((" / ".join(keys), plain(a.text())))

    walk(window.menuBar().actions())
    return rows


class ManualDialog(QDialog):
    """The manual as rich text; the shortcut table is read from the window's menus."""

    def __init__(self, window: QMainWindow, *, shortcuts_only: bool) -> None:
        super().__init__(window)
        self.setObjectName("help_shortcuts_dialog" if shortcuts_only else "help_manual_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts") if shortcuts_only else self.tr("GreenLife manual"))
        self.resize(640, 560 if not shortcuts_only else 420)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(self.shortcuts_html(window) if shortcuts_only else self.manual_html(window))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.browser.toPlainText()

    def manual_html(self, window: QMainWindow) -> str:
        db = data_file(window)
        sections = [
            (self.tr("Getting started"), self.tr(
                "On the first start GreenLife offers to create your household (the members' names) "
                "or a demo household to look around. Every entry belongs to one member; the "
                "household's points are the members' points added up.")),
            (self.tr("Logging an action"), self.tr(
                "Log (Ctrl+N): pick the member, the category and the amount; the form shows the "
                "points before you save, and Enter saves. \"Save as usual action\" puts a one-click "
                "button on Home, and \"Same as yesterday\" repeats a member's day. A mistake? Ctrl+Z "
                "undoes it, or edit the entry in History.")),
            (self.tr("Usual actions of several parts"), self.tr(
                "A usual action can have several parts, logged together in one click: 1 km by "
                "bike, then 61 km by subway. Make one in Log → Usual actions → New…, or change "
                "one there with Edit…: give it a name and a member, then each part in order: its "
                "category (commute, waste sorting or food), what, and how much. Add a part adds "
                "the next one (it starts like the last, as a trip goes on); ▲ and ▼ move a part, "
                "Remove takes it out. Save works once every part is right: a part with a problem "
                "is marked in red with the reason, and nothing typed is lost.\n"
                "To add what the Log form holds to an existing usual action, fill in the form and "
                "click \"Add to a usual action\", then pick the action: the same dialog opens "
                "with the form's line as the last part, to check and save, or cancel. Saving, "
                "moving and deleting usual actions can each be undone with Ctrl+Z.")),
            (self.tr("How points are counted"), self.tr(
                "1 g of CO2 avoided is 1 point, the rule of the Shanghai carbon-inclusion platform. "
                "Every entry keeps the factor it used, with its unit, source and year; Settings lists "
                "all factors, lets you pick your city's set and edit a value. Food thrown away and "
                "petrol trips are emissions: they lower the balance. Points never expire.")),
            (self.tr("Every week, every year"), self.tr(
                "Charts shows the week by day, the members side by side and the last 12 weeks against "
                "the household's goal; Badges shows what has been earned. File → Export yearly "
                "summary (Ctrl+E) writes a PDF report, a spreadsheet (CSV) and the charts.")),
            (self.tr("Your data"), self.tr(
                "Everything stays on this computer, in one file:\n{path}\nA backup is made on the "
                "first start of each day and before every upgrade, in the folder beside it. Help → "
                "Open data folder shows both. To move to another computer, copy the file.").format(
                    path=str(db))),
            (self.tr("Something went wrong?"), self.tr(
                "Help → Copy debug info puts the versions and paths on the clipboard; Help → Open log "
                "folder shows the log file. Send both with a description of what you did.")),
        ]
        parts = [f"<h2>{html.escape(self.tr('GreenLife manual'))}</h2>"]
        for title, body in sections:
            paragraphs = "<br>".join(html.escape(line) for line in body.split("\n"))
            parts.append(f"<h3>{html.escape(title)}</h3><p>{paragraphs}</p>")
        parts.append(self.shortcuts_html(window))
        return "".join(parts)

    def shortcuts_html(self, window: QMainWindow) -> str:
        rows = "".join(f"<tr><td><b>{html.escape(keys)}</b>&nbsp;&nbsp;</td><td>{html.escape(what)}</td></tr>"
                       for keys, what in shortcut_rows(window))
        extra = html.escape(self.tr("In a form, Enter saves and Esc closes a dialog."))
        return (f"<h3><a name=\"shortcuts\"></a>{html.escape(self.tr('Keyboard shortcuts'))}</h3>"
                f"<table cellspacing=\"4\">{rows}</table><p>{extra}</p>")


__all__ = ["HelpMenu", "ManualDialog", "debug_info", "shortcut_rows"]
