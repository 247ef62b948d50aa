"""State derived from other records: last verification of items, merge cycles."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from bordertrack.domain.entities import Entity

# The stock-take results that count as having seen the item (a bulk load derives the same).
VERIFIED_RESULTS = ("found", "damaged")
_VERIFIED_SQL = ", ".join(f"'{r}'" for r in VERIFIED_RESULTS)


def refresh_last_verified(conn: sqlite3.Connection, item_ids: Iterable[str]) -> None:
    """An item's last verification is its newest live stock-take check that found it at
    its own post: another post may record that it saw the item, but cannot verify it.
    """
    # `+s.post`: without it SQLite picks the index on post (a dozen values) over the one on
    # item, and each item scans every check of its post: quadratic on a large register.
    # An item with no check at all and no date keeps none: not rewritten (a register of
    # 20,000 new items would otherwise rewrite 20,000 rows for nothing).
    conn.executemany(
        "UPDATE equipment SET _last_verified = (SELECT max(checked_on) FROM stock_check s "
        "WHERE s.item = equipment.id AND s._deleted = 0 AND +s.post = equipment.post "
        f"AND s.result IN ({_VERIFIED_SQL})) "
        "WHERE id = ? AND (_last_verified IS NOT NULL "
        "OR EXISTS (SELECT 1 FROM stock_check c WHERE c.item = equipment.id))",
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


def _id_referrers(target: str) -> list[tuple[Entity, str]]:
    from bordertrack.domain.entities import ENTITIES

    if ENTITIES[target].key != "id":
        return []
    return [(e, f.name) for e in ENTITIES.values() for f in e.fields if f.ref == target]


def redirect_merged_refs(conn: sqlite3.Connection, touched: dict[str, set[str]]) -> None:
    """A reference to a record merged into another points at the survivor.

    Two devices merging in opposite directions each move references their own way; this
    rule, applied by every device to the same state, makes them all point at the record
    that stayed alive. It reads the temp table `touched` (records just written).
    """
    from bordertrack.domain.entities import ENTITIES

    for target in ENTITIES.values():
        referrers = _id_referrers(target.name)
        if not referrers:
            continue
        merged = (
            f"SELECT m.id FROM {target.table} m WHERE m._deleted = 1 AND m._merged_into IS NOT NULL"
        )
        # Merges are rare: with no merged record of this kind there is nothing to redirect,
        # and the statements below would each scan a referring table for nothing.
        if conn.execute(f"{merged} LIMIT 1").fetchone() is None:
            continue
        survivor = (
            f"(SELECT m._merged_into FROM {target.table} m WHERE m.id = {{col}} AND m._deleted = 1)"
        )
        target_touched = target.name in touched
        for e, col in referrers:
            where = f'"{col}" IN ({merged})'
            if not target_touched:
                if e.name not in touched:
                    continue
                where += f" AND id IN (SELECT record_id FROM touched WHERE entity = '{e.name}')"
            for _hop in range(2):  # a chain of two merges is followed too
                conn.execute(
                    f'UPDATE {e.table} SET "{col}" = {survivor.format(col=chr(34) + col + chr(34))} '
                    f"WHERE {where}"
                )
