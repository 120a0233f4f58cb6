"""store/ledger.py, the family's logged actions, method by method: exact rows, orders, pages,
the sort cache, edits that keep or change the factor, deletes and restores.

Written against mutmut's survivors (``tools/mutation.py``); each test runs on a copied store
so that the mutation runs stay fast."""

import dataclasses
import datetime as dt

import pytest

from greenlife.core.errors import NotFoundError, ValidationError
from greenlife.core.factors import SHANGHAI
from greenlife.core.ledger import OverspendError
from greenlife.core.models import Category, EntryDraft, Leg
from greenlife.core.routine import Logged
from greenlife.store.ledger import INSERT, entry_values, sorted_ids_from_file
from tests.conftest import TODAY
from tests.store.quick import quick_store

F = {f.key: f for f in SHANGHAI}
D = dt.date(2026, 11, 20)


@pytest.fixture
def s(tmp_path, tmp_path_factory):
    store = quick_store(tmp_path, tmp_path_factory)
    yield store
    store.close()


def ids(s):
    yang, li = (m.id for m in s.members())
    return yang, li


def test_entry_values_is_the_whole_row():
    draft = EntryDraft(3, D, Category.COMMUTE, "subway", 61.0, "km", "n")
    assert entry_values(draft, F["commute.subway"]) == [
        3, "2026-11-20", "commute", "subway", 61.0, "km", "shanghai", "commute.subway", 97, "g CO2/km",
        "reduction", "Shanghai carbon-inclusion platform, as reported by People's Daily (人民日报), 2025",
        2025, 0, 5917.0, 5917, "n"]
    waste = EntryDraft(3, D, Category.FOOD, "food_waste", 0.2, "kg", "")
    row = entry_values(waste, F["food.food_waste"])
    assert row[5] == "kg"
    assert row[10] == "emission"
    assert row[13] == 0
    assert row[14] == pytest.approx(-500)
    assert row[15] == -500
    walk = entry_values(EntryDraft(3, D, Category.COMMUTE, "walk", 1.5, "km"), F["commute.walk"])
    assert walk[13] == 1  # an assumption
    assert walk[12] == 2025
    assert INSERT.count("?") == len(walk)


def test_add_stores_drafts_in_order_and_returns_them(s):
    yang, li = ids(s)
    got = s.add_entries([EntryDraft(yang, D, Category.COMMUTE, "bus", 2, "ride", "a"),
                         EntryDraft(li, D, Category.FOOD, "clean_plate", 3, "meal", "b")])
    assert [(e.member_id, e.item, e.quantity, e.points, e.note, e.member_name) for e in got] == [
        (yang, "bus", 2, 844, "a", "杨女士"), (li, "clean_plate", 3, 690, "b", "李先生")]
    assert got[1].id == got[0].id + 1
    assert s.add_entries([]) == []


def test_bulk_add_counts_the_rows(s):
    yang, _ = ids(s)
    row = entry_values(EntryDraft(yang, D, Category.COMMUTE, "bike", 2, "km"), F["commute.bike"])
    assert s.bulk_add([row, row, row]) == 3
    assert s.count_entries() == 3
    assert s.bulk_add([]) == 0


def test_a_draft_reports_the_member_and_the_fields_together(s):
    with pytest.raises(ValidationError) as info:
        s.draft("王先生", "commute", "subway", "9999", "2026-11-20")
    assert [e.field for e in info.value.errors] == ["member", "km"]
    assert info.value.errors[0].message.startswith("member: unknown member '王先生'; known members: 杨女士, 李先生")
    draft = s.draft("李先生", "commute", "subway", "12", "2026-11-20", " hi ", "km")
    assert draft == EntryDraft(ids(s)[1], D, Category.COMMUTE, "subway", 12.0, "km", "hi")
    with pytest.raises(ValidationError) as info:
        s.draft("李先生", "commute", "bus", "2", quantity_field="km")
    assert [e.field for e in info.value.errors] == ["km"]


def test_log_defaults_to_today_and_no_note(s):
    e = s.log("杨女士", "commute", "bike", 3)
    assert (e.day, e.note, e.points, e.kind) == (TODAY, "", 294, "action")


