"""The CLI's subcommand handlers (parsing and dispatch live in greenlife.cli)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from greenlife.catalog import C_, Catalog
from greenlife.core import names
from greenlife.core.errors import N_, GreenlifeError, Message
from greenlife.core.models import Factor, Kind
from greenlife.core.periods import bounds
from greenlife.core.validation import parse_date

if TYPE_CHECKING:
    from greenlife.store import Store


class UsageError(Exception):
    """A command line that cannot be run as given (exit 2)."""


def _print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


def catalog(args: argparse.Namespace) -> Catalog:
    """The language of the command's output (set by greenlife.cli: the --lang option, else the
    book's language setting, else the system's)."""
    found = getattr(args, "catalog", None)
    return found if isinstance(found, Catalog) else Catalog("en")


# words the command line prints for stored keys
_KINDS = {"reduction": C_("reduction"), "emission": C_("emission")}
_REASONS = {"manual": C_("made by hand"), "daily": C_("daily"), "pre-import": C_("before an import"),
            "pre-migration": C_("before an upgrade"), "pre-recalc": C_("before a recalculation"),
            "pre-restore": C_("before a restore"), "damaged": C_("damaged")}
_HOW = {"reading": C_("reading"), "bill": C_("bill")}
# the shipped sets' descriptions (core/factors.py) and the source of a family's own estimate
_SHIPPED = {"Shanghai carbon-inclusion platform, 2025": C_("Shanghai carbon-inclusion platform, 2025"),
            "Wuhan carbon-inclusion platform, 2025": C_("Wuhan carbon-inclusion platform, 2025"),
            "Our estimate": C_("our estimate")}


def _source(cat: Catalog, text: str) -> str:
    """A factor's source or a set's description in the output's language."""
    return cat.cli(_SHIPPED[text]) if text in _SHIPPED else cat.note(text)


def _points(cat: Catalog, n: int, signed: bool = False) -> str:
    """Points with their word, plural right in English: "1 point", "+2,000 points"."""
    sign = ("+" if n > 0 else "-" if n < 0 else "") if signed else ("-" if n < 0 else "")
    return sign + cat.cli("%Ln points", abs(n))


def _factor_json(f: Factor) -> dict[str, Any]:
    return {"key": f.key, "label": f.label, "value": f.value, "unit": f.unit,
            "kind": f.kind.value, "source": f.source, "year": f.year,
            "assumption": f.assumption, "note": f.note, "set": f.set_id}


def cmd_log(store: Store, args: argparse.Namespace) -> int:
    from greenlife.core.errors import FieldError, ValidationError

    cat = catalog(args)
    if args.category == "commute":
        given = [(f, q) for f, q in (("km", args.km), ("rides", args.rides),
                                     ("steps", args.steps), ("days", args.days)) if q is not None]
        if len(given) != 1:
            raise UsageError(cat.cli("give one of --km, --rides, --steps or --days (see "
                                     "'greenlife log commute --help')"))
        field, qty = given[0]
        entries = [store.log(args.member, "commute", args.mode, qty, args.date, args.note, field)]
    elif args.category in ("goods", "energy"):
        entries = [store.log(args.member, args.category, args.item, args.quantity, args.date,
                             args.note)]
    elif args.category == "waste":
        entries = [store.log(args.member, "waste", args.stream, args.kg, args.date, args.note)]
    elif args.category == "own":
        own = store.factor_book.find_own(args.action)
        entries = [store.log(args.member, own.category, own.item, args.quantity, args.date,
                             args.note)]
    elif args.category == "food":
        if args.meals is None and args.wasted_kg is None:
            raise UsageError(cat.cli("give --meals, --wasted-kg or both (see 'greenlife log food "
                                     "--help')"))
        drafts, errors = [], []
        for item, qty in (("clean_plate", args.meals), ("food_waste", args.wasted_kg)):
            if qty is None:
                continue
            try:
                drafts.append(store.draft(args.member, "food", item, qty, args.date, args.note))
            except ValidationError as exc:
                errors += [e for e in exc.errors if e not in errors]
        if errors:
            raise ValidationError(errors)
        entries = store.add_entries(drafts)
    else:
        day = None
        if args.date:
            day, err = parse_date(args.date, store.today())
            if err:
                raise ValidationError([FieldError("date", err.template, err.params)])
        entries = store.same_as_yesterday(args.member, day)
    for e in entries:
        print(cat.cli("logged {member}, {date}, {category}, {item} {amount}: {points} (id {id})").format(
            member=cat.member(e.member_name), date=cat.date(e.day), category=cat.category(e.category.value),
            item=_item(store, cat, e.item), amount=cat.amount(e.quantity, e.unit),
            points=_points(cat, e.points, signed=True), id=e.id))
    _announce(cat, store.sync_badges(sorted({e.member_id for e in entries})))
    return 0


