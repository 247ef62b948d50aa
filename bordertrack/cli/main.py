"""Entry point: parse the command line, open the device database, run one command.

Exit codes: 0 done, 1 a user's error (one line on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import contextlib
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
                reconfigure(encoding="utf-8", errors="replace")


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


def _commands(parser: argparse.ArgumentParser) -> list[str]:
    return [
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    ]


def main(argv: Sequence[str] | None = None) -> int:
    utf8_output()
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else argv
    args = parser.parse_args(bare_bundle_argument(argv, _commands(parser)))
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
