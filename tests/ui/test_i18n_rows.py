"""The CSV importer's per-row messages and the full check's findings are templates the
interface and the command line translate: in Chinese they read as Chinese, whatever the file
holds; English keeps its plurals (issue #14)."""

from __future__ import annotations

import re

import pytest

from tests.ui.test_i18n_messages import latin_words

HEADER = ("date,member,kind,category,item,quantity,unit,factor_set,factor_key,factor_value,"
          "factor_unit,factor_kind,factor_source,factor_year,factor_assumption,grams,points,note")
SUBWAY = "2025-03-02,{who},action,{cat},subway,{qty},km,shanghai,commute.subway,97,g CO2/km,reduction,src,2025,0,970,{pts},"
BAD_ROWS = [
    SUBWAY.format(who="杨女士", cat="commute", qty=10, pts=971),          # points do not add up
    SUBWAY.format(who="杨女士", cat="commute", qty=10, pts=970).replace("2025-03-02", "2099-01-01"),
    SUBWAY.format(who="王先生", cat="commute", qty=10, pts=970),          # no such member
    SUBWAY.format(who="杨女士", cat="travel", qty=10, pts=970),           # no such category
    SUBWAY.format(who="杨女士", cat="commute", qty="abc", pts=970),       # not a number
    "2025-03-02,杨女士,action,commute",                                    # cells missing
    "2025-03-02,杨女士,gift,commute,subway,1,km,,commute.subway,97,g CO2/km,reduction,src,,0,97,97,",
    "2025-03-02,杨女士,redemption,,电影之夜,,,,,,,,,,,,500,",               # a redemption must spend
    "2025-03-02,杨女士,appliance,appliance,toaster,1,kWh,,grid.electricity,0.53,kg CO2/kWh,emission,src,2023,0,530,530,",
]


def bad_csv(path, rows=BAD_ROWS):
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def chinese_only(line: str) -> list[str]:
    """Latin words left once what the file itself holds is taken out (quoted cell values)."""
    return latin_words(re.sub(r"'[^']*'|“[^”]*”", "", line))


def test_the_import_dialog_lists_bad_rows_in_chinese(qtbot, with_pending, state, tmp_path):
    from greenlife.ui.i18n import apply_language
    from greenlife.ui.widgets.import_dialog import ImportDialog

    path = bad_csv(tmp_path / "bad.csv")
    apply_language("zh_CN")
    try:
        d = ImportDialog(state)
        qtbot.addWidget(d)
        plan = d.check(str(path))
        lines = d.details.toPlainText().splitlines()
        summary = d.summary.text()
    finally:
        apply_language("en")
    assert plan is not None and len(plan.errors) == len(BAD_ROWS)
    assert len(lines) == len(BAD_ROWS)
    assert all(re.match(r"第 \d+ 行：", ln) for ln in lines), lines
    assert [ln for ln in lines if chinese_only(ln)] == [], [chinese_only(ln) for ln in lines]
    assert "积分：971 与数量 × 系数 = 970 不符" in lines[0]
    assert "未知的成员 '王先生'" in lines[2]
    assert "本行单元格数：4；表头列数：18" in lines[5]
    assert not latin_words(summary)
    # the same file in English names the field and the reason in English
    d2 = ImportDialog(state)
    qtbot.addWidget(d2)
    d2.check(str(path))
    english = d2.details.toPlainText().splitlines()
    assert english[0] == "line 2: points: 971 does not match quantity × factor = 970"
    assert english[2] == "line 4: member: unknown member '王先生'; add the member first"


def _cli(capsys, *args):
    from greenlife.cli import main

    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out.splitlines(), out.err.splitlines()


def _book(path):
    from greenlife.store import Store

    s = Store.open(path)
    s.add_member("杨女士")
    return s


def test_the_cli_import_speaks_chinese_by_option_or_by_the_apps_setting(tmp_path, capsys):
    db = tmp_path / "c.db"
    _book(db).close()
    path = bad_csv(tmp_path / "bad.csv")
    code, _out, err = _cli(capsys, "--db", str(db), "import", str(path), "--lang", "zh")
    assert code == 1
    rows, last = err[:-1], err[-1]
    assert len(rows) == len(BAD_ROWS)
    assert all(re.match(r"第 \d+ 行：", ln) for ln in rows), rows
    assert [ln for ln in rows if chinese_only(ln)] == []
    assert last == f"greenlife: 错误：{len(BAD_ROWS)} 行有问题；没有导入任何内容。请修正后重新导入。"

    from greenlife.store import Store

    s = Store.open(db)
    s.set_setting("language", "zh_CN")  # the app set to Chinese: the CLI follows it
    s.close()
    _code, _out, err = _cli(capsys, "--db", str(db), "import", str(path))
    assert err[0].startswith("第 2 行：积分：")
    _code, _out, err = _cli(capsys, "--db", str(db), "import", str(path), "--lang", "en")
    assert err[0] == "line 2: points: 971 does not match quantity × factor = 970"


def test_the_cli_counts_in_english_plurals(tmp_path, capsys):
    db = tmp_path / "c.db"
    _book(db).close()
    one = bad_csv(tmp_path / "one.csv", BAD_ROWS[:1])
    _code, _out, err = _cli(capsys, "--db", str(db), "import", str(one), "--lang", "en")
    assert err[-1] == "greenlife: error: 1 bad row; nothing was imported. Fix it and import again."
    good = tmp_path / "good.csv"
    good.write_text(HEADER + "\n" + SUBWAY.format(who="杨女士", cat="commute", qty=10, pts=970) + "\n",
                    encoding="utf-8")
    _code, out, _err = _cli(capsys, "--db", str(db), "import", str(good), "--dry-run", "--lang", "en")
    assert out == ["would import 1 line; already in the book: 0"]
    _code, out, _err = _cli(capsys, "--db", str(db), "import", str(good), "--lang", "zh")
    assert out == ["已导入 1 行；账本中已有：0"]


