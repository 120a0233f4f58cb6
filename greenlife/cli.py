"""The headless command line: a thin layer over core and store.

``greenlife`` alone starts the desktop app. Refused input exits 1, a usage
error 2, each with one line on stderr and never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import re
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from greenlife import __version__
from greenlife.commands import COMMANDS, UsageError, _restore
from greenlife.catalog import Catalog, language, system_language
from greenlife.core.errors import GreenlifeError, N_
from greenlife.core.factors import APPLIANCES
from greenlife.core.models import Kind
from greenlife.core.periods import Period
from greenlife.core.validation import parse_date


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _date_arg(text: str) -> dt.date:
    if not text.strip():  # parse_date reads '' as "today", which here would be 2100-01-01
        raise argparse.ArgumentTypeError("an empty date; use YYYY-MM-DD")
    day, err = parse_date(text, dt.date(2100, 1, 1))
    if err or day is None:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' is not a date; use YYYY-MM-DD")
    return day


def _date_text(text: str) -> str:
    """A date option given explicitly must not be empty (leave the option out for today);
    the store checks the rest."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty date; use YYYY-MM-DD, or leave the option out")
    return text


def _int_in(low: int, high: int, what: str = "a whole number") -> Any:
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text[:40]}' is not {what}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text[:40]} is out of range; use {low} to {high}")
        return value
    return parse


_ID = _int_in(1, 2**63 - 1, "an id")


