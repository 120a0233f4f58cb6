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
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

from greenlife import __version__
from greenlife.catalog import C_, Catalog, language, system_language
from greenlife.commands import COMMANDS, UsageError, _restore
from greenlife.core.errors import N_, GreenlifeError
from greenlife.core.factors import APPLIANCES
from greenlife.core.models import Kind
from greenlife.core.periods import Period
from greenlife.core.validation import parse_date


class Parser(argparse.ArgumentParser):
    def format_help(self) -> str:
        """argparse ends a section's heading with ':'; after a Chinese heading, '：'."""
        return re.sub(r"(?m)^(\S.*[\u4e00-\u9fff]):$", "\\1：", super().format_help())

    def error(self, message: str) -> NoReturn:
        raise UsageError(_cat().cli("{message} (see '{prog} --help')").format(message=message,
                                                                              prog=self.prog))


def _cat() -> Catalog:
    return _CATALOG[0]


# argparse's own words (usage, "invalid choice", "the following arguments are required" ...),
# offered for translation here and looked up by their English text while the parser runs
_ARGPARSE = (
    C_("usage: "), C_("positional arguments"), C_("options"), C_("show this help message and exit"),
    C_("argument %(argument_name)s: %(message)s"), C_("unrecognized arguments: %s"),
    C_("the following arguments are required: %s"), C_("invalid choice: %(value)r (choose from %(choices)s)"),
    C_("expected one argument"), C_("expected at most one argument"),
    C_("expected at least one argument"), C_("invalid %(type)s value: %(value)r"),
    C_("ambiguous option: %(option)s could match %(matches)s"), C_("not allowed with argument %s"),
    C_("ignored explicit argument %r"), C_("one of the arguments %s is required"),
    C_("unexpected option string: %s"),
)


