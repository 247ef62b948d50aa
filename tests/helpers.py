"""Test helpers: moving changes between stores without bundles, reading state."""

from __future__ import annotations

from bordertrack.store.apply import ApplyResult, apply_changes
from bordertrack.store.changes import CHANGE_COLUMNS, Change
from bordertrack.store.database import Store


def all_changes(store: Store, origin: str | None = None) -> list[Change]:
    sql = f"SELECT {', '.join(CHANGE_COLUMNS)} FROM changes"
    params: tuple = ()
    if origin:
        sql += " WHERE origin = ?"
        params = (origin,)
    return [Change(*r) for r in store.conn.execute(sql + " ORDER BY origin, seq", params)]


def trust(receiver: Store, sender: Store) -> None:
    """Tell `receiver` the role and post `sender` speaks with (what a device card does)."""
    d = sender.device
    with receiver.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO devices (id, name, role, post, public_key, fingerprint, status, added_at) "
            "VALUES (?, ?, ?, ?, ?, '', 'trusted', '2026-01-01')",
            (d["id"], d["name"], d["role"], d["post"], d["public_key"]),
        )


def send(sender: Store, receiver: Store, changes: list[Change] | None = None) -> ApplyResult:
    """Apply sender's changes at receiver as an import would (minus the bundle file)."""
    batch = all_changes(sender) if changes is None else changes
    with receiver.transaction() as conn:
        result = apply_changes(conn, batch)
        receiver.clock.observe(result.max_hlc)
    return result
