"""``greenlife bench``: figures on a file of about 1,000,000 entries.

A benchmark, not a test: it prints numbers (median of several runs) and
``--json`` prints them as one object, name -> number, the unit in the name.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from greenlife.core.models import Category, EntryDraft

MEMBERS = ("杨女士", "李先生", "小明", "奶奶")
YEARS = 10
ACTIONS = (
    (Category.COMMUTE, "subway", 30.0), (Category.COMMUTE, "bike", 1.5),
    (Category.COMMUTE, "bus", 2), (Category.COMMUTE, "walk", 1.2),
    (Category.COMMUTE, "petrol", 15.0), (Category.WASTE, "kitchen", 0.8),
    (Category.WASTE, "paper", 0.5), (Category.FOOD, "clean_plate", 2),
    (Category.FOOD, "food_waste", 0.2),
)


def build_file(path: Path, entries: int, progress: Callable[[str], None] = print) -> None:
    """A household of 4 over 10 years ending today, ``entries`` rows in all."""
    from greenlife.store import Store

    store = Store.open(path)
    try:
        if not store.is_empty():
            return
        ids = [store.add_member(name).id for name in MEMBERS]
        factors = store.factors()
        today = store.today()
        days = 365 * YEARS
        start = today - dt.timedelta(days=days - 1)
        per_day = max(1, entries // days)
        extra = entries - per_day * days
        batch: list[Any] = []
        done = 0
        t0 = time.perf_counter()
        for d in range(days):
            day = start + dt.timedelta(days=d)
            n = per_day + (1 if d < extra else 0)
            for k in range(n):
                cat, item, qty = ACTIONS[(d + k) % len(ACTIONS)]
                draft = EntryDraft(ids[(d + k) % 4], day, cat, item, qty, "", "")
                batch.append(store.entry_values(draft, factors[f"{cat.value}.{item}"]))
            if len(batch) >= 50_000 or d == days - 1:
                store.bulk_add(batch)
                done += len(batch)
                batch = []
                progress(f"  built {done:,} entries ({time.perf_counter() - t0:.0f} s)")
        store.add_appliance(MEMBERS[0], "air_conditioner", 1, None, start)
    finally:
        store.close()


def median_ms(fn: Callable[[], Any], runs: int = 15, warmup: int = 2) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(times), 2)


def core_figures(path: Path) -> dict[str, float]:
    from greenlife.store import Store

    store = Store.open(path)
    try:
        today = store.today()
        figures: dict[str, float] = {"entries": store.count_entries()}
        counter = iter(range(10**9))

        def log() -> None:
            store.log(MEMBERS[next(counter) % 4], "commute", "subway", 12.5, today)

        figures["log_commit_ms"] = median_ms(log, runs=30)
        for period in ("week", "year", "all"):
            figures[f"book_{period}_ms"] = median_ms(lambda p=period: store.balance_for(p, today))
        figures["book_member_year_ms"] = median_ms(lambda: store.balance_for("year", today, 1))
        figures.update(_pdf_figure(store))
        figures.update(_sort_figures(store, path))
        # leave the file as it was: drop the entries the benchmark logged
        store.db.execute("DELETE FROM entries WHERE id > (SELECT max(id) FROM entries) - 32")
        store.db.conn.commit()
    finally:
        store.close()
    return figures


def _sort_figures(store: Any, path: Path) -> dict[str, float]:
    """History sorted by points: the one sort (in the app, off the UI thread, on its own
    read-only connection), then a page from the middle (a slice of the sorted ids)."""
    from greenlife.store.ledger import sorted_ids_from_file

    total = store.count_entries()
    key = (None, None, None, None, "points", True)
    t = time.perf_counter()
    ids = sorted_ids_from_file(path, key)
    sort_ms = (time.perf_counter() - t) * 1000
    store.actions.adopt(key, ids, store.actions.version())
    page = median_ms(lambda: store.entry_page(total // 2, 200, total, order_by="points"))
    return {"history_sort_off_thread_ms": round(sort_ms, 1), "history_sorted_page_ms": page}


def _pdf_figure(store: Any) -> dict[str, float]:
    """The yearly PDF of the busiest year (summary built from the book, then written)."""
    from greenlife.reports.pdf import write_pdf
    from greenlife.reports.summary import build_summary

    year, n = store.db.execute(
        "SELECT substr(month, 1, 4), total(n) FROM month_totals GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
    ).fetchone()
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        write_pdf(build_summary(store, int(year)), Path(tmp) / "report.pdf", "zh")
        ms = (time.perf_counter() - t) * 1000
    return {"pdf_busiest_year_ms": round(ms, 1), "pdf_busiest_year_entries": int(n)}


def ui_figures(path: Path) -> dict[str, float]:
    """Measured in a child process, offscreen, so start-up is a real cold start."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run(
        [sys.executable, "-m", "greenlife.ui.bench", str(path), repr(time.time())],
        capture_output=True, text=True, env=env, check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr else "ui bench failed")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_bench(args: argparse.Namespace) -> int:
    say: Callable[[str], None] = (lambda s: print(s, file=sys.stderr)) if args.json else print
    path = args.file or Path(tempfile.gettempdir()) / f"greenlife-bench-{args.entries}.db"
    if not path.exists():
        say(f"building {path} with {args.entries:,} entries ...")
        t = time.perf_counter()
        build_file(path, args.entries, say)
        say(f"built in {time.perf_counter() - t:.1f} s")
    figures = core_figures(path)
    if not args.no_ui:
        figures.update(ui_figures(path))
    if args.json:
        print(json.dumps(figures))
    else:
        say(f"file: {path} ({path.stat().st_size / 1e6:.0f} MB)")
        for name, value in figures.items():
            say(f"  {name:28s} {value:>12,.2f}")
    return 0
