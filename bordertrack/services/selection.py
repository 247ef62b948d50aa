"""Which changes an export carries: what the receiver lacks, what the sender may speak for,
and what the receiver needs to know.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

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
    _moved_out(conn, post)


def _moved_out(conn: sqlite3.Connection, post: str) -> None:
    """Fill temp table `moves` with the edits that took a record away from `post` (or moved,
    deleted or merged it after it left): the post must learn that it no longer holds it.

    A post was told it had a record when an accepted change set its post field to that post,
    or when a held hand-over to it was made by a post that had itself been told so: a
    coordinator may relay a chain of hand-overs (Dostuk to Ak-Jol, Ak-Jol to Bor-Dobo)
    before it learns of an earlier transfer, and every post along the chain must hear where
    the record is now. Only whole edits that change the post field, delete or merge travel;
    the new post's other edits stay need-to-know.
    """
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS moves (entity TEXT, record_id TEXT, origin TEXT, "
        "hlc INTEGER, PRIMARY KEY (entity, record_id, origin, hlc))"
    )
    conn.execute("DELETE FROM moves")
    for e in ENTITIES.values():
        if not e.post_field:
            continue
        conn.execute(
            "WITH RECURSIVE told(record_id, post) AS ("
            " SELECT x.record_id, x.value FROM changes x"
            " WHERE x.entity = :entity AND x.field = :field AND x.accepted = 1"
            "  AND (x.value = :post OR x.record_id IN (SELECT h.record_id FROM changes h"
            "   WHERE h.entity = :entity AND h.field = :field AND h.accepted = 0))"
            " UNION"
            " SELECT x.record_id, x.value FROM told t"
            " JOIN changes x ON x.entity = :entity AND x.record_id = t.record_id"
            "  AND x.field = :field AND x.accepted = 0"
            " JOIN devices d ON d.id = x.origin AND d.role = 'post' AND d.post = t.post) "
            "INSERT OR IGNORE INTO moves SELECT m.entity, m.record_id, m.origin, m.hlc "
            "FROM changes m WHERE m.entity = :entity "
            "AND m.field IN (:field, '_deleted', '_merged_into') "
            "AND m.record_id IN (SELECT record_id FROM told WHERE post = :post) "
            "AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.entity = m.entity AND w.record_id = m.record_id)",
            {"entity": e.name, "field": e.post_field, "post": post},
        )


def _arrived(conn: sqlite3.Connection, post: str) -> None:
    """Fill temp table `arrived` with the post's records whose move to it (or creation for
    it) the post has not acknowledged yet: the post needs their whole history now."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS arrived (entity TEXT, record_id TEXT, "
        "PRIMARY KEY (entity, record_id))"
    )
    conn.execute("DELETE FROM arrived")
    for e in ENTITIES.values():
        fields = [f for f in (e.post_field, "to_post" if e.name == "handover_act" else None) if f]
        if not fields:
            continue
        marks = ", ".join("?" for _ in fields)
        conn.execute(
            "INSERT OR IGNORE INTO arrived SELECT DISTINCT c.entity, c.record_id FROM changes c "
            "JOIN wanted w ON w.entity = c.entity AND w.record_id = c.record_id "
            f"WHERE c.entity = ? AND c.field IN ({marks}) AND c.value = ? "
            "AND c.seq > coalesce((SELECT s.seq FROM since_vec s WHERE s.origin = c.origin), 0)",
            (e.name, *fields, post),
        )


def selection_sql(
    conn: sqlite3.Connection,
    *,
    me: str,
    my_role: str,
    since: dict[str, int],
    recipient_post: str | None,
) -> tuple[str, list]:
    """`FROM changes c ... WHERE ...` and its parameters for the changes above `since` per
    origin; only my own unless I am a coordinator (who relays); for a post recipient only
    reference data, that post's records, and the edits that took its former records away.
    The temporary tables it reads are filled here and hold until the next selection.
    """
    clauses, params = [], []
    if my_role != "coordinator":
        clauses.append("c.origin = ?")
        params.append(me)
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS since_vec (origin TEXT PRIMARY KEY, seq INTEGER)")
    conn.execute("DELETE FROM since_vec")
    conn.executemany("INSERT INTO since_vec VALUES (?, ?)", list(since.items()))
    unseen = "c.seq > coalesce((SELECT s.seq FROM since_vec s WHERE s.origin = c.origin), 0)"
    join = ""
    if recipient_post:
        _need_to_know(conn, recipient_post)
        _arrived(conn, recipient_post)
        # A record that reaches the post travels whole, older changes included: before, they
        # were left out as not meant for it (and the post's vector counts them as seen).
        unseen = (
            f"({unseen} OR EXISTS (SELECT 1 FROM arrived a WHERE a.entity = c.entity "
            "AND a.record_id = c.record_id))"
        )
        refs = ", ".join(f"'{n}'" for n in REFERENCE)
        join = "LEFT JOIN wanted w ON w.entity = c.entity AND w.record_id = c.record_id"
        clauses.append(
            f"(c.entity IN ({refs}) OR w.record_id IS NOT NULL OR EXISTS (SELECT 1 FROM moves m "
            "WHERE m.entity = c.entity AND m.record_id = c.record_id AND m.origin = c.origin "
            "AND m.hlc = c.hlc))"
        )
    clauses.append(unseen)
    return f"FROM changes c {join} WHERE {' AND '.join(clauses)}", params


def select_changes(
    conn: sqlite3.Connection,
    *,
    me: str,
    my_role: str,
    since: dict[str, int],
    recipient_post: str | None,
) -> list[Change]:
    """The changes `selection_sql` chooses, in (origin, seq) order, as a list."""
    source, params = selection_sql(
        conn, me=me, my_role=my_role, since=since, recipient_post=recipient_post
    )
    cols = ", ".join(f"c.{col}" for col in CHANGE_COLUMNS)
    return [
        Change(*r) for r in conn.execute(f"SELECT {cols} {source} ORDER BY c.origin, c.seq", params)
    ]


class LogSource:
    """The chosen changes read from the log once per bundle sheet (a `ChangeSource` of
    sync/bundle_write.py), so an export holds one row at a time, never the bundle.

    Run its passes inside one read transaction: each pass must see the same log."""

    def __init__(self, conn: sqlite3.Connection, source: str, params: list) -> None:
        self.conn, self.source, self.params = conn, source, params
        self._counts: dict[str, tuple[int, int]] | None = None

    def counts(self) -> dict[str, tuple[int, int]]:
        """entity -> (records, changes), counted once."""
        if self._counts is None:
            sql = f"SELECT c.entity, count(DISTINCT c.record_id), count(*) {self.source} GROUP BY c.entity"
            self._counts = {e: (r, n) for e, r, n in self.conn.execute(sql, self.params)}
        return self._counts

    def origins(self) -> set[str]:
        return {
            o for (o,) in self.conn.execute(f"SELECT DISTINCT c.origin {self.source}", self.params)
        }

    def by_record(self, entity: str) -> Iterable[tuple]:
        sql = (
            f"SELECT c.record_id, c.field, c.value, c.hlc, c.origin, c.seq {self.source} "
            "AND c.entity = ? ORDER BY c.record_id"
        )
        return self.conn.execute(sql, [*self.params, entity])

    def changes(self) -> Iterable[tuple]:
        cols = ", ".join(f"c.{col}" for col in CHANGE_COLUMNS)
        return self.conn.execute(
            f"SELECT {cols} {self.source} ORDER BY c.origin, c.seq", self.params
        )
