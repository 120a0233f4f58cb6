"""Keeping the file safe: no network shares, a quick check on open, a full check on demand."""

from __future__ import annotations

import math
import os
import sqlite3
import stat
import sys
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from greenlife.core import calc
from greenlife.core.errors import Message, N_, StorageError
from greenlife.core.factors import APPLIANCES, GRID_KEY, METER_KEYS, unit_info
from greenlife.core.models import Factor, Kind

if TYPE_CHECKING:
    from sqlite_utils import Database

NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ceph", "glusterfs", "davfs",
    "fuse.sshfs", "fuse.rclone", "fuse.s3fs", "9p", "ncpfs", "coda", "lustre", "gpfs", "webdav",
})


APPLICATION_ID = 0x474C4946  # 'GLIF' in the SQLite header: this file is a GreenLife book
SQLITE_MAGIC = b"SQLite format 3\x00"


def ro_uri(path: Path | str) -> str:
    """A read-only SQLite URI. Built with Path.as_uri(): '#', '?' and '%' in a path are escaped
    (an f-string URI would open another file)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def connect_ro(path: Path | str, timeout: float = 5.0) -> sqlite3.Connection:
    return sqlite3.connect(ro_uri(path), uri=True, timeout=timeout, check_same_thread=False)


def is_damage(exc: sqlite3.Error) -> bool:
    """True when SQLite says the file itself is damaged; False for disk trouble (full, read-only,
    unreadable, busy), which a restore would not cure."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name:
        return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


class DiskTroubleError(StorageError):
    """The disk, not the file, is the problem: never answered with a restore."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            "The data file {path} cannot be read or written right now ({reason}). The disk may be "
            "full, read-only or disconnected. This is not damage: GreenLife has not changed the file, "
            "and restoring a backup would not help. Fix the disk and try again.",
            path=path, reason=reason)
        self.path = path


class ForeignFileError(StorageError):
    """The file is not a GreenLife book (or is one from a newer version): it is never written."""


class CorruptDatabaseError(StorageError):
    """The file failed its integrity check: it is never written to."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            "The data file {path} is damaged ({detail}). GreenLife has not changed it. Restore "
            "the newest good backup: in the app, or with 'greenlife backup restore --latest'.",
            path=path, detail=detail)
        self.path = path


def mount_type(path: Path, mounts: str = "/proc/mounts") -> str:
    """File system type of the mount holding ``path`` (Linux); '' when unknown."""
    try:
        text = Path(mounts).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    target = str(path.resolve())
    best, kind = "", ""
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) >= len(best):
            best, kind = point, parts[2]
    return kind


def network_share(path: Path, mounts: str = "/proc/mounts") -> str | None:
    """A description of the network share ``path`` is on, or None for a local disk."""
    if sys.platform == "win32":
        p = str(path.resolve())
        if p.startswith("\\\\"):
            return "a Windows network share"
        import ctypes

        drive = os.path.splitdrive(p)[0] + "\\"
        if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # type: ignore[attr-defined]  # DRIVE_REMOTE
            return "a network drive"
        return None
    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    kind = mount_type(folder, mounts)
    if kind in NETWORK_FS or kind.startswith(("nfs", "smb", "cifs")):
        return f"a network file system ({kind})"
    return None


def _share_words(where: str) -> Message:
    """network_share's description as a message the interface translates."""
    for words in (N_("a Windows network share"), N_("a network drive")):
        if where == words:
            return Message(words)
    if where.startswith("a network file system (") and where.endswith(")"):
        return Message(N_("a network file system ({kind})"), {"kind": where[len("a network file system ("):-1]})
    return Message("{text}", {"text": where})


def refuse_network(path: Path) -> None:
    where = network_share(path)
    if where:
        raise StorageError(
            "The data file {path} is on {where}. SQLite's write-ahead log is not safe there and "
            "the book could be damaged. Keep the file on this computer's own disk (use --db or "
            "GREENLIFE_DB) and back it up to the share instead.", path=str(path), where=_share_words(where))


