"""Commands that move data between devices: keys, export, verify, import, conflicts,
duplicates and the sync folder.
"""

from __future__ import annotations

import argparse
import sys

from bordertrack.cli import keys_cmds
from bordertrack.cli.common import open_store, print_json, print_table
from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.errors import BorderTrackError
from bordertrack.domain.shown import shown
from bordertrack.services import conflicts, duplicates, sync, trust
from bordertrack.services.import_preview_details import filter_lines
from bordertrack.services.sync_folder import sync_folder


def register(sub: argparse._SubParsersAction) -> None:
    keys = sub.add_parser("keys", help="this device's key, device cards and the trust store")
    ks = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    p = ks.add_parser("show", help="device id, role, post, fingerprint")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_keys_show)
    p = ks.add_parser("export-card", help="write this device's card to a file")
    p.add_argument("file")
    p.set_defaults(handler=cmd_keys_export)
    p = ks.add_parser("trust", help="trust another device from its card")
    p.add_argument("card")
    p.add_argument("--role", choices=("post", "trainer", "coordinator"))
    p.add_argument("--post")
    p.add_argument(
        "--yes", action="store_true", help="fingerprint confirmed; needs --role (and --post)"
    )
    p.add_argument("--pin", help="this device's PIN, when one is set")
    p.set_defaults(handler=cmd_keys_trust)
    p = ks.add_parser("list", help="trusted, introduced and revoked devices")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_keys_list)
    p = ks.add_parser("revoke", help="refuse every bundle signed by a device from now on")
    p.add_argument("device_id")
    p.add_argument("--pin", help="this device's PIN, when one is set")
    p.set_defaults(handler=cmd_keys_revoke)
    keys_cmds.register_keys(ks)

    p = sub.add_parser("export", help="write a signed bundle")
    p.add_argument("out")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--to", metavar="DEVICE_ID", help="what that device is not known to have")
    group.add_argument("--full", action="store_true", help="everything")
    p.add_argument("--json", action="store_true")
    p.add_argument("--passphrase", help="unlocks a protected key (or BORDERTRACK_PASSPHRASE)")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("verify", help="who signed a bundle, is the key trusted, is it intact")
    p.add_argument("bundle")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("import", help="verify, preview and apply a bundle")
    p.add_argument("bundle")
    p.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    p.add_argument("--json", action="store_true")
    p.add_argument("--yes", action="store_true", help="import even if addressed to another device")
    p.add_argument(
        "--accept-future-stamps",
        action="store_true",
        help="accept stamps more than a day ahead of this computer (the sender's date was wrong)",
    )
    p.add_argument(
        "--kind",
        choices=("new", "changed", "deleted", "conflict", "held"),
        help="with --dry-run: list only the changes of this kind",
    )
    p.add_argument(
        "--entity",
        choices=sorted(ENTITIES),
        help="with --dry-run: list only the changes to this entity",
    )
    p.set_defaults(handler=cmd_import)

    c = sub.add_parser("conflicts", help="concurrent edits kept for review")
    cs = c.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    p = cs.add_parser("list")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_conflicts_list)
    p = cs.add_parser("resolve")
    p.add_argument("id")
    p.add_argument("--keep", required=True, metavar="mine|theirs|VALUE")
    p.set_defaults(handler=cmd_conflicts_resolve)

    d = sub.add_parser("duplicates", help="the same thing recorded twice")
    ds = d.add_subparsers(dest="duplicates_command", metavar="ACTION", required=True)
    p = ds.add_parser("list")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_duplicates_list)
    p = ds.add_parser("merge")
    p.add_argument("keep_id")
    p.add_argument("drop_id")
    p.add_argument("--entity", help="entity of the two records (found automatically when omitted)")
    p.set_defaults(handler=cmd_duplicates_merge)

    p = sub.add_parser("merge", help="a coordinator's merge of many bundles in one transaction")
    p.add_argument("paths", nargs="+", metavar="BUNDLE_OR_DIR")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_merge)

    p = sub.add_parser("sync-folder", help="one sync round through a folder")
    p.add_argument("dir")
    p.add_argument("--json", action="store_true")
    p.add_argument("--passphrase", help="unlocks a protected key (or BORDERTRACK_PASSPHRASE)")
    p.set_defaults(handler=cmd_sync_folder)

    p = sub.add_parser("gaps", help="changes made elsewhere that have not arrived yet")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_gaps)


def cmd_keys_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        card = trust.my_card(store)
    data = {
        "device_id": card.device_id,
        "name": card.name,
        "role": card.role,
        "post": card.post,
        "fingerprint": card.fingerprint,
    }
    if args.json:
        print_json(data)
    else:
        for k, v in data.items():
            print(f"{k:>12}: {v or ''}")
    return 0


