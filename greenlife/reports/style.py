"""Chart style shared by the app and the exports: category colours, CJK fonts."""

from __future__ import annotations

from dataclasses import dataclass

# One colour per category, the same everywhere (app, PNG, PDF).
CATEGORY_COLOURS: dict[str, str] = {
    "commute": "#1E88E5",
    "waste": "#43A047",
    "food": "#FB8C00",
    "appliance": "#8E24AA",
    "energy": "#00897B",
    "goods": "#6D4C41",
}
CATEGORY_ORDER = ("commute", "waste", "food", "appliance", "energy", "goods")

# Fonts with Chinese glyphs, tried in turn (matplotlib falls back glyph by glyph).
CJK_FONTS = (
    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Sans SC",
    "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "SimHei",
    "Heiti SC", "Arial Unicode MS",
)


@dataclass(frozen=True)
class Theme:
    background: str = "#FFFFFF"
    foreground: str = "#212121"
    grid: str = "#E0E0E0"
    goal: str = "#C62828"


LIGHT = Theme()
DARK = Theme("#2B2B2B", "#EEEEEE", "#505050", "#EF9A9A")

_CJK_FILE_HINTS = ("wqy", "noto", "cjk", "sourcehan", "msyh", "pingfang", "simhei", "hiragino",
                   "droidsansfallback", "arialuni")
_configured: list[str] = []


def configure_fonts() -> list[str]:
    """Put an installed CJK font behind the default sans-serif font; return what was found.

    An empty list means no Chinese font is installed: labels would show boxes.
    """
    if _configured:
        return _configured[1:]
    import logging

    from matplotlib import font_manager, rcParams

    # CJK fonts often ship one weight: bold falls back to regular, which is fine
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)

    installed = {f.name for f in font_manager.fontManager.ttflist}
    found = [name for name in CJK_FONTS if name in installed]
    if not found:
        # matplotlib's font cache may predate the font's installation: look again
        for path in font_manager.findSystemFonts():
            if any(hint in path.lower() for hint in _CJK_FILE_HINTS):
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError, ValueError):
                    continue
        installed = {f.name for f in font_manager.fontManager.ttflist}
        found = [name for name in CJK_FONTS if name in installed]
    # an explicit list of families: matplotlib falls back glyph by glyph along it. The CJK
    # font comes first: it has Latin glyphs too, so most text is laid out with one font
    # (faster than falling back per glyph); DejaVu Sans covers what it lacks.
    rcParams["font.family"] = [*found[:1], "DejaVu Sans", *found[1:]]
    rcParams["axes.unicode_minus"] = False
    rcParams["svg.fonttype"] = "path"
    rcParams["pdf.fonttype"] = 42
    _configured[:] = ["done", *found]
    return found
