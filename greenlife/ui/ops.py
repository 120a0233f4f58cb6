"""The ops of the one change path: each makes a change, undoes it and redoes it, and says
what it touched in a ``Changes`` record. ``AppState`` makes the first change and records the
op (its first redo is skipped); undo and redo then run here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from greenlife.core.challenges import Challenge
from greenlife.core.changes import Changes
from greenlife.core.meters import Reading
from greenlife.core.models import Appliance, Entry, Factor, Member, Template
from greenlife.store.rewards import Reward

if TYPE_CHECKING:
    from greenlife.ui.state import AppState


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

    changes = Changes.of("ledger", "appliances", "factors", "settings")

    def __init__(self, state: AppState, written: dict[str, list[int]], text: str,
                 created: Sequence[Factor] = (), archived: Sequence[str] = (),
                 readings: Sequence[Reading] = (), baselines: dict[str, float] | None = None
                 ) -> None:
        super().__init__(state, text)
        self.written = written
        self.created = list(created)  # the family's own actions the import added
        self.archived = set(archived)  # keys of those that came archived
        self.readings = list(readings)  # the meters' readings and baselines it added
        self.baselines = dict(baselines or {})
        self.taken: Any = None

    def do(self) -> None:
        store = self.state.store
        with store.tx():
            for f in self.created:
                store.factor_book.put_own(f, f.key in self.archived)
            store.snapshots.put(self.taken)
            store.meters.put_imported(self.readings, self.baselines)

    def undo_change(self) -> None:
        store = self.state.store
        with store.tx():
            self.taken = store.snapshots.take(self.written)
            for f in self.created:
                store.factor_book.remove(f.set_id, f.key)
            store.meters.remove_imported(self.readings, self.baselines)


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
    the next month's and the same month next year's may all change: days unknown). Undo and
    redo put the meter's lines back exactly as they were, ids and all."""

    changes = Changes.of("ledger")

    def __init__(self, state: AppState, meter: str, month: dt.date, before: Reading | None,
                 after: Reading | None, text: str, lines_before: list[dict[str, Any]],
                 lines_after: list[dict[str, Any]]) -> None:
        super().__init__(state, text)
        self.meter, self.month, self.before, self.after = meter, month, before, after
        self.lines_before, self.lines_after = lines_before, lines_after

    def do(self) -> None:
        self.state.store.meters.put(self.meter, self.month, self.after, self.lines_after)

    def undo_change(self) -> None:
        self.state.store.meters.put(self.meter, self.month, self.before, self.lines_before)


class MeterBaseline(_Command):
    changes = Changes.of("ledger", "settings")

    def __init__(self, state: AppState, meter: str, before: float | None, after: float | None,
                 text: str, lines_before: list[dict[str, Any]],
                 lines_after: list[dict[str, Any]]) -> None:
        super().__init__(state, text)
        self.meter, self.before, self.after = meter, before, after
        self.lines_before, self.lines_after = lines_before, lines_after

    def do(self) -> None:
        self.state.store.meters.put_baseline(self.meter, self.after, self.lines_after)

    def undo_change(self) -> None:
        self.state.store.meters.put_baseline(self.meter, self.before, self.lines_before)


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