def cmd_keys_export(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        card = trust.write_card(store, args.file)
    print(
        f"Card of {shown(card.name)} written to {shown(args.file)}; "
        f"card fingerprint {card.fingerprint}."
    )
    return 0


def cmd_keys_trust(args: argparse.Namespace) -> int:
    return keys_cmds.cmd_keys_trust(args)


def cmd_keys_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = trust.list_devices(store)
    if args.json:
        print_json(rows)
    else:
        # Named as the key's: it is not the card fingerprint compared when enrolling.
        rows = [r | {"key_fingerprint": r["fingerprint"]} for r in rows]
        print_table(rows, ["id", "name", "role", "post", "status", "key_fingerprint"])
    return 0


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        keys_cmds.guard(store, args, "trust")
        trust.revoke(store, args.device_id)
    print(f"Device {args.device_id} revoked: its bundles will be refused.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from bordertrack.services.keystore import unlock_if_needed

    with open_store(args) as store:
        unlock_if_needed(store, args.passphrase)
        result = sync.export_bundle(store, args.out, to=args.to, full=args.full)
    if args.json:
        print_json(result.to_json())
    else:
        to = f" for {result.recipient}" if result.recipient else ""
        print(
            f"Bundle {result.bundle_seq}{to} written to {shown(result.path)}: {result.changes} changes"
            f"{' (full)' if result.full else ''}."
        )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        result = sync.verify_bundle(store, args.bundle)
    if args.json:
        print_json(result.to_json())
    else:
        print(shown(result.message, 4000), file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1


def cmd_import(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            report = sync.import_bundle(
                store,
                args.bundle,
                dry_run=args.dry_run,
                allow_other_recipient=args.yes,
                accept_future=args.accept_future_stamps,
            )
        except BorderTrackError as exc:
            if args.json:
                print_json({"status": "rejected", "message": str(exc)})
            raise
    report.details = filter_lines(report.details, entity=args.entity, kind=args.kind)
    if args.json:
        print_json(report.to_json())
    else:
        print(shown(report.summary(), 4000))
        for line in report.details:
            print(shown(line.words(), 1000))
        if report.details_total > len(report.details) and not (args.kind or args.entity):
            print(f"... and {report.details_total - len(report.details)} more lines.")
    return 0


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = [c.to_json() for c in conflicts.list_conflicts(store)]
    if args.json:
        print_json(rows)
    else:
        print_table(
            rows,
            [
                "id",
                "entity",
                "title",
                "field",
                "kind",
                "mine_value",
                "theirs_value",
                "theirs_device",
            ],
        )
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        conflicts.resolve_conflict(store, args.id, args.keep, operator=args.operator)
    print("Resolved; the decision travels with the next export.")
    return 0


def cmd_duplicates_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        groups = [g.to_json() for g in duplicates.list_duplicates(store)]
    if args.json:
        print_json(groups)
    else:
        for g in groups:
            print(
                f"{g['entity']} {g['field']} = {g['value']}: "
                + ", ".join(r["id"] for r in g["records"])
            )
        if not groups:
            print("No duplicates.")
    return 0


def cmd_duplicates_merge(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        entity = args.entity or duplicates.entity_of(store, args.keep_id)
        moved = duplicates.merge_duplicates(
            store, entity, args.keep_id, args.drop_id, operator=args.operator
        )
    print(f"Merged {args.drop_id} into {args.keep_id}; {moved} reference(s) moved.")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bordertrack.services.import_many import import_many

    paths = []
    for raw in args.paths:
        p = Path(raw)
        paths.extend(sorted(p.glob("*.xlsx")) if p.is_dir() else [p])
    with open_store(args) as store:
        result = import_many(store, paths)
    if args.json:
        print_json(result.to_json())
    else:
        for r in result.reports:
            message = f": {shown(r.message, 4000)}" if r.message else ""
            print(f"{r.status:<17} {shown(r.file_name)}{message}")
        print(
            result.total.summary()
            .replace("bundle 0 from ", "the merge")
            .replace("Applied the merge: ", "Merged: ")
        )
    return 1 if any(r.status == "rejected" for r in result.reports) else 0


def cmd_sync_folder(args: argparse.Namespace) -> int:
    from bordertrack.services.keystore import unlock_if_needed

    with open_store(args) as store:
        unlock_if_needed(store, args.passphrase)
        result = sync_folder(store, args.dir)
    if args.json:
        print_json(result.to_json())
    else:
        for w in result.written:
            print(f"wrote    {shown(w['file'])} ({w['changes']} changes for {shown(w['to'])})")
        for i in result.imported:
            print(f"imported {shown(i['file'])}: {shown(i['summary'], 4000)}")
        for s in result.skipped:
            print(f"skipped  {shown(s['file'])}: {shown(s['why'], 4000)}")
        for r in result.refused:
            print(f"REFUSED  {shown(r['file'])}: {shown(r['why'], 4000)}")
        print(result.summary())
    # A bundle that could not be written is news nobody else has got: a script must see it.
    return 1 if result.refused or result.not_written else 0


def cmd_gaps(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = [g.to_json() for g in sync.gaps(store)]
        lines = sync.gap_lines(store)
    if args.json:
        print_json(rows)
    else:
        print(
            "\n".join(lines)
            if lines
            else "Nothing is missing: every change meant for this device has arrived."
        )
    return 0
