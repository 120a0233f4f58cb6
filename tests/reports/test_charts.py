import datetime as dt
import warnings

import pytest
from matplotlib.figure import Figure

from greenlife.reports import charts
from greenlife.reports.series import MemberBar, Stacked, WeekPoint
from greenlife.reports.style import CATEGORY_COLOURS, DARK, configure_fonts


def stacked():
    days = [dt.date(2026, 11, 23) + dt.timedelta(days=i) for i in range(3)]
    return Stacked(days, {"commute": [970, 0, 100], "food": [460, 0, 0]},
                   {"commute": [0, -1600, 0], "food": [-500, 0, 0]})


def bars_by_gid(fig):
    out = {}
    for container in fig.axes[0].containers:
        out[container.patches[0].get_gid()] = [p.get_height() for p in container.patches]
    return out


def test_stacked_bars_carry_the_series_heights_and_emissions_go_below_zero():
    fig = Figure()
    charts.draw_stacked(fig, stacked(), charts.ChartText("本周", categories={"commute": "通勤"}))
    got = bars_by_gid(fig)
    assert got["commute"] == [970, 0, 100]
    assert got["food"] == [460, 0, 0]
    assert got["commute-emitted"] == [0, -1600, 0]
    assert got["food-emitted"] == [-500, 0, 0]
    # food stacks on commute; emissions stack downwards from zero
    food = fig.axes[0].containers[1].patches[0]
    assert food.get_y() == 970
    food_emitted = fig.axes[0].containers[3].patches[0]
    assert food_emitted.get_y() == 0
    assert fig.axes[0].containers[0].patches[0].get_facecolor()[:3] == pytest.approx(
        tuple(int(CATEGORY_COLOURS["commute"][i:i + 2], 16) / 255 for i in (1, 3, 5)))
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert labels == ["930", "-1,600", "100"]
    assert fig.axes[0].get_title() == "本周"


def test_members_and_weeks_charts():
    fig = Figure()
    charts.draw_members(fig, [MemberBar("杨女士", "#2E7D32", 930), MemberBar("李先生", "#1565C0", -396)],
                        charts.ChartText("Members"))
    assert charts.bar_heights(fig) == [930, -396]
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == ["杨女士", "李先生"]
    fig = Figure()
    weeks = [WeekPoint(dt.date(2026, 11, 9), 1200, 1000), WeekPoint(dt.date(2026, 11, 16), 800, 1000)]
    charts.draw_weeks(fig, weeks, charts.ChartText("12 weeks"), DARK)
    assert charts.bar_heights(fig) == [1200, 800]
    goal = next(line for line in fig.axes[0].lines if line.get_gid() == "goal")
    assert list(goal.get_ydata()) == [1000, 1000]
    assert fig.get_facecolor()[:3] == pytest.approx((0x2B / 255,) * 3)


def test_chinese_labels_have_glyphs():
    found = configure_fonts()
    assert found, "no CJK font for matplotlib: install fonts-wqy-microhei"
    fig = Figure()
    charts.draw_members(fig, [MemberBar("杨女士", "#2E7D32", 1)], charts.ChartText("家庭成员本周积分"))
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" would raise
        FigureCanvasAgg(fig).draw()


def test_redraw_with_the_same_shape_updates_in_place():
    fig = Figure()
    text = charts.ChartText("week")
    charts.draw_stacked(fig, stacked(), text, legend=False)
    ax = fig.axes[0]
    first = stacked()
    second = Stacked(first.slots, {"commute": [10, 20, 30], "food": [1, 2, 3]},
                     {"commute": [0, -5, 0], "food": [-7, 0, 0]})
    charts.draw_stacked(fig, second, text, legend=False)
    assert fig.axes[0] is ax  # same axes: updated, not rebuilt
    got = bars_by_gid(fig)
    assert got["commute"] == [10, 20, 30]
    assert got["food-emitted"] == [-7, 0, 0]
    assert [t.get_text() for t in ax.texts] == ["4", "17", "33"]
    low, high = ax.get_ylim()
    assert low < -7
    assert high > 33
    assert charts.legend_entries(fig)[0] == (CATEGORY_COLOURS["commute"].lower(), "commute", "bar")


def test_exported_charts_count_in_wan_in_chinese():
    """The PNG export's bar labels and ticks: 211.6万 in Chinese, 2,116k in English (issue #14)."""
    from matplotlib.figure import Figure

    from greenlife.reports import charts
    from greenlife.reports.series import MemberBar

    bars = [MemberBar("杨女士", "#2E7D32", 2_115_571), MemberBar("小明", "#1565C0", 180_000)]
    for lang, first, tick in (("zh", "211.6万", "万"), ("en", "2,116k", "k")):
        fig = Figure(figsize=(6, 4), dpi=80)
        charts.draw_members(fig, bars, charts.ChartText("2025", "points", lang=lang))
        ax = fig.axes[0]
        assert [t.get_text() for t in ax.texts][:2] == [first, "18万" if lang == "zh" else "180k"]
        ticks = [ax.yaxis.get_major_formatter()(v, 0) for v in ax.get_yticks() if v >= 100_000]
        assert ticks and all(t.endswith(tick) for t in ticks), ticks