@contextmanager
def _argparse_in(cat: Catalog) -> Iterator[None]:
    """argparse's messages in the catalog's language while the parser is built and runs
    (argparse looks its words up through the module's gettext functions)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def gettext(text: str) -> str:
        return cat.cli(text)

    def ngettext(singular: str, plural: str, n: int) -> str:
        if singular == "expected %s argument":  # argparse fills in the number itself
            return cat.cli("expected %Ln arguments", n).replace(cat.number(n), "%s", 1)
        return str(saved[1](singular, plural, n))

    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def _date_arg(text: str) -> dt.date:
    if not text.strip():  # parse_date reads '' as "today", which here would be 2100-01-01
        raise argparse.ArgumentTypeError(_cat().cli("an empty date; use YYYY-MM-DD"))
    day, err = parse_date(text, dt.date(2100, 1, 1))
    if err or day is None:
        raise argparse.ArgumentTypeError(_cat().cli("'{text}' is not a date; use YYYY-MM-DD").format(
            text=text[:40]))
    return day


def _date_text(text: str) -> str:
    """A date option given explicitly must not be empty (leave the option out for today);
    the store checks the rest."""
    if not text.strip():
        raise argparse.ArgumentTypeError(_cat().cli("an empty date; use YYYY-MM-DD, or leave the option "
                                                    "out"))
    return text


def _int_in(low: int, high: int, what: str = C_("'{text}' is not a whole number")) -> Any:
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(_cat().cli(what).format(text=text[:40])) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(_cat().cli("{text} is out of range; use {low} to {high}").format(
                text=text[:40], low=_cat().number(low), high=_cat().number(high)))
        return value
    return parse


_ID = _int_in(1, 2**63 - 1, C_("'{text}' is not an id"))


def _finite(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_cat().cli("'{text}' is not a number").format(text=text[:40])) from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(_cat().cli("'{text}' must be a finite number, 0 or more").format(
            text=text[:40]))
    return value


_KEY_RE = re.compile(r"^[a-z]+\.[a-z][a-z0-9_]*$")


def _factor_key(text: str) -> str:
    if not _KEY_RE.match(text):
        raise argparse.ArgumentTypeError(_cat().cli("'{text}' is not a factor key; use lower-case "
                                                    "category.item, e.g. commute.subway").format(
            text=text[:40]))
    return text


def build_parser(cat: Catalog | None = None) -> Parser:
    """The parser, its help in the catalog's language (argparse's own words too when built
    inside ``_argparse_in``)."""
    cat = cat or _cat()
    p = Parser(prog="greenlife", description=cat.cli("GreenLife: a household carbon book."))
    p.add_argument("--version", action="version", version=f"greenlife {__version__}",
                   help=cat.cli("show the version and exit"))
    p.add_argument("--lang", dest="lang_all", choices=["zh", "en"], help=_lang_help(cat))
    p.add_argument("--db", type=Path, help=cat.cli("data file (default: $GREENLIFE_DB or the user "
                   "data directory)"))
    sub = p.add_subparsers(dest="command", parser_class=Parser)

    member = sub.add_parser("member", help=cat.cli("household members")).add_subparsers(
        dest="action", required=True, parser_class=Parser)
    m = member.add_parser("add", help=cat.cli("add a member"))
    m.add_argument("name")
    m.add_argument("--colour", help=cat.cli("#RRGGBB"))
    m = member.add_parser("list", help=cat.cli("list members"))
    m.add_argument("--all", action="store_true", help=cat.cli("include archived members"))
    m.add_argument("--json", action="store_true")
    m = member.add_parser("rename", help=cat.cli("rename a member"))
    m.add_argument("name")
    m.add_argument("new_name")
    for action in ("archive", "restore"):
        m = member.add_parser(action, help=cat.cli("archive a member (history is kept)")
                              if action == "archive" else cat.cli("restore a member (history is kept)"))
        m.add_argument("name")

    log = sub.add_parser("log", help=cat.cli("log an action")).add_subparsers(
        dest="category", required=True, parser_class=Parser)
    c = log.add_parser("commute", help=cat.cli("a trip: --km, or --rides for per-ride modes (bus)"))
    c.add_argument("--mode", required=True, help=cat.cli("walk, bike, bus, subway, ecar, carpool, petrol"))
    c.add_argument("--km")
    c.add_argument("--rides")
    c.add_argument("--steps", help=cat.cli("for --mode steps"))
    c.add_argument("--days", help=cat.cli("for --mode car_parked (a day the petrol car stays parked)"))
    w = log.add_parser("waste", help=cat.cli("sorted waste"))
    w.add_argument("--stream", required=True,
                   help=cat.cli("paper, plastic, metal, glass, kitchen, hazardous, residual"))
    w.add_argument("--kg", required=True)
    f = log.add_parser("food", help=cat.cli("clean-plate meals and food thrown away"))
    f.add_argument("--meals")
    f.add_argument("--wasted-kg")
    g = log.add_parser("goods", help=cat.cli("second-hand, own bag, express box returned, paperless "
                       "bill, or a family's own action"))
    e = log.add_parser("energy", help=cat.cli("rooftop solar kWh, or a family's own action"))
    for q in (g, e):
        q.add_argument("--item", required=True, help=cat.cli("see 'greenlife factors list'"))
        q.add_argument("--quantity", required=True)
    o = log.add_parser("own", help=cat.cli("one of the family's own actions, by its name or key "
                       "(see 'greenlife action list')"))
    o.add_argument("action", help=cat.cli("its name, e.g. 'Mended clothes', or key, e.g. "
                   "goods.own_mended_clothes"))
    o.add_argument("--quantity", required=True, help=cat.cli("how many of its unit"))
    y = log.add_parser("yesterday", help=cat.cli("repeat a member's entries of the previous day"))
    for q in (c, w, f, g, e, o, y):
        q.add_argument("--member", required=True)
        q.add_argument("--date", type=_date_text, help=cat.cli("YYYY-MM-DD (default today)"))
        if q is not y:
            q.add_argument("--note", default="")

    mt = sub.add_parser("meter", help=cat.cli("the household's monthly electricity, gas and water")
                        ).add_subparsers(dest="action", required=True, parser_class=Parser)
    ms = mt.add_parser("set", help=cat.cli("a month's meter reading (its index at the month's end) or "
                       "bill amount; the saving against last year becomes a line"))
    ms.add_argument("meter", choices=["electricity", "gas", "water"])
    ms.add_argument("month", help=cat.cli("YYYY-MM"))
    ms.add_argument("value")
    ms.add_argument("--bill", action="store_true", help=cat.cli("the value is the bill's amount used"))
    ms.add_argument("--new-meter-start", help=cat.cli("a new meter was fitted: its first reading"))
    ms.add_argument("--old-meter-end", help=cat.cli("a new meter was fitted: the old one's last reading"))
    mb = mt.add_parser("baseline", help=cat.cli("the monthly use the first year is compared with"))
    mb.add_argument("meter", choices=["electricity", "gas", "water"])
    mb.add_argument("value", nargs="?", default="", help=cat.cli("empty: no baseline"))
    ml = mt.add_parser("list", help=cat.cli("months entered, used, compared with, saved, points"))
    ml.add_argument("--json", action="store_true")

    ow = sub.add_parser("action", help=cat.cli("the family's own actions")).add_subparsers(
        dest="action", required=True, parser_class=Parser)
    oa = ow.add_parser("add", help=cat.cli("a new action of your own"))
    oa.add_argument("--name", required=True)
    oa.add_argument("--category", required=True, help=cat.cli("commute, waste, food, energy or goods"))
    oa.add_argument("--unit", required=True, help=cat.cli("what one counts: item, hour, time ..."))
    oa.add_argument("--grams", required=True, help=cat.cli("grams of CO2 one unit saves"))
    oa.add_argument("--source", default="", help=cat.cli("who published the figure (empty: our estimate)"))
    ol = ow.add_parser("list", help=cat.cli("your own actions"))
    ol.add_argument("--json", action="store_true")
    for action in ("archive", "restore"):
        oc = ow.add_parser(action, help=cat.cli("archive an action (its lines stay)")
                           if action == "archive" else cat.cli("restore an action (its lines stay)"))
        oc.add_argument("key", help=cat.cli("e.g. goods.own_mended_clothes (see 'action list')"))

    app = sub.add_parser("appliance", help=cat.cli("efficient home appliances")).add_subparsers(
        dest="action", required=True, parser_class=Parser)
    a = app.add_parser("add", help=cat.cli("add an appliance in use"))
    a.add_argument("--member", required=True)
    a.add_argument("--type", required=True, help=", ".join(APPLIANCES))  # the keys to type
    a.add_argument("--grade", required=True, help=cat.cli("energy-label grade 1-5"))
    a.add_argument("--kwh-year", help=cat.cli("kWh/year from the label (default: typical for grade)"))
    a.add_argument("--from", dest="start", type=_date_text, help=cat.cli("in use from YYYY-MM-DD (default today)"))
    a.add_argument("--to", dest="end", type=_date_text, help=cat.cli("in use until YYYY-MM-DD"))
    a.add_argument("--label", default="")
    a = app.add_parser("list", help=cat.cli("list appliances"))
    a.add_argument("--json", action="store_true")
    a = app.add_parser("end", help=cat.cli("an appliance is no longer in use"))
    a.add_argument("id", type=_ID)
    a.add_argument("--to", dest="end", type=_date_text, required=True)

    e = sub.add_parser("entries", help=cat.cli("list entries"))
    e.add_argument("--member")
    e.add_argument("--from", dest="start", type=_date_arg)
    e.add_argument("--to", dest="end", type=_date_arg)
    e.add_argument("--category", choices=["commute", "waste", "food"])
    e.add_argument("--limit", type=_int_in(1, 10_000_000), default=100)
    e.add_argument("--json", action="store_true")

    d = sub.add_parser("delete", help=cat.cli("delete entries by id"))
    d.add_argument("ids", type=_ID, nargs="+")

    b = sub.add_parser("book", help=cat.cli("the carbon book: balance and breakdown"))
    b.add_argument("--member")
    b.add_argument("--period", choices=[x.value for x in Period], default="all")
    b.add_argument("--date", type=_date_arg, help=cat.cli("a day inside the period (default today)"))
    b.add_argument("--json", action="store_true")

    r = sub.add_parser("redeem", help=cat.cli("spend points on a family reward"))
    r.add_argument("--member", help=cat.cli("who redeems (default: the household)"))
    r.add_argument("--points", required=True)
    r.add_argument("--reward", required=True)
    r.add_argument("--date", type=_date_text)

    fac = sub.add_parser("factors", help=cat.cli("conversion factors")).add_subparsers(
        dest="action", required=True, parser_class=Parser)
    fl = fac.add_parser("list", help=cat.cli("list the factors of a set"))
    fl.add_argument("--set", dest="set_id")
    fl.add_argument("--json", action="store_true")
    fs = fac.add_parser("set", help=cat.cli("add or edit a factor"))
    fs.add_argument("key", type=_factor_key, help=cat.cli("e.g. commute.subway"))
    fs.add_argument("--value", type=_finite, required=True)
    fs.add_argument("--unit", help=cat.cli("e.g. 'g CO2/km' (default: the current unit)"))
    fs.add_argument("--kind", choices=[k.value for k in Kind])
    fs.add_argument("--source")
    fs.add_argument("--year", type=_int_in(1990, 2100))
    fs.add_argument("--label")
    fs.add_argument("--set", dest="set_id")
    fs.add_argument("--recalculate", action="store_true",
                    help=cat.cli("also recalculate past entries with the new value"))
    fac.add_parser("sets", help=cat.cli("list factor sets"))
    fu = fac.add_parser("use", help=cat.cli("switch the active factor set"))
    fu.add_argument("set_id")
    fn = fac.add_parser("new-set", help=cat.cli("create the family's own set, copied from another"))
    fn.add_argument("set_id")
    fn.add_argument("--name", default="")
    fn.add_argument("--from", dest="copy_from")

    bg = sub.add_parser("badges", help=cat.cli("badges earned and progress towards the others"))
    bg.add_argument("--member", help=cat.cli("a member's badges (default: the household's)"))
    bg.add_argument("--lang", choices=["en", "zh"],
                    help=cat.cli("language of the output and of the badge names (default: the app's "
                                 "setting; --json: English)"))
    bg.add_argument("--json", action="store_true")

    goal = sub.add_parser("goal", help=cat.cli("weekly goals in points")).add_subparsers(
        dest="action", required=True, parser_class=Parser)
    gs = goal.add_parser("set", help=cat.cli("set a weekly goal from this week on (earlier weeks keep theirs)"))
    gs.add_argument("--points", required=True)
    gs.add_argument("--member", help=cat.cli("a member's own goal (default: the household's)"))
    gl = goal.add_parser("show", help=cat.cli("this week's goals and progress"))
    gl.add_argument("--json", action="store_true")

    rw = sub.add_parser("reward", help=cat.cli("the family's rewards")).add_subparsers(
        dest="action", required=True, parser_class=Parser)
    ra = rw.add_parser("add", help=cat.cli("add a reward with a price in points"))
    ra.add_argument("name")
    ra.add_argument("--price", required=True)
    rl = rw.add_parser("list", help=cat.cli("list rewards"))
    rl.add_argument("--json", action="store_true")
    rr = rw.add_parser("redeem", help=cat.cli("spend points on a reward"))
    rr.add_argument("name")
    rr.add_argument("--member", help=cat.cli("who redeems (default: the household)"))
    rr.add_argument("--date", type=_date_text)
    ru = rw.add_parser("undo", help=cat.cli("undo a redemption by its id"))
    ru.add_argument("id", type=_ID)

    rc = sub.add_parser("recalc", help=cat.cli("recalculate the lines a factor produced with its current value"))
    rc.add_argument("--key", help=cat.cli("only the lines of this factor, e.g. commute.subway (default: all)"))
    rc.add_argument("--set", dest="set_id", help=cat.cli("the factor set whose lines change (default: active)"))
    rc.add_argument("--dry-run", action="store_true")
    rc.add_argument("--json", action="store_true")

    sm = sub.add_parser("summary", help=cat.cli("the yearly summary: PDF report, CSV, JSON or PNG charts"))
    sm.add_argument("--year", type=_int_in(1, 9999), required=True)
    sm.add_argument("--out", type=Path, required=True,
                    help=cat.cli("a file (format from the extension) or, for png, a folder"))
    sm.add_argument("--format", choices=["pdf", "csv", "json", "png"], help=cat.cli("force a format"))
    sm.add_argument("--lang", choices=["en", "zh"],
                    help=cat.cli("language of the messages and the report (default: the app's setting)"))
    sm.add_argument("--certificates", action="store_true",
                    help=cat.cli("PDF: add a certificate page per member (for the fridge door)"))
    ex = sub.add_parser("export", help=cat.cli("every entry of a year as CSV (or JSON)"))
    ex.add_argument("--year", type=_int_in(1, 9999), required=True)
    ex.add_argument("--out", type=Path, required=True)
    ex.add_argument("--format", choices=["csv", "json"], help=cat.cli("force a format"))

    ck = sub.add_parser("check", help=cat.cli("full check of the data file; reports every bad row, changes nothing"))
    ck.add_argument("--json", action="store_true")
    ck.add_argument("--lang", choices=["zh", "en"], help=cat.cli("language of the report (default: the app's setting)"))
    bk = sub.add_parser("backup", help=cat.cli("backups of the data file")).add_subparsers(
        dest="action", required=True, parser_class=Parser)
    bl = bk.add_parser("list", help=cat.cli("list backups, newest first"))
    bl.add_argument("--json", action="store_true")
    bk.add_parser("create", help=cat.cli("make a backup now"))
    br = bk.add_parser("restore", help=cat.cli("restore a backup (the current file is backed up first)"))
    br.add_argument("file", nargs="?", type=Path, help=cat.cli("a backup file (see 'backup list')"))
    br.add_argument("--latest", action="store_true", help=cat.cli("the newest backup that checks out"))
    im = sub.add_parser("import", help=cat.cli("import the CSV that 'greenlife export' writes"))
    im.add_argument("file", type=Path)
    im.add_argument("--dry-run", action="store_true", help=cat.cli("show what would be imported"))
    im.add_argument("--lang", choices=["zh", "en"],
                    help=cat.cli("language of the messages (default: the app's setting)"))

    dm = sub.add_parser("demo", help=cat.cli("fill an empty file with a demo household"))
    dm.add_argument("--lang", choices=["zh", "en"],
                    help=cat.cli("language of the messages and the demo's names (default: the app's "
                                 "setting; names in Chinese)"))

    be = sub.add_parser("bench", help=cat.cli("benchmark on a file of about 1,000,000 entries"))
    be.add_argument("--entries", type=_int_in(1, 10_000_000), default=1_000_000)
    be.add_argument("--file", type=Path, help=cat.cli("reuse or create the benchmark file here"))
    be.add_argument("--json", action="store_true")
    be.add_argument("--no-ui", action="store_true", help=cat.cli("skip the desktop measurements"))

    sh = sub.add_parser("screenshots", help=cat.cli("render every page of the demo household to PNG"))
    sh.add_argument("outdir", type=Path)
    sh.add_argument("--lang", choices=["zh", "en"], default="zh")
    sh.add_argument("--theme", choices=["light", "dark"], default="light")

    sub.add_parser("gui", help=cat.cli("start the desktop app (the default)"))
    _lang_everywhere(p, cat)
    return p


def _lang_help(cat: Catalog) -> str:
    return cat.cli("language of the output: zh or en (default: the app's setting, else the system's)")


def _lang_everywhere(parser: argparse.ArgumentParser, cat: Catalog) -> None:
    """Every command takes --lang (after its name too), unless it has its own."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    for action in subs:
        for child in dict.fromkeys(action.choices.values()):
            _lang_everywhere(child, cat)
    if not subs and parser.prog != "greenlife" and "--lang" not in parser._option_string_actions:
        parser.add_argument("--lang", choices=["zh", "en"], help=_lang_help(cat))


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
    args.catalog = _cat()  # the language chosen before parsing (see main)
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
        # the output follows --lang, else the app's language setting, else the system's
        args.catalog = _CATALOG[0] = Catalog(_chosen(args) or language(store.setting("language")))
        code = _dispatch(store, args)
        return code
    finally:
        store.close()
        logs.record_stop(code)


