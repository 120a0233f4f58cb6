"""The app's shared state: the store, the undo stack, and a change signal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from greenlife.core.meters import Reading
from greenlife.core.models import Appliance, Entry, EntryDraft, Factor, Leg, Member, Template
from greenlife.store import Store
from greenlife.store.rewards import Reward


class AppState(QObject):
    """Everything a page needs; pages listen to ``changed`` and re-read what they show."""

    changed = Signal(str)  # "entries", "members", "factors", "settings", "badges", "all"
    badges_earned = Signal(list)  # list[EarnedBadge], after a change earned new ones
    goal_reached = Signal(int, int)  # points, goal: the household just reached its weekly goal
    error = Signal(object)  # a GreenlifeError from an undo or redo, for the window to show

    def __init__(self, store: Store, path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.path = path
        self.undo_stack = QUndoStack(self)
        self._week_points = self._household_week()
        self.name_own_actions()

    def name_own_actions(self) -> None:
        """The family's own actions are shown by the names the family gave them."""
        from greenlife.ui import labels

        labels.set_own_names({f.item: f.label for f, _archived
                              in self.store.factor_book.own_actions()})

    def notify(self, what: str = "all") -> None:
        if what in ("factors", "all"):
            self.name_own_actions()
        self.changed.emit(what)
        if what in ("entries", "all", "factors"):
            self._check_goal()
            self.sync_badges()

    def _household_week(self) -> tuple[int, int]:
        from greenlife.core.periods import bounds

        today = self.store.today()
        start, end = bounds("week", today)
        return self.store.balance(None, start, end).credit_points, self.store.goal_for(today)

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
        self.changed.emit("badges")
        if new:
            self.badges_earned.emit(new)

    # -- entry changes go through the undo stack -------------------------
    # The first change is made here, before the push, so that a refusal (a full disk, a
    # read-only file) reaches the caller and nothing lands on the stack; the command's
    # first redo() is then a no-op. Later undo/redo failures are reported via ``error``.
    def add_entries(self, drafts: Sequence[EntryDraft], text: str) -> list[Entry]:
        added = self.store.add_entries(drafts)
        self.undo_stack.push(AddEntries(self, added, text))
        return added

    def repeat_yesterday(self, member_id: int, text: str) -> list[Entry]:
        entries = self.store.same_as_yesterday(member_id)
        self.undo_stack.push(AddEntries(self, entries, text))
        return entries

    def delete_entries(self, ids: Sequence[int], text: str, *, confirm: bool = False) -> None:
        """Raises OverspendError (nothing deleted) when a redeemed reward would no longer be
        covered, unless ``confirm``."""
        gone = self.store.delete_entries(ids, confirm=confirm)
        self.undo_stack.push(DeleteEntries(self, gone, text))

    def add_appliance(self, text: str, *args: object, **kwargs: object) -> Appliance:
        """Add an appliance (its lines are posted up to today); undo removes it and them."""
        appliance = self.store.add_appliance(*args, **kwargs)  # type: ignore[arg-type]
        self.undo_stack.push(AddAppliance(self, appliance, text))
        return appliance

    def end_appliance(self, appliance_id: int, day: object, text: str, *,
                      confirm: bool = False) -> Appliance:
        """No longer in use after ``day``; undo puts the end date back (and its lines)."""
        before = self.store.appliance(appliance_id)
        after = self.store.end_appliance(appliance_id, day, confirm=confirm)
        self.undo_stack.push(EndAppliance(self, before, after.in_use_to, text))
        return after

    def delete_appliance(self, appliance_id: int, text: str, *, confirm: bool = False) -> None:
        """Remove an appliance and its lines; undo restores both."""
        gone = self.store.delete_appliance(appliance_id, confirm=confirm)
        self.undo_stack.push(DeleteAppliance(self, gone, text))

    # -- usual actions ------------------------------------------------------
    def add_template(self, member_id: int, name: str, legs: Sequence[Leg], text: str) -> Template:
        t = self.store.usual.add_legs(member_id, name, legs)
        self.undo_stack.push(TemplateChange(self, None, t, text))
        return t

    def edit_template(self, template_id: int, name: str, legs: Sequence[Leg], text: str
                      ) -> Template:
        before = self.store.usual.get(template_id)
        after = self.store.usual.update(template_id, name, legs)
        self.undo_stack.push(TemplateChange(self, before, after, text))
        return after

    def delete_template(self, template_id: int, text: str) -> None:
        gone = self.store.delete_template(template_id)
        self.undo_stack.push(TemplateChange(self, gone, None, text))

    def move_template(self, template_id: int, step: int, text: str) -> None:
        before = [t.id for t in self.store.templates()]
        after = [t.id for t in self.store.usual.move(template_id, step)]
        if after != before:
            self.undo_stack.push(ReorderTemplates(self, before, after, text))

    def set_goal(self, points: object, member_id: int | None, text: str) -> None:
        """A weekly goal from this week on; undo puts back what that week had."""
        from greenlife.core.periods import week_start

        start = week_start(self.store.today())
        before = self.store.goals.set_at(member_id, start)
        goal = self.store.set_goal(points, member_id)
        self.undo_stack.push(SetGoal(self, member_id, start, before, goal.points, text))

    # -- members and settings -----------------------------------------------
    def add_member(self, name: str, text: str, colour: str | None = None) -> Member:
        m = self.store.add_member(name, colour)
        self.undo_stack.push(MemberChange(self, None, m, text))
        return m

    def update_member(self, member_id: int, text: str, **changes: object) -> Member:
        """Rename, recolour, archive or bring back; undo puts the member back as they were."""
        before = self.store.member(member_id)
        after = self.store.update_member(member_id, **changes)  # type: ignore[arg-type]
        self.undo_stack.push(MemberChange(self, before, after, text))
        return after

    def use_set(self, set_id: str, text: str) -> None:
        """Use another factor set for new entries; undo goes back to the one before."""
        before = self.store.active_set()
        self.store.use_set(set_id)
        if before != set_id:
            self.undo_stack.push(UseSet(self, before, set_id, text))

    # -- rewards ------------------------------------------------------------
    def add_reward(self, name: str, price: object, text: str) -> Reward:
        r = self.store.add_reward(name, price)
        self.undo_stack.push(RewardChange(self, None, r, text))
        return r

    def edit_reward(self, reward_id: int, text: str, **changes: object) -> Reward:
        """Rename, reprice or archive (active=False); undo puts the reward back as it was."""
        before = self.store.reward(reward_id)
        after = self.store.reward_book.update(reward_id, **changes)  # type: ignore[arg-type]
        self.undo_stack.push(RewardChange(self, before, after, text))
        return after

    def redeem(self, reward_id: int, member_id: int | None, text: str) -> None:
        """Raises (and pushes nothing) when the balance is too low."""
        done = self.store.redeem_reward(reward_id, member_id)
        self.undo_stack.push(Redeem(self, reward_id, member_id, text, done.id))

    def edit_entry(self, entry_id: int, draft: EntryDraft, text: str, *,
                   confirm: bool = False) -> Entry:
        before = self.store.entry(entry_id)
        after = self.store.update_entry(entry_id, draft, confirm=confirm)
        self.undo_stack.push(EditEntry(self, before, after, text))
        return after

    # -- the household's meters -----------------------------------------------------
    def save_meter_reading(self, reading: Reading, text: str) -> None:
        """One month of one meter (replacing what it had); undo puts the month back."""
        before, _n = self.store.meters.save(reading)
        self.undo_stack.push(MeterChange(self, reading.meter, reading.month, before, reading,
                                         text))

    def delete_meter_reading(self, meter: str, month: dt.date, text: str) -> None:
        gone = self.store.meters.delete(meter, month)
        self.undo_stack.push(MeterChange(self, meter, month, gone, None, text))

    def set_meter_baseline(self, meter: str, value: object, text: str) -> None:
        """The monthly use the first year is compared with; undo restores the one before."""
        before = self.store.meters.baseline(meter)
        after = self.store.meters.set_baseline(meter, value)
        if before != after:
            self.undo_stack.push(MeterBaseline(self, meter, before, after, text))

    # -- the family's own actions ---------------------------------------------------
    def add_own_action(self, name: object, unit: object, grams: object, source: object,
                       category: object, text: str) -> Factor:
        f = self.store.factor_book.add_own(name, unit, grams, source, category)
        self.undo_stack.push(OwnActionChange(self, None, (f, False), text))
        return f

    def edit_own_action(self, key: str, name: object, unit: object, grams: object,
                        source: object, text: str) -> Factor:
        before = self.store.factor_book.own_action(key)
        f = self.store.factor_book.edit_own(key, name, unit, grams, source)
        self.undo_stack.push(OwnActionChange(self, before, (f, before[1]), text))
        return f

    def archive_own_action(self, key: str, archived: bool, text: str) -> None:
        """Archive (no longer offered; its lines stay) or bring back an own action."""
        before = self.store.factor_book.own_action(key)
        self.store.factor_book.archive_own(key, archived)
        self.undo_stack.push(OwnActionChange(self, before, (before[0], archived), text))


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
        self.state.notify(self.what)

    def undo(self) -> None:
        self._guard(self.undo_change)
        self.state.notify(self.what)

    def _guard(self, fn) -> None:
        from greenlife.core.errors import GreenlifeError

        try:
            fn()
        except GreenlifeError as exc:
            self.setObsolete(True)
            self.state.error.emit(exc)

    what = "entries"

    def do(self) -> None:
        raise NotImplementedError

    def undo_change(self) -> None:
        raise NotImplementedError


