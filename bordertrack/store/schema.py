"""The database schema: local tables by numbered migrations, entity tables by declaration.

Local tables (device, settings, the change log, trust store, logs) change only through
numbered migrations, each applied once, in order, recorded in PRAGMA user_version; a
shipped migration is never edited, a new one is appended. Entity tables are not
migrations: they are materialised from the change log to match the declarations
(`store.materialise`), so a field added in a later release gets its column and values.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable

from bordertrack.domain.entities import ENTITIES, Entity
from bordertrack.domain.errors import DatabaseProblem, error_template
from bordertrack.store.log_codec import compact_old_log

# Columns every synced table has besides its declared fields. They are derived from
# the change log, never edited directly.
META_COLUMNS = (
    ("_deleted", "INTEGER NOT NULL DEFAULT 0"),
    ("_merged_into", "TEXT"),
    ("_hlc", "INTEGER NOT NULL DEFAULT 0"),
)


def entity_columns(e: Entity) -> list[tuple[str, str]]:
    """(name, declaration) of every column of an entity's table, in order."""
    cols = [("id", "TEXT PRIMARY KEY NOT NULL")]
    cols += [(f.name, f.sql_type) for f in e.fields]
    cols += list(META_COLUMNS)
    cols += list(e.derived)  # declared with the entity (`Entity.derived`)
    return cols


GONE = "_deleted IS NOT 0"  # the rows the partial index of each entity table holds


def gone_index(e: Entity) -> str:
    return f"idx_{e.table}__gone"


def indexed_fields(e: Entity) -> set[str]:
    """The declared fields with an index of their own: natural keys, the post, the key
    and references to the larger tables. A table sorted by one of them reads it in order
    (`query.Reads.page` walks it to find a search's first page)."""
    indexed = set(e.natural_keys)
    if e.post_field:
        indexed.add(e.post_field)
    if e.key != "id":
        indexed.add(e.key)
    indexed |= {f.name for f in e.fields if f.ref and f.ref not in ("post", "agency", "project")}
    return indexed


def _as_like_reads(name: str) -> str:
    """A field's text as SQLite's LIKE reads it: up to its first NUL character, '' for none."""
    col = f'"{name}"'
    cut = f"instr({col}, char(0))"
    return f"CASE WHEN {cut} > 0 THEN substr({col}, 1, {cut} - 1) ELSE coalesce({col}, '') END"


# Between the fields of the searchable text: a search holding it could match across two
# fields there, so it takes the general path (`query._search_clause`).
SEARCH_SEPARATOR = "\x1f"


def search_text_sql(e: Entity) -> str:
    """The searchable fields of `e` as one text, as LIKE reads each, joined by the separator:
    a text without the separator is in it exactly when it is in one of the fields."""
    parts = [_as_like_reads(f.name) for f in e.fields if f.searchable]
    return "(" + " || char(31) || ".join(parts) + ")"


def search_refs(e: Entity) -> list[str]:
    """The searchable references of `e`: a search matches them by the named record's title."""
    return [f.name for f in e.fields if f.searchable and f.ref in ENTITIES]


def _search_index_columns(e: Entity) -> str:
    """The searchable text, the references a search matches by title and the live flag:
    all a search's count reads, so it reads the index and not the table's rows."""
    return ", ".join([search_text_sql(e), *(f'"{n}"' for n in search_refs(e)), "_deleted"])


def search_index(e: Entity) -> str | None:
    """The name of `e`'s search index, or None. The name holds a digest of its columns, so
    a declaration that changes them makes a new index (`materialise` drops the old)."""
    if not e.search_index:
        return None
    digest = hashlib.sha256(_search_index_columns(e).encode()).hexdigest()[:8]
    return f"idx_{e.table}__search_{digest}"


def search_index_ddl(e: Entity) -> str:
    """The search index of `e` (declared by `Entity.search_index`)."""
    return f"CREATE INDEX IF NOT EXISTS {search_index(e)} ON {e.table}({_search_index_columns(e)})"


def entity_ddl(e: Entity) -> list[str]:
    """CREATE TABLE and index statements for one entity.

    No UNIQUE index on natural keys and no SQL foreign keys: sync must accept whatever
    arrives; duplicates and unknown references are surfaced, not refused.
    """
    cols = [f'"{name}" {decl}' for name, decl in entity_columns(e)]
    stmts = [f"CREATE TABLE IF NOT EXISTS {e.table} ({', '.join(cols)})"]
    for name in sorted(indexed_fields(e)):
        stmts.append(f'CREATE INDEX IF NOT EXISTS idx_{e.table}_{name} ON {e.table}("{name}")')
    # Every table opens by counting its live records: all rows (SQLite counts a B-tree's
    # cells without reading them) less the deleted ones, from this index of deleted rows only
    # (`query.Reads.count`). Partial, so no query for live records can pick it by mistake.
    stmts.append(f"CREATE INDEX IF NOT EXISTS {gone_index(e)} ON {e.table}(_deleted) WHERE {GONE}")
    if e.search_index:
        stmts.append(search_index_ddl(e))
    return stmts


