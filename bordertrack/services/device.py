"""Setting up this installation as a device: id, role, post, name and key pair."""

from __future__ import annotations

import datetime as dt
import secrets

from bordertrack.domain.errors import (
    BorderTrackError,
    ValidationError,
    ValidationProblem,
    error_template,
)
from bordertrack.domain.vocabularies import VOCABULARIES
from bordertrack.store.database import Store
from bordertrack.sync import keys

ROLES = tuple(VOCABULARIES["role"])


class AlreadySetUp(BorderTrackError):
    template = error_template(
        "{path} already holds a device; choose another --db file to make a new one."
    )

    def __init__(self, path: str) -> None:
        super().__init__(path=path)


def new_device_id() -> str:
    """64 random bits in hex: unique enough across a region's devices, short in bundles."""
    return secrets.token_hex(8)


def init_device(store: Store, role: str, post: str | None = None, name: str | None = None) -> dict:
    """Create this device's identity and keys; a post device must name its post."""
    if store.has_device:
        raise AlreadySetUp(str(store.path))
    if role not in ROLES:
        raise ValidationError(
            [
                ValidationProblem(
                    "role", role, "vocabulary", f"Role '{role}' is not one of: {', '.join(ROLES)}."
                )
            ]
        )
    if role == "post" and not post:
        raise ValidationError(
            [
                ValidationProblem(
                    "post", post, "required", "A post device needs its post code; add --post CODE."
                )
            ]
        )
    private, public = keys.generate()
    device_id = new_device_id()
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO device (id, name, role, post, created_at, public_key, private_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                device_id,
                name or f"{role}-{device_id[:6]}",
                role,
                post or None,
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                public,
                private,
            ),
        )
    store.forget_device_cache()
    return store.device
