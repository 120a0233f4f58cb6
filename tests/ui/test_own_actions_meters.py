"""The family's own action end to end (create, log, chart, CSV round trip, PDF appendix) and
the household's meters, driven through the Log page's tabs."""

from __future__ import annotations

import datetime as dt

import pypdf
import pytest
from PySide6.QtCore import QDate

from tests.conftest import TODAY


@pytest.fixture
def log_page(qtbot, state):
    from greenlife.ui.pages.log import LogPage

    page = LogPage(state)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    page.refresh()
    return page


def _own_tab(page):
    page.tabs.setCurrentWidget(page.own_actions)
    return page.own_actions


def test_a_familys_own_action_end_to_end(qtbot, log_page, state, tmp_path):
    from greenlife.core.factors import FAMILY_SET
    from greenlife.reports.export import write_csv
    from greenlife.reports.pdf import write_pdf
    from greenlife.reports.series import week_by_day
    from greenlife.reports.summary import build_summary
    from greenlife.store import Store
    from greenlife.store.importer import apply_import, plan_import

    panel = _own_tab(log_page)
    qtbot.keyClicks(panel.name, "Repaired the bike")
    panel.category.setCurrentIndex(panel.category.findData("goods"))
    qtbot.keyClicks(panel.unit, "repair")
    qtbot.keyClicks(panel.grams, "1500")
    panel.add_button.click()
    assert panel.error.text() == ""
    store = state.store
    (own, archived), = store.factor_book.own_actions()
    assert (own.key, own.value, own.unit, own.source, own.assumption, archived) == (
        "goods.own_repaired_the_bike", 1500, "g CO2/repair", "Our estimate", True, False)
    assert panel.table.item(0, 0).text() == "Repaired the bike"
    assert "assumption" in panel.table.item(0, 3).text()

    # the Goods tab of the Log offers it by its name, and logs it
    from greenlife.core.models import Category

    form = log_page.forms[Category.GOODS]
    form.reload_choices()
    idx = form.item.findData("own_repaired_the_bike")
    assert idx >= 0
    assert form.item.itemText(idx) == "Repaired the bike"
    form.item.setCurrentIndex(idx)
    assert form.unit.text() == "repair"
    form.quantity.setText("2")
    form.save_button.click()
    (entry,) = store.entries(category="goods")
    assert (entry.points, entry.factor.set_id, entry.factor.assumption) == (3000, FAMILY_SET, True)

    # a chart's series counts it in its category
    week = week_by_day(store, TODAY)
    assert sum(week.values["goods"]) == 3000

    # a usual action can hold it
    t = store.add_template(entry.member_id, "Bike fix", "goods", "own_repaired_the_bike", 1, "repair")
    assert t.legs[0].item == "own_repaired_the_bike"

    # CSV out and into a fresh book: the action comes with its lines
    csv_path = tmp_path / "year.csv"
    write_csv(store, TODAY.year, csv_path)
    fresh = Store.open(tmp_path / "fresh.db", today=lambda: TODAY)
    for m in store.members():
        fresh.add_member(m.name)
    plan = plan_import(fresh, csv_path)
    assert plan.errors == []
    assert apply_import(fresh, plan) == 1
    (back,) = fresh.entries(category="goods")
    assert (back.item, back.points, back.factor.value) == ("own_repaired_the_bike", 3000, 1500)
    assert "goods.own_repaired_the_bike" in fresh.factors()
    assert fresh.check() == []
    fresh.close()

    # the report's factor appendix lists it by name, with its source and the assumption flag
    pdf = write_pdf(build_summary(store, TODAY.year), tmp_path / "r.pdf", "en")
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages).split())
    assert "Repaired the bike" in text
    assert "Our estimate" in text

    # edit and archive go on the undo stack, named
    panel.refresh()
    panel.table.selectRow(0)
    panel.grams.setText("1200")
    panel.save_button.click()
    assert store.factors()["goods.own_repaired_the_bike"].value == 1200
    assert store.entries(category="goods")[0].points == 3000  # logged lines keep their factor
    panel.archive_button.click()
    assert "goods.own_repaired_the_bike" not in store.factors()
    assert state.undo_stack.undoText() == "Archive action Repaired the bike"
    state.undo_stack.undo()
    assert "goods.own_repaired_the_bike" in store.factors()
    state.undo_stack.undo()  # the edit
    assert store.factors()["goods.own_repaired_the_bike"].value == 1500