def _restore(args: argparse.Namespace) -> int:
    """Works on a damaged file too: the store is not opened first."""
    from greenlife.store import default_db_path
    from greenlife.store.backup import newest_good, restore

    cat = catalog(args)
    path = args.db or default_db_path()
    if args.latest == (args.file is not None):
        raise UsageError(cat.cli("give a backup FILE or --latest"))
    backup = args.file
    if args.latest:
        good = newest_good(path)
        if good is None:
            raise GreenlifeError("No good backup of {path} was found.", path=str(path))
        backup = good.path
    saved = restore(path, backup)
    if saved is None:
        text = cat.cli("restored {backup} into {path}; there was no previous file")
    elif saved.reason == "damaged":
        text = cat.cli("restored {backup} into {path}; the previous (damaged) file was kept as "
                       "{saved}, with its -wal and -shm if any")
    else:
        text = cat.cli("restored {backup} into {path}; the previous file was backed up to {saved}")
    print(text.format(backup=backup, path=path, saved=saved.path if saved else ""))
    return 0


def cmd_export(store: Store, args: argparse.Namespace) -> int:
    from greenlife.reports.exporting import export_year

    cat = catalog(args)
    fmt = args.format or args.out.suffix.lower().lstrip(".") or ("png" if args.command == "summary" else "")
    allowed = ("pdf", "csv", "json", "png") if args.command == "summary" else ("csv", "json")
    if fmt not in allowed:
        raise UsageError(cat.cli("cannot tell the format of '{path}': use a {suffixes} file name or "
                                 "--format").format(path=args.out,
                                                    suffixes=" / ".join("." + a for a in allowed)))
    if not 2000 <= args.year <= store.today().year:
        raise UsageError(cat.cli("--year {year} is out of range; use 2000 to {last}").format(
            year=args.year, last=store.today().year))
    # the report's language: --lang, else the language of the messages (CSV and JSON have none)
    lang = getattr(args, "lang", None) or cat.lang
    written = export_year(store, args.year, {fmt: args.out}, lang,
                          certificates=getattr(args, "certificates", False))
    if fmt in ("csv", "json"):
        n = store.book.count_lines(None, dt.date(args.year, 1, 1), dt.date(args.year, 12, 31))
        print(cat.cli("wrote %Ln lines to {path}", n).format(path=args.out))
    else:
        for p in written:
            print(cat.cli("wrote {path}").format(path=p))
    return 0


def _announce(cat: Catalog, new: list[Any]) -> None:
    for b in new:
        name = b.badge.name[cat.lang]
        if b.tier:
            name = cat.cli("{badge} ({tier})").format(badge=name, tier=cat.tier(b.tier))
        print(cat.cli("badge earned: {badge}, {date}").format(badge=name, date=cat.date(b.earned_on)))


def _item(store: Store, cat: Catalog, key: str) -> str:
    """An item's name: the app's label, or the name the family gave its own action."""
    if key in names.ITEM:
        return cat.item(key)
    own = _own_names(store)
    return own.get(key, key)


def _own_names(store: Store) -> dict[str, str]:
    return {f.key.split(".", 1)[-1]: f.label for f, _archived in store.factor_book.own_actions()
            if f.label}


def cmd_badges(store: Store, args: argparse.Namespace) -> int:
    member = store.find_member(args.member, active_only=False) if args.member else None
    statuses = store.badge_statuses(member.id if member else None)
    if args.json:  # machine-readable: English names unless --lang says otherwise
        lang = args.lang or "en"
        _print_json([{
            "id": st.badge.id, "name": st.badge.name[lang], "tier": st.tier.name,
            "earned": st.earned, "earned_on": st.earned_on, "progress": round(st.progress, 2),
            "target": st.tier.target, "unit": st.badge.unit[lang],
        } for st in statuses])
        return 0
    cat = catalog(args)
    for st in statuses:
        name = st.badge.name[cat.lang]
        if st.tier.name:
            name = cat.cli("{badge} ({tier})").format(badge=name, tier=cat.tier(st.tier.name))
        if st.earned:
            state = cat.cli("earned {date}").format(date=cat.date(st.earned_on))
        else:
            state = cat.cli("{progress} of {target} {unit}").format(
                progress=cat.number(round(st.progress)), target=cat.number(round(st.tier.target)),
                unit=st.badge.unit[cat.lang])
        print(cat.cli("{mark} {badge}: {state}").format(mark="*" if st.earned else " ", badge=name,
                                                         state=state))
    return 0