class Redeem(_Command):
    """A reward redeemed; undo gives the points back."""

    what = "rewards"

    def __init__(self, state: AppState, reward_id: int, member_id: int | None, text: str,
                 done: int) -> None:
        super().__init__(state, text)
        self.reward_id = reward_id
        self.member_id = member_id
        self.redemption_id = done

    def do(self) -> None:
        self.redemption_id = self.state.store.redeem_reward(self.reward_id, self.member_id).id

    def undo_change(self) -> None:
        self.state.store.undo_redemption(self.redemption_id)


class AddAppliance(_Command):
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

    def do(self) -> None:
        self.state.store.restore_entries(self.added)

    def undo_change(self) -> None:
        self.state.store.delete_entries([e.id for e in self.added])


class DeleteEntries(_Command):
    def __init__(self, state: AppState, gone: list[Entry], text: str) -> None:
        super().__init__(state, text)
        self.gone = list(gone)

    def do(self) -> None:
        self.state.store.delete_entries([e.id for e in self.gone])

    def undo_change(self) -> None:
        self.state.store.restore_entries(self.gone)


class EditEntry(_Command):
    def __init__(self, state: AppState, before: Entry, after: Entry, text: str) -> None:
        super().__init__(state, text)
        self.before = before
        self.after = after

    def do(self) -> None:
        self.state.store.put_entry(self.after)

    def undo_change(self) -> None:
        self.state.store.put_entry(self.before)


