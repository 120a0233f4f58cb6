"""Mutation testing of core, the ledger and the importer with mutmut (not in CI: too slow).

Usage (from the repository root, with the ``mutation`` extra installed)::

    python tools/mutation.py                 # every module, one by one, then the table
    python tools/mutation.py core.calc       # some modules only (names as in MODULES)
    python tools/mutation.py --survivors     # re-run only the mutants that survived last time
    python tools/mutation.py --report        # only print the table from the last run
    python tools/mutation.py --markdown      # the same table in Markdown, for the README
    python tools/mutation.py --show [MODULE] # the diffs of the survivors not judged equivalent
    python tools/mutation.py --equivalents   # the equivalent survivors, each with its reason
    python tools/mutation.py --equivalents --markdown  # the same, one line per reason (README)
    python tools/mutation.py --review        # the same with each one's changed lines, to re-read

Each work area below gets its own copy of the package and the tests in ``.mutation/<area>/``
with a ``[tool.mutmut]`` section written from WORK_AREAS (which files to mutate, which tests may
kill them): mutmut runs every selected test that reaches a mutated function, so each area selects
only the fast, Qt-free tests of its own modules. mutmut runs with one worker
(``--max-children 1``), at low priority and module by module, so the machine stays usable.

Score = killed / (killed + survived). A timeout counts as killed (the mutant made a test hang).
A mutant that no selected test reaches ("no tests") and a "suspicious" one count as survived.

Some survivors cannot change behaviour (equivalent mutants). They stay in the raw score; the
table also prints a second score without them, and ``--equivalents`` lists each with its reason.
Three kinds are recognised: a case change inside an SQL string (SQLite's keywords and names
are case-insensitive) and a changed default of ``cell.get`` for a column every imported file
must have, both found from the mutant's diff; and the ones named in EQUIVALENT below, each with
a one-line reason, checked by reading the diff. mutmut numbers a function's mutants in order,
so a name in EQUIVALENT may point at another mutant once the function changes: after changing
a module, ``--review`` prints each equivalent survivor's changed lines next to its reason.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# group -> modules (dotted names under greenlife.)
GROUPS: dict[str, list[str]] = {
    "core": sorted(
        f"core.{p.stem}" for p in (ROOT / "greenlife" / "core").glob("*.py") if p.stem not in ("__init__", "validation")
    ),
    "validation": ["core.validation"],
    "ledger": ["store.ledger"],
    "importer": ["store.importer"],
}
MODULES = [m for group in GROUPS.values() for m in group]

# area -> (files mutmut may mutate, pytest arguments selecting the tests)
WORK_AREAS: dict[str, tuple[list[str], list[str]]] = {
    "core": (["greenlife/core/*"], ["tests/core"]),
    "store": (
        ["greenlife/store/ledger.py", "greenlife/store/importer.py"],
        ["tests/store/test_ledger.py", "tests/store/test_ledger_actions.py", "tests/store/test_entries.py",
         "tests/store/test_book.py", "tests/store/test_routine.py", "tests/store/test_import.py",
         "tests/store/test_import_rows.py", "tests/store/test_import_meter_own.py",
         "tests/store/test_csv_round_trip.py",
         "--deselect", "tests/store/test_import.py::test_fuzzed_files_never_crash_and_never_write"],
    ),
}


def area_of(module: str) -> str:
    return module.split(".")[0]


def area_dir(area: str) -> Path:
    return ROOT / ".mutation" / area


def prepare(area: str) -> Path:
    """The area's copy of pyproject.toml (with its [tool.mutmut]), greenlife/ and tests/.

    Files are copied with their times, so mutmut regenerates mutants only for changed files."""
    only, tests = WORK_AREAS[area]
    work = area_dir(area)
    work.mkdir(parents=True, exist_ok=True)
    for name in ("greenlife", "tests"):
        shutil.copytree(ROOT / name, work / name, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    toml = (ROOT / "pyproject.toml").read_text("utf-8")
    toml += "\n[tool.mutmut]\n" + "\n".join([
        'source_paths = ["greenlife"]',
        f"only_mutate = {json.dumps(only)}",
        f"pytest_add_cli_args_test_selection = {json.dumps(tests)}",
        'pytest_add_cli_args = ["-p", "no:cacheprovider"]',
    ]) + "\n"
    path = work / "pyproject.toml"
    if not path.exists() or path.read_text("utf-8") != toml:
        path.write_text(toml, "utf-8")
    return work


KILLED = {1, 3, 36, -24, 24, 152, 255, -11, -9}  # 36 and the SIGXCPU codes are timeouts
TIMEOUT = {36, -24, 24, 152, 255}
SURVIVED = {0}
NO_TESTS = {5, 33}


# Survivors read and judged equivalent (mutmut's names; they hold while the source is unchanged).
_B = "greenlife.core.badges.x_evaluate__mutmut_"
_APPLIANCE_FILTER = ("computes the daily sums for an appliance rule too, which that rule never reads")
_MONTHS_IN_ORDER = ("months are visited in date order, so a later month's day is never before an earlier hit")
_DEMO = "rng.random() returns exactly the threshold with probability zero"
EQUIVALENT: dict[str, str] = {
    "greenlife.store.ledger.xǁLedgerǁdraft__mutmut_17":
        "errors is still empty when the member lookup fails: = and += give the same list",
    "greenlife.store.ledger.xǁLedgerǁlogged_counts__mutmut_15": "SQLite's keywords are case-insensitive",
    "greenlife.store.ledger.xǁLedgerǁlogged_counts__mutmut_16": "SQLite's column names are case-insensitive",
    "greenlife.core.meters.x_amount_decimals__mutmut_10":
        "rstrip takes a set of characters: 'XX0XX' strips X and 0, and a number has no X",
    "greenlife.core.meters.x_amount_decimals__mutmut_4":
        "-0.0 - 0.0 prints '-0.00', which has the same decimals as '0.00'",
    "greenlife.core.meters.x_amount_decimals__mutmut_9":
        "adding 1 to a number already rounded to two decimals leaves the digits after the point "
        "(checked: every 97th hundredth up to 10^6 and 100,000 random amounts up to 10^8)",
    "greenlife.core.csvformat.x_write_details__mutmut_4":
        "json.dumps reads ensure_ascii for truth: None writes Chinese as characters, as False does",
    "greenlife.core.badges.x__reach__mutmut_9": "total > target - 1e-9 differs from >= only at exactly 1e-9 below",
    _B + "171": _MONTHS_IN_ORDER,
    _B + "172": _MONTHS_IN_ORDER,
    _B + "222": "a hit on today's date is replaced by today: the same date",
    _B + "21": _APPLIANCE_FILTER,
    _B + "22": _APPLIANCE_FILTER,
    _B + "47": _APPLIANCE_FILTER,
    _B + "48": _APPLIANCE_FILTER,
    _B + "38": "computes the days for other rules too, which they never read",
    _B + "236": "an unearned tier's progress is below its target, so min() leaves it unchanged",
    _B + "52": "'days' is the else branch of _daily: any other measure name counts days too",
    _B + "56": "'days' is the else branch of _daily: any other measure name counts days too",
    _B + "57": "'days' is the else branch of _daily: any other measure name counts days too",
    "greenlife.core.badges.x_load_catalogue__mutmut_10": "'UTF-8' and 'utf-8' name the same codec",
    "greenlife.core.badges.x_load_catalogue__mutmut_2": "the locale's encoding is UTF-8 here (would differ elsewhere)",
    "greenlife.core.calc.x_equivalences__mutmut_18":
        "the petrol factor's unit is g CO2/km, whose scale is 1: x*1 == x/1",
    "greenlife.core.challenges.x_check__mutmut_76":
        "parse_number gives no number only with an error: t or d is None only when errors is not empty",
    "greenlife.core.challenges.x_progress__mutmut_64":
        "total > target - 1e-9 differs from >= only at exactly 1e-9 below",
    "greenlife.core.forest.x_next_tree_progress__mutmut_1": "at 0 grams the formula gives 0.0 too",
    "greenlife.core.forest.x_trees_for__mutmut_7":
        "for grams >= 0, int(x / 17900) == x // 17900 (checked next to 2 million random multiples up to 10^7 trees); "
        "below 0 both give 0 trees",
    **{f"greenlife.core.streaks.x_streak__mutmut_{n}":
       "FORGIVEN_PER_WEEK is 1: a week's count is only ever set from 0, and only compared with >= 1"
       for n in (35, 39, 40)},
    "greenlife.core.streaks.x_streak__mutmut_50": "a forgiven day is not green, so it is never the first green day",
    "greenlife.core.meters.x_monthly_use__mutmut_80": "with no open month the share is never used",
    "greenlife.core.meters.x_savings__mutmut_9":
        "months come in order: once one is left out as not over, every later one is too",
    "greenlife.core.own_actions.x_check_own_action__mutmut_116":
        "the category and the grams are None only with an error: errors is not empty then",
    "greenlife.core.own_actions.x_check_own_action__mutmut_143": "a Factor's note defaults to ''",
    "greenlife.core.own_actions.x_check_own_action__mutmut_31":
        "the initial value is replaced on every path of the try that follows",
    **{f"greenlife.core.own_actions.x_check_own_action__mutmut_{n}":
       "float('') raises ValueError, which gives None as well" for n in (34, 37)},
    "greenlife.core.own_actions.x_check_own_action__mutmut_69":
        "'' is not a category either: the same error is added and the factor refused",
    "greenlife.core.own_actions.x_slug__mutmut_14": "the name is lower-cased first: there is no 'X' to strip",
    **{f"greenlife.core.goals_hint.x_fair_goals__mutmut_{n}":
       "a missing goal falls back to the suggestion whether get() gives 0 or None" for n in (15, 17)},
    "greenlife.core.demo.x_demo_actions__mutmut_116": _DEMO,
    "greenlife.core.demo.x_demo_actions__mutmut_143": _DEMO,
    "greenlife.core.demo.x_demo_actions__mutmut_170": _DEMO,
    "greenlife.core.demo.x_demo_actions__mutmut_19": _DEMO,
    "greenlife.core.demo.x_demo_actions__mutmut_197": _DEMO,
    "greenlife.core.demo.x_demo_actions__mutmut_259": _DEMO,
    "greenlife.core.demo.x_demo_actions__mutmut_71": _DEMO,
    "greenlife.core.factors.x_typical_kwh_year__mutmut_6":
        "every shipped baseline x grade ratio is whole to 2 decimals",
    "greenlife.core.files.x_umask__mutmut_3":
        "the umask set for a moment is put back at once; only the old one is read",
    "greenlife.core.validation.x_check_name__mutmut_16": "FieldError's params default to an empty dict",
    "greenlife.core.validation.x_check_name__mutmut_46": "FieldError's params default to an empty dict",
    "greenlife.core.validation.x_check_note__mutmut_36": "FieldError's params default to an empty dict",
    "greenlife.core.validation.x_check_note__mutmut_29": "'X' is not a control character: the allowed set is unchanged",
    "greenlife.store.ledger.x__sorted_ids__mutmut_26":
        "joining members for every order changes no row: each entry has one",
    "greenlife.store.ledger.x__sorted_ids__mutmut_39": "ids are positive: an unsigned array holds the same values",
    "greenlife.store.ledger.xǁLedgerǁsorted_ids__mutmut_19":
        "ids are positive: an unsigned array holds the same values",
    "greenlife.store.ledger.xǁLedgerǁ_guarded__mutmut_3":
        "with nothing touched the guard is confirmed and never reads the day",
    "greenlife.store.ledger.xǁLedgerǁpreview__mutmut_4": "a draft is an action: its category is never 'appliance'",
    "greenlife.store.ledger.xǁLedgerǁyesterday_drafts__mutmut_14": "descending=None is falsy like False",
    "greenlife.store.ledger.xǁLedgerǁpage__mutmut_23":
        "for whole numbers, offset > total // 2 and offset > total / 2 agree",
    "greenlife.store.ledger.x_sorted_ids_from_file__mutmut_12":
        "a 6 s lock timeout instead of 5 s: no test waits on a lock",
    "greenlife.store.ledger.x_sorted_ids_from_file__mutmut_7": "sqlite3's default timeout is 5 s",
    "greenlife.store.ledger.x__sorted_ids__mutmut_13": "the table alias 'E' and 'e' are the same name to SQLite",
    "greenlife.store.ledger.x_entry_values__mutmut_2":
        "entry_values makes action lines: their category is never 'appliance'",
    "greenlife.store.ledger.xǁLedgerǁdraft__mutmut_8": "errors is still empty there: = and += give the same list",
    **{f"greenlife.store.ledger.xǁLedgerǁdraft__mutmut_{n}":
       "no member found: the draft is refused whatever member id it was checked with" for n in (3, 4)},
    "greenlife.store.ledger.xǁLedgerǁadd__mutmut_16": "an INSERT always sets lastrowid: the 'or 0' never applies",
    **dict.fromkeys(
        ("greenlife.store.ledger.x__sorted_ids__mutmut_2", "greenlife.store.ledger.xǁLedgerǁselect__mutmut_6"),
        "unqualified names are unambiguous: members has no member_id, day or category column"),
    "greenlife.store.ledger.xǁLedgerǁselect__mutmut_17": "the table alias 'E' and 'e' are the same name to SQLite",
    **{f"greenlife.store.ledger.x_sorted_ids_from_file__mutmut_{n}":
       "this SQLite build reads 'file:' names as URIs anyway (SQLITE_USE_URI)" for n in (3, 6, 11)},
    **{f"greenlife.store.ledger.xǁLedgerǁpage__mutmut_{n}":
       "select is only reached when sorting by day, and day is select's default order" for n in (54, 73)},
}
_I = "greenlife.store.importer.x_"
_NO_DAY = "parse_date never returns no day without an error (a blank date is today)"
_ALL_STR = "every cell of a row is text: the isinstance test is always true"
for _f in ("_redemption", "_appliance_day"):
    EQUIVALENT.update({f"{_I}{_f}__mutmut_{n}": _NO_DAY for n in (17, 21, 22, 23, 24, 25, 26, 27, 28)})
    EQUIVALENT[f"{_I}{_f}__mutmut_3"] = _ALL_STR
_KNOWN_UNIT = "a unit that gets this far is known (at most 18 characters): cut at 20 or 21 it is whole"
_FAMILY_ITSELF = "the family's own set is asked for itself: merged adds nothing to it"
EQUIVALENT |= {
    _I + "apply_import__mutmut_49": "bulk_add of no rows adds 0 rows",
    _I + "_row__mutmut_13": "parse_date returns no day exactly when it returns an error",
    _I + "_read__mutmut_72": "'UTF-8-SIG' and 'utf-8-sig' name the same codec",
    **{f"{_I}_read__mutmut_{n}": "the row's length was checked against the header just before"
       for n in (173, 176, 177)},
    _I + "plan_import__mutmut_61": "_row does not use its store argument",
    **{f"{_I}plan_import__mutmut_{n}": "every row holds the required columns: no KeyError is raised"
       for n in range(98, 107)},
    _I + "_row__mutmut_338": _KNOWN_UNIT,
    _I + "_row__mutmut_345": "check_note reads None as an empty note",
    _I + "_row__mutmut_347": "check_note reads None as an empty note",
    **{f"{_I}_row__mutmut_{n}": "the Factor only feeds calc.grams (value, unit, kind): its key, source and year "
       "are not read" for n in (353, 357, 358)},
    _I + "_row__mutmut_3": _ALL_STR,
    **{f"{_I}_row__mutmut_{n}": "the default limit's field name is not used: the next line names it 'quantity'"
       for n in (162, 168, 169)},
    **{f"{_I}apply_import__mutmut_{n}": _FAMILY_ITSELF for n in (39, 42, 44)},
    _I + "_meter_line__mutmut_13": "parse_date returns no day exactly when it returns an error",
    _I + "_meter_line__mutmut_3": _ALL_STR,
    _I + "_meter_line__mutmut_178": "neither '' nor 'XXXX' is digits: no year either way",
    **{f"{_I}_meter_line__mutmut_{n}": "the Factor only feeds calc.line_grams (value, unit, kind): its key, "
       "source and year are not read" for n in (180, 184, 185)},
    **{f"{_I}_meter_line__mutmut_{n}": "line_grams treats every category but 'appliance' alike"
       for n in (202, 208, 209)},
    **{f"{_I}_own_action__mutmut_{n}": "a missing cell read as 'XXXX' instead of '' is refused the same way "
       "(not the family's set, no '.', not a unit, not a number, not a kind, not a flag)"
       for n in (5, 12, 17, 39, 47, 109)},
    _I + "_own_action__mutmut_61": "'XXXX' is letters: isalpha() reads the item the same as with '' for '_'",
}
SQL_WORD = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|VALUES|ORDER BY|AND|JOIN|ON|ASC|DESC|SET|INTO|PRAGMA)\b")


def diffs(module: str, names: list[str]) -> dict[str, str]:
    """Each mutant's diff against the original, as ``mutmut show`` prints it."""
    if not names:
        return {}
    script = (
        "import json, sys\n"
        "from mutmut.mutation.diff_apply import find_mutant, get_diff_for_mutant\n"
        "out = {}\n"
        "for n in json.loads(sys.stdin.read()):\n"
        "    try:\n"
        "        out[n] = get_diff_for_mutant(n, path=find_mutant(n).path)\n"
        "    except Exception as exc:\n"
        "        out[n] = f'(no diff: {exc!r})'\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=area_dir(area_of(module)), input=json.dumps(names),
                          capture_output=True, text=True, check=True)
    result: dict[str, str] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


