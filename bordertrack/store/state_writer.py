"""The state side of an apply: each folded record's row in its entity table, its conflicts,
and the counts of records created, updated, deleted and left unchanged.

Kept apart from the apply's reading and folding (store/apply.py) so that each stays a
size one can read; the bulk load writes its rows through `state_row` and `conflict_rows`.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any, NamedTuple

from bordertrack.domain.entities import ENTITIES
from bordertrack.store.apply_result import ApplyResult
from bordertrack.store.changes import DELETED, MERGED_INTO
from bordertrack.store.fold import Folded, shown
from bordertrack.store.log_codec import insert_rows


class _Made(NamedTuple):
    """What the count of a record made by one edit needs of its fold."""

    hlc: int
    exists: bool = True
    deleted: bool = False


def conflict_rows(entity: str, record_id: str, folded: Folded) -> list[tuple]:
    """The `conflicts` table rows of one folded record (the apply path and the bulk load)."""
    return [
        (
            c.id,
            entity,
            record_id,
            c.field,
            c.kind,
            c.winner.cid,
            c.winner.value,
            c.winner.hlc,
            c.loser.cid,
            c.loser.value,
            c.loser.hlc,
        )
        for c in folded.conflicts
    ]


def live_row(
    field_names: tuple[str, ...], record_id: str, values: dict[str, Any], hlc: int
) -> tuple:
    """`state_row` of a record neither deleted nor merged, from its values and stamp: a
    record made by one edit, in the apply and the bulk load, without a fold."""
    return (record_id, *map(values.get, field_names), 0, None, hlc)


def state_row(field_names: tuple[str, ...], record_id: str, folded: Folded) -> tuple:
    """One entity-table row of a folded record, in the table's column order."""
    v = folded.values
    return (
        record_id,
        *map(v.get, field_names),
        1 if v.get(DELETED) else 0,
        v.get(MERGED_INTO),
        folded.hlc,
    )


class StateWriter:
    """Collects folded records per entity and writes them with one statement each."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.rows: dict[str, list[tuple]] = defaultdict(list)
        self.gone: dict[str, list[tuple[str]]] = defaultdict(list)
        self.states: dict[str, dict[str, Folded | _Made]] = defaultdict(dict)
        self.conflicts: list[tuple] = []
        # Read per batch, not at import: a materialise step refolds a changed declaration.
        self.names = {name: e.field_names for name, e in ENTITIES.items()}

    def add_made(self, entity: str, record_id: str, values: dict[str, Any], hlc: int) -> None:
        """`add` for a record made by one edit (`fold.one_new_edit_values`): its state row
        straight from the edit's values, as `state_row` would give it from its fold."""
        self.states[entity][record_id] = _Made(hlc)
        self.rows[entity].append(live_row(self.names[entity], record_id, values, hlc))

    def add(self, entity: str, record_id: str, folded: Folded) -> None:
        if folded.exists and not shown(ENTITIES[entity], folded):
            folded = Folded()  # only fields of a newer release: no row yet
        self.states[entity][record_id] = folded
        if not folded.exists:
            self.gone[entity].append((record_id,))
            return
        self.rows[entity].append(state_row(self.names[entity], record_id, folded))

    def flush(self, result: ApplyResult) -> None:
        for entity, states in self.states.items():
            e = ENTITIES[entity]
            before = _existing(self.conn, e.table, list(states))
            first = (
                None
                if result.states_before is None
                else result.states_before.setdefault(entity, {})
            )
            for rid, folded in states.items():
                was = before.get(rid)
                now = (folded.deleted, folded.hlc) if folded.exists else None
                if first is not None:
                    first.setdefault(rid, was)
                    result.states_after.setdefault(entity, {})[rid] = now
                outcome = classify(was, now)
                if outcome is not None:
                    setattr(result, outcome, getattr(result, outcome) + 1)
        for entity, rows in self.rows.items():
            e = ENTITIES[entity]
            cols = ["id", *e.field_names, "_deleted", "_merged_into", "_hlc"]
            names = ", ".join(f'"{c}"' for c in cols)
            updates = ", ".join(f'"{c}" = excluded."{c}"' for c in cols[1:])
            insert_rows(
                self.conn,
                f"INSERT INTO {e.table} ({names})",
                rows,
                f"ON CONFLICT(id) DO UPDATE SET {updates}",
            )
        for entity, ids in self.gone.items():
            self.conn.executemany(f"DELETE FROM {ENTITIES[entity].table} WHERE id = ?", ids)
        self.conn.execute(
            "DELETE FROM conflicts WHERE EXISTS (SELECT 1 FROM touched t "
            "WHERE t.entity = conflicts.entity AND t.record_id = conflicts.record_id)"
        )
        self.conn.executemany(
            "INSERT OR REPLACE INTO conflicts VALUES (?,?,?,?,?,?,?,?,?,?,?)", self.conflicts
        )
        result.conflicts_after = len(self.conflicts)


Row = tuple[int, int]  # a record's (_deleted, _hlc) in its entity table


def classify(was: Row | None, now: Row | None) -> str | None:
    """What happened to a record, from its row before and after (None: no row): the
    ApplyResult count it adds to, or None when it neither was nor is anything shown."""
    if now is None or (was is None and now[0]):
        return None
    if was is None:
        return "created"
    if now[0] and not was[0]:
        return "deleted"
    if was[1] != now[1]:
        return "updated"
    return "unchanged_records"


def _existing(conn: sqlite3.Connection, table: str, ids: list[str]) -> dict[str, Row]:
    """The rows of these records as they stand: id -> (_deleted, _hlc)."""
    found: dict[str, tuple[int, int]] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        marks = ",".join("?" for _ in chunk)
        for rid, deleted, hlc in conn.execute(
            f"SELECT id, _deleted, _hlc FROM {table} WHERE id IN ({marks})", chunk
        ):
            found[rid] = (deleted, hlc)
    return found
