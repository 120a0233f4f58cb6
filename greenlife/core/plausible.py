"""What one person plausibly does in a day, per item.

Beyond these figures an entry is not refused (a long trip happens), but the form asks
before saving: 400 km of walking in a day is a typo far more often than a feat.
"""

from __future__ import annotations

from dataclasses import dataclass

# (category, item) -> the most one person plausibly logs in one day, in the item's unit
DAILY_MAX: dict[tuple[str, str], float] = {
    ("commute", "walk"): 40,  # km: a long day's hike
    ("commute", "bike"): 150,  # km: a long ride
    ("commute", "subway"): 200,  # km: across a city and back, twice
    ("commute", "bus"): 10,  # rides
    ("commute", "ecar"): 500,  # km: a long drive
    ("commute", "carpool"): 500,
    ("commute", "petrol"): 500,
    ("waste", "paper"): 20,  # kg: a clear-out of old books
    ("waste", "plastic"): 10,
    ("waste", "glass"): 20,
    ("waste", "metal"): 20,
    ("waste", "kitchen"): 10,
    ("waste", "hazardous"): 5,
    ("waste", "residual"): 20,
    ("food", "clean_plate"): 5,  # meals
    ("food", "food_waste"): 3,  # kg
    ("food", "no_tableware"): 5,  # takeaway orders
    ("commute", "steps"): 60000,  # steps: a long day's hike
    ("commute", "car_parked"): 1,  # days
    ("goods", "secondhand"): 50,  # kg: a clear-out of a wardrobe
    ("goods", "bag"): 10,  # shopping trips
    ("goods", "box_returned"): 30,  # boxes
    ("goods", "paperless"): 10,  # bills
    ("energy", "solar"): 200,  # kWh: a large rooftop on a sunny day
}


@dataclass(frozen=True)
class Implausible:
    """A day's total for one person and item beyond what is plausible."""

    category: str
    item: str
    total: float  # what the day would hold with this entry
    limit: float


def check_daily(category: str, item: str, quantity: float, already: float = 0.0
                ) -> Implausible | None:
    """None when ``already`` + ``quantity`` (one person, one item, one day) is plausible."""
    limit = DAILY_MAX.get((category, item))
    total = already + quantity
    if limit is None or total <= limit:
        return None
    return Implausible(category, item, total, limit)
