"""The Help menu: manual (F1) in both languages, shortcut list, data and log folders, debug info."""

from __future__ import annotations

import platform

import PySide6
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from greenlife import __version__, logs
from greenlife.ui import help as help_module
from greenlife.ui.help import ManualDialog, shortcut_rows
from greenlife.ui.i18n import apply_language


def manuals() -> list[ManualDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ManualDialog) and w.isVisible()]


def press_f1(qtbot, window) -> None:
    window.activateWindow()  # a rebuild after a language switch can leave it inactive offscreen
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F1)


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(help_module, "_open_url", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture(autouse=True)
def _close_manuals():
    yield
    for w in manuals():
        w.close()
    apply_language("en")


def test_help_menu_has_the_actions(window):
    help_menu = window.menuBar().actions()[-1].menu()
    names = [a.objectName() for a in help_menu.actions() if a.objectName()]
    assert names[:5] == ["help_manual", "help_shortcuts", "help_data_folder", "help_log_folder",
                         "help_debug_info"]
    assert window.help.actions["manual"].shortcut().toString() == "F1"
    assert help_menu.actions()[-1].text() == "&About GreenLife"


def test_f1_opens_the_manual_in_english(qtbot, window, db_path):
    press_f1(qtbot, window)
    qtbot.waitUntil(lambda: len(manuals()) == 1, timeout=3000)
    dialog = manuals()[0]
    assert dialog.windowTitle() == "GreenLife manual"
    text = dialog.text()
    assert "Getting started" in text
    assert str(db_path) in text  # where the data lives
    assert "Keyboard shortcuts" in text
    assert "Export yearly summary" in text
    assert "Ctrl+E" in text


def test_f1_opens_the_manual_in_chinese_after_a_switch(qtbot, window, db_path):
    apply_language("zh_CN")
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "文件(&F)", timeout=3000)
    press_f1(qtbot, window)
    qtbot.waitUntil(lambda: len(manuals()) == 1, timeout=3000)  # one action answers F1, not two
    dialog = manuals()[0]
    assert dialog.windowTitle() == "绿色生活碳账本使用说明"
    text = dialog.text()
    assert "开始使用" in text
    assert "积分永不过期" in text
    assert str(db_path) in text
    assert "导出年度总结" in text
    assert "新记录" in text
    assert "(N)" not in text  # the mnemonic is not shown in the list


def test_plain_menu_texts():
    assert help_module.plain("&Export yearly summary…") == "Export yearly summary"
    assert help_module.plain("导出年度总结(&E)…") == "导出年度总结"
    assert help_module.plain("Save && quit") == "Save & quit"


def test_shortcut_list_is_read_from_the_menus(qtbot, window):
    rows = {what: keys for keys, what in shortcut_rows(window)}
    assert rows["New entry"] == "Ctrl+N"
    assert rows["Export yearly summary"] == "Ctrl+E"
    assert rows["GreenLife manual"] == "F1"
    assert rows["Undo"] == "Ctrl+Z"
    window.help.actions["shortcuts"].trigger()
    dialog = manuals()[0]
    assert dialog.windowTitle() == "Keyboard shortcuts"
    assert "Ctrl+I" in dialog.text()
    assert "Import entries" in dialog.text()
    assert "Getting started" not in dialog.text()


def test_open_data_folder(window, db_path, opened):
    window.help.actions["data_folder"].trigger()
    assert [u.toLocalFile() for u in opened] == [str(db_path.parent)]


def test_open_log_folder_creates_it(window, opened, tmp_path):
    logs.setup(tmp_path / "state" / "log" / "greenlife.log")
    window.help.actions["log_folder"].trigger()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path / "state" / "log")]


def test_a_missing_file_manager_says_where_the_folder_is(qtbot, window, db_path, monkeypatch):
    monkeypatch.setattr(help_module, "_open_url", lambda url: False)
    assert window.help.open_data_folder() is False
    qtbot.waitUntil(window.toast.isVisible, timeout=3000)
    assert str(db_path.parent) in window.toast.label.text()


def test_copy_debug_info(qtbot, window, db_path, tmp_path):
    log_file = logs.setup(tmp_path / "log" / "greenlife.log")
    window.help.actions["debug_info"].trigger()
    text = QGuiApplication.clipboard().text()
    assert f"GreenLife {__version__}" in text
    assert f"Python {platform.python_version()}" in text
    assert f"PySide6 {PySide6.__version__}" in text
    assert "Qt 6." in text
    assert "SQLite 3." in text
    assert "matplotlib 3." in text
    assert f"Data file: {db_path}" in text
    assert f"Log file: {log_file}" in text
    assert "greenlife.org" in text  # the settings file
    assert platform.system() in text
    assert "copied" in window.toast.label.text()


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["Usual actions of several parts", "Log → Usual actions → New…", "Edit…",
            "Add a part", "▲ and ▼", "Remove", "in red", "Add to a usual action",
            "as the last part", "Ctrl+Z"]),
    ("zh_CN", ["由几项组成的常用动作", "“记录”→“常用动作”", "新建…", "编辑…", "添加一项",
               "▲ 和 ▼", "删除", "标红", "加入常用动作", "最后一项", "Ctrl+Z"]),
])
def test_the_manual_explains_the_usual_action_dialog_of_several_parts(qtbot, window, lang, words):
    """Both ways to the dialog (the managed list and "Add to a usual action" on the Log form)
    and its parts: add, move, remove, save when every part is right."""
    if lang != "en":
        apply_language(lang)
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "文件(&F)", timeout=3000)
    press_f1(qtbot, window)
    qtbot.waitUntil(lambda: len(manuals()) == 1, timeout=3000)
    text = manuals()[0].text()
    assert [w for w in words if w not in text] == []
