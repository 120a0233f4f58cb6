import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from greenlife.ui import crash, window_settings
from greenlife.ui.widgets.welcome import WelcomeDialog


def test_welcome_create_household(qtbot):
    d = WelcomeDialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.mouseClick(d.pages.widget(0).findChildren(type(d.done_button))[0], Qt.MouseButton.LeftButton)
    assert d.pages.currentIndex() == 1
    d.family_edit.setText("杨家")
    d.rows[0][0].setText("杨女士")
    d.rows[1][0].setText("杨女士")
    qtbot.mouseClick(d.done_button, Qt.MouseButton.LeftButton)
    assert "different" in d.error.text()
    d.rows[1][0].setText("小明")
    qtbot.mouseClick(d.done_button, Qt.MouseButton.LeftButton)
    assert d.choice == "create"
    assert [n for n, _c in d.members] == ["杨女士", "小明"]
    assert d.family == "杨家"


def test_welcome_demo_choice(qtbot):
    d = WelcomeDialog()
    qtbot.addWidget(d)
    d._demo()
    assert d.choice == "demo"


def test_crash_dialog_names_error_and_log(qtbot, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    crash.setup_logging()
    try:
        raise RuntimeError("boom 42")
    except RuntimeError as exc:
        crash.excepthook(type(exc), exc, exc.__traceback__)
    assert "RuntimeError: boom 42" in shown[0]
    assert str(crash.log_path()) in shown[0]
    assert "boom 42" in crash.log_path().read_text(encoding="utf-8")


def test_geometry_is_remembered(qtbot, window, state):
    window.resize(900, 620)  # the offscreen screen is small; the default is 1180x760
    window.close()
    from greenlife.ui.main_window import MainWindow

    again = MainWindow(state)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (900, 620)
    assert window_settings.value("main/geometry") is not None


def test_startup_does_not_import_matplotlib(tmp_path):
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "from greenlife.ui.app import make_application, open_window\n"
        "from greenlife.store import Store\n"
        f"s = Store.open(r'{tmp_path / 'm.db'}'); s.add_member('杨女士')\n"
        "app = make_application([]); w = open_window(None, s); app.processEvents()\n"
        "print('matplotlib' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                         env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin",
                              "XDG_CONFIG_HOME": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "False"


def test_keyboard_shortcuts_and_accessible_names(qtbot, window):
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit

    window.new_entry()
    assert window.stack.currentWidget() is window.log
    window.find()
    assert window.stack.currentWidget() is window.history
    window.history.member.hidePopup()
    for page in window.pages:
        controls = (page.findChildren(QLineEdit) + page.findChildren(QComboBox)
                    + page.findChildren(QAbstractSpinBox))
        for w in controls:
            if not w.objectName().startswith("qt_") and not isinstance(w.parent(), QComboBox):
                assert w.accessibleName(), (page.objectName(), w)


def test_first_run_creates_the_household(qtbot, tmp_path, monkeypatch):
    from greenlife.ui import app as app_module

    def fake_exec(self):
        self.choice, self.family, self.members = "create", "杨家", [("杨女士", "#2E7D32"), ("小明", "#EF6C00")]
        self.goals = (7600, [7000, 600])  # as the welcome suggests for an adult and a child
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", fake_exec)
    store = app_module.first_run(tmp_path / "new.db")
    assert [m.name for m in store.members()] == ["杨女士", "小明"]
    assert store.setting("household_name") == "杨家"
    today = store.today()
    assert [store.goal_for(today), store.goal_for(today, 1), store.goal_for(today, 2)] == [7600, 7000, 600]
    store.close()


def test_first_run_demo_is_built_off_the_ui_thread(qtbot, tmp_path, monkeypatch):
    from greenlife.ui import app as app_module

    def fake_exec(self):
        self.choice = "demo"
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", fake_exec)
    store = app_module.first_run(tmp_path / "demo.db")
    assert len(store.members()) == 4
    assert store.count_entries() > 2000
    assert store.rewards()
    store.close()


def test_closing_the_welcome_creates_nothing(qtbot, tmp_path, monkeypatch):
    from greenlife.ui import app as app_module

    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: 0)
    assert app_module.first_run(tmp_path / "none.db") is None
    assert not (tmp_path / "none.db").exists()


