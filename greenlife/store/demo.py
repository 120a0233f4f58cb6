"""Fill an empty file with the demo household."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from greenlife.core.demo import DEMO_APPLIANCES, DEMO_MEMBERS, demo_actions
from greenlife.core.errors import GreenlifeError
from greenlife.core.models import EntryDraft
from greenlife.store.repo import Store


def load_demo(store: Store, progress: Callable[[int, int], None] | None = None) -> int:
    """Create 4 members and a year of entries ending today; return the number of entries."""
    if not store.is_empty():
        raise GreenlifeError(
            "This data file already has members; the demo household only goes into an empty "
            "file. Use --db PATH with a new file name."
        )
    today = store.today()
    ids = {name: store.add_member(name, colour).id for name, colour in DEMO_MEMBERS}
    actions = demo_actions(today)
    factors = store.factors()
    total = len(actions)
    with store.tx():
        batch = []
        for i, a in enumerate(actions, 1):
            draft = EntryDraft(ids[a.member], a.day, a.category, a.item, a.quantity,
                               "", "")
            f = factors[f"{a.category.value}.{a.item}"]
            batch.append(store._entry_values(draft, f))
            if len(batch) == 500 or i == total:
                store.bulk_add(batch)
                batch = []
                if progress:
                    progress(i, total)
        for member, kind, grade, ago in DEMO_APPLIANCES:
            store.add_appliance(member, kind, grade, None, today - dt.timedelta(days=ago))
        store.add_template("杨女士", "Bike + subway to work", "commute", "subway", 34, "km")
        store.add_template("杨女士", "Shared bike to the metro", "commute", "bike", 1.2, "km")
        store.add_template("李先生", "Bus to work and back", "commute", "bus", 2, "ride")
        store.add_template("小明", "Walk to school", "commute", "walk", 1.5, "km")
        store.add_template("奶奶", "Kitchen waste", "waste", "kitchen", 0.8, "kg")
        store.set_setting("household_name", "杨家")
    movie = store.add_reward("Movie night", 20000)
    store.add_reward("Family trip to the park", 50000)
    store.add_reward("New book", 8000)
    store.redeem_reward(movie.id, None, today - dt.timedelta(days=30))
    store.sync_badges()
    return total
