"""Refresh the translations: regenerate the core message list, run pyside6-lupdate over the
UI (keeping existing translations), compile .qm files into greenlife/resources/i18n.

    python resources/translations/update.py

Translate new strings with Qt Linguist (pyside6-linguist resources/translations/*.ts) and run
this again; tests fail while any string is unfinished or a .qm is stale."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGS = ("zh_CN", "en")


def tool(name: str) -> str:
    """A Qt tool of this Python's environment, by path: its bin/Scripts folder need not be on
    PATH (a venv that was never activated)."""
    exe = Path(sys.executable).parent / (name + (".exe" if sys.platform == "win32" else ""))
    return str(exe)


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "greenlife/ui").rglob("*.py"))


def main() -> int:
    subprocess.run([sys.executable, str(HERE / "core_templates.py")], check=True)
    qm_dir = ROOT / "greenlife/resources/i18n"
    qm_dir.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        ts = HERE / f"greenlife_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), *ui_sources(), "-ts", str(ts), "-no-obsolete"],
                       cwd=ROOT, check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm_dir / f"greenlife_{lang}.qm")],
                       cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
