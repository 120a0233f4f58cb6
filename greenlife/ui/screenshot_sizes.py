"""Pages of the demo household at the smallest and largest window sizes the layouts are made for,
in both languages and both themes: OUTDIR/{lang}-{theme}-{W}x{H}-{page}.png."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

SIZES = ((1024, 700), (1920, 1080))


def main(outdir: Path, pages: Iterable[str], sizes: Iterable[tuple[int, int]] = SIZES,
         langs: Iterable[str] = ("zh", "en"), themes: Iterable[str] = ("light", "dark")) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from greenlife.store import Store
    from greenlife.store.demo import load_demo
    from greenlife.ui.app import make_application, open_window

    outdir.mkdir(parents=True, exist_ok=True)
    app = make_application([])

    def settle(seconds: float = 0.3) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()

    written: list[Path] = []
    pages, sizes = list(pages), list(sizes)
    for lang in langs:
        for theme in themes:
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "demo.db"
                store = Store.open(path)
                load_demo(store, lang=lang)
                store.set_setting("language", "zh_CN" if lang == "zh" else "en")
                store.set_setting("theme", theme)
                window = open_window(path, store)
                for w, h in sizes:
                    window.resize(w, h)
                    settle()
                    for name in pages:
                        window.go_to(name)
                        settle()
                        target = outdir / f"{lang}-{theme}-{w}x{h}-{name}.png"
                        if not window.grab().save(str(target)):
                            raise OSError(f"could not write {target}")
                        written.append(target)
                window.close()
                store.close()
    return written


if __name__ == "__main__":
    import sys

    names = sys.argv[2:] or ["log", "history", "book", "charts", "badges", "settings"]
    for p in main(Path(sys.argv[1]), names):
        print(p)
