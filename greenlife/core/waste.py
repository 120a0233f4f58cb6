"""Shanghai's four bins (《上海市生活垃圾管理条例》), with the kinds a family sorts into
them; the per-kg factors apply to the kinds."""

from __future__ import annotations

# bin -> the waste items (factor keys after "waste.") that go into it, in display order
BINS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("recyclable", ("paper", "plastic", "glass", "metal")),  # 可回收物
    ("wet", ("kitchen",)),  # 湿垃圾
    ("hazardous", ("hazardous",)),  # 有害垃圾
    ("dry", ("residual",)),  # 干垃圾
)


def bin_of(item: str) -> str | None:
    return next((b for b, items in BINS if item in items), None)


def ordered(items: list[str]) -> list[tuple[str | None, list[str]]]:
    """``items`` grouped by bin in the bins' order; items in no bin come last (None)."""
    out = [(b, [i for i in kinds if i in items]) for b, kinds in BINS]
    rest = [i for i in items if bin_of(i) is None]
    return [g for g in out if g[1]] + ([(None, rest)] if rest else [])
