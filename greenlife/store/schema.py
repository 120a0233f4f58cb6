"""Schema and its migrations, applied with sqlite-utils' ``Migrations``.

Never edit a migration once released: add a new one. Each release's schema is
kept as a fixture under tests/store/fixtures so upgrades are tested.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("greenlife")

_DAY = "GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'"

_TOTALS_UPSERT = """
  INSERT INTO day_totals(day, member_id, category, avoided, emitted, points, n)
  VALUES ({r}.day, {r}.member_id, {r}.category, max({r}.grams, 0), max(-{r}.grams, 0),
          {r}.points, 1)
  ON CONFLICT(day, member_id, category) DO UPDATE SET
    avoided = avoided + excluded.avoided, emitted = emitted + excluded.emitted,
    points = points + excluded.points, n = n + 1;
  INSERT INTO month_totals(month, member_id, category, avoided, emitted, points, n)
  VALUES (substr({r}.day, 1, 7), {r}.member_id, {r}.category, max({r}.grams, 0),
          max(-{r}.grams, 0), {r}.points, 1)
  ON CONFLICT(month, member_id, category) DO UPDATE SET
    avoided = avoided + excluded.avoided, emitted = emitted + excluded.emitted,
    points = points + excluded.points, n = n + 1;
"""

_TOTALS_REMOVE = """
  UPDATE day_totals SET avoided = avoided - max({r}.grams, 0),
    emitted = emitted - max(-{r}.grams, 0), points = points - {r}.points, n = n - 1
  WHERE day = {r}.day AND member_id = {r}.member_id AND category = {r}.category;
  DELETE FROM day_totals
  WHERE day = {r}.day AND member_id = {r}.member_id AND category = {r}.category AND n <= 0;
  UPDATE month_totals SET avoided = avoided - max({r}.grams, 0),
    emitted = emitted - max(-{r}.grams, 0), points = points - {r}.points, n = n - 1
  WHERE month = substr({r}.day, 1, 7) AND member_id = {r}.member_id
    AND category = {r}.category;
  DELETE FROM month_totals
  WHERE month = substr({r}.day, 1, 7) AND member_id = {r}.member_id
    AND category = {r}.category AND n <= 0;
"""

TOTALS_TRIGGERS = f"""
CREATE TRIGGER entries_totals_ai AFTER INSERT ON entries BEGIN
{_TOTALS_UPSERT.format(r="NEW")}
END;
CREATE TRIGGER entries_totals_ad AFTER DELETE ON entries BEGIN
{_TOTALS_REMOVE.format(r="OLD")}
END;
CREATE TRIGGER entries_totals_au AFTER UPDATE OF day, member_id, category, grams, points
ON entries BEGIN
{_TOTALS_REMOVE.format(r="OLD")}
{_TOTALS_UPSERT.format(r="NEW")}
END;
"""


@migrations()
def m001_initial(db: Database) -> None:
    db.executescript(
        f"""
CREATE TABLE members (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 40),
  colour TEXT NOT NULL CHECK (colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE factor_sets (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 40),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
);
CREATE TABLE factors (
  set_id TEXT NOT NULL REFERENCES factor_sets(id) ON DELETE CASCADE,
  key TEXT NOT NULL CHECK (key GLOB '[a-z]*.[a-z]*'),
  label TEXT NOT NULL DEFAULT '',
  value REAL NOT NULL CHECK (value >= 0 AND value < 1000000),
  unit TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('reduction', 'emission')),
  source TEXT NOT NULL CHECK (length(source) > 0),
  year INTEGER CHECK (year IS NULL OR year BETWEEN 1990 AND 2100),
  assumption INTEGER NOT NULL DEFAULT 0 CHECK (assumption IN (0, 1)),
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (set_id, key)
);
CREATE TABLE entries (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id),
  day TEXT NOT NULL CHECK (day {_DAY}),
  category TEXT NOT NULL CHECK (category IN ('commute', 'waste', 'food')),
  item TEXT NOT NULL,
  quantity REAL NOT NULL CHECK (quantity > 0 AND quantity <= 1000),
  unit TEXT NOT NULL,
  factor_set TEXT NOT NULL,
  factor_key TEXT NOT NULL,
  factor_value REAL NOT NULL CHECK (factor_value >= 0),
  factor_unit TEXT NOT NULL,
  factor_kind TEXT NOT NULL CHECK (factor_kind IN ('reduction', 'emission')),
  factor_source TEXT NOT NULL,
  factor_year INTEGER,
  grams REAL NOT NULL,
  points INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX entries_member_day ON entries(member_id, day);
