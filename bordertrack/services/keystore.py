"""Keys at rest: a passphrase over this device's private key, unlocking it, and key rotation.

A protected key is kept as an encrypted PKCS#8 PEM in `device.private_key` with
`key_protected = 1`, so a stolen laptop or a copied database file cannot sign bundles.
Rotation gives the same device id a new key pair; the old public key is recorded as
revoked (setting `revoked_keys`) and the new card carries a statement signed by the old
key, so a receiver can switch to the new key without trusting anything new by faith.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.services import trust
from bordertrack.services.keystore_access import (
    KeyLocked,
    forget_unlocked,
    private_key,
    remember_unlocked,
)
from bordertrack.store.database import Store
from bordertrack.sync import keys

MIN_PASSPHRASE = 8
ROTATION_CONTEXT = b"BorderTrack key rotation v1\x00"
PASSPHRASE_ENV = "BORDERTRACK_PASSPHRASE"


class WrongPassphrase(BorderTrackError):
    template = error_template("That passphrase does not unlock this device's key; type it again.")

    def __init__(self) -> None:
        super().__init__()


class WeakPassphrase(BorderTrackError):
    template = error_template("A passphrase needs at least {n} characters; choose a longer one.")

    def __init__(self) -> None:
        super().__init__(n=MIN_PASSPHRASE)


class NotProtected(BorderTrackError):
    template = error_template("This device's key has no passphrase; nothing to remove.")

    def __init__(self) -> None:
        super().__init__()


class BadRotation(BorderTrackError):
    template = error_template(
        "This card's key change cannot be accepted ({why}); confirm the new key with the "
        "device's owner, revoke the old one with 'keys revoke', then trust the card."
    )

    def __init__(self, why: str) -> None:
        super().__init__(why=why)


def is_protected(store: Store) -> bool:
    return bool(store.device.get("key_protected"))


def is_unlocked(store: Store) -> bool:
    """True when a signature can be made now (unprotected, or unlocked this session)."""
    try:
        private_key(store)
    except KeyLocked:
        return False
    return True


def _encrypt(raw: bytes, passphrase: str) -> bytes:
    if len(passphrase) < MIN_PASSPHRASE:
        raise WeakPassphrase()
    return Ed25519PrivateKey.from_private_bytes(raw).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )


def _decrypt(pem: bytes, passphrase: str) -> bytes:
    try:
        key = serialization.load_pem_private_key(pem, password=passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise WrongPassphrase() from None
    if not isinstance(key, Ed25519PrivateKey):
        raise WrongPassphrase()
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def _store_key(store: Store, private: bytes, public: bytes | None, protected: bool) -> None:
    with store.transaction() as conn:
        if public is None:
            conn.execute(
                "UPDATE device SET private_key = ?, key_protected = ?", (private, int(protected))
            )
        else:
            conn.execute(
                "UPDATE device SET private_key = ?, public_key = ?, key_protected = ?",
                (private, public, int(protected)),
            )
    store.forget_device_cache()


def protect(store: Store, passphrase: str) -> None:
    """Encrypt the key under `passphrase` (or change the passphrase of an unlocked key)."""
    raw = private_key(store)
    _store_key(store, _encrypt(raw, passphrase), None, True)
    remember_unlocked(store, raw)


def unprotect(store: Store, passphrase: str) -> None:
    """Store the key in the clear again (the passphrase must be right)."""
    if not is_protected(store):
        raise NotProtected()
    raw = _decrypt(bytes(store.device["private_key"]), passphrase)
    _store_key(store, raw, None, False)
    forget_unlocked(store)


def unlock(store: Store, passphrase: str) -> None:
    """Decrypt the key for this session; a wrong passphrase raises WrongPassphrase."""
    if not is_protected(store):
        return
    remember_unlocked(store, _decrypt(bytes(store.device["private_key"]), passphrase))


def unlock_if_needed(store: Store, passphrase: str | None) -> None:
    """For commands that sign: use the given passphrase, else BORDERTRACK_PASSPHRASE."""
    import os

    if is_protected(store) and not is_unlocked(store):
        given = passphrase or os.environ.get(PASSPHRASE_ENV)
        if given:
            unlock(store, given)


def revoked_keys(store: Store) -> list[dict[str, Any]]:
    """This device's own retired public keys, newest last."""
    return list(json.loads(store.setting("revoked_keys") or "[]"))