class EndAppliance(_Command):
    def __init__(self, state: AppState, before: Appliance, end: object, text: str) -> None:
        super().__init__(state, text)
        self.before = before
        self.end = end

    def do(self) -> None:
        self.state.store.end_appliance(self.before.id, self.end, confirm=True)

    def undo_change(self) -> None:
        self.state.store.appliance_book.reopen(self.before)


class DeleteAppliance(_Command):
    def __init__(self, state: AppState, gone: Appliance, text: str) -> None:
        super().__init__(state, text)
        self.gone = gone

    def do(self) -> None:
        self.state.store.delete_appliance(self.gone.id, confirm=True)

    def undo_change(self) -> None:
        self.state.store.appliance_book.restore(self.gone)


class TemplateChange(_Command):
    """A usual action added (before None), edited, or deleted (after None)."""

    what = "templates"

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
    what = "templates"

    def __init__(self, state: AppState, before: list[int], after: list[int], text: str) -> None:
        super().__init__(state, text)
        self.before = before
        self.after = after

    def do(self) -> None:
        self.state.store.usual.reorder(self.after)

    def undo_change(self) -> None:
        self.state.store.usual.reorder(self.before)


class SetGoal(_Command):
    what = "settings"

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

    what = "rewards"

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

    what = "members"

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
    what = "factors"

    def __init__(self, state: AppState, before: str, after: str, text: str) -> None:
        super().__init__(state, text)
        self.before = before
        self.after = after

    def do(self) -> None:
        self.state.store.use_set(self.after)

    def undo_change(self) -> None:
        self.state.store.use_set(self.before)


class MeterChange(_Command):
    """One month of one meter entered, changed or removed; its lines follow."""

    what = "entries"

    def __init__(self, state: AppState, meter: str, month: dt.date, before: Reading | None,
                 after: Reading | None, text: str) -> None:
        super().__init__(state, text)
        self.meter, self.month, self.before, self.after = meter, month, before, after

    def do(self) -> None:
        self.state.store.meters.put(self.meter, self.month, self.after)

    def undo_change(self) -> None:
        self.state.store.meters.put(self.meter, self.month, self.before)


class MeterBaseline(_Command):
    what = "entries"

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

    what = "factors"

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