def cmd_goal(store: Store, args: argparse.Namespace) -> int:
    cat = catalog(args)
    if args.action == "set":
        g = store.set_goal(args.points, args.member)
        print(cat.cli("weekly goal for {who}: {points} from the week of {date}").format(
            who=cat.member(args.member), points=_points(cat, g.points), date=cat.date(g.valid_from)))
        return 0
    today = store.today()
    start, end = bounds("week", today)
    rows = []
    for m in [None, *store.members()]:
        mid = m.id if m else None
        goal = store.goal_in_force(today, mid)
        if m is not None and not goal:
            continue
        pts = store.balance(mid, start, end).credit_points
        rows.append({"member": m.name if m else None, "goal": goal, "points": pts,
                     "reached": pts >= goal})
    if args.json:
        _print_json(rows)
    else:
        for r in rows:
            text = cat.cli("{who}: {points} of {goal}").format(
                who=cat.member(str(r["member"]) if r["member"] else None),
                points=cat.number(int(r["points"] or 0)),
                goal=_points(cat, int(r["goal"] or 0)))
            print(cat.cli("{progress} - reached!").format(progress=text) if r["reached"] else text)
    return 0


def cmd_reward(store: Store, args: argparse.Namespace) -> int:
    cat = catalog(args)
    if args.action == "add":
        r = store.add_reward(args.name, args.price)
        print(cat.cli("reward {name}: {price}").format(name=r.name, price=_points(cat, r.price)))
    elif args.action == "list":
        rewards = store.rewards()
        if args.json:
            _print_json([{"id": r.id, "name": r.name, "price": r.price} for r in rewards])
        else:
            for r in rewards:
                print(f"{r.id}\t{r.name}\t{_points(cat, r.price)}")
    elif args.action == "redeem":
        red = store.redeem_reward(args.name, args.member, args.date)
        print(cat.cli("redeemed {reward} for {points} (redemption {id}); balance now {balance}").format(
            reward=red.reward, points=_points(cat, red.points), id=red.id,
            balance=cat.number(store.available_points(red.member_id))))
    else:
        store.undo_redemption(args.id)
        print(cat.cli("redemption {id} undone").format(id=args.id))
    return 0


def cmd_factors(store: Store, args: argparse.Namespace) -> int:
    cat = catalog(args)
    if args.action == "list":
        fs = store.factors(args.set_id)
        if args.json:
            _print_json([_factor_json(f) for f in fs.values()])
        else:
            rows = [(f.key, cat.quantity(f.value), cat.factor_unit(f.unit), cat.cli(_KINDS[f.kind.value]),
                     cat.cli("{source} ({year})").format(source=_source(cat, f.source),
                                                         year=f.year or cat.cli("n/a"))
                     + (cat.cli(" [assumption]") if f.assumption else "")) for f in fs.values()]
            for cells in _aligned(rows, numbers=(1,)):
                print(cells)
    elif args.action == "sets":
        active = store.active_set()
        for s in store.factor_sets():
            print(f"{'*' if s.id == active else ' '} {s.id}\t{cat.factor_set(s.id, s.name)}\t"
                  f"{_source(cat, s.description)}")
    elif args.action == "use":
        store.use_set(args.set_id)
        print(cat.cli("active factor set: {set}").format(set=args.set_id))
    elif args.action == "new-set":
        s = store.create_set(args.set_id, args.name, args.copy_from)
        print(cat.cli("created factor set {set}").format(set=s.id))
    else:
        from dataclasses import replace

        set_id = args.set_id or store.active_set()
        current = store.factors(set_id).get(args.key)
        if current is None and not (args.unit and args.kind and args.source):
            raise UsageError(cat.cli("{key} is a new factor: give --unit, --kind and --source").format(
                key=args.key))
        base = current or Factor(args.key, 0, args.unit, Kind(args.kind), args.source, None,
                                 set_id=set_id)
        f = replace(
            base, value=args.value, unit=args.unit or base.unit,
            kind=Kind(args.kind) if args.kind else base.kind,
            source=args.source or base.source,
            year=args.year if args.year is not None else base.year,
            label=args.label if args.label is not None else base.label, set_id=set_id,
        )
        saved = store.save_factor(f)
        print(cat.cli("{key} = {value} {unit} ({kind}) in set {set}").format(
            key=saved.key, value=cat.quantity(saved.value), unit=cat.factor_unit(saved.unit),
            kind=cat.cli(_KINDS[saved.kind.value]), set=set_id))
        if args.recalculate:
            report = store.recalculate(saved.key, set_id)
            print(cat.cli("recalculated %Ln lines that used {key} of set {set}, {points}",
                          report.lines).format(key=saved.key, set=set_id,
                                               points=_points(cat, report.points_delta, signed=True)))
    return 0




