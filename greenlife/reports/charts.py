"""Chart figures drawn on a matplotlib Figure (never pyplot), shared by app and exports.

Text comes in already translated (``ChartText``) so this module stays Qt-free.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast

from matplotlib.axes import Axes
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.legend import Legend

from greenlife.reports.series import MemberBar, Stacked, WeekPoint
from greenlife.reports.style import CATEGORY_COLOURS, LIGHT, Theme


@dataclass(frozen=True)
class ChartText:
    title: str
    ylabel: str = "points (1 point = 1 g CO2)"
    categories: dict[str, str] = field(default_factory=dict)  # key -> translated name
    slot_labels: Sequence[str] = ()
    goal: str = "goal"
    emitted: str = "{category} (emitted)"
    lang: str = "en"  # numbers on the chart: 18万 in Chinese, 180k in English


def _prepare(fig: Figure, theme: Theme, ax: Axes | None = None) -> Axes:
    if ax is not None:  # draw into a given axes (report pages): leave the figure alone
        return _style(fig, ax, theme, own_figure=False)
    fig.clear()
    fig._greenlife_key = None  # type: ignore[attr-defined]
    fig.set_facecolor(theme.background)
    ax = fig.add_subplot(111)
    return _style(fig, ax, theme, own_figure=True)


def _style(fig: Figure, ax: Axes, theme: Theme, own_figure: bool) -> Axes:
    ax.set_facecolor(theme.background)
    for spine in ax.spines.values():
        spine.set_color(theme.grid)
    ax.tick_params(colors=theme.foreground, labelsize=8)
    ax.yaxis.label.set_color(theme.foreground)
    ax.title.set_color(theme.foreground)
    ax.grid(axis="y", color=theme.grid, linewidth=0.6)
    ax.set_axisbelow(True)
    ax.axhline(0, color=theme.foreground, linewidth=0.8)
    if own_figure:
        fig.subplots_adjust(left=0.15, right=0.97, top=0.88, bottom=0.3)
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: _fmt(v, "en", _largest(ax))))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=4))  # fewer labels: text is most of the drawing
    return ax


def _fmt(v: float, lang: str = "en", largest: float | None = None) -> str:
    """Compact labels: 12,116 or 185k; 18.5万 in Chinese (a 万 is 10,000). ``largest``: the
    axis's largest value, so that one axis counts in one unit (8万 beside 16万, not 80,000)."""
    if abs(v if largest is None else largest) >= 100_000 and v != 0:
        if lang == "zh":
            return f"{v / 10_000:,.1f}".rstrip("0").rstrip(".") + "万"
        return f"{v / 1000:,.0f}k"
    return f"{v:,.0f}"


def _largest(ax: Axes) -> float:
    return max(abs(x) for x in ax.get_ylim())


def legend_entries(fig: Figure) -> list[tuple[str, str, str]]:
    """(colour, label, style) of what a figure draws — style is "bar", "hatched" or
    "line" — for a legend drawn outside the figure."""
    from matplotlib.colors import to_hex
    from matplotlib.lines import Line2D

    out = []
    for handle, name in zip(*fig.axes[0].get_legend_handles_labels(), strict=True):
        if isinstance(handle, Line2D):
            out.append((to_hex(handle.get_color()), name, "line"))
            continue
        patch = cast(BarContainer, handle).patches[0]
        out.append((to_hex(patch.get_facecolor()), name, "hatched" if patch.get_hatch() else "bar"))
    return out


def _legend(fig: Figure, ax: Axes, theme: Theme) -> None:
    handles, names = ax.get_legend_handles_labels()
    if handles:
        legend = fig.legend(handles, names, loc="lower center", ncols=4, fontsize=7, frameon=False)
        for t in legend.get_texts():
            t.set_color(theme.foreground)
        _show_keys(legend)


def _show_keys(legend: Legend) -> None:
    """A legend's key copies its series' first bar, hidden when that bar is empty: shown."""
    for handle in legend.legend_handles:
        if handle is not None:
            handle.set_visible(True)


