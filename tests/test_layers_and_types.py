"""The house rules as checks that can fail: layer contracts (import-linter) and types
(mypy --strict) on the store and core. Tools are called next to sys.executable, never by
a bare name (they are on PATH only where a venv happens to be active)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    path = BIN / (name + (".exe" if sys.platform == "win32" else ""))
    if not path.exists():
        pytest.fail(f"{name} is not installed next to {sys.executable}: pip install -e '.[test]'")
    return str(path)


def test_layer_contracts_hold():
    out = subprocess.run([tool("lint-imports"), "--config", str(ROOT / ".importlinter")],
                         cwd=ROOT, capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert "Contracts: 3 kept, 0 broken." in out.stdout


def test_core_store_and_reports_type_check_strictly():
    out = subprocess.run([tool("mypy"), "--strict", "--no-error-summary", "greenlife/store",
                          "greenlife/core", "greenlife/reports"], cwd=ROOT, capture_output=True,
                         text=True, check=False)
    assert out.returncode == 0, out.stdout[-4000:]


def test_the_cli_is_one_typed_function_per_command():
    """cli.py parses; commands.py has a public, typed function per command in one table."""
    import inspect

    from greenlife import commands
    from greenlife.cli import build_parser

    parser = build_parser()
    names = {a for act in parser._subparsers._group_actions for a in act.choices}
    runs_elsewhere = {"bench", "screenshots", "gui"}  # no book opened, or the app
    assert names - runs_elsewhere - {"backup"} <= set(commands.COMMANDS)
    for name, fn in commands.COMMANDS.items():
        assert fn.__name__.startswith("cmd_"), name
        hints = inspect.signature(fn)
        assert list(hints.parameters) == ["store", "args"], name
    out = subprocess.run([tool("mypy"), "--strict", "--follow-imports=silent", "--no-error-summary",
                          "greenlife/commands.py", "greenlife/cli.py"], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stdout[-4000:]
