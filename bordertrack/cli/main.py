"""Entry point: parse the command line, open the device database, run one command.

Exit codes: 0 done, 1 a user's error (one line on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from bordertrack import __version__
from bordertrack.domain.errors import BorderTrackError

# Each command module adds its sub-commands; keeping the list here lets areas grow apart.
COMMAND_MODULES = (
    "bordertrack.cli.records",
    "bordertrack.cli.sync_cmds",
    "bordertrack.cli.reports",
    "bordertrack.cli.backup",
    "bordertrack.cli.system",
    "bordertrack.cli.operators",
)


class UsageError(Exception):
    """Bad usage found after parsing (exit 2)."""


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="bordertrack",
        description="Equipment, training and works registers for border crossing points.",
    )
    parser.add_argument("--version", action="version", version=f"BorderTrack {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        help="device database file (default: BORDERTRACK_DB or the user data folder)",
    )
    parser.add_argument(
        "--operator", default="", help="name of the person at the keyboard, recorded with each edit"
    )
    parser.add_argument(
        "--bundle", type=Path, metavar="FILE", help="open the app with this bundle's import preview"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        return open_gui(args)
    try:
        return handler(args) or 0
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"bordertrack: {exc}", file=sys.stderr)
        return 2
    except BorderTrackError as exc:
        print(f"bordertrack: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(
            f"bordertrack: {exc.strerror or exc}{where}; check the path, the disk and try again.",
            file=sys.stderr,
        )
        return 1
    except sqlite3.DatabaseError as exc:
        # A command that reads a damaged page (the whole-file check runs before writes only).
        from bordertrack.cli.common import db_path
        from bordertrack.store.database import damaged_database

        problem = damaged_database(db_path(args), exc)
        if problem is None:
            raise
        print(f"bordertrack: {problem}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("bordertrack: stopped; nothing was changed by the interrupted step.", file=sys.stderr)
        return 1


def open_gui(args: argparse.Namespace) -> int:
    """No command: start the desktop application on the chosen database."""
    from bordertrack.cli.common import db_path

    try:
        from bordertrack.app import run_app
    except ImportError as exc:
        print(
            f"bordertrack: the desktop interface cannot start ({exc}); reinstall BorderTrack.",
            file=sys.stderr,
        )
        return 1
    return run_app(db_path(args), operator=args.operator, bundle=args.bundle)


if __name__ == "__main__":
    raise SystemExit(main())