CREATE INDEX entries_day ON entries(day);
CREATE TABLE day_totals (
  day TEXT NOT NULL, member_id INTEGER NOT NULL, category TEXT NOT NULL,
  avoided REAL NOT NULL, emitted REAL NOT NULL, points INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (day, member_id, category)
) WITHOUT ROWID;
CREATE TABLE month_totals (
  month TEXT NOT NULL, member_id INTEGER NOT NULL, category TEXT NOT NULL,
  avoided REAL NOT NULL, emitted REAL NOT NULL, points INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (month, member_id, category)
) WITHOUT ROWID;
CREATE TABLE appliances (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id),
  type TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 5),
  kwh_year REAL NOT NULL CHECK (kwh_year > 0 AND kwh_year <= 20000),
  baseline_kwh_year REAL NOT NULL CHECK (baseline_kwh_year > 0 AND baseline_kwh_year <= 20000),
  baseline_source TEXT NOT NULL,
  factor_set TEXT NOT NULL,
  factor_key TEXT NOT NULL,
  factor_value REAL NOT NULL CHECK (factor_value >= 0),
  factor_unit TEXT NOT NULL,
  factor_kind TEXT NOT NULL CHECK (factor_kind IN ('reduction', 'emission')),
  factor_source TEXT NOT NULL,
  factor_year INTEGER,
  in_use_from TEXT NOT NULL CHECK (in_use_from {_DAY}),
  in_use_to TEXT CHECK (in_use_to IS NULL OR (in_use_to {_DAY} AND in_use_to >= in_use_from)),
  created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE redemptions (
  id INTEGER PRIMARY KEY,
  member_id INTEGER REFERENCES members(id),
  day TEXT NOT NULL CHECK (day {_DAY}),
  points INTEGER NOT NULL CHECK (points > 0),
  reward TEXT NOT NULL CHECK (length(reward) BETWEEN 1 AND 80),
  created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX redemptions_day ON redemptions(day);
CREATE TABLE templates (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  category TEXT NOT NULL CHECK (category IN ('commute', 'waste', 'food')),
  item TEXT NOT NULL,
  quantity REAL NOT NULL CHECK (quantity > 0),
  unit TEXT NOT NULL
);
{TOTALS_TRIGGERS}
"""
    )


def apply(db: Database) -> list[str]:
    """Apply pending migrations; return the names applied."""
    pending = [m.name for m in migrations.pending(db)]
    migrations.apply(db)
    return pending


_ITEMS_UPSERT = """
  INSERT INTO day_items(member_id, day, category, item, quantity, avoided, n)
  VALUES ({r}.member_id, {r}.day, {r}.category, {r}.item, {r}.quantity, max({r}.grams, 0), 1)
  ON CONFLICT(member_id, day, category, item) DO UPDATE SET
    quantity = quantity + excluded.quantity, avoided = avoided + excluded.avoided, n = n + 1;
"""
_ITEMS_REMOVE = """
  UPDATE day_items SET quantity = quantity - {r}.quantity, avoided = avoided - max({r}.grams, 0),
    n = n - 1
  WHERE member_id = {r}.member_id AND day = {r}.day AND category = {r}.category AND item = {r}.item;
  DELETE FROM day_items
  WHERE member_id = {r}.member_id AND day = {r}.day AND category = {r}.category
    AND item = {r}.item AND n <= 0;
"""


@migrations()
def m002_badges_goals_rewards(db: Database) -> None:
    """Item-level daily rollup (for badges), goals with history, rewards, earned badges."""
    db.executescript(
        f"""
CREATE TABLE day_items (
  member_id INTEGER NOT NULL, day TEXT NOT NULL, category TEXT NOT NULL, item TEXT NOT NULL,
  quantity REAL NOT NULL, avoided REAL NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (member_id, day, category, item)
) WITHOUT ROWID;
INSERT INTO day_items(member_id, day, category, item, quantity, avoided, n)
  SELECT member_id, day, category, item, total(quantity), total(max(grams, 0)), count(*)
  FROM entries GROUP BY member_id, day, category, item;
CREATE TRIGGER entries_items_ai AFTER INSERT ON entries BEGIN
{_ITEMS_UPSERT.format(r="NEW")}
END;
CREATE TRIGGER entries_items_ad AFTER DELETE ON entries BEGIN
{_ITEMS_REMOVE.format(r="OLD")}
END;
CREATE TRIGGER entries_items_au AFTER UPDATE OF day, member_id, category, item, quantity, grams
ON entries BEGIN
{_ITEMS_REMOVE.format(r="OLD")}
{_ITEMS_UPSERT.format(r="NEW")}
END;
CREATE TABLE goals (
  id INTEGER PRIMARY KEY,
  member_id INTEGER REFERENCES members(id),
  points INTEGER NOT NULL CHECK (points > 0 AND points <= 100000000),
  valid_from TEXT NOT NULL CHECK (valid_from {_DAY}),
  created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX goals_member_from ON goals(member_id, valid_from);
CREATE TABLE rewards (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 80),
  price INTEGER NOT NULL CHECK (price > 0 AND price <= 100000000),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
ALTER TABLE redemptions ADD COLUMN reward_id INTEGER REFERENCES rewards(id);
CREATE TABLE badges_earned (
  scope TEXT NOT NULL,  -- 'household' or 'member:<id>'
  badge_id TEXT NOT NULL,
  tier TEXT NOT NULL,
  earned_on TEXT NOT NULL CHECK (earned_on {_DAY}),
  PRIMARY KEY (scope, badge_id, tier)
) WITHOUT ROWID;
"""
    )


# -- m003: the one ledger ------------------------------------------------------
# Every movement of points is a line: an action the family logged, a day of an
# appliance's saving, or a reward redeemed. Lines keep integer points; the rollups
# keep the points split by sign so a chart can draw savings above zero and
# emissions below without rounding grams again.

_LEDGER_TOTALS_UPSERT = """
  INSERT INTO day_totals(day, member_id, category, avoided, emitted, points, plus, minus, n)
  VALUES ({r}.day, {r}.member_id, {r}.category, max({r}.grams, 0), max(-{r}.grams, 0),
          {r}.points, max({r}.points, 0), min({r}.points, 0), 1)
  ON CONFLICT(day, member_id, category) DO UPDATE SET
    avoided = avoided + excluded.avoided, emitted = emitted + excluded.emitted,
    points = points + excluded.points, plus = plus + excluded.plus,
    minus = minus + excluded.minus, n = n + 1;
  INSERT INTO month_totals(month, member_id, category, avoided, emitted, points, plus, minus, n)
  VALUES (substr({r}.day, 1, 7), {r}.member_id, {r}.category, max({r}.grams, 0),
          max(-{r}.grams, 0), {r}.points, max({r}.points, 0), min({r}.points, 0), 1)
  ON CONFLICT(month, member_id, category) DO UPDATE SET
    avoided = avoided + excluded.avoided, emitted = emitted + excluded.emitted,
    points = points + excluded.points, plus = plus + excluded.plus,
    minus = minus + excluded.minus, n = n + 1;
"""

_LEDGER_TOTALS_REMOVE = """
  UPDATE day_totals SET avoided = avoided - max({r}.grams, 0),
    emitted = emitted - max(-{r}.grams, 0), points = points - {r}.points,
    plus = plus - max({r}.points, 0), minus = minus - min({r}.points, 0), n = n - 1
  WHERE day = {r}.day AND member_id = {r}.member_id AND category = {r}.category;
  DELETE FROM day_totals
  WHERE day = {r}.day AND member_id = {r}.member_id AND category = {r}.category AND n <= 0;
  UPDATE month_totals SET avoided = avoided - max({r}.grams, 0),
    emitted = emitted - max(-{r}.grams, 0), points = points - {r}.points,
    plus = plus - max({r}.points, 0), minus = minus - min({r}.points, 0), n = n - 1
  WHERE month = substr({r}.day, 1, 7) AND member_id = {r}.member_id
    AND category = {r}.category;
  DELETE FROM month_totals
  WHERE month = substr({r}.day, 1, 7) AND member_id = {r}.member_id
    AND category = {r}.category AND n <= 0;
"""

# The rollup triggers of the one ledger (m003 made them; m005 made them again after its
# table rebuild): the same SQL both times.
_LEDGER_TRIGGERS = f"""
CREATE TRIGGER entries_totals_ai AFTER INSERT ON entries BEGIN
{_LEDGER_TOTALS_UPSERT.format(r="NEW")}
END;
CREATE TRIGGER entries_totals_ad AFTER DELETE ON entries BEGIN
{_LEDGER_TOTALS_REMOVE.format(r="OLD")}
END;
CREATE TRIGGER entries_totals_au AFTER UPDATE OF day, member_id, category, grams, points
ON entries BEGIN
{_LEDGER_TOTALS_REMOVE.format(r="OLD")}
{_LEDGER_TOTALS_UPSERT.format(r="NEW")}
END;
CREATE TRIGGER entries_items_ai AFTER INSERT ON entries BEGIN
{_ITEMS_UPSERT.format(r="NEW")}
END;
CREATE TRIGGER entries_items_ad AFTER DELETE ON entries BEGIN
{_ITEMS_REMOVE.format(r="OLD")}
END;
CREATE TRIGGER entries_items_au AFTER UPDATE OF day, member_id, category, item, quantity, grams
ON entries BEGIN
{_ITEMS_REMOVE.format(r="OLD")}
{_ITEMS_UPSERT.format(r="NEW")}
END;
"""


_ENTRY_COLS = (
    "id, member_id, day, category, item, quantity, unit, factor_set, factor_key, factor_value, "
    "factor_unit, factor_kind, factor_source, factor_year, grams, points, note, created_at"
)


@migrations()
def m003_ledger(db: Database) -> None:
    """Appliance savings become lines of the ledger; lines keep the assumption flag;
    rollups keep points split by sign; a view lists every line, redemptions included."""
    db.executescript(
        f"""
DROP TRIGGER IF EXISTS entries_totals_ai;
DROP TRIGGER IF EXISTS entries_totals_ad;
DROP TRIGGER IF EXISTS entries_totals_au;
DROP TRIGGER IF EXISTS entries_items_ai;
DROP TRIGGER IF EXISTS entries_items_ad;
DROP TRIGGER IF EXISTS entries_items_au;
CREATE TABLE entries_m003 (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL DEFAULT 'action' CHECK (kind IN ('action', 'appliance')),
  member_id INTEGER NOT NULL REFERENCES members(id),
  day TEXT NOT NULL CHECK (day {_DAY}),
  category TEXT NOT NULL CHECK (category IN ('commute', 'waste', 'food', 'appliance')),
  item TEXT NOT NULL,
  quantity REAL NOT NULL CHECK (
    (kind = 'action' AND quantity > 0 AND quantity <= 1000)
    OR (kind = 'appliance' AND abs(quantity) <= 1000)),
  unit TEXT NOT NULL,
  factor_set TEXT NOT NULL,
  factor_key TEXT NOT NULL,
  factor_value REAL NOT NULL CHECK (factor_value >= 0),
  factor_unit TEXT NOT NULL,
  factor_kind TEXT NOT NULL CHECK (factor_kind IN ('reduction', 'emission')),
  factor_source TEXT NOT NULL,
  factor_year INTEGER,
  factor_assumption INTEGER NOT NULL DEFAULT 0 CHECK (factor_assumption IN (0, 1)),
  grams REAL NOT NULL,
  points INTEGER NOT NULL,
  appliance_id INTEGER REFERENCES appliances(id) ON DELETE CASCADE,
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  created_at TEXT NOT NULL DEFAULT (datetime('now')),
  CHECK ((kind = 'appliance') = (appliance_id IS NOT NULL))
);
INSERT INTO entries_m003({_ENTRY_COLS}, factor_assumption)
  SELECT {", ".join("e." + c.strip() for c in _ENTRY_COLS.split(","))},
    coalesce((SELECT f.assumption FROM factors f WHERE f.set_id = e.factor_set
              AND f.key = e.factor_key AND f.value = e.factor_value), 0)
  FROM entries e;
DROP TABLE entries;
ALTER TABLE entries_m003 RENAME TO entries;
CREATE INDEX entries_member_day ON entries(member_id, day);
CREATE INDEX entries_day ON entries(day);
CREATE INDEX entries_factor ON entries(factor_set, factor_key);
CREATE UNIQUE INDEX entries_appliance_day ON entries(appliance_id, day)
  WHERE appliance_id IS NOT NULL;
DROP TABLE day_totals;
DROP TABLE month_totals;
CREATE TABLE day_totals (
  day TEXT NOT NULL, member_id INTEGER NOT NULL, category TEXT NOT NULL,
  avoided REAL NOT NULL, emitted REAL NOT NULL, points INTEGER NOT NULL,
  plus INTEGER NOT NULL, minus INTEGER NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (day, member_id, category)
) WITHOUT ROWID;
CREATE TABLE month_totals (
  month TEXT NOT NULL, member_id INTEGER NOT NULL, category TEXT NOT NULL,
  avoided REAL NOT NULL, emitted REAL NOT NULL, points INTEGER NOT NULL,
  plus INTEGER NOT NULL, minus INTEGER NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (month, member_id, category)
) WITHOUT ROWID;
INSERT INTO day_totals SELECT day, member_id, category, total(max(grams, 0)),
  total(max(-grams, 0)), sum(points), sum(max(points, 0)), sum(min(points, 0)), count(*)
  FROM entries GROUP BY day, member_id, category;
INSERT INTO month_totals SELECT substr(day, 1, 7), member_id, category, total(max(grams, 0)),
  total(max(-grams, 0)), sum(points), sum(max(points, 0)), sum(min(points, 0)), count(*)
  FROM entries GROUP BY substr(day, 1, 7), member_id, category;
{_LEDGER_TRIGGERS}
ALTER TABLE appliances ADD COLUMN factor_assumption INTEGER NOT NULL DEFAULT 0;
UPDATE appliances SET baseline_source = replace(baseline_source, ' (BRIEF)', '');
CREATE VIEW ledger_lines AS
  SELECT 'entry' AS source, id, kind, member_id, day, category, item, quantity, unit,
    factor_set, factor_key, factor_value, factor_unit, factor_kind, factor_source,
    factor_year, factor_assumption, grams, points, appliance_id, note
  FROM entries
  UNION ALL
  SELECT 'redemption', id, 'redemption', member_id, day, 'reward', reward, 1, 'reward',
    '', '', 0, '', '', '', NULL, 0, 0, -points, NULL, ''
  FROM redemptions;
"""
    )


# -- m004: usual actions with several legs, in the family's order ------------------
@migrations()
def m004_template_legs(db: Database) -> None:
    """A usual action may hold several legs (1 km bike + 61 km subway); the first stays in
    the old columns (old templates keep working), the others are rows of template_legs.
    Templates get a position, so the family can reorder them."""
    db.executescript(
        """
CREATE TABLE template_legs (
  template_id INTEGER NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq >= 1),
  category TEXT NOT NULL CHECK (category IN ('commute', 'waste', 'food')),
  item TEXT NOT NULL,
  quantity REAL NOT NULL CHECK (quantity > 0),
  unit TEXT NOT NULL,
  PRIMARY KEY (template_id, seq)
);
ALTER TABLE templates ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE templates SET position = id;
"""
    )


# -- m005: a household pseudo-member, and room for more kinds of line -------------
# Lines that belong to the whole family (a meter reading, the family's waste sorted
# together) are the lines of one pseudo-member flagged `household`: they count in the
# household's totals and in no member's balance, and the rollups need no NULL member.
# The entries' CHECKs widen so new actions and categories need no table rebuild: any
# lowercase category name, action quantities up to 100,000 (steps), signed meter lines.
@migrations()
def m005_household(db: Database) -> None:
    cols = _ENTRY_COLS + ", kind, factor_assumption, appliance_id"
    db.executescript(
        f"""
ALTER TABLE members ADD COLUMN household INTEGER NOT NULL DEFAULT 0
  CHECK (household IN (0, 1));
CREATE UNIQUE INDEX members_one_household ON members(household) WHERE household = 1;
DROP VIEW ledger_lines;
DROP TRIGGER IF EXISTS entries_totals_ai;
DROP TRIGGER IF EXISTS entries_totals_ad;
DROP TRIGGER IF EXISTS entries_totals_au;
DROP TRIGGER IF EXISTS entries_items_ai;
DROP TRIGGER IF EXISTS entries_items_ad;
DROP TRIGGER IF EXISTS entries_items_au;
CREATE TABLE entries_m005 (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL DEFAULT 'action' CHECK (kind IN ('action', 'appliance', 'meter')),
  member_id INTEGER NOT NULL REFERENCES members(id),
  day TEXT NOT NULL CHECK (day {_DAY}),
  category TEXT NOT NULL CHECK (category GLOB '[a-z]*' AND length(category) <= 20),
  item TEXT NOT NULL,
  quantity REAL NOT NULL CHECK (
    (kind = 'action' AND quantity > 0 AND quantity <= 100000)
    OR (kind IN ('appliance', 'meter') AND abs(quantity) <= 1000000)),
  unit TEXT NOT NULL,
  factor_set TEXT NOT NULL,
  factor_key TEXT NOT NULL,
  factor_value REAL NOT NULL CHECK (factor_value >= 0),
  factor_unit TEXT NOT NULL,
  factor_kind TEXT NOT NULL CHECK (factor_kind IN ('reduction', 'emission')),
  factor_source TEXT NOT NULL,
  factor_year INTEGER,
  factor_assumption INTEGER NOT NULL DEFAULT 0 CHECK (factor_assumption IN (0, 1)),
  grams REAL NOT NULL,
  points INTEGER NOT NULL,
  appliance_id INTEGER REFERENCES appliances(id) ON DELETE CASCADE,
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  created_at TEXT NOT NULL DEFAULT (datetime('now')),
  CHECK ((kind = 'appliance') = (appliance_id IS NOT NULL))
);
INSERT INTO entries_m005({cols}) SELECT {cols} FROM entries;
DROP TABLE entries;
ALTER TABLE entries_m005 RENAME TO entries;
CREATE INDEX entries_member_day ON entries(member_id, day);
CREATE INDEX entries_day ON entries(day);
CREATE INDEX entries_factor ON entries(factor_set, factor_key);
CREATE UNIQUE INDEX entries_appliance_day ON entries(appliance_id, day)
  WHERE appliance_id IS NOT NULL;
{_LEDGER_TRIGGERS}
CREATE VIEW ledger_lines AS
  SELECT 'entry' AS source, id, kind, member_id, day, category, item, quantity, unit,
    factor_set, factor_key, factor_value, factor_unit, factor_kind, factor_source,
    factor_year, factor_assumption, grams, points, appliance_id, note
  FROM entries
  UNION ALL
  SELECT 'redemption', id, 'redemption', member_id, day, 'reward', reward, 1, 'reward',
    '', '', 0, '', '', '', NULL, 0, 0, -points, NULL, ''
  FROM redemptions;
CREATE TEMP TABLE legs_m005 AS SELECT * FROM template_legs;
CREATE TABLE templates_m005 (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  category TEXT NOT NULL CHECK (category GLOB '[a-z]*' AND length(category) <= 20),
  item TEXT NOT NULL,
  quantity REAL NOT NULL CHECK (quantity > 0),
  unit TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0
);
INSERT INTO templates_m005(id, member_id, name, category, item, quantity, unit, position)
  SELECT id, member_id, name, category, item, quantity, unit, position FROM templates;
DROP TABLE template_legs;
DROP TABLE templates;
ALTER TABLE templates_m005 RENAME TO templates;
CREATE TABLE template_legs (
  template_id INTEGER NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq >= 1),
  category TEXT NOT NULL CHECK (category GLOB '[a-z]*' AND length(category) <= 20),
  item TEXT NOT NULL,
  quantity REAL NOT NULL CHECK (quantity > 0),
  unit TEXT NOT NULL,
  PRIMARY KEY (template_id, seq)
);
INSERT INTO template_legs SELECT * FROM legs_m005;
DROP TABLE legs_m005;
"""
    )


# -- m006: family challenges ---------------------------------------------------------
@migrations()
def m006_challenges(db: Database) -> None:
    """Family challenges (a kind and a target for a while); their progress is read from the
    ledger, so only what the family chose is stored. And the days each member logged something
    green, indexed for the streaks on Home (a ten-year streak is read in a few ms)."""
    db.executescript(
        f"""
