"""The printable yearly report, laid out with fpdf2: A4 pages with running headers and page
numbers, tables with rules and right-aligned numbers, charts as vectors (matplotlib SVG,
never pyplot), and the CJK font embedded as a subset so the text can be searched and copied.

Chosen by measurement on the busiest year of the 1,000,000-entry benchmark file (see the
README): fpdf2 lays out and subsets in well under the 1.5 s target; QTextDocument +
QPdfWriter would be as fast but would bring Qt into the reports layer; matplotlib's
positioned text had no tables, rules or page flow.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, cast

from greenlife import __version__
from greenlife.core.factors import APPLIANCE_SOURCE, FAMILY_SET, METER_UNITS
from greenlife.reports import charts
from greenlife.reports.atomic import Cancelled, Progress, atomic_path, never, no_progress
from greenlife.reports.series import Stacked
from greenlife.reports.style import CATEGORY_COLOURS, CATEGORY_ORDER, LIGHT, configure_fonts
from greenlife.reports.summary import Totals, YearSummary
from greenlife.reports.texts import big_number, date, name, number, source, text, unit

INK = (33, 33, 33)
MUTED = (97, 97, 97)
RULE = (158, 158, 158)
GREEN = (46, 125, 50)
FONT = "report"


def _quiet_fpdf() -> None:
    """fpdf2 warns on every SVG tag it skips (matplotlib's <metadata>, hatch <pattern>s)."""
    import logging

    logging.getLogger("fpdf").setLevel(logging.ERROR)


def font_file() -> str | None:
    """The file of the CJK font matplotlib found (it has Latin glyphs too), or None."""
    found = configure_fonts()
    if not found:
        return None
    from matplotlib import font_manager

    try:
        return str(font_manager.findfont(font_manager.FontProperties(family=found[0]),
                                         fallback_to_default=False))
    except ValueError:
        return None


class _Report:
    """An fpdf2 document with the report's conventions: one font, tables, headings."""

    def __init__(self, lang: str, title: str, cancelled: Callable[[], bool],
                 progress: Progress, steps: int) -> None:
        from fpdf import FPDF

        _quiet_fpdf()
        self.lang, self.title = lang, title
        self.cancelled, self.progress, self.steps, self.step = cancelled, progress, steps, 0
        report = self

        class Doc(FPDF):
            def header(self) -> None:
                if self.page_no() > 1:
                    self.set_font(FONT, size=8)
                    self.set_text_color(*MUTED)
                    self.cell(0, 6, report.title, align="R", new_x="LMARGIN", new_y="NEXT")
                    self.set_draw_color(*RULE)
                    self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
                    self.ln(3)

            def footer(self) -> None:
                self.set_y(-12)
                self.set_font(FONT, size=8)
                self.set_text_color(*MUTED)
                self.cell(0, 6, text(report.lang, "page", n=self.page_no(), total="{nb}"),
                          align="C")

        self.pdf = Doc(format="A4", unit="mm")
        self.pdf.set_title(title)
        self.pdf.set_creator(f"GreenLife {__version__}")
        self.pdf.set_lang("zh-CN" if lang == "zh" else "en")
        self.pdf.set_margins(18, 16, 18)
        self.pdf.set_auto_page_break(True, margin=18)
        path = font_file()
        if path:
            self.pdf.add_font(FONT, fname=path)
        else:  # no CJK font on this machine: Latin text only (the app says what to install)
            self.pdf.add_font(FONT, fname=_dejavu())
        self.pdf.set_font(FONT, size=10)

    # -- flow -----------------------------------------------------------------------
    def page(self) -> None:
        if self.cancelled():
            raise Cancelled
        self.pdf.add_page()
        self.step += 1
        self.progress(min(self.step, self.steps), self.steps)

    def h1(self, s: str, colour: tuple[int, int, int] = INK) -> None:
        self.pdf.set_font(FONT, size=18)
        self.pdf.set_text_color(*colour)
        self.pdf.multi_cell(0, 9, s, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(2)

    def h2(self, s: str) -> None:
        if self.pdf.will_page_break(22):
            self.pdf.add_page()
        self.pdf.ln(3)
        self.pdf.set_font(FONT, size=13)
        self.pdf.set_text_color(*GREEN)
        self.pdf.multi_cell(0, 7, s, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(1)

    def para(self, s: str, size: float = 10, colour: tuple[int, int, int] = INK) -> None:
        self.pdf.set_font(FONT, size=size)
        self.pdf.set_text_color(*colour)
        self.pdf.multi_cell(0, size * 0.5, s, align="L", new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(1)

    def table(self, head: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
              numeric: Sequence[bool], size: float = 9, total: Sequence[str] | None = None) -> None:
        """A ruled table: rules above and below the heading, a hairline between rows, numbers
        right-aligned, the heading repeated on a new page, an optional total row between
        rules. Cells are drawn with ``cell`` (one line) unless their text needs wrapping."""
        pdf = self.pdf
        scale = pdf.epw / sum(widths)
        ws = [w * scale for w in widths]
        line_h = size * 0.5
        pdf.set_font(FONT, size=size)
        pdf.set_draw_color(*RULE)

        def lines_of(row: Sequence[str]) -> int:
            """Lines the row needs: exact (a dry run) only for the cells that must wrap."""
            n = 1
            for c, w in zip(row, ws, strict=True):
                if pdf.get_string_width(c) > w - 2.4:
                    lines = pdf.multi_cell(w - 2.4, line_h, c, dry_run=True, output="LINES")
                    n = max(n, len(cast(list[str], lines)))
            return n

        def draw(row: Sequence[str], colour: tuple[int, int, int], rule: float = 0.1) -> None:
            n = lines_of(row)
            h = n * line_h + 1.6
            if pdf.will_page_break(h):
                pdf.add_page()
                if row is not head and any(head):
                    draw(head, MUTED, 0.3)
            x, y = pdf.l_margin, pdf.get_y()
            pdf.set_text_color(*colour)
            for cell, w, num in zip(row, ws, numeric, strict=True):
                pdf.set_xy(x + 1.2, y + 0.8)
                align = "R" if num else "L"
                if n == 1 or pdf.get_string_width(cell) <= w - 2.4:
                    pdf.cell(w - 2.4, line_h, cell, align=align)
                else:
                    pdf.multi_cell(w - 2.4, line_h, cell, align=align)
                x += w
            pdf.set_xy(pdf.l_margin, y + h)
            pdf.set_line_width(rule)
            pdf.line(pdf.l_margin, y + h, pdf.l_margin + pdf.epw, y + h)

        if any(head):
            pdf.set_line_width(0.3)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
            draw(head, MUTED, 0.3)
        for i, r in enumerate(rows):
            draw(r, INK, 0.3 if total is None and i == len(rows) - 1 else 0.1)
        if total is not None:
            draw(total, INK, 0.3)
        pdf.set_line_width(0.2)
        pdf.ln(2)

    def chart(self, months: Stacked, title: str, height_mm: float = 70) -> None:
        """A stacked month chart as vector paths (SVG), savings above zero, emissions below."""
        from matplotlib.figure import Figure
        from matplotlib.ticker import FuncFormatter

        lang = self.lang
        fig = Figure(figsize=(7.2, height_mm / 25.4))
        ax = fig.add_subplot()
        cats = {c: text(lang, c) for c in CATEGORY_ORDER}
        ct = charts.ChartText(title, text(lang, "axis"), cats, text(lang, "months").split(),
                              emitted=text(lang, "emitted_series", category="{category}"))
        charts.draw_stacked(fig, months, ct, LIGHT, legend=False, ax=ax)
        inner = ax.get_legend()
        if inner is not None:  # one legend, below the plot, never over a bar
            inner.remove()
        for label in list(ax.texts):  # the exact figures are in the table under the chart
            label.remove()
        for patch in ax.patches:  # PDF viewers differ on hatch patterns: lighter fill instead
            if patch.get_hatch():
                patch.set_hatch("")
                patch.set_alpha(0.45)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: big_number(lang, v)))
        handles = [_swatch(CATEGORY_COLOURS[c]) for c in CATEGORY_ORDER]
        fig.legend(handles, [cats[c] for c in CATEGORY_ORDER], loc="lower center", ncols=4,
                   fontsize=7, frameon=False)
        fig.subplots_adjust(bottom=0.22, top=0.88)
        buf = io.BytesIO()
        fig.savefig(buf, format="svg")
        buf.seek(0)
        if self.pdf.will_page_break(height_mm + 4):
            self.pdf.add_page()
        self.pdf.image(buf, x=self.pdf.l_margin, w=self.pdf.epw, h=height_mm)
        self.pdf.ln(2)

    def output(self, target: Path) -> None:
        self.pdf.output(str(target))


def _swatch(colour: str) -> Any:
    from matplotlib.patches import Patch

    return Patch(facecolor=colour)


def _dejavu() -> str:
    from matplotlib import font_manager

    return str(font_manager.findfont("DejaVu Sans"))


def _totals_rows(t: Totals, lang: str) -> list[list[str]]:
    return [
        [text(lang, "points"), number(t.points)],
        [text(lang, "avoided"), text(lang, "kg", value=number(t.avoided_g / 1000, 2))],
        [text(lang, "emitted"), text(lang, "kg", value=number(t.emitted_g / 1000, 2))],
        [text(lang, "redeemed"), number(t.debits)],
        [text(lang, "net"), f"{t.balance:+,}"],
        [text(lang, "balance"), number(t.available_end)],
        [text(lang, "entries"), number(t.entries)],
    ]


def _month_rows(months: Stacked, lang: str) -> tuple[list[list[str]], list[str]]:
    labels = text(lang, "months").split()
    rows = []
    sums = [0] * (len(CATEGORY_ORDER) + 1)
    for i, label in enumerate(labels):
        per_cat = [months.values[c][i] + months.emissions[c][i] for c in CATEGORY_ORDER]
        rows.append([label, *(f"{v:+,}" if v else "0" for v in per_cat), number(sum(per_cat))])
        for k, v in enumerate([*per_cat, sum(per_cat)]):
            sums[k] += v
    return rows, [text(lang, "total"), *(f"{v:+,}" if v else "0" for v in sums[:-1]), number(sums[-1])]


def _tier(lang: str, tier: str) -> str:
    return text(lang, tier) if tier else ""


def write_pdf(summary: YearSummary, target: Path | str, lang: str = "en",
              progress: Progress = no_progress, cancelled: Callable[[], bool] = never,
              certificates: bool = False) -> Path:
    """Write the report atomically; raises Cancelled (and leaves nothing) if cancelled."""
    target = Path(target)
    title = text(lang, "title", year=summary.year)
    steps = 3 + len(summary.members) * (2 if certificates else 1)
    r = _Report(lang, title, cancelled, progress, steps)
    pdf = r.pdf
    who_all = summary.household_name or text(lang, "household")

    # -- cover: the household, the year, the headline --------------------------------------
    r.page()
    pdf.ln(10)
    r.h1(title, GREEN)
    r.para(who_all, 14)
    r.para(text(lang, "generated", date=date(lang, summary.made_on), version=__version__), 8, MUTED)
    pdf.ln(6)
    pdf.set_font(FONT, size=30)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 14, text(lang, "headline", points=number(summary.totals.points)),
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    r.table(["", ""], _totals_rows(summary.totals, lang), (70, 30), (False, True), size=10)
    r.h2(text(lang, "equivalences"))
    digits = {"trees": 1, "km": 0, "kwh": 0}
    r.table(["", "", ""], [
        [text(lang, e.key, value=number(e.value, digits[e.key])), "",
         text(lang, f"{e.key}_basis", per=f"{e.per_unit_g:,g}", source=source(lang, e.source))]
        for e in summary.equivalence_list], (45, 2, 100), (False, False, False), size=9)
    r.h2(text(lang, "goals"))
    met, weeks = summary.weeks_met
    r.para(text(lang, "goals_met", met=met, weeks=weeks))

    # -- the year month by month, best weeks, badges, rewards --------------------------------
    r.page()
    r.h2(text(lang, "by_month", year=summary.year))
    r.chart(summary.months, "")
    rows, total = _month_rows(summary.months, lang)
    head = [text(lang, "month"), *(text(lang, c) for c in CATEGORY_ORDER), text(lang, "total")]
    n = len(CATEGORY_ORDER)
    r.table(head, rows, (20, *[25] * n, 25), (False, *[True] * (n + 1)), size=8 if n > 4 else 8.5,
            total=total)
    r.h2(text(lang, "best_weeks"))
    r.para(text(lang, "iso_weeks"), 8, MUTED)
    r.table([text(lang, "week"), text(lang, "points")],
            [[text(lang, "week_of", week=w.isocalendar()[1], date=date(lang, w)), number(p)]
             for w, p in summary.best_weeks] or [[text(lang, "none"), ""]], (90, 30), (False, True))
    r.h2(text(lang, "badges", year=summary.year))
    r.table([text(lang, "date"), text(lang, "who"), text(lang, "badge")],
            [[date(lang, d), w or text(lang, "household"),
              f"{n.get(lang) or n.get('en', '')} {_tier(lang, t)}".strip()]
             for w, n, t, d in summary.badges] or [[text(lang, "none"), "", ""]], (35, 35, 80),
            (False, False, False))
    r.h2(text(lang, "rewards"))
    r.table([text(lang, "date"), text(lang, "who"), text(lang, "reward"), text(lang, "spent")],
            [[date(lang, d), w or text(lang, "household"), reward, f"-{p:,}"]
             for d, w, reward, p in summary.redemptions] or [[text(lang, "none"), "", "", ""]],
            (35, 35, 60, 25), (False, False, False, True))

    # -- a page per member ----------------------------------------------------------------
    for m in summary.members:
        r.page()
        r.h1(text(lang, "member_page", name=m.name))
        r.table(["", ""], _totals_rows(m.totals, lang), (70, 30), (False, True), size=10)
        best = sorted(((c, p) for c, p in m.totals.by_category.items() if p > 0), key=lambda kv: -kv[1])
        r.h2(text(lang, "best_categories"))
        r.table([text(lang, "category"), text(lang, "points")],
                [[text(lang, c), f"{p:+,}"] for c, p in best] or [[text(lang, "none"), ""]],
                (60, 30), (False, True))
        rows, total = _month_rows(m.months, lang)
        r.h2(text(lang, "by_month", year=summary.year))
        r.table(head, rows, (20, *[25] * n, 25), (False, *[True] * (n + 1)), size=7.5,
                total=total)
        r.h2(text(lang, "badges", year=summary.year))
        r.table([text(lang, "date"), text(lang, "badge")],
                [[date(lang, d), f"{n.get(lang) or n.get('en', '')} {_tier(lang, t)}".strip()]
                 for n, t, d in m.badges] or [[text(lang, "none"), ""]], (35, 100), (False, False))
        r.h2(text(lang, "rewards"))
        r.table([text(lang, "date"), text(lang, "reward"), text(lang, "spent")],
                [[date(lang, d), reward, f"-{p:,}"] for d, reward, p in m.rewards]
                or [[text(lang, "none"), "", ""]], (35, 70, 25), (False, False, True))

    # -- the appendix: every factor and appliance, so each figure can be recomputed ------------
    r.page()
    r.h1(text(lang, "appendix"))
    r.para(text(lang, "appendix_intro"), 9, MUTED)
    r.h2(text(lang, "factors_used", year=summary.year))
    rows = []
    for f in summary.factors:
        if f.kind == "baseline":
            continue
        set_name = name(lang, f.set_id) if f.set_id in ("shanghai", "wuhan") else (
            text(lang, "own_actions") if f.set_id == FAMILY_SET else f.set_id or text(lang, "own_set"))
        rows.append([f.label or name(lang, f.key), f"{f.value:g}", unit(lang, f.unit), text(lang, f.kind)
                     if f.kind in ("reduction", "emission") else f.kind, set_name,
                     source(lang, f.source), str(f.year or ""),
                     text(lang, "yes") if f.assumption else text(lang, "no"), number(f.entries)])
    r.table([text(lang, k) for k in ("factor", "value", "unit", "kind", "set", "source", "year",
                                     "assumption_col", "lines")],
            rows or [[text(lang, "none"), *[""] * 8]], (24, 12, 19, 13, 13, 44, 11, 12, 13),
            (False, True, False, False, False, False, True, False, True), size=7)
    if summary.meter_baselines:
        r.para(text(lang, "meters_basis"), 8, MUTED)
        for meter, base in summary.meter_baselines.items():
            r.para(text(lang, "meter_no_baseline", meter=text(lang, meter)) if base is None else
                   text(lang, "meter_baseline", meter=text(lang, meter), value=f"{base:g}",
                        unit=unit(lang, METER_UNITS[meter])), 8, MUTED)
    if summary.appliances:
        r.h2(text(lang, "appliances_counted", year=summary.year))
        r.table([text(lang, k) for k in ("appliance_col", "who", "grade", "label_kwh", "baseline_kwh",
                                         "value", "days", "points")],
                [[name(lang, a.type), a.member, str(a.grade), f"{a.kwh_year:g}",
                  f"{a.baseline_kwh_year:g}", f"{a.grid_value:g} {unit(lang, a.grid_unit)}",
                  number(a.days), number(a.points)] for a in summary.appliances],
                (24, 20, 14, 22, 22, 32, 12, 18), (False, False, True, True, True, False, True, True),
                size=7)
        r.para(source(lang, APPLIANCE_SOURCE), 7.5, MUTED)

    # -- optional certificates for the fridge door ----------------------------------------------
    if certificates:
        trees = {m.id: max(0.0, m.totals.avoided_g - m.totals.emitted_g) / 17_900 for m in summary.members}
        for m in summary.members:
            r.page()
            pdf.ln(40)
            r.h1(text(lang, "certificate", year=summary.year), GREEN)
            pdf.ln(6)
            size = 26 if len(m.name) <= 12 else 16
            pdf.set_font(FONT, size=size)
            pdf.set_text_color(*INK)
            pdf.multi_cell(0, size * 0.55, m.name, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
            r.para(text(lang, "certificate_text", name=m.name, year=summary.year,
                        kg=number(max(0.0, m.totals.avoided_g - m.totals.emitted_g) / 1000, 1),
                        trees=number(trees[m.id], 1)), 13)
            r.para(text(lang, "certificate_points", points=number(m.totals.points)), 13, GREEN)

    with atomic_path(target) as tmp:
        if cancelled():
            raise Cancelled
        r.output(tmp)
    progress(steps, steps)
    return target
