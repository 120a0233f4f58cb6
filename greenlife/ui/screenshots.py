"""``greenlife screenshots OUTDIR``: every page of the demo household as PNG (offscreen)."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def main(outdir: Path, lang: str = "zh", theme: str = "light") -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from greenlife.store import Store
    from greenlife.store.demo import load_demo
    from greenlife.ui.app import make_application, open_window
    from greenlife.ui.main_window import PAGE_NAMES

    outdir.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.db"
        store = Store.open(path)
        load_demo(store, lang=lang)
        store.set_setting("language", "zh_CN" if lang == "zh" else "en")
        store.set_setting("theme", theme)
        window = open_window(path, store)
        window.resize(1280, 800)
        window.home.ensure_chart()
        written = []
        for n, name in enumerate(PAGE_NAMES):
            window.go(n)
            deadline = time.monotonic() + 0.3
            while time.monotonic() < deadline:
                app.processEvents()
            target = outdir / f"{lang}-{theme}-{name}.png"
            if not window.grab().save(str(target)):
                raise OSError(f"could not write {target}")
            written.append(target)
        window.close()
        store.close()
    for p in written:
        print(p)
    return 0
