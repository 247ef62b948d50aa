"""Commands for backups: list, create, restore."""

from __future__ import annotations

import argparse

from bordertrack.cli.common import db_path, open_store, print_json, print_table
from bordertrack.services import backup


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="backups of this device's database")
    bs = p.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    q = bs.add_parser("list", help="backups, newest first")
    q.add_argument("--json", action="store_true")
    q.add_argument(
        "--check", action="store_true", help="also run the integrity check on each backup"
    )
    q.set_defaults(handler=cmd_list)
    q = bs.add_parser("create", help="make a verified backup now")
    q.add_argument("--reason", default="manual")
    q.set_defaults(handler=cmd_create)
    q = bs.add_parser(
        "restore", help="put a backup in place of the database (the current one is kept)"
    )
    q.add_argument("id")
    q.add_argument("--pin", help="this device's PIN, when one is set")
    q.set_defaults(handler=cmd_restore)
    q = bs.add_parser(
        "adopt",
        help="make this database a copy of another database file (another device's, or an "
        "unsealed backup); says what it will become first",
    )
    q.add_argument("file")
    q.add_argument("--pin", help="this device's PIN, when one is set")
    q.add_argument("--yes", action="store_true", help="adopt without asking")
    q.set_defaults(handler=cmd_adopt)


def cmd_list(args: argparse.Namespace) -> int:
    rows = [b.to_json(check=args.check) for b in backup.list_backups(db_path(args))]
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ["id", "created_at", "reason", "size"] + (["ok"] if args.check else []))
    return 0


def cmd_create(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        info = backup.create_backup(store, args.reason)
    print(f"Backup {info.id} written and verified ({info.size:,} bytes).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from bordertrack.services.security import require_pin_at
    from bordertrack.store.lock import acquire_instance_lock

    path = db_path(args)
    require_pin_at(path, "restore", args.pin)
    with acquire_instance_lock(path):
        info = backup.restore_backup(path, args.id)
    print(
        f"Restored backup {info.id} from {info.created_at}; the replaced database was kept as a backup."
    )
    return 0


def cmd_adopt(args: argparse.Namespace) -> int:
    """Say what the database will become, then (PIN, confirmation) make it so."""
    import sys

    from bordertrack.domain.errors import BorderTrackError
    from bordertrack.services.security import require_pin_at
    from bordertrack.store.lock import acquire_instance_lock

    path = db_path(args)
    adoption = backup.inspect_adoption(args.file)
    print(adoption.describe())
    require_pin_at(path, "restore", args.pin)
    if not args.yes:
        if not sys.stdin.isatty():
            raise BorderTrackError("Nothing was changed; add --yes to adopt this file.")
        if input(
            "Adopt it? The current database is kept as a backup. [y/N] "
        ).strip().lower() not in (
            "y",
            "yes",
            "д",
            "да",
        ):
            print("Nothing was changed.")
            return 1
    with acquire_instance_lock(path):
        backup.adopt_backup(path, adoption)
    print("Adopted; the database it replaced was kept as a backup ('backup list').")
    return 0
