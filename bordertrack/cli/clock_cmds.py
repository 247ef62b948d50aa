"""Commands that put a device's clock stamps right: `restamp` after a wrong date."""

from __future__ import annotations

import argparse

from bordertrack.cli.common import open_store, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "restamp",
        help="after fixing a wrong date: stamp this device's unsent changes again",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_restamp)


def cmd_restamp(args: argparse.Namespace) -> int:
    from bordertrack.services.restamp import restamp_pending

    with open_store(args) as store:
        result = restamp_pending(store)
    if args.json:
        print_json(result.to_json())
    else:
        print(result.summary())
    return 0
