import pytest

from greenlife.core.calc import GRAMS_PER_TREE
from greenlife.core.forest import grow, next_tree_progress, trees_for


def test_a_tree_per_17_9_kg_and_the_next_trees_progress():
    assert GRAMS_PER_TREE == 17_900
    assert trees_for(17_899.9) == 0
    assert trees_for(17_900) == 1
    assert trees_for(3 * 17_900 - 1e-9) == 3  # float noise does not cost a tree
    assert trees_for(-500) == 0
    assert next_tree_progress(17_900 * 2 + 8_950) == pytest.approx(0.5)
    assert next_tree_progress(0) == 0.0


def test_members_trees_add_up_to_the_households_with_the_largest_leftovers_first():
    # 1.6 + 1.3 + 0.5 trees = 3.4 trees: whole trees 1 + 1 + 0, the third from the largest
    # leftover (the first member's 0.6)
    forest = grow({1: 1.6 * GRAMS_PER_TREE, 2: 1.3 * GRAMS_PER_TREE, 3: 0.5 * GRAMS_PER_TREE})
    assert forest.trees == 3
    assert [m.trees for m in forest.members] == [2, 1, 0]
    assert sum(m.trees for m in forest.members) == forest.trees
    assert forest.progress == pytest.approx(0.4)
    assert forest.grams_to_next == pytest.approx(0.6 * GRAMS_PER_TREE)


def test_a_child_whose_grams_are_small_still_gets_a_tree_when_leftovers_make_one():
    forest = grow({1: 0.7 * GRAMS_PER_TREE, 2: 0.6 * GRAMS_PER_TREE})
    assert forest.trees == 1
    assert [m.trees for m in forest.members] == [1, 0]
    assert forest.owners() == [1]


def test_owners_take_turns_so_the_colours_mix():
    forest = grow({1: 3 * GRAMS_PER_TREE, 2: GRAMS_PER_TREE, 3: 2 * GRAMS_PER_TREE})
    assert forest.owners() == [1, 2, 3, 1, 3, 1]


def test_an_empty_household_has_no_trees():
    forest = grow({})
    assert forest.trees == 0
    assert forest.progress == 0.0
    assert forest.owners() == []


def test_a_big_forest_is_drawn_as_a_few_trees_each_standing_for_many_shared_fairly():
    forest = grow({1: 3_000 * GRAMS_PER_TREE, 2: 1_450 * GRAMS_PER_TREE, 3: 70 * GRAMS_PER_TREE})
    assert forest.trees == 4_520
    drawn = forest.owners(100)
    assert len(drawn) == 45
    # 30, 14.5 and 0.7 drawn trees' worth: the spare one goes to the largest leftover
    assert (drawn.count(1), drawn.count(2), drawn.count(3)) == (30, 14, 1)


def test_each_members_grams_are_kept_and_nothing_negative_counts():
    forest = grow({1: 1_000.5, 2: 0.0, 3: -300.0})
    assert [(m.member_id, m.grams, m.trees) for m in forest.members] == [
        (1, 1_000.5, 0), (2, 0.0, 0), (3, 0.0, 0)]
    assert forest.grams == 1_000.5


def test_the_next_tree_grows_from_the_first_gram():
    assert next_tree_progress(1) == 1 / GRAMS_PER_TREE
    assert next_tree_progress(0.5) == 0.5 / GRAMS_PER_TREE
    assert next_tree_progress(-1) == 0.0


def test_members_trees_add_up_to_the_households_a_hair_short_of_a_tree():
    # 0.00001 g short of a tree: no tree for the household, so none for the member either
    forest = grow({1: GRAMS_PER_TREE - 1e-5})
    assert forest.trees == 0
    assert [m.trees for m in forest.members] == [0]
    assert forest.owners() == []
    forest = grow({1: GRAMS_PER_TREE - 1e-5, 2: 2 * GRAMS_PER_TREE - 1e-5})
    assert forest.trees == 2
    assert sum(m.trees for m in forest.members) == 2
    assert len(forest.owners()) == 2