def _chosen(args: argparse.Namespace) -> str | None:
    """The language --lang names (before or after the command), if any. The screenshots'
    --lang is the pages' language, not the output's."""
    own = getattr(args, "lang", None) if args.command != "screenshots" else None
    return own or getattr(args, "lang_all", None)


def _dispatch(store: Any, args: argparse.Namespace) -> int:
    handler = COMMANDS.get(args.command)
    if handler is None:
        raise UsageError(_cat().cli("unknown command {command}").format(command=args.command))
    return handler(store, args)


def _early_language(argv: Sequence[str]) -> str:
    """The output's language before the arguments are parsed (for --help and usage errors):
    --lang if given, else the book's language setting read without changing the file, else
    the system's."""
    args = list(argv)
    db: str | None = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = args[i + 1] if i + 1 < len(args) else ""
        if arg.startswith("--lang="):
            value, arg = arg.split("=", 1)[1], "--lang"
        if arg == "--lang" and value in ("zh", "en") and "screenshots" not in args[:i]:
            return value
        if arg.startswith("--db="):
            db = arg.split("=", 1)[1]
        elif arg == "--db" and value:
            db = value
    return language(_peek_language(db))


def _peek_language(db: str | None) -> str:
    """The book's language setting, or '' (no book yet, not readable, no setting)."""
    from greenlife.store import default_db_path

    path = Path(db) if db else default_db_path()
    if not path.is_file():
        return ""
    try:  # read-only: never creates, upgrades or locks the file
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = 'language'").fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, OSError, ValueError):
        return ""
    return str(row[0]) if row and row[0] else ""


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
    cat = _cat()
    _say("greenlife: " + cat.tr("Errors", N_("error: {message}")).format(message=cat.message(exc)))


