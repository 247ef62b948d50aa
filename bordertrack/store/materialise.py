"""Entity tables materialised from the change log to match the declarations.

The change log is the truth; an entity table is a cache of its fold. Each table records
the fingerprint of the declaration it was made for. When a declaration changes (a field
added by a new release), opening the database adds the missing columns and refolds that
entity's records from the log, in one recorded step, so values that arrived before this
device knew the field appear in their column. A column is never dropped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from dataclasses import dataclass

from bordertrack.domain.entities import ENTITIES, Entity
from bordertrack.store.schema import entity_columns, entity_ddl, search_index


@dataclass(frozen=True)
class Step:
    """One materialisation: the entity, its new fingerprint, the columns added."""

    entity: str
    fingerprint: str
    added: tuple[str, ...]
    refolded: int


def fingerprint(e: Entity) -> str:
    """Changes when the entity's columns or indexes change, and only then."""
    shape = {"columns": entity_columns(e), "ddl": entity_ddl(e)}
    return hashlib.sha256(json.dumps(shape).encode()).hexdigest()[:16]


def stale_entities(conn: sqlite3.Connection) -> list[Entity]:
    """Entities whose table was made for another declaration (or never made)."""
    recorded = dict(conn.execute("SELECT entity, fingerprint FROM entity_tables"))
    return [e for e in ENTITIES.values() if recorded.get(e.name) != fingerprint(e)]


def materialise(conn: sqlite3.Connection, stale: list[Entity] | None = None) -> list[Step]:
    """Bring every entity table to its declaration; one transaction, nothing when current.

    `stale` is the list the opener already computed (`stale_entities`), or None to compute it.
    """
    if stale is None:
        stale = stale_entities(conn)
    if not stale:
        return []
    conn.execute("BEGIN IMMEDIATE")
    try:
        steps = [_materialise(conn, e) for e in stale]
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return steps


def _column_types(conn: sqlite3.Connection, table: str) -> dict[str, str]:
    """Each existing column's storage type (TEXT, INTEGER, REAL...), in table order."""
    return {r[1]: r[2].upper() for r in conn.execute(f'PRAGMA table_info("{table}")')}


def _storage_type(declaration: str) -> str:
    return declaration.split()[0].upper()


def _reshape(conn: sqlite3.Connection, table: str, types: dict[str, str], drop: set[str]) -> None:
    """Change column types and drop columns, which SQLite's ALTER TABLE cannot do: the table
    is rebuilt by sqlite-utils' transform inside this transaction (its statements, run here,
    so the step stays all or nothing). Imported here: only an upgrade that reshapes pays."""
    from sqlite_utils import Database

    for _seq, index, _unique, _origin, partial in conn.execute(
        f'PRAGMA index_list("{table}")'
    ).fetchall():
        # Gone with its field; or partial or on an expression (transform cannot rebuild
        # those): `entity_ddl` makes it again right after the reshape.
        columns = {r[2] for r in conn.execute(f'PRAGMA index_info("{index}")')}
        if partial or None in columns or columns & drop:
            conn.execute(f'DROP INDEX "{index}"')
    for stmt in Database(conn).table(table).transform_sql(types=types, drop=drop):
        conn.execute(stmt)


def _materialise(conn: sqlite3.Connection, e: Entity) -> Step:
    existing = _column_types(conn, e.table)
    declared = entity_columns(e)
    changed = False
    if existing:
        wanted = {name: _storage_type(decl) for name, decl in declared}
        retyped = {n: t for n, t in wanted.items() if n in existing and existing[n] != t}
        dropped = set(existing) - set(wanted)
        if retyped or dropped:
            _reshape(conn, e.table, retyped, dropped)
            changed = True
        added = tuple(n for n, _ in declared if n not in existing)
        for name, decl in declared:
            if name in added:
                conn.execute(f'ALTER TABLE {e.table} ADD COLUMN "{name}" {decl}')
    else:
        added = tuple(n for n, _ in declared)
    _drop_old_search_indexes(conn, e)
    for stmt in entity_ddl(e):  # CREATE ... IF NOT EXISTS: the table when new, and indexes
        conn.execute(stmt)
    refolded = _refold_entity(conn, e) if added or changed else 0
    print_ = fingerprint(e)
    conn.execute(
        "INSERT INTO entity_tables VALUES (?, ?, ?) ON CONFLICT(entity) DO UPDATE SET "
        "fingerprint = excluded.fingerprint, columns = excluded.columns",
        (e.name, print_, json.dumps([n for n, _ in entity_columns(e)])),
    )
    conn.execute(
        "INSERT INTO schema_steps (at, entity, fingerprint, added, refolded) VALUES (?,?,?,?,?)",
        (dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), e.name, print_,
         json.dumps(added), refolded),
    )  # fmt: skip
    return Step(e.name, print_, added, refolded)


def _drop_old_search_indexes(conn: sqlite3.Connection, e: Entity) -> None:
    """A search index made for another declaration's searchable fields (its name differs)."""
    prefix = f"idx_{e.table}__search_"
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", (e.table,)
    ).fetchall():
        if name.startswith(prefix) and name != search_index(e):
            conn.execute(f'DROP INDEX "{name}"')


def _refold_entity(conn: sqlite3.Connection, e: Entity) -> int:
    """Write every record of `e` again from the log; returns how many."""
    from bordertrack.store.apply import TOUCHED_DDL, ApplyResult, refold_touched
    from bordertrack.store.roles import known_roles

    conn.execute(TOUCHED_DDL)
    conn.execute("DELETE FROM touched")
    conn.execute(
        "INSERT INTO touched SELECT DISTINCT entity, record_id FROM changes WHERE entity = ?",
        (e.name,),
    )
    count = conn.execute("SELECT count(*) FROM touched").fetchone()[0]
    if count:
        refold_touched(conn, known_roles(conn), ApplyResult())
    return int(count)
