"""Entry point: parse the command line, open the device database, run one command.

Exit codes: 0 done, 1 a user's error (one line on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from bordertrack import __version__
from bordertrack.cli.common import UsageError, db_path
from bordertrack.domain.errors import BorderTrackError
from bordertrack.domain.shown import shown

# Each command module adds its sub-commands; keeping the list here lets areas grow apart.
COMMAND_MODULES = (
    "bordertrack.cli.records",
    "bordertrack.cli.sync_cmds",
    "bordertrack.cli.reports",
    "bordertrack.cli.backup",
    "bordertrack.cli.system",
    "bordertrack.cli.operators",
    "bordertrack.cli.clock_cmds",
)
# Which module registers each command, so running one imports only its module (a test
# checks this against what the modules register). Unknown words load them all.
COMMANDS = {
    **dict.fromkeys(("init", "demo", "add", "set", "delete", "list", "show", "dump"), "records"),
    **dict.fromkeys(
        ("keys", "export", "verify", "import", "conflicts", "duplicates", "merge", "gaps",
         "sync-folder"),
        "sync_cmds",
    ),
    **dict.fromkeys(
        ("report", "handover", "certificate", "certificate-list", "verify-certificate", "labels",
         "attendance-sheet", "import-register"),
        "reports",
    ),
    "backup": "backup",
    "paths": "system",
    "check": "system",
    "restamp": "clock_cmds",
    "self-check": "system",
    "operators": "operators",
    "pin": "operators",
}  # fmt: skip
_VALUED = ("--db", "--operator", "--bundle")


def command_word(argv: Sequence[str]) -> str | None:
    """The command named on the line (the first word that is not an option or its value)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _VALUED:
            skip = True
        elif not token.startswith("-"):
            return token
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with a known `command`, only the module that registers it is imported."""
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
    modules = [f"bordertrack.cli.{COMMANDS[command]}"] if command in COMMANDS else COMMAND_MODULES
    for name in modules:
        importlib.import_module(name).register(sub)
    return parser


def utf8_output() -> None:
    """Write UTF-8 whatever the console: a redirected stream on Windows defaults to the
    ANSI code page (cp1251, cp1252), which has no ң ө ү nor "→". What still cannot be
    encoded (a file name with undecodable bytes) is replaced, never a crash.
    A windowed build has no streams at all (None), and print() then writes nothing.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            # ValueError/OSError: a stream already read from, or closed; keep it as it is
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="backslashreplace")


BUNDLE_SUFFIXES = (".xlsx",)


def bare_bundle_argument(argv: Sequence[str], commands: Sequence[str]) -> list[str]:
    """`bordertrack FILE.xlsx` (what Windows' "Open with" runs) means `--bundle FILE.xlsx`."""
    out, i = list(argv), 0
    while i < len(out):
        arg = out[i]
        if arg in ("--db", "--operator", "--bundle"):
            i += 2
        elif arg.startswith("-"):
            i += 1
        else:
            if arg not in commands and arg.lower().endswith(BUNDLE_SUFFIXES):
                out[i : i + 1] = ["--bundle", arg]
            break
    return out


def main(argv: Sequence[str] | None = None) -> int:
    utf8_output()
    words = bare_bundle_argument(sys.argv[1:] if argv is None else list(argv), list(COMMANDS))
    parser = build_parser(command_word(words))
    args = parser.parse_args(words)
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
        print(f"bordertrack: {shown(exc, 4000)}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f" ({shown(exc.filename)})" if exc.filename else ""
        print(
            f"bordertrack: {exc.strerror or exc}{where}; check the path, the disk and try again.",
            file=sys.stderr,
        )
        return 1
    except MemoryError:
        print(
            "bordertrack: not enough memory for this input; nothing was changed by the failed "
            "step (a transaction is all or nothing): close other programs or use a smaller file.",
            file=sys.stderr,
        )
        return 1
    except sqlite3.DatabaseError as exc:
        # A command that reads a damaged page (the whole-file check runs before writes only).
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
