"""This device's profile as a person edits it (its name; role and post are fixed at set-up)."""

from __future__ import annotations

from bordertrack.domain.errors import ValidationError, ValidationProblem
from bordertrack.store.database import Store


def rename_device(store: Store, name: str) -> None:
    """The name other devices see on bundles and in their trust store."""
    name = name.strip()
    if not name or len(name) > 60:
        raise ValidationError(
            [
                ValidationProblem(
                    "name", name, "required", "Give the device a name of 1 to 60 characters."
                )
            ]
        )
    with store.transaction() as conn:
        conn.execute("UPDATE device SET name = ?", (name,))
    store.forget_device_cache()
