"""The one place that hands out this device's private key for signing.

When the key is protected by a passphrase (see services/keystore.py), the key must have
been unlocked for this session first; the error says so.
"""

from __future__ import annotations

from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.store.database import Store

_unlocked: dict[str, bytes] = {}


class KeyLocked(BorderTrackError):
    template = error_template(
        "This device's key is protected by a passphrase; unlock it first (--passphrase or the "
        "GUI prompt)."
    )

    def __init__(self) -> None:
        super().__init__()


def remember_unlocked(store: Store, private: bytes) -> None:
    _unlocked[str(store.path)] = private


def forget_unlocked(store: Store) -> None:
    """Lock the key again for this session (after removing or changing protection)."""
    _unlocked.pop(str(store.path), None)


def private_key(store: Store) -> bytes:
    device = store.device
    if not device.get("key_protected"):
        return bytes(device["private_key"])
    key = _unlocked.get(str(store.path))
    if key is None:
        raise KeyLocked()
    return key