def _check_argv(argv: Sequence[str]) -> None:
    for arg in argv:
        if any("\ud800" <= c <= "\udfff" for c in arg):
            raise UsageError(_cat().cli("the argument {arg} is not valid UTF-8 text").format(
                arg=arg.encode("utf-8", "backslashreplace").decode()[:60]))
        if "\x00" in arg:
            raise UsageError(_cat().cli("an argument contains a NUL character"))


def gui_entry() -> Callable[[Path | None], int]:
    """The desktop app's ``run_app``, the store imported first: once PySide6 is imported it
    reads the source of every module imported after it (its __feature__ hook), about 20 ms
    of start-up for the store's modules."""
    import greenlife.store.facade  # noqa: F401
    from greenlife.ui.app import run_app

    return run_app


def main(argv: Sequence[str] | None = None) -> int:
    _CATALOG[0] = Catalog(system_language())
    try:
        given = sys.argv[1:] if argv is None else list(argv)
        _check_argv(given)
        _CATALOG[0] = Catalog(_early_language(given))
        with _argparse_in(_cat()):
            args = build_parser(_cat()).parse_args(given)
        if args.command in (None, "gui"):
            return gui_entry()(args.db)
        return run(args)
    except UsageError as exc:
        _say("greenlife: " + _cat().cli("usage error: {message}").format(message=exc))
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
    except BrokenPipeError:  # the reader went away (greenlife ... | head): not an error
        return 0
    except OSError as exc:
        from greenlife.core.errors import file_error

        _say_error(file_error(exc))
        return 1
    except KeyboardInterrupt:
        print("greenlife: " + _cat().cli("interrupted"), file=sys.stderr)
        return 130
