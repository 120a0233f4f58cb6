"""The CLI's subcommand handlers (parsing and dispatch live in greenlife.cli)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from greenlife.catalog import Catalog
from greenlife.core.errors import GreenlifeError, Message, N_
from greenlife.core.models import Factor, Kind
from greenlife.core.periods import bounds
from greenlife.core.validation import parse_date

if TYPE_CHECKING:
    from greenlife.store import Store


class UsageError(Exception):
    """A command line that cannot be run as given (exit 2)."""


def _print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


def _factor_json(f: Factor) -> dict[str, Any]:
    return {"key": f.key, "label": f.label, "value": f.value, "unit": f.unit,
            "kind": f.kind.value, "source": f.source, "year": f.year,
            "assumption": f.assumption, "note": f.note, "set": f.set_id}


def cmd_log(store: Store, args: argparse.Namespace) -> int:
    from greenlife.core.errors import FieldError, ValidationError

    if args.category == "commute":
        given = [(f, q) for f, q in (("km", args.km), ("rides", args.rides),
                                     ("steps", args.steps), ("days", args.days)) if q is not None]
        if len(given) != 1:
            raise UsageError("give one of --km, --rides, --steps or --days (see 'greenlife log "
                             "commute --help')")
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
            raise UsageError("give --meals, --wasted-kg or both (see 'greenlife log food --help')")
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
        print(f"logged {e.member_name} {e.day} {e.category.value} {e.item} {e.quantity:g} "
              f"{e.unit}: {e.points:+,} points (id {e.id})")
    _announce(store.sync_badges(sorted({e.member_id for e in entries})))
    return 0


def _restore(args: argparse.Namespace) -> int:
    """Works on a damaged file too: the store is not opened first."""
    from greenlife.store import default_db_path
    from greenlife.store.backup import newest_good, restore

    path = args.db or default_db_path()
    if args.latest == (args.file is not None):
        raise UsageError("give a backup FILE or --latest")
    backup = args.file
    if args.latest:
        good = newest_good(path)
        if good is None:
            raise GreenlifeError("No good backup of {path} was found.", path=str(path))
        backup = good.path
    saved = restore(path, backup)
    if saved is None:
        where = "; there was no previous file"
    elif saved.reason == "damaged":
        where = f"; the previous (damaged) file was kept as {saved.path}, with its -wal and -shm if any"
    else:
        where = f"; the previous file was backed up to {saved.path}"
    print(f"restored {backup} into {path}{where}")
    return 0


def cmd_export(store: Store, args: argparse.Namespace) -> int:
    from greenlife.reports.exporting import export_year

    fmt = args.format or args.out.suffix.lower().lstrip(".") or ("png" if args.command == "summary" else "")
    allowed = ("pdf", "csv", "json", "png") if args.command == "summary" else ("csv", "json")
    if fmt not in allowed:
        raise UsageError(f"cannot tell the format of '{args.out}': use a .{' / .'.join(allowed)} "
                         "file name or --format")
    if not 2000 <= args.year <= store.today().year:
        raise UsageError(f"--year {args.year} is out of range; use 2000 to {store.today().year}")
    lang = getattr(args, "lang", "en")
    written = export_year(store, args.year, {fmt: args.out}, lang,
                          certificates=getattr(args, "certificates", False))
    if fmt in ("csv", "json"):
        print(f"wrote {store.book.count_lines(None, dt.date(args.year, 1, 1), dt.date(args.year, 12, 31))} "
              f"lines to {args.out}")
    else:
        for p in written:
            print(f"wrote {p}")
    return 0


def _announce(new: list[Any]) -> None:
    for b in new:
        tier = f" ({b.tier})" if b.tier else ""
        print(f"badge earned: {b.badge.name['en']}{tier}, {b.earned_on}")


def cmd_badges(store: Store, args: argparse.Namespace) -> int:
    member = store.find_member(args.member, active_only=False) if args.member else None
    statuses = store.badge_statuses(member.id if member else None)
    if args.json:
        _print_json([{
            "id": st.badge.id, "name": st.badge.name[args.lang], "tier": st.tier.name,
            "earned": st.earned, "earned_on": st.earned_on, "progress": round(st.progress, 2),
            "target": st.tier.target, "unit": st.badge.unit[args.lang],
        } for st in statuses])
        return 0
    for st in statuses:
        tier = f" ({st.tier.name})" if st.tier.name else ""
        state = (f"earned {st.earned_on}" if st.earned else
                 f"{st.progress:,.0f} of {st.tier.target:,.0f} {st.badge.unit[args.lang]}")
        print(f"{'*' if st.earned else ' '} {st.badge.name[args.lang]}{tier}: {state}")
    return 0


def cmd_goal(store: Store, args: argparse.Namespace) -> int:
    if args.action == "set":
        g = store.set_goal(args.points, args.member)
        who = args.member or "household"
        print(f"weekly goal for {who}: {g.points:,} points from the week of {g.valid_from}")
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
            print(f"{r['member'] or 'household'}: {r['points']:,} of {r['goal']:,} points"
                  + (" - reached!" if r["reached"] else ""))
    return 0


def cmd_reward(store: Store, args: argparse.Namespace) -> int:
    if args.action == "add":
        r = store.add_reward(args.name, args.price)
        print(f"reward {r.name}: {r.price:,} points")
    elif args.action == "list":
        rewards = store.rewards()
        if args.json:
            _print_json([{"id": r.id, "name": r.name, "price": r.price} for r in rewards])
        else:
            for r in rewards:
                print(f"{r.id}\t{r.name}\t{r.price:,} points")
    elif args.action == "redeem":
        red = store.redeem_reward(args.name, args.member, args.date)
        print(f"redeemed {red.reward} for {red.points:,} points (redemption {red.id}); "
              f"balance now {store.available_points(red.member_id):,}")
    else:
        store.undo_redemption(args.id)
        print(f"redemption {args.id} undone")
    return 0


def cmd_factors(store: Store, args: argparse.Namespace) -> int:
    if args.action == "list":
        fs = store.factors(args.set_id)
        if args.json:
            _print_json([_factor_json(f) for f in fs.values()])
        else:
            for f in fs.values():
                flag = " [assumption]" if f.assumption else ""
                print(f"{f.key:20s} {f.value:>9g} {f.unit:12s} {f.kind.value:9s} "
                      f"{f.source} ({f.year or 'n/a'}){flag}")
    elif args.action == "sets":
        active = store.active_set()
        for s in store.factor_sets():
            print(f"{'*' if s.id == active else ' '} {s.id}\t{s.name}\t{s.description}")
    elif args.action == "use":
        store.use_set(args.set_id)
        print(f"active factor set: {args.set_id}")
    elif args.action == "new-set":
        s = store.create_set(args.set_id, args.name, args.copy_from)
        print(f"created factor set {s.id}")
    else:
        from dataclasses import replace

        set_id = args.set_id or store.active_set()
        current = store.factors(set_id).get(args.key)
        if current is None and not (args.unit and args.kind and args.source):
            raise UsageError(f"{args.key} is a new factor: give --unit, --kind and --source")
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
        print(f"{saved.key} = {saved.value:g} {saved.unit} ({saved.kind.value}) in set {set_id}")
        if args.recalculate:
            report = store.recalculate(saved.key, set_id)
            print(f"recalculated {report.lines} lines that used {saved.key} of set {set_id}, "
                  f"{report.points_delta:+,} points")
    return 0




def cmd_member(store: Store, args: argparse.Namespace) -> int:
    """member add | list | rename | archive | restore"""
    if args.action == "add":
        m = store.add_member(args.name, args.colour)
        print(f"added member {m.name} ({m.colour})")
    elif args.action == "list":
        ms = store.members(include_archived=args.all)
        if args.json:
            _print_json([{"id": m.id, "name": m.name, "colour": m.colour,
                          "active": m.active} for m in ms])
        else:
            for m in ms:
                print(f"{m.id}\t{m.name}\t{m.colour}\t{'active' if m.active else 'archived'}")
    elif args.action == "rename":
        m = store.find_member(args.name, active_only=False)
        store.update_member(m.id, name=args.new_name)
        print(f"renamed {args.name} to {args.new_name}")
    else:
        m = store.find_member(args.name, active_only=False)
        store.update_member(m.id, active=args.action == "restore")
        print(f"{args.action}d {m.name}")
    return 0


def cmd_appliance(store: Store, args: argparse.Namespace) -> int:
    """appliance add | list | end"""
    if args.action == "add":
        a = store.add_appliance(args.member, args.type, args.grade, args.kwh_year,
                                args.start, args.end, args.label)
        posted = store.book.appliance_days(a.in_use_from, store.today(), a.id).get(a.id, (0, 0))
        print(f"added appliance {a.id}: {a.type} grade {a.grade}, {a.kwh_year:g} kWh/year "
              f"(baseline {a.baseline_kwh_year:g}), {a.grams_per_day:.1f} g/day; "
              f"{posted[1]:+,} points for {posted[0]} days posted up to today")
        _announce(store.sync_badges([a.member_id]))
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
                print(f"{a.id}\t{a.member_name}\t{a.type}\tgrade {a.grade}\t"
                      f"{a.kwh_year:g} kWh/yr\t{a.in_use_from}..{a.in_use_to or ''}")
    else:
        store.end_appliance(args.id, args.end)
        print(f"appliance {args.id} in use until {args.end}")
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
        for e in es:
            print(f"{e.id}\t{e.day}\t{e.member_name}\t{e.category.value}\t{e.item}\t"
                  f"{e.quantity:g} {e.unit}\t{e.factor.value:g} {e.factor.unit}\t"
                  f"{e.points:+d}")
    return 0


def cmd_delete(store: Store, args: argparse.Namespace) -> int:
    """delete IDS: remove entries (refused if a redeemed reward would be uncovered)"""
    gone = store.delete_entries(args.ids)
    print(f"deleted {len(gone)} entries")
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
        who = member.name if member else "household"
        span = f"{start} .. {end}" if start else "all time"
        print(f"{who}, {span}: {b.points:,} points")
        print(f"  avoided {b.grams_avoided / 1000:,.2f} kg, emitted "
              f"{b.grams_emitted / 1000:,.2f} kg, rewards -{b.debit_points:,} points")
        for cat, pts in b.points_by_category.items():
            print(f"  {cat:10s} {pts:+,}")
    return 0


def cmd_redeem(store: Store, args: argparse.Namespace) -> int:
    """redeem: spend points on a reward"""
    r = store.redeem(args.member, args.points, args.reward, args.date)
    print(f"redeemed {r.points:,} points for {r.reward}")
    return 0


def cmd_recalc(store: Store, args: argparse.Namespace) -> int:
    """recalc: recompute the lines a factor produced"""
    report = store.recalculate(args.key, args.set_id, dry_run=args.dry_run)
    if not args.dry_run:
        _announce(store.sync_badges())
    if args.json:
        _print_json({"applied": report.applied, "changed": report.lines,
                     "points_delta": report.points_delta})
    else:
        verb = "would change" if args.dry_run else "changed"
        print(f"{verb} {report.lines} lines, {report.points_delta:+,} points")
    return 0


def catalog(args: argparse.Namespace) -> Catalog:
    """The language of the command's messages (set by greenlife.cli.run)."""
    found = getattr(args, "catalog", None)
    return found if isinstance(found, Catalog) else Catalog("en")


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

    if args.action == "create":
        b = store.backup("manual")
        print(f"backup written: {b.path}")
        return 0
    backups = list_backups(store.path) if store.path else []
    if args.json:
        _print_json([{"file": str(b.path), "made": b.made, "reason": b.reason, "bytes": b.size}
                     for b in backups])
    else:
        for b in backups:
            print(f"{b.made:%Y-%m-%d %H:%M:%S}\t{b.reason}\t{b.size:,} bytes\t{b.path}")
        if not backups:
            print("no backups yet ('greenlife backup create' makes one)")
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

    n = load_demo(store, lang=args.lang)
    print(f"demo household created: {len(store.members())} members, {n} entries")
    return 0