_LITERAL = re.compile(r'"([^"\\]*)"|\'([^\'\\]*)\'')


def _literals(line: str) -> list[str]:
    return [a or b for a, b in _LITERAL.findall(line)]


def sql_case_only(diff: str) -> bool:
    """The mutant only changed the case of SQL text: nothing outside string literals changed,
    the changed literals differ in case alone (quoted values such as 'action' not at all), and
    each holds an SQL keyword or is a line-long piece of a statement next to one that does."""
    lines = [x for x in diff.splitlines() if not x.startswith(("---", "+++", "@@"))]
    removed = [x[1:] for x in lines if x.startswith("-")]
    added = [x[1:] for x in lines if x.startswith("+")]
    if not removed or len(removed) != len(added):
        return False
    changed = []
    for a, b in zip(removed, added, strict=True):
        la, lb = _literals(a), _literals(b)
        if len(la) != len(lb) or _LITERAL.sub('""', a) != _LITERAL.sub('""', b):
            return False  # something outside the strings changed
        changed += [(x, y) for x, y in zip(la, lb, strict=True) if x != y]
    if not changed or any(x.lower() != y.lower() for x, y in changed):
        return False
    if any(re.findall(r"'[^']*'", x) != re.findall(r"'[^']*'", y) for x, y in changed):
        return False  # a value compared in SQL ('action') is case-sensitive

    def sql(text: str) -> bool:
        return bool(SQL_WORD.search(text.upper()))

    def alone(line: str) -> bool:  # a line that is one string literal: a piece of a longer string
        return bool(re.fullmatch(r"\s*(\"[^\"]*\"|'[^']*')\s*[,)]*\s*", line))

    for (x, _), line in zip(changed, removed, strict=False):
        if sql(x):
            continue
        # a piece of an SQL statement written over several lines, next to a piece with SQL words
        i = lines.index("-" + line)
        near = [lines[j][1:] for j in (i - 1, i + 2) if 0 <= j < len(lines)]
        if not (alone(line) and any(alone(n) and sql(n) for n in near)):
            return False
    return True


