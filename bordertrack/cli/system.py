"""System commands: `self-check` (does this installation work?) and `paths` (where things live)."""

from __future__ import annotations

import argparse
import sys

from bordertrack.cli.common import db_path, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "self-check",
        help="check this installation end to end in a temporary folder (your data is not touched)",
    )
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--gui",
        action="store_true",
        help="also start Qt offscreen-capable and open the main window",
    )
    p.set_defaults(handler=cmd_self_check)
    p = sub.add_parser(
        "check",
        help="check every page of the database now (SQLite's full integrity check)",
    )
    p.set_defaults(handler=cmd_check)
    p = sub.add_parser("paths", help="where the database, its backups and the resources are")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_paths)


def cmd_self_check(args: argparse.Namespace) -> int:
    """Prints one line per step as it passes; a failing step raises SelfCheckFailed (exit 1)."""
    from bordertrack.services.self_check import STEPS, run_self_check

    results = run_self_check()
    total = len(STEPS)
    if args.gui:
        # Imported only here: the core and the other commands never load Qt.
        from bordertrack.gui.self_check import run_gui_check

        gui = run_gui_check()
        results += gui
        total += len(gui)
    if args.json:
        print_json({"ok": True, "checks": [vars(r) for r in results]})
        return 0
    for r in results:
        print(f"ok  {r.step:<12} {r.detail}")
    print(f"Self-check passed: {len(results)} of {total} steps.")
    return 0


def cmd_paths(args: argparse.Namespace) -> int:
    from bordertrack.paths import backup_dir
    from bordertrack.resources import resources_dir

    path = db_path(args)
    data = {
        "database": str(path),
        "backups": str(backup_dir(path)),
        "resources": str(resources_dir()),
        "frozen": bool(getattr(sys, "frozen", False)),
    }
    if args.json:
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key:<10} {value}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """On request: the thorough check (indexes against tables too), not only the quick one
    that runs before the first write of every session."""
    from bordertrack.cli.common import open_store

    with open_store(args, need_device=False) as store:
        store.check_integrity(full=True)
    print(f"{store.path} passed its integrity check.")
    return 0