def draw_stacked(fig: Figure, data: Stacked, text: ChartText, theme: Theme = LIGHT,
                 legend: bool = True, ax: Axes | None = None) -> None:
    """Bars stacked by category: points earned upward, emissions (hatched) downward.

    ``legend=False`` leaves title, axis caption and legend to the caller (the app draws
    them as Qt labels, which redraw faster). A figure of the same shape is updated in place.
    """
    emitting = tuple(c for c, v in data.emissions.items() if any(v))
    key = ("stacked", len(data.slots), tuple(data.values), emitting, legend, theme)
    if ax is None and getattr(fig, "_greenlife_key", None) == key:
        _update_stacked(fig.axes[0], data, emitting, text, theme)
        return
    own = ax is None
    ax = _prepare(fig, theme, ax)
    if own:
        fig._greenlife_key = key  # type: ignore[attr-defined]
    x = list(range(len(data.slots)))
    pos = [0] * len(x)
    neg = [0] * len(x)
    for cat, values in data.values.items():
        bars = ax.bar(x, values, bottom=list(pos), color=CATEGORY_COLOURS[cat], width=0.7,
                      label=text.categories.get(cat, cat), gid=cat)
        _hide_empty(bars, values)
        pos = [p + v for p, v in zip(pos, values, strict=True)]
    for cat, values in data.emissions.items():
        if not any(values):
            continue
        bars = ax.bar(x, values, bottom=list(neg), color=CATEGORY_COLOURS[cat], width=0.7,
                      hatch="///", edgecolor=theme.background,
                      label=text.emitted.format(category=text.categories.get(cat, cat)),
                      gid=f"{cat}-emitted")
        _hide_empty(bars, values)
        neg = [n + v for n, v in zip(neg, values, strict=True)]
    _annotate_totals(ax, data, pos, neg, theme, text.lang)
    ax.set_xticks(x, list(text.slot_labels) or [s.isoformat() for s in data.slots])
    if own:
        _furniture(fig, ax, text, theme, legend)
    else:
        ax.set_title(text.title, fontsize=10)
        ax.set_ylabel(text.ylabel, fontsize=8)
        _show_keys(ax.legend(fontsize=6, ncols=3, loc="upper left", frameon=False))
    _rescale(ax, min([*neg, 0]), max([*pos, 0]))


def _hide_empty(bars: BarContainer, values: Sequence[float]) -> None:
    """An empty segment of a stack is not drawn (a week has 7 days of 8 categories, most of
    them empty): each costs a draw and shows nothing. Its height stays 0 for the summaries."""
    for patch, v in zip(bars.patches, values, strict=True):
        patch.set_visible(v != 0)


def _labels_at(ax: Axes, points: list[tuple[float, float, str, bool]], fontsize: float,
               colour: str) -> None:
    """Numbers at bar ends, 2 points beyond them (above, or below for a bar under zero): plain
    texts on an offset transform. Annotations drew the same in 1 ms each, a fifth of a
    week's redraw."""
    from matplotlib.transforms import offset_copy

    for t in list(ax.texts):
        t.remove()
    fig = cast(Figure, ax.get_figure(root=True))
    up = offset_copy(ax.transData, fig=fig, y=2, units="points")
    down = offset_copy(ax.transData, fig=fig, y=-2, units="points")
    for x, y, label, above in points:
        ax.text(x, y, label, ha="center", va="bottom" if above else "top", fontsize=fontsize,
                color=colour, transform=up if above else down)


def _annotate_totals(ax: Axes, data: Stacked, pos: list[int], neg: list[int], theme: Theme,
                     lang: str = "en") -> None:
    _labels_at(ax, [(i, pos[i], _fmt(total, lang), True) for i, total in enumerate(data.totals())
                    if pos[i] or neg[i]], 6, theme.foreground)


def _bar_labels(ax: Axes, bars: list[MemberBar], theme: Theme, lang: str) -> None:
    _labels_at(ax, [(i, b.points, _fmt(b.points, lang), b.points >= 0)
                    for i, b in enumerate(bars)], 7, theme.foreground)


