"""Device cards and the trust store: which devices this one accepts bundles from, and as what.

The receiving side decides the role and post it trusts a device for; a bundle's own
claims never grant trust.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.domain.shown import shown
from bordertrack.domain.vocabularies import VOCABULARIES
from bordertrack.safe_files import UnreadableFile, read_regular, write_private
from bordertrack.services.device_names import device_labels
from bordertrack.store.apply import refold_origin
from bordertrack.store.database import Store
from bordertrack.sync import keys

CARD_KIND = "BorderTrack device card"
CARD_VERSION = 2
MAX_CARD_BYTES = 64_000
_CARD_CONTEXT = b"BorderTrack device card v2\x00"
_DEVICE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


class BadCard(BorderTrackError):
    template = error_template(
        "{path} is not a usable device card ({why}); ask for a new card with 'keys export-card'."
    )

    def __init__(self, path: str, why: str) -> None:
        super().__init__(path=shown(path), why=why)


class UnknownDevice(BorderTrackError):
    template = error_template("No device {device_id} in the trust store; see 'keys list'.")

    def __init__(self, device_id: str) -> None:
        super().__init__(device_id=device_id)


class KeyMismatch(BorderTrackError):
    template = error_template(
        "Device {device_id} is already trusted with a different key; revoke it first if its "
        "key was really replaced."
    )

    def __init__(self, device_id: str) -> None:
        super().__init__(device_id=device_id)


class RevokedKey(BorderTrackError):
    template = error_template(
        "The key on this card was revoked for device {device_id}; ask that device to rotate its "
        "key ('keys rotate') and send the new card."
    )

    def __init__(self, device_id: str) -> None:
        super().__init__(device_id=device_id)


@dataclass(frozen=True)
class DeviceCard:
    device_id: str
    name: str
    role: str
    post: str | None
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        """What two people compare over the phone: covers the device id, role, post and key,
        so a card edited in transit (say, to claim "coordinator") shows another fingerprint."""
        return card_fingerprint(self.device_id, self.role, self.post, self.public_key)

    @property
    def key_fingerprint(self) -> str:
        """The signing key's own fingerprint, as bundles and the trust store show it."""
        return keys.fingerprint(self.public_key)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": CARD_KIND,
            "version": CARD_VERSION,
            "device_id": self.device_id,
            "name": self.name,
            "role": self.role,
            "post": self.post,
            "public_key": keys.encode(self.public_key),
            "fingerprint": self.fingerprint,
        }


def card_fingerprint(device_id: str, role: str, post: str | None, public_key: bytes) -> str:
    """Twenty base32 characters over everything a card claims (see DeviceCard.fingerprint)."""
    fields = "\x00".join((device_id, role, post or "")).encode("utf-8")
    return keys.fingerprint(_CARD_CONTEXT + fields + b"\x00" + public_key)


def my_card(store: Store) -> DeviceCard:
    d = store.device
    return DeviceCard(d["id"], d["name"], d["role"], d["post"], bytes(d["public_key"]))