def cmd_meter(store: Store, args: argparse.Namespace) -> int:
    mt = store.meters
    if args.action == "set":
        from greenlife.core.meters import BILL, READING

        r = mt.check(args.meter, args.month, args.value, BILL if args.bill else READING,
                     args.new_meter_start, args.old_meter_end)
        _before, changed = mt.save(r)
        print(f"{r.meter} {r.month.isoformat()[:7]}: {r.how} {r.value:.12g} saved; "
              f"{changed} line(s) worked out again")
        _announce(store.sync_badges([]))
        return 0
    if args.action == "baseline":
        value = mt.set_baseline(args.meter, args.value)
        print(f"{args.meter}: baseline {'none' if value is None else f'{value:.12g} a month'}")
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

    table: list[tuple[str, ...]] = [("meter", "month", "entered", "used", "compared with", "saved", "points")]
    for row in out:
        compared = amount(row["compared_with"])
        if row["basis"] == "baseline":
            compared += " (baseline)"
        table.append((row["meter"], row["month"],
                      "-" if row["entered"] is None else f"{row['how']} {amount(row['entered'])}",
                      amount(row["used"]), compared, amount(row["saved"]),
                      "-" if row["points"] is None else f"{row['points']:+,}"))
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    for cells in table:  # words to the left, numbers to the right
        print("  ".join(c.ljust(w) if i < 3 else c.rjust(w)
                        for i, (c, w) in enumerate(zip(cells, widths, strict=True))))
    return 0


def cmd_action(store: Store, args: argparse.Namespace) -> int:
    book = store.factor_book
    if args.action == "add":
        f = book.add_own(args.name, args.unit, args.grams, args.source, args.category)
        print(f"added {f.label} as {f.key}: {f.value:g} {f.unit}"
              + (" (our estimate, an assumption)" if f.assumption else f" ({f.source})"))
        return 0
    if args.action in ("archive", "restore"):
        f = book.archive_own(args.key, args.action == "archive")
        print(f"{args.action}d {f.label} ({f.key})")
        return 0
    rows = [{**_factor_json(f), "name": f.label, "archived": archived}
            for f, archived in book.own_actions()]
    if args.json:
        _print_json(rows)
        return 0
    for r in rows:
        print(f"{r['key']:<32}{r['name']}  {r['value']:g} {r['unit']}  {r['source']}"
              + ("  [archived]" if r["archived"] else ""))
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