def test_preview_is_what_log_would_store(s):
    draft = s.draft("杨女士", "food", "food_waste", "0.5", "2026-11-20")
    g, p, f = s.preview(draft)
    assert (g, p, f.key) == (pytest.approx(-1250), -1250, "food.food_waste")
    assert s.count_entries() == 0
    appliance = s.preview(EntryDraft(1, D, Category.COMMUTE, "subway", 1.5, "km"))
    assert appliance[:2] == (pytest.approx(145.5), 146)


def test_yesterday_is_repeated_in_order_with_notes(s):
    yang, li = ids(s)
    s.log(yang, "commute", "bike", 3, "2026-11-23", "a")
    s.log(yang, "food", "clean_plate", 2, "2026-11-23", "b")
    s.log(li, "commute", "bus", 2, "2026-11-23")
    s.log(yang, "commute", "subway", 4, "2026-11-22")
    drafts = s.yesterday_drafts("杨女士")
    assert drafts == [EntryDraft(yang, TODAY, Category.COMMUTE, "bike", 3.0, "km", "a"),
                      EntryDraft(yang, TODAY, Category.FOOD, "clean_plate", 2.0, "meal", "b")]
    assert s.yesterday_drafts(yang, dt.date(2026, 11, 23)) == [
        EntryDraft(yang, dt.date(2026, 11, 23), Category.COMMUTE, "subway", 4.0, "km", "")]
    added = s.same_as_yesterday("杨女士")
    assert [(e.item, e.day, e.note) for e in added] == [("bike", TODAY, "a"), ("clean_plate", TODAY, "b")]
    with pytest.raises(ValidationError) as info:
        s.yesterday_drafts("李先生", dt.date(2026, 11, 22))
    assert info.value.message == "date: 李先生 has no entries on 2026-11-21 to repeat"
    assert info.value.errors[0].field == "date"


def test_yesterday_skips_items_that_left_the_factor_table(s):
    yang, _ = ids(s)
    s.log(yang, "commute", "bike", 3, "2026-11-23")
    s.log(yang, "commute", "walk", 1, "2026-11-23")
    s.db.execute("DELETE FROM factors WHERE key = 'commute.walk'")
    s.factor_book.invalidate() if hasattr(s.factor_book, "invalidate") else None
    if "commute.walk" in s.factors():
        pytest.skip("the factor table is cached here")
    assert [d.item for d in s.yesterday_drafts(yang)] == ["bike"]


def test_logged_on_reads_actions_of_those_days_oldest_first(s):
    yang, li = ids(s)
    a = s.log(li, "commute", "bus", 2, "2026-11-17")
    s.log(yang, "commute", "bike", 3, "2026-11-16")
    b = s.log(yang, "commute", "subway", 5, "2026-11-17")
    s.log(yang, "commute", "bike", 7, "2026-11-18")
    s.add_appliance("杨女士", "television", 1, None, "2026-11-10")  # its lines are not actions
    days = [dt.date(2026, 11, 17), dt.date(2026, 11, 16)]
    assert s.actions.logged_on([]) == []
    assert s.actions.logged_on(days) == [
        Logged(li, dt.date(2026, 11, 17), Leg(Category.COMMUTE, "bus", 2.0, "ride")),
        Logged(yang, dt.date(2026, 11, 16), Leg(Category.COMMUTE, "bike", 3.0, "km")),
        Logged(yang, dt.date(2026, 11, 17), Leg(Category.COMMUTE, "subway", 5.0, "km")),
    ]
    assert [x.member_id for x in s.actions.logged_on(days, [li])] == [li]
    assert s.actions.logged_on(days, []) == []
    assert [x.leg.item for x in s.actions.logged_on(days, [yang, li])] == ["bus", "bike", "subway"]
    assert a.id < b.id


def test_already_logged_and_logged_quantity(s):
    yang, li = ids(s)
    e = s.log(yang, "commute", "bike", 3, "2026-11-20")
    s.log(yang, "commute", "bike", 2, "2026-11-20")
    s.log(li, "commute", "bike", 11, "2026-11-20")
    bike = EntryDraft(yang, D, Category.COMMUTE, "bike", 1, "km")
    others = [dataclasses.replace(bike, member_id=li, day=dt.date(2026, 11, 19)),
              dataclasses.replace(bike, item="walk"), dataclasses.replace(bike, category=Category.FOOD)]
    assert s.already_logged([bike, *others]) == [bike]
    assert s.logged_quantity(yang, D, "commute", "bike") == 5.0
    assert s.logged_quantity(yang, D, "commute", "bike", exclude_id=e.id) == 2.0
    assert s.logged_quantity(yang, D, "commute", "walk") == 0.0
    assert s.logged_quantity(li, D, "commute", "bike") == 11.0