def test_empty_segments_are_not_drawn_but_keep_their_height_and_the_legend_its_keys():
    """#18 previous-week redraw: a week has 7 days of 8 categories, most segments empty; each
    cost a draw. They are hidden (heights stay 0 for summaries), in place too, and a legend
    key that copies an empty first bar is still shown."""
    fig = Figure()
    charts.draw_stacked(fig, stacked(), charts.ChartText("week"), legend=True)
    shown = {c.patches[0].get_gid(): [p.get_visible() for p in c.patches]
             for c in fig.axes[0].containers}
    assert shown["commute"] == [True, False, True]
    assert shown["commute-emitted"] == [False, True, False]
    assert bars_by_gid(fig)["commute"] == [970, 0, 100]
    [legend] = fig.legends
    assert [t.get_text() for t in legend.get_texts()][:1] == ["commute"]
    assert all(h.get_visible() for h in legend.legend_handles)  # commute-emitted starts empty
    first = stacked()
    later = Stacked(first.slots, {"commute": [0, 5, 0], "food": [0, 0, 0]},
                    {"commute": [0, -1600, 0], "food": [-500, 0, 0]})
    charts.draw_stacked(fig, later, charts.ChartText("week"), legend=True)  # updated in place
    visible = {c.patches[0].get_gid(): [p.get_visible() for p in c.patches]
               for c in fig.axes[0].containers}
    assert visible["commute"] == [False, True, False]
    assert visible["food"] == [False, False, False]


def test_twelve_weeks_name_every_other_week_back_from_the_last_and_axes_few_numbers():
    """#18 previous-week redraw: text is most of a chart's drawing. Twelve weeks name every
    other week, always the last (the week shown); eight or fewer name each; a value axis
    has at most five numbers. Every bar keeps its tick, and the heights are unchanged."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    start = dt.date(2026, 9, 7)
    weeks = [WeekPoint(start + dt.timedelta(weeks=i), 1000 * (i + 1), 0) for i in range(12)]
    fig = Figure()
    FigureCanvasAgg(fig)
    slots = [f"{w.start.month}/{w.start.day}" for w in weeks]
    charts.draw_weeks(fig, weeks, charts.ChartText("12 weeks", slot_labels=slots))
    fig.canvas.draw()
    ax = fig.axes[0]
    named = [t.get_text() for t in ax.get_xticklabels()]
    assert len(named) == 12 and named[-1] == "11/23" and named[-2] == ""
    assert named == [s if i % 2 == 1 else "" for i, s in enumerate(slots)]
    assert charts.bar_heights(fig) == [1000 * (i + 1) for i in range(12)]
    low, high = ax.get_ylim()
    assert 2 <= len([v for v in ax.get_yticks() if low <= v <= high]) <= 5
    charts.draw_weeks(fig, weeks, charts.ChartText("12 weeks", slot_labels=slots))  # in place
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == named
    fig = Figure()
    charts.draw_weeks(fig, weeks[:8], charts.ChartText("8 weeks", slot_labels=slots[:8]))
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == slots[:8]


@pytest.mark.parametrize(("lang", "unit"), [("zh", "万"), ("en", "k")])
def test_an_exported_value_axis_counts_in_one_unit(lang, unit):
    """Found while looking at the exports: 80,000 stood beside 16万 on one axis."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    days = [dt.date(2026, m, 1) for m in range(1, 4)]
    fig = Figure()
    FigureCanvasAgg(fig)
    charts.draw_stacked(fig, Stacked(days, {"commute": [170_000, 150_000, 90_000]}),
                        charts.ChartText("year", lang=lang), legend=True)
    fig.canvas.draw()
    ax = fig.axes[0]
    low, high = ax.get_ylim()
    shown = [t.get_text() for t, v in zip(ax.get_yticklabels(), ax.get_yticks(), strict=True)
             if low <= v <= high]
    assert shown[0] == "0" and len(shown) >= 3
    assert all(t.endswith(unit) for t in shown[1:])  # 50,000 too: 5万 / 50k
    assert shown[1] == ("5万" if lang == "zh" else "50k")


def test_the_app_s_charts_do_not_place_captions_they_do_not_have_and_numbers_sit_at_bar_ends():
    """#18 previous-week redraw: with no caption in the figure (the app's are Qt labels),
    matplotlib does not measure every tick label a second time to place one; an export's
    caption is still placed. A member's number sits above a bar, below one under zero."""
    from matplotlib.axis import Axis

    bars = [MemberBar("杨女士", "#2E7D32", 930), MemberBar("李先生", "#1565C0", -396)]
    app = Figure()
    charts.draw_members(app, bars, charts.ChartText("Members"), legend=False)
    ax = app.axes[0]
    assert not ax.xaxis._autolabelpos and not ax.yaxis._autolabelpos
    measured: list[Axis] = []
    real = Axis._get_tick_boxes_siblings
    try:
        Axis._get_tick_boxes_siblings = lambda self, renderer: measured.append(self) or real(self, renderer)
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        FigureCanvasAgg(app).draw()
        assert measured == []
        export = Figure()
        charts.draw_members(export, bars, charts.ChartText("Members", ylabel="points"), legend=True)
        FigureCanvasAgg(export).draw()
        assert export.axes[0].yaxis in measured  # its caption is placed beside the numbers
    finally:
        Axis._get_tick_boxes_siblings = real
    above, below = ax.texts
    assert (above.get_text(), above.get_position(), above.get_va()) == ("930", (0, 930), "bottom")
    assert (below.get_text(), below.get_position(), below.get_va()) == ("-396", (1, -396), "top")
