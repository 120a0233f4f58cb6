"""Every option of every CLI subcommand, fed hostile values: never a traceback. Each run
exits 0, 1 (refused) or 2 (usage), and a refusal is one line on stderr."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest

from greenlife.cli import build_parser, main
from greenlife.store import Store
from tests.conftest import TODAY

SKIP = {"bench", "screenshots", "gui"}  # minutes of work or a window: not data commands

# a valid command line for each subcommand; each option is then replaced by hostile values
BASE: dict[tuple[str, ...], list[str]] = {
    ("member", "add"): ["member", "add", "新人", "--colour", "#123456"],
    ("member", "list"): ["member", "list"],
    ("member", "rename"): ["member", "rename", "杨女士", "杨"],
    ("member", "archive"): ["member", "archive", "李先生"],
    ("member", "restore"): ["member", "restore", "李先生"],
    ("log", "commute"): ["log", "commute", "--member", "杨女士", "--mode", "subway", "--km", "3",
                         "--date", "2026-11-20", "--note", "n"],
    ("log", "waste"): ["log", "waste", "--member", "杨女士", "--stream", "paper", "--kg", "1"],
    ("log", "food"): ["log", "food", "--member", "杨女士", "--meals", "2", "--wasted-kg", "0.1"],
    ("log", "yesterday"): ["log", "yesterday", "--member", "杨女士"],
    ("log", "goods"): ["log", "goods", "--member", "杨女士", "--item", "bag", "--quantity", "2"],
    ("log", "own"): ["log", "own", "补衣服", "--member", "杨女士", "--quantity", "2"],
    ("log", "energy"): ["log", "energy", "--member", "杨女士", "--item", "solar", "--quantity",
                        "5"],
    ("meter", "set"): ["meter", "set", "electricity", "2026-10", "1200", "--new-meter-start", "0",
                       "--old-meter-end", "100"],
    ("meter", "baseline"): ["meter", "baseline", "gas", "30"],
    ("meter", "list"): ["meter", "list"],
    ("action", "add"): ["action", "add", "--name", "补衣服", "--category", "goods", "--unit", "件",
                        "--grams", "300", "--source", "s"],
    ("action", "list"): ["action", "list"],
    ("action", "archive"): ["action", "archive", "goods.own_action"],
    ("action", "restore"): ["action", "restore", "goods.own_action"],
    ("appliance", "add"): ["appliance", "add", "--member", "杨女士", "--type", "air_conditioner",
                           "--grade", "1", "--from", "2026-06-01"],
    ("appliance", "list"): ["appliance", "list"],
    ("appliance", "end"): ["appliance", "end", "1", "--to", "2026-11-01"],
    ("entries",): ["entries", "--from", "2026-01-01", "--limit", "5"],
    ("delete",): ["delete", "999"],
    ("book",): ["book", "--period", "week", "--date", "2026-11-20"],
    ("redeem",): ["redeem", "--points", "10", "--reward", "ice cream"],
    ("factors", "list"): ["factors", "list"],
    ("factors", "set"): ["factors", "set", "commute.subway", "--value", "97"],
    ("factors", "sets"): ["factors", "sets"],
    ("factors", "use"): ["factors", "use", "shanghai"],
    ("factors", "new-set"): ["factors", "new-set", "family"],
    ("badges",): ["badges"],
    ("goal", "set"): ["goal", "set", "--points", "30000"],
    ("goal", "show"): ["goal", "show"],
    ("reward", "add"): ["reward", "add", "电影", "--price", "100"],
    ("reward", "list"): ["reward", "list"],
    ("reward", "redeem"): ["reward", "redeem", "电影"],
    ("reward", "undo"): ["reward", "undo", "1"],
    ("recalc",): ["recalc", "--dry-run"],
    ("summary",): ["summary", "--year", "2026", "--out", "{tmp}/s.json"],
    ("export",): ["export", "--year", "2026", "--out", "{tmp}/e.csv"],
    ("check",): ["check"],
    ("backup", "list"): ["backup", "list"],
    ("backup", "create"): ["backup", "create"],
    ("backup", "restore"): ["backup", "restore", "{tmp}/none.db"],
    ("import",): ["import", "{tmp}/in.csv", "--dry-run"],
    ("demo",): ["demo"],
}


def hostile(tmp: Path) -> list[str]:
    weird = tmp / "a#b%20c?d 空 格"
    weird.mkdir(exist_ok=True)
    return ["", " ", "0", "-1", "99999999999999999999", "-99999999999999999999", "1e400", "nan", "inf",
            "-inf", "1,5", "1.5e-300", "a\x00b", "\udcff\udcfe", "x" * 5000, str(weird / "文件 #%.csv"),
            str(weird), "/dev/zero", "/proc", "--", "2026-02-30", "0000-00-00", "9999-12-31"]


def leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for name, child in subs[0].choices.items():
        yield from leaves(child, (*path, name))


def slots(parser: argparse.ArgumentParser, base: list[str]) -> list[tuple[str, int | None]]:
    """(option, index of its value in base) for each option taking a value; positionals by index."""
    out = []
    for a in parser._actions:
        if isinstance(a, argparse._HelpAction) or a.nargs == 0:
            continue
        if a.option_strings:
            opt = a.option_strings[-1]
            idx = next((i + 1 for i, t in enumerate(base) if t in a.option_strings), None)
            out.append((opt, idx))
    positionals = [i for i, t in enumerate(base) if i >= 1 and not t.startswith("-")
                   and not base[i - 1].startswith("-") and t not in ("add", "list", "rename", "archive",
                   "restore", "commute", "waste", "food", "yesterday", "end", "set", "sets", "use",
                   "new-set", "show", "redeem", "undo", "create")]
    out += [("", i) for i in positionals]
    return out


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "g.db"
    s = Store.open(path, today=lambda: TODAY)
    for name in ("杨女士", "李先生"):
        s.add_member(name)
    s.log("杨女士", "commute", "subway", 10, day="2026-11-23")
    s.close()
    (tmp_path / "in.csv").write_text("date,member\n", encoding="utf-8")
    return path


def run(argv: list[str], capsys) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # --help, --version
        code = int(exc.code or 0)
    except BaseException as exc:  # a traceback would have been printed
        pytest.fail(f"{argv!r} raised {type(exc).__name__}: {exc}")
    return code, capsys.readouterr().err


def test_every_option_with_hostile_values_never_gives_a_traceback(book, tmp_path, capsys, monkeypatch):
    tmp = tmp_path
    monkeypatch.chdir(tmp)  # relative outputs ('0', 'nan', ...) land in the scratch folder
    values = hostile(tmp)
    parser = build_parser()
    found = {path for path, _ in leaves(parser) if path[0] not in SKIP}
    assert found == set(BASE), "add a base command line for a new subcommand"
    runs, bad = 0, []
    for path, sub in leaves(parser):
        if path[0] in SKIP:
            continue
        db = tmp / f"{'-'.join(path)}.db"
        shutil.copy(book, db)
        base = [t.replace("{tmp}", str(tmp)) for t in BASE[path]]
        for opt, idx in slots(sub, base):
            for v in values:
                if idx is None:
                    argv = [*base, opt, v]
                else:
                    argv = list(base)
                    argv[idx] = v
                code, err = run(["--db", str(db), *argv], capsys)
                runs += 1
                lines = [x for x in err.splitlines() if x.strip()]
                if "Traceback" in err or code not in (0, 1, 2) or (code and len(lines) != 1):
                    bad.append((argv, code, err[:300]))
    assert bad == []
    assert runs > 1000


@pytest.mark.parametrize("db", ["", "{tmp}", "/dev/zero", "{tmp}/a#b%c?d/空 格.db", "{tmp}/empty.db",
                                "{tmp}/x\udcff.db", "{tmp}/" + "n" * 300 + ".db"])
def test_hostile_data_file_paths(db, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.db").write_bytes(b"")
    path = db.replace("{tmp}", str(tmp_path))
    for argv in (["check"], ["member", "list"], ["log", "waste", "--member", "x", "--stream", "paper", "--kg", "1"],
                 ["backup", "create"], ["backup", "restore", "--latest"]):
        code, err = run(["--db", path, *argv], capsys)
        assert "Traceback" not in err
        assert code in (0, 1, 2)
        assert code == 0 or len(err.strip().splitlines()) == 1, err


def test_a_factor_key_in_capitals_is_refused_with_one_line(book, capsys):
    code, err = run(["--db", str(book), "factors", "set", "commute.Teleport", "--value", "1",
                     "--unit", "g CO2/km", "--kind", "reduction", "--source", "x"], capsys)
    assert code == 2
    assert "not a factor key" in err
    assert len(err.strip().splitlines()) == 1


def test_invalid_utf8_in_the_real_argv(book):
    import subprocess
    import sys

    p = subprocess.run([sys.executable.encode(), b"-m", b"greenlife", b"--db", str(book).encode(), b"member",
                        b"add", b"\xff\xfe name"], capture_output=True)
    assert p.returncode == 2
    assert b"Traceback" not in p.stderr
    assert b"not valid UTF-8" in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1
