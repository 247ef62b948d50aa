"""Seals that tie a backup to the device and computer that made it.

A backup file is a whole database: identity, signing key, trust store, PIN. Restoring one
that another device made (dropped into the backups folder) would turn this device into
that one; restoring one edited afterwards could add a trusted coordinator or drop the
PIN. So each backup gets a seal beside it (`<backup>.seal`): the device id and public key
it was taken from and the SHA-256 of its bytes, authenticated with HMAC-SHA256 under a
key that only this computer holds (`<database>.backup-key`, owner-only, never inside the
database, so no backup or bundle carries it). Restore accepts only a backup whose seal
verifies and whose device is this one; anything else needs `backup adopt`, which says
what the database would become and is PIN-guarded.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.domain.shown import shown
from bordertrack.safe_files import (
    UnreadableFile,
    open_regular,
    read_regular,
    write_private,
)
from bordertrack.store.database import readonly_uri

MAX_BACKUP_BYTES = 64 * 1024**3
_KEY_BYTES = 32
_SEAL_CONTEXT = b"BorderTrack backup seal v1\x00"


class ForeignBackup(BorderTrackError):
    """A backup that is not this device's, or was changed after it was made."""

    template = error_template(
        "Backup {backup} cannot be restored: {why}; if you really mean to use it, "
        "'backup adopt {backup}' shows what this database would become."
    )

    def __init__(self, backup: str, why: str) -> None:
        self.backup, self.why = backup, why
        super().__init__(backup=shown(backup), why=why)


@dataclass(frozen=True)
class Identity:
    """Who a database file says it is."""

    device_id: str
    name: str
    role: str
    post: str | None
    public_key: bytes


def key_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".backup-key")


def seal_path(backup: Path) -> Path:
    return backup.with_suffix(".seal")


def _key(db_path: Path, *, create: bool) -> bytes | None:
    path = key_path(db_path)
    try:
        raw = read_regular(path, 1024, error_template("backup key"))
        key = bytes.fromhex(raw.decode("ascii").strip())
        if len(key) == _KEY_BYTES:
            return key
    except (UnreadableFile, ValueError, UnicodeDecodeError):
        pass
    if not create or path.exists():
        return None
    key = secrets.token_bytes(_KEY_BYTES)
    write_private(path, key.hex().encode("ascii") + b"\n")
    return key


def identity(path: Path) -> Identity | None:
    """The device row of a database file (read-only), or None if it has none or is unreadable."""
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            row = conn.execute("SELECT id, name, role, post, public_key FROM device").fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError, OSError, ValueError):
        return None
    if row is None or not isinstance(row[0], str):
        return None
    return Identity(str(row[0]), str(row[1] or ""), str(row[2] or ""), row[3], bytes(row[4] or b""))


def file_digest(path: Path) -> str:
    """SHA-256 of a regular file, streamed (a backup can be gigabytes)."""
    digest = hashlib.sha256()
    with open_regular(path, MAX_BACKUP_BYTES, error_template("backup")) as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _mac(key: bytes, device_id: str, public_key: str, sha256: str) -> str:
    message = _SEAL_CONTEXT + "\x00".join((device_id, public_key, sha256)).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def seal(db_path: Path, backup: Path) -> None:
    """Write the seal of a freshly made backup of the database at `db_path`."""
    key = _key(db_path, create=True)
    who = identity(backup)
    if key is None or who is None:
        return  # no device yet (or no key file possible): the backup stays unsealed
    public = base64.b64encode(who.public_key).decode("ascii")
    sha256 = file_digest(backup)
    data = {
        "device_id": who.device_id,
        "public_key": public,
        "sha256": sha256,
        "mac": _mac(key, who.device_id, public, sha256),
    }
    write_private(seal_path(backup), (json.dumps(data, indent=2) + "\n").encode("ascii"))


def check_belongs(db_path: Path, backup: Path, name: str) -> None:
    """Raise ForeignBackup unless `backup` was sealed here, is unchanged and is this device's."""
    key = _key(db_path, create=False)
    if key is None:
        raise ForeignBackup(name, "this computer holds no backup key for this database")
    try:
        data = json.loads(
            read_regular(seal_path(backup), 4096, error_template("seal")).decode("ascii")
        )
        device_id, public, sha256 = data["device_id"], data["public_key"], data["sha256"]
        mac = data["mac"]
        if not all(isinstance(v, str) for v in (device_id, public, sha256, mac)):
            raise ValueError
    except (UnreadableFile, ValueError, UnicodeDecodeError, KeyError, TypeError):
        raise ForeignBackup(name, "it has no seal from this computer") from None
    if not hmac.compare_digest(mac, _mac(key, device_id, public, sha256)):
        raise ForeignBackup(name, "its seal was not made on this computer")
    if file_digest(backup) != sha256:
        raise ForeignBackup(name, "it was changed after it was made")
    inside = identity(backup)
    if inside is None or inside.device_id != device_id:
        raise ForeignBackup(name, "it does not hold the device it was made from")
    current = identity(db_path) if db_path.exists() else None
    if current is not None and current.device_id != device_id:
        raise ForeignBackup(name, f"it belongs to device {shown(device_id)}, not to this one")


def belongs(db_path: Path, backup: Path) -> bool:
    try:
        check_belongs(db_path, backup, backup.stem)
    except (BorderTrackError, OSError):
        return False
    return True


def check_regular_backup(path: Path) -> None:
    """A backup or a file to adopt must be a regular file SQLite can open by name."""
    with open_regular(path, MAX_BACKUP_BYTES, error_template("database file")):
        pass
