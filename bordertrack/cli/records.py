"""Commands over records: init, demo, add, set, delete, list, show, dump."""

from __future__ import annotations

import argparse

from bordertrack.cli.common import open_store, parse_assignments, print_json, print_table
from bordertrack.domain.entities import ENTITIES, entity
from bordertrack.domain.shown import shown
from bordertrack.services import records
from bordertrack.services.dump import dump_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="set up this database as a device")
    p.add_argument("--role", required=True, choices=("post", "trainer", "coordinator"))
    p.add_argument("--post", help="post code (required for a post device)")
    p.add_argument("--name", help="a name people recognise, e.g. 'Dostuk laptop'")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="create a realistic demo database")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--size", choices=("small", "large"), default="small")
    p.set_defaults(handler=cmd_demo)

    names = sorted(ENTITIES)
    p = sub.add_parser("add", help="add a record; prints its id")
    p.add_argument("entity", choices=names)
    p.add_argument("values", nargs="*", metavar="field=value")
    p.set_defaults(handler=cmd_add)

    p = sub.add_parser("set", help="change fields of a record")
    p.add_argument("entity", choices=names)
    p.add_argument("id")
    p.add_argument("values", nargs="+", metavar="field=value")
    p.set_defaults(handler=cmd_set)

    p = sub.add_parser("delete", help="delete a record (a tombstone that syncs)")
    p.add_argument("entity", choices=names)
    p.add_argument("id")
    p.set_defaults(handler=cmd_delete)

    p = sub.add_parser("list", help="list live records")
    p.add_argument("entity", choices=names)
    p.add_argument("--where", action="append", default=[], metavar="field=value")
    p.add_argument("--limit", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="show one record")
    p.add_argument("entity", choices=names)
    p.add_argument("id")
    p.add_argument(
        "--history", action="store_true", help="every change: who, device, when, old → new"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("dump", help="every live synced record, canonical")
    p.add_argument("--json", action="store_true", help="(the only format; kept for scripts)")
    p.set_defaults(handler=cmd_dump)


def cmd_init(args: argparse.Namespace) -> int:
    from bordertrack.services.device import init_device

    with open_store(args, need_device=False) as store:
        device = init_device(store, args.role, args.post, args.name)
        from bordertrack.services.trust import my_card

        # The card fingerprint, not the key's: it is the one 'keys show' prints and the
        # enrolling device's 'keys trust' asks to compare, so the two people read the same.
        print(
            f"Device {device['id']} ({device['role']}{', post ' + device['post'] if device['post'] else ''}) "
            f"created; card fingerprint {my_card(store).fingerprint} (read it to whoever "
            "enrols this device)."
        )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from bordertrack.services.demo import build_demo

    with open_store(args, need_device=False) as store:
        counts = build_demo(
            store, seed=args.seed, size=args.size, on_progress=lambda done, total: None
        )
    if not counts:
        print("The demo database is already there.")
        return 0
    print("Demo database ready: " + ", ".join(f"{n} {k}" for k, n in counts.items()) + ".")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        print(
            records.create(
                store, args.entity, parse_assignments(args.values), operator=args.operator
            )
        )
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        records.update(
            store, args.entity, args.id, parse_assignments(args.values), operator=args.operator
        )
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        records.delete(store, args.entity, args.id, operator=args.operator)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = records.list_records(
            store, args.entity, parse_assignments(args.where), limit=args.limit
        )
    if args.json:
        print_json(rows)
    else:
        e = entity(args.entity)
        print_table(rows, ["id", *[f.name for f in e.fields if f.in_list]])
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        record = records.get(store, args.entity, args.id)
        hist = records.history(store, args.entity, args.id) if args.history else None
    if args.json:
        data: dict = {"record": record}
        if hist is not None:
            data["history"] = [vars(h) for h in hist]
        print_json(data)
        return 0
    for key, value in record.items():
        print(f"{key:>20}: {'' if value is None else shown(value, 10_000)}")
    if hist:
        import datetime as dt

        from bordertrack.store.hlc import wall_ms

        print("\nHistory:")
        for h in hist:
            when = dt.datetime.fromtimestamp(wall_ms(h.hlc) / 1000, dt.UTC).strftime(
                "%Y-%m-%d %H:%M"
            )
            held = "" if h.accepted else "  (held: out of scope)"
            who = f"{h.device_name}{' / ' + h.operator if h.operator else ''}"
            note = f"  ({shown(h.note)})" if h.note else ""
            print(f"  {when}  {shown(who)}  {h.field}: {h.old!r} → {h.new!r}{note}{held}")
    return 0


def cmd_dump(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        print(dump_json(store))
    return 0
