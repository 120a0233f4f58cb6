"""Fill an empty file with the demo household."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from greenlife.core.demo import DEMO_APPLIANCES, DEMO_MEMBERS, demo_actions
from greenlife.core.errors import GreenlifeError
from greenlife.core.models import EntryDraft
from greenlife.store.facade import Store

DEMO_NAMES = {
    "en": ("Bike + subway to work", "Shared bike to the metro", "Bus to work and back", "Walk to school",
           "Kitchen waste", "Movie night", "Family trip to the park", "New book", "The Yang family"),
    "zh": ("骑车换乘地铁上班", "共享单车到地铁站", "坐公交上下班", "步行上学", "厨余垃圾", "电影之夜",
           "全家去公园", "一本新书", "杨家"),
}


def load_demo(store: Store, progress: Callable[[int, int], None] | None = None, lang: str = "zh") -> int:
    """Create 4 members and a year of entries ending today; return the number of entries."""
    with store.tx():  # one transaction: a kill or an error leaves the file empty, never half a demo
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
        batch = []
        for i, a in enumerate(actions, 1):
            draft = EntryDraft(ids[a.member], a.day, a.category, a.item, a.quantity,
                               "", "")
            f = factors[f"{a.category.value}.{a.item}"]
            batch.append(store.entry_values(draft, f))
            if len(batch) == 500 or i == total:
                store.bulk_add(batch)
                batch = []
                if progress:
                    progress(i, total)
        for member, kind, grade, ago in DEMO_APPLIANCES:
            store.add_appliance(member, kind, grade, None, today - dt.timedelta(days=ago))
        names = DEMO_NAMES.get(lang, DEMO_NAMES["en"])
        store.add_template("杨女士", names[0], "commute", "subway", 34, "km")
        store.add_template("杨女士", names[1], "commute", "bike", 1.2, "km")
        store.add_template("李先生", names[2], "commute", "bus", 2, "ride")
        store.add_template("小明", names[3], "commute", "walk", 1.5, "km")
        store.add_template("奶奶", names[4], "waste", "kitchen", 0.8, "kg")
        store.set_setting("household_name", names[8])
        movie = store.add_reward(names[5], 20000)
        store.add_reward(names[6], 50000)
        store.add_reward(names[7], 8000)
        store.redeem_reward(movie.id, None, today - dt.timedelta(days=30))
    store.sync_badges()
    return total