def cmd_member(store: Store, args: argparse.Namespace) -> int:
    """member add | list | rename | archive | restore"""
    cat = catalog(args)
    if args.action == "add":
        m = store.add_member(args.name, args.colour)
        print(cat.cli("added member {name} ({colour})").format(name=m.name, colour=m.colour))
    elif args.action == "list":
        ms = store.members(include_archived=args.all)
        if args.json:
            _print_json([{"id": m.id, "name": m.name, "colour": m.colour,
                          "active": m.active} for m in ms])
        else:
            for m in ms:
                state = cat.cli("active") if m.active else cat.cli("archived")
                print(f"{m.id}\t{m.name}\t{m.colour}\t{state}")
    elif args.action == "rename":
        m = store.find_member(args.name, active_only=False)
        store.update_member(m.id, name=args.new_name)
        print(cat.cli("renamed {old} to {new}").format(old=args.name, new=args.new_name))
    else:
        m = store.find_member(args.name, active_only=False)
        store.update_member(m.id, active=args.action == "restore")
        done = cat.cli("archived {name}") if args.action == "archive" else cat.cli("restored {name}")
        print(done.format(name=m.name))
    return 0


def cmd_appliance(store: Store, args: argparse.Namespace) -> int:
    """appliance add | list | end"""
    cat = catalog(args)
    if args.action == "add":
        a = store.add_appliance(args.member, args.type, args.grade, args.kwh_year,
                                args.start, args.end, args.label)
        posted = store.book.appliance_days(a.in_use_from, store.today(), a.id).get(a.id, (0, 0))
        print(cat.cli("added appliance {id}: {type} grade {grade}, {kwh} kWh/year (baseline {baseline}), "
                      "{grams} g/day; {points} for %Ln days posted up to today", posted[0]).format(
            id=a.id, type=cat.appliance(a.type), grade=a.grade, kwh=cat.quantity(a.kwh_year),
            baseline=cat.quantity(a.baseline_kwh_year), grams=f"{a.grams_per_day:.1f}",
            points=_points(cat, posted[1], signed=True)))
        _announce(cat, store.sync_badges([a.member_id]))
    elif args.action == "list":
        apps = store.appliances()
        if args.json:
            _print_json([{"id": a.id, "member": a.member_name, "type": a.type,
                          "grade": a.grade, "kwh_year": a.kwh_year,
                          "baseline_kwh_year": a.baseline_kwh_year,
                          "grams_per_day": round(a.grams_per_day, 3),
                          "from": a.in_use_from, "to": a.in_use_to} for a in apps])
        else:
            for a in apps:
                grade = cat.cli("grade {grade}").format(grade=a.grade)
                kwh = cat.cli("{kwh} kWh/yr").format(kwh=cat.quantity(a.kwh_year))
                span = cat.cli("{start} .. {end}").format(
                    start=cat.date(a.in_use_from), end=cat.date(a.in_use_to) if a.in_use_to else "")
                print(f"{a.id}\t{cat.member(a.member_name)}\t{cat.appliance(a.type)}\t{grade}\t"
                      f"{kwh}\t{span}")
    else:
        store.end_appliance(args.id, args.end)
        print(cat.cli("appliance {id} in use until {date}").format(id=args.id, date=args.end))
    return 0


