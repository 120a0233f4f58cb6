"""The PyInstaller spec collects every file the app loads, and the bundle's self-test checks them."""

from __future__ import annotations

import ast
import importlib.util
import os
import sys
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "greenlife.spec"
PACKAGE_DATA = ROOT / "greenlife" / "resources"


def shipped_files() -> set[str]:
    """Every non-Python file in greenlife/resources (what the app reads at run time)."""
    return {p.relative_to(PACKAGE_DATA).as_posix() for p in PACKAGE_DATA.rglob("*")
            if p.is_file() and p.suffix not in (".py", ".pyc")}


def spec_data_patterns() -> list[str]:
    """The includes= patterns of the spec's collect_data_files("greenlife", ...) call."""
    for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "collect_data_files"
                and isinstance(node.args[0], ast.Constant) and node.args[0].value == "greenlife"):
            return [ast.literal_eval(k.value) for k in node.keywords if k.arg == "includes"][0]
    raise AssertionError("the spec does not collect greenlife's data")


def selftest():
    spec = importlib.util.spec_from_file_location("selftest", ROOT / "packaging" / "selftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_resource_is_found_by_importlib_resources():
    root = resources.files("greenlife.resources")
    files = shipped_files()
    assert {"badges.json", "i18n/greenlife_zh_CN.qm", "icons/greenlife.svg"} <= files
    for name in files:
        assert root.joinpath(*name.split("/")).is_file(), name


def test_the_spec_patterns_collect_every_resource():
    matched = set()
    for pattern in spec_data_patterns():
        assert pattern.startswith("resources/")
        matched |= {p.relative_to(PACKAGE_DATA).as_posix()
                    for p in (ROOT / "greenlife").glob(pattern) if p.is_file()}
    assert shipped_files() <= matched


def test_pyinstaller_collects_them():
    from PyInstaller.utils import hooks

    collected = hooks.collect_data_files("greenlife", includes=spec_data_patterns())
    names = {(Path(dest) / Path(src).name).as_posix() for src, dest in collected}
    assert {f"greenlife/resources/{n}" for n in shipped_files()} <= names


def test_the_bundle_self_test_checks_every_resource():
    assert set(selftest().REQUIRED) == shipped_files()


def test_the_self_test_passes_here_and_fails_on_a_missing_file(qapp, monkeypatch, capsys):
    st = selftest()
    assert st.check_resources() == f"{len(st.REQUIRED)} package files"
    assert "文件" in st.check_translations()
    monkeypatch.setattr(st, "REQUIRED", [*st.REQUIRED, "badges/missing.svg"])
    with pytest.raises(AssertionError, match=r"missing\.svg"):
        st.check_resources()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the font hook is for Linux bundles")
def test_the_font_hook_adds_the_bundled_fonts_after_the_system_ones(tmp_path, monkeypatch):
    fonts = tmp_path / "matplotlib" / "mpl-data" / "fonts" / "ttf"
    fonts.mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setenv("FONTCONFIG_FILE", str(tmp_path / "mine & yours.conf"))
    spec = importlib.util.spec_from_file_location("rthook_fonts", ROOT / "packaging" / "rthook_fonts.py")
    spec.loader.exec_module(importlib.util.module_from_spec(spec))
    conf = Path(os.environ["FONTCONFIG_FILE"])
    root = ET.parse(conf).getroot()
    assert [(e.tag, e.text) for e in root] == [("include", str(tmp_path / "mine & yours.conf")),
                                               ("dir", str(fonts))]
    conf.unlink()


def test_the_spec_ships_a_cjk_font_on_linux():
    text = SPEC.read_text(encoding="utf-8")
    assert "wqy-microhei.ttc" in text
    assert '"matplotlib/mpl-data/fonts/ttf"' in text  # where matplotlib looks by itself
    assert "rthook_fonts.py" in text