def required_cell_default(diff: str) -> bool:
    """The mutant only changed the default of ``cell.get(NAME, default)`` for a column every
    imported file has (the importer refuses a file without it): the default is never used."""
    from greenlife.store.importer import REQUIRED

    def norm(line: str) -> str:
        return re.sub(r"""cell\.get\((["'])(\w+)\1(?:,[^)]*)?\)""",
                      lambda m: f"cell[{m.group(2)}]" if m.group(2) in REQUIRED else m.group(0), line)

    lines = [x for x in diff.splitlines() if not x.startswith(("---", "+++", "@@"))]
    removed = [x[1:] for x in lines if x.startswith("-")]
    added = [x[1:] for x in lines if x.startswith("+")]
    return (bool(removed) and len(removed) == len(added) and removed != added
            and [norm(x) for x in removed] == [norm(x) for x in added])


def equivalents(module: str) -> dict[str, str]:
    """Survivors of a module that are equivalent mutants, with the reason."""
    names = survivors(module)
    out = {n: EQUIVALENT[n] for n in names if n in EQUIVALENT}
    for n, diff in diffs(module, [n for n in names if n not in out]).items():
        if sql_case_only(diff):
            out[n] = "SQL is case-insensitive: only the case of an SQL string changed"
        elif module == "store.importer" and required_cell_default(diff):
            out[n] = "the default of a required cell: every imported row has that column"
    return out


