"""Property tests: whatever is typed is refused with a message or stored exactly; the
balance is always credits minus debits, whatever the order of changes."""

import datetime as dt
import math

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from greenlife.core.errors import GreenlifeError, ValidationError
from greenlife.store import Store
from tests.conftest import TODAY

FIELDS = st.sampled_from([("commute", "subway"), ("commute", "bus"), ("waste", "paper"),
                          ("food", "clean_plate"), ("food", "food_waste")])
NUMBERS = st.one_of(st.floats(allow_nan=True, allow_infinity=True).map(repr),
                    st.integers(-10**9, 10**9).map(str), st.text(max_size=12),
                    st.decimals(allow_nan=False, places=3).map(str))
DATES = st.one_of(st.dates(dt.date(1900, 1, 1), dt.date(2200, 1, 1)).map(dt.date.isoformat),
                  st.text(max_size=12))


def fresh():
    s = Store.open(memory=True, today=lambda: TODAY)
    s.add_member("杨女士")
    return s


@settings(max_examples=300, deadline=None)
@given(what=FIELDS, quantity=NUMBERS, day=DATES, note=st.text(max_size=600))
def test_typed_values_are_refused_with_a_message_or_stored_exactly(what, quantity, day, note):
    s = fresh()
    try:
        e = s.log("杨女士", what[0], what[1], quantity, day, note)
    except ValidationError as exc:
        assert exc.errors
        for err in exc.errors:
            assert err.field in err.message
        assert s.count_entries() == 0
    else:
        stored = s.entry(e.id)
        assert stored.quantity == float(quantity.replace(",", ""))
        assert stored.day == (dt.date.fromisoformat(day) if day else TODAY)
        assert stored.note == note.strip()
        assert math.isfinite(stored.grams)
    s.close()


@settings(max_examples=200, deadline=None)
@given(name=st.text(max_size=60), colour=st.text(max_size=10))
def test_member_names_and_colours(name, colour):
    s = Store.open(memory=True, today=lambda: TODAY)
    try:
        m = s.add_member(name, colour or None)
    except ValidationError as exc:
        assert all(e.field in e.message for e in exc.errors)
        assert s.members() == []
    else:
        assert s.member(m.id).name == name.strip()
    s.close()


OPS = st.lists(st.one_of(
    st.tuples(st.just("add"), FIELDS, st.integers(1, 9), st.integers(0, 60)),
    st.tuples(st.just("edit"), st.integers(0, 50), st.integers(1, 9)),
    st.tuples(st.just("delete"), st.integers(0, 50)),
    st.tuples(st.just("redeem"), st.integers(1, 3000), st.booleans()),
    st.tuples(st.just("undo_redeem"), st.integers(0, 20)),
), max_size=40)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=OPS, ranges=st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=5))
def test_balance_is_credits_minus_debits_whatever_the_order(ops, ranges):
    s = fresh()
    li = s.add_member("李先生")
    for op in ops:
        try:
            if op[0] == "add":
                (cat, item), qty, ago = op[1], op[2], op[3]
                s.log(li.id if ago % 2 else "杨女士", cat, item, qty, TODAY - dt.timedelta(days=ago))
            elif op[0] == "edit":
                ids = [e.id for e in s.entries(order_by="id")]
                assume(ids)
                e = s.entry(ids[op[1] % len(ids)])
                s.update_entry(e.id, s.draft(e.member_id, e.category, e.item, op[2], e.day))
            elif op[0] == "delete":
                ids = [e.id for e in s.entries(order_by="id")]
                if ids:
                    s.delete_entries([ids[op[1] % len(ids)]])
            elif op[0] == "redeem":
                s.redeem(li.id if op[2] else None, op[1], "treat")
            else:
                reds = s.redemptions()
                if reds:
                    s.undo_redemption(reds[op[1] % len(reds)].id)
        except GreenlifeError:
            pass  # a refused redemption changes nothing
    credits = s.db.execute("SELECT total(points) FROM entries").fetchone()[0]
    debits = s.db.execute("SELECT total(points) FROM redemptions").fetchone()[0]
    assert s.balance().points == credits - debits
    for m in s.members():
        c = s.db.execute("SELECT total(points) FROM entries WHERE member_id = ?", [m.id]).fetchone()[0]
        d = s.db.execute("SELECT total(points) FROM redemptions WHERE member_id = ?", [m.id]).fetchone()[0]
        assert s.balance(m.id).points == c - d
    for a, b in ranges:
        lo, hi = TODAY - dt.timedelta(days=max(a, b)), TODAY - dt.timedelta(days=min(a, b))
        direct = s.db.execute("SELECT total(points) FROM entries WHERE day BETWEEN ? AND ?",
                              [lo.isoformat(), hi.isoformat()]).fetchone()[0]
        assert s.balance(None, lo, hi).credit_points == direct
    assert s.check() == []
    s.close()
