"""``greenlife screenshots OUTDIR``: every page of the demo household as PNG (offscreen)."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any


def settle(app: object, seconds: float = 0.3) -> None:
    """Let the event loop run a while (layouts, deferred deletes, the chart's first draw)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]


def demo_book(folder: str, lang: str, theme: str | None = None, *, demo_lang: str | None = None
              ) -> tuple[Path, Any]:
    """The demo household (its names in ``demo_lang``, by default the interface's) in
    ``folder``/demo.db, with the interface language ``lang`` (zh or en) and the theme set."""
    from greenlife.store import Store
    from greenlife.store.demo import load_demo

    path = Path(folder) / "demo.db"
    store = Store.open(path)
    load_demo(store, lang=demo_lang or lang)
    store.set_setting("language", "zh_CN" if lang == "zh" else "en")
    if theme is not None:
        store.set_setting("theme", theme)
    return path, store


def main(outdir: Path, lang: str = "zh", theme: str = "light") -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from greenlife.ui.app import make_application, open_window
    from greenlife.ui.main_window import PAGE_NAMES

    outdir.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    with tempfile.TemporaryDirectory() as tmp:
        path, store = demo_book(tmp, lang, theme)
        window = open_window(path, store)
        window.resize(1280, 800)
        window.home.ensure_chart()
        written = []
        for n, name in enumerate(PAGE_NAMES):
            window.go(n)
            settle(app)
            target = outdir / f"{lang}-{theme}-{name}.png"
            if not window.grab().save(str(target)):
                raise OSError(f"could not write {target}")
            written.append(target)
        window.close()
        store.close()
    for p in written:
        print(p)
    return 0


def after_live_switch(outdir: Path, start: tuple[str, str] = ("en", "light")) -> list[Path]:
    """Every page in both languages and both themes, each taken after switching language or
    theme live in one running window (what a family sees after changing Settings), not after
    a fresh start. Files: OUTDIR/{zh|en}-{light|dark}-{page}.png."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from greenlife.ui.app import make_application, open_window
    from greenlife.ui.main_window import PAGE_NAMES

    outdir.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        path, store = demo_book(tmp, start[0], start[1], demo_lang="zh")
        window = open_window(path, store)
        window.resize(1280, 800)
        window.home.ensure_chart()
        settle(app)
        for lang, theme in (("zh", "light"), ("zh", "dark"), ("en", "dark"), ("en", "light")):
            settings = window.go_to("settings")
            code = "zh_CN" if lang == "zh" else "en"
            if store.setting("language") != code:  # as the Settings page does it
                settings.language.setCurrentIndex(settings.language.findData(code))
                settings.set_language()
                settle(app)
            if store.setting("theme") != theme:
                settings.theme.setCurrentIndex(settings.theme.findData(theme))
                settings.set_theme()
                settle(app)
            for name in PAGE_NAMES:
                window.go_to(name)
                settle(app)
                target = outdir / f"{lang}-{theme}-{name}.png"
                if not window.grab().save(str(target)):
                    raise OSError(f"could not write {target}")
                written.append(target)
        window.close()
        store.close()
    return written


def home_shots(outdir: Path, sizes: tuple[tuple[int, int], ...] = ((1024, 700), (1920, 1080))
               ) -> list[Path]:
    """Home of the demo household (a challenge running) at each window size, light and dark,
    Chinese and English: OUTDIR/home-{lang}-{theme}-{w}x{h}.png."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from greenlife.ui.app import make_application, open_window
    from greenlife.ui.i18n import apply_language
    from greenlife.ui.theme import apply_theme

    outdir.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        path, store = demo_book(tmp, "zh")
        store.start_challenge("walk_km", 10, 7)
        store.start_challenge("no_food_waste", 7, 7)
        for lang in ("zh", "en"):  # a fresh window per language, as after a restart
            store.set_setting("language", "zh_CN" if lang == "zh" else "en")
            apply_language(store.setting("language"))
            window = open_window(path, store)
            window.home.ensure_chart()
            for theme in ("light", "dark"):
                apply_theme(theme)
                for w, h in sizes:
                    window.resize(w, h)
                    window.go_to("home")
                    settle(app, 0.4)
                    target = outdir / f"home-{lang}-{theme}-{w}x{h}.png"
                    if not window.grab().save(str(target)):
                        raise OSError(f"could not write {target}")
                    written.append(target)
            window.close()
            window.deleteLater()
            settle(app, 0.1)
        store.close()
    return written
