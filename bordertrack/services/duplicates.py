"""Records that are the same real thing (one asset tag, serial or service number, or one
reference code) created in two places: surfaced for merging, never silently dropped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import partial
from typing import Any

from bordertrack.domain.entities import ENTITIES, entity
from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.services import records
from bordertrack.store.database import Store
from bordertrack.store.edits import load_fold, write_delete, write_edit
from bordertrack.store.query import CHUNK, LIVE, live


@dataclass
class DuplicateGroup:
    """Live records sharing `value` in `field`. Their rows are read when first asked for:
    counting groups (an import's report, the dashboard) must not read every row of a group
    that may hold a million records."""

    entity: str
    field: str
    value: Any
    _records: list[dict[str, Any]] | Callable[[], list[dict[str, Any]]] = dc_field(repr=False)

    @property
    def records(self) -> list[dict[str, Any]]:
        if callable(self._records):
            self._records = self._records()
        return self._records

    def to_json(self) -> dict:
        return {
            "entity": self.entity,
            "field": self.field,
            "value": self.value,
            "records": self.records,
        }


def duplicate_groups(
    conn: sqlite3.Connection, touched: dict[str, set[str]] | None = None
) -> list[DuplicateGroup]:
    """Live records sharing a natural key; with `touched`, only groups that include one of them
    (found from the touched records' own values, so the work follows the import, not the
    size of the table)."""
    out: list[DuplicateGroup] = []
    for e in ENTITIES.values():
        if touched is not None and e.name not in touched:
            continue
        cols = ("id", *e.field_names)
        select = ", ".join(f'"{c}"' for c in cols)
        for key in e.natural_keys:
            values = (
                _shared_values(conn, e.table, key)
                if touched is None
                else _shared_touched_values(conn, e.table, key, touched[e.name])
            )
            for value in values:
                sql = f'SELECT {select} FROM {e.table} WHERE {LIVE} AND "{key}" = ? ORDER BY id'
                rows = partial(_rows, conn, sql, value, cols)
                out.append(DuplicateGroup(e.name, key, value, rows))
    return out


def _rows(conn: sqlite3.Connection, sql: str, value: Any, cols: tuple) -> list[dict[str, Any]]:
    return [dict(zip(cols, r, strict=True)) for r in conn.execute(sql, (value,))]


def _shared_values(conn: sqlite3.Connection, table: str, key: str) -> list:
    sql = (
        f'SELECT "{key}" FROM {table} WHERE {LIVE} AND "{key}" IS NOT NULL AND "{key}" <> \'\' '
        f'GROUP BY "{key}" HAVING count(*) > 1'
    )
    return [value for (value,) in conn.execute(sql).fetchall()]


def _shared_touched_values(conn: sqlite3.Connection, table: str, key: str, ids: set[str]) -> list:
    """The values of `key` that a live touched record holds and another live record shares,
    in the order the whole-table GROUP BY gives (SQLite's: numbers before text).

    One statement per chunk of ids: each touched record's value is looked up in the key's
    index for one other live record, and SQLite stops at the first (a group of a million
    records costs one probe, and a value no other record holds one probe too)."""
    ids_list = sorted(ids)
    sql = (
        f'SELECT DISTINCT t."{key}" FROM {table} t WHERE {live("t")} '
        f'AND t."{key}" IS NOT NULL AND t."{key}" <> \'\' AND t.id IN ({{marks}}) '
        f'AND EXISTS (SELECT 1 FROM {table} o WHERE o."{key}" = t."{key}" '
        f"AND {live('o')} AND o.id <> t.id)"
    )
    shared: set = set()
    for i in range(0, len(ids_list), CHUNK):
        chunk = ids_list[i : i + CHUNK]
        found = conn.execute(sql.format(marks=", ".join("?" * len(chunk))), chunk)
        shared.update(value for (value,) in found)
    return sorted(shared, key=_sqlite_order)


def _sqlite_order(value: Any) -> tuple:
    """SQLite's order for the values of one column: numbers, then text, then blobs."""
    if isinstance(value, int | float):
        return (0, value, b"")
    if isinstance(value, str):
        return (1, 0, value.encode())
    return (2, 0, bytes(value))


def list_duplicates(store: Store) -> list[DuplicateGroup]:
    return duplicate_groups(store.conn)


class CannotMerge(BorderTrackError):
    pass


def _referrers(entity_name: str) -> list[tuple[str, str]]:
    """(entity, field) pairs whose REF field points at `entity_name` by id."""
    return [(e.name, f.name) for e in ENTITIES.values() for f in e.fields if f.ref == entity_name]


def merge_duplicates(
    store: Store, entity_name: str, keep_id: str, drop_id: str, *, operator: str = ""
) -> int:
    """Move every reference from `drop_id` to `keep_id`, fill the kept record's empty fields
    from the dropped one, then tombstone the dropped record as merged. Returns references moved.
    """
    e = entity(entity_name)
    if keep_id == drop_id:
        raise CannotMerge(error_template("Choose two different records to merge."))
    keep = records.get(store, e.name, keep_id)
    drop = records.get(store, e.name, drop_id)
    moved = 0
    with store.transaction():
        old_key, new_key = (drop[e.key], keep[e.key]) if e.key != "id" else (drop_id, keep_id)
        for ref_entity, ref_field in _referrers(e.name):
            target = ENTITIES[ref_entity]
            ids = [
                r[0]
                for r in store.conn.execute(
                    f'SELECT id FROM {target.table} WHERE "{ref_field}" = ? AND {LIVE}',
                    (old_key,),
                )
            ]
            for rid in ids:
                if old_key != new_key:
                    write_edit(store, target, rid, {ref_field: new_key}, operator=operator)
                    moved += 1
        fill = {
            k: v
            for k, v in drop.items()
            if k != "id" and keep.get(k) in (None, "") and v not in (None, "")
        }
        if fill:
            write_edit(store, e, keep_id, fill, operator=operator)
        folded = load_fold(store, e, drop_id)
        if folded.exists:
            write_delete(store, e, drop_id, operator=operator, merged_into=keep_id)
    return moved


def entity_of(store: Store, record_id: str) -> str:
    """The entity a record id belongs to, so `duplicates merge` needs only the two ids."""
    for e in ENTITIES.values():
        if store.conn.execute(f"SELECT 1 FROM {e.table} WHERE id = ?", (record_id,)).fetchone():
            return e.name
    raise CannotMerge(
        error_template("No record with id {record_id}; see 'duplicates list'."), record_id=record_id
    )
