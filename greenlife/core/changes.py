"""What a change touched: the typed record every op returns and every page reads.

Pages say which parts of the book they show (``Changes`` fields) and refresh only when a
change touches one of them; the goal check and the badge sync follow from the same record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace


@dataclass(frozen=True)
class Changes:
    ledger: bool = False  # lines: actions, appliance days, meter months, redemptions
    members: bool = False  # names, colours, archived or not
    factors: bool = False  # factor values, sets, the set in use
    goals: bool = False  # weekly goals (household and members)
    rewards: bool = False  # the reward list (redemptions are ledger lines)
    templates: bool = False  # usual actions
    appliances: bool = False  # the appliance list (their daily lines are ledger lines)
    badges: bool = False  # badges earned
    challenges: bool = False  # family challenges started or ended (progress is ledger)
    settings: bool = False  # other settings (household name, reminders, challenges…)
    language: bool = False  # the interface language or theme: every text is rebuilt
    checked: bool = False  # the start-up integrity check passed (writes allowed)
    days: frozenset[dt.date] = field(default_factory=frozenset)  # ledger days; empty: unknown

    @classmethod
    def of(cls, *names: str, days: frozenset[dt.date] | set[dt.date] = frozenset()) -> Changes:
        """``Changes.of("ledger", "appliances")``; an unknown name is a programming error."""
        known = {f.name for f in fields(cls)} - {"days"}
        bad = set(names) - known
        if bad:
            raise ValueError(f"unknown change kind(s): {sorted(bad)}")
        return cls(**{n: True for n in names}, days=frozenset(days))

    @classmethod
    def everything(cls) -> Changes:
        """A whole new book (a restore, a demo loaded): every page re-reads."""
        return cls.of(*(f.name for f in fields(cls) if f.name not in ("days", "checked")))

    def kinds(self) -> frozenset[str]:
        """The names of the parts touched."""
        return frozenset(f.name for f in fields(self) if f.name != "days" and getattr(self, f.name))

    def touches(self, shown: frozenset[str] | set[str]) -> bool:
        """Whether a page showing these parts must re-read."""
        return bool(self.kinds() & shown) or self.language

    def touches_days(self, start: dt.date, end: dt.date) -> bool:
        """Whether the ledger changed within [start, end] (unknown days: assume yes)."""
        if not self.ledger:
            return False
        return not self.days or any(start <= d <= end for d in self.days)

    def __or__(self, other: Changes) -> Changes:
        merged = {f.name: getattr(self, f.name) or getattr(other, f.name)
                  for f in fields(self) if f.name != "days"}
        days = self.days | other.days if self.days and other.days else frozenset()
        if self.ledger != other.ledger:  # only one side touched the ledger: its days hold
            days = self.days if self.ledger else other.days
        return replace(self, **merged, days=days)

    def __bool__(self) -> bool:
        return bool(self.kinds())
