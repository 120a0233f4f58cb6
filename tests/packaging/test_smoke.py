"""packaging/smoke.py, the CI check of a built bundle: a clean user's environment, and a bundle
that misbehaves fails it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the fake bundle is a shell script")


def smoke():
    spec = importlib.util.spec_from_file_location("smoke", ROOT / "packaging" / "smoke.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_clean_user(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", f"{sys.prefix}/bin:/usr/bin:/bin")
    monkeypatch.setenv("VIRTUAL_ENV", sys.prefix)
    monkeypatch.delenv("DISPLAY", raising=False)
    env = smoke().clean_env(tmp_path)
    assert env["HOME"] == str(tmp_path)
    assert env["PATH"] == "/usr/bin:/bin"  # no venv, no Python of ours
    assert "VIRTUAL_ENV" not in env
    assert "PYTHONPATH" not in env
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert env["GREENLIFE_DB"].startswith(str(tmp_path))


def test_xvfb_means_the_xcb_platform(tmp_path, monkeypatch):
    monkeypatch.setenv("DISPLAY", ":99")
    env = smoke().clean_env(tmp_path)
    assert (env["DISPLAY"], env["QT_QPA_PLATFORM"]) == (":99", "xcb")


def test_a_bundle_that_writes_nothing_fails(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    bundle = tmp_path / "GreenLife"
    bundle.mkdir()
    exe = bundle / "greenlife"
    # answers every command with exit 0 but makes no demo, pages, PDF, CSV or log; shows its env
    exe.write_text("#!/bin/sh\nenv\nexit 0\n")
    exe.chmod(0o755)
    assert smoke().main([str(bundle)]) == 1
    out = capsys.readouterr().out
    assert "FAIL version" in out  # the fake does not print 'greenlife X.Y.Z'
    assert "FAIL every page in Chinese" in out
    assert "FAIL yearly PDF in Chinese" in out
    assert "FAIL CSV export" in out
    assert "FAIL desktop app: ended by itself" in out
    assert "FAIL no log file" in out
    assert "PATH=/usr/bin:/bin" in out
    assert "HOME=" in out
    assert out.rstrip().endswith("FAILED")


def test_no_bundle_is_a_usage_error(tmp_path):
    assert smoke().main([str(tmp_path / "nowhere")]) == 2
