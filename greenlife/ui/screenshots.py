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


def after_live_switch(outdir: Path, start: tuple[str, str] = ("en", "light")) -> list[Path]:
    """Every page in both languages and both themes, each taken after switching language or
    theme live in one running window (what a family sees after changing Settings), not after
    a fresh start. Files: OUTDIR/{zh|en}-{light|dark}-{page}.png."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from greenlife.store import Store
    from greenlife.store.demo import load_demo
    from greenlife.ui.app import make_application, open_window
    from greenlife.ui.main_window import PAGE_NAMES

    outdir.mkdir(parents=True, exist_ok=True)
    app = make_application([])

    def settle(seconds: float = 0.3) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()

    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.db"
        store = Store.open(path)
        load_demo(store, lang="zh")
        store.set_setting("language", "zh_CN" if start[0] == "zh" else "en")
        store.set_setting("theme", start[1])
        window = open_window(path, store)
        window.resize(1280, 800)
        window.home.ensure_chart()
        settle()
        for lang, theme in (("zh", "light"), ("zh", "dark"), ("en", "dark"), ("en", "light")):
            settings = window.go_to("settings")
            code = "zh_CN" if lang == "zh" else "en"
            if store.setting("language") != code:  # as the Settings page does it
                settings.language.setCurrentIndex(settings.language.findData(code))
                settings.set_language()
                settle()
            if store.setting("theme") != theme:
                settings.theme.setCurrentIndex(settings.theme.findData(theme))
                settings.set_theme()
                settle()
            for name in PAGE_NAMES:
                window.go_to(name)
                settle()
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
    from greenlife.store import Store
    from greenlife.store.demo import load_demo
    from greenlife.ui.app import make_application, open_window
    from greenlife.ui.i18n import apply_language
    from greenlife.ui.theme import apply_theme

    outdir.mkdir(parents=True, exist_ok=True)
    app = make_application([])

    def settle(seconds: float = 0.4) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()

    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.db"
        store = Store.open(path)
        load_demo(store, lang="zh")
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
                    settle()
                    target = outdir / f"home-{lang}-{theme}-{w}x{h}.png"
                    if not window.grab().save(str(target)):
                        raise OSError(f"could not write {target}")
                    written.append(target)
            window.close()
            window.deleteLater()
            settle(0.1)
        store.close()
    return written
