"""Pages of the demo household at the smallest and largest window sizes the layouts are made for,
in both languages and both themes: OUTDIR/{lang}-{theme}-{W}x{H}-{page}.png."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

SIZES = ((1024, 700), (1920, 1080))


def main(outdir: Path, pages: Iterable[str], sizes: Iterable[tuple[int, int]] = SIZES,
         langs: Iterable[str] = ("zh", "en"), themes: Iterable[str] = ("light", "dark")) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from greenlife.ui.app import make_application, open_window
    from greenlife.ui.screenshots import demo_book, settle

    outdir.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    written: list[Path] = []
    pages, sizes = list(pages), list(sizes)
    for lang in langs:
        for theme in themes:
            with tempfile.TemporaryDirectory() as tmp:
                path, store = demo_book(tmp, lang, theme)
                window = open_window(path, store)
                for w, h in sizes:
                    window.resize(w, h)
                    settle(app)
                    for name in pages:
                        window.go_to(name)
                        settle(app)
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
