"""The small pure modules of core: demo data, the CSV cell rule, waste bins, factor sets,
file errors and the overspend error. Exact values, so that a changed constant shows."""

import datetime as dt
import errno
import os
from collections import Counter, defaultdict

import pytest

from greenlife.core import csvformat, files, waste
from greenlife.core.demo import DEMO_APPLIANCES, DEMO_MEMBERS, DemoAction, demo_actions
from greenlife.core.errors import (
    GreenlifeError,
    InsufficientPointsError,
    StorageError,
    ValidationError,
    file_error,
)
from greenlife.core.factors import (
    APPLIANCE_SOURCE,
    APPLIANCES,
    DEFAULT_SET,
    FACTOR_SETS,
    GRADE_RATIO,
    SHANGHAI,
    WH,
    WUHAN,
    typical_kwh_year,
)
from greenlife.core.ledger import OverspendError
from greenlife.core.models import Category

TODAY = dt.date(2026, 11, 24)

# --- demo -----------------------------------------------------------------------------------


def test_the_demo_year_is_the_same_household_every_time():
    actions = demo_actions(TODAY)
    assert actions == demo_actions(TODAY)
    assert len(actions) == 2946
    assert actions[0] == DemoAction("杨女士", dt.date(2025, 11, 25), Category.COMMUTE, "bike", 1.3)
    assert actions[-1] == DemoAction("奶奶", TODAY, Category.FOOD, "clean_plate", 1)
    count = Counter((a.member, a.item) for a in actions)
    total: defaultdict[tuple[str, str], float] = defaultdict(float)
    for a in actions:
        total[(a.member, a.item)] += a.quantity
    expected = {
        ("奶奶", "clean_plate"): (365, 716.0), ("奶奶", "glass"): (15, 14.0),
        ("奶奶", "hazardous"): (18, 17.8), ("奶奶", "kitchen"): (255, 190.7),
        ("奶奶", "metal"): (16, 16.8), ("奶奶", "paper"): (18, 18.6),
        ("奶奶", "plastic"): (28, 35.2), ("奶奶", "residual"): (32, 34.5),
        ("小明", "clean_plate"): (365, 717.0), ("小明", "food_waste"): (34, 8.37),
        ("小明", "walk"): (247, 377.3), ("李先生", "bus"): (202, 542.0),
        ("李先生", "clean_plate"): (365, 722.0), ("李先生", "ecar"): (43, 1722.0),
        ("李先生", "food_waste"): (27, 6.9), ("李先生", "petrol"): (59, 958.8),
        ("杨女士", "bike"): (246, 283.2), ("杨女士", "clean_plate"): (365, 705.0),
        ("杨女士", "subway"): (246, 8324.7),
    }
    assert {k: (count[k], round(total[k], 2)) for k in count} == expected


def test_demo_habits_keep_to_their_days_and_ranges():
    actions = demo_actions(TODAY, days=120, seed=11)
    assert min(a.day for a in actions) == TODAY - dt.timedelta(days=119)
    assert max(a.day for a in actions) == TODAY
    for a in actions:
        cat = {"bike": "commute", "subway": "commute", "bus": "commute", "petrol": "commute",
               "walk": "commute", "ecar": "commute", "clean_plate": "food", "food_waste": "food"}
        assert a.category == cat.get(a.item, "waste")
        workday = a.day.weekday() < 5
        if a.item in ("bike", "subway", "bus", "petrol", "walk"):
            assert workday, a
        if a.item == "ecar":
            assert not workday, a
            assert 20 <= a.quantity <= 60
            assert isinstance(a.quantity, float)  # whole km, still a distance
        lo_hi = {"bike": (0.8, 1.5), "subway": (28, 40), "petrol": (12, 20), "walk": (1, 2),
                 "kitchen": (0.3, 1.2), "food_waste": (0.1, 0.4), "clean_plate": (1, 3)}
        if a.item in lo_hi:
            assert lo_hi[a.item][0] <= a.quantity <= lo_hi[a.item][1], a
        if a.item == "bus":
            assert a.quantity in (2, 4)
    per_day = Counter(a.day for a in actions if a.item == "clean_plate")
    assert set(per_day.values()) == {4}
    assert len(per_day) == 120


def test_a_short_demo_with_another_seed_differs_and_starts_where_asked():
    short = demo_actions(TODAY, days=10, seed=7)
    assert len(short) == 90
    assert short[0] == DemoAction("李先生", dt.date(2026, 11, 15), Category.COMMUTE, "ecar", 26.0)
    assert demo_actions(TODAY, days=1) != demo_actions(TODAY, days=1, seed=1)
    assert demo_actions(TODAY, days=1)[0].day == TODAY


def test_demo_members_and_appliances():
    assert DEMO_MEMBERS == (("杨女士", "#2E7D32"), ("李先生", "#1565C0"), ("小明", "#EF6C00"),
                            ("奶奶", "#6A1B9A"))
    assert DEMO_APPLIANCES[0] == ("李先生", "air_conditioner", 1, 300)