CREATE TABLE challenges (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
  target REAL NOT NULL CHECK (target > 0 AND target <= 100000),
  start TEXT NOT NULL CHECK (start {_DAY}),
  days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 366),
  name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 80),
  ended_on TEXT CHECK (ended_on IS NULL OR ended_on {_DAY}),
  created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX day_totals_green ON day_totals(member_id, day, avoided)
  WHERE category <> 'appliance' AND avoided > 0;
"""
    )


# -- m007: the household's monthly meters; a family's own actions can be archived --------
@migrations()
def m007_meters_own_actions(db: Database) -> None:
    """Monthly electricity, gas and water as read from the meter (its index at the month's
    end) or the bill (the amount used); their savings are ledger lines of kind 'meter'.
    A factor can be archived (a family's own action no longer offered; its lines stay)."""
    db.executescript(
        """
CREATE TABLE meter_readings (
  meter TEXT NOT NULL CHECK (meter IN ('electricity', 'gas', 'water')),
  month TEXT NOT NULL CHECK (month GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
  how TEXT NOT NULL CHECK (how IN ('reading', 'bill')),
  value REAL NOT NULL CHECK (value >= 0 AND value < 100000000),
  new_meter_start REAL CHECK (new_meter_start IS NULL OR new_meter_start >= 0),
  old_meter_end REAL CHECK (old_meter_end IS NULL OR old_meter_end >= 0),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  created_at TEXT NOT NULL DEFAULT (datetime('now')),
  PRIMARY KEY (meter, month)
);
ALTER TABLE factors ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));
CREATE INDEX entries_meter_day ON entries(day) WHERE kind = 'meter';
"""
    )