def test_own_action_bad_input_is_named_and_nothing_is_stored(qtbot, log_page, state):
    panel = _own_tab(log_page)
    qtbot.keyClicks(panel.unit, "a/b")
    qtbot.keyClicks(panel.grams, "lots")
    panel.add_button.click()
    assert "a name is required" in panel.error.text()
    assert "not a unit" in panel.error.text()
    assert "not a number of grams" in panel.error.text()
    assert state.store.factor_book.own_actions() == []


def test_undo_of_adding_an_own_action_removes_it(qtbot, log_page, state):
    panel = _own_tab(log_page)
    qtbot.keyClicks(panel.name, "Mended clothes")
    qtbot.keyClicks(panel.unit, "item")
    qtbot.keyClicks(panel.grams, "300")
    panel.source.setText("Our city's repair café, 2024")
    panel.add_button.click()
    (f, _a), = state.store.factor_book.own_actions()
    assert (f.source, f.assumption) == ("Our city's repair café, 2024", False)
    state.undo_stack.undo()
    assert state.store.factor_book.own_actions() == []
    assert panel.table.rowCount() == 0


def test_meter_months_are_entered_charted_and_undone(qtbot, log_page, state):
    panel = log_page.meters
    log_page.tabs.setCurrentWidget(panel)
    store = state.store

    def enter(y, m, value):
        panel.month.setDate(QDate(y, m, 1))
        panel.value.setText(str(value))
        panel.save_button.click()
        assert panel.error.text() == ""

    enter(2025, 9, 1000)
    enter(2025, 10, 1250)
    enter(2026, 9, 4000)
    enter(2026, 10, 4220)  # 220 kWh against 250 a year before
    rows = {panel.table.item(r, 0).text(): [panel.table.item(r, c).text() for c in range(6)]
            for r in range(panel.table.rowCount())}
    assert rows["2026-10"][2:5] == ["220", "250", "30"]
    assert rows["2026-10"][5] == "+15,918"  # 30 kWh x 530.6 g
    hh = store.people.household().id
    assert store.balance(hh).credit_points == 15918
    assert all(m.id != hh for m in store.members())
    assert panel.chart is not None
    assert "2026-10: 220 kWh, a year before 250" in panel.chart.summary.text()

    panel.baseline.setText("300")
    panel.baseline_button.click()
    assert "baseline of 300 kWh a month" in panel.baseline_note.text()
    # a reading that runs backwards is refused with the reason, nothing changes
    panel.month.setDate(QDate(2026, 10, 1))
    panel.value.setText("10")
    panel.save_button.click()
    assert "backwards" in panel.error.text()
    assert store.meters.reading("electricity", dt.date(2026, 10, 1)).value == 4220

    state.undo_stack.undo()  # the baseline
    state.undo_stack.undo()  # October 2026
    assert store.balance(hh).credit_points == 0
    assert state.undo_stack.redoText() == "Electricity (kWh) for 2026-10"
    state.undo_stack.redo()
    assert store.balance(hh).credit_points == 15918


