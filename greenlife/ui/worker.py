"""Slow work off the UI thread: one long-lived worker thread, one database connection per
file, opened once (the app checked the file at start; no integrity check per task), tasks
run one after another, results delivered back on the main thread through queued signals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThread, QThreadPool, Signal

from greenlife.store import Store

Progress = Callable[[int, int], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Call(QRunnable):
    """``fn(progress)`` in the thread pool; the result or the error comes back as a signal."""

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit)
        except Exception as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[QRunnable] = set()
_pool: QThreadPool | None = None
_stores: dict[tuple[str, int, int], Store] = {}


def pool() -> QThreadPool:
    """The one worker: a pool of one thread that never expires."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)
    return _pool


# the app's clock (the UI's Store.today): the worker's connection dates what it posts by the
# same day as the window, not by the system clock (a test's fixed day, or a clock that moved)
_clock: list[Callable[[], dt.date]] = [dt.date.today]


def use_clock(today: Callable[[], dt.date]) -> None:
    _clock[0] = today


def worker_store(path: Path) -> Store:
    """The worker's connection to ``path``, opened once. A file replaced since (a restore)
    gets a new connection: the key holds the file's identity, not only its name."""
    st = path.stat()
    key = (str(path), st.st_dev, st.st_ino)
    store = _stores.get(key)
    if store is None:
        for old in [k for k in _stores if k[0] == key[0]]:
            _stores.pop(old).close()
        store = _stores[key] = Store.open_checked(path, lambda: _clock[0]())
    return store


def close_worker_stores() -> None:
    """Close the worker's connections (when the app closes, between tests)."""
    wait_for_background()
    while _stores:
        _stores.popitem()[1].close()


def wait_for_background(timeout_ms: int = 30000) -> bool:
    """Wait for running tasks (used when the app closes and by tests)."""
    return pool().waitForDone(timeout_ms)


def active_count() -> int:
    return pool().activeThreadCount()


def on_main_thread() -> bool:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


def _start(task: Call, on_done: Callable[[Any], None], on_failed: Callable[[Exception], None],
           on_progress: Callable[[int, int], None] | None = None) -> None:
    # The signals object lives in the main thread; queued connections deliver there, so
    # the callbacks never run in the worker thread.
    queued = Qt.ConnectionType.QueuedConnection
    task.signals.done.connect(on_done, queued)
    task.signals.failed.connect(on_failed, queued)
    if on_progress:
        task.signals.progress.connect(on_progress, queued)
    task.signals.done.connect(lambda _r: _running.discard(task), queued)
    task.signals.failed.connect(lambda _e: _running.discard(task), queued)
    _running.add(task)
    pool().start(task)


def run_in_background(
    path: Path,
    fn: Callable[[Store, Progress], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Call:
    """``fn(store, progress)`` on the worker, with the worker's connection to ``path``."""

    def job(progress: Progress) -> Any:
        return fn(worker_store(path), progress)

    task = Call(job)
    _start(task, on_done, on_failed, on_progress)
    return task


def call_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                       on_failed: Callable[[Exception], None]) -> Call:
    """``fn()`` in a worker, without a database connection (it may open its own)."""
    task = Call(lambda _progress: fn())
    _start(task, on_done, on_failed)
    return task