# --- csvformat ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_are_defused_and_undefused(text):
    assert csvformat.defuse(text) == "'" + text
    assert csvformat.undefuse("'" + text) == text


def test_plain_text_is_left_alone_both_ways():
    for text in ("abc", "'quoted", "1-1", "", "'", "a=b"):
        assert csvformat.defuse(text) == text
    assert csvformat.undefuse("'abc") == "'abc"
    assert csvformat.undefuse("'") == "'"
    assert csvformat.undefuse("x=1") == "x=1"


def test_the_csv_columns():
    assert csvformat.COLUMNS[0] == "id"
    assert csvformat.COLUMNS[-2:] == ("note", "details")  # details: added last, optional
    assert len(csvformat.COLUMNS) == 20
    assert {"id", "quantity", "factor_value", "factor_year", "factor_assumption",
                                 "grams", "points"} == csvformat.NUMERIC
    assert csvformat.FORMULA_STARTS == ("=", "+", "-", "@", "\t", "\r")


# --- waste bins -----------------------------------------------------------------------------


def test_bins_of_each_kind():
    assert [waste.bin_of(i) for i in ("paper", "plastic", "glass", "metal", "kitchen", "hazardous",
                                      "residual", "battery")] == [
        "recyclable", "recyclable", "recyclable", "recyclable", "wet", "hazardous", "dry", None]


def test_ordered_groups_in_bin_order_and_puts_strays_last():
    assert waste.ordered(["residual", "battery", "kitchen", "metal", "paper"]) == [
        ("recyclable", ["paper", "metal"]), ("wet", ["kitchen"]), ("dry", ["residual"]), (None, ["battery"]),
    ]
    assert waste.ordered(["glass"]) == [("recyclable", ["glass"])]
    assert waste.ordered([]) == []


# --- factors --------------------------------------------------------------------------------


def test_factor_sets_and_wuhan_overrides():
    assert DEFAULT_SET == "shanghai"
    assert [(s.id, s.name, s.builtin) for s, _ in FACTOR_SETS] == [("shanghai", "Shanghai", True),
                                                                   ("wuhan", "Wuhan", True)]
    assert FACTOR_SETS[0][1] is SHANGHAI
    assert FACTOR_SETS[1][1] is WUHAN
    w = {f.key: f for f in WUHAN}
    s = {f.key: f for f in SHANGHAI}
    assert list(w) == list(s)
    assert w["commute.walk"].value == 93.3
    assert w["commute.walk"].source == WH + "; walking treated like cycling (assumption)"
    assert w["commute.bus"].source == WH
    assert w["waste.paper"].value == s["waste.paper"].value
    assert w["waste.paper"].source == s["waste.paper"].source
    assert all(f.set_id == "shanghai" for f in SHANGHAI)


def test_typical_kwh_for_every_grade_is_rounded_to_a_tenth():
    assert [typical_kwh_year("television", g) for g in range(1, 6)] == [120, 135, 150, 165, 180]
    assert typical_kwh_year("washing_machine", 2) == 99
    assert isinstance(typical_kwh_year("washing_machine", 2), float)  # a label figure, to 0.1 kWh
    assert typical_kwh_year("refrigerator", 5) == 540
    assert typical_kwh_year("water_heater", 4) == 1210
    assert GRADE_RATIO == {1: 0.8, 2: 0.9, 3: 1.0, 4: 1.1, 5: 1.2}
    assert APPLIANCES["air_conditioner"].source == APPLIANCE_SOURCE
    assert APPLIANCES["refrigerator"].baseline_kwh_year == 450


# --- errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (errno.ENOSPC, "The disk is full (/d/x.csv): nothing was written. Free some space and try again."),
        (errno.EACCES, "/d/x.csv cannot be written: permission denied or a read-only disk. "
                       "Choose a folder you can write to."),
        (errno.EPERM, "/d/x.csv cannot be written: permission denied or a read-only disk. "
                      "Choose a folder you can write to."),
        (errno.EROFS, "/d/x.csv cannot be written: permission denied or a read-only disk. "
                      "Choose a folder you can write to."),
        (errno.EISDIR, "/d/x.csv is a folder; give a file name."),
        (errno.ENOTDIR, "/d/x.csv: a part of this path is a file, not a folder."),
        (errno.ENAMETOOLONG, "The file name /d/x.csv is too long for this disk; choose a shorter one."),
        (errno.ENOENT, "/d/x.csv does not exist."),
        (errno.EIO, "/d/x.csv: Input/output error."),
    ],
)
def test_file_errors_are_one_line(code, text):
    err = file_error(OSError(code, os.strerror(code)), "/d/x.csv")
    assert isinstance(err, StorageError)
    assert err.message == text
    assert str(err) == text


