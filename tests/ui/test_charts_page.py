import datetime as dt

from PySide6.QtCore import Qt

from greenlife.core.changes import Changes
from greenlife.reports.charts import bar_heights
from greenlife.reports.series import week_by_day


def test_charts_page_draws_the_series_and_moves_by_week(qtbot, window, state):
    today = state.store.today()
    state.store.log("杨女士", "commute", "subway", 10, day=today)
    state.store.log("李先生", "commute", "bus", 2, day=today - dt.timedelta(days=7))
    page = window.go_to("charts")
    fig = page.charts["week"].figure
    expected = week_by_day(state.store, today)
    heights = bar_heights(fig)
    assert heights[:7] == expected.values["commute"] == [0, 970, 0, 0, 0, 0, 0]
    assert "970" in page.charts["week"].summary.text()
    assert not page.next_button.isEnabled()
    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    assert bar_heights(page.charts["week"].figure)[:7] == [0, 844, 0, 0, 0, 0, 0]
    assert page.next_button.isEnabled()
    qtbot.mouseClick(page.this_button, Qt.MouseButton.LeftButton)
    assert bar_heights(page.charts["week"].figure)[:7] == [0, 970, 0, 0, 0, 0, 0]
    members = page.charts["members"].figure
    assert bar_heights(members) == [970, 0]
    page.who.setCurrentIndex(page.who.findText("李先生"))
    assert sum(bar_heights(page.charts["weeks"].figure)) == 844


def test_redraw_on_data_change_uses_draw_idle(qtbot, window, state, monkeypatch):
    page = window.go_to("charts")
    calls = []
    canvas = page.charts["week"].canvas
    monkeypatch.setattr(canvas, "draw_idle", lambda: calls.append(1))
    state.store.log("杨女士", "commute", "bike", 1)
    state.notify(Changes.of("ledger"))
    assert calls
    assert 98 in bar_heights(page.charts["week"].figure)


def test_save_png_and_svg(qtbot, window, tmp_path):
    page = window.go_to("charts")
    png = page.charts["week"].save(tmp_path / "week.png")
    svg = page.charts["year"].save(tmp_path / "year.svg")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in svg.read_bytes()[:500]


def test_home_has_a_small_chart(qtbot, window, state):
    state.store.log("杨女士", "commute", "subway", 10)
    window.go_to("home")
    window.home.ensure_chart()
    assert 970 in bar_heights(window.home.chart.figure)


def test_the_room_under_the_axes_is_measured_once_per_layout(qtbot, window, state, monkeypatch):
    """#18 Save → Home: measuring the tick labels costs 15 ms; a Save that redraws the same
    days at the same size reuses the room found before, and a new size measures again."""
    from matplotlib.axes import Axes

    window.go_to("home")
    window.home.ensure_chart()
    chart = window.home.chart
    chart.canvas.draw()
    measured: list[int] = []
    real = Axes.get_tightbbox
    monkeypatch.setattr(Axes, "get_tightbbox", lambda self, *a, **k: measured.append(1) or real(self, *a, **k))
    chart._fit_margins()  # the layout as drawn: measured once, then kept
    bottom = chart.figure.subplotpars.bottom
    measured.clear()
    state.add_entries([state.store.draft("杨女士", "commute", "subway", 10)], "Log")
    assert 970 in bar_heights(chart.figure)
    assert measured == []  # the same days, the same size: not measured again
    assert chart.figure.subplotpars.bottom == bottom
    # a taller chart needs a smaller fraction for the same labels: measured again
    chart.figure.set_size_inches(chart.figure.get_figwidth(), chart.figure.get_figheight() * 2)
    chart._fit_margins()
    assert measured and chart.figure.subplotpars.bottom < bottom


def test_another_week_keeps_the_measured_room_and_it_is_the_room_measured_afresh(
        qtbot, window, state, monkeypatch):
    """#18 previous-week redraw: the dates under the bars change, their shape does not, so
    the room below the axes is not measured again, and it equals a fresh measurement."""
    from matplotlib.axes import Axes

    page = window.go_to("charts")
    for chart in page.charts.values():
        chart.canvas.draw()
    page.move_week(-1)
    measured: list[int] = []
    real = Axes.get_tightbbox
    monkeypatch.setattr(Axes, "get_tightbbox", lambda self, *a, **k: measured.append(1) or real(self, *a, **k))
    page.move_week(-1)
    assert measured == []
    for name in ("week", "members", "weeks"):
        chart = page.charts[name]
        kept = chart.figure.subplotpars.bottom
        chart._margins.clear()
        chart._fit_margins()
        assert abs(chart.figure.subplotpars.bottom - kept) <= 0.002, name
    assert measured