def meta_path(module: str) -> Path:
    return area_dir(area_of(module)) / "mutants" / "greenlife" / (module.replace(".", "/") + ".py.meta")


def results(module: str) -> dict[str, int | None]:
    path = meta_path(module)
    if not path.exists():
        return {}
    data: dict[str, int | None] = json.loads(path.read_text("utf-8"))["exit_code_by_key"]
    return data


def count(module: str) -> Counter[str]:
    c: Counter[str] = Counter()
    for code in results(module).values():
        if code is None:
            c["not checked"] += 1
        elif code in TIMEOUT:
            c["timeout"] += 1
        elif code in KILLED:
            c["killed"] += 1
        elif code in SURVIVED:
            c["survived"] += 1
        elif code in NO_TESTS:
            c["no tests"] += 1
        elif code == 37:
            c["type check"] += 1
        else:
            c["suspicious"] += 1
    return c


def score(c: Counter[str]) -> tuple[int, int, float | None]:
    killed = c["killed"] + c["timeout"]
    tried = killed + c["survived"] + c["no tests"] + c["suspicious"]
    return killed, tried, (100.0 * killed / tried if tried else None)


def survivors(module: str) -> list[str]:
    return sorted(k for k, v in results(module).items() if v is not None and v not in KILLED)


def run(module: str, only_survivors: bool) -> None:
    names = survivors(module) if only_survivors else [f"greenlife.{module}.*"]
    if not names:
        return
    exe = shutil.which("mutmut", path=str(Path(sys.executable).parent)) or "mutmut"
    cmd = ["nice", "-n", "10", exe, "run", "--max-children", "1", *names]
    print(f"== {module}: {'survivors only' if only_survivors else 'all mutants'}", flush=True)
    quiet = not os.environ.get("VERBOSE")
    subprocess.run(cmd, cwd=prepare(area_of(module)), check=False, stdout=subprocess.DEVNULL if quiet else None)