def test_file_errors_name_the_exceptions_file_and_cut_long_names():
    err = file_error(OSError(errno.ENOENT, "No such file", "/from/exc"))
    assert err.message == "/from/exc does not exist."
    long = "/" + "a" * 100
    err = file_error(OSError(errno.ENAMETOOLONG, "too long"), long)
    assert err.params["path"] == long[:80] + "…"
    just_over = "/" + "a" * 80  # 81 characters: cut to 80 and marked
    assert file_error(OSError(errno.ENAMETOOLONG, "x"), just_over).params["path"] == just_over[:80] + "…"
    short = "/" + "a" * 79
    assert file_error(OSError(errno.ENAMETOOLONG, "x"), short).params["path"] == short
    err = file_error(OSError(errno.EIO, ""), "/p")
    assert err.message == "/p: [Errno 5] ."
    if hasattr(errno, "EDQUOT"):
        assert file_error(OSError(errno.EDQUOT, "quota"), "/q").message.startswith("The disk is full (/q)")
    assert file_error(OSError("plain")).message == ": plain."


def test_error_messages_and_validation_errors():
    e = GreenlifeError("{a} and {b}", a=1, b="x")
    assert e.message == "1 and x"
    assert str(e) == "1 and x"
    assert e.template == "{a} and {b}"
    assert e.params == {"a": 1, "b": "x"}
    assert issubclass(OverspendError, InsufficientPointsError)
    assert issubclass(StorageError, GreenlifeError)
    v = ValidationError([])
    assert v.errors == []
    assert v.message == ""


def test_the_overspend_error_says_who_when_and_how_much():
    e = OverspendError("杨女士", dt.date(2026, 3, 4), -20, 7)
    assert e.message == (
        "This would leave 杨女士 with -20 points on 2026-03-04: rewards already redeemed would no "
        "longer be covered. Nothing was changed."
    )
    assert (e.member_id, e.day, e.balance) == (7, dt.date(2026, 3, 4), -20)
    assert e.params == {"who": "杨女士", "balance": -20, "day": "2026-03-04"}
    assert OverspendError("the family", TODAY, 0, None).member_id is None


def test_umask_reads_and_restores_the_process_umask():
    old = os.umask(0o027)
    try:
        assert files.umask() == 0o027
        assert files.umask() == 0o027
    finally:
        os.umask(old)


def test_the_wuhan_set_is_built_from_shanghai_with_its_overrides():
    from greenlife.core.factors import _wuhan

    built = _wuhan()  # called here, not only at import, so that a broken builder fails a test
    assert built == WUHAN
    assert len(built) == len(SHANGHAI)
    assert {f.key: (f.value, f.set_id) for f in built}["commute.bus"] == (212.5, "wuhan")
    assert {f.key: f.source for f in built}["commute.subway"] == WH


def test_without_edquot_only_enospc_is_a_full_disk(monkeypatch):
    monkeypatch.delattr(errno, "EDQUOT", raising=False)  # as on a platform that lacks it
    assert file_error(OSError("no errno")).message == ": no errno."
    assert file_error(OSError(-2, "odd"), "/p").message == "/p: odd."
    assert file_error(OSError(errno.EPERM, "x"), "/p").message.startswith("/p cannot be written")
    assert file_error(OSError(errno.ENOSPC, "x"), "/p").message.startswith("The disk is full (/p)")


def test_the_details_cell_is_a_json_object_or_empty():
    assert csvformat.write_details({}) == ""
    assert csvformat.write_details({"action": {"name": "补衣服", "grams": csvformat.number(300.0)}}) == (
        '{"action": {"name": "补衣服", "grams": 300}}')
    assert csvformat.number(12.5) == 12.5
    assert csvformat.read_details("") == {}
    assert csvformat.read_details(' {"a": 1} ') == {"a": 1}
    for bad in ("[1]", "{", "x", '"s"', "{" + " " * 2000 + "}"):
        assert csvformat.read_details(bad) is None, bad


def test_a_wuhan_override_says_whether_its_value_is_an_assumption(monkeypatch):
    from greenlife.core import factors

    monkeypatch.setitem(factors._WUHAN_OVERRIDES, "commute.bus", (212.5, WH, True))
    monkeypatch.setitem(factors._WUHAN_OVERRIDES, "commute.walk", (93.3, WH, False))
    built = {f.key: f.assumption for f in factors._wuhan()}
    assert (built["commute.bus"], built["commute.walk"]) == (True, False)


def test_a_number_is_written_whole_only_while_a_float_holds_it_exactly():
    """JSON gets 300, not 300.0, up to 2**53; from there a float may not be the integer it
    shows, so it stays a float."""
    assert csvformat.number(300.0) == 300 and isinstance(csvformat.number(300.0), int)
    assert isinstance(csvformat.number(2.0**53 - 1), int)
    assert isinstance(csvformat.number(2.0**53), float)
    assert isinstance(csvformat.number(-(2.0**53)), float)
    assert isinstance(csvformat.number(3.0**40), float)
    assert csvformat.number(2.5) == 2.5


def test_a_details_cell_of_exactly_the_longest_length_is_read():
    filler = "x" * (csvformat.DETAILS_MAX - len('{"a": ""}'))
    text = '{"a": "' + filler + '"}'
    assert len(text) == csvformat.DETAILS_MAX
    assert csvformat.read_details(text) == {"a": filler}
    assert csvformat.read_details('{"a": "' + filler + 'x"}') is None
