"""Under a real X server (Xvfb, Qt's xcb platform) Chinese shows as characters, not boxes."""

import json
import os
import shutil
import subprocess
import sys
import time

import pytest

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtGui import QFontDatabase, QImage, QPainter, QColor, QGuiApplication
from PySide6.QtCore import Qt
from greenlife.ui.app import make_application, open_window
from greenlife.store import Store
from greenlife.store.demo import load_demo

app = make_application([])
out = Path(sys.argv[1])
store = Store.open(out / "x.db")
load_demo(store)
store.set_setting("language", "zh_CN")
window = open_window(out / "x.db", store)
window.resize(1200, 760)
from PySide6.QtCore import QEventLoop, QTimer
loop = QEventLoop(); QTimer.singleShot(500, loop.quit); loop.exec()

def render(text):
    img = QImage(64, 64, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setFont(window.font())
    p.setPen(QColor("black"))
    p.drawText(img.rect(), Qt.AlignmentFlag.AlignCenter, text)
    p.end()
    return img

tofu = render("\ue000")  # a private-use code point: no font has it, Qt draws a box
glyphs = {ch: render(ch) != tofu and render(ch) != render(" ") for ch in "杨女士碳账本"}
shot = window.grab()
shot.save(str(out / "real-x-home.png"))
print(json.dumps({
    "platform": QGuiApplication.platformName(),
    "cjk_families": QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)[:5],
    "glyphs": glyphs,
}))
"""


def _xvfb():
    path = shutil.which("Xvfb")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing: .ci/run installs it (apt-get install xvfb)")
        pytest.skip("Xvfb not installed here; CI installs it")
    return path


def test_chinese_renders_under_xvfb(tmp_path):
    xvfb = _xvfb()
    display = f":{90 + os.getpid() % 50}"
    server = subprocess.Popen([xvfb, display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        sock = f"/tmp/.X11-unix/X{display[1:]}"
        for _ in range(100):
            if os.path.exists(sock):
                break
            time.sleep(0.05)
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path),
                   XDG_CONFIG_HOME=str(tmp_path / "config"))
        out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], capture_output=True,
                             text=True, env=env, timeout=120, check=False)
    finally:
        server.terminate()
        server.wait(10)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["platform"] == "xcb"
    assert result["cjk_families"], "no font with Chinese glyphs is installed"
    assert all(result["glyphs"].values()), result["glyphs"]
    assert (tmp_path / "real-x-home.png").stat().st_size > 10_000
