"""`operators list|add|remove`: the people who may work at this device."""

from __future__ import annotations

import argparse

from bordertrack.cli.common import open_store, print_json
from bordertrack.services import operators


def register(sub: argparse._SubParsersAction) -> None:
    ops = sub.add_parser("operators", help="the people who work at this device")
    os_ = ops.add_subparsers(dest="operators_command", metavar="ACTION", required=True)
    p = os_.add_parser("list", help="the operator list")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)
    for action, fn, text in (
        ("add", cmd_add, "add a person to the list"),
        ("remove", cmd_remove, "remove a person (their past edits keep their name)"),
    ):
        p = os_.add_parser(action, help=text)
        p.add_argument("name")
        p.add_argument("--pin", help="this device's PIN, when one is set")
        p.set_defaults(handler=fn)


def _guard(store, args: argparse.Namespace) -> None:
    try:
        from bordertrack.services.security import require_pin
    except ImportError:
        return
    require_pin(store, "settings", args.pin)


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        names = operators.list_operators(store)
    if args.json:
        print_json(names)
    else:
        print("\n".join(names) if names else "(none: edits record --operator as given)")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        _guard(store, args)
        name = operators.add_operator(store, args.name)
    print(f"{name} added to the operators.")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        _guard(store, args)
        operators.remove_operator(store, args.name)
    print(f"{args.name} removed from the operators; past edits keep the name.")
    return 0