def quick_check(conn: sqlite3.Connection, path: str = "") -> str:
    """'ok', or what is wrong with the file. Disk trouble (full, read-only, unreadable) is not
    damage: it raises DiskTroubleError instead of returning a verdict."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        if is_damage(exc):
            return str(exc)
        raise DiskTroubleError(path, str(exc)) from exc
    text = "; ".join(r[0] for r in rows[:5])
    return "ok" if text == "ok" else text


@dataclass(frozen=True)
class Identity:
    application_id: int
    user_version: int
    migrations: frozenset[str]

    @property
    def legacy(self) -> bool:
        """A book from before GreenLife set its application id: adopted, not refused."""
        return self.application_id == 0


def identify(path: Path, known: Collection[str]) -> Identity | None:
    """None for a file that does not exist yet; the identity of a GreenLife book; otherwise a
    one-line refusal. Reads only (a read-only connection): a file that is not ours is never
    written, not even to switch its journal mode."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DiskTroubleError(str(path), exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(st.st_mode):
        raise ForeignFileError("{path} is not a regular file (a folder or a device); give the path "
                               "of a GreenLife data file.", path=str(path))
    if st.st_size == 0:
        raise ForeignFileError("{path} is an empty file (0 bytes), not a GreenLife book. GreenLife "
                               "has not changed it; delete it or choose another file name for a "
                               "new book.", path=str(path))
    from greenlife.store.db import has_live_connection

    main_id: int | None = None
    if not has_live_connection(path):  # a book this process has open was looked at already;
        # reading it with open() now would drop the process's SQLite locks on it
        try:
            with open(path, "rb") as f:
                header = f.read(100)
        except OSError as exc:
            raise DiskTroubleError(str(path), exc.strerror or str(exc)) from exc
        if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
            raise CorruptDatabaseError(str(path), "not an SQLite database: another kind of file, "
                                       "or its first page is damaged")
        main_id = int.from_bytes(header[68:72], "big")
    try:
        conn = connect_ro(path)
    except sqlite3.Error as exc:
        raise DiskTroubleError(str(path), str(exc)) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        has_log = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                               "AND name = '_sqlite_migrations'").fetchone()[0]
        names = frozenset(r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'greenlife'")) if has_log else frozenset()
    except sqlite3.Error as exc:
        if is_damage(exc):
            raise CorruptDatabaseError(str(path), str(exc)) from exc
        raise DiskTroubleError(str(path), str(exc)) from exc
    finally:
        conn.close()
    wal = Path(str(path) + "-wal")
    if main_id == APPLICATION_ID and app_id != APPLICATION_ID:
        raise ForeignFileError("{wal} beside the data file belongs to another database: reading it "
                               "would replace the book's pages. GreenLife has not changed anything; "
                               "move that file away (keep it) and try again.", wal=str(wal))
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and not names):
        raise ForeignFileError("{path} is a database of another program (application id {app_id}), "
                               "not a GreenLife book. GreenLife has not changed it; choose another "
                               "file name.", path=str(path), app_id=f"0x{app_id:08X}")
    unknown = names - set(known)
    if unknown or version > len(known):
        raise ForeignFileError("{path} was written by a newer version of GreenLife (schema {found}; "
                               "this version knows {known}). GreenLife has not changed it; update "
                               "GreenLife to open it.", path=str(path),
                               found=max(version, len(names)), known=len(known))
    return Identity(app_id, version, names)