def report(markdown: bool = False) -> None:
    print(f"mutmut {metadata.version('mutmut')}, {dt.date.today().isoformat()}")
    head = ("module", "killed", "timeout", "survived", "no tests", "equiv.", "score", "w/o equiv.")
    if markdown:
        print("\n| " + " | ".join(head) + " |\n|" + "---|" * len(head))
    else:
        print(f"{head[0]:26} {head[1]:>6} {head[2]:>7} {head[3]:>8} {head[4]:>8} {head[5]:>6} {head[6]:>7} "
              f"{head[7]:>10}")

    def pct(k: int, t: int) -> str:
        return f"{100.0 * k / t:.1f}%" if t else "-"

    def line(name: str, c: Counter[str], bold: bool = False) -> str:
        k, t, _ = score(c)
        cells = (name, c["killed"], c["timeout"], c["survived"], c["no tests"], c["equivalent"], pct(k, t),
                 pct(k, t - c["equivalent"]))
        if markdown:
            b = "**" if bold else ""
            return "| " + " | ".join(f"{b}{x}{b}" for x in cells) + " |"
        return (f"{cells[0]:26} {cells[1]:6} {cells[2]:7} {cells[3]:8} {cells[4]:8} {cells[5]:6} {cells[6]:>7} "
                f"{cells[7]:>10}")

    total: Counter[str] = Counter()
    for group, modules in GROUPS.items():
        gc: Counter[str] = Counter()
        for m in modules:
            c = count(m)
            c["equivalent"] = len(equivalents(m)) if c["survived"] + c["no tests"] else 0
            gc.update(c)
            if len(modules) > 1 or not markdown:
                print(line(f"`greenlife.{m}`" if markdown else "greenlife." + m, c))
        total.update(gc)
        label = f"{group}: `greenlife.{modules[0]}`" if len(modules) == 1 else f"{group} (all of the above)"
        print(line(label if markdown else f"  = {group}", gc, bold=True))
    print(line("total", total, bold=True))
    if total["not checked"]:
        print(f"({total['not checked']} mutants not checked yet)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("modules", nargs="*", help=f"some of: {', '.join(MODULES)} (default: all)")
    parser.add_argument("--survivors", action="store_true", help="re-run only last run's survivors")
    parser.add_argument("--report", action="store_true", help="only print the table")
    parser.add_argument("--markdown", action="store_true", help="print the table in Markdown (for the README)")
    parser.add_argument("--list", action="store_true", help="list the surviving mutants' names")
    parser.add_argument("--equivalents", action="store_true", help="list the equivalent survivors and why")
    parser.add_argument("--review", action="store_true",
                        help="list the equivalent survivors with their reason and changed lines")
    parser.add_argument("--show", action="store_true", help="print the diffs of the other survivors")
    args = parser.parse_args()
    unknown = [m for m in args.modules if m not in MODULES]
    if unknown:
        parser.error(f"unknown modules: {', '.join(unknown)}")
    modules = args.modules or MODULES
    if args.list:
        for m in modules:
            print("\n".join(survivors(m)))
        return
    if args.equivalents and args.markdown:  # one line per module and reason, for the README
        for m in modules:
            by_reason: dict[str, list[str]] = {}
            for n, why in equivalents(m).items():
                func, num = re.sub(r"^x_?|ǁ", " ", n[len(f"greenlife.{m}."):]).strip().split("__mutmut_")
                by_reason.setdefault(why, []).append(f"{func.replace(' ', '.')} {num}")
            for why, names in sorted(by_reason.items(), key=lambda x: -len(x[1])):
                funcs: dict[str, list[int]] = {}
                for x in names:
                    funcs.setdefault(x.split()[0], []).append(int(x.split()[1]))
                listed = "; ".join(f"{f} {', '.join(map(str, sorted(ns)))}" for f, ns in sorted(funcs.items()))
                print(f"- `{m}` ({len(names)}: {listed}): {why}")
        return
    if args.equivalents:
        for m in modules:
            for n, why in sorted(equivalents(m).items()):
                print(f"{n}: {why}")
        return
    if args.review:
        for m in modules:
            eq = equivalents(m)
            for n, diff in sorted(diffs(m, sorted(eq)).items()):
                changed = [x for x in diff.splitlines()
                           if x.startswith(("-", "+")) and not x.startswith(("---", "+++"))]
                print(f"# {n}: {eq[n]}\n" + "\n".join(changed))
        return
    if args.show:
        for m in modules:
            eq = equivalents(m)
            for n, diff in diffs(m, [n for n in survivors(m) if n not in eq]).items():
                print(f"# {n}\n{diff}")
        return
    if not (args.report or args.markdown):
        for m in modules:
            run(m, args.survivors)
    report(markdown=args.markdown)


if __name__ == "__main__":
    main()