def cmd_entries(store: Store, args: argparse.Namespace) -> int:
    """entries: list what the family logged"""
    member_id = store.find_member(args.member, active_only=False).id if args.member else None
    es = store.entries(member_id, args.start, args.end, args.category, limit=args.limit)
    if args.json:
        _print_json([{"id": e.id, "member": e.member_name, "date": e.day,
                      "category": e.category.value, "item": e.item,
                      "quantity": e.quantity, "unit": e.unit,
                      "factor": _factor_json(e.factor), "grams": round(e.grams, 3),
                      "points": e.points, "note": e.note} for e in es])
    else:
        cat = catalog(args)
        own = _own_names(store) if any(e.item not in names.ITEM for e in es) else {}
        for e in es:
            item = cat.item(e.item) if e.item in names.ITEM else own.get(e.item, e.item)
            print(f"{e.id}\t{cat.date(e.day)}\t{cat.member(e.member_name)}\t"
                  f"{cat.category(e.category.value)}\t{item}\t"
                  f"{cat.amount(e.quantity, e.unit)}\t{cat.quantity(e.factor.value)} "
                  f"{cat.factor_unit(e.factor.unit)}\t{cat.signed(e.points)}")
    return 0


def cmd_delete(store: Store, args: argparse.Namespace) -> int:
    """delete IDS: remove entries (refused if a redeemed reward would be uncovered)"""
    gone = store.delete_entries(args.ids)
    print(catalog(args).cli("deleted %Ln entries", len(gone)))
    store.sync_badges(sorted({e.member_id for e in gone}))
    return 0


def cmd_book(store: Store, args: argparse.Namespace) -> int:
    """book: the balance of a period"""
    member = store.find_member(args.member, active_only=False) if args.member else None
    day = args.date or store.today()
    start, end = bounds(args.period, day)
    b = store.balance(member.id if member else None, start, end)
    if args.json:
        _print_json({
            "member": member.name if member else None, "period": args.period,
            "start": start, "end": end, "points": b.points,
            "credit_points": b.credit_points, "debit_points": b.debit_points,
            "grams_avoided": round(b.grams_avoided, 3),
            "grams_emitted": round(b.grams_emitted, 3),
            "by_category": {k: round(v, 3) for k, v in b.by_category.items()},
            "points_by_category": b.points_by_category,
        })
    else:
        cat = catalog(args)
        who = member.name if member else cat.household()
        span = (cat.cli("{start} .. {end}").format(start=cat.date(start), end=cat.date(end))
                if start and end else cat.cli("all time"))
        print(cat.cli("{who}, {span}: {points}").format(who=who, span=span,
                                                        points=_points(cat, b.points)))
        print("  " + cat.cli("avoided {avoided} kg, emitted {emitted} kg, rewards {rewards}").format(
            avoided=f"{b.grams_avoided / 1000:,.2f}", emitted=f"{b.grams_emitted / 1000:,.2f}",
            rewards=_points(cat, -b.debit_points, signed=True)))
        rows = [(cat.category(key), cat.signed(pts)) for key, pts in b.points_by_category.items()]
        for line in _aligned(rows, numbers=(1,)):
            print("  " + line)
    return 0


def cmd_redeem(store: Store, args: argparse.Namespace) -> int:
    """redeem: spend points on a reward"""
    r = store.redeem(args.member, args.points, args.reward, args.date)
    cat = catalog(args)
    print(cat.cli("redeemed {points} for {reward}").format(points=_points(cat, r.points), reward=r.reward))
    return 0


def cmd_recalc(store: Store, args: argparse.Namespace) -> int:
    """recalc: recompute the lines a factor produced"""
    report = store.recalculate(args.key, args.set_id, dry_run=args.dry_run)
    cat = catalog(args)
    if not args.dry_run:
        _announce(cat, store.sync_badges())
    if args.json:
        _print_json({"applied": report.applied, "changed": report.lines,
                     "points_delta": report.points_delta})
    else:
        text = (cat.cli("would change %Ln lines, {points}", report.lines) if args.dry_run
                else cat.cli("changed %Ln lines, {points}", report.lines))
        print(text.format(points=_points(cat, report.points_delta, signed=True)))
    return 0


