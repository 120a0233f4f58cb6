"""The main window: a navigation sidebar and one page per module."""

from __future__ import annotations

from importlib import resources
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from greenlife import __version__
from greenlife.core.models import Category
from greenlife.ui import window_settings
from greenlife.ui.icons import icon
from greenlife.ui.pages.base import Page
from greenlife.ui.pages.home import HomePage
from greenlife.ui.state import AppState

# Each page is built when first shown or asked for; Home with the window, the others one per
# idle moment after the first paint (the Log page's forms alone took 90 ms at start-up). The
# titles are the same texts each page's ``title()`` translates (context = the class's name).
_PAGES = {
    "home": ("greenlife.ui.pages.home", "HomePage", QT_TRANSLATE_NOOP("HomePage", "Home")),
    "log": ("greenlife.ui.pages.log", "LogPage", QT_TRANSLATE_NOOP("LogPage", "Log")),
    "history": ("greenlife.ui.pages.history", "HistoryPage",
                QT_TRANSLATE_NOOP("HistoryPage", "History")),
    "book": ("greenlife.ui.pages.book", "BookPage", QT_TRANSLATE_NOOP("BookPage", "Book")),
    "charts": ("greenlife.ui.pages.charts", "ChartsPage",
               QT_TRANSLATE_NOOP("ChartsPage", "Charts")),
    "badges": ("greenlife.ui.pages.badges", "BadgesPage",
               QT_TRANSLATE_NOOP("BadgesPage", "Badges")),
    "settings": ("greenlife.ui.pages.settings", "SettingsPage",
                 QT_TRANSLATE_NOOP("SettingsPage", "Settings")),
}
PAGE_NAMES = tuple(_PAGES)


def app_icon() -> QIcon:
    svg = resources.files("greenlife.resources").joinpath("icons", "greenlife.svg")
    with resources.as_file(svg) as path:
        return QIcon(str(path))


