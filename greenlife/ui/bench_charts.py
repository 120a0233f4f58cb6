"""Chart figures for the desktop benchmark."""

from __future__ import annotations

import statistics
import sys
import time


def measure(app, window) -> dict[str, float]:
    """First opening of the Charts page (matplotlib import included) and a previous-week redraw.

    ``draw_idle`` defers drawing to the event loop, so the timings force the draw.
    """
    figures: dict[str, float] = {}
    imported_before = "matplotlib" in sys.modules
    t = time.perf_counter()
    page = window.go_to("charts")
    for chart in page.charts.values():
        chart.canvas.draw()
    figures["charts_first_open_ms"] = round((time.perf_counter() - t) * 1000, 1)
    figures["charts_matplotlib_imported_before_open"] = int(imported_before)
    times = []
    for _ in range(10):
        t = time.perf_counter()
        page.move_week(-1)
        for name in ("week", "members", "weeks"):
            page.charts[name].canvas.draw()
        times.append((time.perf_counter() - t) * 1000)
    figures["charts_previous_week_ms"] = round(statistics.median(times), 1)
    return figures
