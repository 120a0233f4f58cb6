"""Desktop figures for ``greenlife bench``, run in a child process (offscreen).

argv: DB_PATH PARENT_T0 — PARENT_T0 is time.time() just before the parent
started this process, so start-up includes the interpreter and imports.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from greenlife.bench import median_ms


def main() -> int:
    path = Path(sys.argv[1])
    t0 = float(sys.argv[2]) if len(sys.argv) > 2 else time.time()
    # as the app starts (greenlife.cli): the store before PySide6
    from greenlife.store import Store  # noqa: I001 - before PySide6, as the app does
    from greenlife.ui.app import make_application, open_window
    from PySide6.QtCore import QEvent, QObject

    app = make_application([])
    store = Store.open(path, defer_check=True)
    first_paint: dict[str, float] = {}

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and "t" not in first_paint:
                first_paint["t"] = time.time()
            return False

    watch = PaintWatch()
    app.installEventFilter(watch)
    window = open_window(path, store)
    while "t" not in first_paint:
        app.processEvents()
    app.removeEventFilter(watch)
    figures: dict[str, float] = {"startup_to_window_ms": round((first_paint["t"] - t0) * 1000, 1)}

    from greenlife.ui.bench_charts import measure

    figures.update(measure(app, window))
    while store.check_pending:  # the integrity check runs off the UI thread after start-up
        app.processEvents()
        time.sleep(0.005)
    figures["startup_check_done_ms"] = round((time.time() - t0) * 1000, 1)

    from greenlife.core.models import Category, EntryDraft

    state = window.state
    window.go_to("home")
    app.processEvents()
    member = store.members()[0].id
    saved = []

    def save() -> None:
        saved.extend(state.add_entries(
            [EntryDraft(member, store.today(), Category.COMMUTE, "subway", 12.5, "km")], "bench"))
        window.home.repaint()

    from greenlife.ui.worker import wait_for_background

    def settle() -> None:  # the badge sync of the Save before ends (a family saves seconds apart)
        wait_for_background()
        app.processEvents()
        # and the event loop runs in between, deleting the widgets a refresh replaced
        # (processEvents alone never does: they would pile up as they never do in the app)
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    idle: list[float] = []
    for _ in range(10):
        settle()
        t = time.perf_counter()
        save()
        idle.append((time.perf_counter() - t) * 1000)
    figures["save_to_home_ms"] = round(statistics.median(idle), 2)
    # ten Saves in a row: each also competes with the badge sync the one before started
    figures["save_to_home_back_to_back_ms"] = median_ms(save, runs=10, warmup=0)
    settle()

    # the family forest: one redraw of the picture at the size Home gives it, and Home's
    # whole refresh (check-in, forest, goals, challenges; the streaks are read off the UI
    # thread)
    from PySide6.QtGui import QPixmap

    home = window.home
    home.refresh()
    forest = home.forest_card.forest
    canvas = QPixmap(forest.size())

    def draw_forest() -> None:
        forest.render(canvas)

    figures["forest_paint_ms"] = median_ms(draw_forest, runs=30, warmup=3)
    figures["forest_trees"] = forest.forest.trees if forest.forest else 0
    figures["home_refresh_ms"] = median_ms(home.refresh, runs=7, warmup=1)
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    save()
    store.db.conn.set_trace_callback(None)
    # SQLite reports each step of a trigger as the statement that fired it again: those
    # repeats are the one INSERT, not statements the app issued
    issued = [x for i, x in enumerate(statements) if i == 0 or x != statements[i - 1]]
    figures["save_sql_statements"] = len(issued)
    figures["save_sql_trace_lines"] = len(statements)

    # the check-in: reading the family's routine (part of Home's refresh), and logging the
    # family's day in one click (store, undo stack, Home repainted); undone after each run
    checkin = window.home.checkin
    figures["checkin_refresh_ms"] = median_ms(checkin.refresh, runs=10, warmup=1)
    figures["checkin_items"] = len(checkin.items)
    day_times: list[float] = []
    from dataclasses import replace

    for _ in range(7):
        settle()
        checkin.refresh()
        # the bench book has every item logged today already: log the routine once more
        checkin.items = [replace(i, done=False) for i in checkin.items]
        for box in checkin.boxes:
            box.setChecked(True)
        if not checkin.ticked():
            break
        t = time.perf_counter()
        checkin.log_ticked()
        window.home.repaint()
        day_times.append((time.perf_counter() - t) * 1000)
        state.undo_stack.undo()
    if day_times:
        figures["checkin_log_family_day_ms"] = round(statistics.median(day_times), 2)

    history = window.go_to("history")
    app.processEvents()

    def scroll_last() -> None:
        history.model._pages.clear()
        history.table.scrollToTop()
        history.table.viewport().repaint()
        history.model._pages.clear()
        t = time.perf_counter()
        history.table.scrollToBottom()
        history.table.viewport().repaint()
        scroll_times.append((time.perf_counter() - t) * 1000)

    scroll_times: list[float] = []
    for _ in range(7):
        scroll_last()
    figures["history_scroll_last_ms"] = round(statistics.median(scroll_times), 2)
    figures["history_rows"] = history.model.rowCount()

    store.delete_entries([e.id for e in saved])
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    figures["peak_memory_mb"] = round(peak / 1024, 1)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
