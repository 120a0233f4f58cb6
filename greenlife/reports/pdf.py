"""The printable yearly report: A4 pages drawn with matplotlib (never pyplot), CJK glyphs
embedded as TrueType (pdf.fonttype 42) so the text layer can be searched and copied."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from greenlife import __version__
from greenlife.reports import charts
from greenlife.reports.atomic import Cancelled, Progress, atomic_path, never, no_progress
from greenlife.reports.style import CATEGORY_ORDER, LIGHT, configure_fonts
from greenlife.reports.summary import Totals, YearSummary
from greenlife.reports.texts import text

A4 = (8.27, 11.69)
LEFT, RIGHT, TOP, BOTTOM = 0.08, 0.92, 0.95, 0.06


def _tier(lang: str, tier: str) -> str:
    return text(lang, tier) if tier else ""


def _num(v: float, decimals: int = 0) -> str:
    return f"{v:,.{decimals}f}"


def _width(s: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def _wrap(s: str, width: int) -> list[str]:
    if _width(s) <= width:
        return [s]
    if any(ord(c) > 0x2E80 for c in s):  # CJK: cut by display width
        out, line = [], ""
        for c in s:
            if _width(line + c) > width:
                out.append(line)
                line = ""
            line += c
        return [*out, line] if line else out
    return textwrap.wrap(s, width) or [s]


class _Writer:
    """Lays out lines top-down on A4 figures, starting a new page when one is full."""

    def __init__(self, pdf: PdfPages, lang: str, cancelled, progress: Progress, total: int) -> None:
        self.pdf, self.lang = pdf, lang
        self.cancelled, self.progress, self.total = cancelled, progress, total
        self.fig: Figure | None = None
        self.y = TOP
        self.pages = 0

    def page(self) -> None:
        self.flush()
        if self.cancelled():
            raise Cancelled
        self.fig = Figure(figsize=A4)
        self.pages += 1
        self.fig.text(0.5, 0.025, text(self.lang, "page", n=self.pages), ha="center", fontsize=7,
                      color="#757575")
        self.y = TOP

    def flush(self) -> None:
        if self.fig is not None:
            self.pdf.savefig(self.fig)
            self.fig = None
            self.progress(min(self.pages, self.total), self.total)

    def _need(self, h: float) -> None:
        if self.fig is None or self.y - h < BOTTOM:
            self.page()

    def line(self, s: str, size: float = 10, x: float = LEFT, weight: str = "normal",
             colour: str = "#212121") -> None:
        h = size * 1.55 / (A4[1] * 72)
        self._need(h)
        self.fig.text(x, self.y, s, fontsize=size, va="top", weight=weight, color=colour)  # type: ignore[union-attr]
        self.y -= h

    def cells(self, cols: list[tuple[float, str]], size: float = 8.5) -> None:
        h = size * 1.5 / (A4[1] * 72)
        self._need(h)
        for x, s in cols:
            self.fig.text(x, self.y, s, fontsize=size, va="top")  # type: ignore[union-attr]
        self.y -= h

    def space(self, h: float = 0.012) -> None:
        self.y -= h

    def chart(self, draw, height: float = 0.24) -> None:
        self._need(height + 0.03)
        ax = self.fig.add_axes([LEFT + 0.06, self.y - height, RIGHT - LEFT - 0.06, height - 0.02])  # type: ignore[union-attr]
        draw(self.fig, ax)
        self.y -= height + 0.045


def _totals_block(w: _Writer, t: Totals, lang: str) -> None:
    rows = [
        ("points", _num(t.points)),
        ("avoided", text(lang, "kg", value=_num(t.avoided_g / 1000, 2))),
        ("emitted", text(lang, "kg", value=_num(t.emitted_g / 1000, 2))),
        ("redeemed", _num(t.debits)),
        ("balance", _num(t.balance)),
        ("entries", _num(t.entries)),
    ]
    for key, value in rows:
        w.cells([(LEFT + 0.02, text(lang, key)), (LEFT + 0.45, value)], size=10)
    w.space()
    w.line(text(lang, "by_category"), 11, weight="bold")
    for cat in CATEGORY_ORDER:
        w.cells([(LEFT + 0.02, text(lang, cat)), (LEFT + 0.45, f"{t.by_category.get(cat, 0):+,}")])


def _months_chart(w: _Writer, months, title: str, lang: str) -> None:
    labels = text(lang, "months").split()
    cats = {c: text(lang, c) for c in CATEGORY_ORDER}
    ct = charts.ChartText(title, text(lang, "axis"), cats, labels,
                          emitted=text(lang, "emitted_series", category="{category}"))
    w.chart(lambda fig, ax: charts.draw_stacked(fig, months, ct, LIGHT, ax=ax))


def write_pdf(summary: YearSummary, target: Path | str, lang: str = "en",
              progress: Progress = no_progress, cancelled: Callable[[], bool] = never) -> Path:
    """Write the report atomically; raises Cancelled (and leaves nothing) if cancelled."""
    configure_fonts()
    target = Path(target)
    total = 2 + len(summary.members)
    with atomic_path(target) as tmp, PdfPages(tmp, metadata={
            "Title": text(lang, "title", year=summary.year), "Creator": f"GreenLife {__version__}"}) as pdf:
        w = _Writer(pdf, lang, cancelled, progress, total)
        w.page()
        w.line(text(lang, "title", year=summary.year), 18, weight="bold")
        w.line(f"{summary.household_name or text(lang, 'household')}", 12)
        w.line(text(lang, "generated", date=summary.made_on.isoformat(), version=__version__), 8,
               colour="#616161")
        w.space()
        w.line(text(lang, "totals"), 13, weight="bold")
        _totals_block(w, summary.totals, lang)
        w.space()
        w.line(text(lang, "equivalences"), 13, weight="bold")
        digits = {"trees": 1, "km": 0, "kwh": 0}
        for e in summary.equivalence_list:
            w.line(text(lang, e.key, value=_num(e.value, digits[e.key])), 10, x=LEFT + 0.02)
            w.line(text(lang, f"{e.key}_basis", per=_num(e.per_unit_g, 1), source=e.source), 7.5,
                   x=LEFT + 0.04, colour="#616161")
        w.space()
        _months_chart(w, summary.months, text(lang, "by_month", year=summary.year), lang)
        w.line(text(lang, "best_weeks"), 13, weight="bold")
        w.line(text(lang, "iso_weeks"), 7.5, x=LEFT + 0.02, colour="#616161")
        for start, pts in summary.best_weeks:
            w.cells([(LEFT + 0.02, text(lang, "week_of", date=start.isoformat())), (LEFT + 0.45, _num(pts))])
        w.space()
        w.line(text(lang, "badges", year=summary.year), 13, weight="bold")
        for who, name, tier, day in summary.badges or [("", {}, "", None)]:
            if day is None:
                w.line(text(lang, "none"), 9, x=LEFT + 0.02)
                break
            label = name.get(lang) or name.get("en", "")
            w.cells([(LEFT + 0.02, day.isoformat()), (LEFT + 0.16, who or text(lang, "household")),
                     (LEFT + 0.34, f"{label} {_tier(lang, tier)}".strip())])
        w.space()
        w.line(text(lang, "rewards"), 13, weight="bold")
        for day, who, reward, pts in summary.redemptions:
            w.cells([(LEFT + 0.02, day.isoformat()), (LEFT + 0.16, who or text(lang, "household")),
                     (LEFT + 0.34, reward), (LEFT + 0.7, f"-{pts:,}")])
        if not summary.redemptions:
            w.line(text(lang, "none"), 9, x=LEFT + 0.02)
        for m in summary.members:
            w.page()
            w.line(text(lang, "member_page", name=m.name), 16, weight="bold", colour=m.colour)
            w.space()
            _totals_block(w, m.totals, lang)
            w.space()
            _months_chart(w, m.months, text(lang, "by_month", year=summary.year), lang)
            w.line(text(lang, "badges", year=summary.year), 12, weight="bold")
            for name, tier, day in m.badges:
                w.cells([(LEFT + 0.02, day.isoformat()),
                         (LEFT + 0.16, f"{name.get(lang) or name.get('en', '')} {_tier(lang, tier)}".strip())])
            if not m.badges:
                w.line(text(lang, "none"), 9, x=LEFT + 0.02)
        w.page()
        w.line(text(lang, "appendix", year=summary.year), 14, weight="bold")
        w.line(text(lang, "factor_head"), 8, colour="#616161")
        for f in summary.factors:
            kind = text(lang, f.kind) if f.kind in ("reduction", "emission", "baseline") else f.kind
            if f.assumption:
                kind += " · " + text(lang, "assumption")
            w.cells([(LEFT, f.key), (LEFT + 0.27, f"{f.value:g}"), (LEFT + 0.36, f.unit),
                     (LEFT + 0.5, kind), (LEFT + 0.78, str(f.year or ""))], size=8)
            for part in _wrap(f.source, 100):
                w.line(part, 7, x=LEFT + 0.02, colour="#424242")
        w.flush()
    return target
