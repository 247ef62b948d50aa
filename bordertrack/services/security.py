"""An optional PIN that guards keys, trust, restore and settings on a shared laptop.

Stored as a salted scrypt hash in the local setting `pin` (never the PIN itself). Without
a PIN set, every guarded action is allowed: a PIN is a post's choice, not a hurdle.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import sqlite3
from pathlib import Path

from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.store.database import Store, readonly_uri

# Phrases: the window shows them in the person's language inside PinRequired's line.
ACTIONS = {
    "keys": error_template("change this device's key"),
    "trust": error_template("change which devices are trusted"),
    "restore": error_template("restore a backup"),
    "settings": error_template("change settings"),
}
MIN_PIN = 4
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


class PinRequired(BorderTrackError):
    template = error_template("A PIN guards this device: to {action}, give it with --pin.")

    def __init__(self, action: str) -> None:
        self.action = action
        super().__init__(action=ACTIONS.get(action, action))


class WrongPin(BorderTrackError):
    template = error_template("That PIN is not this device's PIN; type it again.")

    def __init__(self) -> None:
        super().__init__()


class WeakPin(BorderTrackError):
    template = error_template("A PIN needs at least {n} characters; choose a longer one.")

    def __init__(self) -> None:
        super().__init__(n=MIN_PIN)


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)


def has_pin(store: Store) -> bool:
    return bool(store.setting("pin"))


def check_pin(store: Store, pin: str | None) -> bool:
    """True when no PIN is set or `pin` matches it (constant-time comparison)."""
    raw = store.setting("pin")
    if not raw:
        return True
    return bool(pin) and _matches(raw, str(pin))


def _matches(raw: str, pin: str) -> bool:
    data = json.loads(raw)
    got = _hash(pin, bytes.fromhex(data["salt"]), data["n"], data["r"], data["p"])
    return hmac.compare_digest(got, bytes.fromhex(data["hash"]))


def pin_required(store: Store, action: str) -> bool:
    """Must the person type the PIN before `action` (one of ACTIONS)? The GUI asks first."""
    return action in ACTIONS and has_pin(store)


def require_pin(store: Store, action: str, pin: str | None) -> None:
    """Raise unless the action may go ahead: no PIN set, or the right one given."""
    if not has_pin(store):
        return
    if not pin:
        raise PinRequired(action)
    if not check_pin(store, pin):
        raise WrongPin()


def set_pin(store: Store, new_pin: str, current: str | None = None) -> None:
    """Set or change the PIN; changing needs the current one."""
    require_pin(store, "settings", current)
    if len(new_pin) < MIN_PIN:
        raise WeakPin()
    salt = secrets.token_bytes(16)
    data = {"salt": salt.hex(), "hash": _hash(new_pin, salt, **_SCRYPT).hex(), **_SCRYPT}
    store.set_setting("pin", json.dumps(data))


def require_pin_at(path: str | Path, action: str, pin: str | None) -> None:
    """The same guard for a database that may not open (restore of a damaged file).

    Read-only and forgiving: when the file cannot be read its PIN cannot be known, and
    restoring a good backup must stay possible.
    """
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = 'pin'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return
    if not row or not row[0]:
        return
    if not pin:
        raise PinRequired(action)
    if not _matches(row[0], pin):
        raise WrongPin()


def clear_pin(store: Store, current: str | None) -> None:
    """Remove the PIN (the current one must be given)."""
    require_pin(store, "settings", current)
    with store.transaction() as conn:
        conn.execute("DELETE FROM settings WHERE key = 'pin'")
