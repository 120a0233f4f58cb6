"""The app's shared state: the store, the undo stack, and a change signal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from greenlife.core.challenges import Challenge
from greenlife.core.changes import Changes
from greenlife.core.meters import Reading
from greenlife.core.models import Appliance, Entry, EntryDraft, Factor, Leg, Member, Template
from greenlife.store import Store
from greenlife.store.rewards import Reward


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
        run_in_background(self.path, lambda store, _p: store.sync_badges(), self._badges_done,
                          self._badges_failed)

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
                      lambda done: ImportRows(self, done.written, text, done.created_actions)
                      if any(done.written.values()) or done.created_actions else None,
                      on_done, on_failed)

    def edit_entry(self, entry_id: int, draft: EntryDraft, text: str, *,
                   confirm: bool = False) -> Entry:
        before = self.store.entry(entry_id)
        after = self.store.update_entry(entry_id, draft, confirm=confirm)
        self.record(EditEntry(self, before, after, text))
        return after

    # -- the household's meters -----------------------------------------------------
    def save_meter_reading(self, reading: Reading, text: str) -> None:
        """One month of one meter (replacing what it had); undo puts the month back."""
        before, _n = self.store.meters.save(reading)
        self.record(MeterChange(self, reading.meter, reading.month, before, reading,
                                         text))

    def delete_meter_reading(self, meter: str, month: dt.date, text: str) -> None:
        gone = self.store.meters.delete(meter, month)
        self.record(MeterChange(self, meter, month, gone, None, text))

    def set_meter_baseline(self, meter: str, value: object, text: str) -> None:
        """The monthly use the first year is compared with; undo restores the one before."""
        before = self.store.meters.baseline(meter)
        after = self.store.meters.set_baseline(meter, value)
        if before != after:
            self.record(MeterBaseline(self, meter, before, after, text))

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


class _Command(QUndoCommand):
    """Skips its first redo (the change is already made) and reports failures."""

    def __init__(self, state: AppState, text: str) -> None:
        super().__init__(text)
        self.state = state
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self._guard(self.do)
        self.state.notify(self.changes)

    def undo(self) -> None:
        self._guard(self.undo_change)
        self.state.notify(self.changes)

    def _guard(self, fn) -> None:
        from greenlife.core.errors import GreenlifeError

        try:
            fn()
        except GreenlifeError as exc:
            self.setObsolete(True)
            self.state.error.emit(exc)

    changes = Changes.of("ledger")  # what the op touches; ops with known days narrow it

    def do(self) -> None:
        raise NotImplementedError

    def undo_change(self) -> None:
        raise NotImplementedError


class Redeem(_Command):
    """A reward redeemed; undo gives the points back."""

    def __init__(self, state: AppState, reward_id: int, member_id: int | None, text: str,
                 done: int) -> None:
        super().__init__(state, text)
        self.changes = Changes.of("ledger", days={state.store.today()})
        self.reward_id = reward_id
        self.member_id = member_id
        self.redemption_id = done

    def do(self) -> None:
        self.redemption_id = self.state.store.redeem_reward(self.reward_id, self.member_id).id

    def undo_change(self) -> None:
        self.state.store.undo_redemption(self.redemption_id)


class AddAppliance(_Command):
    changes = Changes.of("ledger", "appliances")

    def __init__(self, state: AppState, appliance: Appliance, text: str) -> None:
        super().__init__(state, text)
        self.appliance = appliance

    def do(self) -> None:
        self.state.store.appliance_book.restore(self.appliance)

    def undo_change(self) -> None:
        self.state.store.delete_appliance(self.appliance.id, confirm=True)


class AddEntries(_Command):
    def __init__(self, state: AppState, added: list[Entry], text: str) -> None:
        super().__init__(state, text)
        self.added = list(added)
        self.changes = Changes.of("ledger", days={e.day for e in self.added})

    def do(self) -> None:
        self.state.store.restore_entries(self.added)

    def undo_change(self) -> None:
        self.state.store.delete_entries([e.id for e in self.added])


class DeleteEntries(_Command):
    def __init__(self, state: AppState, gone: list[Entry], text: str) -> None:
        super().__init__(state, text)
        self.gone = list(gone)
        self.changes = Changes.of("ledger", days={e.day for e in self.gone})

    def do(self) -> None:
        self.state.store.delete_entries([e.id for e in self.gone])

    def undo_change(self) -> None:
        self.state.store.restore_entries(self.gone)


class EditEntry(_Command):
    def __init__(self, state: AppState, before: Entry, after: Entry, text: str) -> None:
        super().__init__(state, text)
        self.before = before
        self.after = after
        self.changes = Changes.of("ledger", days={before.day, after.day})

    def do(self) -> None:
        self.state.store.put_entry(self.after)

    def undo_change(self) -> None:
        self.state.store.put_entry(self.before)


class EndAppliance(_Command):
    changes = Changes.of("ledger", "appliances")

    def __init__(self, state: AppState, before: Appliance, end: object, text: str) -> None:
        super().__init__(state, text)
        self.before = before
        self.end = end

    def do(self) -> None:
        self.state.store.end_appliance(self.before.id, self.end, confirm=True)

    def undo_change(self) -> None:
        self.state.store.appliance_book.reopen(self.before)


class EditAppliance(_Command):
    changes = Changes.of("ledger", "appliances")

    def __init__(self, state: AppState, before: Appliance, lines: list[dict[str, object]],
                 after: Appliance, text: str) -> None:
        super().__init__(state, text)
        self.before = before
        self.lines = lines
        self.after = after

    def do(self) -> None:
        self.state.store.appliance_book.put(self.after)

    def undo_change(self) -> None:
        self.state.store.appliance_book.put(self.before, self.lines)  # type: ignore[arg-type]


class DeleteAppliance(_Command):
    changes = Changes.of("ledger", "appliances")

    def __init__(self, state: AppState, gone: Appliance, text: str) -> None:
        super().__init__(state, text)
        self.gone = gone

    def do(self) -> None:
        self.state.store.delete_appliance(self.gone.id, confirm=True)

    def undo_change(self) -> None:
        self.state.store.appliance_book.restore(self.gone)


class TemplateChange(_Command):
    """A usual action added (before None), edited, or deleted (after None)."""

    changes = Changes.of("templates")

    def __init__(self, state: AppState, before: Template | None, after: Template | None,
                 text: str) -> None:
        super().__init__(state, text)
        self.before = before
        self.after = after

    def _put(self, old: Template | None, new: Template | None) -> None:
        usual = self.state.store.usual
        if old is not None and new is None:
            usual.delete(old.id)
        elif old is None and new is not None:
            usual.restore(new)
        elif new is not None:
            usual.update(new.id, new.name, new.legs)

    def do(self) -> None:
        self._put(self.before, self.after)

    def undo_change(self) -> None:
        self._put(self.after, self.before)


class ReorderTemplates(_Command):
    changes = Changes.of("templates")

    def __init__(self, state: AppState, before: list[int], after: list[int], text: str) -> None:
        super().__init__(state, text)
        self.before = before
        self.after = after

    def do(self) -> None:
        self.state.store.usual.reorder(self.after)

    def undo_change(self) -> None:
        self.state.store.usual.reorder(self.before)


class SetGoal(_Command):
    changes = Changes.of("goals")

    def __init__(self, state: AppState, member_id: int | None, start: object,
                 before: int | None, after: int, text: str) -> None:
        super().__init__(state, text)
        self.member_id = member_id
        self.start = start
        self.before = before
        self.after = after

    def do(self) -> None:
        self.state.store.goals.put(self.member_id, self.start, self.after)  # type: ignore[arg-type]

    def undo_change(self) -> None:
        self.state.store.goals.put(self.member_id, self.start, self.before)  # type: ignore[arg-type]


class RewardChange(_Command):
    """A reward added (before None), edited or archived."""

    changes = Changes.of("rewards")

    def __init__(self, state: AppState, before: Reward | None, after: Reward, text: str) -> None:
        super().__init__(state, text)
        self.before = before
        self.after = after

    def do(self) -> None:
        self.state.store.reward_book.put(self.after)

    def undo_change(self) -> None:
        if self.before is None:
            self.state.store.reward_book.remove(self.after.id)
        else:
            self.state.store.reward_book.put(self.before)


class MemberChange(_Command):
    """A member added (before None), renamed, recoloured, archived or brought back."""

    changes = Changes.of("members")

    def __init__(self, state: AppState, before: Member | None, after: Member, text: str) -> None:
        super().__init__(state, text)
        self.before = before
        self.after = after

    def do(self) -> None:
        self.state.store.people.put(self.after)

    def undo_change(self) -> None:
        if self.before is None:
            self.state.store.people.remove(self.after.id)
        else:
            self.state.store.people.put(self.before)


class UseSet(_Command):
    changes = Changes.of("factors")

    def __init__(self, state: AppState, before: str, after: str, text: str) -> None:
        super().__init__(state, text)
        self.before = before
        self.after = after

    def do(self) -> None:
        self.state.store.use_set(self.after)

    def undo_change(self) -> None:
        self.state.store.use_set(self.before)


class SaveFactor(_Command):
    changes = Changes.of("factors")

    def __init__(self, state: AppState, before: Factor | None, after: Factor, text: str) -> None:
        super().__init__(state, text)
        self.before = before
        self.after = after

    def do(self) -> None:
        self.state.store.save_factor(self.after)

    def undo_change(self) -> None:
        if self.before is None:
            self.state.store.factor_book.remove(self.after.set_id, self.after.key)
        else:
            self.state.store.save_factor(self.before)


class Recalculate(_Command):
    """Lines recomputed with a factor's new value; undo gives them their old values."""

    changes = Changes.of("ledger", "appliances")

    def __init__(self, state: AppState, report: Any, text: str) -> None:
        super().__init__(state, text)
        self.report = report

    def do(self) -> None:
        self.state.store.recalc.put(self.report.after)

    def undo_change(self) -> None:
        self.state.store.recalc.put(self.report.before)


