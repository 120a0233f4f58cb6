"""Desktop integration: one app id everywhere, a valid desktop file and AppStream metainfo,
LICENSE, icons in every format, the Linux installer's absolute Exec, the Windows installer."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from greenlife import APP_ID, APP_NAME, ORG_DOMAIN, __version__

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
# freedesktop main categories: a desktop file should name exactly one
MAIN_CATEGORIES = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics",
                   "Network", "Office", "Science", "Settings", "System", "Utility"}


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed here (.ci/run installs it)")
    return found


def test_one_app_id():
    assert ".".join(reversed(ORG_DOMAIN.split("."))) + "." + APP_NAME == APP_ID
    assert not (ROOT / "resources" / "greenlife.desktop").exists()
    assert ET.parse(METAINFO).getroot().findtext("id") == APP_ID
    assert desktop_entry(DESKTOP)["Icon"] == APP_ID


def test_app_identity_at_run_time(qapp):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    from greenlife.ui import window_settings
    from greenlife.ui.app import make_application

    make_application([])
    assert QGuiApplication.desktopFileName() == APP_ID
    assert QCoreApplication.organizationDomain() == ORG_DOMAIN
    assert QCoreApplication.applicationName() == APP_NAME
    # QSettings files follow the id: ~/.config/greenlife.org/GreenLife.conf here,
    # org.greenlife.GreenLife.plist on macOS
    assert Path(window_settings.file_name()).parts[-2:] == (ORG_DOMAIN, f"{APP_NAME}.conf")


def test_desktop_file_fields():
    d = desktop_entry(DESKTOP)
    assert d["Type"] == "Application"
    assert d["Exec"] == "greenlife"  # the pip install's script; install.sh rewrites it to an absolute path
    assert d["Name[zh_CN]"] == "绿色生活碳账本"
    categories = [c for c in d["Categories"].split(";") if c]
    assert len(set(categories) & MAIN_CATEGORIES) == 1, categories
    assert d["StartupWMClass"] == APP_NAME  # Qt's WM_CLASS class is the application name


def test_desktop_file_validates():
    out = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert (out.returncode, out.stdout.strip()) == (0, "")


def test_metainfo_validates():
    out = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert [line for line in out.stdout.splitlines() if line.startswith(("W:", "E:"))] == []


def test_metainfo_matches_the_project():
    root = ET.parse(METAINFO).getroot()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert root.findtext("project_license") == project["license"]["text"] == "MIT"
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.find("releases/release").get("version") == __version__ == project["version"]
    assert root.findtext("provides/binary") == next(iter(project["scripts"]))


def test_license_file():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert "WITHOUT WARRANTY OF ANY KIND" in text


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_png_icons(size):
    from PIL import Image

    with Image.open(ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") as im:
        assert im.size == (size, size)
        assert im.mode == "RGBA"
        assert im.getpixel((size // 2, size // 2))[3] == 255  # the artwork, not an empty canvas


def test_ico_and_icns():
    from PIL import Image

    with Image.open(ICONS / "greenlife.ico") as ico:
        assert {16, 32, 48, 256} <= {w for w, _h in ico.info["sizes"]}
    with Image.open(ICONS / "greenlife.icns") as icns:
        assert max(icns.info["sizes"])[:2] == (512, 512)


def test_packaged_svg_is_the_master():
    master = (ICONS / "greenlife.svg").read_text(encoding="utf-8")
    assert master.startswith("<svg")
    assert (ROOT / "greenlife/resources/icons/greenlife.svg").read_text(encoding="utf-8") == master


def test_linux_install_writes_an_absolute_exec(tmp_path):
    bundle = tmp_path / "GreenLife"
    (bundle / "share").mkdir(parents=True)
    exe = bundle / "greenlife"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    shutil.copy(DESKTOP, bundle / "share")
    shutil.copy(METAINFO, bundle / "share")
    shutil.copytree(ICONS / "hicolor", bundle / "share" / "hicolor")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(ROOT / "packaging" / "linux" / script, bundle)
    home = tmp_path / "home with space"
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True, capture_output=True)
    installed = home / ".local/share/applications" / f"{APP_ID}.desktop"
    program = home / ".local/opt/GreenLife/greenlife"
    assert desktop_entry(installed)["Exec"] == f'"{program}"'
    assert os.access(program, os.X_OK)
    assert (home / ".local/share/icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()
    assert (home / ".local/share/metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    if shutil.which("desktop-file-validate"):
        out = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True)
        assert (out.returncode, out.stdout.strip()) == (0, "")
    data = home / ".local/share/GreenLife"
    data.mkdir()
    (data / "greenlife.db").write_text("the book")
    subprocess.run(["sh", str(program.parent / "uninstall.sh")], env=env, check=True, capture_output=True)
    assert not installed.exists()
    assert not program.parent.exists()
    assert not list((home / ".local/share/icons").rglob("*.png"))
    assert (data / "greenlife.db").read_text() == "the book"  # uninstalling keeps the data


def test_windows_installer_script_compiles(tmp_path):
    makensis = tool("makensis")
    src = tmp_path / "GreenLife"
    (src / "_internal").mkdir(parents=True)
    (src / "greenlife.exe").write_bytes(b"MZ")
    (src / "_internal" / "base_library.zip").write_bytes(b"PK")
    out = tmp_path / "setup.exe"
    run = subprocess.run([makensis, "-V2", f"-DSRC={src}", f"-DOUTFILE={out}", f"-DVERSION={__version__}",
                          "greenlife.nsi"], cwd=ROOT / "packaging" / "windows", capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert out.read_bytes()[:2] == b"MZ"
    script = (ROOT / "packaging/windows/greenlife.nsi").read_text(encoding="utf-8")
    assert "CreateShortcut \"$SMPROGRAMS\\GreenLife.lnk\"" in script
    assert "WriteUninstaller" in script