def rotate(store: Store, passphrase: str | None = None) -> dict[str, Any]:
    """A new key pair for the same device id; the old key is retired and signs the change.

    History is untouched: changes keep their origin (the device id), and bundles already
    sent stay valid where they were imported. A protected key stays protected (the
    passphrase is needed for the new key).
    """
    protected = is_protected(store)
    if protected:
        if not passphrase:
            raise KeyLocked()
        unlock(store, passphrase)
    old_private = private_key(store)
    old_public = bytes(store.device["public_key"])
    new_private, new_public = keys.generate()
    statement = keys.sign(old_private, rotation_message(store.device["id"], new_public))
    retired = revoked_keys(store) + [
        {
            "public_key": keys.encode(old_public),
            "fingerprint": keys.fingerprint(old_public),
            "revoked_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "statement": keys.encode(statement),
        }
    ]
    stored = _encrypt(new_private, passphrase) if protected and passphrase else new_private
    with store.transaction():
        store.set_setting("revoked_keys", json.dumps(retired))
        _store_key(store, stored, new_public, protected)
    remember_unlocked(store, new_private)
    return {"old": keys.fingerprint(old_public), "new": keys.fingerprint(new_public)}


def rotation_message(device_id: str, new_public: bytes) -> bytes:
    return ROTATION_CONTEXT + device_id.encode("utf-8") + b"\x00" + new_public


def write_rotated_card(store: Store, path: str | Path) -> trust.DeviceCard:
    """The device card plus the old key's statement vouching for the new key."""
    retired = revoked_keys(store)
    extra = None
    if retired:
        last = retired[-1]
        extra = {"replaces": {"public_key": last["public_key"], "statement": last["statement"]}}
    return trust.write_card(store, path, extra)


def card_replaces(path: str | Path) -> tuple[bytes, bytes] | None:
    """(old public key, statement) from a rotated card, or None for an ordinary card."""
    try:
        data = trust.read_card_json(path)
        rep = data.get("replaces")
        if not rep:
            return None
        return keys.decode(rep["public_key"]), keys.decode(rep["statement"])
    except (BorderTrackError, ValueError, KeyError, TypeError, AttributeError):
        return None


def trust_or_rotate(
    store: Store, card: trust.DeviceCard, path: str | Path, role: str, post: str | None
) -> bool:
    """Trust a card; when it brings a new key for a device trusted here, accept it only as a
    rotation its old key signed. One rule for the CLI and the window. True when rotated."""
    try:
        trust.trust_card(store, card, role, post)
    except trust.KeyMismatch:
        accept_rotation(store, card, path)
        return True
    return False


def accept_rotation(store: Store, card: trust.DeviceCard, path: str | Path) -> dict:
    """Switch a trusted device to its new key when its old, trusted key signed the change."""
    found = card_replaces(path)
    if found is None:
        raise BadRotation("the card carries no statement from the old key")
    old_public, statement = found
    row = store.conn.execute(
        "SELECT public_key, status, role, post FROM devices WHERE id = ?", (card.device_id,)
    ).fetchone()
    if row is None or row[1] != "trusted" or row[0] is None or bytes(row[0]) != old_public:
        raise BadRotation("the old key is not the one trusted here")
    if not keys.verify(old_public, statement, rotation_message(card.device_id, card.public_key)):
        raise BadRotation("the old key's signature does not match")
    with store.transaction():
        trust.revoke(store, card.device_id)
        return trust.trust_card(store, card, row[2], row[3])