class ImportRows(_Command):
    """Rows an import wrote; undo takes exactly those out, redo puts them back."""

    changes = Changes.of("ledger", "appliances", "factors")

    def __init__(self, state: AppState, written: dict[str, list[int]], text: str,
                 created: Sequence[Factor] = ()) -> None:
        super().__init__(state, text)
        self.written = written
        self.created = list(created)  # the family's own actions the import added
        self.taken: Any = None

    def do(self) -> None:
        with self.state.store.tx():
            for f in self.created:
                self.state.store.factor_book.write(f)
            self.state.store.snapshots.put(self.taken)

    def undo_change(self) -> None:
        with self.state.store.tx():
            self.taken = self.state.store.snapshots.take(self.written)
            for f in self.created:
                self.state.store.factor_book.remove(f.set_id, f.key)


class RestoreBackup(_Command):
    """A backup put in place of the book; undo puts back the book as it was (the copy the
    restore kept), redo restores the backup again."""

    changes = Changes.everything()

    def __init__(self, state: AppState, backup: Path, kept: Path, text: str) -> None:
        super().__init__(state, text)
        self.backup = backup
        self.kept = kept

    def do(self) -> None:
        from greenlife.store.backup import restore

        assert self.state.path is not None
        saved = restore(self.state.path, self.backup)
        if saved is not None:
            self.kept = saved.path

    def undo_change(self) -> None:
        from greenlife.store.backup import restore

        assert self.state.path is not None
        restore(self.state.path, self.kept)


