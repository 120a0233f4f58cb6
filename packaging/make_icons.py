"""Generate every icon format from the SVG master (resources/icons/greenlife.svg).

    python packaging/make_icons.py

Needs ``rsvg-convert`` (Debian/Ubuntu: ``librsvg2-bin``; macOS: ``brew install librsvg``)
and Pillow (installed with matplotlib). The outputs are committed, so building a bundle
does not need either tool:

- ``resources/icons/hicolor/<n>x<n>/apps/org.greenlife.GreenLife.png`` for n in 16 … 512
  (the freedesktop icon theme layout, copied as is into ``~/.local/share/icons``)
- ``resources/icons/greenlife.ico`` (Windows: 16, 24, 32, 48, 64, 128, 256)
- ``resources/icons/greenlife.icns`` (macOS: 16 … 512 and @2x up to 1024)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.greenlife.GreenLife"
MASTER = ROOT / "resources" / "icons" / "greenlife.svg"
OUT = ROOT / "resources" / "icons"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int, target: Path) -> Path:
    tool = shutil.which("rsvg-convert")
    if tool is None:
        sys.exit("rsvg-convert not found: install librsvg2-bin (Debian/Ubuntu) or librsvg (Homebrew)")
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool, "--width", str(size), "--height", str(size), "--keep-aspect-ratio",
                    "--format", "png", "--output", str(target), str(MASTER)], check=True)
    return target


def hicolor_png(size: int) -> Path:
    return OUT / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def main() -> int:
    from PIL import Image

    for size in PNG_SIZES:
        render(size, hicolor_png(size))
    with tempfile.TemporaryDirectory() as tmp:
        large = {s: Image.open(render(s, Path(tmp) / f"{s}.png")).convert("RGBA")
                 for s in sorted(set(ICO_SIZES) | set(ICNS_SIZES))}
        # each size is rendered by librsvg, not downscaled by Pillow: the frames are passed in
        ico = OUT / "greenlife.ico"
        large[256].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                        append_images=[large[s] for s in ICO_SIZES if s != 256])
        icns = OUT / "greenlife.icns"
        large[1024].save(icns, format="ICNS",
                         append_images=[large[s] for s in ICNS_SIZES if s != 1024])
    for p in sorted(OUT.rglob("*")):
        if p.is_file() and p != MASTER:
            print(f"{p.relative_to(ROOT)}\t{p.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
