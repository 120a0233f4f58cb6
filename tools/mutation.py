"""Mutation testing of core, the ledger and the importer with mutmut (not in CI: too slow).

Usage (from the repository root, with the ``mutation`` extra installed)::

    python tools/mutation.py                 # every module, one by one, then the table
    python tools/mutation.py core.calc       # some modules only (names as in MODULES)
    python tools/mutation.py --survivors     # re-run only the mutants that survived last time
    python tools/mutation.py --report        # only print the table from the last run

Each work area below gets its own copy of the package and the tests in ``.mutation/<area>/``
with a ``[tool.mutmut]`` section written from WORK_AREAS (which files to mutate, which tests may
kill them): mutmut runs every selected test that reaches a mutated function, so each area selects
only the fast, Qt-free tests of its own modules. mutmut runs with one worker
(``--max-children 1``), at low priority and module by module, so the machine stays usable.

Score = killed / (killed + survived). A timeout counts as killed (the mutant made a test hang).
A mutant that no selected test reaches ("no tests") and a "suspicious" one count as survived.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
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
         "tests/store/test_import_rows.py",
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


def report() -> None:
    print(f"mutmut {metadata.version('mutmut')}, {dt.date.today().isoformat()}")
    print(f"{'module':28} {'killed':>6} {'timeout':>7} {'survived':>8} {'no tests':>8} {'score':>7}")
    total: Counter[str] = Counter()
    for group, modules in GROUPS.items():
        gc: Counter[str] = Counter()
        for m in modules:
            c = count(m)
            gc.update(c)
            _, _, s = score(c)
            line = f"{'greenlife.' + m:28} {c['killed']:6} {c['timeout']:7} {c['survived']:8} {c['no tests']:8}"
            print(line + (f" {s:6.1f}%" if s is not None else "      -"))
        total.update(gc)
        k, t, s = score(gc)
        print(f"{'  group ' + group:28} {k:>6}/{t:<6} {'':18}" + (f" {s:6.1f}%" if s is not None else "      -"))
    k, t, s = score(total)
    print(f"{'total':28} {k:>6}/{t:<6} {'':18}" + (f" {s:6.1f}%" if s is not None else "      -"))
    if total["not checked"]:
        print(f"({total['not checked']} mutants not checked yet)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("modules", nargs="*", help=f"some of: {', '.join(MODULES)} (default: all)")
    parser.add_argument("--survivors", action="store_true", help="re-run only last run's survivors")
    parser.add_argument("--report", action="store_true", help="only print the table")
    parser.add_argument("--list", action="store_true", help="list the surviving mutants' names")
    args = parser.parse_args()
    unknown = [m for m in args.modules if m not in MODULES]
    if unknown:
        parser.error(f"unknown modules: {', '.join(unknown)}")
    modules = args.modules or MODULES
    if args.list:
        for m in modules:
            print("\n".join(survivors(m)))
        return
    if not args.report:
        for m in modules:
            run(m, args.survivors)
    report()


if __name__ == "__main__":
    main()