class SettingChange(_Command):
    """The interface language or the theme, applied live both ways; its name follows the
    language (the language change is named in the language it switched to)."""

    NAMES = {"language": QT_TRANSLATE_NOOP("AppState", "Change language"),
             "theme": QT_TRANSLATE_NOOP("AppState", "Change theme")}

    def __init__(self, state: AppState, key: str, before: str, after: str) -> None:
        super().__init__(state, "")
        self.key = key
        self.before = before
        self.after = after
        self._name()

    def _name(self) -> None:
        self.setText(QCoreApplication.translate("AppState", self.NAMES[self.key]))

    @staticmethod
    def apply(state: AppState, key: str, value: str) -> None:
        state.store.set_setting(key, value)
        if key == "language":
            from greenlife.ui.i18n import apply_language

            apply_language(value)
        else:
            from greenlife.ui.theme import apply_theme

            apply_theme(value)

    def do(self) -> None:
        self.apply(self.state, self.key, self.after)
        self._name()

    def undo_change(self) -> None:
        self.apply(self.state, self.key, self.before)
        self._name()


class ChangeLanguage(SettingChange):
    changes = Changes.of("language")  # every text is rebuilt


class ChangeTheme(SettingChange):
    changes = Changes.of("settings")


class MeterChange(_Command):
    """One month of one meter entered, changed or removed; its lines follow (this month's,
    the next month's and the same month next year's may all change: days unknown)."""

    changes = Changes.of("ledger")

    def __init__(self, state: AppState, meter: str, month: dt.date, before: Reading | None,
                 after: Reading | None, text: str) -> None:
        super().__init__(state, text)
        self.meter, self.month, self.before, self.after = meter, month, before, after

    def do(self) -> None:
        self.state.store.meters.put(self.meter, self.month, self.after)

    def undo_change(self) -> None:
        self.state.store.meters.put(self.meter, self.month, self.before)