def _tampered(path):
    s = _book(path)
    s.log("杨女士", "commute", "subway", 10)
    s.db.execute("UPDATE entries SET points = points + 1")
    s.db.execute("UPDATE entries SET grams = grams + 5")
    s.db.conn.commit()
    problems = s.check()
    s.close()
    return problems


def test_the_full_check_reports_in_chinese_in_the_cli_and_the_app(tmp_path, capsys, with_pending, qapp):
    problems = _tampered(tmp_path / "t.db")
    assert len(problems) >= 2
    code, out, _err = _cli(capsys, "--db", str(tmp_path / "t.db"), "check", "--lang", "zh")
    assert code == 1
    assert len(out) == len(problems)
    assert all(ln.startswith("记录，第 1 行：") for ln in out), out
    assert [ln for ln in out if chinese_only(ln)] == [], out
    assert any("积分与克数不符" in ln for ln in out)
    code, out, _err = _cli(capsys, "--db", str(tmp_path / "t.db"), "check", "--lang", "en")
    assert "entries, row 1: points do not match grams" in out

    from greenlife.ui import labels
    from greenlife.ui.i18n import apply_language

    apply_language("zh_CN")
    try:
        shown = [labels.problem_text(p) for p in problems]
    finally:
        apply_language("en")
    assert all(t.startswith("记录，第 1 行：") for t in shown), shown
    assert [t for t in shown if chinese_only(t)] == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_row_message_template_is_translated(lang):
    """Each template the importer and the check can raise has a translation in the shipped
    catalogue (the CLI reads it without Qt)."""
    import ast
    from pathlib import Path

    from greenlife.catalog import Catalog

    cat = Catalog(lang)
    root = Path(__file__).resolve().parents[2] / "greenlife/store"
    templates = set()
    for name in ("importer.py", "safety.py"):
        for node in ast.walk(ast.parse((root / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("FieldError", "N_", "Message",
                                                                               "Problem"):
                args = node.args[1:2] if node.func.id == "FieldError" else (  # type: ignore[attr-defined]
                    node.args[2:3] if node.func.id == "Problem" else node.args[:1])  # type: ignore[attr-defined]
                templates |= {a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    assert len(templates) > 30
    if lang == "zh":
        assert [t for t in templates - {"{text}"} if cat.tr("Errors", t) == t] == []


def test_the_shipped_factor_sources_are_offered_for_translation(with_pending, qapp):
    """The Log page's factor line and the factor table show a built-in factor's source in the
    interface language (a family's own source stays as typed)."""
    from greenlife.core import factors
    from greenlife.ui import labels
    from greenlife.ui.i18n import apply_language

    shipped = {f.source for f in factors.SHANGHAI + factors.WUHAN}
    assert set(labels.FACTOR_SOURCES) == shipped
    apply_language("zh_CN")
    try:
        shown = {s: labels.factor_note(s) for s in shipped}
        own = labels.factor_note("our electricity bill, 2025")
    finally:
        apply_language("en")
    assert [s for s, t in shown.items() if latin_words(re.sub(r"\b(WARM|v16|Gt|IPCC|GB|T|A4)\b", "", t))] == []
    assert shown[factors.SH] == "上海碳普惠平台，人民日报报道，2025"
    assert own == "our electricity bill, 2025"


def test_amounts_count_in_english_plurals_and_chinese_measure_words(with_pending, qapp, state):
    """History's quantity column, the Book's lines and a usual action's name: "1 meal", not
    "1 meals"; the History factor column's unit in the interface language."""
    from greenlife.ui import labels
    from greenlife.ui.i18n import apply_language
    from greenlife.ui.models.entries import COL_FACTOR, COL_QUANTITY, EntriesModel

    state.store.log("杨女士", "food", "clean_plate", 1)
    state.store.log("杨女士", "commute", "bus", 2)
    entries = state.store.entries()
    assert [labels.amount(1, "meal"), labels.amount(2, "ride"), labels.amount(1.5, "km")] == [
        "1 meal", "2 rides", "1.5 km"]
    model = EntriesModel(lambda offset, limit, *_sort: entries[offset:offset + limit], lambda: len(entries))
    model.reload()
    shown = {model.index(r, COL_QUANTITY).data() for r in range(model.rowCount())}
    assert shown == {"1 meal", "2 rides"}
    apply_language("zh_CN")
    try:
        assert [labels.amount(1, "meal"), labels.amount(2, "ride")] == ["1 餐", "2 次"]
        factor = {model.index(r, COL_FACTOR).data() for r in range(model.rowCount())}
    finally:
        apply_language("en")
    assert not [f for f in factor if latin_words(f)], factor


def test_the_network_share_refusal_names_the_share_in_chinese(with_pending, qapp, monkeypatch, tmp_path):
    from greenlife.catalog import Catalog
    from greenlife.core.errors import StorageError
    from greenlife.store import safety
    from greenlife.ui import labels
    from greenlife.ui.i18n import apply_language

    monkeypatch.setattr(safety, "network_share", lambda p, mounts="": "a network file system (nfs4)")
    with pytest.raises(StorageError) as err:
        safety.refuse_network(tmp_path / "g.db")
    assert "is on a network file system (nfs4)." in err.value.message  # English as before
    apply_language("zh_CN")
    try:
        shown = labels.error_text(err.value)
    finally:
        apply_language("en")
    assert "网络文件系统（nfs4）" in shown, shown
    assert "网络文件系统（nfs4）" in Catalog("zh").message(err.value)