def test_an_unknown_entry_is_not_found(s):
    with pytest.raises(NotFoundError) as info:
        s.entry(999)
    assert info.value.message == "No entry with id 999; it may have been deleted."


# every column but created_at (a restored or put-back line gets the time it was written again)
LINE = ("SELECT id, kind, member_id, day, category, item, quantity, unit, factor_set, factor_key, factor_value, "
        "factor_unit, factor_kind, factor_source, factor_year, factor_assumption, grams, points, appliance_id, "
        "note FROM entries ORDER BY id")


def _book(s):
    yang, li = ids(s)
    return [
        s.log(yang, "commute", "subway", 10, "2026-11-18"),  # 970
        s.log(li, "commute", "bus", 2, "2026-11-19"),  # 844
        s.log(yang, "food", "clean_plate", 1, "2026-11-19"),  # 230
        s.log(li, "commute", "bike", 30, "2026-11-20"),  # 2940
        s.log(yang, "waste", "paper", 1, "2026-11-21"),  # 3900
    ]


def test_select_filters_orders_and_pages(s):
    e = _book(s)
    _, li = ids(s)
    by = lambda got: [x.id for x in got]  # noqa: E731
    assert by(s.entries()) == [e[4].id, e[3].id, e[2].id, e[1].id, e[0].id]
    assert by(s.entries(descending=False)) == [x.id for x in e]
    assert by(s.entries(member_id=li)) == [e[3].id, e[1].id]
    assert by(s.entries(start=dt.date(2026, 11, 19), end=dt.date(2026, 11, 20))) == [e[3].id, e[2].id, e[1].id]
    assert by(s.entries(category="commute", descending=False)) == [e[0].id, e[1].id, e[3].id]
    assert by(s.entries(order_by="points", descending=False)) == [e[2].id, e[1].id, e[0].id, e[3].id, e[4].id]
    # by name (李 sorts before 杨), then by id
    assert by(s.entries(order_by="member", descending=False)) == [e[1].id, e[3].id, e[0].id, e[2].id, e[4].id]
    assert by(s.entries(limit=2, offset=1)) == [e[3].id, e[2].id]
    assert by(s.entries(limit=2)) == [e[4].id, e[3].id]
    s.add_appliance("杨女士", "television", 1, None, "2026-11-10")
    assert len(s.entries()) == 5  # appliance days are lines, not entries


def test_pages_from_either_end_are_the_same_listing(s):
    e = _book(s)
    all_desc = [x.id for x in s.entries()]
    for order in ("day", "points", "member", "item"):
        for desc in (True, False):
            full = [x.id for x in s.entries(order_by=order, descending=desc)]
            for offset in range(5):
                for limit in (1, 2, 3):
                    got = [x.id for x in s.entry_page(offset, limit, 5, order_by=order, descending=desc)]
                    assert got == full[offset:offset + limit], (order, desc, offset, limit)
    assert [x.id for x in s.entry_page(4, 3, 5)] == all_desc[4:]
    assert [x.id for x in s.entry_page(2, 2, 3, member_id=ids(s)[0])] == [e[0].id]
    assert [x.id for x in s.entry_page(1, 1, 3, member_id=ids(s)[0])] == [e[2].id]
    assert len(e) == 5


def test_the_last_page_reads_from_the_other_end(s):
    _book(s)
    statements = []
    s.db.conn.set_trace_callback(statements.append)
    s.entry_page(4, 2, 5)
    s.db.conn.set_trace_callback(None)
    select = [q for q in statements if "LIMIT" in q]
    assert len(select) == 1
    assert "ASC" in select[0]
    assert select[0].rstrip().endswith("LIMIT 1 OFFSET 0")