LOCAL_DDL = [
    # This installation: one row. The private key never leaves this table except to a
    # passphrase-protected key file chosen by the person.
    """CREATE TABLE IF NOT EXISTS device (
        id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL, post TEXT,
        created_at TEXT NOT NULL, public_key BLOB NOT NULL, private_key BLOB NOT NULL,
        key_protected INTEGER NOT NULL DEFAULT 0)""",
    "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY NOT NULL, value TEXT)",
    # The authoritative change log: what travels between devices.
    """CREATE TABLE IF NOT EXISTS changes (
        origin TEXT NOT NULL, seq INTEGER NOT NULL, hlc INTEGER NOT NULL,
        entity TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,
        value, prev TEXT NOT NULL DEFAULT '', operator TEXT NOT NULL DEFAULT '',
        accepted INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (origin, seq)) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS idx_changes_record ON changes(entity, record_id)",
    "CREATE INDEX IF NOT EXISTS idx_changes_held ON changes(accepted) WHERE accepted = 0",
    # Derived: concurrent edits kept for review, recomputed whenever a record changes.
    """CREATE TABLE IF NOT EXISTS conflicts (
        id TEXT PRIMARY KEY NOT NULL, entity TEXT NOT NULL, record_id TEXT NOT NULL,
        field TEXT NOT NULL, kind TEXT NOT NULL,
        winner TEXT NOT NULL, winner_value, winner_hlc INTEGER NOT NULL,
        loser TEXT NOT NULL, loser_value, loser_hlc INTEGER NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS idx_conflicts_record ON conflicts(entity, record_id)",
    # Trust store: the devices this one accepts bundles from, with the role and post the
    # receiving side decided. status: trusted | revoked | introduced (known via a relay).
    """CREATE TABLE IF NOT EXISTS devices (
        id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL DEFAULT '', role TEXT NOT NULL,
        post TEXT, public_key BLOB, fingerprint TEXT, status TEXT NOT NULL,
        introduced_by TEXT, added_at TEXT NOT NULL, revoked_at TEXT)""",
    # What each peer last told us it has (its version vector), and its bundle chain.
    """CREATE TABLE IF NOT EXISTS peers (
        id TEXT PRIMARY KEY NOT NULL, vector TEXT NOT NULL DEFAULT '{}',
        last_bundle_seq INTEGER NOT NULL DEFAULT 0, last_bundle_digest TEXT,
        last_import_at TEXT, last_export_at TEXT)""",
    """CREATE TABLE IF NOT EXISTS import_log (
        digest TEXT PRIMARY KEY NOT NULL, sender TEXT NOT NULL, bundle_seq INTEGER NOT NULL,
        file_name TEXT, imported_at TEXT NOT NULL, status TEXT NOT NULL, report TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS export_log (
        bundle_seq INTEGER PRIMARY KEY NOT NULL, digest TEXT NOT NULL, recipient TEXT,
        full INTEGER NOT NULL, file_name TEXT, created_at TEXT NOT NULL, changes INTEGER NOT NULL)""",
]


def _v1(conn: sqlite3.Connection) -> None:
    """The local tables of 0.1.0. (0.1.0 also created the entity tables here, from the
    declarations of the day; `store.materialise` now makes and extends them.)"""
    for stmt in LOCAL_DDL:
        conn.execute(stmt)


def _v2(conn: sqlite3.Connection) -> None:
    """Finding the newest stamp seen (clock warning at start) without scanning the log."""
    conn.execute("CREATE INDEX IF NOT EXISTS idx_changes_hlc ON changes(hlc)")


def _v3(conn: sqlite3.Connection) -> None:
    """Bundle chains per recipient: a device that exports to several peers numbers each
    peer's bundles on their own, so no receiver sees false gaps in the numbering.
    """
    conn.execute("ALTER TABLE export_log ADD COLUMN chain_seq INTEGER")
    conn.execute("UPDATE export_log SET chain_seq = bundle_seq")
    conn.execute("ALTER TABLE import_log ADD COLUMN recipient TEXT NOT NULL DEFAULT ''")


def _v4(conn: sqlite3.Connection) -> None:
    """Which declaration each entity table was materialised for, and every such step."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS entity_tables (entity TEXT PRIMARY KEY NOT NULL, "
        "fingerprint TEXT NOT NULL, columns TEXT NOT NULL)"
    )
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_steps (step INTEGER PRIMARY KEY, at TEXT NOT NULL, "
        "entity TEXT NOT NULL, fingerprint TEXT NOT NULL, added TEXT NOT NULL, "
        "refolded INTEGER NOT NULL)"
    )


def _v5(conn: sqlite3.Connection) -> None:
    """The compact change log (`store.log_codec`): integer origins, names and records, no
    stamp index; the view `changes` keeps the old columns for every reader."""
    compact_old_log(conn)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, _v4, _v5]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema to SCHEMA_VERSION, one recorded step at a time; returns steps run."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise DatabaseProblem(
            error_template(
                "This database was written by a newer BorderTrack (schema {current}); install "
                "the newer version to open it."
            ),
            current=current,
        )
    for version in range(current, SCHEMA_VERSION):
        with conn:
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
    return SCHEMA_VERSION - current