def _update_stacked(ax: Axes, data: Stacked, emitting: tuple[str, ...], text: ChartText,
                    theme: Theme) -> None:
    bars = [cast(BarContainer, c) for c in ax.containers]
    containers = {c.patches[0].get_gid(): c for c in bars if c.patches}
    pos = [0] * len(data.slots)
    neg = [0] * len(data.slots)
    for cat, values in data.values.items():
        for i, (patch, v) in enumerate(zip(containers[cat].patches, values, strict=True)):
            patch.set_y(pos[i])
            patch.set_height(v)
            pos[i] += v
        _hide_empty(containers[cat], values)
    for cat in emitting:
        for i, (patch, v) in enumerate(zip(containers[f"{cat}-emitted"].patches,
                                           data.emissions[cat], strict=True)):
            patch.set_y(neg[i])
            patch.set_height(v)
            neg[i] += v
        _hide_empty(containers[f"{cat}-emitted"], data.emissions[cat])
    _annotate_totals(ax, data, pos, neg, theme, text.lang)
    if text.slot_labels:
        ax.set_xticks(range(len(data.slots)), list(text.slot_labels))
    _rescale(ax, min([*neg, 0]), max([*pos, 0]))


def _rescale(ax: Axes, low: float, high: float) -> None:
    span = (high - low) or 1
    ax.set_ylim(low - (0.15 * span if low < 0 else 0), high + 0.15 * span)
    _no_caption_no_measure(ax)


def _no_caption_no_measure(ax: Axes) -> None:
    """In the app the axis captions are Qt labels: with no caption in the figure, matplotlib
    need not measure every tick label a second time to place it (a sixth of a redraw). A
    caption is set before this (exports) and then placed as usual."""
    for axis, where in ((ax.xaxis, (0.5, -0.1)), (ax.yaxis, (-0.1, 0.5))):
        if not axis.label.get_text():
            axis.set_label_coords(*where)


def _furniture(fig: Figure, ax: Axes, text: ChartText, theme: Theme, legend: bool) -> None:
    """Title, axis caption and legend: in the figure for exports, in Qt labels in the app."""
    if text.lang != "en":
        from matplotlib.ticker import FuncFormatter

        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: _fmt(v, text.lang, _largest(ax))))
    if legend:
        ax.set_title(text.title, fontsize=10)
        ax.set_ylabel(text.ylabel, fontsize=8)
        _legend(fig, ax, theme)
    else:
        fig.subplots_adjust(left=0.13, top=0.96, bottom=0.17)


def draw_members(fig: Figure, bars: list[MemberBar], text: ChartText, theme: Theme = LIGHT,
                 legend: bool = True) -> None:
    key = ("members", tuple((b.name, b.colour) for b in bars), legend, theme)
    if getattr(fig, "_greenlife_key", None) == key:
        ax = fig.axes[0]
        first = cast(BarContainer, ax.containers[0])
        for patch, b in zip(first.patches, bars, strict=True):
            patch.set_height(b.points)
        _bar_labels(ax, bars, theme, text.lang)
        _rescale(ax, min([0] + [b.points for b in bars]), max([0] + [b.points for b in bars]))
        return
    ax = _prepare(fig, theme)
    fig._greenlife_key = key  # type: ignore[attr-defined]
    x = list(range(len(bars)))
    ax.bar(x, [b.points for b in bars], color=[b.colour for b in bars], width=0.6)
    _bar_labels(ax, bars, theme, text.lang)
    ax.set_xticks(x, [b.name for b in bars])
    _furniture(fig, ax, text, theme, legend=False)
    if legend:
        ax.set_title(text.title, fontsize=10)
        ax.set_ylabel(text.ylabel, fontsize=8)
        fig.subplots_adjust(left=0.15, top=0.88, bottom=0.17)
    _rescale(ax, min([0] + [b.points for b in bars]), max([0] + [b.points for b in bars]))