def test_sorted_ids_are_kept_until_the_book_changes(s):
    e = _book(s)
    key = (None, None, None, None, "points", True)
    assert not s.actions.has_sorted(key)
    first = s.actions.sorted_ids(*key)
    assert list(first) == [e[4].id, e[3].id, e[0].id, e[1].id, e[2].id]
    assert s.actions.has_sorted(key)
    assert s.actions.has_sorted((*key[:5], False))
    assert not s.actions.has_sorted((*key[:4], "item", True))
    assert s.actions.sorted_ids(*key) is first
    flipped = s.actions.sorted_ids(*key[:5], False)
    assert list(flipped) == list(reversed(first))
    assert not s.actions.has_sorted((*key[:4], "grams", True))
    s.log("杨女士", "commute", "bike", 1, "2026-11-22")
    assert not s.actions.has_sorted((*key[:5], False))
    assert len(s.actions.sorted_ids(*key)) == 6


def test_only_one_sort_is_kept(s):
    _book(s)
    a = (None, None, None, None, "points", True)
    b = (None, None, None, None, "item", True)
    s.actions.sorted_ids(*a)
    s.actions.sorted_ids(*b)
    assert s.actions.has_sorted(b)
    assert not s.actions.has_sorted(a)


def test_a_sort_from_another_connection_is_adopted_only_if_the_book_is_unchanged(s, tmp_path):
    e = _book(s)
    key = (None, None, None, "commute", "quantity", False)
    version = s.actions.version()
    ids_ = sorted_ids_from_file(tmp_path / "book.db", key)
    assert list(ids_) == [e[1].id, e[0].id, e[3].id]
    assert s.actions.adopt(key, ids_, version)
    assert s.actions.sorted_ids(*key) is ids_
    s.log("杨女士", "commute", "bike", 1, "2026-11-22")
    assert not s.actions.adopt(key, ids_, version)
    assert not s.actions.has_sorted(key)
    job = s.sort_job(*key)
    assert job is not None
    assert job()()
    assert len(s.actions.sorted_ids(*key)) == 4


def test_version_changes_with_any_write(s):
    v = s.actions.version()
    assert s.actions.version() == v
    s.log("杨女士", "commute", "bike", 1)
    assert s.actions.version() != v
    assert s.actions.version()[0] > v[0]


def test_by_ids_keeps_the_order_and_skips_the_missing(s):
    e = _book(s)
    assert [x.id for x in s.actions.by_ids([e[3].id, 999, e[0].id])] == [e[3].id, e[0].id]
    assert s.actions.by_ids([]) == []


def test_an_edit_of_the_same_item_keeps_its_factor_and_a_new_item_takes_the_active_one(s):
    yang, li = ids(s)
    e = s.log(yang, "commute", "subway", 10, "2026-11-18")
    f = s.factors()["commute.subway"]
    s.save_factor(dataclasses.replace(f, value=50.0, source="Family"))
    same = s.update_entry(e.id, s.draft(li, "commute", "subway", 20, "2026-11-19", "n"))
    assert (same.member_id, same.day, same.quantity, same.factor.value, same.points, same.note) == (
        li, dt.date(2026, 11, 19), 20.0, 97.0, 1940, "n")
    moved = s.update_entry(e.id, s.draft(li, "commute", "bike", 20, "2026-11-19"))
    assert (moved.factor.key, moved.factor.value, moved.points, moved.unit) == ("commute.bike", 98, 1960, "km")
    food = s.update_entry(e.id, s.draft(li, "food", "clean_plate", 2, "2026-11-19"))
    assert (food.category, food.unit, food.points) == (Category.FOOD, "meal", 460)
    assert s.count_entries() == 1


def test_an_edit_in_another_category_with_the_same_item_name_takes_that_factor(s):
    yang, _ = ids(s)
    e = s.log(yang, "commute", "subway", 10, "2026-11-18")
    f = s.factors()["commute.subway"]
    s.save_factor(dataclasses.replace(f, key="waste.subway", unit="kg CO2e/kg", value=1.0, source="x"))
    if "waste.subway" not in s.factors():
        pytest.skip("factors of a new key cannot be saved here")
    got = s.update_entry(e.id, s.draft(yang, "waste", "subway", 2, "2026-11-18"))
    assert (got.factor.key, got.points) == ("waste.subway", 2000)


