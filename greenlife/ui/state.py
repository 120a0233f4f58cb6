"""The app's shared state: the store, the undo stack, and a change signal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from greenlife.core.challenges import Challenge
from greenlife.core.changes import Changes
from greenlife.core.meters import Reading
from greenlife.core.models import Appliance, Entry, EntryDraft, Factor, Leg, Member, Template
from greenlife.store import Store
from greenlife.store.rewards import Reward
from greenlife.ui.ops import (
    _Command,
    Redeem,
    AddAppliance,
    AddEntries,
    DeleteEntries,
    EditEntry,
    EndAppliance,
    EditAppliance,
    DeleteAppliance,
    TemplateChange,
    ReorderTemplates,
    SetGoal,
    RewardChange,
    MemberChange,
    UseSet,
    SaveFactor,
    Recalculate,
    ImportRows,
    SettingChange,
    ChangeLanguage,
    ChangeTheme,
    MeterChange,
    MeterBaseline,
    OwnActionChange,
    SetSetting,
    RestDays,
    ChallengeChange,
)


SYNC_PAUSE_S = 0.05


def _sync_after_the_paint(store: Store, _progress: object = None) -> list[Any]:
    """The badge sync, on the worker: it waits a moment first, so that the Save that started
    it finishes Home's refresh and paint without sharing the interpreter with it (the sync
    reads the whole history in Python: it slowed Save → Home by half)."""
    import time

    time.sleep(SYNC_PAUSE_S)
    return store.sync_badges()


class AppState(QObject):
    """Everything a page needs, and the one path every change takes.

    A change is an op: a ``_Command`` that makes it, undoes it, and says what it touched in
    a typed ``Changes`` record. ``record`` puts a change already made on the undo stack;
    ``run_slow`` runs a long one on the worker first. Either way the record is emitted on
    ``changed``; pages re-read only the parts they show, and the goal check and badge sync
    follow from the record."""

    changed = Signal(object)  # Changes
    badges_earned = Signal(list)  # list[EarnedBadge], after a change earned new ones
    goal_reached = Signal(int, int)  # points, goal: the household just reached its weekly goal
    error = Signal(object)  # a GreenlifeError from an undo or redo, for the window to show

    def __init__(self, store: Store, path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.path = path
        self.undo_stack = QUndoStack(self)
        from greenlife.ui.reads import Reads

        self.reads = Reads(store)  # what pages read often, forgotten as records say
        self._week_points = self._household_week()
        from greenlife.ui.worker import use_clock

        use_clock(store.today)  # the worker's connection keeps the same day as this one
        self.name_own_actions()

    def name_own_actions(self) -> None:
        """The family's own actions are shown by the names the family gave them."""
        from greenlife.ui import labels

        labels.set_own_names({f.item: f.label for f, _archived
                              in self.store.factor_book.own_actions()})

    def notify(self, changes: Changes) -> None:
        """Tell the pages (and the goal check and badge sync) what a change touched."""
        self.reads.forget(changes)
        if changes.factors:
            self.name_own_actions()
        self.changed.emit(changes)
        if changes.goals or changes.touches_days(*self.reads.week()):
            self._check_goal()
        if changes.ledger or changes.goals or changes.members or changes.challenges:
            self.sync_badges()

    def record(self, command: _Command) -> None:
        """The one runner: a change already made goes on the undo stack (its first redo is
        skipped) and its record is emitted."""
        self.undo_stack.push(command)

    def run_slow(self, text: str, work: Callable[[Store, Callable[[int, int], None]], Any],
                 make: Callable[[Any], _Command | None],
                 on_done: Callable[[Any], None], on_failed: Callable[[Exception], None],
                 on_progress: Callable[[int, int], None] | None = None) -> None:
        """A long change (an import, a recalculation) on the one worker with its one
        connection; when it is done, ``make(result)`` gives the op to record (None: nothing
        changed), and ``on_done(result)`` follows. In-memory books (tests) run inline."""

        def done(result: Any) -> None:
            command = make(result)
            if command is not None:
                self.record(command)
            on_done(result)

        if self.path is None:
            try:
                result = work(self.store, on_progress or (lambda _a, _b: None))
            except Exception as exc:  # the same contract as the worker: failures go to on_failed
                on_failed(exc)
                return
            done(result)
            return
        from greenlife.ui.worker import run_in_background

        run_in_background(self.path, work, done, on_failed, on_progress)

    def _household_week(self) -> tuple[int, int]:
        # the same reads Home shows (one read per change for both)
        return sum(self.reads.week_credit().values()), self.reads.family_goals().household

    def _check_goal(self) -> None:
        before, _ = self._week_points
        self._week_points = now, goal = self._household_week()
        if before < goal <= now:
            self.goal_reached.emit(now, goal)

    def sync_badges(self) -> None:
        """Re-evaluate badges off the UI thread (its own connection); announce new ones.

        Changes made while a sync runs are coalesced into one more sync afterwards."""
        if self.path is None:
            self._badges_done(self.store.sync_badges())
            return
        if self._syncing:
            self._sync_again = True
            return
        from greenlife.ui.worker import run_in_background

        self._syncing = True
        run_in_background(self.path, _sync_after_the_paint, self._badges_done, self._badges_failed)

    _syncing = False
    _sync_again = False

    def _badges_failed(self, exc: Exception) -> None:
        import logging

        logging.getLogger("greenlife").warning("badge sync failed: %s", exc)
        self._badges_done([])

    def _badges_done(self, new: list) -> None:
        self._syncing = False
        if self._sync_again:
            self._sync_again = False
            self.sync_badges()
        if new:
            self.changed.emit(Changes.of("badges"))
            self.badges_earned.emit(new)

    # -- entry changes go through the undo stack -------------------------
    # The first change is made here, before the push, so that a refusal (a full disk, a
    # read-only file) reaches the caller and nothing lands on the stack; the command's
    # first redo() is then a no-op. Later undo/redo failures are reported via ``error``.
    def add_entries(self, drafts: Sequence[EntryDraft], text: str) -> list[Entry]:
        added = self.store.add_entries(drafts)
        self.record(AddEntries(self, added, text))
        return added

    def repeat_yesterday(self, member_id: int, text: str) -> list[Entry]:
        entries = self.store.same_as_yesterday(member_id)
        self.record(AddEntries(self, entries, text))
        return entries

    def delete_entries(self, ids: Sequence[int], text: str, *, confirm: bool = False) -> None:
        """Raises OverspendError (nothing deleted) when a redeemed reward would no longer be
        covered, unless ``confirm``."""
        gone = self.store.delete_entries(ids, confirm=confirm)
        self.record(DeleteEntries(self, gone, text))

    def add_appliance(self, text: str, *args: object, **kwargs: object) -> Appliance:
        """Add an appliance (its lines are posted up to today); undo removes it and them."""
        appliance = self.store.add_appliance(*args, **kwargs)  # type: ignore[arg-type]
        self.record(AddAppliance(self, appliance, text))
        return appliance

    def end_appliance(self, appliance_id: int, day: object, text: str, *,
                      confirm: bool = False) -> Appliance:
        """No longer in use after ``day``; undo puts the end date back (and its lines)."""
        before = self.store.appliance(appliance_id)
        after = self.store.end_appliance(appliance_id, day, confirm=confirm)
        self.record(EndAppliance(self, before, after.in_use_to, text))
        return after

    def edit_appliance(self, appliance_id: int, text: str, *, confirm: bool = False,
                       **changes: object) -> Appliance:
        """Correct grade, kWh/year, dates or label (``changes``: the keywords of
        ``Store.edit_appliance``); its lines are posted again. Raises OverspendError (nothing
        changed) unless ``confirm``; undo restores the appliance and its lines exactly."""
        book = self.store.appliance_book
        before, lines = book.get(appliance_id), book.lines(appliance_id)
        after = self.store.edit_appliance(appliance_id, confirm=confirm,
                                          **changes)  # type: ignore[arg-type]
        self.record(EditAppliance(self, before, lines, after, text))
        return after

    def delete_appliance(self, appliance_id: int, text: str, *, confirm: bool = False) -> None:
        """Remove an appliance and its lines; undo restores both."""
        gone = self.store.delete_appliance(appliance_id, confirm=confirm)
        self.record(DeleteAppliance(self, gone, text))

    # -- usual actions ------------------------------------------------------
    def add_template(self, member_id: int, name: str, legs: Sequence[Leg], text: str) -> Template:
        t = self.store.usual.add_legs(member_id, name, legs)
        self.record(TemplateChange(self, None, t, text))
        return t

    def edit_template(self, template_id: int, name: str, legs: Sequence[Leg], text: str
                      ) -> Template:
        before = self.store.usual.get(template_id)
        after = self.store.usual.update(template_id, name, legs)
        self.record(TemplateChange(self, before, after, text))
        return after

    def delete_template(self, template_id: int, text: str) -> None:
        gone = self.store.delete_template(template_id)
        self.record(TemplateChange(self, gone, None, text))

    def move_template(self, template_id: int, step: int, text: str) -> None:
        before = [t.id for t in self.store.templates()]
        after = [t.id for t in self.store.usual.move(template_id, step)]
        if after != before:
            self.record(ReorderTemplates(self, before, after, text))

    def set_goal(self, points: object, member_id: int | None, text: str) -> None:
        """A weekly goal from this week on; undo puts back what that week had."""
        from greenlife.core.periods import week_start

        start = week_start(self.store.today())
        before = self.store.goals.set_at(member_id, start)
        goal = self.store.set_goal(points, member_id)
        self.record(SetGoal(self, member_id, start, before, goal.points, text))

    def set_rest_days(self, member_id: int, weekdays: Sequence[int], text: str) -> None:
        """The weekdays a member rests (their streak does not break); undo puts back the
        ones before."""
        before = sorted(self.store.rest_days(member_id))
        self.store.set_rest_days(member_id, weekdays)
        after = sorted(self.store.rest_days(member_id))
        if after != before:
            self.record(RestDays(self, member_id, before, after, text))

    # -- family challenges ----------------------------------------------------
    def start_challenge(self, kind: str, target: object, days: object, name: str,
                        text: str) -> Challenge:
        """Raises (and pushes nothing) for a bad target or when two challenges run."""
        ch = self.store.start_challenge(kind, target, days, name)
        self.record(ChallengeChange(self, None, ch, text))
        return ch

    def end_challenge(self, challenge_id: int, text: str) -> Challenge:
        before = self.store.challenge_book.get(challenge_id)
        after = self.store.end_challenge(challenge_id)
        self.record(ChallengeChange(self, before, after, text))
        return after

    # -- members and settings -----------------------------------------------
    def add_member(self, name: str, text: str, colour: str | None = None) -> Member:
        m = self.store.add_member(name, colour)
        self.record(MemberChange(self, None, m, text))
        return m

    def update_member(self, member_id: int, text: str, **changes: object) -> Member:
        """Rename, recolour, archive or bring back; undo puts the member back as they were."""
        before = self.store.member(member_id)
        after = self.store.update_member(member_id, **changes)  # type: ignore[arg-type]
        self.record(MemberChange(self, before, after, text))
        return after

    def use_set(self, set_id: str, text: str) -> None:
        """Use another factor set for new entries; undo goes back to the one before."""
        before = self.store.active_set()
        self.store.use_set(set_id)
        if before != set_id:
            self.record(UseSet(self, before, set_id, text))

    def set_language(self, code: str) -> None:
        """Switch the interface language live ('' follows the system); undo switches back.
        The change is named in the language it switched to."""
        self._set_appearance("language", code)

    def set_theme(self, mode: str) -> None:
        """Light, dark or following the system, live; undo switches back."""
        self._set_appearance("theme", mode)

    def _set_appearance(self, key: str, value: str) -> None:
        before = self.store.setting(key) or ("system" if key == "theme" else "")
        SettingChange.apply(self, key, value)
        if before != value:
            kind = ChangeLanguage if key == "language" else ChangeTheme
            self.record(kind(self, key, before, value))

    def set_setting(self, key: str, value: str, text: str) -> None:
        """A family preference (the reminder and its hour); undo puts back what it was."""
        before = self.store.setting(key)
        if before == value:
            return
        self.store.set_setting(key, value)
        self.record(SetSetting(self, key, before, value, text))

    # -- rewards ------------------------------------------------------------
    def add_reward(self, name: str, price: object, text: str) -> Reward:
        r = self.store.add_reward(name, price)
        self.record(RewardChange(self, None, r, text))
        return r

    def edit_reward(self, reward_id: int, text: str, **changes: object) -> Reward:
        """Rename, reprice or archive (active=False); undo puts the reward back as it was."""
        before = self.store.reward(reward_id)
        after = self.store.reward_book.update(reward_id, **changes)  # type: ignore[arg-type]
        self.record(RewardChange(self, before, after, text))
        return after

    def redeem(self, reward_id: int, member_id: int | None, text: str) -> None:
        """Raises (and pushes nothing) when the balance is too low."""
        done = self.store.redeem_reward(reward_id, member_id)
        self.record(Redeem(self, reward_id, member_id, text, done.id))

    # -- factors, recalculation, imports: slow ones on the worker -----------
    def save_factor(self, factor: Factor, text: str) -> Factor:
        """A factor's new value (or a new factor) in its set; undo puts the old one back."""
        before = self.store.factors(factor.set_id).get(factor.key)
        after = self.store.save_factor(factor)
        self.record(SaveFactor(self, before, after, text))
        return after

    def recalculate(self, key: str | None, set_id: str | None, text: str,
                    on_done: Callable[[Any], None], on_failed: Callable[[Exception], None],
                    *, confirm: bool = False) -> None:
        """Recompute the lines a factor produced, on the worker; undo gives each line (and
        each appliance's grid factor) back what it had."""
        self.run_slow(text, lambda store, _p: store.recalculate(key, set_id, confirm=confirm),
                      lambda report: Recalculate(self, report, text) if report.changes else None,
                      on_done, on_failed)

    def import_plan(self, plan: Any, text: str, on_done: Callable[[Any], None],
                    on_failed: Callable[[Exception], None]) -> None:
        """Write a checked import plan on the worker; undo takes out exactly what it wrote."""
        from greenlife.store.importer import apply_import

        def work(store: Store, _p: object) -> Any:
            apply_import(store, plan)
            return plan

        self.run_slow(text, work,
                      lambda done: ImportRows(self, done.written, text, done.created_actions,
                                              done.own_archived, done.new_readings,
                                              done.new_baselines)
                      if any(done.written.values()) or done.created_actions or done.new_readings
                      or done.new_baselines else None,
                      on_done, on_failed)

    def edit_entry(self, entry_id: int, draft: EntryDraft, text: str, *,
                   confirm: bool = False) -> Entry:
        before = self.store.entry(entry_id)
        after = self.store.update_entry(entry_id, draft, confirm=confirm)
        self.record(EditEntry(self, before, after, text))
        return after

    # -- the household's meters -----------------------------------------------------
    def save_meter_reading(self, reading: Reading, text: str) -> None:
        """One month of one meter (replacing what it had); undo puts the month and the
        meter's lines back exactly."""
        mt = self.store.meters
        lines = mt.line_rows(reading.meter)
        before, _n = mt.save(reading)
        self.record(MeterChange(self, reading.meter, reading.month, before, reading, text,
                                lines, mt.line_rows(reading.meter)))

    def delete_meter_reading(self, meter: str, month: dt.date, text: str) -> None:
        mt = self.store.meters
        lines = mt.line_rows(meter)
        gone = mt.delete(meter, month)
        self.record(MeterChange(self, meter, month, gone, None, text, lines,
                                mt.line_rows(meter)))

    def set_meter_baseline(self, meter: str, value: object, text: str) -> None:
        """The monthly use the first year is compared with; undo restores the one before
        and the meter's lines as they were."""
        mt = self.store.meters
        before, lines = mt.baseline(meter), mt.line_rows(meter)
        after = mt.set_baseline(meter, value)
        if before != after:
            self.record(MeterBaseline(self, meter, before, after, text, lines,
                                      mt.line_rows(meter)))

    # -- the family's own actions ---------------------------------------------------
    def add_own_action(self, name: object, unit: object, grams: object, source: object,
                       category: object, text: str) -> Factor:
        f = self.store.factor_book.add_own(name, unit, grams, source, category)
        self.record(OwnActionChange(self, None, (f, False), text))
        return f

    def edit_own_action(self, key: str, name: object, unit: object, grams: object,
                        source: object, text: str) -> Factor:
        before = self.store.factor_book.own_action(key)
        f = self.store.factor_book.edit_own(key, name, unit, grams, source)
        self.record(OwnActionChange(self, before, (f, before[1]), text))
        return f

    def archive_own_action(self, key: str, archived: bool, text: str) -> None:
        """Archive (no longer offered; its lines stay) or bring back an own action."""
        before = self.store.factor_book.own_action(key)
        self.store.factor_book.archive_own(key, archived)
        self.record(OwnActionChange(self, before, (before[0], archived), text))