class MeterBaseline(_Command):
    changes = Changes.of("ledger", "settings")

    def __init__(self, state: AppState, meter: str, before: float | None, after: float | None,
                 text: str) -> None:
        super().__init__(state, text)
        self.meter, self.before, self.after = meter, before, after

    def do(self) -> None:
        self.state.store.meters.set_baseline(self.meter, self.after)

    def undo_change(self) -> None:
        self.state.store.meters.set_baseline(self.meter, self.before)


class OwnActionChange(_Command):
    """An own action added (before None), edited, archived or brought back."""

    changes = Changes.of("factors")

    def __init__(self, state: AppState, before: tuple[Factor, bool] | None,
                 after: tuple[Factor, bool], text: str) -> None:
        super().__init__(state, text)
        self.before, self.after = before, after

    def do(self) -> None:
        self.state.store.factor_book.put_own(*self.after)

    def undo_change(self) -> None:
        if self.before is None:
            self.state.store.factor_book.remove_own(self.after[0].key)
        else:
            self.state.store.factor_book.put_own(*self.before)


class SetSetting(_Command):
    changes = Changes.of("settings")

    def __init__(self, state: AppState, key: str, before: str, after: str, text: str) -> None:
        super().__init__(state, text)
        self.key = key
        self.before = before
        self.after = after

    def do(self) -> None:
        self.state.store.set_setting(self.key, self.after)

    def undo_change(self) -> None:
        self.state.store.set_setting(self.key, self.before)


class RestDays(_Command):
    """A member's rest days changed."""

    changes = Changes.of("settings")

    def __init__(self, state: AppState, member_id: int, before: list[int], after: list[int],
                 text: str) -> None:
        super().__init__(state, text)
        self.member_id = member_id
        self.before = before
        self.after = after

    def do(self) -> None:
        self.state.store.set_rest_days(self.member_id, self.after)

    def undo_change(self) -> None:
        self.state.store.set_rest_days(self.member_id, self.before)


class ChallengeChange(_Command):
    """A challenge started (before None) or ended."""

    changes = Changes.of("challenges")

    def __init__(self, state: AppState, before: Challenge | None, after: Challenge,
                 text: str) -> None:
        super().__init__(state, text)
        self.before = before
        self.after = after

    def do(self) -> None:
        self.state.store.challenge_book.put(self.after)

    def undo_change(self) -> None:
        if self.before is None:
            self.state.store.challenge_book.remove(self.after.id)
        else:
            self.state.store.challenge_book.put(self.before)