def test_appliance_lines_are_not_entries_to_edit_or_delete(s):
    s.add_appliance("杨女士", "television", 1, None, "2026-11-20")
    line = s.db.execute("SELECT id FROM entries WHERE kind = 'appliance' LIMIT 1").fetchone()[0]
    text = (f"Line {line} is a day of an appliance's saving, not an entry: end or delete the appliance "
            "instead.")
    with pytest.raises(NotFoundError) as info:
        s.update_entry(line, s.draft("杨女士", "commute", "bike", 1))
    assert info.value.message == text
    e = s.log("杨女士", "commute", "bike", 1)
    with pytest.raises(NotFoundError) as info:
        s.delete_entries([e.id, line])
    assert info.value.message == text
    assert s.entry(e.id).points == 98


def test_an_edit_that_overspends_is_refused_unless_confirmed(s):
    yang, _ = ids(s)
    e = s.log(yang, "commute", "subway", 100, "2026-11-20")  # 9,700
    s.redeem("杨女士", 9000, "Bike", "2026-11-22")
    with pytest.raises(OverspendError) as info:
        s.update_entry(e.id, s.draft(yang, "commute", "subway", 1, "2026-11-20"))
    assert (info.value.balance, info.value.day) == (97 - 9000, dt.date(2026, 11, 22))
    assert info.value.params["who"] == "杨女士"
    with pytest.raises(OverspendError):  # moving it after the redemption uncovers it too
        s.update_entry(e.id, s.draft(yang, "commute", "subway", 100, "2026-11-23"))
    assert s.entry(e.id).day == dt.date(2026, 11, 20)
    got = s.update_entry(e.id, s.draft(yang, "commute", "subway", 1, "2026-11-20"), confirm=True)
    assert got.points == 97
    later = s.update_entry(e.id, s.draft(yang, "commute", "subway", 200, "2026-11-20"))
    assert later.points == 19400


def test_an_edit_that_moves_points_to_another_member_is_checked_for_the_first(s):
    yang, li = ids(s)
    e = s.log(yang, "commute", "subway", 100, "2026-11-20")
    s.redeem("杨女士", 9000, "Bike", "2026-11-22")
    with pytest.raises(OverspendError) as info:
        s.update_entry(e.id, s.draft(li, "commute", "subway", 100, "2026-11-20"))
    assert info.value.member_id == yang


def test_delete_returns_the_entries_and_restore_puts_them_back_exactly(s):
    e = _book(s)
    before = s.db.execute(LINE).fetchall()
    gone = s.delete_entries([e[1].id, e[3].id])
    assert [x.id for x in gone] == [e[1].id, e[3].id]
    assert gone[0] == e[1]
    assert s.count_entries() == 3
    s.restore_entries(gone)
    assert s.db.execute(LINE).fetchall() == before
    assert s.delete_entries([]) == []


def test_delete_of_a_missing_entry_deletes_nothing(s):
    e = _book(s)
    with pytest.raises(NotFoundError):
        s.delete_entries([e[0].id, 999])
    assert s.count_entries() == 5


def test_a_delete_that_overspends_names_the_household_when_it_spent(s):
    yang, _ = ids(s)
    e = s.log(yang, "commute", "subway", 100, "2026-11-20")
    s.redeem(None, 9000, "Trip", "2026-11-22")
    with pytest.raises(OverspendError) as info:
        s.delete_entries([e.id])
    assert info.value.params["who"] == "the household"
    assert info.value.member_id is None
    assert s.delete_entries([e.id], confirm=True)[0].id == e.id


def test_put_replaces_an_edited_entry_with_the_old_one(s):
    yang, _ = ids(s)
    e = s.log(yang, "commute", "subway", 10, "2026-11-18", "old")
    before = s.db.execute(LINE).fetchall()
    s.update_entry(e.id, s.draft(yang, "commute", "bike", 3, "2026-11-19", "new"))
    s.put_entry(e)
    assert s.db.execute(LINE).fetchall() == before
    assert s.entry(e.id) == e


def test_a_sort_on_its_own_connection_opens_the_file_read_only(tmp_path):
    import sqlite3

    missing = tmp_path / "none.db"
    with pytest.raises(sqlite3.OperationalError):
        sorted_ids_from_file(missing, (None, None, None, None, "points", True))
    assert not missing.exists()  # read-only: nothing is created