def cmd_check(store: Store, args: argparse.Namespace) -> int:
    """check: the full data check"""
    from greenlife.store.safety import TABLES

    problems = store.check()
    if args.json:
        _print_json([{"table": p.table, "rowid": p.rowid, "reason": p.reason} for p in problems])
        return 1 if problems else 0
    cat = catalog(args)
    if not problems:
        print(cat.tr("Errors", N_("ok: the data file passed SQLite's integrity and foreign-key checks and "
                                  "GreenLife's rules")))
    for p in problems:
        table = cat.tr("Errors", TABLES.get(p.table, p.table))
        if p.rowid is None:
            print(cat.tr("Errors", N_("{table}: {reason}")).format(table=table, reason=cat.message(p)))
        else:
            print(cat.tr("Errors", N_("{table}, row {rowid}: {reason}")).format(
                table=table, rowid=p.rowid, reason=cat.message(p)))
    return 1 if problems else 0


def cmd_backup(store: Store, args: argparse.Namespace) -> int:
    """backup create | list (restore runs before the book is opened)"""
    from greenlife.store.backup import list_backups

    cat = catalog(args)
    if args.action == "create":
        b = store.backup("manual")
        print(cat.cli("backup written: {path}").format(path=b.path))
        return 0
    backups = list_backups(store.path) if store.path else []
    if args.json:
        _print_json([{"file": str(b.path), "made": b.made, "reason": b.reason, "bytes": b.size}
                     for b in backups])
    else:
        for b in backups:
            reason = cat.cli(_REASONS.get(b.reason, b.reason))
            print(f"{cat.moment(b.made)}\t{reason}\t{cat.cli('%Ln bytes', b.size)}\t{b.path}")
        if not backups:
            print(cat.cli("no backups yet ('greenlife backup create' makes one)"))
    return 0


def cmd_import(store: Store, args: argparse.Namespace) -> int:
    """import FILE: a CSV the export wrote"""
    from greenlife.store.importer import apply_import, plan_import

    cat = catalog(args)
    plan = plan_import(store, args.file)
    if not plan.ok:
        for line, reason in plan.errors[:50]:
            print(cat.tr("Errors", N_("line {line}: {reason}")).format(line=line, reason=cat.message(reason)),
                  file=sys.stderr)
        more = len(plan.errors) - 50
        if more > 0:
            raise GreenlifeError("{n} bad rows ({more} not shown); nothing was imported. Fix them and "
                                 "import again.", n=len(plan.errors), more=more)
        raise GreenlifeError("{n} bad rows; nothing was imported. Fix them and import again.",
                             n=len(plan.errors))
    if args.dry_run:
        print(cat.message(Message("would import {n} lines; already in the book: {already}",
                                  {"n": plan.new_lines, "already": plan.already})))
        return 0
    n = apply_import(store, plan)
    print(cat.message(Message("imported {n} lines; already in the book: {already}",
                              {"n": n, "already": plan.already})))
    if n:
        store.sync_badges()
    return 0


def cmd_demo(store: Store, args: argparse.Namespace) -> int:
    """demo: a demo household"""
    from greenlife.store.demo import load_demo

    cat = catalog(args)
    n = load_demo(store, lang=args.lang or "zh")
    print(cat.cli("demo household created: {members}, {entries}").format(
        members=cat.cli("%Ln members", len(store.members())), entries=cat.cli("%Ln entries", n)))
    return 0


