"""Factor sets and their factors: value, unit, kind, source, year, assumption."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from greenlife.core.errors import FieldError, GreenlifeError, NotFoundError, ValidationError
from greenlife.core.factors import (
    BUILTIN_FACTORS_VERSION,
    FACTOR_SETS,
    FAMILY_SET,
    OLD_SOURCES,
    UNITS,
    unit_info,
)
from greenlife.core.models import Factor, FactorSet, Kind
from greenlife.core.own_actions import check_own_action, slug
from greenlife.core.validation import factor_value_ok
from greenlife.store import rows
from greenlife.store.settings import SETTINGS_DEFAULTS

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
        """The shipped sets, once, in a new book; in an older book, the factors shipped
        since (see ``upgrade``)."""
        if self.db.execute("SELECT count(*) FROM factor_sets").fetchone()[0]:
            self.upgrade()
            return
        with self.tx():
            for fs, factors in FACTOR_SETS:
                self.insert_set(fs)
                for f in factors:
                    self.write(replace(f, set_id=fs.id))
            self._family_set()
            self.settings.set("builtin_factors", str(BUILTIN_FACTORS_VERSION))

    def upgrade(self) -> int:
        """Bring the built-in sets of an existing book up to this version, keeping the
        family's edits: a factor shipped since is added; an unedited factor (same value, unit
        and kind, the source an earlier version shipped) gets the reworded source. Factors
        the family changed are left alone. Returns the number of factors added or reworded."""
        done = int(self.settings.get("builtin_factors") or "1")
        if done >= BUILTIN_FACTORS_VERSION:
            return 0
        changed = 0
        with self.tx():
            present = {s.id for s in self.sets(include_family=True)}
            for fs, factors in FACTOR_SETS:
                if fs.id not in present:
                    continue
                have = self.get(fs.id, include_archived=True, merged=False)
                for f in factors:
                    f = replace(f, set_id=fs.id)
                    old = have.get(f.key)
                    if old is None:
                        self.write(f)
                        changed += 1
                    elif (OLD_SOURCES.get(old.source) == f.source and old.value == f.value
                          and old.unit == f.unit and old.kind == f.kind):
                        self.db.execute(
                            "UPDATE factors SET source = ?, year = ? WHERE set_id = ? AND key = ?",
                            [f.source, f.year, fs.id, f.key])
                        changed += 1
            self._family_set()
            self.settings.set("builtin_factors", str(BUILTIN_FACTORS_VERSION))
        return changed

    def _family_set(self) -> None:
        if not self.db.execute("SELECT 1 FROM factor_sets WHERE id = ?", [FAMILY_SET]).fetchone():
            self.insert_set(FactorSet(FAMILY_SET, "Our own actions",
                                      "The family's own actions, offered with any set"))

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

    def sets(self, include_family: bool = False) -> list[FactorSet]:
        """The sets a family can choose from (the set of its own actions is not one: it is
        offered with whichever set is active)."""
        return [
            FactorSet(r[0], r[1], r[2], bool(r[3]))
            for r in self.db.execute(
                "SELECT id, name, description, builtin FROM factor_sets ORDER BY builtin DESC, id"
            )
            if include_family or r[0] != FAMILY_SET
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
        source = self.get(copy_from or self.active_set(), merged=False)
        fs = FactorSet(set_id, name or set_id, f"Copy of {copy_from or self.active_set()}")
        with self.tx():
            self.insert_set(fs)
            for f in source.values():
                self.write(replace(f, set_id=set_id))
        return fs

    def get(self, set_id: str | None = None, *, include_archived: bool = False,
            merged: bool = True) -> dict[str, Factor]:
        """A set's factors by key (the set in use by default, read with its factors in one
        statement), with the family's own actions merged in (``merged``); archived ones only
        when asked."""
        if set_id:
            sid_sql, args = "?", [set_id]
        else:
            sid_sql = "coalesce((SELECT value FROM settings WHERE key = 'factor_set'), ?)"
            args = [SETTINGS_DEFAULTS["factor_set"]]
        where = f"set_id = {sid_sql}"
        if merged and set_id != FAMILY_SET:
            where = f"(set_id = {sid_sql} OR set_id = ?)"
            args = [*args, FAMILY_SET]
        cur = self.db.execute(f"SELECT * FROM factors WHERE {where} ORDER BY set_id = ?, key",
                              [*args, FAMILY_SET])
        cols = [d[0] for d in cur.description]
        out: dict[str, Factor] = {}
        for r in cur:
            row = dict(zip(cols, r, strict=True))
            if include_archived or not row.get("archived"):
                out.setdefault(row["key"], rows.factor(row))
        return out

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
        try:
            unit_info(factor.unit)
            known_unit = True
        except KeyError:
            known_unit = False
        if not known_unit:
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
        if cat not in {"commute", "waste", "food", "grid", "energy", "goods", "meter"} or (
                not item.replace("_", "").isalpha()):
            errors.append(FieldError("key", "{field}: '{value}' must look like commute.subway "
                                     "(category commute, waste, food, energy, goods, grid or "
                                     "meter, then a name of letters and _)",
                                     {"value": factor.key}))
        if not factor.source.strip():
            errors.append(FieldError("source", "{field}: say where the value comes from, or "
                                     "'Assumption: ...'", {}))
        if factor.year is not None and not (1990 <= factor.year <= 2100):
            errors.append(FieldError("year", "{field}: {value} is out of range; enter 1990 to "
                                     "2100", {"value": factor.year}))
        if factor.set_id not in {s.id for s in self.sets(include_family=True)}:
            errors.append(FieldError("set", "{field}: unknown factor set '{value}'",
                                     {"value": factor.set_id}))
        if errors:
            raise ValidationError(errors)
        with self.tx():
            self.write(factor)
        return self.get(factor.set_id, include_archived=True)[factor.key]

    # -- the family's own actions -------------------------------------------------------
    def own_actions(self, include_archived: bool = True) -> list[tuple[Factor, bool]]:
        """The family's own actions, each with whether it is archived."""
        return [(rows.factor(r), bool(r["archived"])) for r in self.db.query(
            "SELECT * FROM factors WHERE set_id = ? ORDER BY label, key", [FAMILY_SET])
            if include_archived or not r["archived"]]

    def own_action(self, key: str) -> tuple[Factor, bool]:
        row = next(self.db.query("SELECT * FROM factors WHERE set_id = ? AND key = ?",
                                 [FAMILY_SET, key]), None)
        if row is None:
            raise NotFoundError("No action of your own with key {id}.", id=key)
        return rows.factor(row), bool(row["archived"])

    def find_own(self, text: str) -> Factor:
        """The family's own action a person names: by its key (goods.own_mended_clothes),
        its item (own_mended_clothes) or its name, in any case. An archived one is refused
        with how to bring it back."""
        wanted = text.strip()
        found = None
        for f, archived in self.own_actions():
            if wanted in (f.key, f.item) or wanted.casefold() == f.label.casefold():
                found = (f, archived)
                if not archived:
                    break
        if found is None:
            raise NotFoundError("No action of your own is called '{name}'; 'greenlife action "
                                "list' shows them.", name=wanted[:60])
        if found[1]:
            raise GreenlifeError("'{name}' is archived; bring it back with 'greenlife action "
                                 "restore {key}' to log it.", name=found[0].label,
                                 key=found[0].key)
        return found[0]

    def _checked_own(self, name: Any, unit: Any, grams: Any, source: Any, category: Any,
                     key: str | None) -> Factor:
        taken = {k.split(".", 1)[1] for k in self.get(include_archived=True)}
        taken |= {f.item for f, _a in self.own_actions()}
        for fs in self.sets():
            taken |= {k.split(".", 1)[1] for k in self.get(fs.id, merged=False)}
        item = key.split(".", 1)[1] if key else slug(str(name or ""), taken)
        factor, errors = check_own_action(name=name, unit=unit, grams=grams, source=source,
                                          category=category, item=item)
        names = {f.label.casefold(): f.key for f, _a in self.own_actions()}
        if factor is not None and names.get(factor.label.casefold(), key) != key:
            errors.append(FieldError("name", "{field}: '{value}' is already one of your actions",
                                     {"value": factor.label}))
        if errors or factor is None:
            raise ValidationError(errors)
        return factor

    def add_own(self, name: Any, unit: Any, grams: Any, source: Any, category: Any) -> Factor:
        """A new action of the family's own, offered with any factor set from now on."""
        factor = self._checked_own(name, unit, grams, source, category, None)
        with self.tx():
            self._family_set()
            self.write(factor)
        return self.own_action(factor.key)[0]

    def edit_own(self, key: str, name: Any, unit: Any, grams: Any, source: Any) -> Factor:
        """Change an own action's name, unit, grams or source (its category is its key's).
        Lines already logged keep the factor they were logged with."""
        old, _archived = self.own_action(key)
        factor = self._checked_own(name, unit, grams, source, old.category.value, key)
        with self.tx():
            self.write(factor)
        return self.own_action(key)[0]

    def archive_own(self, key: str, archived: bool = True) -> Factor:
        """An archived action is no longer offered; its lines stay in the book."""
        factor, _was = self.own_action(key)
        with self.tx():
            self.db.execute("UPDATE factors SET archived = ? WHERE set_id = ? AND key = ?",
                            [int(archived), FAMILY_SET, key])
        return factor

    def put_own(self, factor: Factor, archived: bool) -> None:
        """An own action exactly as it was (undo of an edit or an archive)."""
        with self.tx():
            self.write(factor)
            self.db.execute("UPDATE factors SET archived = ? WHERE set_id = ? AND key = ?",
                            [int(archived), FAMILY_SET, factor.key])

    def remove_own(self, key: str) -> None:
        """Undo of ``add_own``: the action goes if no line used it, else it is archived."""
        used = self.db.execute("SELECT 1 FROM entries WHERE factor_set = ? AND factor_key = ? "
                               "LIMIT 1", [FAMILY_SET, key]).fetchone()
        used = used or self.db.execute(
            "SELECT 1 FROM templates WHERE category || '.' || item = ? UNION "
            "SELECT 1 FROM template_legs WHERE category || '.' || item = ?", [key, key]).fetchone()
        if used:
            self.archive_own(key)
            return
        with self.tx():
            self.db.execute("DELETE FROM factors WHERE set_id = ? AND key = ?", [FAMILY_SET, key])
