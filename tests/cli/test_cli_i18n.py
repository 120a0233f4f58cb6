"""The command line's normal output, help and usage errors in the book's language (Chinese
or English), machine-readable output the same in both; and a guard against a new English-only
print in greenlife/commands.py."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from greenlife.cli import main
from greenlife.store import Store

ROOT = Path(__file__).resolve().parents[2]
DAY = "2026-11-02"  # a Monday
CJK = re.compile(r"[\u4e00-\u9fff]")


def book(path: Path, language: str) -> str:
    """A small book: two members, a few entries on DAY, a reward, goals, an own action, an
    appliance, a meter reading; its language setting as given."""
    db = str(path)
    s = Store.open(db)
    s.set_setting("language", language)
    s.close()
    for args in (
        ["member", "add", "杨女士", "--colour", "#2E7D32"],
        ["member", "add", "李先生", "--colour", "#1565C0"],
        ["log", "commute", "--member", "杨女士", "--mode", "bus", "--rides", "1", "--date", DAY],
        ["log", "commute", "--member", "杨女士", "--mode", "subway", "--km", "12", "--date", DAY],
        ["log", "food", "--member", "李先生", "--meals", "1", "--date", DAY],
        ["log", "waste", "--member", "李先生", "--stream", "paper", "--kg", "2", "--date", DAY],
        ["reward", "add", "电影之夜", "--price", "1"],
        ["goal", "set", "--points", "5000"],
        ["action", "add", "--name", "缝补衣服", "--category", "goods", "--unit", "件", "--grams", "500"],
        ["appliance", "add", "--member", "杨女士", "--type", "refrigerator", "--grade", "1",
         "--from", DAY, "--to", "2026-11-03"],
        ["meter", "set", "electricity", "2025-10", "1000"],
        ["meter", "set", "electricity", "2025-11", "1180"],
    ):
        assert main(["--db", db, *args]) == 0, args
    return db


@pytest.fixture
def zh(tmp_path, capsys):
    db = book(tmp_path / "zh.db", "zh_CN")
    capsys.readouterr()
    return db


@pytest.fixture
def en(tmp_path, capsys):
    db = book(tmp_path / "en.db", "en")
    capsys.readouterr()
    return db


def out_of(capsys, db: str, *args: str, code: int = 0) -> list[str]:
    assert main(["--db", db, *args]) == code, args
    return capsys.readouterr().out.splitlines()


# command -> English words allowed in its Chinese output (keys, ids, option names typed as is)
READS = {
    ("member", "list"): set(),
    ("entries",): {"CO2e"},  # the factor unit's chemistry stays as written
    ("book", "--period", "all"): set(),
    ("book", "--period", "week", "--date", DAY): set(),
    ("badges",): set(),
    ("goal", "show"): set(),
    ("reward", "list"): set(),
    ("factors", "list"): {"commute", "subway", "bus", "bike", "walk", "ecar", "carpool", "petrol",
                          "steps", "car_parked", "waste", "paper", "plastic", "metal", "glass",
                          "kitchen", "hazardous", "residual", "food", "clean_plate", "food_waste",
                          "grid", "electricity", "gas", "water", "goods", "energy", "secondhand",
                          "bag", "box_returned", "paperless", "no_tableware", "solar",
                          "own_action", "CO2e", "CAS", "WWF", "FAO", "IPCC", "GB", "MEE",
                          "NBS", "EPA", "WARM", "Xinhua", "mini", "kWh", "meter"},
    ("factors", "sets"): {"shanghai", "wuhan"},
    ("appliance", "list"): set(),
    ("meter", "list"): set(),
    ("action", "list"): {"goods", "own_action"},
    ("backup", "list"): set(),
    ("recalc", "--dry-run"): set(),
    ("check",): {"SQLite"},
}


def english_words(lines: list[str], allowed: set[str]) -> list[str]:
    words = re.findall(r"[A-Za-z][A-Za-z_]{2,}", "\n".join(lines))
    return [w for w in words if w not in allowed]


@pytest.mark.parametrize("args", list(READS), ids=" ".join)
def test_every_read_command_speaks_chinese_in_a_chinese_book(zh, capsys, args):
    if args == ("backup", "list"):
        assert main(["--db", zh, "backup", "create"]) == 0
        capsys.readouterr()
    lines = out_of(capsys, zh, *args)
    assert lines, args
    if args == ("backup", "list"):  # the file's path is the file's path
        lines = [line.rsplit("\t", 1)[0] for line in lines]
    assert CJK.search("\n".join(lines)), lines
    assert english_words(lines, READS[args] | {"id"}) == [], lines


def test_the_chinese_lines_say_what_happened(zh, capsys):
    assert out_of(capsys, zh, "member", "list") == [
        "1\t杨女士\t#2E7D32\t在用", "2\t李先生\t#1565C0\t在用"]
    assert out_of(capsys, zh, "book", "--period", "all") == [
        "全家，全部时间：9,878 积分",
        "  减排 9.88 千克，排放 0.00 千克，奖励 0 积分",
        "  家电          +262",  # the refrigerator's two days: Chinese characters are two columns
        "  出行        +1,586",  # 422 + 12 x 97
        "  饮食          +230",
        "  垃圾分类    +7,800",
        "  能源             0",
        "  物品与循环       0",
    ]
    lines = out_of(capsys, zh, "entries")
    assert "2026年11月2日\t杨女士\t出行\t公交\t1 次\t422 克二氧化碳/次\t+422" in "\n".join(lines)
    logged = out_of(capsys, zh, "log", "food", "--member", "杨女士", "--meals", "2", "--date", DAY)
    found = re.fullmatch(r"已记录 杨女士，2026年11月2日，饮食，光盘（餐） 2 餐：\+460 积分（编号 (\d+)）",
                         logged[0])
    assert len(logged) == 1
    assert found, logged
    assert out_of(capsys, zh, "delete", found[1]) == ["已删除 1 条记录"]
    assert out_of(capsys, zh, "reward", "list") == ["1\t电影之夜\t1 积分"]
    assert out_of(capsys, zh, "meter", "list")[1].split() == [
        "电网电力", "2025年10月", "读数", "1,000", "-", "-", "-", "-"]
    assert out_of(capsys, zh, "member", "archive", "李先生") == ["已归档 李先生"]


def test_the_chinese_book_breaks_points_down_by_category(zh, capsys):
    lines = out_of(capsys, zh, "book", "--period", "week", "--date", DAY)
    assert lines[0].startswith("全家，2026年11月2日 至 2026年11月8日：")
    assert lines[0].endswith(" 积分")
    cats = {line.split()[0] for line in lines[2:]}
    assert {"出行", "饮食", "垃圾分类", "家电"} <= cats


def test_english_plurals_and_words(en, capsys):
    assert out_of(capsys, en, "book", "--period", "all")[1:4] == [
        "  avoided 9.88 kg, emitted 0.00 kg, rewards 0 points", "  Appliances         +262",
        "  Commute          +1,586"]
    lines = out_of(capsys, en, "entries")
    assert any(line.endswith("Bus\t1 ride\t422 g CO2/ride\t+422") for line in lines), lines
    assert any("Clean-plate meals\t1 meal\t" in line for line in lines), lines
    logged = out_of(capsys, en, "log", "food", "--member", "杨女士", "--meals", "2", "--date", DAY)
    found = re.fullmatch(r"logged 杨女士, 2026-11-02, Food, Clean-plate meals 2 meals: \+460 points "
                         r"\(id (\d+)\)", logged[0])
    assert len(logged) == 1
    assert found, logged
    assert out_of(capsys, en, "reward", "list") == ["1\t电影之夜\t1 point"]
    assert out_of(capsys, en, "delete", found[1]) == ["deleted 1 entry"]
    assert out_of(capsys, en, "delete", "1", "2") == ["deleted 2 entries"]
    assert out_of(capsys, en, "member", "list") == [
        "1\t杨女士\t#2E7D32\tactive", "2\t李先生\t#1565C0\tactive"]
    first = out_of(capsys, en, "book", "--period", "all")[0]
    assert re.fullmatch(r"Whole household, all time: [\d,]+ points", first), first
    assert out_of(capsys, en, "recalc", "--dry-run") == ["would change 0 lines, 0 points"]


def test_goal_and_badges_in_both_languages(zh, en, capsys):
    assert out_of(capsys, zh, "goal", "show")[0].startswith("全家：")
    assert out_of(capsys, en, "goal", "show")[0].startswith("Whole household: ")
    zh_badges, en_badges = out_of(capsys, zh, "badges"), out_of(capsys, en, "badges")
    assert len(zh_badges) == len(en_badges)
    assert any("（铜牌）：" in line for line in zh_badges), zh_badges
    assert any(" (bronze): " in line for line in en_badges), en_badges


@pytest.mark.parametrize("args", [
    ("member", "list", "--json"), ("entries", "--json"), ("book", "--json"),
    ("book", "--period", "week", "--date", DAY, "--json"), ("badges", "--json"),
    ("goal", "show", "--json"), ("reward", "list", "--json"), ("factors", "list", "--json"),
    ("appliance", "list", "--json"), ("meter", "list", "--json"), ("action", "list", "--json"),
    ("recalc", "--dry-run", "--json"), ("check", "--json"),
], ids=" ".join)
def test_json_is_the_same_in_both_languages(zh, en, capsys, args):
    assert main(["--db", zh, *args]) in (0, 1)
    zh_out = capsys.readouterr().out
    assert main(["--db", en, *args]) in (0, 1)
    en_out = capsys.readouterr().out
    assert json.loads(zh_out) == json.loads(en_out)
    assert zh_out == en_out


def test_lang_option_on_every_command_and_before_it(zh, en, capsys):
    assert out_of(capsys, zh, "reward", "list", "--lang", "en") == ["1\t电影之夜\t1 point"]
    assert main(["--lang", "en", "--db", zh, "reward", "list"]) == 0
    assert capsys.readouterr().out.splitlines() == ["1\t电影之夜\t1 point"]
    assert out_of(capsys, en, "reward", "list", "--lang", "zh") == ["1\t电影之夜\t1 积分"]
    assert main(["--lang", "zh", "--db", en, "reward", "list"]) == 0
    assert capsys.readouterr().out.splitlines() == ["1\t电影之夜\t1 积分"]


def test_system_language_when_the_book_has_none(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "new.db")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["--db", db, "member", "add", "杨女士", "--colour", "#2E7D32"]) == 0
    assert capsys.readouterr().out.splitlines() == ["已添加成员 杨女士（#2E7D32）"]
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert main(["--db", db, "member", "list"]) == 0
    assert capsys.readouterr().out.splitlines() == ["1\t杨女士\t#2E7D32\tactive"]


def test_help_is_chinese_in_a_chinese_book(zh, capsys):
    for args in ([], ["book"], ["log", "commute"], ["member"]):
        with pytest.raises(SystemExit) as exc:
            main(["--db", zh, *args, "--help"])
        assert exc.value.code == 0
        text = capsys.readouterr().out
        assert text.startswith("用法：greenlife"), text
        assert "显示本帮助信息并退出" in text
        assert "选项：" in text
        for english in ("options:", "usage:", "show this help"):
            assert english not in text
    with pytest.raises(SystemExit):
        main(["--db", zh, "book", "--help"])
    assert "该时段中的任意一天（默认今天）" in capsys.readouterr().out


def test_help_follows_lang_and_leaves_the_book_alone(zh, capsys):
    before = Path(zh).stat().st_mtime_ns, Path(zh).read_bytes()
    with pytest.raises(SystemExit):
        main(["--db", zh, "--lang", "en", "--help"])
    text = capsys.readouterr().out
    assert text.startswith("usage: greenlife")
    assert "the carbon book: balance and breakdown" in text
    with pytest.raises(SystemExit):
        main(["--db", zh, "--help"])
    assert "碳账本：余额与明细" in capsys.readouterr().out
    assert (Path(zh).stat().st_mtime_ns, Path(zh).read_bytes()) == before


def test_usage_errors_in_chinese(zh, capsys):
    assert main(["--db", zh, "book", "--period", "bogus"]) == 2
    err = capsys.readouterr().err
    assert err == ("greenlife: 用法错误：参数 --period：无效的选项：'bogus'（可选：'day', 'week', "
                   "'month', 'year', 'all'）（见“greenlife book --help”）\n")
    assert main(["--db", zh, "member", "add"]) == 2
    assert "缺少以下必需参数：name" in capsys.readouterr().err
    assert main(["--db", zh, "entries", "--limit", "0"]) == 2
    assert "0 超出范围；请用 1 至 10,000,000" in capsys.readouterr().err
    assert main(["--db", zh, "log", "food", "--member", "杨女士"]) == 2
    assert "请给出 --meals、--wasted-kg 或两者" in capsys.readouterr().err
    assert main(["--db", zh, "member", "list", "--bogus"]) == 2
    assert "无法识别的参数：--bogus" in capsys.readouterr().err


def test_usage_errors_in_english_unchanged(en, capsys):
    assert main(["--db", en, "book", "--period", "bogus"]) == 2
    assert capsys.readouterr().err == (
        "greenlife: usage error: argument --period: invalid choice: 'bogus' (choose from 'day', "
        "'week', 'month', 'year', 'all') (see 'greenlife book --help')\n")


def test_argparse_is_left_as_it_was(zh, capsys):
    import argparse

    before = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    main(["--db", zh, "book", "--period", "bogus"])
    assert (argparse._, argparse.ngettext) == before  # type: ignore[attr-defined]
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]


def test_writes_and_summaries_in_chinese(zh, capsys, tmp_path):
    assert out_of(capsys, zh, "goal", "set", "--points", "6000")[0].startswith("全家的每周目标：6,000 积分")
    assert out_of(capsys, zh, "reward", "redeem", "电影之夜")[0].startswith("已兑换 电影之夜，花费 1 积分")
    assert out_of(capsys, zh, "reward", "undo", "1") == ["已撤销兑换 1"]
    assert out_of(capsys, zh, "factors", "use", "wuhan") == ["当前因子集：wuhan"]
    lines = out_of(capsys, zh, "export", "--year", "2026", "--out", str(tmp_path / "x.csv"))
    assert lines == [f"已将 6 行写入 {tmp_path / 'x.csv'}"]  # 4 entries, 2 appliance days
    created = out_of(capsys, zh, "backup", "create")
    assert created[0].startswith("已写入备份：")
    assert out_of(capsys, zh, "action", "archive", "goods.own_action") == ["已归档 缝补衣服（goods.own_action）"]


def test_demo_says_how_many_in_english_plurals(tmp_path, capsys):
    db = str(tmp_path / "demo.db")
    assert main(["--db", db, "demo", "--lang", "en"]) == 0
    line = capsys.readouterr().out.strip()
    assert re.fullmatch(r"demo household created: 4 members, [\d,]+ entries", line), line


# -- the guard ---------------------------------------------------------------------------------

TRANSLATING = {"cli", "tr", "message", "dumps", "_print_json", "_points", "_source", "C_",
               "encode", "decode"}  # (an encoding's name is no text)


def _untranslated(tree: ast.AST, calls: set[str]) -> list[str]:
    """String literals with letters passed to the given calls (print, UsageError) other than
    inside a translating call (``catalog.cli``/``tr``/``message``, JSON)."""
    found: list[str] = []

    def walk(node: ast.AST) -> None:
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name in TRANSLATING:
                return
        if isinstance(node, ast.FormattedValue):  # its format spec (",.2f") is no text
            walk(node.value)
            return
        if isinstance(node, ast.Subscript):  # a key (row["reached"]) is no text
            walk(node.value)
            return
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and re.search(
                "[A-Za-z]", node.value):
            found.append(node.value)
        for child in ast.iter_child_nodes(node):
            walk(child)

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in calls:
            for arg in [*node.args, *(k.value for k in node.keywords if k.arg != "file")]:
                walk(arg)
    return found


def test_no_english_only_output_in_commands():
    """Every literal with letters that commands.py prints or raises as a usage error goes
    through the catalog."""
    tree = ast.parse((ROOT / "greenlife/commands.py").read_text(encoding="utf-8"))
    assert _untranslated(tree, {"print", "UsageError"}) == []
    assert len([n for n in ast.walk(tree) if isinstance(n, ast.Call)
                and getattr(n.func, "id", "") == "print"]) > 30


def test_the_guard_catches_an_english_print():
    bad = ast.parse('print(f"deleted {n} entries")\nprint(cat.cli("ok {n}").format(n=n))\n'
                    'raise UsageError("give a FILE")\nprint(f"{a}\\t{b}")\n')
    assert _untranslated(bad, {"print", "UsageError"}) == ["deleted ", " entries", "give a FILE"]


def test_help_texts_are_all_marked():
    """Every help= and description= in cli.py is a catalog call (or the list of keys to type)."""
    tree = ast.parse((ROOT / "greenlife/cli.py").read_text(encoding="utf-8"))

    def marked(value: ast.expr) -> bool:
        if isinstance(value, ast.IfExp):
            return marked(value.body) and marked(value.orelse)
        return isinstance(value, ast.Call) and (
            getattr(value.func, "attr", "") in ("cli", "join") or getattr(value.func, "id", "") == "_lang_help")

    loose = [ast.unparse(node.value) for node in ast.walk(tree)
             if isinstance(node, ast.keyword) and node.arg in ("help", "description")
             and not marked(node.value)]
    assert loose == []


def test_no_english_only_message_in_cli():
    """cli.py's usage errors, argument checks and stderr lines go through the catalog too (the
    program's name "greenlife: " is no text to translate)."""
    tree = ast.parse((ROOT / "greenlife/cli.py").read_text(encoding="utf-8"))
    found = _untranslated(tree, {"print", "_say", "UsageError", "ArgumentTypeError"})
    assert [text for text in found if text != "greenlife: "] == []
