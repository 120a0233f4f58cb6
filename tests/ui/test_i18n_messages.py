"""Messages in one language: no empty Qt context, no English parts in Chinese messages,
English plurals, the factor year once, no internal notes (issue #14). Run with this branch's
pending translations merged (fixture ``with_pending``)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from greenlife.core.models import Category

ROOT = Path(__file__).resolve().parents[2]
# Latin words that may stand in a Chinese sentence: units, formats, names
ALLOWED_LATIN = {"CO2", "CO2e", "kWh", "PDF", "CSV", "JSON", "PNG", "SVG", "GreenLife", "g", "km"}


def latin_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z][A-Za-z0-9+.\-]*", text) if w not in ALLOWED_LATIN]


def test_no_string_sits_under_an_empty_context(tmp_path):
    """A tr() that pyside6-lupdate files under "" is never found at run time (the Export
    dialog was English in the Chinese interface)."""
    scratch = tmp_path / "check.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "greenlife/ui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(scratch)], check=True, capture_output=True)
    empty = [m.find("source").text for c in ET.parse(scratch).getroot().iter("context")
             if not (c.find("name").text or "") for m in c.iter("message")]
    assert empty == []


def test_the_export_dialog_speaks_chinese(qtbot, with_pending, state):
    from greenlife.ui.i18n import apply_language
    from greenlife.ui.widgets.export_dialog import ExportDialog

    apply_language("zh_CN")
    try:
        d = ExportDialog(state)
        qtbot.addWidget(d)
        texts = [d.windowTitle(), d.year_label.text(), d.folder_label.text(), d.browse.text(),
                 d.export_button.text(), *(c.text() for c in d.checks.values())]
        assert [t for t in texts if latin_words(t.replace("(&E)", ""))] == []
    finally:
        apply_language("en")


def test_messages_built_from_parts_are_in_one_language(with_pending, qapp):
    from greenlife.core.errors import InsufficientPointsError
    from greenlife.core.validation import Limit, parse_number
    from greenlife.store.importer import ImportError_
    from greenlife.ui import labels
    from greenlife.ui.i18n import apply_language

    _v, price = parse_number("0", Limit("points", 1, 100_000_000, integer=True), "points")
    short = InsufficientPointsError(
        "Cannot redeem {points} points for '{reward}' on {day}: {who} has {available} points then. "
        "Nothing was redeemed.", points=20000, reward="电影之夜", day="2026-11-24", who="the household",
        available=354)
    bad = ImportError_("The file has {n} bad rows; nothing was imported.", n=1)
    apply_language("zh_CN")
    try:
        zh = [labels.error_text(e) for e in (price, short, bad)]
    finally:
        apply_language("en")
    assert [latin_words(t) for t in zh] == [[], [], []], zh
    assert "100,000,000" in zh[0]
    assert "1e+08" not in zh[0]
    assert "全家" in zh[1]
    en = [labels.error_text(e) for e in (price, bad)]
    assert en[0] == "points: 0 points is out of range; enter 1 to 100,000,000 points"
    assert en[1] == "The file has 1 bad row; nothing was imported."


def test_english_plurals(qtbot, with_pending, window, state):
    form = window.go_to("log").forms[Category.COMMUTE]
    form.item.setCurrentIndex(form.item.findData("bike"))
    form.quantity.setText("0.01")
    assert form.preview.text() == "+1 point"
    form.quantity.setText("2")
    assert form.preview.text() == "+196 points"
    badges = window.go_to("badges")
    badges.refresh()
    badges.who.setCurrentIndex(badges.who.findText("杨女士"))
    texts = [badges.list.item(i).text() for i in range(badges.list.count())]
    assert any(t.endswith("0 of 1 trip") for t in texts), texts
    assert not any(re.search(r"\b1 (trips|days|meals|times|weeks|points)\b", t) for t in texts)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_factor_line_names_the_year_once(qtbot, with_pending, window, state, lang):
    from greenlife.ui.i18n import apply_language

    apply_language(lang)
    try:
        form = window.log.forms[Category.COMMUTE] if lang == "en" else window.go_to("log").forms[
            Category.COMMUTE]
        form.item.setCurrentIndex(form.item.findData("subway"))
        form._update_unit()
        text = form.factor_info.text()
        assert text.count("2025") == 1, text
        assert "97" in text
    finally:
        apply_language("en")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_appliance_tab_has_no_internal_note(qtbot, with_pending, state, lang):
    from greenlife.core import factors
    from greenlife.ui import labels
    from greenlife.ui.i18n import apply_language
    from greenlife.ui.widgets.appliance_form import ApplianceForm

    assert labels.APPLIANCE_NOTE == factors.APPLIANCE_SOURCE  # the same text the core carries
    apply_language(lang)
    try:
        form = ApplianceForm(state)
        qtbot.addWidget(form)
        assert "BRIEF" not in form.baseline.text()
        if lang == "zh_CN":
            assert latin_words(form.baseline.text()) == []
    finally:
        apply_language("en")


def test_chart_numbers_count_in_wan_in_chinese(qtbot, qapp):
    from greenlife.ui import labels
    from greenlife.ui.i18n import apply_language
    from greenlife.ui.widgets.chart import ChartWidget

    def draw(fig, _theme) -> None:
        ax = fig.add_subplot(111)
        rects = ax.bar([0, 1], [180_000, 12_116])
        ax.bar_label(rects, labels=["180k", "12,116"])

    apply_language("zh_CN")
    try:
        assert labels.compact(180_000) == "18万"
        chart = ChartWidget("t")
        qtbot.addWidget(chart)
        chart.show_chart(draw, "", "t")
        ax = chart.figure.axes[0]
        assert ax.yaxis.get_major_formatter()(180_000, 0) == "18万"
        assert ax.yaxis.get_major_formatter()(60_000, 0) == "6万"  # one unit on one axis
        assert [t.get_text() for t in ax.texts] == ["18万", "12,116"]
    finally:
        apply_language("en")
    assert labels.compact(180_000) == "180k"


def test_table_dates_follow_the_locale(qapp, state):
    import datetime as dt

    from greenlife.ui.i18n import apply_language
    from greenlife.ui.models.entries import EntriesModel

    state.store.log("杨女士", "commute", "bike", 2, day=dt.date(2026, 11, 4))
    model = EntriesModel(lambda off, lim, total, key, desc: state.store.entries(limit=lim, offset=off),
                         state.store.count_entries)
    model.reload()
    apply_language("zh_CN")
    try:
        zh = model.data(model.index(0, 0))
    finally:
        apply_language("en")
    assert zh == "2026/11/4"
    assert model.data(model.index(0, 0)) == "04/11/2026"


def test_date_fields_follow_the_locale(qtbot, qapp):
    import datetime as dt

    from greenlife.ui.i18n import apply_language
    from greenlife.ui.widgets.common import date_edit

    apply_language("zh_CN")
    try:
        zh = date_edit(dt.date(2026, 11, 4))
        qtbot.addWidget(zh)
        assert zh.text() == "2026/11/4"
    finally:
        apply_language("en")
    en = date_edit(dt.date(2026, 11, 4))
    qtbot.addWidget(en)
    assert en.text() == "04/11/2026"


def test_every_pending_translation_matches_a_string_the_code_asks_for(tmp_path):
    """pending/*.json is merged by hand into the .ts files: each entry must name a (context,
    source) pyside6-lupdate finds now, with the same plural flag, and have both languages."""
    from tests.ui.pending_translations import pending

    scratch = tmp_path / "check.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "greenlife/ui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(scratch)], check=True, capture_output=True)
    found = {(c.find("name").text or "", m.find("source").text): m.get("numerus") == "yes"
             for c in ET.parse(scratch).getroot().iter("context") for m in c.iter("message")}
    wrong = []
    for e in pending():
        key = (e["context"], e["source"])
        if key not in found:
            wrong.append(f"not asked for: {key}")
        elif found[key] != e["plural"]:
            wrong.append(f"plural flag differs: {key}")
        if not e["zh_CN"] or not e["en"] or (e["plural"] and len(e["en"]) != 2):
            wrong.append(f"incomplete: {key}")
    assert wrong == []
