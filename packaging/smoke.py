"""Smoke test of a built bundle, as a clean user: empty HOME, no venv on PATH.

    xvfb-run -a python3 packaging/smoke.py dist/GreenLife     # or without X: offscreen

Runs the bundle's own executable: the self-test (every resource, Qt's and GreenLife's
Chinese translations, the SVG icon, a CJK font, matplotlib), on Linux again with the system's
fonts hidden from fontconfig (the bundled CJK font must do), the demo household, every page
rendered in Chinese, the yearly PDF in Chinese (its text read back with pdftotext when
installed), the CSV export, then the desktop app itself for a few seconds; the log must then
hold a start line. Standard library only; exits 1 if any check fails.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PAGES = ("home", "log", "history", "book", "charts", "badges", "settings")


# A windowed Windows build has no stdout: there, checks look at files, not at printed lines.
WINDOWED = sys.platform == "win32"


def clean_env(home: Path) -> dict[str, str]:
    """A new user's environment: an empty home, no venv or Python on PATH."""
    env = {"HOME": str(home), "GREENLIFE_DB": str(home / "book.db")}
    if sys.platform == "win32":
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env.update(SYSTEMROOT=root, PATH=rf"{root}\System32;{root}", USERPROFILE=str(home),
                   APPDATA=str(home / "AppData" / "Roaming"), LOCALAPPDATA=str(home / "AppData" / "Local"),
                   TEMP=str(home / "Temp"), TMP=str(home / "Temp"))
        (home / "Temp").mkdir(exist_ok=True)
    else:
        env.update(PATH="/usr/bin:/bin", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    if os.environ.get("DISPLAY") and sys.platform.startswith("linux"):  # under Xvfb: real xcb
        env.update(DISPLAY=os.environ["DISPLAY"], QT_QPA_PLATFORM="xcb")
        if os.environ.get("XAUTHORITY"):
            env["XAUTHORITY"] = os.environ["XAUTHORITY"]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def printed(text: str) -> Callable[[subprocess.CompletedProcess[str]], str | None]:
    def check(p: subprocess.CompletedProcess[str]) -> str | None:
        return None if WINDOWED or text in p.stdout else f"expected {text!r} in: {p.stdout[-500:]}"

    return check


def printed_version(p: subprocess.CompletedProcess[str]) -> str | None:
    if WINDOWED or re.fullmatch(r"greenlife \d+\.\d+\.\d+\S*", p.stdout.strip()):
        return None
    return f"expected 'greenlife X.Y.Z', got: {p.stdout[-500:]}"


class Smoke:
    def __init__(self, exe: Path, home: Path) -> None:
        self.exe, self.home, self.env = exe, home, clean_env(home)
        self.passed = self.failed = 0

    def run(self, *args: str, timeout: float = 180, env: dict[str, str] | None = None,
            ) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.exe), *args], env={**self.env, **(env or {})}, cwd=self.home,
                              capture_output=True, text=True, timeout=timeout)

    def step(self, name: str, *args: str,
             check: Callable[[subprocess.CompletedProcess[str]], str | None] | None = None,
             env: dict[str, str] | None = None) -> None:
        start = time.monotonic()
        try:
            p = self.run(*args, env=env)
            problem = None
            if p.returncode != 0:
                problem = f"exit code {p.returncode}"
            elif "Traceback" in p.stderr or "No module named" in p.stderr:
                problem = "a traceback on stderr"
            elif check is not None:
                problem = check(p)
        except subprocess.TimeoutExpired:
            p, problem = None, "timed out"
        took = time.monotonic() - start
        if problem:
            self.failed += 1
            print(f"FAIL {name} ({took:.1f} s): {problem}")
            if p is not None:
                print(p.stdout[-3000:], p.stderr[-3000:], sep="\n")
        else:
            self.passed += 1
            print(f"ok   {name} ({took:.1f} s)")

    def gui(self, seconds: float = 6) -> None:
        """Start the desktop app on the demo book; it must still be running after a while."""
        start = time.monotonic()
        proc = subprocess.Popen([str(self.exe)], env=self.env, cwd=self.home, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        try:
            out, err = proc.communicate(timeout=seconds)
            self.failed += 1
            print(f"FAIL desktop app: ended by itself with code {proc.returncode}\n{out[-2000:]}\n{err[-2000:]}")
            return
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                proc.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.communicate()
        self.passed += 1
        print(f"ok   desktop app ran {time.monotonic() - start:.1f} s and was closed")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    bundle = Path(argv[0]).resolve()
    exe = bundle / ("greenlife.exe" if sys.platform == "win32" else "greenlife")
    if not exe.is_file():
        print(f"no executable at {exe}")
        return 2
    started = time.monotonic()
    year = str(dt.date.today().year)
    with tempfile.TemporaryDirectory(prefix="greenlife-smoke-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        s = Smoke(exe, home)
        s.step("version", "--version", check=printed_version)
        s.step("self-test", "--selftest")
        if sys.platform.startswith("linux"):  # the bundled CJK font alone: fontconfig sees no system font
            conf = home / "no-system-fonts.conf"
            conf.write_text(f"<?xml version='1.0'?><fontconfig><cachedir>{home / 'fc-cache'}</cachedir>"
                            "</fontconfig>\n", encoding="utf-8")
            s.step("Chinese with the system's fonts hidden", "--selftest", env={"FONTCONFIG_FILE": str(conf)})
        # --lang zh: the demo family in Chinese, and the command says so in Chinese
        s.step("demo household", "demo", "--lang", "zh", check=printed("已创建示例家庭"))

        shots = home / "shots"

        def pages_rendered(_p: subprocess.CompletedProcess[str]) -> str | None:
            files = [shots / f"zh-light-{n}.png" for n in PAGES]
            bad = [f.name for f in files if not f.is_file() or f.stat().st_size < 10_000]
            return f"missing or empty pages: {bad}" if bad else None

        s.step("every page in Chinese", "screenshots", str(shots), "--lang", "zh", check=pages_rendered)

        pdf = home / "report.pdf"

        def pdf_in_chinese(_p: subprocess.CompletedProcess[str]) -> str | None:
            if not pdf.is_file() or pdf.read_bytes()[:5] != b"%PDF-":
                return "no PDF written"
            if shutil.which("pdftotext") is None:
                return None
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
            return None if "碳" in text else "the PDF has no Chinese text"

        s.step("yearly PDF in Chinese", "summary", "--year", year, "--out", str(pdf), "--lang", "zh",
               check=pdf_in_chinese)
        csv = home / "entries.csv"
        s.step("CSV export", "export", "--year", year, "--out", str(csv),
               check=lambda _p: None if csv.is_file() and csv.stat().st_size > 1000 else "no CSV written")
        s.gui()
        logs = list(home.rglob("greenlife.log"))
        if not logs and sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
            # platformdirs asks Windows for the known folder, which the environment does not move
            real = Path(os.environ["LOCALAPPDATA"]) / "GreenLife" / "GreenLife" / "Logs" / "greenlife.log"
            logs = [real] if real.is_file() else []
        if logs and "start: GreenLife" in logs[0].read_text(encoding="utf-8"):
            s.passed += 1
            print(f"ok   log file with a start line: {logs[0]}")
        else:
            s.failed += 1
            print(f"FAIL no log file with a start line under {home}: {logs}")
    print(f"smoke test took {time.monotonic() - started:.1f} s")
    total = s.passed + s.failed
    print(f"smoke test: {s.passed} of {total} checks passed" + (f", {s.failed} FAILED" if s.failed else ""))
    return 1 if s.failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
