"""Key protection sub-commands of `keys`: protect, unprotect and rotate this device's key."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from bordertrack.cli.common import open_store
from bordertrack.domain.errors import BorderTrackError
from bordertrack.domain.shown import shown
from bordertrack.services import keystore


def register_keys(ks: argparse._SubParsersAction) -> None:
    """Add to the `keys` sub-parsers (called by cli/sync_cmds.py)."""
    p = ks.add_parser("protect", help="put a passphrase on this device's private key")
    _secret_args(p)
    p.set_defaults(handler=cmd_keys_protect)
    p = ks.add_parser("unprotect", help="remove the passphrase from this device's key")
    _secret_args(p)
    p.set_defaults(handler=cmd_keys_unprotect)
    p = ks.add_parser("rotate", help="a new key pair for this device; the old key is revoked")
    p.add_argument("--card", required=True, help="where to write the new device card")
    _secret_args(p)
    p.set_defaults(handler=cmd_keys_rotate)


def _secret_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--passphrase", help="the key's passphrase (or BORDERTRACK_PASSPHRASE)")
    p.add_argument("--pin", help="this device's PIN, when one is set")


def ask_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    """--passphrase, then BORDERTRACK_PASSPHRASE, then a hidden prompt at a terminal."""
    given = args.passphrase or os.environ.get(keystore.PASSPHRASE_ENV)
    if given:
        return str(given)
    if not sys.stdin.isatty():
        raise BorderTrackError(
            "A passphrase is needed; add --passphrase or set BORDERTRACK_PASSPHRASE."
        )
    return getpass.getpass(prompt)


def guard(store, args: argparse.Namespace, action: str) -> None:
    """Commands that touch keys, trust or settings need --pin when a PIN is set."""
    from bordertrack.services.security import require_pin

    require_pin(store, action, getattr(args, "pin", None))


def cmd_keys_protect(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        guard(store, args, "keys")
        if keystore.is_protected(store):
            raise BorderTrackError(
                "This device's key already has a passphrase; use 'keys unprotect' first to change it."
            )
        keystore.protect(store, ask_passphrase(args, "New passphrase: "))
    print("The key is protected: exports now need the passphrase.")
    return 0


def cmd_keys_unprotect(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        guard(store, args, "keys")
        keystore.unprotect(store, ask_passphrase(args))
    print("The key's passphrase is removed.")
    return 0


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        guard(store, args, "keys")
        secret = ask_passphrase(args) if keystore.is_protected(store) else None
        change = keystore.rotate(store, secret)
        keystore.write_rotated_card(store, args.card)
    print(
        f"New key {change['new']} replaces {change['old']}; give the card {args.card} "
        "to every device that trusts this one ('keys trust' there)."
    )
    return 0


def _ask(prompt: str) -> str:
    try:
        return input(prompt).strip()
    except EOFError:
        return ""


def _claims(card) -> str:  # noqa: ANN001 - a trust.DeviceCard
    post = f", post {shown(card.post)}" if card.post else ""
    return f"device {shown(card.name)} ({shown(card.device_id)}), role {card.role}{post}"


def trust_decision(args: argparse.Namespace, card) -> tuple[str, str | None]:  # noqa: ANN001
    """The role and post this device trusts the card's device for: the receiver's decision.

    The card's own claims are shown, never taken: with --yes, --role (and --post for a
    post) must be given; at a terminal the person confirms the fingerprint and chooses.
    """
    from bordertrack.domain.vocabularies import VOCABULARIES

    roles = ", ".join(VOCABULARIES["role"])
    role, post = args.role, args.post
    if args.yes:
        if role is None:
            raise BorderTrackError(
                "Say what this device is trusted as: add --role (and --post CODE for a post) "
                "with --yes; the card's own claim is not taken."
            )
    else:
        if not sys.stdin.isatty():
            raise BorderTrackError(
                "Confirm the fingerprint with the other device's owner, then run again with "
                "--role, --post and --yes."
            )
        answer = _ask("Does the other device show the same card fingerprint? [y/N] ").lower()
        if answer not in ("y", "yes", "д", "да"):
            raise BorderTrackError("Not trusted: the fingerprints were not confirmed.")
        role = role or _ask(f"Trust it as which role ({roles})? ")
        if role == "post" and not post:
            post = _ask("For which post (its code)? ") or None
    if role not in VOCABULARIES["role"]:
        raise BorderTrackError(f"Role '{shown(role)}' is not one of: {roles}.")
    if role == "post" and not post:
        raise BorderTrackError("A post device must be trusted for a post; add --post CODE.")
    return role, (post if role == "post" else None)


def cmd_keys_trust(args: argparse.Namespace) -> int:
    """Show what the card claims, then trust it for the role and post chosen here."""
    from bordertrack.services import trust

    card = trust.read_card(args.card)
    print(f"The card says: {_claims(card)}.")
    print(f"Fingerprint: {card.fingerprint} (of the card: device id, role, post and key)")
    role, post = trust_decision(args, card)
    with open_store(args) as store:
        guard(store, args, "trust")
        if keystore.trust_or_rotate(store, card, args.card, role, post):
            print("The device's new key replaces its old one, which is now refused.")
    if (role, post) != (card.role, card.post):
        print(
            f"Note: trusted as {role}{', post ' + shown(post) if post else ''}, not as the card claims."
        )
    print(f"Trusted as {role}{', post ' + shown(post) if post else ''}.")
    return 0
