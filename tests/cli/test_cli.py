import json
import subprocess
import sys

import pytest

from greenlife.cli import main


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "t.db")


def run(db, *args):
    return main(["--db", db, *args])


def test_the_acceptance_example(db, capsys):
    assert run(db, "member", "add", "杨女士") == 0
    assert run(db, "log", "commute", "--member", "杨女士", "--mode", "bike", "--km", "1") == 0
    assert run(db, "log", "commute", "--member", "杨女士", "--mode", "subway", "--km", "61") == 0
    capsys.readouterr()
    assert run(db, "book", "--member", "杨女士", "--period", "all", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["points"] == 6015
    assert data["by_category"]["commute"] == 6015


def test_refused_command_exits_1_with_one_line_and_changes_nothing(db, capsys):
    run(db, "member", "add", "杨女士")
    run(db, "log", "commute", "--member", "杨女士", "--mode", "bus", "--rides", "2")
    capsys.readouterr()
    for args in (
        ["log", "commute", "--member", "杨女士", "--mode", "subway", "--km", "2000"],
        ["log", "food", "--member", "杨女士", "--meals", "1", "--wasted-kg", "200"],
        ["log", "commute", "--member", "杨女士", "--mode", "subway", "--km", "nan"],
        ["log", "commute", "--member", "杨女士", "--mode", "subway", "--km", "3",
         "--date", "2999-01-01"],
        ["log", "commute", "--member", "王先生", "--mode", "subway", "--km", "3"],
        ["log", "commute", "--member", "杨女士", "--mode", "hovercraft", "--km", "3"],
        ["redeem", "--points", "999999", "--reward", "Car"],
    ):
        assert run(db, *args) == 1, args
        err = capsys.readouterr().err
        assert err.count("\n") == 1, err
        assert err.startswith("greenlife: error:")
        assert "Traceback" not in err
    run(db, "entries", "--json")
    entries = json.loads(capsys.readouterr().out)
    assert len(entries) == 1
    assert entries[0]["points"] == 844


def test_error_message_names_field_value_and_range(db, capsys):
    run(db, "member", "add", "杨女士")
    run(db, "log", "commute", "--member", "杨女士", "--mode", "subway", "--km", "2000")
    err = capsys.readouterr().err
    assert "km" in err
    assert "2000" in err
    assert "0.01 to 500" in err


def test_usage_errors_exit_2(db, capsys):
    assert run(db, "frobnicate") == 2
    assert run(db, "log", "commute", "--member", "x", "--mode", "bus") == 2
    err = capsys.readouterr().err
    assert "usage error" in err
    assert "Traceback" not in err


def test_food_appliance_factors_recalc_entries(db, capsys):
    run(db, "member", "add", "奶奶")
    assert run(db, "log", "food", "--member", "奶奶", "--meals", "2", "--wasted-kg", "0.2") == 0
    assert run(db, "log", "waste", "--member", "奶奶", "--stream", "paper", "--kg", "0.5") == 0
    assert run(db, "appliance", "add", "--member", "奶奶", "--type", "refrigerator",
               "--grade", "1", "--from", "2026-01-01") == 0
    assert run(db, "factors", "set", "waste.paper", "--value", "4", "--source", "test") == 0
    capsys.readouterr()
    assert run(db, "recalc", "--dry-run", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"applied": False, "changed": 1,
                                                     "points_delta": 50}
    run(db, "factors", "list", "--json")
    factors = {f["key"]: f for f in json.loads(capsys.readouterr().out)}
    assert factors["waste.paper"]["value"] == 4
    assert factors["commute.subway"]["source"] == (
        "Shanghai carbon-inclusion platform, as reported by People's Daily (人民日报), 2025")
    run(db, "entries", "--json", "--category", "food")
    assert sorted(e["points"] for e in json.loads(capsys.readouterr().out)) == [-500, 460]


def test_member_list_and_archive(db, capsys):
    run(db, "member", "add", "杨女士")
    run(db, "member", "add", "小明")
    assert run(db, "member", "archive", "小明") == 0
    capsys.readouterr()
    run(db, "member", "list", "--json")
    assert [m["name"] for m in json.loads(capsys.readouterr().out)] == ["杨女士"]


def test_every_subcommand_has_help():
    for args in (["--help"], ["member", "add", "--help"], ["log", "commute", "--help"],
                 ["book", "--help"], ["factors", "set", "--help"], ["bench", "--help"]):
        with pytest.raises(SystemExit) as exc:
            main(args)
        assert exc.value.code == 0


def test_python_dash_m_and_env_var(tmp_path):
    env = {"GREENLIFE_DB": str(tmp_path / "env.db"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-m", "greenlife", "member", "add", "杨女士"],
                         capture_output=True, text=True, env=env, check=False)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "env.db").exists()
    out = subprocess.run([sys.executable, "-m", "greenlife", "demo"],
                         capture_output=True, text=True, env=env, check=False)
    assert out.returncode == 1
    assert "empty file" in out.stderr


def test_badges_goal_reward_commands(db, capsys):
    run(db, "member", "add", "杨女士")
    for d in range(17, 24):
        run(db, "log", "commute", "--member", "杨女士", "--mode", "bike", "--km", "2",
            "--date", f"2026-11-{d}")
    out = capsys.readouterr().out
    assert "badge earned: Green commuter (bronze)" in out
    assert run(db, "badges", "--member", "杨女士", "--json") == 0
    badges = {(b["id"], b["tier"]): b for b in json.loads(capsys.readouterr().out)}
    assert badges[("green_streak", "bronze")]["earned"] is True
    assert badges[("green_streak", "silver")]["progress"] == 7
    assert run(db, "goal", "set", "--points", "1000") == 0
    assert run(db, "reward", "add", "电影之夜", "--price", "1000") == 0
    assert run(db, "reward", "redeem", "电影之夜") == 0
    assert run(db, "reward", "redeem", "电影之夜") == 1
    assert "Nothing was redeemed" in capsys.readouterr().err
    run(db, "book", "--json")
    assert json.loads(capsys.readouterr().out)["debit_points"] == 1000


def test_cli_appliance_says_what_it_posted_and_recalc_is_scoped(db, capsys):
    import datetime as dt

    from greenlife.core import calc

    run(db, "member", "add", "奶奶")
    start = dt.date.today() - dt.timedelta(days=9)
    assert run(db, "appliance", "add", "--member", "奶奶", "--type", "refrigerator",
               "--grade", "1", "--from", start.isoformat()) == 0
    per_day = calc.points((450 - 360) * 530.6 / 365)
    assert f"{10 * per_day:+,} points for 10 days posted up to today" in capsys.readouterr().out
    assert run(db, "log", "commute", "--member", "奶奶", "--mode", "subway", "--km", "10") == 0
    assert run(db, "factors", "set", "commute.subway", "--value", "100", "--source", "test") == 0
    assert run(db, "factors", "set", "grid.electricity", "--value", "0.6", "--source", "test") == 0
    capsys.readouterr()
    assert run(db, "recalc", "--key", "commute.subway", "--dry-run", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"applied": False, "changed": 1, "points_delta": 30}
    assert run(db, "recalc", "--key", "grid.electricity", "--json") == 0
    new_day = calc.points((450 - 360) * 600 / 365)
    assert json.loads(capsys.readouterr().out) == {"applied": True, "changed": 10,  # lines
                                                     "points_delta": 10 * (new_day - per_day)}
    run(db, "book", "--period", "all", "--json")
    assert json.loads(capsys.readouterr().out)["points"] == 970 + 10 * new_day


def test_cli_commands_are_in_the_rotating_log(db, capsys):
    from greenlife import logs

    assert run(db, "member", "add", "奶奶") == 0
    text = logs.current_path().read_text(encoding="utf-8")
    assert "command=member" in text.splitlines()[-2]
    assert text.splitlines()[-1].endswith("stop: exit code 0")


def test_meters_own_actions_and_new_actions_from_the_command_line(db, capsys):
    import datetime as dt

    from greenlife.core.meters import add_months, month_start

    this = month_start(dt.date.today())  # the CLI runs on the real clock
    m1, m2 = (add_months(this, -k).isoformat()[:7] for k in (2, 1))
    assert run(db, "member", "add", "杨女士") == 0
    assert run(db, "log", "commute", "--member", "杨女士", "--mode", "steps", "--steps", "10000") == 0
    assert run(db, "log", "goods", "--member", "杨女士", "--item", "box_returned", "--quantity",
               "3") == 0
    assert run(db, "action", "add", "--name", "Mended clothes", "--category", "goods",
               "--unit", "item", "--grams", "300") == 0
    assert run(db, "log", "goods", "--member", "杨女士", "--item", "own_mended_clothes",
               "--quantity", "2") == 0
    out = capsys.readouterr().out
    assert "+200 points" in out  # 10,000 steps x 0.02 g
    assert "+111 points" in out  # 3 boxes x 37 g
    assert "+600 points" in out
    assert run(db, "meter", "baseline", "electricity", "300") == 0
    assert run(db, "meter", "set", "electricity", m1, "1000") == 0
    assert run(db, "meter", "set", "electricity", m2, "1250") == 0
    capsys.readouterr()
    assert run(db, "meter", "list", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    (last,) = [r for r in rows if r["month"] == m2]
    assert (last["used"], last["saved"], last["basis"], last["points"]) == (250, 50, "baseline",
                                                                          26530)
    assert run(db, "meter", "set", "electricity", this.isoformat()[:7], "1300") == 1
    assert "not over yet" in capsys.readouterr().err
    assert run(db, "action", "list", "--json") == 0
    (own,) = json.loads(capsys.readouterr().out)
    assert (own["name"], own["assumption"], own["source"]) == ("Mended clothes", True,
                                                              "Our estimate")


def test_a_familys_own_action_is_logged_by_its_name_or_key(db, capsys):
    from greenlife.store import Store

    assert run(db, "member", "add", "杨女士") == 0
    assert run(db, "action", "add", "--name", "光盘打包", "--category", "food", "--unit", "份",
               "--grams", "120") == 0
    assert run(db, "action", "add", "--name", "Mended clothes", "--category", "goods",
               "--unit", "item", "--grams", "300") == 0
    capsys.readouterr()
    assert run(db, "log", "own", "光盘打包", "--member", "杨女士", "--quantity", "2") == 0
    assert "+240 points" in capsys.readouterr().out
    assert run(db, "log", "own", "mended CLOTHES", "--member", "杨女士", "--quantity", "1") == 0
    assert run(db, "log", "own", "goods.own_mended_clothes", "--member", "杨女士",
               "--quantity", "1", "--date", "2026-01-05", "--note", "sleeve") == 0
    s = Store.open(db)
    try:
        got = s.db.execute("SELECT category, item, quantity, unit, points, note FROM entries "
                           "ORDER BY id").fetchall()
    finally:
        s.close()
    assert got == [("food", "own_action", 2, "份", 240, ""), ("goods", "own_mended_clothes", 1,
                   "item", 300, ""), ("goods", "own_mended_clothes", 1, "item", 300, "sleeve")]


def test_an_unknown_or_archived_own_action_is_refused_in_the_users_language(db, capsys):
    from greenlife.store import Store

    assert run(db, "member", "add", "杨女士") == 0
    s = Store.open(db)
    s.set_setting("language", "en")
    s.close()
    assert run(db, "action", "add", "--name", "Mended clothes", "--category", "goods",
               "--unit", "item", "--grams", "300") == 0
    assert run(db, "action", "archive", "goods.own_mended_clothes") == 0
    capsys.readouterr()
    assert run(db, "log", "own", "Knitting", "--member", "杨女士", "--quantity", "1") == 1
    assert capsys.readouterr().err == ("greenlife: error: No action of your own is called "
                                       "'Knitting'; 'greenlife action list' shows them.\n")
    assert run(db, "log", "own", "Mended clothes", "--member", "杨女士", "--quantity", "1") == 1
    assert capsys.readouterr().err == (
        "greenlife: error: 'Mended clothes' is archived; bring it back with 'greenlife action "
        "restore goods.own_mended_clothes' to log it.\n")
    s = Store.open(db)
    s.set_setting("language", "zh_CN")
    s.close()
    capsys.readouterr()
    assert run(db, "log", "own", "Knitting", "--member", "杨女士", "--quantity", "1") == 1
    err = capsys.readouterr().err
    assert "Knitting" in err and "没有" in err, err
    run(db, "entries", "--json")
    assert json.loads(capsys.readouterr().out) == []


def test_meter_list_prints_the_apps_rounded_numbers_in_aligned_columns(db, capsys):
    import datetime as dt

    from greenlife.core.meters import add_months, month_start

    this = month_start(dt.date.today())
    m1, m2, m3 = (add_months(this, -k).isoformat()[:7] for k in (3, 2, 1))
    assert run(db, "meter", "baseline", "electricity", "300") == 0
    assert run(db, "meter", "set", "electricity", m1, "12345.6") == 0
    assert run(db, "meter", "set", "electricity", m2, "12469.000000001") == 0  # 123.400000001
    assert run(db, "meter", "set", "electricity", m3, "12600.251") == 0  # 131.251
    assert run(db, "meter", "set", "gas", m3, "35.5", "--bill") == 0
    capsys.readouterr()
    assert run(db, "meter", "list") == 0
    out = capsys.readouterr().out.splitlines()
    assert "000000" not in "\n".join(out) and "e+" not in "\n".join(out)
    head, *rows = out
    assert head.split() == ["meter", "month", "entered", "used", "compared", "with", "saved",
                            "points"]
    cells = [r.split("  ") for r in rows]
    got = [[c.strip() for c in r if c.strip()] for r in cells]
    assert got == [
        ["Grid electricity", m1, "reading 12,345.6", "-", "-", "-", "-"],
        ["Grid electricity", m2, "reading 12,469", "123.4", "300 (baseline)", "176.6", "+93,704"],
        ["Grid electricity", m3, "reading 12,600.25", "131.25", "300 (baseline)", "168.75",
         "+89,538"],
        ["Gas", m3, "bill 35.5", "35.5", "-", "-", "-"],
    ]
    # every column starts (text) or ends (numbers) at the same place on each line
    for col in ("month", "points"):
        at = head.index(col)
        assert all(len(r) >= at for r in rows)
    ends = {len(r.rstrip()) for r in [head, *rows]}
    assert len(ends) == 1, out
