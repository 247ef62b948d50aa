"""`operators list|add|remove` and `pin set|clear`: who works at this device, and its PIN."""

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
    pin = sub.add_parser("pin", help="an optional PIN guarding keys, trust, restore and settings")
    ps = pin.add_subparsers(dest="pin_command", metavar="ACTION", required=True)
    p = ps.add_parser("set", help="set or change the PIN")
    p.add_argument("new_pin")
    p.add_argument("--pin", help="the current PIN, when one is set")
    p.set_defaults(handler=cmd_pin_set)
    p = ps.add_parser("clear", help="remove the PIN")
    p.add_argument("--pin", help="the current PIN")
    p.set_defaults(handler=cmd_pin_clear)


def _guard(store, args: argparse.Namespace) -> None:
    from bordertrack.services.security import require_pin

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


def cmd_pin_set(args: argparse.Namespace) -> int:
    from bordertrack.services.security import set_pin

    with open_store(args) as store:
        set_pin(store, args.new_pin, args.pin)
    print("PIN set: keys, trust, restore and settings now ask for it.")
    return 0


def cmd_pin_clear(args: argparse.Namespace) -> int:
    from bordertrack.services.security import clear_pin

    with open_store(args) as store:
        clear_pin(store, args.pin)
    print("PIN removed.")
    return 0
