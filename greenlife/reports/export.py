"""Spreadsheet (CSV) and JSON exports of a year's entries, and the year's charts as PNG.

The CSV is UTF-8 with a byte-order mark so spreadsheet programs read Chinese
correctly, and every cell a person typed is defused against formula injection
(OWASP): text that begins with = + - @ tab or carriage return gets a leading
apostrophe, so it is shown as text and never run. Numbers stay numbers.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from greenlife.core.csvformat import COLUMNS, NUMERIC, defuse, number, undefuse, write_details
from greenlife.core.factors import FAMILY_SET
from greenlife.core.own_actions import own_unit
from greenlife.reports.atomic import Cancelled, Progress, atomic_path, atomic_text, never, no_progress
from greenlife.reports.summary import YearSummary

if TYPE_CHECKING:
    from greenlife.store import Store

def year_rows(store: Store, year: int) -> Iterator[dict[str, Any]]:
    """A row per ledger line of the year: actions, each appliance day, rewards redeemed.
    Their points add up to the book's balance for the year. The line of a family's own
    action carries the action in ``details``, so another book can create it as it is."""
    own = {f.key: (f, archived) for f, archived in store.factor_book.own_actions()}
    for row in store.book.export_rows(dt.date(year, 1, 1), dt.date(year, 12, 31)):
        out = dict(zip(COLUMNS, (*row, ""), strict=True))
        if out["factor_set"] == FAMILY_SET and out["factor_key"] in own:
            out["details"] = write_details(own_details(*own[out["factor_key"]]))
        yield out


def reading_rows(store: Store, year: int) -> Iterator[dict[str, Any]]:
    """A row of kind ``reading`` per meter reading the year's meter months are worked out from
    (December two years before to December of the year: a month's use needs the index of the
    month before, and the same month of last year's use is compared with), dated the month's
    last day, the household's (member empty), points empty: a reading is not a line. Its
    details say how it was entered and the meter's baseline, if any."""
    from greenlife.core.factors import METER_UNITS
    from greenlife.core.meters import month_end

    first, last = dt.date(year - 2, 12, 1), dt.date(year, 12, 1)
    baselines = {m: store.meters.baseline(m) for m in METER_UNITS}
    for r in store.meters.readings():
        if not first <= r.month <= last:
            continue
        reading: dict[str, Any] = {
            "how": r.how, "new_meter_start": None if r.new_meter_start is None else number(r.new_meter_start),
            "old_meter_end": None if r.old_meter_end is None else number(r.old_meter_end)}
        if baselines[r.meter] is not None:
            reading["baseline"] = number(baselines[r.meter])  # type: ignore[arg-type]
        row: dict[str, Any] = dict.fromkeys(COLUMNS)
        row.update(date=month_end(r.month).isoformat(), member="", kind="reading", category="energy",
                   item=r.meter, quantity=r.value, unit=METER_UNITS[r.meter], note=r.note,
                   details=write_details({"reading": reading}))
        yield row


def own_details(f: Any, archived: bool) -> dict[str, Any]:
    """A family's own action as the details cell carries it."""
    action = {"name": f.label, "unit": own_unit(f), "grams": number(f.value), "source": f.source,
              "category": f.category.value, "assumption": bool(f.assumption)}
    return {"action": action, **({"archived": True} if archived else {})}


def _count(store: Store, year: int) -> int:
    return store.book.count_lines(None, dt.date(year, 1, 1), dt.date(year, 12, 31))


def write_csv(store: Store, year: int, target: Path | str, progress: Progress = no_progress,
              cancelled: Callable[[], bool] = never) -> int:
    total = _count(store, year)
    n = 0
    with atomic_text(target, encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(COLUMNS)
        for row in year_rows(store, year):
            w.writerow([v if k in NUMERIC or v is None else defuse(str(v)) for k, v in row.items()])
            n += 1
            if n % 5000 == 0:
                if cancelled():
                    raise Cancelled
                progress(n, total)
        for row in reading_rows(store, year):  # not lines: not counted
            w.writerow([v if k in NUMERIC or v is None else defuse(str(v)) for k, v in row.items()])
    progress(n, max(total, n))
    return n


def summary_json(summary: YearSummary) -> dict[str, Any]:
    t = summary.totals
    return {
        "year": summary.year, "household": summary.household_name,
        "totals": {"points": t.points, "grams_avoided": round(t.avoided_g, 3),
                   "grams_emitted": round(t.emitted_g, 3), "points_redeemed": t.debits,
                   "balance": t.balance, "available_at_year_end": t.available_end,
                   "entries": t.entries, "by_category": t.by_category},
        "equivalences": {k: round(v, 3) for k, v in summary.equivalences().items()},
        "members": [{"name": m.name, "points": m.totals.points, "balance": m.totals.balance,
                     "available_at_year_end": m.totals.available_end,
                     "by_category": m.totals.by_category} for m in summary.members],
        "best_weeks": [{"week_of": d.isoformat(), "points": p} for d, p in summary.best_weeks],
        "badges": [{"who": who or None, "badge": name.get("en"), "tier": tier, "earned_on": d.isoformat()}
                   for who, name, tier, d in summary.badges],
        "rewards": [{"date": d.isoformat(), "who": who or None, "reward": r, "points": p}
                    for d, who, r, p in summary.redemptions],
        "factors": [f.__dict__ for f in summary.factors],
    }


def write_json(store: Store, summary: YearSummary, target: Path | str, progress: Progress = no_progress,
               cancelled: Callable[[], bool] = never) -> int:
    total = _count(store, summary.year)
    entries = []
    for n, row in enumerate(year_rows(store, summary.year), 1):
        entries.append(row)
        if n % 5000 == 0:
            if cancelled():
                raise Cancelled
            progress(n, total)
    data = {**summary_json(summary), "entries": entries,
            "meter_readings": list(reading_rows(store, summary.year))}
    with atomic_text(target) as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    progress(len(entries), max(total, len(entries)))
    return len(entries)


def write_pngs(summary: YearSummary, folder: Path | str, lang: str = "en", progress: Progress = no_progress,
               cancelled: Callable[[], bool] = never) -> list[Path]:
    """The year's charts: the household by month, each member by month, members side by side."""
    from matplotlib.figure import Figure

    from greenlife.reports import charts
    from greenlife.reports.series import MemberBar
    from greenlife.reports.style import CATEGORY_ORDER, configure_fonts
    from greenlife.reports.texts import text

    configure_fonts()
    folder = Path(folder)
    months = text(lang, "months").split()
    cats = {c: text(lang, c) for c in CATEGORY_ORDER}
    emitted = text(lang, "emitted_series", category="{category}")
    jobs: list[tuple[str, Any]] = [("household", (text(lang, "household"), summary.months))]
    jobs += [(f"member-{m.id}", (m.name, m.months)) for m in summary.members]
    out = []
    for n, (name, (who, data)) in enumerate(jobs, 1):
        if cancelled():
            raise Cancelled
        fig = Figure(figsize=(8, 4.5), dpi=120)
        charts.draw_stacked(fig, data, charts.ChartText(
            f"{who} · {text(lang, 'by_month', year=summary.year)}", text(lang, "axis"), cats, months,
            emitted=emitted, lang=lang))
        out.append(_save_png(fig, folder / f"{summary.year}-{name}.png"))
        progress(n, len(jobs) + 1)
    fig = Figure(figsize=(8, 4.5), dpi=120)
    charts.draw_members(fig, [MemberBar(m.name, m.colour, m.totals.points) for m in summary.members],
                        charts.ChartText(f"{summary.year} · {text(lang, 'points')}", text(lang, "axis"), lang=lang))
    out.append(_save_png(fig, folder / f"{summary.year}-members.png"))
    progress(len(jobs) + 1, len(jobs) + 1)
    return out


def _save_png(fig: Any, target: Path) -> Path:
    with atomic_path(target) as tmp:
        fig.savefig(tmp, format="png")
    return target


__all__ = ["COLUMNS", "NUMERIC", "defuse", "undefuse", "write_csv", "write_json", "write_pngs"]