@pytest.mark.parametrize("tab", ["meters", "own_actions"])
def test_every_control_of_the_meter_and_own_action_tabs_is_reachable_by_tab(qtbot, window, state,
                                                                           tab):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from tests.ui.test_a11y import _check_named, reachable_controls, tab_walk

    store = state.store
    store.factor_book.add_own("Mended clothes", "item", 300, "", "goods")
    store.meters.save(store.meters.check("electricity", dt.date(2026, 9, 1), 100))
    store.meters.save(store.meters.check("electricity", dt.date(2026, 10, 1), 300))
    log = window.go_to("log")
    log.refresh()
    panel = getattr(log, tab)
    log.tabs.setCurrentWidget(panel)
    if tab == "own_actions":
        panel.table.selectRow(0)  # Save changes and Archive need a selected action
    else:
        panel.replaced.setChecked(True)  # the new meter's fields
        panel.table.selectRow(0)
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.activateWindow()  # a matplotlib canvas deactivates the offscreen window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    walk = tab_walk(window)
    missing = reachable_controls(panel) - set(walk)
    assert sorted(f"{type(w).__name__} {w.accessibleName()!r}" for w in missing) == []
    assert _check_named(panel) == []


def test_charts_and_history_name_the_new_categories(qtbot, window, state):
    charts = window.go_to("charts")
    assert charts._cat_names()["goods"] == "Goods and reuse"
    assert charts._cat_names()["energy"] == "Energy"
    history = window.go_to("history")
    assert history.category.findData("goods") > 0
    assert history.category.itemText(history.category.findData("energy")) == "Energy"


def test_removing_a_month_is_undoable(qtbot, log_page, state):
    panel = log_page.meters
    log_page.tabs.setCurrentWidget(panel)
    store = state.store
    store.meters.set_baseline("water", 10)
    for month, value in ((dt.date(2026, 9, 1), 0), (dt.date(2026, 10, 1), 7)):
        state.save_meter_reading(store.meters.check("water", month, value), "water")
    panel.meter.setCurrentIndex(panel.meter.findData("water"))
    hh = store.people.household().id
    assert store.balance(hh).credit_points == 480  # 3 m³ x 160 g
    row = next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).text() == "2026-10")
    panel.table.selectRow(row)
    assert panel.delete_button.isEnabled()
    panel.delete_button.click()
    assert store.meters.reading("water", dt.date(2026, 10, 1)) is None
    assert store.balance(hh).credit_points == 0
    assert state.undo_stack.undoText() == "Remove Water (m³) for 2026-10"
    state.undo_stack.undo()
    assert store.balance(hh).credit_points == 480
    assert any(panel.table.item(r, 0).text() == "2026-10" for r in range(panel.table.rowCount()))


def test_undoing_an_import_takes_out_the_own_actions_it_added(qtbot, state, tmp_path):
    """The import's one undo step takes out its lines and the family actions it created;
    redo brings both back."""
    from greenlife.reports.export import write_csv
    from greenlife.store import Store
    from greenlife.store.importer import plan_import

    other = Store.open(tmp_path / "other.db", today=lambda: TODAY)
    other.add_member("杨女士")
    f = other.factor_book.add_own("Tote bag", "bag", 40, "", "goods")
    other.log("杨女士", "goods", f.key.split(".", 1)[1], 2, day=TODAY)
    csv_path = tmp_path / "own.csv"
    write_csv(other, TODAY.year, csv_path)
    other.close()
    plan = plan_import(state.store, csv_path)
    assert plan.ok, plan.errors
    done = []
    state.import_plan(plan, "Import own.csv", done.append, lambda e: done.append(e))
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    key = f.key
    assert key in state.store.factors()
    assert state.store.balance().points == 80
    state.undo_stack.undo()
    assert key not in state.store.factors()
    assert state.store.balance().points == 0
    state.undo_stack.redo()
    assert key in state.store.factors()
    assert state.store.balance().points == 80