def draw_weeks(fig: Figure, weeks: list[WeekPoint], text: ChartText, theme: Theme = LIGHT,
               legend: bool = True) -> None:
    colours = ["#43A047" if w.goal and w.points >= w.goal else "#90A4AE" for w in weeks]
    has_goal = any(w.goal for w in weeks)
    key = ("weeks", len(weeks), has_goal, legend, theme)
    if getattr(fig, "_greenlife_key", None) == key:
        ax = fig.axes[0]
        for patch, w, colour in zip(cast(BarContainer, ax.containers[0]).patches, weeks, colours,
                                    strict=True):
            patch.set_height(w.points)
            patch.set_facecolor(colour)
        for line in ax.lines:
            if line.get_gid() == "goal":
                line.set_ydata([w.goal for w in weeks])
        ax.set_xticks(range(len(weeks)), _every_other(
            list(text.slot_labels) or [w.start.strftime("%m-%d") for w in weeks]))
        values = [w.points for w in weeks] + [w.goal for w in weeks]
        _rescale(ax, min([0, *values]), max([0, *values]))
        return
    ax = _prepare(fig, theme)
    fig._greenlife_key = key  # type: ignore[attr-defined]
    x = list(range(len(weeks)))
    ax.bar(x, [w.points for w in weeks], color=colours, width=0.7)
    if any(w.goal for w in weeks):
        ax.plot(x, [w.goal for w in weeks], color=theme.goal, linewidth=1.5, linestyle="--",
                label=text.goal, gid="goal")
    ax.set_xticks(x, _every_other(list(text.slot_labels) or [w.start.strftime("%m-%d") for w in weeks]))
    ax.tick_params(axis="x", labelsize=7)
    _furniture(fig, ax, text, theme, legend)
    values = [w.points for w in weeks] + [w.goal for w in weeks]
    _rescale(ax, min([0, *values]), max([0, *values]))


def _every_other(labels: list[str]) -> list[str]:
    """More than eight weeks: every other one is named, counting back from the last (the week
    shown is always named); text is most of a chart's drawing, and each bar keeps its tick."""
    if len(labels) <= 8:
        return labels
    last = len(labels) - 1
    return [name if (last - i) % 2 == 0 else "" for i, name in enumerate(labels)]


def bar_heights(fig: Figure) -> list[float]:
    """Heights of the bars drawn on a figure's first axes (for tests and text summaries)."""
    from matplotlib.patches import Rectangle

    ax = fig.axes[0]
    return [p.get_height() for p in ax.patches if isinstance(p, Rectangle)]


@dataclass(frozen=True)
class MeterText:
    this_year: str  # legend of this year's bars
    last_year: str
    ylabel: str  # "kWh" or "m³"
    slot_labels: Sequence[str] = ()


LAST_YEAR_COLOUR = "#90A4AE"


def draw_meter_months(fig: Figure, months: Sequence[tuple[object, float | None, float | None]],
                      text: MeterText, colour: str = CATEGORY_COLOURS["energy"],
                      theme: Theme = LIGHT, legend: bool = True) -> None:
    """Each month's use beside the same month a year before (missing months stay empty)."""
    ax = _prepare(fig, theme)
    x = list(range(len(months)))
    ax.bar([i - 0.2 for i in x], [b if b is not None else 0 for _m, _u, b in months], width=0.4,
           color=LAST_YEAR_COLOUR, label=text.last_year, gid="last_year")
    ax.bar([i + 0.2 for i in x], [u if u is not None else 0 for _m, u, _b in months], width=0.4,
           color=colour, label=text.this_year, gid="this_year")
    ax.set_xticks(x, list(text.slot_labels) or [str(m)[:7] for m, _u, _b in months])
    ax.tick_params(axis="x", labelsize=7)
    ax.set_ylabel(text.ylabel, fontsize=8)
    if legend:
        _legend(fig, ax, theme)
    values = [v for _m, u, b in months for v in (u, b) if v is not None]
    _rescale(ax, 0, max([1.0, *values]))
