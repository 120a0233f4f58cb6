"""The Store: a thin facade over small modules, one per concern.

Each module gets the database, the transaction helper and the collaborators it needs,
explicitly (fava's ``FavaLedger`` is the model). The facade builds them and forwards
the public API, so callers say ``store.log(...)`` or ``store.balance(...)`` without
knowing which module does the work; the modules are also reachable as attributes
(``store.book``, ``store.appliance_book`` ...) for code that wants one concern only.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from greenlife.core.challenges import Challenge, Progress
from greenlife.core.forest import Forest, grow
from greenlife.core.models import (
    Appliance,
    Balance,
    Category,
    Entry,
    EntryDraft,
    Factor,
    FactorSet,
    Leg,
    Member,
    Redemption,
    Template,
)
from greenlife.core.periods import Period
from greenlife.core.routine import WEEKS_BACK, RoutineItem, drafts_for, learn_day, mark_done
from greenlife.core.streaks import WEEKEND, Streak, streak
from greenlife.store.appliances import AppliancePlan, Appliances
from greenlife.store.badges import Badges, EarnedBadge
from greenlife.store.book import Book, LedgerLine
from greenlife.store.challenges import Challenges
from greenlife.store.db import is_open, open_database
from greenlife.store.factors import Factors
from greenlife.store.goals import FamilyGoals, Goal, Goals
from greenlife.store.ledger import Ledger, entry_values, sorted_ids_from_file
from greenlife.store.members import Members
from greenlife.store.meters import Meters
from greenlife.store.recalc import RecalcReport, Recalculation
from greenlife.store.rewards import Reward, Rewards
from greenlife.store.settings import Settings
from greenlife.store.snapshots import Snapshots
from greenlife.store.templates import Templates
from greenlife.store.transactions import Transactions


class Store:
    """A household's carbon book in one SQLite file."""

    def __init__(self, db: Database, today: Callable[[], dt.date] = dt.date.today, *,
                 post_lines: bool = True) -> None:
        self.db = db
        # False for a reader that must not write (the CLI's read commands while the app has
        # the file): the book is then shown as last posted
        self._post_lines = post_lines
        self._today = today
        self.tx = Transactions(db)
        self.settings = Settings(db, self.tx)
        self.people = Members(db, self.tx)
        self.factor_book = Factors(db, self.tx, self.settings)
        self.book = Book(db, self.today)
        self.actions = Ledger(db, self.tx, self.factor_book, self.people, self.book, self.today)
        self.appliance_book = Appliances(db, self.tx, self.factor_book, self.people, self.book,
                                         self.today)
        self.reward_book = Rewards(db, self.tx, self.people, self.book, self.today)
        self.goals = Goals(db, self.tx, self.settings, self.people, self.today, self.book)
        self.challenge_book = Challenges(db, self.tx, self.today)
        self.badges = Badges(db, self.tx, self.people, self.appliance_book, self.goals, self.book,
                             self.today, self.challenge_book)
        self.usual = Templates(db, self.tx, self.people)
        self.meters = Meters(db, self.tx, self.factor_book, self.people, self.settings,
                             self.today)
        self.snapshots = Snapshots(db, self.tx)
        self.recalc = Recalculation(db, self.tx, self.factor_book, self.appliance_book, self.book,
                                   self.backup)
        self._posted_on: dt.date | None = None
        if self.tx.writable:
            self.factor_book.seed()
            self.keep_current()

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        *,
        memory: bool = False,
        today: Callable[[], dt.date] = dt.date.today,
        defer_check: bool = False,
        post_lines: bool = True,
    ) -> Store:
        return cls(open_database(path, memory=memory, defer_check=defer_check), today,
                   post_lines=post_lines)

    @classmethod
    def open_checked(cls, path: Path, today: Callable[[], dt.date] = dt.date.today) -> Store:
        """A second connection to a file this process has already opened and checked (the
        app's worker): no integrity check again, writes allowed."""
        from greenlife.store.db import allow_writes

        db = open_database(path, defer_check=True)
        if getattr(db, "check_pending", False):
            allow_writes(db)
        return cls(db, today)

    def today(self) -> dt.date:
        return self._today()

    def keep_current(self) -> int:
        """Post the appliances' lines up to today, once a day (and whenever the clock moved).
        Returns the number of lines added or removed."""
        today = self.today()
        if self._posted_on == today or not self._post_lines or not self.tx.writable:
            return 0
        changed = self.appliance_book.post()
        self._posted_on = today
        return changed

    @property
    def check_pending(self) -> bool:
        """Opened with a deferred integrity check that has not passed yet (read-only)."""
        return bool(getattr(self.db, "check_pending", False))

    def close(self) -> None:
        self.db.conn.close()

    @property
    def is_open(self) -> bool:
        """Whether the connection is still open (a timer firing after a close reads nothing)."""
        return is_open(self.db.conn)

    def path_text(self) -> str:
        return self.tx.path_text()

    @property
    def path(self) -> Path | None:
        p = self.path_text()
        return Path(p) if p else None

    # -- safety ---------------------------------------------------------------------
    def backup(self, reason: str = "manual") -> Any:
        """A checked backup through SQLite's backup API (None for an in-memory book)."""
        from greenlife.store.backup import create_backup

        return create_backup(self.db.conn, self.path, reason) if self.path else None

    def daily_backup(self) -> Any:
        """The first start of each day makes a backup."""
        from greenlife.store.backup import list_backups

        if self.path is None:
            return None
        today = dt.date.today()
        if any(b.made.date() == today for b in list_backups(self.path)):
            return None
        return self.backup("daily")

    def check(self) -> list[Any]:
        from greenlife.store.safety import full_check

        return full_check(self.db)

    def is_empty(self) -> bool:
        return int(self.db.execute("SELECT count(*) FROM members").fetchone()[0]) == 0

    # -- settings -------------------------------------------------------------------
    def setting(self, key: str) -> str:
        return self.settings.get(key)

    def set_setting(self, key: str, value: str) -> None:
        self.settings.set(key, value)

    # -- members --------------------------------------------------------------------
    def add_member(self, name: str, colour: str | None = None) -> Member:
        return self.people.add(name, colour)

    def members(self, include_archived: bool = False) -> list[Member]:
        return self.people.all(include_archived)

    def member(self, member_id: int) -> Member:
        return self.people.get(member_id)

    def find_member(self, name_or_id: str | int, *, active_only: bool = True) -> Member:
        return self.people.find(name_or_id, active_only=active_only)

    def update_member(self, member_id: int, *, name: str | None = None, colour: str | None = None,
                      active: bool | None = None) -> Member:
        return self.people.update(member_id, name=name, colour=colour, active=active)

    # -- factors --------------------------------------------------------------------
    def factor_sets(self) -> list[FactorSet]:
        return self.factor_book.sets()

    def active_set(self) -> str:
        return self.factor_book.active_set()

    def use_set(self, set_id: str) -> None:
        self.factor_book.use_set(set_id)

    def create_set(self, set_id: str, name: str, copy_from: str | None = None) -> FactorSet:
        return self.factor_book.create_set(set_id, name, copy_from)

    def factors(self, set_id: str | None = None) -> dict[str, Factor]:
        return self.factor_book.get(set_id)

    def save_factor(self, factor: Factor) -> Factor:
        return self.factor_book.save(factor)

    def recalculate(self, factor_key: str | None = None, set_id: str | None = None, *,
                    dry_run: bool = False, confirm: bool = False) -> RecalcReport:
        return self.recalc.run(factor_key, set_id, dry_run=dry_run, confirm=confirm)

    # -- actions (entries) ----------------------------------------------------------
    entry_values = staticmethod(entry_values)

    def draft(self, member: str | int, category: Category | str, item: str, quantity: Any,
              day: Any = None, note: Any = "", quantity_field: str | None = None) -> EntryDraft:
        return self.actions.draft(member, category, item, quantity, day, note, quantity_field)

    def log(self, member: str | int, category: Category | str, item: str, quantity: Any,
            day: Any = None, note: Any = "", quantity_field: str | None = None) -> Entry:
        return self.actions.log(member, category, item, quantity, day, note, quantity_field)

    def add_entries(self, drafts: Sequence[EntryDraft]) -> list[Entry]:
        return self.actions.add(drafts)

    def bulk_add(self, values: Iterable[Sequence[Any]]) -> int:
        return self.actions.bulk_add(values)

    def preview(self, draft: EntryDraft) -> tuple[float, int, Factor]:
        return self.actions.preview(draft)

    def entry(self, entry_id: int) -> Entry:
        return self.actions.get(entry_id)

    def update_entry(self, entry_id: int, draft: EntryDraft, *, confirm: bool = False) -> Entry:
        return self.actions.update(entry_id, draft, confirm=confirm)

    def delete_entries(self, ids: Sequence[int], *, confirm: bool = False) -> list[Entry]:
        return self.actions.delete(ids, confirm=confirm)

    def restore_entries(self, entries: Sequence[Entry]) -> None:
        self.actions.restore(entries)

    def put_entry(self, entry: Entry) -> None:
        self.actions.put(entry)

    def entries(self, member_id: int | None = None, start: dt.date | None = None,
                end: dt.date | None = None, category: str | None = None, *,
                limit: int | None = None, offset: int = 0, order_by: str = "day",
                descending: bool = True) -> list[Entry]:
        return self.actions.select(member_id, start, end, category, limit=limit, offset=offset,
                                 order_by=order_by, descending=descending)

    def count_entries(self, member_id: int | None = None, start: dt.date | None = None,
                      end: dt.date | None = None, category: str | None = None) -> int:
        return self.actions.count(member_id, start, end, category)

    def entry_page(self, offset: int, limit: int, total: int, member_id: int | None = None,
                   start: dt.date | None = None, end: dt.date | None = None,
                   category: str | None = None, order_by: str = "day",
                   descending: bool = True) -> list[Entry]:
        return self.actions.page(offset, limit, total, member_id, start, end, category,
                                 order_by, descending)

    def sort_job(self, member_id: int | None, start: dt.date | None, end: dt.date | None,
                 category: str | None, order_by: str, descending: bool
                 ) -> Callable[[], Callable[[], bool]] | None:
        """For a listing sorted by something other than the date: a job to run off the UI
        thread that sorts on its own read-only connection and returns ``apply``, which hands
        the result to this store (False if the book changed meanwhile). None when no job is
        needed (sorted by date, an in-memory book, or the sort is already at hand)."""
        key = (member_id, start, end, category, order_by, descending)
        path = self.path
        if order_by == "day" or path is None or self.actions.has_sorted(key):
            return None
        version = self.actions.version()

        def job() -> Callable[[], bool]:
            ids = sorted_ids_from_file(path, key)
            return lambda: self.actions.adopt(key, ids, version)

        return job

    def same_as_yesterday(self, member: str | int, day: dt.date | None = None) -> list[Entry]:
        return self.actions.same_as_yesterday(member, day)

    def yesterday_drafts(self, member: str | int, day: dt.date | None = None) -> list[EntryDraft]:
        return self.actions.yesterday_drafts(member, day)

    def already_logged(self, drafts: Sequence[EntryDraft]) -> list[EntryDraft]:
        return self.actions.already_logged(drafts)

    def logged_quantity(self, member_id: int, day: dt.date, category: str, item: str,
                        exclude_id: int | None = None) -> float:
        return self.actions.logged_quantity(member_id, day, category, item, exclude_id)

    # -- the family's day as usual ----------------------------------------------------
    def routine(self, day: dt.date | None = None, members: Sequence[Member] | None = None,
                templates: Sequence[Template] | None = None) -> list[RoutineItem]:
        """Each active member's routine for ``day`` (today): learnt from the last same
        weekday, else their usual actions; what is logged already is marked done. The caller
        may pass the members and usual actions it has read already."""
        day = day or self.today()
        members = self.members() if members is None else members
        learnt = self.learn_routine(day, members, templates)
        return mark_done(learnt, self.actions.logged_counts(day, [m.id for m in members]))

    def learn_routine(self, day: dt.date, members: Sequence[Member] | None = None,
                      templates: Sequence[Template] | None = None) -> list[RoutineItem]:
        """The routine for ``day`` before marking what is done: it depends only on the
        previous same weekdays, the members and their usual actions (a caller may keep it
        until one of those changes)."""
        ids = [m.id for m in (self.members() if members is None else members)]
        days = [day - dt.timedelta(weeks=k) for k in range(1, WEEKS_BACK + 1)]
        return learn_day(day, ids, self.actions.logged_on(days, ids),
                         list(self.templates() if templates is None else templates))

    def logged_counts(self, day: dt.date, member_ids: Sequence[int]) -> Counter[tuple[int, str, str]]:
        """(member, category, item) -> how many actions of it were logged on ``day``."""
        return self.actions.logged_counts(day, member_ids)

    def routine_drafts(self, items: Iterable[RoutineItem], day: dt.date | None = None
                       ) -> list[EntryDraft]:
        """Validated drafts for the legs of routine items not yet done (ValidationError if
        an item's factor is gone or a quantity is out of range)."""
        day = day or self.today()
        return self.actions.drafts((mid, leg.category, leg.item, leg.quantity, day)
                                   for mid, leg in drafts_for(items))

    # -- appliances -----------------------------------------------------------------
    def add_appliance(self, member: str | int, appliance_type: str, grade: Any,
                      kwh_year: Any = None, in_use_from: Any = None, in_use_to: Any = None,
                      label: str = "") -> Appliance:
        return self.appliance_book.add(member, appliance_type, grade, kwh_year, in_use_from,
                                       in_use_to, label)

    def appliance_preview(self, member: str | int, appliance_type: str, grade: Any,
                          kwh_year: Any = None, in_use_from: Any = None, in_use_to: Any = None,
                          label: str = "") -> AppliancePlan:
        return self.appliance_book.preview(member, appliance_type, grade, kwh_year, in_use_from,
                                           in_use_to, label)

    def appliance(self, appliance_id: int) -> Appliance:
        return self.appliance_book.get(appliance_id)

    def appliances(self, member_id: int | None = None) -> list[Appliance]:
        return self.appliance_book.all(member_id)

    def end_appliance(self, appliance_id: int, day: Any, *, confirm: bool = False) -> Appliance:
        return self.appliance_book.end(appliance_id, day, confirm=confirm)

    def edit_appliance(self, appliance_id: int, grade: Any, kwh_year: Any, in_use_from: Any,
                       in_use_to: Any = None, label: str = "", *,
                       confirm: bool = False) -> Appliance:
        return self.appliance_book.update(appliance_id, grade, kwh_year, in_use_from, in_use_to,
                                          label, confirm=confirm)

    def delete_appliance(self, appliance_id: int, *, confirm: bool = False) -> Appliance:
        return self.appliance_book.delete(appliance_id, confirm=confirm)

    # -- rewards ------------------------------------------------------------------------
    def add_reward(self, name: str, price: Any) -> Reward:
        return self.reward_book.add(name, price)

    def reward(self, reward_id_or_name: int | str) -> Reward:
        return self.reward_book.get(reward_id_or_name)

    def rewards(self) -> list[Reward]:
        return self.reward_book.all()

    def redeem(self, member: str | int | None, points: Any, reward: str, day: Any = None,
               reward_id: int | None = None) -> Redemption:
        return self.reward_book.redeem(member, points, reward, day, reward_id)

    def redeem_reward(self, reward: int | str, member: str | int | None = None,
                      day: Any = None) -> Redemption:
        return self.reward_book.redeem_reward(reward, member, day)

    def undo_redemption(self, redemption_id: int) -> None:
        self.reward_book.undo(redemption_id)

    def redemptions(self, member_id: int | None = None) -> list[Redemption]:
        return self.book.redemptions(member_id)

    # -- usual actions ------------------------------------------------------------------
    def add_template(self, member: str | int, name: str, category: Category | str, item: str,
                     quantity: float, unit: str, more_legs: Sequence[Leg] = ()) -> Template:
        return self.usual.add(member, name, category, item, quantity, unit, more_legs)

    def templates(self, member_id: int | None = None, template_id: int | None = None
                  ) -> list[Template]:
        return self.usual.all(member_id, template_id)

    def delete_template(self, template_id: int) -> Template:
        return self.usual.delete(template_id)

    # -- goals and badges ---------------------------------------------------------------
    def set_goal(self, points: Any, member: str | int | None = None,
                 from_day: dt.date | None = None) -> Goal:
        return self.goals.set(points, member, from_day)

    def goal_for(self, week: dt.date, member_id: int | None = None) -> int:
        """The goal the family set for that week (what the goal dialogs edit)."""
        return self.goals.for_week(week, member_id)

    def goal_in_force(self, week: dt.date, member_id: int | None = None) -> int:
        """The goal the week is measured against: with members' own goals, the household's is
        their sum (the fair-goals rule Home, Charts, badges, the report and the CLI share)."""
        return self.goals.in_force(week, member_id)

    def family_goals(self, week: dt.date | None = None) -> FamilyGoals:
        """This week's (or ``week``'s) fair goals: each member's and the household's sum."""
        return self.goals.family(week or self.today())

    def suggested_goal(self, member_id: int, week: dt.date | None = None) -> int:
        return self.goals.suggested(member_id, week or self.today())

    # -- the family forest, streaks, challenges ------------------------------------------
    def forest(self, member_ids: Sequence[int] | None = None) -> Forest:
        """Trees for the household's CO2 avoided, each member's from their own grams; the
        lines of the whole household (meters, the family's sorting) grow the household
        pseudo-member's trees. The caller may pass the member ids it has read already."""
        self.keep_current()
        avoided = self.book.avoided_by_member()
        if member_ids is not None:  # the caller's list, the household's id included if any
            ids = list(member_ids)
        else:
            ids = [m.id for m in self.members(include_archived=True)]
            household = self.people.household_id()
            if household is not None:
                ids.append(household)
        return grow({mid: avoided.get(mid, 0.0) for mid in ids})

    def rest_days(self, member_id: int) -> frozenset[int]:
        """The weekdays (5, 6: the weekend) a member rests: they do not break a streak."""
        raw = self.settings.get(f"rest_days.{member_id}")
        return frozenset(int(d) for d in raw.split(",") if d.strip().isdigit())

    def set_rest_days(self, member_id: int, weekdays: Iterable[int]) -> None:
        self.people.get(member_id)
        days = sorted({int(d) for d in weekdays if 0 <= int(d) <= 6})
        self.settings.set(f"rest_days.{member_id}", ",".join(map(str, days)))

    def rests_at_weekends(self, member_id: int) -> bool:
        return self.rest_days(member_id) >= WEEKEND

    def streak(self, member_id: int, day: dt.date | None = None) -> Streak:
        """A member's forgiving streak up to ``day`` (today), read back as far as it goes."""
        today = day or self.today()
        rest = self.rest_days(member_id)
        # most streaks are weeks long: read four months; a run that reaches that far is read
        # again from the beginning of the book
        start = today - dt.timedelta(days=120)
        s = streak(self.book.green_days(member_id, start, today), today, rest, start)
        if s.since is not None and (s.since - start).days <= 8:
            first = dt.date(1900, 1, 1)
            s = streak(self.book.green_days(member_id, first, today), today, rest, None)
        return s

    def challenges(self) -> list[Progress]:
        """Every challenge the family started, with its progress from the ledger."""
        return self.challenge_book.progress()

    def active_challenges(self) -> list[Progress]:
        return self.challenge_book.active()

    def start_challenge(self, kind: str, target: Any, days: Any = 7, name: str = "") -> Challenge:
        return self.challenge_book.start(kind, target, days, name)

    def end_challenge(self, challenge_id: int) -> Challenge:
        return self.challenge_book.end(challenge_id)

    def catalogue(self) -> list[Any]:
        return self.badges.catalogue()

    def badge_statuses(self, member_id: int | None) -> list[Any]:
        return self.badges.statuses(member_id)

    def sync_badges(self, member_ids: list[int] | None = None) -> list[EarnedBadge]:
        return self.badges.sync(member_ids)

    def earned_badges(self, member_id: int | None) -> list[EarnedBadge]:
        return self.badges.earned(member_id)

    # -- the book -----------------------------------------------------------------------
    def balance(self, member_id: int | None = None, start: dt.date | None = None,
                end: dt.date | None = None) -> Balance:
        self.keep_current()
        return self.book.balance(member_id, start, end)

    def balance_for(self, period: Period | str, day: dt.date | None = None,
                    member_id: int | None = None) -> Balance:
        self.keep_current()
        return self.book.balance_for(period, day, member_id)

    def credit_by_member(self, start: dt.date, end: dt.date) -> dict[int, int]:
        """Points each member earned over [start, end], all members in one read; their sum is
        ``balance(None, start, end).credit_points``."""
        self.keep_current()
        return self.book.credit_by_member(start, end)

    def available_points(self, member_id: int | None) -> int:
        self.keep_current()
        return self.book.available_points(member_id)

    def ledger(self, member_id: int | None = None, start: dt.date | None = None,
               end: dt.date | None = None, limit: int | None = 500) -> list[LedgerLine]:
        self.keep_current()
        return self.book.lines(member_id, start, end, limit)

    def daily_points(self, start: dt.date, end: dt.date, member_id: int | None = None
                     ) -> dict[tuple[dt.date, str], tuple[int, int]]:
        self.keep_current()
        return self.book.daily_points(start, end, member_id)

    def week_points(self, start: dt.date | None = None, end: dt.date | None = None,
                    member_id: int | None = None) -> dict[dt.date, int]:
        self.keep_current()
        return self.book.week_points(start, end, member_id)
