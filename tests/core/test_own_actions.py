"""A family's own action: its key, unit, grams, source and category, and the errors that name
each bad field (greenlife.core.own_actions)."""

import pytest

from greenlife.core.factors import FAMILY_SET
from greenlife.core.models import Category, Factor, Kind
from greenlife.core.own_actions import (
    GRAMS_MAX,
    OUR_ESTIMATE,
    OWN_CATEGORIES,
    check_own_action,
    is_own,
    own_unit,
    slug,
)

GOOD = {"name": "  Line-dry the washing ", "unit": "load", "grams": "250", "source": "",
        "category": "energy", "item": "own_line_dry"}


def own(**changes):
    return check_own_action(**{**GOOD, **changes})


def fields(**changes):
    factor, errors = own(**changes)
    assert factor is None
    return {e.field: e for e in errors}


def test_the_slug_is_own_and_the_names_ascii_letters():
    assert slug("Line-dry the washing!", set()) == "own_line_dry_the_washing"
    assert slug("晾衣服", set()) == "own_action"  # no ascii letters
    assert slug("A" * 30, set()) == "own_" + "a" * 24  # at most 24 letters
    assert slug("__Bike 2 school__", set()) == "own_bike_school"


def test_a_taken_slug_gets_b_c_and_after_z_aa():
    assert slug("Walk", {"own_walk"}) == "own_walk_b"
    assert slug("Walk", {"own_walk", "own_walk_b"}) == "own_walk_c"
    taken = {"own_walk"} | {f"own_walk_{chr(c)}" for c in range(ord("b"), ord("z") + 1)}
    assert slug("Walk", taken) == "own_walk_aa"
    assert slug("Walk", taken | {"own_walk_aa"}) == "own_walk_ab"


def test_a_good_action_becomes_a_factor_of_the_familys_set():
    factor, errors = own()
    assert errors == []
    assert factor == Factor(
        key="energy.own_line_dry", value=250.0, unit="g CO2/load", kind=Kind.REDUCTION,
        source=OUR_ESTIMATE, year=None, label="Line-dry the washing", assumption=True, note="",
        set_id=FAMILY_SET)
    assert is_own(factor) and own_unit(factor) == "load"
    assert not is_own(Factor("commute.bus", 1.0, "g CO2/km", Kind.REDUCTION, "x", 2020))


@pytest.mark.parametrize("source", ["", "  ", None, "our estimate", "Our Estimate", "我们的估计",
                                    "估计"])
def test_no_source_or_our_estimate_makes_it_an_assumption(source):
    factor, _ = own(source=source)
    assert (factor.source, factor.assumption) == (OUR_ESTIMATE, True)


def test_a_named_source_is_kept_and_is_not_an_assumption():
    factor, _ = own(source="  City water report 2024 ")
    assert (factor.source, factor.assumption) == ("City water report 2024", False)
    factor, _ = own(source="x" * 300)
    assert factor.source == "x" * 300


def test_a_source_over_300_characters_is_refused():
    e = fields(source="x" * 301)["source"]
    assert e.template == "{field}: {value} characters is too long; keep it to {high}"
    assert e.params == {"value": 301, "high": 300}


@pytest.mark.parametrize("grams", [0.001, 1, GRAMS_MAX, "100000", " 7.5 "])
def test_grams_above_0_and_up_to_100000_are_accepted(grams):
    factor, errors = own(grams=grams)
    assert errors == [] and factor.value == float(str(grams).strip())


@pytest.mark.parametrize("grams", [0, -1, GRAMS_MAX + 0.5, "", " ", None, "lots", "nan", "inf",
                                   "-inf"])
def test_grams_outside_the_range_or_not_a_number_are_refused(grams):
    e = fields(grams=grams)["grams"]
    assert e.template == ("{field}: '{value}' is not a number of grams; enter more than 0 and up "
                          "to {high}")
    assert e.params == {"value": str(grams)[:20], "high": 100_000}


def test_a_long_bad_value_is_cut_to_20_characters_in_the_message():
    assert fields(grams="9" * 30 + "x")["grams"].params["value"] == "9" * 20
    assert fields(category="c" * 30)["category"].params["value"] == "c" * 20


@pytest.mark.parametrize("unit", ["load", " load ", "小时", "x" * 12])
def test_a_unit_of_1_to_12_characters_is_accepted(unit):
    factor, errors = own(unit=unit)
    assert errors == [] and factor.unit == "g CO2/" + unit.strip()


@pytest.mark.parametrize("unit", ["", None, "km/h", "x" * 13])
def test_a_unit_that_is_empty_too_long_or_has_a_slash_is_refused(unit):
    e = fields(unit=unit)["unit"]
    assert e.template == ("{field}: '{value}' is not a unit; give 1 to {high} characters without "
                          "/, e.g. hour or item")
    assert e.params == {"value": ("" if unit is None else unit.strip())[:20], "high": 12}


@pytest.mark.parametrize("category", list(OWN_CATEGORIES))
def test_each_own_category_is_accepted(category):
    factor, _ = own(category=category.value)
    assert factor.key == f"{category.value}.own_line_dry" and factor.category == category


@pytest.mark.parametrize("category", ["appliance", "", None, "travel"])
def test_appliances_and_unknown_categories_are_refused(category):
    e = fields(category=category)["category"]
    assert e.template == "{field}: '{value}' must be one of: {known}"
    assert e.params == {"value": str(category)[:20], "known": "commute, waste, food, energy, goods"}


def test_a_bad_name_is_refused_by_the_name_rule():
    assert fields(name="  ")["name"].template == "{field}: a name is required"
    assert "too long" in fields(name="x" * 41)["name"].template


def test_every_bad_field_is_named_at_once():
    factor, errors = check_own_action(name="", unit="", grams="0", source="x" * 301,
                                      category="appliance", item="own_x")
    assert factor is None
    assert [e.field for e in errors] == ["name", "unit", "grams", "category", "source"]


def test_the_category_list_leaves_appliances_out():
    assert Category.APPLIANCE not in OWN_CATEGORIES
    assert len(OWN_CATEGORIES) == 5


def test_a_unit_may_have_a_space_inside_but_no_control_character():
    from greenlife.core.factors import own_unit_ok

    assert own_unit_ok("big load") and own_unit_ok("x") and own_unit_ok("x" * 12)
    for bad in ("", "x" * 13, " load", "load ", "a/b", "a\tb", "a\x01b", "/"):
        assert not own_unit_ok(bad), repr(bad)


def test_an_own_unit_reads_as_its_name_at_one_gram_per_unit():
    from greenlife.core.factors import unit_info

    assert unit_info("g CO2/big load") == ("big load", 1.0)
    assert unit_info("g CO2/km") == ("km", 1.0)  # a built-in unit
    for bad in ("g CO2/a/b", "g CO2/", "big load", "kg/load"):
        with pytest.raises(KeyError) as exc:
            unit_info(bad)
        assert exc.value.args == (bad,)


def test_a_long_bad_unit_is_cut_to_20_characters_in_the_message():
    assert fields(unit="u" * 30)["unit"].params["value"] == "u" * 20