def _finite(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' is not a number") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' must be a finite number, 0 or more")
    return value


_KEY_RE = re.compile(r"^[a-z]+\.[a-z][a-z0-9_]*$")


def _factor_key(text: str) -> str:
    if not _KEY_RE.match(text):
        raise argparse.ArgumentTypeError(f"'{text[:40]}' is not a factor key; use lower-case "
                                         "category.item, e.g. commute.subway")
    return text


def build_parser() -> Parser:
    p = Parser(prog="greenlife", description="GreenLife: a household carbon book.")
    p.add_argument("--version", action="version", version=f"greenlife {__version__}")
    p.add_argument("--db", type=Path, help="data file (default: $GREENLIFE_DB or the user "
                   "data directory)")
    sub = p.add_subparsers(dest="command", parser_class=Parser)

    member = sub.add_parser("member", help="household members").add_subparsers(
        dest="action", required=True, parser_class=Parser)
    m = member.add_parser("add", help="add a member")
    m.add_argument("name")
    m.add_argument("--colour", help="#RRGGBB")
    m = member.add_parser("list", help="list members")
    m.add_argument("--all", action="store_true", help="include archived members")
    m.add_argument("--json", action="store_true")
    m = member.add_parser("rename", help="rename a member")
    m.add_argument("name")
    m.add_argument("new_name")
    for action in ("archive", "restore"):
        m = member.add_parser(action, help=f"{action} a member (history is kept)")
        m.add_argument("name")

    log = sub.add_parser("log", help="log an action").add_subparsers(
        dest="category", required=True, parser_class=Parser)
    c = log.add_parser("commute", help="a trip: --km, or --rides for per-ride modes (bus)")
    c.add_argument("--mode", required=True, help="walk, bike, bus, subway, ecar, carpool, petrol")
    c.add_argument("--km")
    c.add_argument("--rides")
    c.add_argument("--steps", help="for --mode steps")
    c.add_argument("--days", help="for --mode car_parked (a day the petrol car stays parked)")
    w = log.add_parser("waste", help="sorted waste")
    w.add_argument("--stream", required=True,
                   help="paper, plastic, metal, glass, kitchen, hazardous, residual")
    w.add_argument("--kg", required=True)
    f = log.add_parser("food", help="clean-plate meals and food thrown away")
    f.add_argument("--meals")
    f.add_argument("--wasted-kg")
    g = log.add_parser("goods", help="second-hand, own bag, express box returned, paperless "
                       "bill, or a family's own action")
    e = log.add_parser("energy", help="rooftop solar kWh, or a family's own action")
    for q in (g, e):
        q.add_argument("--item", required=True, help="see 'greenlife factors list'")
        q.add_argument("--quantity", required=True)
    o = log.add_parser("own", help="one of the family's own actions, by its name or key "
                       "(see 'greenlife action list')")
    o.add_argument("action", help="its name, e.g. 'Mended clothes', or key, e.g. "
                   "goods.own_mended_clothes")
    o.add_argument("--quantity", required=True, help="how many of its unit")
    y = log.add_parser("yesterday", help="repeat a member's entries of the previous day")
    for q in (c, w, f, g, e, o, y):
        q.add_argument("--member", required=True)
        q.add_argument("--date", type=_date_text, help="YYYY-MM-DD (default today)")
        if q is not y:
            q.add_argument("--note", default="")

    mt = sub.add_parser("meter", help="the household's monthly electricity, gas and water"
                        ).add_subparsers(dest="action", required=True, parser_class=Parser)
    ms = mt.add_parser("set", help="a month's meter reading (its index at the month's end) or "
                       "bill amount; the saving against last year becomes a line")
    ms.add_argument("meter", choices=["electricity", "gas", "water"])
    ms.add_argument("month", help="YYYY-MM")
    ms.add_argument("value")
    ms.add_argument("--bill", action="store_true", help="the value is the bill's amount used")
    ms.add_argument("--new-meter-start", help="a new meter was fitted: its first reading")
    ms.add_argument("--old-meter-end", help="a new meter was fitted: the old one's last reading")
    mb = mt.add_parser("baseline", help="the monthly use the first year is compared with")
    mb.add_argument("meter", choices=["electricity", "gas", "water"])
    mb.add_argument("value", nargs="?", default="", help="empty: no baseline")
    ml = mt.add_parser("list", help="months entered, used, compared with, saved, points")
    ml.add_argument("--json", action="store_true")

    ow = sub.add_parser("action", help="the family's own actions").add_subparsers(
        dest="action", required=True, parser_class=Parser)
    oa = ow.add_parser("add", help="a new action of your own")
    oa.add_argument("--name", required=True)
    oa.add_argument("--category", required=True, help="commute, waste, food, energy or goods")
    oa.add_argument("--unit", required=True, help="what one counts: item, hour, time ...")
    oa.add_argument("--grams", required=True, help="grams of CO2 one unit saves")
    oa.add_argument("--source", default="", help="who published the figure (empty: our estimate)")
    ol = ow.add_parser("list", help="your own actions")
    ol.add_argument("--json", action="store_true")
    for action in ("archive", "restore"):
        oc = ow.add_parser(action, help=f"{action} an action (its lines stay)")
        oc.add_argument("key", help="e.g. goods.own_mended_clothes (see 'action list')")

    app = sub.add_parser("appliance", help="efficient home appliances").add_subparsers(
        dest="action", required=True, parser_class=Parser)
    a = app.add_parser("add", help="add an appliance in use")
    a.add_argument("--member", required=True)
    a.add_argument("--type", required=True, help=", ".join(APPLIANCES))
    a.add_argument("--grade", required=True, help="energy-label grade 1-5")
    a.add_argument("--kwh-year", help="kWh/year from the label (default: typical for grade)")
    a.add_argument("--from", dest="start", type=_date_text, help="in use from YYYY-MM-DD (default today)")
    a.add_argument("--to", dest="end", type=_date_text, help="in use until YYYY-MM-DD")
    a.add_argument("--label", default="")
    a = app.add_parser("list", help="list appliances")
    a.add_argument("--json", action="store_true")
    a = app.add_parser("end", help="an appliance is no longer in use")
    a.add_argument("id", type=_ID)
    a.add_argument("--to", dest="end", type=_date_text, required=True)

    e = sub.add_parser("entries", help="list entries")
    e.add_argument("--member")
    e.add_argument("--from", dest="start", type=_date_arg)
    e.add_argument("--to", dest="end", type=_date_arg)
    e.add_argument("--category", choices=["commute", "waste", "food"])
    e.add_argument("--limit", type=_int_in(1, 10_000_000), default=100)
    e.add_argument("--json", action="store_true")

    d = sub.add_parser("delete", help="delete entries by id")
    d.add_argument("ids", type=_ID, nargs="+")

    b = sub.add_parser("book", help="the carbon book: balance and breakdown")
    b.add_argument("--member")
    b.add_argument("--period", choices=[x.value for x in Period], default="all")
    b.add_argument("--date", type=_date_arg, help="a day inside the period (default today)")
    b.add_argument("--json", action="store_true")

    r = sub.add_parser("redeem", help="spend points on a family reward")
    r.add_argument("--member", help="who redeems (default: the household)")
    r.add_argument("--points", required=True)
    r.add_argument("--reward", required=True)
    r.add_argument("--date", type=_date_text)

    fac = sub.add_parser("factors", help="conversion factors").add_subparsers(
        dest="action", required=True, parser_class=Parser)
    fl = fac.add_parser("list", help="list the factors of a set")
    fl.add_argument("--set", dest="set_id")
    fl.add_argument("--json", action="store_true")
    fs = fac.add_parser("set", help="add or edit a factor")
    fs.add_argument("key", type=_factor_key, help="e.g. commute.subway")
    fs.add_argument("--value", type=_finite, required=True)
    fs.add_argument("--unit", help="e.g. 'g CO2/km' (default: the current unit)")
    fs.add_argument("--kind", choices=[k.value for k in Kind])
    fs.add_argument("--source")
    fs.add_argument("--year", type=_int_in(1990, 2100))
    fs.add_argument("--label")
    fs.add_argument("--set", dest="set_id")
    fs.add_argument("--recalculate", action="store_true",
                    help="also recalculate past entries with the new value")
    fac.add_parser("sets", help="list factor sets")
    fu = fac.add_parser("use", help="switch the active factor set")
    fu.add_argument("set_id")
    fn = fac.add_parser("new-set", help="create the family's own set, copied from another")
    fn.add_argument("set_id")
    fn.add_argument("--name", default="")
    fn.add_argument("--from", dest="copy_from")

    bg = sub.add_parser("badges", help="badges earned and progress towards the others")
    bg.add_argument("--member", help="a member's badges (default: the household's)")
    bg.add_argument("--lang", choices=["en", "zh"], default="en")
    bg.add_argument("--json", action="store_true")

    goal = sub.add_parser("goal", help="weekly goals in points").add_subparsers(
        dest="action", required=True, parser_class=Parser)
    gs = goal.add_parser("set", help="set a weekly goal from this week on (earlier weeks keep theirs)")
    gs.add_argument("--points", required=True)
    gs.add_argument("--member", help="a member's own goal (default: the household's)")
    gl = goal.add_parser("show", help="this week's goals and progress")
    gl.add_argument("--json", action="store_true")

    rw = sub.add_parser("reward", help="the family's rewards").add_subparsers(
        dest="action", required=True, parser_class=Parser)
    ra = rw.add_parser("add", help="add a reward with a price in points")
    ra.add_argument("name")
    ra.add_argument("--price", required=True)
    rl = rw.add_parser("list", help="list rewards")
    rl.add_argument("--json", action="store_true")
    rr = rw.add_parser("redeem", help="spend points on a reward")
    rr.add_argument("name")
    rr.add_argument("--member", help="who redeems (default: the household)")
    rr.add_argument("--date", type=_date_text)
    ru = rw.add_parser("undo", help="undo a redemption by its id")
    ru.add_argument("id", type=_ID)

    rc = sub.add_parser("recalc", help="recalculate the lines a factor produced with its current value")
    rc.add_argument("--key", help="only the lines of this factor, e.g. commute.subway (default: all)")
    rc.add_argument("--set", dest="set_id", help="the factor set whose lines change (default: active)")
    rc.add_argument("--dry-run", action="store_true")
    rc.add_argument("--json", action="store_true")

    sm = sub.add_parser("summary", help="the yearly summary: PDF report, CSV, JSON or PNG charts")
    sm.add_argument("--year", type=_int_in(1, 9999), required=True)
    sm.add_argument("--out", type=Path, required=True,
                    help="a file (format from the extension) or, for png, a folder")
    sm.add_argument("--format", choices=["pdf", "csv", "json", "png"], help="force a format")
    sm.add_argument("--lang", choices=["en", "zh"], default="en")
    sm.add_argument("--certificates", action="store_true",
                    help="PDF: add a certificate page per member (for the fridge door)")
    ex = sub.add_parser("export", help="every entry of a year as CSV (or JSON)")
    ex.add_argument("--year", type=_int_in(1, 9999), required=True)
    ex.add_argument("--out", type=Path, required=True)
    ex.add_argument("--format", choices=["csv", "json"], help="force a format")

    ck = sub.add_parser("check", help="full check of the data file; reports every bad row, changes nothing")
    ck.add_argument("--json", action="store_true")
    ck.add_argument("--lang", choices=["zh", "en"], help="language of the report (default: the app's setting)")
    bk = sub.add_parser("backup", help="backups of the data file").add_subparsers(
        dest="action", required=True, parser_class=Parser)
    bl = bk.add_parser("list", help="list backups, newest first")
    bl.add_argument("--json", action="store_true")
    bk.add_parser("create", help="make a backup now")
    br = bk.add_parser("restore", help="restore a backup (the current file is backed up first)")
    br.add_argument("file", nargs="?", type=Path, help="a backup file (see 'backup list')")
    br.add_argument("--latest", action="store_true", help="the newest backup that checks out")
    im = sub.add_parser("import", help="import the CSV that 'greenlife export' writes")
    im.add_argument("file", type=Path)
    im.add_argument("--dry-run", action="store_true", help="show what would be imported")
    im.add_argument("--lang", choices=["zh", "en"], help="language of the messages (default: the app's setting)")

    dm = sub.add_parser("demo", help="fill an empty file with a demo household")
    dm.add_argument("--lang", choices=["zh", "en"], default="zh", help="language of the demo's names")

    be = sub.add_parser("bench", help="benchmark on a file of about 1,000,000 entries")
    be.add_argument("--entries", type=_int_in(1, 10_000_000), default=1_000_000)
    be.add_argument("--file", type=Path, help="reuse or create the benchmark file here")
    be.add_argument("--json", action="store_true")
    be.add_argument("--no-ui", action="store_true", help="skip the desktop measurements")

    sh = sub.add_parser("screenshots", help="render every page of the demo household to PNG")
    sh.add_argument("outdir", type=Path)
    sh.add_argument("--lang", choices=["zh", "en"], default="zh")
    sh.add_argument("--theme", choices=["light", "dark"], default="light")

    sub.add_parser("gui", help="start the desktop app (the default)")
    return p


READ_ONLY = {("member", "list"), ("appliance", "list"), ("meter", "list"), ("action", "list"),
             ("entries", None), ("book", None),
             ("factors", "list"), ("factors", "sets"), ("badges", None), ("goal", "show"),
             ("reward", "list"), ("summary", None), ("export", None), ("check", None),
             ("backup", "list"), ("backup", "create")}


def writes(args: argparse.Namespace) -> bool:
    """Whether the command changes the book (refused while the app has the file open)."""
    if getattr(args, "dry_run", False):
        return False
    return (args.command, getattr(args, "action", None)) not in READ_ONLY


def run(args: argparse.Namespace) -> int:
    from greenlife.store import Store

    if args.command == "bench":
        from greenlife.bench import run_bench

        return run_bench(args)
    if args.command not in ("bench", "screenshots") and writes(args):
        from greenlife.store import default_db_path
        from greenlife.store.lock import refuse_if_app_holds

        refuse_if_app_holds(args.db or default_db_path())
    if args.command == "backup" and args.action == "restore":
        return _restore(args)
    if args.command == "screenshots":
        from greenlife.ui.screenshots import main as shots

        return shots(args.outdir, args.lang, args.theme)
    from greenlife.store import default_db_path
    from greenlife.store.lock import app_holder

    # a read while the app has the file open writes nothing, not even today's appliance lines
    post = writes(args) or app_holder(args.db or default_db_path()) is None
    from greenlife import logs

    logs.setup()  # the same rotating log as the app: starts, upgrades, backups, errors
    logs.record_start(args.db or default_db_path(), command=args.command)
    store = Store.open(args.db, post_lines=post)
    code = 1
    try:
        # messages follow the app's language setting; import and check also take --lang
        chosen = getattr(args, "lang", None) if args.command in ("import", "check") else None
        args.catalog = _CATALOG[0] = Catalog(chosen or language(store.setting("language")))
        code = _dispatch(store, args)
        return code
    finally:
        store.close()
        logs.record_stop(code)


def _dispatch(store: Any, args: argparse.Namespace) -> int:
    handler = COMMANDS.get(args.command)
    if handler is None:
        raise UsageError(f"unknown command {args.command}")
    return handler(store, args)


# the language of the messages: the system's until the book's setting is read
_CATALOG: list[Catalog] = [Catalog(system_language())]


def _say(text: str) -> None:
    """One line on stderr, whatever the bytes in it (a path that is not UTF-8)."""
    line = text.replace("\n", " ") + "\n"
    stream = sys.stderr
    enc = getattr(stream, "encoding", None) or "utf-8"
    try:
        stream.write(line.encode(enc, "backslashreplace").decode(enc))
    except (UnicodeError, LookupError):
        stream.write(line.encode("ascii", "backslashreplace").decode("ascii"))


def _say_error(exc: GreenlifeError) -> None:
    cat = _CATALOG[0]
    _say("greenlife: " + cat.tr("Errors", N_("error: {message}")).format(message=cat.message(exc)))


def _check_argv(argv: Sequence[str]) -> None:
    for arg in argv:
        if any("\ud800" <= c <= "\udfff" for c in arg):
            raise UsageError(f"the argument {arg.encode('utf-8', 'backslashreplace').decode()[:60]} is not "
                             "valid UTF-8 text")
        if "\x00" in arg:
            raise UsageError("an argument contains a NUL character")


def main(argv: Sequence[str] | None = None) -> int:
    _CATALOG[0] = Catalog(system_language())
    parser = build_parser()
    try:
        _check_argv(sys.argv[1:] if argv is None else argv)
        args = parser.parse_args(argv)
        if args.command in (None, "gui"):
            from greenlife.ui.app import run_app

            return run_app(args.db)
        return run(args)
    except UsageError as exc:
        _say(f"greenlife: usage error: {exc}")
        return 2
    except GreenlifeError as exc:
        _say_error(exc)
        return 1
    except sqlite3.IntegrityError as exc:  # a CHECK constraint refused a value the code let through
        _say_error(GreenlifeError("refused by the data file's rules ({reason}); nothing was saved",
                                  reason=str(exc)))
        return 1
    except sqlite3.Error as exc:
        from greenlife.store.tx import storage_error

        _say_error(storage_error(exc))
        return 1
    except OSError as exc:
        from greenlife.core.errors import file_error

        _say_error(file_error(exc))
        return 1
    except KeyboardInterrupt:
        print("greenlife: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
