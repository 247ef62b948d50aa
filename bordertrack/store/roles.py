"""The role and post each origin device speaks with, as this device knows it."""

from __future__ import annotations

import sqlite3

from bordertrack.store.scope import Role


def known_roles(conn: sqlite3.Connection) -> dict[str, Role | None]:
    """This device, every device in the trust store, and every device a relay introduced."""
    roles: dict[str, Role | None] = {}
    for dev_id, role, post in conn.execute("SELECT id, role, post FROM devices"):
        roles[dev_id] = Role(role, post)
    row = conn.execute("SELECT id, role, post FROM device").fetchone()
    if row:
        roles[row[0]] = Role(row[1], row[2])
    return roles
