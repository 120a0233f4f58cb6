"""Slow work off the UI thread: one task, its own database connection,
results delivered back on the main thread through queued signals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from greenlife.store import Store

Progress = Callable[[int, int], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Task(QRunnable):
    def __init__(self, path: Path, fn: Callable[[Store, Progress], Any]) -> None:
        super().__init__()
        self.path = path
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            store = Store.open(self.path)
        except Exception as exc:
            self.signals.failed.emit(exc)
            return
        try:
            result = self.fn(store, self.signals.progress.emit)
        except Exception as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            store.close()


_running: set[Task] = set()


def run_in_background(
    path: Path,
    fn: Callable[[Store, Progress], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    task = Task(path, fn)
    task.signals.done.connect(on_done)
    task.signals.failed.connect(on_failed)
    if on_progress:
        task.signals.progress.connect(on_progress)
    task.signals.done.connect(lambda _r: _running.discard(task))
    task.signals.failed.connect(lambda _e: _running.discard(task))
    _running.add(task)
    QThreadPool.globalInstance().start(task)
    return task
