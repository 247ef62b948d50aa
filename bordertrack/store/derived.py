"""State derived from other records: last verification of items, merge cycles."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from bordertrack.domain.entities import Entity

VERIFIED_RESULTS = ("found", "damaged")


def refresh_last_verified(conn: sqlite3.Connection, item_ids: Iterable[str]) -> None:
    """An item's last verification is its newest live stock-take check that found it at
    its own post: another post may record that it saw the item, but cannot verify it.
    """
    conn.executemany(
        "UPDATE equipment SET _last_verified = (SELECT max(checked_on) FROM stock_check s "
        "WHERE s.item = equipment.id AND s._deleted = 0 AND s.post = equipment.post AND s.result IN ('found', 'damaged')) "
        "WHERE id = ?",
        [(i,) for i in item_ids],
    )


def resolve_merge_cycles(conn: sqlite3.Connection, e: Entity) -> None:
    """Two devices merging one pair in opposite directions must not lose both records.

    When merge links form a cycle, the member with the smallest id stays alive; every
    device applies the same rule, so all keep the same one. Reads the temp table `touched`.
    """
    table = e.table
    # Only records that carry a merge link can be part of a cycle.
    linked = [
        r[0]
        for r in conn.execute(
            f"SELECT x.id FROM {table} x JOIN touched t ON t.entity = ? AND t.record_id = x.id "
            "WHERE x._merged_into IS NOT NULL",
            (e.name,),
        )
    ]
    for rid in linked:
        row = conn.execute(
            f"SELECT _merged_into, _deleted FROM {table} WHERE id = ?", (rid,)
        ).fetchone()
        if not row or not row[0]:
            continue
        path = [rid]
        target = row[0]
        while target and target not in path and len(path) < 64:
            path.append(target)
            nxt = conn.execute(
                f"SELECT _merged_into, _deleted FROM {table} WHERE id = ?", (target,)
            ).fetchone()
            target = nxt[0] if nxt and nxt[1] else None
        if target in path:
            cycle = path[path.index(target) :]
            keep = min(cycle)
            conn.execute(f"UPDATE {table} SET _deleted = 0 WHERE id = ?", (keep,))