# what the full check calls each table it reports on, for a person
TABLES = {"": N_("the file"), "entries": N_("entries"), "redemptions": N_("redemptions"),
          "appliances": N_("appliances"), "members": N_("members"), "day_totals": N_("daily totals"),
          "month_totals": N_("monthly totals"), "day_items": N_("daily items")}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the file: where, and what as a template the UI and the CLI translate."""

    table: str
    rowid: int | None
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        return self.template.format(**self.params)


_RULES = (
    ("entries", "(kind = 'action' AND (quantity <= 0 OR quantity > 100000)) "
     "OR abs(quantity) > 1000000",
     N_("quantity is not positive or is absurd")),
    ("entries", "category NOT GLOB '[a-z]*' OR length(category) > 20", N_("unknown category")),
    ("entries", "(kind = 'appliance') != (category = 'appliance' AND appliance_id IS NOT NULL)",
     N_("an appliance line without its appliance, or the reverse")),
    ("entries", "appliance_id IS NOT NULL AND appliance_id NOT IN (SELECT id FROM appliances)",
     N_("a line of an appliance that is gone")),
    ("entries", "day > date('now', 'localtime', '+1 day') OR day < '2000-01-01'", N_("date out of range")),
    ("entries", "factor_value < 0", N_("negative factor")),
    ("entries", "points != CAST(round(grams) AS INTEGER)", N_("points do not match grams")),
    ("entries", "kind = 'action' AND ((factor_kind = 'reduction' AND grams < 0) "
     "OR (factor_kind = 'emission' AND grams > 0))", N_("sign of grams does not match the factor kind")),
    ("entries", "member_id NOT IN (SELECT id FROM members)", N_("belongs to no member")),
    ("redemptions", "points <= 0", N_("redemption of no points")),
    ("appliances", "kwh_year <= 0 OR in_use_to < in_use_from", N_("impossible appliance")),
)


def full_check(db: Database) -> list[Problem]:
    """integrity_check, foreign_key_check and GreenLife's own rules; every bad row is
    reported, nothing is changed."""
    problems: list[Problem] = []
    for (msg,) in db.execute("PRAGMA integrity_check").fetchall():
        if msg != "ok":
            problems.append(Problem("", None, "SQLite's integrity check: {detail}", {"detail": msg}))
    for table, rowid, parent, _fk in db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(Problem(table, rowid, "refers to a missing row in {parent}", {"parent": parent}))
    for table, where, reason in _RULES:
        for (rowid,) in db.execute(f"SELECT rowid FROM {table} WHERE {where}").fetchall():
            problems.append(Problem(table, rowid, reason))
    problems += check_rows(db)
    problems += check_rollups(db)
    return problems


def _same(stored: float | None, fresh: float, rel: float = 1e-9, absolute: float = 1e-6) -> bool:
    """Equal up to what summing floats in another order changes (a rollup kept by triggers
    through many adds and deletes); an entry's own grams come from the same calc.grams and
    are compared far more tightly."""
    return stored is not None and math.isclose(stored, fresh, rel_tol=rel, abs_tol=absolute)


def expected_row(row: Mapping[str, Any]) -> tuple[float, int]:
    """The grams and points an entries row must carry, recomputed from its quantity and its
    factor snapshot. The one place the per-row rule lives: a new kind of row extends it here."""
    factor = Factor(row["factor_key"], float(row["factor_value"]), row["factor_unit"],
                    Kind(row["factor_kind"]), row["factor_source"], row["factor_year"],
                    set_id=row["factor_set"])
    g = calc.line_grams(row["category"], float(row["quantity"]), factor)
    return g, calc.line_points(g)


def row_problem(row: Mapping[str, Any], known: Mapping[str, set[str]]) -> Message | None:
    """What is wrong with one entries row, or None: an item or unit the factor table does not
    know, or grams/points that are not what its quantity and factor snapshot give."""
    key = row["factor_key"]
    if row.get("kind", "action") == "appliance":  # a day of an appliance's saving
        if row["item"] not in APPLIANCES or key != GRID_KEY or key not in known:
            return Message("unknown appliance line '{value}' ({key})", {"value": row["item"], "key": key})
    elif row.get("kind") == "meter":  # a month's saving on a meter
        if key != METER_KEYS.get(row["item"]) or key not in known:
            return Message("unknown meter line '{value}' ({key})", {"value": row["item"], "key": key})
    elif key != f"{row['category']}.{row['item']}" or key not in known:
        return Message("unknown item '{value}' ({key})", {"value": row["item"], "key": key})
    unit = row["factor_unit"]
    try:
        quantity_unit = unit_info(unit)[0]
    except KeyError:
        quantity_unit = None
    if quantity_unit is None or unit not in known[key] or row["unit"] != quantity_unit:
        return Message("unknown unit '{value}' / '{factor_unit}' for {key}",
                       {"value": row["unit"], "factor_unit": unit, "key": key})
    try:
        grams, points = expected_row(row)
    except (ValueError, TypeError, KeyError) as exc:
        return Message("cannot be recomputed ({detail})", {"detail": str(exc)})
    if not _same(row["grams"], grams, 1e-12, 1e-9):
        return Message("grams {value} are not quantity x factor = {expected}",
                       {"value": row["grams"], "expected": f"{grams:.3f}"})
    if row["points"] != points:
        return Message("points {value} are not the rounded grams = {expected}",
                       {"value": row["points"], "expected": points})
    return None


def check_rows(db: Database) -> list[Problem]:
    known: dict[str, set[str]] = {}
    for key, unit in db.execute("SELECT DISTINCT key, unit FROM factors"):
        known.setdefault(key, set()).add(unit)
    cur = db.conn.execute("SELECT rowid AS rowid_, * FROM entries")
    names = [d[0] for d in cur.description]
    out = []
    for values in cur:
        row = dict(zip(names, values, strict=True))
        reason = row_problem(row, known)
        if reason:
            out.append(Problem("entries", row["rowid_"], reason.template, reason.params))
    return out


_ROLLUPS = (
    # (table, its key columns, the same key computed from entries, compared columns and sources)
    ("day_totals", ("day", "member_id", "category"), ("day", "member_id", "category"),
     (("avoided", "total(max(grams, 0))"), ("emitted", "total(max(-grams, 0))"), ("points", "total(points)"),
      ("plus", "total(max(points, 0))"), ("minus", "total(min(points, 0))"), ("n", "count(*)"))),
    ("month_totals", ("month", "member_id", "category"), ("substr(day, 1, 7)", "member_id", "category"),
     (("avoided", "total(max(grams, 0))"), ("emitted", "total(max(-grams, 0))"), ("points", "total(points)"),
      ("plus", "total(max(points, 0))"), ("minus", "total(min(points, 0))"), ("n", "count(*)"))),
    ("day_items", ("member_id", "day", "category", "item"), ("member_id", "day", "category", "item"),
     (("quantity", "total(quantity)"), ("avoided", "total(max(grams, 0))"), ("n", "count(*)"))),
)


def check_rollups(db: Database) -> list[Problem]:
    """Every derived table against a recomputation from the entries, both ways (a missing
    rollup row and a rollup row with no entries are both drift)."""
    out = []
    for table, keys, exprs, cols in _ROLLUPS:
        if not db[table].exists():
            continue
        stored = {tuple(r[:len(keys)]): r[len(keys):] for r in db.execute(
            f"SELECT {', '.join(keys)}, {', '.join(c for c, _ in cols)} FROM {table}")}
        fresh = {tuple(r[:len(keys)]): r[len(keys):] for r in db.execute(
            f"SELECT {', '.join(exprs)}, {', '.join(e for _, e in cols)} FROM entries "
            f"GROUP BY {', '.join(str(i + 1) for i in range(len(keys)))}")}
        for key in sorted(set(stored) | set(fresh), key=str):
            a, b = stored.get(key), fresh.get(key)
            if a is not None and b is not None and all(_same(x, y) for x, y in zip(a, b, strict=True)):
                continue
            label = ", ".join(str(k) for k in key)
            out.append(Problem(table, None, "the row for {label} does not match the entries", {"label": label}))
    return out
