"""Property: for random households, every view of the book is the sum of the ledger's lines.

Random members, actions, appliances, factor edits with recalculation, and redemptions
(refused ones included); then for every day, ISO week (across years), month, year and all
time the lines' sum equals the book's balance, the chart series, the CSV rows and the
summary; members add up to the household, days to weeks, months to years."""

from __future__ import annotations

import calendar
import contextlib
import csv
import dataclasses
import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from greenlife.core.errors import GreenlifeError
from greenlife.core.periods import week_start
from greenlife.reports import export, series
from greenlife.reports.summary import build_summary
from greenlife.store import Store

TODAY = dt.date(2027, 1, 6)
FIRST = dt.date(2026, 12, 1)
ITEMS = [("commute", "subway", 40), ("commute", "bus", 4), ("commute", "walk", 5),
         ("commute", "petrol", 30), ("waste", "paper", 3), ("food", "clean_plate", 3),
         ("food", "food_waste", 1)]
APPLIANCES = ["air_conditioner", "refrigerator", "television"]

day_st = st.integers(0, (TODAY - FIRST).days).map(lambda n: FIRST + dt.timedelta(days=n))
action = st.tuples(st.integers(0, 2), st.sampled_from(ITEMS), st.integers(1, 1000), day_st)
appliance = st.tuples(st.integers(0, 2), st.sampled_from(APPLIANCES), st.integers(1, 2), day_st,
                      st.one_of(st.none(), day_st))
redemption = st.tuples(st.one_of(st.none(), st.integers(0, 2)), st.integers(1, 20000), day_st)
correction = st.tuples(st.integers(0, 2), st.integers(1, 3), day_st)  # which, grade, start
edit = st.tuples(st.sampled_from(["commute.subway", "grid.electricity", "commute.walk"]),
                 st.floats(0.01, 200), st.booleans())


def qty(item: str, q: int, top: int) -> float:
    """Rides and meals are whole numbers; the rest has decimals."""
    if item in ("bus", "clean_plate"):
        return max(1, round(q * top / 1000))
    return max(0.01, round(q * top / 1000, 2))


def lines(store: Store, member: int | None, start: dt.date | None, end: dt.date | None,
          kinds: tuple[str, ...] = ("action", "appliance", "redemption")) -> int:
    sql = "SELECT coalesce(sum(points), 0) FROM ledger_lines WHERE kind IN ({})".format(",".join("?" * len(kinds)))
    args: list = list(kinds)
    if member is not None:
        sql += " AND member_id = ?"
        args.append(member)
    if start is not None:
        sql += " AND day BETWEEN ? AND ?"
        args += [start.isoformat(), end.isoformat()]
    return store.db.execute(sql, args).fetchone()[0]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(action, max_size=25), st.lists(appliance, max_size=3), st.lists(edit, max_size=2),
       st.lists(redemption, max_size=4), st.sampled_from(["shanghai", "wuhan"]),
       st.lists(correction, max_size=2))
def test_every_view_is_the_sum_of_lines(tmp_path_factory, actions, appliances, edits, redemptions,
                                        factor_set, corrections):
    store = Store.open(memory=True, today=lambda: TODAY)
    ids = [store.add_member(n).id for n in ("杨女士", "李先生", "小明")]
    for who, (cat, item, top), q, day in actions:
        store.log(ids[who], cat, item, qty(item, q, top), day)
    for who, kind, grade, start, end in appliances:
        if end is not None and end < start:
            start, end = end, start
        store.add_appliance(ids[who], kind, grade, None, start, end)
    store.use_set(factor_set)
    for who, (cat, item, top), q, day in actions[:3]:
        store.log(ids[who], cat, item, qty(item, q, top), day)
    for key, value, recalc in edits:
        f = store.factors()[key]
        store.save_factor(dataclasses.replace(f, value=value if key != "grid.electricity" else value / 200))
        if recalc:
            store.recalculate(key, factor_set)
    for who, pts, day in redemptions:
        with contextlib.suppress(GreenlifeError):
            store.redeem(None if who is None else ids[who], pts, "reward", day)
    for which, grade, start in corrections:  # an appliance's grade and start corrected
        if store.appliances():
            a = store.appliances()[which % len(store.appliances())]
            with contextlib.suppress(GreenlifeError):  # an end before the start, an overspend
                store.edit_appliance(a.id, grade, None, start, a.in_use_to)
    # every redemption accepted is covered on its day and after, for whoever redeemed and
    # for the household (emissions alone may take a member who spent nothing below zero)
    for r in store.redemptions():
        for who in {r.member_id, None}:
            assert store.book.lowest_balance(who, r.day)[0] >= 0

    # all time, members add to the household
    assert store.balance().points == lines(store, None, None, None)
    assert sum(store.balance(m).points for m in ids) + sum(
        r.points for r in store.redemptions() if r.member_id is None) * -1 == store.balance().points
    for m in ids:
        assert store.balance(m).points == lines(store, m, None, None)
    # days, weeks (ISO, across the year boundary), months, years
    d = FIRST
    while d <= TODAY:
        assert store.balance(None, d, d).points == lines(store, None, d, d)
        d += dt.timedelta(days=1)
    w = week_start(FIRST)
    while w <= TODAY:
        end = w + dt.timedelta(days=6)
        week = store.balance(None, w, end)
        assert week.points == lines(store, None, w, end)
        assert sum(series.week_by_day(store, w).totals()) == week.credit_points
        assert sum(store.balance(None, w + dt.timedelta(days=i), w + dt.timedelta(days=i)).points
                   for i in range(7)) == week.points
        assert store.week_points(w, w).get(w, 0) == week.credit_points
        w += dt.timedelta(days=7)
    for year in (2026, 2027):
        y0, y1 = dt.date(year, 1, 1), dt.date(year, 12, 31)
        total = store.balance(None, y0, y1)
        assert total.points == lines(store, None, y0, y1)
        months = [store.balance(None, dt.date(year, m, 1),
                                dt.date(year, m, calendar.monthrange(year, m)[1])).points
                  for m in range(1, 13)]
        assert sum(months) == total.points
        assert sum(series.year_by_month(store, year).totals()) == total.credit_points
        summary = build_summary(store, year)
        assert summary.totals.balance == total.points
        assert sum(m.totals.points for m in summary.members) == total.credit_points
        path = tmp_path_factory.mktemp("csv") / f"{year}.csv"
        export.write_csv(store, year, path)
        rows = list(csv.DictReader(path.open(encoding="utf-8-sig", newline="")))
        assert sum(int(r["points"]) for r in rows) == total.points
        export.write_json(store, summary, path.with_suffix(".json"))
        data = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        assert sum(e["points"] for e in data["entries"]) == data["totals"]["balance"] == total.points
        assert sum(m["points"] for m in data["members"]) == data["totals"]["points"]
    store.close()
