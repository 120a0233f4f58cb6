"""The yearly export as one use-case, for the app's dialog and the CLI alike."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from greenlife.reports.atomic import Progress, never, no_progress

if TYPE_CHECKING:
    from greenlife.store import Store

FORMATS = ("pdf", "csv", "json", "png")


def targets(folder: Path, year: int, formats: list[str]) -> dict[str, Path]:
    """Where each format goes in a folder: greenlife-2026.pdf, … greenlife-2026-charts/."""
    names = {"pdf": f"greenlife-{year}.pdf", "csv": f"greenlife-{year}.csv",
             "json": f"greenlife-{year}.json", "png": f"greenlife-{year}-charts"}
    return {f: folder / names[f] for f in formats}


def export_year(store: Store, year: int, outputs: dict[str, Path], language: str = "en",
                progress: Progress = no_progress, cancelled: Callable[[], bool] = never,
                certificates: bool = False) -> list[Path]:
    """Write each requested format (pdf, csv, json, png) of the year; progress over all of
    them in percent; every file atomic, nothing left if cancelled. Returns what was written."""
    from greenlife.reports import export
    from greenlife.reports.pdf import write_pdf
    from greenlife.reports.summary import build_summary

    summary = build_summary(store, year)
    steps = len(outputs)
    written: list[Path] = []
    for n, (fmt, path) in enumerate(outputs.items()):
        def part(done: int, total: int, n: int = n) -> None:
            progress(int(100 * (n + done / max(total, 1)) / steps), 100)

        if fmt == "pdf":
            written.append(write_pdf(summary, path, language, part, cancelled, certificates))
        elif fmt == "csv":
            export.write_csv(store, year, path, part, cancelled)
            written.append(path)
        elif fmt == "json":
            export.write_json(store, summary, path, part, cancelled)
            written.append(path)
        elif fmt == "png":
            written += export.write_pngs(summary, path, language, part, cancelled)
        else:
            raise ValueError(f"unknown export format {fmt!r}")
    progress(100, 100)
    return written
