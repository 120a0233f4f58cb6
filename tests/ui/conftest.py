from __future__ import annotations

import pytest

from tests.conftest import TODAY


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "ui.db"


@pytest.fixture
def file_store(db_path):
    from greenlife.store import Store

    s = Store.open(db_path, today=lambda: TODAY)
    yield s
    # no worker of this test may report after the store is closed, or into the next test
    from PySide6.QtCore import QCoreApplication

    from greenlife.ui.worker import active_count, close_worker_stores, wait_for_background

    for _ in range(20):  # a finished sync may start one more (coalesced changes)
        wait_for_background()
        QCoreApplication.sendPostedEvents()
        if active_count() == 0:
            break
    close_worker_stores()
    s.close()


@pytest.fixture
def state(qapp, file_store, db_path):
    from greenlife.ui.i18n import apply_language
    from greenlife.ui.state import AppState

    apply_language("en")
    file_store.add_member("杨女士")
    file_store.add_member("李先生")
    return AppState(file_store, db_path)


@pytest.fixture
def window(qtbot, state):
    from greenlife.ui.main_window import MainWindow

    w = MainWindow(state)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w



@pytest.fixture
def with_pending(tmp_path, monkeypatch):
    """The app loads .qm files compiled from the .ts files with this branch's pending
    translations merged in (resources/translations/pending/)."""
    import contextlib
    import types

    from greenlife.ui import i18n
    from tests.ui.pending_translations import compile_qm

    folder = tmp_path / "qm" / "i18n"
    folder.mkdir(parents=True)
    for lang in ("zh_CN", "en"):
        compile_qm(lang, folder / f"greenlife_{lang}.qm")
    fake = types.SimpleNamespace(files=lambda _pkg: tmp_path / "qm", as_file=contextlib.nullcontext)
    monkeypatch.setattr(i18n, "resources", fake)
    i18n._current.clear()
    yield
    i18n._current.clear()
