"""PyInstaller runtime hook (Linux bundles): make the CJK font shipped inside the bundle visible to
fontconfig, and so to Qt, after the system's own fonts. matplotlib finds the same file in its
mpl-data/fonts/ttf folder. A system with a Chinese font keeps using it; one without still shows
Chinese as characters instead of boxes."""

import atexit
import os
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape


def _add_bundled_fonts() -> None:
    folder = Path(getattr(sys, "_MEIPASS", "")) / "matplotlib" / "mpl-data" / "fonts" / "ttf"
    if not sys.platform.startswith("linux") or not folder.is_dir():
        return
    base = os.environ.get("FONTCONFIG_FILE") or "/etc/fonts/fonts.conf"
    fd, name = tempfile.mkstemp(prefix="greenlife-fonts-", suffix=".conf")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
                f'<fontconfig>\n  <include ignore_missing="yes">{escape(base)}</include>\n'
                f"  <dir>{escape(str(folder))}</dir>\n</fontconfig>\n")
    os.environ["FONTCONFIG_FILE"] = name
    atexit.register(lambda: Path(name).unlink(missing_ok=True))


_add_bundled_fonts()
