"""The accessibility tree as a screen reader (Orca) reads it: the app runs under Xvfb with Qt's
AT-SPI bridge on, on a private D-Bus session, and an AT-SPI client (pyatspi) walks every page.
Skips only where AT-SPI (dbus-run-session, at-spi-bus-launcher, pyatspi) is not installed;
.ci/run installs it (issue #14)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CLIENT = HERE / "atspi_dump.py"
# roles a person operates or reads as one thing: each needs a name
NAMED = {"push button", "toggle button", "check box", "radio button", "combo box", "text",
         "spin button", "page tab", "slider", "table", "list", "progress bar", "page tab list"}
LAUNCHER = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")


def _atspi_python() -> str | None:
    """A Python that has pyatspi: Debian's python3-pyatspi lives in the system Python."""
    for exe in (sys.executable, "/usr/bin/python3"):
        if exe and os.path.exists(exe) and subprocess.run(
                [exe, "-c", "import pyatspi"], capture_output=True, check=False).returncode == 0:
            return exe
    return None


def _requirements() -> tuple[str, str, str]:
    xvfb, session, client = shutil.which("Xvfb"), shutil.which("dbus-run-session"), _atspi_python()
    launcher = next((p for p in LAUNCHER if os.path.exists(p)), None)
    missing = [name for name, found in (("Xvfb", xvfb), ("dbus-run-session (dbus-daemon)", session),
                                        ("at-spi2-core", launcher), ("python3-pyatspi", client))
               if not found]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"AT-SPI is not installed ({', '.join(missing)}): .ci/run installs it")
        pytest.skip(f"AT-SPI is not installed here ({', '.join(missing)}); CI installs it")
    return xvfb, session, client  # type: ignore[return-value]


DRIVER = r"""
import os, subprocess, sys, time
app = subprocess.Popen([sys.argv[1], "-m", "greenlife", "--db", sys.argv[2], "gui"],
                       stdout=subprocess.DEVNULL, stderr=open(sys.argv[4], "w"))
try:
    out = subprocess.run([sys.argv[3], sys.argv[5], "GreenLife", "90"], capture_output=True,
                         text=True, timeout=150)
    sys.stdout.write(out.stdout)
    sys.stderr.write(out.stderr)
finally:
    app.terminate()
    try:
        app.wait(10)
    except subprocess.TimeoutExpired:
        app.kill()
"""


@pytest.fixture(scope="module", params=["zh_CN", "en"])
def tree(request, tmp_path_factory):
    xvfb, session, client = _requirements()
    from greenlife.store import Store
    from greenlife.store.demo import load_demo

    tmp = tmp_path_factory.mktemp("atspi")
    store = Store.open(tmp / "book.db")
    load_demo(store)
    store.set_setting("language", request.param)
    store.close()
    display = f":{140 + os.getpid() % 50}"
    server = subprocess.Popen([xvfb, display, "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if os.path.exists(f"/tmp/.X11-unix/X{display[1:]}"):
                break
            time.sleep(0.05)
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(tmp),
                   XDG_CONFIG_HOME=str(tmp / "config"), XDG_DATA_HOME=str(tmp / "data"),
                   QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", NO_AT_BRIDGE="0")
        out = subprocess.run([session, "--", sys.executable, "-c", DRIVER, sys.executable,
                              str(tmp / "book.db"), client, str(tmp / "app.log"), str(CLIENT)],
                             capture_output=True, text=True, env=env, timeout=240, check=False)
    finally:
        server.terminate()
        server.wait(10)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    assert lines, f"no tree from the AT-SPI client: {out.stderr[-2000:]}"
    result = json.loads(lines[-1])
    assert "nodes" in result, result
    return request.param, result["nodes"]


def _where(node: dict) -> str:
    return " > ".join(p for p in node["path"][-3:]) + f" > {node['role']}"


PAGES = {"zh_CN": ("页面", ["首页", "记录", "历史", "账本", "图表", "徽章", "设置"]),
         "en": ("Pages", ["Home", "Log", "History", "Book", "Charts", "Badges", "Settings"])}


def test_every_page_is_in_the_tree(tree):
    lang, tree = tree
    sidebar, names = PAGES[lang]
    pages = [n for n in tree if n["role"] == "list item" and n["path"][-1] == f"list:{sidebar}"]
    assert [p["name"] for p in pages] == names
    roles = {n["role"] for n in tree}
    assert {"push button", "combo box", "spin button", "check box", "text", "table",
            "page tab"} <= roles


def test_every_control_has_a_name_as_orca_reads_it(tree):
    _lang, tree = tree
    unnamed = [_where(n) for n in tree if n["role"] in NAMED and not n["name"].strip()]
    assert not unnamed, unnamed
    assert len([n for n in tree if n["role"] in NAMED]) > 100


def test_every_combo_is_labelled_by_its_field(tree):
    lang, tree = tree
    combos = [n for n in tree if n["role"] == "combo box"]
    assert len(combos) >= 15
    unlabelled = [f"{_where(c)} {c['name']!r}" for c in combos
                  if not any(label.strip() for label in c["labelled_by"])
                  and (c["name"] in c["items"] or not c["name"].strip())]
    assert not unlabelled, unlabelled
    # the entry form's member combo says "Member" before the name it shows
    member = [c for c in combos if c["name"] in c["items"] and "杨女士" in c["items"]]
    assert member and all(("成员" if lang == "zh_CN" else "Member") in c["labelled_by"] for c in member)


ALLOWED_LATIN = {"GreenLife", "CO2", "CO2e", "kWh", "PNG", "SVG", "CSV", "PDF", "JSON", "ISO",
                 "WARM", "EPA", "FAO", "MEE", "NBS", "Ctrl", "Shift", "Alt", "Tab", "Esc", "Enter"}


def test_names_are_in_the_interface_language(tree):
    lang, tree = tree
    if lang == "en":  # nothing of the Chinese interface is left (data such as names may be Chinese)
        chinese_ui = set(PAGES["zh_CN"][1]) | {"保存", "成员", "撤销", "日期", "数量", "备注"}
        assert not [_where(n) for n in tree if n["name"] in chinese_ui]
        return
    english = []
    for n in tree:
        if not n["path"]:  # the application itself: Qt describes it by its executable's path
            continue
        for text in (n["name"], n["description"]):
            if text.startswith(("/", "~")):  # the data file's path
                continue
            words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]{2,}", text) if w not in ALLOWED_LATIN]
            if words:
                english.append(f"{_where(n)}: {text[:80]!r}")
    assert not english, english

