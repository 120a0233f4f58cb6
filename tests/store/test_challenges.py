"""Family challenges, the forest, streaks and fair goals read from the ledger."""

import datetime as dt

import pytest

from greenlife.core.calc import GRAMS_PER_TREE
from greenlife.core.errors import ValidationError
from greenlife.store.challenges import TooManyChallengesError
from tests.conftest import TODAY


def test_the_migration_adds_the_challenges_table(store):
    names = [r[0] for r in store.db.execute("SELECT name FROM _sqlite_migrations")]
    assert "m006_challenges" in names
    assert store.db["challenges"].exists()


def test_at_most_two_challenges_run_at_a_time(store, yang):
    store.start_challenge("walk_km", 10)
    store.start_challenge("no_food_waste", 7)
    with pytest.raises(TooManyChallengesError, match="end one"):
        store.start_challenge("clean_plates", 14)
    first = store.active_challenges()[0].challenge
    ended = store.end_challenge(first.id)
    assert ended.ended_on == TODAY
    assert store.start_challenge("clean_plates", 14).kind == "clean_plates"
    with pytest.raises(ValidationError, match="target"):  # bad input is named before the count
        store.start_challenge("walk_km", "0")
    assert len(store.challenges()) == 3


def test_a_challenge_completes_from_the_ledger_and_earns_its_badge_exactly_once(store, yang):
    kid = store.add_member("小明")
    ch = store.start_challenge("walk_km", 10, 7)
    store.log(yang.id, "commute", "walk", 4)
    store.log(kid.id, "commute", "walk", 3)
    store.sync_badges()
    assert "family_challenges" not in {b.badge.id for b in store.earned_badges(None)}
    [p] = store.challenges()
    assert (p.value, p.done) == (7.0, False)
    store.log(kid.id, "commute", "walk", 3.5)
    [p] = store.challenges()
    assert (p.value, p.done_on) == (10.5, TODAY)
    new = store.sync_badges()
    assert [(b.badge.id, b.tier, b.earned_on) for b in new if b.scope == "household"
            and b.badge.id == "family_challenges"] == [("family_challenges", "bronze", TODAY)]
    # earned once: more walking, another sync, the challenge ended afterwards: nothing new
    store.log(yang.id, "commute", "walk", 5)
    assert [b for b in store.sync_badges() if b.badge.id == "family_challenges"] == []
    store.end_challenge(ch.id)
    assert [b for b in store.sync_badges() if b.badge.id == "family_challenges"] == []
    assert [(b.badge.id, b.tier) for b in store.earned_badges(None)
            if b.badge.id == "family_challenges"] == [("family_challenges", "bronze")]
    assert store.active_challenges() == []


def test_undo_helpers_put_a_challenge_back_exactly(store):
    ch = store.start_challenge("sorted_kg", 5, 7, "  Sort 5 kg  ")
    assert ch.name == "Sort 5 kg"
    ended = store.end_challenge(ch.id)
    store.challenge_book.put(ch)
    assert store.challenge_book.get(ch.id) == ch
    store.challenge_book.put(ended)
    store.challenge_book.remove(ch.id)
    assert store.challenges() == []


def test_the_forests_trees_are_the_ledgers_co2_avoided_over_17_9_kg(store, yang):
    kid = store.add_member("小明")
    for k in range(12):
        store.log(yang.id, "commute", "subway", 30, TODAY - dt.timedelta(days=k))  # 2,910 g
        store.log(kid.id, "commute", "walk", 2, TODAY - dt.timedelta(days=k))  # 196 g
    store.log(yang.id, "commute", "petrol", 20)  # an emission: the forest counts what was avoided
    store.add_appliance(yang.id, "air_conditioner", 1, None, TODAY - dt.timedelta(days=30))
    forest = store.forest()
    avoided = store.balance(None).grams_avoided
    assert forest.grams == pytest.approx(avoided)
    assert forest.trees == int(avoided // GRAMS_PER_TREE) > 0
    assert sum(m.trees for m in forest.members) == forest.trees
    mine = {m.member_id: m.grams for m in forest.members}
    assert mine[kid.id] == pytest.approx(store.balance(kid.id).grams_avoided)


def test_a_members_streak_counts_green_action_days_only(store, yang):
    for k in (0, 1, 3, 4, 5):  # Tue 24, Mon 23, (Sat 21 missed), Fri 20 .. Thu 19
        store.log(yang.id, "commute", "bike", 2, TODAY - dt.timedelta(days=k))
    store.log(yang.id, "commute", "petrol", 10, TODAY - dt.timedelta(days=6))  # not green
    store.add_appliance(yang.id, "air_conditioner", 1, None, TODAY - dt.timedelta(days=60))
    s = store.streak(yang.id)
    assert s.days == 5
    assert s.forgiven == (dt.date(2026, 11, 22),)
    store.set_rest_days(yang.id, [5, 6])
    assert store.rests_at_weekends(yang.id)
    assert store.streak(yang.id).forgiven == ()  # Sunday is a rest day now
    store.set_rest_days(yang.id, [])
    assert store.rest_days(yang.id) == frozenset()


def test_a_long_streak_is_read_back_as_far_as_it_goes(store, yang):
    for k in range(400):
        store.log(yang.id, "commute", "walk", 1, TODAY - dt.timedelta(days=k))
    assert store.streak(yang.id).days == 400


def test_family_goals_sum_and_follow_each_members_history(store, yang):
    kid = store.add_member("小明")
    for k in range(1, 5):
        store.log(kid.id, "commute", "walk", 6, TODAY - dt.timedelta(weeks=k))  # 588 a week
        store.log(yang.id, "commute", "subway", 70, TODAY - dt.timedelta(weeks=k))  # 6,790
    goals = store.family_goals()
    assert goals.suggested == {yang.id: 7500, kid.id: 700}
    assert goals.household == store.goal_for(TODAY) == sum(goals.members.values())
    store.set_goal(800, kid.id)
    goals = store.family_goals()
    assert goals.members == {yang.id: 7500, kid.id: 800}
    assert goals.own == {yang.id: False, kid.id: True}
    assert goals.household == 8300 == sum(goals.members.values())
    # one rule everywhere a week is measured: Charts, the report's weeks met, the badges and
    # the CLI take the members' goals added up, not the household's goal set on its own
    from greenlife.reports.series import last_weeks
    from greenlife.reports.summary import weeks_met

    assert store.goal_in_force(TODAY) == 8300
    assert store.goal_in_force(TODAY, kid.id) == 800
    assert store.goal_in_force(TODAY, yang.id) == 7500
    assert store.goal_for(TODAY) == 30000  # what the household's own dialog edits
    assert last_weeks(store, TODAY, n=1)[-1].goal == 8300
    store.log(yang.id, "commute", "subway", 90, TODAY)  # 8,730 this week: over 8,300
    assert weeks_met(store, TODAY.year)[0] >= 1
    week_goals = store.badges.facts(None).week_goals
    assert week_goals[max(week_goals)] == 8300
