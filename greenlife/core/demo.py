"""A realistic demo household: a year of varied actions ending today. Pure data."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from greenlife.core.models import Category

DEMO_MEMBERS = (("杨女士", "#2E7D32"), ("李先生", "#1565C0"), ("小明", "#EF6C00"), ("奶奶", "#6A1B9A"))


@dataclass(frozen=True)
class DemoAction:
    member: str
    day: dt.date
    category: Category
    item: str
    quantity: float


def demo_actions(today: dt.date, days: int = 365, seed: int = 2025) -> list[DemoAction]:
    """Each member has habits: 杨女士 bikes to the metro, 李先生 drives some days, ..."""
    rng = random.Random(seed)
    out: list[DemoAction] = []
    start = today - dt.timedelta(days=days - 1)
    for i in range(days):
        day = start + dt.timedelta(days=i)
        workday = day.weekday() < 5
        if workday and rng.random() < 0.9:  # the article's commuter: bike, then subway
            out.append(DemoAction("杨女士", day, Category.COMMUTE, "bike", round(rng.uniform(0.8, 1.5), 1)))
            out.append(DemoAction("杨女士", day, Category.COMMUTE, "subway", round(rng.uniform(28, 40), 1)))
        if workday:
            if rng.random() < 0.25:
                out.append(DemoAction("李先生", day, Category.COMMUTE, "petrol", round(rng.uniform(12, 20), 1)))
            else:
                out.append(DemoAction("李先生", day, Category.COMMUTE, "bus", rng.choice([2, 2, 4])))
            if rng.random() < 0.95:
                out.append(DemoAction("小明", day, Category.COMMUTE, "walk", round(rng.uniform(1, 2), 1)))
        elif rng.random() < 0.4:
            out.append(DemoAction("李先生", day, Category.COMMUTE, "ecar", round(rng.uniform(20, 60), 0)))
        if rng.random() < 0.7:
            out.append(DemoAction("奶奶", day, Category.WASTE, "kitchen", round(rng.uniform(0.3, 1.2), 1)))
        if rng.random() < 0.3:
            stream = rng.choice(["paper", "plastic", "metal", "glass", "hazardous", "residual"])
            out.append(DemoAction("奶奶", day, Category.WASTE, stream, round(rng.uniform(0.2, 2.0), 1)))
        for name in ("杨女士", "李先生", "小明", "奶奶"):
            meals = rng.choice([1, 2, 2, 3])
            out.append(DemoAction(name, day, Category.FOOD, "clean_plate", meals))
        if rng.random() < 0.2:
            out.append(DemoAction(rng.choice(["小明", "李先生"]), day, Category.FOOD, "food_waste",
                                  round(rng.uniform(0.1, 0.4), 2)))
    return out


# (member, type, grade, days before today it came into use)
DEMO_APPLIANCES = (
    ("李先生", "air_conditioner", 1, 300),
    ("奶奶", "refrigerator", 1, 700),
    ("杨女士", "washing_machine", 2, 200),
)
