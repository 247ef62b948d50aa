"""The figures of the status bar: who this device is, what is waiting to be sent, what needs review."""

from __future__ import annotations

from dataclasses import dataclass

from bordertrack.services.clock_check import clock_warning
from bordertrack.services.vectors import acknowledged_seq, sent_seq
from bordertrack.store.database import Store
from bordertrack.store.hlc import now_ms, wall_ms
from bordertrack.store.log_codec import ORIGIN_ID, newest_stamp


@dataclass(frozen=True)
class DeviceStatus:
    """What a person checks at a glance before carrying a USB stick to the coordinator."""

    name: str
    role: str
    post: str | None
    last_export: str | None
    last_import: str | None
    pending: int  # own changes no bundle has carried yet
    conflicts: int
    clock_behind_ms: int  # > 0 when the newest stamp seen is ahead of this computer's clock
    clock_warning: str | None = None  # this device's own clock went backwards (translated)
    unconfirmed: int = 0  # own changes sent, their arrival not yet confirmed


def _own_after(store: Store, seq: int) -> int:
    row = store.conn.execute(  # the log itself: through the view each row would look up its record
        f"SELECT count(*) FROM change_log WHERE origin = {ORIGIN_ID} AND seq > ?",
        (store.device["id"], seq),
    ).fetchone()
    return int(row[0])


def own_change_counts(store: Store) -> tuple[int, int]:
    """(pending, unconfirmed): own changes no export has carried yet and no coordinator has
    confirmed, and own changes sent whose arrival no coordinator has confirmed yet."""
    acknowledged = acknowledged_seq(store)
    pending = _own_after(store, max(acknowledged, sent_seq(store)))
    return pending, _own_after(store, acknowledged) - pending


def pending_changes(store: Store) -> int:
    """Own changes no export has carried yet and no coordinator has confirmed."""
    return own_change_counts(store)[0]


def clock_behind_ms(store: Store, wall: int | None = None) -> int:
    """Milliseconds by which the newest stamp seen is ahead of this computer's clock."""
    newest = max(newest_stamp(store.conn), store.clock.last)
    if not newest:
        return 0
    behind = wall_ms(newest) - (now_ms() if wall is None else wall)
    return behind if behind > 60_000 else 0


def device_status(store: Store) -> DeviceStatus:
    me = store.device
    conn = store.conn
    pending, unconfirmed = own_change_counts(store)
    return DeviceStatus(
        name=me["name"],
        role=me["role"],
        post=me.get("post"),
        last_export=conn.execute("SELECT max(created_at) FROM export_log").fetchone()[0],
        last_import=conn.execute("SELECT max(imported_at) FROM import_log").fetchone()[0],
        pending=pending,
        conflicts=conn.execute("SELECT count(*) FROM conflicts").fetchone()[0],
        clock_behind_ms=clock_behind_ms(store),
        clock_warning=clock_warning(store),
        unconfirmed=unconfirmed,
    )