def test_a_page_in_the_first_half_reads_forward_and_filters_apply_on_both_paths(s):
    e = _book(s)
    statements = []
    s.db.conn.set_trace_callback(statements.append)
    got = s.actions.page(2, 1, 5)  # defaults: by day, newest first
    s.db.conn.set_trace_callback(None)
    assert [x.id for x in got] == [e[2].id]
    select = [q for q in statements if "LIMIT" in q]
    assert len(select) == 1
    assert "DESC" in select[0]
    assert select[0].rstrip().endswith("LIMIT 1 OFFSET 2")
    yang, li = ids(s)
    d19, d20 = dt.date(2026, 11, 19), dt.date(2026, 11, 21)
    for order in ("day", "points"):
        full = [x.id for x in s.entries(yang, None, d20, None, order_by=order)]
        assert len(full) == 3
        for offset in range(3):
            assert [x.id for x in s.entry_page(offset, 1, 3, yang, None, d20, None, order)] == \
                full[offset:offset + 1]
        full = [x.id for x in s.entries(yang, d19, None, "food", order_by=order)]
        for offset in range(len(full)):
            assert [x.id for x in s.entry_page(offset, 1, len(full), yang, d19, None, "food", order)] == \
                full[offset:offset + 1]
        window = [x.id for x in s.entries(None, d19, d20, "commute", order_by=order)]
        assert window == [e[3].id, e[1].id]
        for offset in range(2):
            assert [x.id for x in s.entry_page(offset, 1, 2, None, d19, d20, "commute", order)] == \
                window[offset:offset + 1]
        mine = [x.id for x in s.entries(li, None, None, None, order_by=order)]
        for offset in range(2):
            assert [x.id for x in s.entry_page(offset, 1, 2, li, None, None, None, order)] == mine[offset:offset + 1]
    late = [x.id for x in s.entries(None, None, dt.date(2026, 11, 19), None)]
    assert late == [e[2].id, e[1].id, e[0].id]
    for offset in range(3):
        assert [x.id for x in s.entry_page(offset, 1, 3, None, None, dt.date(2026, 11, 19))] == late[offset:offset + 1]
    early = [x.id for x in s.entries(None, dt.date(2026, 11, 20), None, None, order_by="points")]
    for offset in range(2):
        assert [x.id for x in s.entry_page(offset, 1, 2, None, dt.date(2026, 11, 20), None, None, "points")] == \
            early[offset:offset + 1]


def test_a_page_sorted_by_another_column_reads_the_other_end_in_that_order(s):
    e = _book(s)
    by_item = [x.id for x in s.entries(order_by="item")]
    assert [x.id for x in s.actions.page(4, 1, 5, order_by="item")] == by_item[4:]
    assert [x.id for x in s.actions.page(3, 2, 5, None, None, None, None, "item", False)] == \
        [x.id for x in s.entries(order_by="item", descending=False)][3:]
    assert len(e) == 5


def test_select_called_directly_defaults_to_newest_first_from_the_start(s):
    e = _book(s)
    assert [x.id for x in s.actions.select(limit=2)] == [e[4].id, e[3].id]
    assert [x.id for x in s.actions.select()] == [x.id for x in reversed(e)]


def test_the_reverse_of_a_kept_sort_is_read_without_sorting_again(s):
    _book(s)
    key = (None, None, None, None, "points", True)
    first = list(s.actions.sorted_ids(*key))
    statements = []
    s.db.conn.set_trace_callback(statements.append)
    flipped = s.actions.sorted_ids(*key[:5], False)
    s.db.conn.set_trace_callback(None)
    assert list(flipped) == first[::-1]
    assert [q for q in statements if "ORDER BY" in q] == []


def test_an_emission_moved_to_a_member_who_spent_is_checked_for_them(s):
    yang, li = ids(s)
    s.log(li, "commute", "bike", 10, "2026-11-18")  # 980
    s.redeem("李先生", 900, "Tea", "2026-11-19")
    petrol = s.log(yang, "commute", "petrol", 10, "2026-11-20")  # -1,600, 杨女士's
    with pytest.raises(OverspendError) as info:
        s.update_entry(petrol.id, s.draft(li, "commute", "petrol", 10, "2026-11-20"))
    assert (info.value.member_id, info.value.params["who"]) == (li, "李先生")
    assert s.entry(petrol.id).member_id == yang


