"""Putting a device right after its date was wrong: its own changes stamped out of bounds
(and every later one of its own) get new stamps from the corrected clock, in the same order,
so the work typed on it survives and receivers accept it.

Change ids (origin, sequence number) and contents stay as they were; only stamps move.
Receivers refused those changes, so none holds them with the old stamps; a change a
coordinator has confirmed is never restamped.
"""

from __future__ import annotations

from dataclasses import dataclass

from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.services.vectors import acknowledged_seq
from bordertrack.store.apply import ApplyResult, refold_touched
from bordertrack.store.database import Store
from bordertrack.store.hlc import MAX_OFFSET_MS, STAMP_FLOOR_MS, pack, wall_ms
from bordertrack.store.log_codec import ORIGIN_ID, recount_newest_stamp
from bordertrack.store.roles import known_roles


class CannotRestamp(BorderTrackError):
    pass


@dataclass(frozen=True)
class RestampResult:
    changes: int
    first_seq: int
    last_seq: int

    def to_json(self) -> dict:
        return dict(vars(self))

    def summary(self) -> str:
        if not self.changes:
            return "No unsent change needed a new stamp; nothing changed."
        return (
            f"{self.changes} unsent changes ({self.first_seq}-{self.last_seq}) were stamped again "
            "with this computer's date; export again to send them."
        )


def _first_out_of_bounds(store: Store) -> int | None:
    """The lowest sequence number of this device's changes stamped beyond what a receiver
    accepts (more than the maximum offset ahead of this computer's clock, or before 2020)."""
    now = store.clock.wall()
    row = store.conn.execute(
        "SELECT min(seq) FROM changes WHERE origin = ? AND (hlc > ? OR hlc < ?)",
        (store.device["id"], pack(now + MAX_OFFSET_MS + 1, 0) - 1, pack(STAMP_FLOOR_MS, 0)),
    ).fetchone()
    return row[0]


def needs_restamp(store: Store) -> bool:
    """Whether some of this device's own stamps are out of bounds for a receiver."""
    return _first_out_of_bounds(store) is not None


def restamp_pending(store: Store) -> RestampResult:
    """Stamp again, from the wall clock and in the same order, this device's changes from the
    first one out of bounds on (later ones too, so stamps keep rising with sequence numbers).

    Refuses (one line) when the wall clock itself is out of bounds, or when a coordinator
    has already confirmed an out-of-bounds change (it holds it with that stamp).
    """
    me = store.device["id"]
    now = store.clock.wall()
    if now < STAMP_FLOOR_MS:
        raise CannotRestamp(
            error_template(
                "This computer's date is still wrong (before 2020); set the date and time first."
            )
        )
    first = _first_out_of_bounds(store)
    if first is None:
        return RestampResult(0, 0, 0)
    if first <= acknowledged_seq(store):
        raise CannotRestamp(
            error_template(
                "A coordinator already holds this device's changes with the wrong date; it must "
                "accept this device's bundles with --accept-future-stamps."
            )
        )
    with store.transaction() as conn:
        rows = conn.execute(
            "SELECT seq, hlc FROM changes WHERE origin = ? AND seq >= ? ORDER BY seq", (me, first)
        ).fetchall()
        floor = conn.execute(
            "SELECT coalesce(max(hlc), 0) FROM changes WHERE origin != ? OR seq < ?", (me, first)
        ).fetchone()[0]
        if wall_ms(floor) > now + MAX_OFFSET_MS:
            raise CannotRestamp(
                error_template(
                    "Changes received here carry dates after this computer's date; set the date "
                    "and time, or ask the coordinator to accept with --accept-future-stamps."
                )
            )
        base = max(pack(now, 0), floor + 1)
        # One new stamp per old one: the fields of one edit keep sharing a stamp.
        new_of: dict[int, int] = {}
        for _seq, hlc in rows:
            if hlc not in new_of:
                new_of[hlc] = base + len(new_of)
        conn.executemany(
            f"UPDATE change_log SET hlc = ? WHERE origin = {ORIGIN_ID} AND seq = ?",
            [(new_of[hlc], me, seq) for seq, hlc in rows],
        )
        recount_newest_stamp(conn)  # the out-of-bounds stamps are gone from the log
        _refold_own(store, me, first)
        store.clock.last = max(new_of.values())
    return RestampResult(len(rows), rows[0][0], rows[-1][0])


def _refold_own(store: Store, me: str, first: int) -> None:
    """Stamps decide fold order: re-decide every record the restamped changes touch."""
    conn = store.conn
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS touched "
        "(entity TEXT, record_id TEXT, PRIMARY KEY (entity, record_id))"
    )
    conn.execute("DELETE FROM touched")
    conn.execute(
        "INSERT OR IGNORE INTO touched SELECT DISTINCT entity, record_id FROM changes "
        "WHERE origin = ? AND seq >= ?",
        (me, first),
    )
    refold_touched(conn, known_roles(conn), ApplyResult())
