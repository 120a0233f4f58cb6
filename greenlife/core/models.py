"""Immutable records handed between the layers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Category(StrEnum):
    COMMUTE = "commute"
    WASTE = "waste"
    FOOD = "food"
    APPLIANCE = "appliance"
    ENERGY = "energy"  # rooftop solar; a household's monthly meter savings
    GOODS = "goods"  # second-hand, own bag, express boxes returned, paperless bills


class Kind(StrEnum):
    REDUCTION = "reduction"
    EMISSION = "emission"


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    colour: str
    active: bool = True
    household: bool = False  # the pseudo-member whose lines belong to the whole family


@dataclass(frozen=True)
class Factor:
    """A conversion factor: how many grams one unit of an action avoids or emits."""

    key: str  # e.g. "commute.subway"
    value: float
    unit: str  # e.g. "g CO2/km"
    kind: Kind
    source: str
    year: int | None
    label: str = ""
    assumption: bool = False
    note: str = ""
    set_id: str = "shanghai"

    @property
    def category(self) -> Category:
        return Category(self.key.split(".", 1)[0])

    @property
    def item(self) -> str:
        return self.key.split(".", 1)[1]


@dataclass(frozen=True)
class FactorSet:
    id: str
    name: str
    description: str = ""
    builtin: bool = False


@dataclass(frozen=True)
class EntryDraft:
    """A validated action, not yet stored: what to compute and save."""

    member_id: int
    day: dt.date
    category: Category
    item: str
    quantity: float
    unit: str
    note: str = ""


@dataclass(frozen=True)
class Entry:
    id: int
    member_id: int
    day: dt.date
    category: Category
    item: str
    quantity: float
    unit: str
    factor: Factor
    grams: float
    points: int
    note: str = ""
    member_name: str = ""
    kind: str = "action"  # a ledger line: "action" (logged) or "appliance" (a day's saving)
    appliance_id: int | None = None


@dataclass(frozen=True)
class Appliance:
    id: int
    member_id: int
    type: str
    grade: int
    kwh_year: float
    baseline_kwh_year: float
    baseline_source: str
    grid: Factor
    in_use_from: dt.date
    in_use_to: dt.date | None = None
    label: str = ""
    member_name: str = ""

    @property
    def grams_per_day(self) -> float:
        from greenlife.core.calc import appliance_grams_per_day

        return appliance_grams_per_day(self.baseline_kwh_year, self.kwh_year, self.grid)


@dataclass(frozen=True)
class Redemption:
    id: int
    member_id: int | None  # None: redeemed by the household as a whole
    day: dt.date
    points: int
    reward: str
    member_name: str = ""


@dataclass(frozen=True)
class Leg:
    """One part of a usual action: an item and how much (1 km by bike, 61 km by subway)."""

    category: Category
    item: str
    quantity: float
    unit: str


@dataclass(frozen=True)
class Template:
    """A member's usual action, repeatable in one click; it may hold several legs."""

    id: int
    member_id: int
    name: str
    category: Category
    item: str
    quantity: float
    unit: str
    more_legs: tuple[Leg, ...] = ()  # legs after the first (the first is category/item/...)
    position: int = 0

    @property
    def legs(self) -> tuple[Leg, ...]:
        return (Leg(self.category, self.item, self.quantity, self.unit), *self.more_legs)


@dataclass(frozen=True)
class Balance:
    """The carbon book over a period for a member or the household."""

    start: dt.date | None
    end: dt.date | None
    member_id: int | None
    credit_points: int  # earned: the lines of actions and appliances, net of emissions
    debit_points: int  # rewards redeemed (a positive number)
    grams_avoided: float
    grams_emitted: float  # a positive number of grams emitted
    by_category: dict[str, float] = field(default_factory=dict)  # net grams
    points_by_category: dict[str, int] = field(default_factory=dict)
    avoided_by_category: dict[str, float] = field(default_factory=dict)
    emitted_by_category: dict[str, float] = field(default_factory=dict)  # positive grams
    # line points split by sign, so charts draw savings above zero and emissions below
    plus_by_category: dict[str, int] = field(default_factory=dict)
    minus_by_category: dict[str, int] = field(default_factory=dict)  # <= 0

    @property
    def points(self) -> int:
        """What is left to spend: points earned minus rewards redeemed."""
        return self.credit_points - self.debit_points