class MainWindow(QMainWindow):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(900, 600))
        self.resize(1180, 760)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(170)
        self.nav.setSpacing(2)
        self.nav.setIconSize(QSize(22, 22))
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_row)
        from greenlife.ui.widgets.toast import Toast

        self.toast = Toast(self)
        state.badges_earned.connect(self.announce_badges)
        state.goal_reached.connect(self.celebrate_goal)
        state.error.connect(self.show_state_error)
        self._build()
        self.state.changed.connect(self._update_title)
        from greenlife.ui.reminder import Reminder

        self.reminder = Reminder(state, self)
        if not window_settings.restore(self):
            self.resize(1180, 760)

    # -- building (again after a language change) -----------------------------
    def _build(self) -> None:
        current = max(0, self.nav.currentRow())
        had_chart = getattr(self, "home", None) is not None and self.home.chart is not None
        while self.stack.count():
            w = self.stack.widget(0)
            self.stack.removeWidget(w)
            w.deleteLater()
        self.nav.clear()
        self._built: dict[str, Page] = {}
        for _name in PAGE_NAMES:
            self.stack.addWidget(QWidget())  # each page is built when first shown
        self.home = cast(HomePage, self.page("home"))
        for n, name in enumerate(PAGE_NAMES, 1):
            title = self.page_title(name)
            item = QListWidgetItem(icon("page", name), title)
            item.setToolTip(self.tr("{page} (Ctrl+{n})").format(page=title, n=n))
            self.nav.addItem(item)
        self.nav.setAccessibleName(self.tr("Pages"))
        self._build_menus()
        self.go(current)
        self._update_title()
        if had_chart:  # rebuilt after a language change: the small chart comes back at once
            self.home.ensure_chart()

    # -- pages, built when first needed ----------------------------------------------------
    def page_title(self, name: str) -> str:
        _module, cls, source = _PAGES[name]
        return QCoreApplication.translate(cls, source)

    def page(self, name: str) -> Page:
        """The page, built now if it was not yet (in its place in the stack)."""
        built = self._built.get(name)
        if built is None:
            import importlib

            module, cls, _title = _PAGES[name]
            built = getattr(importlib.import_module(module), cls)(self.state)
            built.setObjectName(f"page_{name}")
            index = PAGE_NAMES.index(name)
            placeholder = self.stack.widget(index)
            shown = self.stack.currentWidget() is placeholder
            self.stack.insertWidget(index, built)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if shown:  # the page takes its placeholder's place on screen too
                self.stack.setCurrentWidget(built)
            self._built[name] = built
        return built

    def build_rest(self) -> None:
        """Build the next page not built yet, then come back in the next idle moment: after
        the first paint the pages are ready one by one (so a click on one, or a screen
        reader's walk of the window, finds it), and the window never waits for them all."""
        left = [n for n in PAGE_NAMES if n not in self._built]
        if left and self.isVisible() and self.state.store.is_open:
            self.page(left[0])
            if len(left) > 1:
                QTimer.singleShot(0, self.build_rest)

    def _show_row(self, index: int) -> None:
        # while the window is rebuilt (a language switch) the list moves through its rows
        if 0 <= index < len(PAGE_NAMES) and self.stack.count() == len(PAGE_NAMES):
            self.page(PAGE_NAMES[index])
            self.stack.setCurrentIndex(index)

    @property
    def pages(self) -> list[Page]:
        """Every page (all built)."""
        return [self.page(n) for n in PAGE_NAMES]

    log = property(lambda self: self.page("log"))
    history = property(lambda self: self.page("history"))
    book = property(lambda self: self.page("book"))
    charts = property(lambda self: self.page("charts"))
    badges = property(lambda self: self.page("badges"))
    settings = property(lambda self: self.page("settings"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        new = QAction(self.tr("&New entry"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self.new_entry)
        file_menu.addAction(new)
        export = QAction(self.tr("&Export yearly summary…"), self)
        export.setShortcut(QKeySequence("Ctrl+E"))
        export.triggered.connect(self.export_summary)
        file_menu.addAction(export)
        imp = QAction(self.tr("&Import entries…"), self)
        imp.setShortcut(QKeySequence("Ctrl+I"))
        imp.triggered.connect(self.import_entries)
        file_menu.addAction(imp)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.state.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.state.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        find = QAction(self.tr("&Filter history"), self)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.triggered.connect(self.find)
        edit.addAction(find)

        go = bar.addMenu(self.tr("&Go"))
        for n, name in enumerate(PAGE_NAMES):
            a = QAction(self.page_title(name), self)
            a.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            a.triggered.connect(lambda _=False, n=n: self.go(n))
            go.addAction(a)

        help_menu = bar.addMenu(self.tr("&Help"))
        from greenlife.ui.help import HelpMenu

        self.help = HelpMenu(self, help_menu)  # manual (F1), shortcuts, folders, debug info
        about = QAction(self.tr("&About GreenLife"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _update_title(self, changes: object = None) -> None:
        if changes is not None and not (getattr(changes, "settings", True)
                                        or getattr(changes, "language", True)):
            return  # only the settings hold the family's name
        family = self.state.store.setting("household_name")
        base = self.tr("GreenLife 绿色生活碳账本")
        self.setWindowTitle(f"{family} — {base}" if family else base)

    # -- actions ------------------------------------------------------------
    def bring_forward(self) -> None:
        """A second copy of the app asked this window to come to the front."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def go(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def go_to(self, name: str) -> Page:
        index = PAGE_NAMES.index(name)
        self.go(index)
        return self.page(name)

    def new_entry(self) -> None:
        self.go_to("log")
        self.log.show_category(Category.COMMUTE)
        self.log.focus_first_field()

    def export_summary(self) -> None:
        from greenlife.ui.widgets.export_dialog import ExportDialog

        ExportDialog(self.state, self).exec()

    def import_entries(self) -> None:
        from greenlife.ui.widgets.import_dialog import ImportDialog

        ImportDialog(self.state, self).exec()

    def find(self) -> None:
        self.go_to("history")
        self.history.focus_filter()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About GreenLife"), self.tr(
            "GreenLife {version}\nA household carbon book. 1 g of CO2 avoided = 1 point.\n"
            "Factors: Shanghai carbon-inclusion platform (2025) and the sources listed in "
            "Settings. Your data stays on this computer:\n{path}").format(
                version=__version__, path=self.state.path or ""))

    def announce_badges(self, new: list) -> None:
        from greenlife.ui.i18n_names import pick
        from greenlife.ui.labels import tier

        names = {m.id: m.name for m in self.state.store.members(include_archived=True)}
        lines = []
        for b in new:
            who = self.tr("Household") if b.scope == "household" else names.get(
                int(b.scope.split(":")[1]), "")
            lines.append(self.tr("{who} earned a badge: {name}").format(
                who=who, name=pick(b.badge.name) + (f" · {tier(b.tier)}" if b.tier else "")))
        self.toast.show_message("\n".join(lines[:4]) + ("\n…" if len(lines) > 4 else ""))

    def show_state_error(self, exc: Exception) -> None:
        from greenlife.ui.widgets.common import show_error

        show_error(self, exc)

    def celebrate_goal(self, points: int, goal: int) -> None:
        from greenlife.ui.labels import points as fmt

        self.toast.show_message(self.tr("Weekly goal reached: {points} of {goal} points!").format(
            points=fmt(points), goal=fmt(goal)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_built"):
            if self.isVisible():
                self._build()
            else:
                self._stale_language = True
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        window_settings.save(self)
        super().closeEvent(event)


__all__ = ["MainWindow", "Qt"]
