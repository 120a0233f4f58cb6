"""Factor sets and their factors: value, unit, kind, source, year, assumption."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from greenlife.core.errors import FieldError, ValidationError
from greenlife.core.factors import FACTOR_SETS, UNITS
from greenlife.core.models import Factor, FactorSet, Kind
from greenlife.core.validation import factor_value_ok
from greenlife.store.settings import SETTINGS_DEFAULTS
from greenlife.store import rows

if TYPE_CHECKING:
    from sqlite_utils import Database

    from greenlife.store.settings import Settings
    from greenlife.store.transactions import Transactions


class Factors:
    def __init__(self, db: Database, tx: Transactions, settings: Settings) -> None:
        self.db = db
        self.tx = tx
        self.settings = settings

    def seed(self) -> None:
        """The shipped sets, once, in a new book."""
        if self.db.execute("SELECT count(*) FROM factor_sets").fetchone()[0]:
            return
        with self.tx():
            for fs, factors in FACTOR_SETS:
                self.insert_set(fs)
                for f in factors:
                    self.write(replace(f, set_id=fs.id))

    # -- factors ------------------------------------------------------------
    def insert_set(self, fs: FactorSet) -> None:
        self.db.execute(
            "INSERT INTO factor_sets(id, name, description, builtin) VALUES (?, ?, ?, ?)",
            [fs.id, fs.name, fs.description, int(fs.builtin)],
        )

    def write(self, f: Factor) -> None:
        self.db.execute(
            "INSERT INTO factors(set_id, key, label, value, unit, kind, source, year, "
            "assumption, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(set_id, key) DO UPDATE SET label = excluded.label, "
            "value = excluded.value, unit = excluded.unit, kind = excluded.kind, "
            "source = excluded.source, year = excluded.year, "
            "assumption = excluded.assumption, note = excluded.note",
            [f.set_id, f.key, f.label, f.value, f.unit, Kind(f.kind).value, f.source, f.year,
             int(f.assumption), f.note],
        )

    def sets(self) -> list[FactorSet]:
        return [
            FactorSet(r[0], r[1], r[2], bool(r[3]))
            for r in self.db.execute(
                "SELECT id, name, description, builtin FROM factor_sets ORDER BY builtin DESC, id"
            )
        ]

    def active_set(self) -> str:
        return self.settings.get("factor_set")

    def use_set(self, set_id: str) -> None:
        if set_id not in {s.id for s in self.sets()}:
            known = ", ".join(s.id for s in self.sets())
            raise ValidationError([FieldError(
                "set", "{field}: unknown factor set '{value}'; choose one of: {known}",
                {"value": set_id, "known": known})])
        self.settings.set("factor_set", set_id)

    def create_set(self, set_id: str, name: str, copy_from: str | None = None) -> FactorSet:
        """A family's own set, starting as a copy of another (the active one by default)."""
        set_id = set_id.strip().lower()
        if not set_id or not set_id.replace("_", "").replace("-", "").isalnum():
            raise ValidationError([FieldError(
                "set", "{field}: '{value}' is not a valid id; use letters, digits, - or _",
                {"value": set_id})])
        if set_id in {s.id for s in self.sets()}:
            raise ValidationError([FieldError(
                "set", "{field}: '{value}' already exists; pick another id", {"value": set_id})])
        source = self.get(copy_from or self.active_set())
        fs = FactorSet(set_id, name or set_id, f"Copy of {copy_from or self.active_set()}")
        with self.tx():
            self.insert_set(fs)
            for f in source.values():
                self.write(replace(f, set_id=set_id))
        return fs

    def get(self, set_id: str | None = None) -> dict[str, Factor]:
        if set_id:
            cur = self.db.execute("SELECT * FROM factors WHERE set_id = ? ORDER BY key", [set_id])
        else:  # the set in use, read with its factors in one statement
            cur = self.db.execute(
                "SELECT * FROM factors WHERE set_id = coalesce((SELECT value FROM settings "
                "WHERE key = 'factor_set'), ?) ORDER BY key", [SETTINGS_DEFAULTS["factor_set"]])
        cols = [d[0] for d in cur.description]
        return {r[cols.index("key")]: rows.factor(dict(zip(cols, r, strict=True))) for r in cur}

    def remove(self, set_id: str, key: str) -> None:
        """Undo of adding a factor: it goes (the lines logged with it were undone first)."""
        with self.tx():
            self.db.execute("DELETE FROM factors WHERE set_id = ? AND key = ?", [set_id, key])

    def save(self, factor: Factor) -> Factor:
        """Add or edit a factor. Past entries keep the factor they used."""
        errors: list[FieldError] = []
        if not factor_value_ok(factor.value):
            errors.append(FieldError("value", "{field}: {value} is out of range; enter 0 to "
                                     "999999", {"value": factor.value}))
        if factor.unit not in UNITS:
            errors.append(FieldError("unit", "{field}: '{value}' is not a known unit; choose one "
                                     "of: {known}", {"value": factor.unit,
                                                     "known": ", ".join(UNITS)}))
        try:
            Kind(factor.kind)
        except ValueError:
            errors.append(FieldError("kind", "{field}: '{value}' must be reduction or emission",
                                     {"value": factor.kind}))
        cat = factor.key.split(".", 1)[0]
        item = factor.key.split(".", 1)[1] if "." in factor.key else ""
        if cat not in {"commute", "waste", "food", "grid"} or not item.replace("_", "").isalpha():
            errors.append(FieldError("key", "{field}: '{value}' must look like commute.subway "
                                     "(category commute, waste, food or grid, then a name of "
                                     "letters and _)", {"value": factor.key}))
        if not factor.source.strip():
            errors.append(FieldError("source", "{field}: say where the value comes from, or "
                                     "'Assumption: ...'", {}))
        if factor.year is not None and not (1990 <= factor.year <= 2100):
            errors.append(FieldError("year", "{field}: {value} is out of range; enter 1990 to "
                                     "2100", {"value": factor.year}))
        if factor.set_id not in {s.id for s in self.sets()}:
            errors.append(FieldError("set", "{field}: unknown factor set '{value}'",
                                     {"value": factor.set_id}))
        if errors:
            raise ValidationError(errors)
        with self.tx():
            self.write(factor)
        return self.get(factor.set_id)[factor.key]
