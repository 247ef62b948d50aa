"""Which changes an export carries: what the receiver lacks, what the sender may speak for,
and what the receiver needs to know.
"""

from __future__ import annotations

import json
import sqlite3

from bordertrack.domain.entities import ENTITIES, Scope
from bordertrack.store.changes import CHANGE_COLUMNS, Change

REFERENCE = tuple(
    e.name for e in ENTITIES.values() if e.scope == Scope.REFERENCE or e.name == "course"
)


def peer_vector(conn: sqlite3.Connection, peer: str) -> dict[str, int]:
    row = conn.execute("SELECT vector FROM peers WHERE id = ?", (peer,)).fetchone()
    return json.loads(row[0]) if row else {}


def _need_to_know(conn: sqlite3.Connection, post: str) -> None:
    """Fill temp table `wanted` with the records a post may receive: its own, nobody else's."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS wanted (entity TEXT, record_id TEXT, PRIMARY KEY (entity, record_id))"
    )
    conn.execute("DELETE FROM wanted")
    for e in ENTITIES.values():
        if e.post_field:
            conn.execute(
                f"INSERT OR IGNORE INTO wanted SELECT '{e.name}', id FROM {e.table} WHERE \"{e.post_field}\" = ?",
                (post,),
            )
    # Acts handing items *to* this post, and their lines, travel to it as well.
    conn.execute(
        "INSERT OR IGNORE INTO wanted SELECT 'handover_act', id FROM handover_act WHERE to_post = ?",
        (post,),
    )
    conn.execute(
        "INSERT OR IGNORE INTO wanted SELECT 'handover_item', h.id FROM handover_item h "
        "JOIN handover_act a ON a.id = h.act WHERE a.to_post = ?",
        (post,),
    )


def select_changes(
    conn: sqlite3.Connection,
    *,
    me: str,
    my_role: str,
    since: dict[str, int],
    recipient_post: str | None,
) -> list[Change]:
    """Changes above `since` per origin; only my own unless I am a coordinator (who relays);
    for a post recipient only reference data and that post's records.
    """
    clauses, params = [], []
    if my_role != "coordinator":
        clauses.append("c.origin = ?")
        params.append(me)
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS since_vec (origin TEXT PRIMARY KEY, seq INTEGER)")
    conn.execute("DELETE FROM since_vec")
    conn.executemany("INSERT INTO since_vec VALUES (?, ?)", list(since.items()))
    clauses.append("c.seq > coalesce((SELECT s.seq FROM since_vec s WHERE s.origin = c.origin), 0)")
    join = ""
    if recipient_post:
        _need_to_know(conn, recipient_post)
        refs = ", ".join(f"'{n}'" for n in REFERENCE)
        join = "LEFT JOIN wanted w ON w.entity = c.entity AND w.record_id = c.record_id"
        clauses.append(f"(c.entity IN ({refs}) OR w.record_id IS NOT NULL)")
    cols = ", ".join(f"c.{col}" for col in CHANGE_COLUMNS)
    sql = f"SELECT {cols} FROM changes c {join} WHERE {' AND '.join(clauses)} ORDER BY c.origin, c.seq"
    return [Change(*r) for r in conn.execute(sql, params)]
