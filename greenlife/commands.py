"""The CLI's subcommand handlers (parsing and dispatch live in greenlife.cli)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from greenlife.core.errors import GreenlifeError
from greenlife.core.models import Factor, Kind
from greenlife.core.periods import bounds
from greenlife.core.validation import parse_date


class UsageError(Exception):
    """A command line that cannot be run as given (exit 2)."""


def _print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


def _factor_json(f: Factor) -> dict[str, Any]:
    return {"key": f.key, "label": f.label, "value": f.value, "unit": f.unit,
            "kind": f.kind.value, "source": f.source, "year": f.year,
            "assumption": f.assumption, "note": f.note, "set": f.set_id}


def _log(store: Any, args: argparse.Namespace) -> int:
    from greenlife.core.errors import FieldError, ValidationError

    if args.category == "commute":
        if (args.km is None) == (args.rides is None):
            raise UsageError("give either --km or --rides (see 'greenlife log commute --help')")
        field, qty = ("km", args.km) if args.km is not None else ("rides", args.rides)
        entries = [store.log(args.member, "commute", args.mode, qty, args.date, args.note, field)]
    elif args.category == "waste":
        entries = [store.log(args.member, "waste", args.stream, args.kg, args.date, args.note)]
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


def _export(store: Any, args: argparse.Namespace) -> int:
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


def _badges(store: Any, args: argparse.Namespace) -> int:
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


def _goal(store: Any, args: argparse.Namespace) -> int:
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
        goal = store.goal_for(today, mid)
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


def _reward(store: Any, args: argparse.Namespace) -> int:
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


def _factors(store: Any, args: argparse.Namespace) -> int:
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