def test_an_emission_moved_before_a_redemption_is_checked_from_its_new_day(s):
    yang, _ = ids(s)
    s.log(yang, "commute", "subway", 100, "2026-11-18")  # 9,700
    s.redeem("杨女士", 9000, "Bike", "2026-11-20")
    s.log(yang, "commute", "bike", 30, "2026-11-23")  # 2,940 later: the balance recovers
    petrol = s.log(yang, "commute", "petrol", 10, "2026-11-24")  # -1,600
    with pytest.raises(OverspendError) as info:  # on 11-20 the balance would be 9,700 - 1,600 - 9,000
        s.update_entry(petrol.id, s.draft(yang, "commute", "petrol", 10, "2026-11-19"))
    assert (info.value.day, info.value.balance) == (dt.date(2026, 11, 20), -900)
    assert s.entry(petrol.id).day == dt.date(2026, 11, 24)


def test_the_ledgers_own_defaults_no_note_and_the_quantity_field_passed_on(s):
    e = s.actions.log("杨女士", "commute", "bike", 3, "2026-11-20")
    assert e.note == ""
    assert s.actions.draft("杨女士", "commute", "bike", 3).note == ""
    with pytest.raises(ValidationError) as info:
        s.actions.log("杨女士", "commute", "bus", 2, "2026-11-20", "", "km")
    assert info.value.message == "km: bus is counted in ride; give --rides instead"


def test_counts_follow_every_filter(s):
    e = _book(s)
    yang, li = ids(s)
    assert s.count_entries() == 5
    assert s.count_entries(end=dt.date(2026, 11, 19)) == 3
    assert s.count_entries(start=dt.date(2026, 11, 20)) == 2
    assert s.count_entries(member_id=li) == 2
    assert s.count_entries(category="commute") == 3
    assert s.count_entries(yang, dt.date(2026, 11, 19), dt.date(2026, 11, 21), "waste") == 1
    assert len(e) == 5


def test_every_page_under_every_filter_is_its_slice_of_the_listing(s):
    """The other member holds the first and the last lines, and other categories sit at both
    ends, so a filter lost on either path (reading forward or from the other end) shows."""
    yang, li = ids(s)
    for who, day, cat, item, qty in [
        (li, "2026-11-10", "commute", "bike", 50), (yang, "2026-11-12", "commute", "subway", 3),
        (yang, "2026-11-14", "commute", "bike", 1), (li, "2026-11-16", "waste", "paper", 2),
        (yang, "2026-11-18", "food", "clean_plate", 2), (yang, "2026-11-20", "commute", "subway", 20),
        (li, "2026-11-22", "commute", "bus", 1), (li, "2026-11-24", "food", "clean_plate", 1),
    ]:
        s.log(who, cat, item, qty, day)
    start, end = dt.date(2026, 11, 12), dt.date(2026, 11, 20)
    for member in (None, yang):
        for lo in (None, start):
            for hi in (None, end):
                for cat in (None, "commute"):
                    for order in ("day", "points"):
                        for desc in (True, False):
                            full = [x.id for x in s.entries(member, lo, hi, cat, order_by=order, descending=desc)]
                            for offset in range(len(full)):
                                got = s.entry_page(offset, 1, len(full), member, lo, hi, cat, order, desc)
                                assert [x.id for x in got] == full[offset:offset + 1], (member, lo, hi, cat, order)
    assert len(s.entries(yang, start, end, "commute")) == 3


def test_the_ledger_itself_refuses_an_overspend_unless_told(s):
    yang, _ = ids(s)
    e = s.log(yang, "commute", "subway", 100, "2026-11-20")
    s.redeem("杨女士", 9000, "Bike", "2026-11-22")
    with pytest.raises(OverspendError):
        s.actions.delete([e.id])
    with pytest.raises(OverspendError):
        s.actions.update(e.id, s.draft(yang, "commute", "subway", 1, "2026-11-20"))
    assert s.entry(e.id).points == 9700
