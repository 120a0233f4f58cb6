"""The family forest: one tree per 17.9 kg of CO2 avoided (Ant Forest's figure for one real
saxaul tree planted), each member's trees from their own avoided grams.

Pure arithmetic over the ledger's totals: the store hands in each member's grams avoided (the
sum of the positive lines), this module says how many whole trees that is, whose they are and
how far the next tree has grown. The household's tree count is always
``floor(total grams / 17,900)``; members get their whole trees first, and the trees made of
several members' leftovers go to the largest leftovers (ties: the member added first), so the
members' trees add up to the household's exactly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from greenlife.core.calc import GRAMS_PER_TREE


@dataclass(frozen=True)
class MemberTrees:
    member_id: int
    grams: float  # CO2 avoided by the member, from the ledger
    trees: int  # whole trees drawn in the member's colour


@dataclass(frozen=True)
class Forest:
    members: tuple[MemberTrees, ...]
    grams: float  # the household's CO2 avoided

    @property
    def trees(self) -> int:
        return trees_for(self.grams)

    @property
    def progress(self) -> float:
        """How far the next tree has grown, 0 <= progress < 1."""
        return next_tree_progress(self.grams)

    @property
    def grams_to_next(self) -> float:
        return GRAMS_PER_TREE * (self.trees + 1) - self.grams

    def owners(self, per: int = 1) -> list[int]:
        """The member of each drawn tree in planting order (members in turn, so colours mix).
        With ``per`` > 1 one drawn tree stands for ``per`` trees: ``trees // per`` are drawn,
        shared by the members' trees (largest remainders)."""
        left = _shares({m.member_id: m.trees / per for m in self.members}, self.trees // per)
        out: list[int] = []
        while any(left.values()):
            for mid in left:
                if left[mid]:
                    out.append(mid)
                    left[mid] -= 1
        return out


def _shares(exact: Mapping[int, float], total: int) -> dict[int, int]:
    """Whole shares of ``total`` in proportion to ``exact`` (largest remainders; ties: the
    member first in order). No share is rounded up before the spare ones are handed out: a
    share a hair below a whole number gets it back as the largest remainder, and only when
    ``total`` holds it (rounding up early gave trees the household did not have)."""
    each = {mid: int(v) for mid, v in exact.items()}
    order = list(exact)
    spare = total - sum(each.values())
    for mid in sorted(order, key=lambda m: (-(exact[m] - each[m]), order.index(m)))[:max(0, spare)]:
        each[mid] += 1
    return each


def trees_for(grams: float) -> int:
    """Whole trees' worth of CO2 avoided (a hair of float noise does not cost a tree)."""
    return max(0, int((grams + 1e-6) // GRAMS_PER_TREE))


def next_tree_progress(grams: float) -> float:
    if grams <= 0:
        return 0.0
    return max(0.0, (grams - trees_for(grams) * GRAMS_PER_TREE) / GRAMS_PER_TREE)


def grow(avoided: Mapping[int, float]) -> Forest:
    """The forest for each member's grams avoided (member id -> grams, in member order)."""
    grams = {mid: max(0.0, g) for mid, g in avoided.items()}
    total = sum(grams.values())
    whole = _shares({mid: g / GRAMS_PER_TREE for mid, g in grams.items()}, trees_for(total))
    return Forest(tuple(MemberTrees(mid, grams[mid], whole[mid]) for mid in grams), total)