def test_an_imported_books_meters_tab_shows_its_readings_and_undo_takes_them_out(
        qtbot, state, log_page, tmp_path):
    """The CSV carries the readings and the baseline: the Meters tab of the book it is
    imported into shows the same months and readings; the import's undo takes them out too."""
    from greenlife.reports.export import write_csv
    from greenlife.store import Store
    from greenlife.store.importer import plan_import

    other = Store.open(tmp_path / "other.db", today=lambda: TODAY)
    other.add_member("杨女士")
    mt = other.meters
    mt.set_baseline("electricity", 300)
    for month, value in ((dt.date(2025, 12, 1), 1000), (dt.date(2026, 1, 1), 1260),
                         (dt.date(2026, 2, 1), 1540.5)):
        mt.save(mt.check("electricity", month, value))
    f = other.factor_book.add_own("Tote bag", "bag", 40, "", "goods")
    other.log("杨女士", "goods", f.item, 2, day=TODAY)
    other.factor_book.archive_own(f.key)
    want_points = other.balance().points
    csv_path = tmp_path / "meters.csv"
    write_csv(other, 2026, csv_path)
    other.close()
    plan = plan_import(state.store, csv_path)
    assert plan.ok, plan.errors
    done = []
    state.import_plan(plan, "Import meters.csv", done.append, lambda e: done.append(e))
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    panel = log_page.meters
    log_page.tabs.setCurrentWidget(panel)
    panel.refresh()

    def shown():
        return [[panel.table.item(r, c).text() for c in range(3)]
                for r in range(panel.table.rowCount())]

    assert shown() == [["2026-02", "reading 1,540.5", "280.5"], ["2026-01", "reading 1,260", "260"],
                       ["2025-12", "reading 1,000", ""]]
    assert panel.baseline.text() == "300"
    assert state.store.balance().points == want_points
    assert state.store.factor_book.own_action(f.key)[1] is True  # it came archived
    state.undo_stack.undo()
    panel.refresh()
    assert (shown(), panel.baseline.text(), state.store.balance().points) == ([], "", 0)
    state.undo_stack.redo()
    panel.refresh()
    assert len(shown()) == 3 and panel.baseline.text() == "300"
    assert state.store.balance().points == want_points
    assert state.store.factor_book.own_action(f.key)[1] is True


def test_undoing_a_meter_change_brings_back_the_very_lines(qtbot, state):
    """Undo of a reading saved or removed, or of a baseline, puts back the meter's lines as
    they were, ids and all (and redo the lines the change made)."""
    store = state.store
    mt = store.meters

    def lines():
        return store.db.execute("SELECT id, day, item, quantity, points FROM entries "
                                "WHERE kind = 'meter' ORDER BY id").fetchall()

    state.set_meter_baseline("electricity", "300", "Baseline")
    for month, value in ((dt.date(2026, 7, 1), 1000), (dt.date(2026, 8, 1), 1250),
                         (dt.date(2026, 9, 1), 1560), (dt.date(2026, 10, 1), 1800)):
        state.save_meter_reading(mt.check("electricity", month, value), "Reading")
    start = lines()
    assert [ln[1] for ln in start] == ["2026-08-31", "2026-09-30", "2026-10-31"]
    changes = [
        lambda: state.save_meter_reading(mt.check("electricity", dt.date(2026, 8, 1), 1200),
                                         "Reading"),  # August and September change
        lambda: state.delete_meter_reading("electricity", dt.date(2026, 9, 1), "Remove"),
        lambda: state.set_meter_baseline("electricity", "280", "Baseline"),
        lambda: state.set_meter_baseline("electricity", "", "Baseline"),
    ]
    for change in changes:
        before = lines()
        change()
        after = lines()
        assert after != before
        state.undo_stack.undo()
        assert lines() == before
        state.undo_stack.redo()
        assert lines() == after
    state.undo_stack.setIndex(state.undo_stack.index() - len(changes))
    assert lines() == start


def test_the_meters_tab_shows_amounts_by_the_one_rounding_rule(qtbot, state, log_page):
    mt = state.store.meters
    state.set_meter_baseline("electricity", "300", "Baseline")
    for month, value in ((dt.date(2026, 8, 1), 12_345_600.5), (dt.date(2026, 9, 1), 12_345_724.000000001)):
        state.save_meter_reading(mt.check("electricity", month, value), "Reading")
    panel = log_page.meters
    log_page.tabs.setCurrentWidget(panel)
    panel.refresh()
    row = [panel.table.item(0, c).text() for c in range(panel.table.columnCount())]
    assert row[:5] == ["2026-09", "reading 12,345,724", "123.5", "300\n(baseline)", "176.5"]