def write_card(store: Store, path: str | Path, extra: dict[str, Any] | None = None) -> DeviceCard:
    """The card, owner-only (0600 on POSIX) like every file BorderTrack writes about keys."""
    card = my_card(store)
    data = card.to_json() | (extra or {})
    write_private(path, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return card


def read_card_json(path: str | Path) -> dict[str, Any]:
    """A card file's JSON object: a regular file of at most 64 KB (a FIFO or /dev/zero
    given as a card is refused before anything is read)."""
    try:
        data = json.loads(
            read_regular(path, MAX_CARD_BYTES, error_template("card")).decode("utf-8")
        )
    except UnreadableFile as exc:
        raise BadCard(str(path), exc.why) from None
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BadCard(str(path), "it is not a card's text") from None
    if not isinstance(data, dict):
        raise BadCard(str(path), "it is not a card's text")
    return data


def read_card(path: str | Path) -> DeviceCard:
    data = read_card_json(path)
    try:
        if data.get("kind") != CARD_KIND:
            raise ValueError("not a device card")
        version = int(data.get("version", 0))
        if version > CARD_VERSION:
            raise ValueError("made by a newer BorderTrack")
        post = data.get("post") or None
        card = DeviceCard(
            _short(data["device_id"], 64),
            _short(data.get("name", ""), 200),
            str(data["role"]),
            None if post is None else _short(post, 40),
            keys.decode(data["public_key"]),
        )
        if not _DEVICE_ID.fullmatch(card.device_id):
            raise ValueError("its device id is malformed")
        if len(card.public_key) != 32 or card.role not in VOCABULARIES["role"]:
            raise ValueError("bad key or role")
        claimed = data.get("fingerprint")
        expected = card.fingerprint if version >= 2 else card.key_fingerprint
        if version >= 2 and not claimed:
            raise ValueError("it has no fingerprint")
        if claimed and claimed != expected:
            raise ValueError("its fingerprint does not match what it says: it was changed")
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCard(str(path), str(exc) or "unreadable") from None
    return card


def _short(value: object, limit: int) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError("a field is not text or is too long")
    return value


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def trust_card(
    store: Store, card: DeviceCard, role: str | None = None, post: str | None = None
) -> dict:
    """Enrol a device; held changes from it are reconsidered under the role now known.

    Given a role, the post is the one given too (none for a non-post role): a card's
    claimed post never rides along with a role the receiver chose."""
    if role is None:
        role, post = card.role, (post if post is not None else card.post)
    elif role != "post":
        post = None
    if role not in VOCABULARIES["role"]:
        raise BorderTrackError(
            error_template("Role '{role}' is not one of: {choices}."),
            role=role,
            choices=", ".join(VOCABULARIES["role"]),
        )
    if role == "post" and not post:
        raise BorderTrackError(
            error_template("A post device must be trusted for a post; add --post CODE.")
        )
    if card.device_id == store.device["id"]:
        raise BorderTrackError(
            error_template("That card is this device's own; trust the other device's card.")
        )
    row = store.conn.execute(
        "SELECT public_key, status FROM devices WHERE id = ?", (card.device_id,)
    ).fetchone()
    if row and row[0] and bytes(row[0]) != card.public_key and row[1] == "trusted":
        raise KeyMismatch(card.device_id)
    if row and row[0] and bytes(row[0]) == card.public_key and row[1] == "revoked":
        raise RevokedKey(card.device_id)
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO devices (id, name, role, post, public_key, fingerprint, status, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 'trusted', ?) ON CONFLICT(id) DO UPDATE SET name = "
            "excluded.name, "
            "role = excluded.role, post = excluded.post, public_key = excluded.public_key, "
            "fingerprint = excluded.fingerprint, status = 'trusted', revoked_at = NULL",
            (card.device_id, card.name, role, post, card.public_key, card.key_fingerprint, _now()),
        )
        refold_origin(conn, card.device_id)
    return {
        "device_id": card.device_id,
        "role": role,
        "post": post,
        "fingerprint": card.key_fingerprint,
    }


def _well_formed(d: object) -> bool:
    """An introduced device entry with the shapes the trust store holds."""
    if not isinstance(d, dict):
        return False
    name, post, public = d.get("name", ""), d.get("post"), d.get("public_key") or b""
    return (
        isinstance(d.get("id"), str)
        and 0 < len(d["id"]) <= 64
        and isinstance(d.get("role"), str)
        and d["role"] in VOCABULARIES["role"]
        and isinstance(name, str)
        and len(name) <= 200
        and (post is None or (isinstance(post, str) and len(post) <= 40))
        and isinstance(public, bytes)
        and len(public) in (0, 32)
    )


def introduce(conn, devices: list[dict], introducer: str) -> None:
    """Remember devices a trusted coordinator vouches for, for scope only (never for signing)."""
    for d in devices:
        if not _well_formed(d):
            continue  # a malformed introduction is ignored, never stored
        known = conn.execute("SELECT status FROM devices WHERE id = ?", (d["id"],)).fetchone()
        if known is not None:
            continue
        public = d.get("public_key") or None
        conn.execute(
            "INSERT INTO devices (id, name, role, post, public_key, fingerprint, status, "
            "introduced_by, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 'introduced', ?, ?)",
            (
                d["id"],
                d.get("name", ""),
                d["role"],
                d.get("post"),
                public,
                keys.fingerprint(public) if public else None,
                introducer,
                _now(),
            ),
        )


def list_devices(store: Store) -> list[dict[str, Any]]:
    cols = (
        "id",
        "name",
        "role",
        "post",
        "fingerprint",
        "status",
        "introduced_by",
        "added_at",
        "revoked_at",
    )
    rows = store.conn.execute(f"SELECT {', '.join(cols)} FROM devices ORDER BY status, name, id")
    labels = device_labels(store.conn)
    out = [dict(zip(cols, r, strict=True)) for r in rows]
    for d in out:
        d["label"] = labels.get(d["id"], d["name"])  # told apart from a namesake
    return out


def revoke(store: Store, device_id: str) -> None:
    """A revoked key is refused everywhere; what it sent before stays (it was valid then)."""
    with store.transaction() as conn:
        cur = conn.execute(
            "UPDATE devices SET status = 'revoked', revoked_at = ? WHERE id = ?",
            (_now(), device_id),
        )
        if cur.rowcount == 0:
            raise UnknownDevice(device_id)


def signer_status(store: Store, device_id: str, public_key: bytes) -> str:
    """'trusted', 'revoked', 'unknown' or 'other-key' for a bundle's signer."""
    if device_id == store.device["id"]:
        return "self"
    row = store.conn.execute(
        "SELECT public_key, status FROM devices WHERE id = ?", (device_id,)
    ).fetchone()
    if row is None or row[1] == "introduced":
        return "unknown"
    if row[1] == "revoked":
        return "revoked"
    if row[0] is None or bytes(row[0]) != public_key:
        return "other-key"
    return "trusted"