def test_an_older_book_is_upgraded_off_the_ui_thread_with_a_dialog(qtbot, tmp_path, monkeypatch):
    """A schema upgrade (20 s for a million lines) runs on the worker while a busy dialog
    says what is happening; a current book opens directly."""
    import shutil
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from greenlife.ui import app as ui_app

    path = tmp_path / "旧 book #1.db"
    shutil.copy(Path(__file__).parents[1] / "store" / "fixtures" / "schema_m004.db", path)
    assert ui_app.needs_upgrade(path)
    shown, threads = [], []
    monkeypatch.setattr(QProgressDialog, "show", lambda self: shown.append(self.labelText()))
    real_open = ui_app.Store.open

    def open_(*a, **k):
        threads.append(threading.current_thread() is threading.main_thread())
        return real_open(*a, **k)

    monkeypatch.setattr(ui_app.Store, "open", open_)
    store = ui_app.open_store(path)
    assert threads == [False]
    assert shown and "Upgrading your book" in shown[0]
    names = [r[0] for r in store.db.execute("SELECT name FROM _sqlite_migrations")]
    assert "m005_household" in names
    assert [m.name for m in store.members()] == ["杨女士", "小明"]
    store.close()
    assert not ui_app.needs_upgrade(path)
    shown.clear()
    ui_app.open_store(path).close()
    assert shown == [] and threads == [False, True]


def test_the_window_paints_with_home_and_builds_the_other_pages_after(tmp_path):
    """#18 first paint: the window is shown with Home only (the Log page's forms took 90 ms);
    the other pages are built one per idle moment after it, in their places."""
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "from greenlife.ui.app import make_application, open_window\n"
        "from greenlife.store import Store\n"
        "from PySide6.QtTest import QTest\n"
        f"s = Store.open(r'{tmp_path / 'm.db'}'); s.add_member('杨女士')\n"
        "app = make_application([]); w = open_window(None, s); app.processEvents()\n"
        "print(sorted(w._built), 'greenlife.ui.pages.log' in sys.modules)\n"
        "QTest.qWait(1500)\n"
        "print([w.stack.widget(i).objectName() for i in range(w.stack.count())])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                         env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin",
                              "XDG_CONFIG_HOME": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    first, later = out.stdout.strip().splitlines()[-2:]
    assert first == "['home'] False"
    assert later == str([f"page_{n}" for n in
                         ("home", "log", "history", "book", "charts", "badges", "settings")])


def test_a_page_not_built_yet_is_built_when_chosen_and_keeps_its_title(qtbot, state):
    from greenlife.ui.i18n import apply_language
    from greenlife.ui.main_window import PAGE_NAMES, MainWindow

    w = MainWindow(state)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert list(w._built) == ["home"]
    w.nav.setCurrentRow(PAGE_NAMES.index("book"))
    assert w.stack.currentWidget() is w._built["book"] and w.stack.currentWidget().isVisible()
    assert sorted(w._built) == ["book", "home"]
    for lang, home in (("zh_CN", "首页"), ("en", "Home")):  # the sidebar's and the Go menu's
        apply_language(lang)  # titles are the pages' own
        qtbot.waitUntil(lambda home=home: w.nav.count() == 7 and w.nav.item(0).text() == home)
        titles = [w.nav.item(i).text() for i in range(7)]
        go = next(a.menu() for a in w.menuBar().actions() if a.menu() and
                  a.menu().actions()[0].shortcut().toString() == "Ctrl+1")
        assert titles == [p.title() for p in w.pages] == [a.text() for a in go.actions()]
        assert w.stack.currentWidget() is w.book  # the page shown stays shown
    assert titles[1] == "Log" and w.nav.currentRow() == PAGE_NAMES.index("book")


def test_the_app_imports_the_store_before_pyside6():
    """#18 first paint: PySide6 reads the source of every module imported after it."""
    code = ("import sys, greenlife.cli as c; c.gui_entry(); m = list(sys.modules); "
            "print(m.index('greenlife.store.facade') < m.index('PySide6.QtCore'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "True"
