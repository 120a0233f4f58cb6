"""The Meters tab of the Log page fits a 1024×700 window: its months table needs no sideways
scrolling, in Chinese and in English, with the widest cells a household can have."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from greenlife.ui.widgets.tables import column_fully_visible

SHOTS = os.environ.get("GREENLIFE_SHOTS")  # a folder: save screenshots there to look at


def _fill(state):
    mt = state.store.meters
    state.set_meter_baseline("electricity", "312.75", "Baseline")
    values = ((dt.date(2025, 8, 1), 12_345_000.25), (dt.date(2025, 9, 1), 12_345_812.5),
              (dt.date(2026, 8, 1), 12_346_900.75), (dt.date(2026, 9, 1), 12_347_731.25))
    for month, value in values:
        state.save_meter_reading(mt.check("electricity", month, value), "Reading")
    state.save_meter_reading(mt.check("electricity", dt.date(2026, 10, 1), 1200.5,
                                      new_meter_start=0, old_meter_end=12_348_000),
                             "Reading")


@pytest.mark.parametrize("size", [(1024, 700), (1920, 1080)])
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_meters_table_needs_no_sideways_scrolling(qtbot, window, state, lang, size):
    from greenlife.ui.i18n import apply_language

    _fill(state)
    apply_language(lang)
    qtbot.wait(50)
    try:
        window.resize(*size)
        page = window.go_to("log")
        panel = page.meters
        page.tabs.setCurrentWidget(panel)
        qtbot.wait(50)
        panel.refresh()
        qtbot.wait(50)
        assert (window.width(), window.height()) == size
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            window.grab().save(str(Path(SHOTS) / f"meters-{lang}-{size[0]}x{size[1]}.png"))
        table = panel.table
        assert table.rowCount() >= 5
        assert table.horizontalScrollBar().maximum() == 0
        assert not table.horizontalScrollBar().isVisible()
        for col in range(table.columnCount()):
            assert column_fully_visible(table, col), col
        # each cell's text is drawn whole (nothing elided), the header's too
        fm = table.fontMetrics()
        for row in range(table.rowCount()):
            for col in range(table.columnCount()):
                text = table.item(row, col).text()
                assert fm.horizontalAdvance(text) <= table.columnWidth(col) - 4 or "\n" in text, (
                    row, col, text)
    finally:
        apply_language("en")


def test_at_1024_the_chart_is_a_button_away_and_side_by_side_when_wide(qtbot, window, state):
    _fill(state)
    window.resize(1024, 700)
    page = window.go_to("log")
    panel = page.meters
    page.tabs.setCurrentWidget(panel)
    qtbot.wait(50)
    panel.refresh()
    qtbot.wait(50)
    assert panel.chart_button.isVisible() and panel.chart_button.text() == "Show &chart"
    assert panel.table.isVisible() and not panel.chart.isVisible()
    panel.chart_button.setFocus()
    qtbot.keyClick(panel.chart_button, " ")  # the keyboard switches too
    qtbot.wait(50)
    assert panel.chart.isVisible() and not panel.table.isVisible()
    assert panel.chart_button.text() == "Show mont&hs"
    assert panel.chart.width() > 350  # the chart has the table's room
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "meters-chart-en-1024x700.png"))
    assert "2026-09: 830.5 kWh" in panel.chart.summary.text()
    panel.chart_button.click()
    qtbot.wait(50)
    assert panel.table.isVisible() and not panel.chart.isVisible()
    window.resize(1920, 1080)
    qtbot.wait(50)
    assert panel.table.isVisible() and panel.chart.isVisible()
    assert not panel.chart_button.isVisible()
    assert panel.table.horizontalScrollBar().maximum() == 0