def cmd_meter(store: Store, args: argparse.Namespace) -> int:
    cat = catalog(args)
    mt = store.meters
    if args.action == "set":
        from greenlife.core.meters import BILL, READING

        r = mt.check(args.meter, args.month, args.value, BILL if args.bill else READING,
                     args.new_meter_start, args.old_meter_end)
        _before, changed = mt.save(r)
        print(cat.cli("{meter} {month}: {how} {value} saved; %Ln lines worked out again", changed).format(
            meter=cat.item(r.meter), month=cat.month(r.month), how=cat.cli(_HOW.get(r.how, r.how)),
            value=f"{r.value:.12g}"))
        _announce(cat, store.sync_badges([]))
        return 0
    if args.action == "baseline":
        value = mt.set_baseline(args.meter, args.value)
        print((cat.cli("{meter}: no baseline") if value is None else
               cat.cli("{meter}: baseline {value} a month")).format(
            meter=cat.item(args.meter), value="" if value is None else f"{value:.12g}"))
        return 0
    lines = mt.lines()
    out: list[dict[str, Any]] = []
    for meter in ("electricity", "gas", "water"):
        saved = {s.month: s for s in mt.savings(meter)}
        readings = {r.month: r for r in mt.readings(meter)}
        uses = mt.uses(meter)
        for month in sorted(set(uses) | set(readings)):
            use, s = uses.get(month), saved.get(month)
            out.append({"meter": meter, "month": month.isoformat()[:7],
                        "entered": None if month not in readings else readings[month].value,
                        "how": None if month not in readings else readings[month].how,
                        "used": None if use is None else use.amount,
                        "compared_with": None if s is None else s.compared_with,
                        "basis": None if s is None else s.basis,
                        "saved": None if s is None else s.saved,
                        "points": lines.get((meter, month), (0.0, None))[1]})
    if args.json:
        _print_json(out)
        return 0
    from greenlife.core.meters import amount_text

    def amount(value: Any) -> str:
        return "-" if value is None else amount_text(float(value))

    table: list[tuple[str, ...]] = [(cat.cli("meter"), cat.cli("month"), cat.cli("entered"),
                                     cat.cli("used"), cat.cli("compared with"), cat.cli("saved"),
                                     cat.cli("points"))]
    for row in out:
        compared = amount(row["compared_with"])
        if row["basis"] == "baseline":
            compared = cat.cli("{amount} (baseline)").format(amount=compared)
        how = cat.cli(_HOW.get(str(row["how"]), str(row["how"])))
        table.append((cat.item(row["meter"]), cat.month(dt.date.fromisoformat(row["month"] + "-01")),
                      "-" if row["entered"] is None else f"{how} {amount(row['entered'])}",
                      amount(row["used"]), compared, amount(row["saved"]),
                      "-" if row["points"] is None else cat.signed(row["points"])))
    for line in _aligned(table, numbers=(3, 4, 5, 6)):  # words to the left, numbers to the right
        print(line)
    return 0


def _width(text: str) -> int:
    """Columns a terminal gives the text: a Chinese character takes two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _aligned(rows: Sequence[Sequence[str]], numbers: tuple[int, ...] = ()) -> list[str]:
    """Rows as lines of aligned columns, two spaces apart: words to the left, the columns
    ``numbers`` to the right (Chinese characters counted as two columns wide)."""
    if not rows:
        return []
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for cells in rows:
        parts = [" " * (w - _width(c)) + c if i in numbers else c + " " * (w - _width(c))
                 for i, (c, w) in enumerate(zip(cells, widths, strict=True))]
        lines.append("  ".join(parts).rstrip())
    return lines


def cmd_action(store: Store, args: argparse.Namespace) -> int:
    cat = catalog(args)
    book = store.factor_book
    if args.action == "add":
        f = book.add_own(args.name, args.unit, args.grams, args.source, args.category)
        text = (cat.cli("added {name} as {key}: {value} {unit} (our estimate, an assumption)")
                if f.assumption else cat.cli("added {name} as {key}: {value} {unit} ({source})"))
        print(text.format(name=f.label, key=f.key, value=cat.quantity(f.value),
                          unit=cat.factor_unit(f.unit), source=f.source))
        return 0
    if args.action in ("archive", "restore"):
        f = book.archive_own(args.key, args.action == "archive")
        done = (cat.cli("archived {name} ({key})") if args.action == "archive"
                else cat.cli("restored {name} ({key})"))
        print(done.format(name=f.label, key=f.key))
        return 0
    rows = [{**_factor_json(f), "name": f.label, "archived": archived}
            for f, archived in book.own_actions()]
    if args.json:
        _print_json(rows)
        return 0
    table = [(str(r["key"]), str(r["name"]), f"{cat.quantity(r['value'])} {cat.factor_unit(r['unit'])}",
              _source(cat, str(r["source"])) or cat.cli("our estimate"),
              cat.cli("[archived]") if r["archived"] else "") for r in rows]
    for line in _aligned(table):
        print(line)
    return 0


# One function per command; cli.py parses the arguments and looks the command up here.
COMMANDS: dict[str, Callable[[Store, argparse.Namespace], int]] = {
    "member": cmd_member,
    "log": cmd_log,
    "appliance": cmd_appliance,
    "meter": cmd_meter,
    "action": cmd_action,
    "entries": cmd_entries,
    "delete": cmd_delete,
    "book": cmd_book,
    "redeem": cmd_redeem,
    "factors": cmd_factors,
    "badges": cmd_badges,
    "goal": cmd_goal,
    "reward": cmd_reward,
    "recalc": cmd_recalc,
    "check": cmd_check,
    "backup": cmd_backup,
    "import": cmd_import,
    "summary": cmd_export,
    "export": cmd_export,
    "demo": cmd_demo,
}
