"""Loading millions of changes of new records at once (the large demo) through bulk statements.

`apply_changes` is the one way changes reach a database, and it pays for generality: it
probes the log for each batch's ids and records, reads touched records back, upserts
their state. Records that did not exist before a batch need none of that. For them the
loader folds the batch in memory with the same `fold`, inserts their state and their
log rows with one `executemany` each, and leaves everything else to `apply_changes`.
Everything happens in one transaction in a rollback journal, and the secondary indexes
are built once at the end (sorting beats millions of random inserts). A batch of new
records only is inserted on a second thread while the caller builds the next batch;
`wait()` comes before anything else touches the connection.

Only for a database that is being filled from nothing (the demo guard refuses any other):
a load that is killed, fails or loses power leaves the file as it was before it (the
journal is on disk before any page the file had is overwritten), and the file is on
disk when the load commits. `tests/test_demo_bulk.py` checks the result equals the one
`apply_changes` gives, and `tests/test_bulk_journal.py` a load killed half-way.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from operator import itemgetter
from typing import Any

from bordertrack.domain.entities import ENTITIES, Entity
from bordertrack.store.apply import apply_changes, stored_value
from bordertrack.store.changes import META_FIELDS, Change
from bordertrack.store.database import Store
from bordertrack.store.derived import redirect_merged_refs, resolve_merge_cycles
from bordertrack.store.fold import LogRow, fold
from bordertrack.store.gc_pause import gc_paused
from bordertrack.store.log_codec import LogWriter, insert_new, insert_rows
from bordertrack.store.roles import known_roles
from bordertrack.store.schema import gone_index
from bordertrack.store.scope import Role, allowed
from bordertrack.store.state_writer import conflict_rows, live_row, state_row

RecordKey = tuple[str, str]
_new_logrow = LogRow._make
_FOLD_ORDER = itemgetter(2, 0, 1)  # LogRow (hlc, origin, seq)
_HLC = itemgetter(2)
_CHANGE_ORDER = itemgetter(2, 0, 1)  # Change (hlc, origin, seq): the fold's order
_FIELD_NAMES = {name: e.field_names for name, e in ENTITIES.items()}
# Rows to one statement on the writer thread: it takes the GIL back after each statement,
# and while the other thread runs Python that waits up to the 5 ms switch interval. At
# 1,000 rows (4 ms of inserting) the writer waited about as long as it worked.
BULK_ROWS = 10_000


class BulkLoader:
    """Takes batches of changes; records first created in a batch take the bulk path."""

    def __init__(
        self, conn: sqlite3.Connection, roles: dict[str, Role | None], dropped: list[str]
    ) -> None:
        self.conn = conn
        self.roles = roles
        self.dropped = dropped  # CREATE INDEX statements of indexes dropped for the load
        self.max_hlc = 0
        self.touched: dict[str, set[str]] = defaultdict(set)
        self._writer: threading.Thread | None = None
        self._failed: BaseException | None = None

    def add(
        self,
        changes: list[Change],
        created: set[RecordKey],
        groups: dict[RecordKey, list[Change]] | None = None,
        single: set[RecordKey] | frozenset[RecordKey] = frozenset(),
    ) -> None:
        """Load `changes`; `created` names the records none of whose changes is logged yet.

        `groups` may give the changes already grouped by record, in the order written, and
        `single` the created records whose changes are one edit (one origin, one stamp,
        each field once, no prev, no deletion or merge): their state is that edit's values
        when the scope rule lets the origin create the record, without a fold."""
        if not changes:
            return
        self.max_hlc = max(self.max_hlc, max(map(_HLC, changes)))
        if groups is None:
            groups = defaultdict(list)
            for c in changes:
                groups[(c.entity, c.record_id)].append(c)
        rest: list[Change] = []
        accepted: list[tuple[RecordKey, list[Change]]] = []  # logged with accepted = 1
        log: list[Change] = []
        flags: list[int] = []
        states: dict[str, list[tuple]] = defaultdict(list)
        conflicts: list[tuple] = []
        roles = self.roles
        for key, group in groups.items():
            e = ENTITIES.get(key[0])
            if key not in created or e is None:
                rest.extend(group)
                continue
            state = None
            if key in single:
                state = _one_edit_state(e, key[1], group, roles)
            if state is None:
                state = _simple_state(e, key[1], group, roles)
            if state is not None:  # nearly every new record
                accepted.append((key, group))
                states[e.name].append(state)
                self.touched[e.name].add(key[1])
                continue
            rows = [
                _new_logrow((c.origin, c.seq, c.hlc, c.field, stored_value(c.value), c.prev))
                for c in group
            ]
            rows.sort(key=_FOLD_ORDER)
            folded = fold(e, key[1], rows, self.roles)
            held = {(r.origin, r.seq) for r in folded.held} if folded.held else ()
            log.extend(group)
            flags.extend(0 if (c.origin, c.seq) in held else 1 for c in group)
            if folded.exists:
                states[e.name].append(state_row(_FIELD_NAMES[e.name], key[1], folded))
                self.touched[e.name].add(key[1])
            conflicts.extend(conflict_rows(*key, folded))
        self.wait()  # the previous batch's statements are done: the connection is free
        writer = LogWriter(self.conn)
        new_log = writer.new_rows(accepted)
        inserts = [_state_insert(ENTITIES[entity], rows) for entity, rows in states.items()]

        def write_new() -> None:
            insert_new(self.conn, *new_log, most=BULK_ROWS)
            for head, rows in inserts:
                insert_rows(self.conn, head, rows, most=BULK_ROWS)

        if log or conflicts or rest:  # the general paths: one statement after another
            self.restore_indexes()  # they look records up by (entity, id)
            write_new()
            writer.write(log, flags)
            self.conn.executemany(
                "INSERT OR REPLACE INTO conflicts VALUES (?,?,?,?,?,?,?,?,?,?,?)", conflicts
            )
        else:  # nearly every batch: its rows go in while the caller builds the next one
            self._in_background(write_new)
        if rest:  # records already in the database: the general path, which needs indexes
            self.restore_indexes()
            result = apply_changes(self.conn, rest, self.roles)
            for entity, ids in result.touched.items():
                self.touched[entity] |= ids

    def _in_background(self, work: Callable[[], None]) -> None:
        """Run `work` (statements only) on a second thread; `wait` joins it. SQLite lets
        go of the GIL while it inserts, so the next batch is built on the other core."""

        def run() -> None:
            try:
                work()
            except BaseException as exc:  # handed to the loading thread by wait()
                self._failed = exc

        self._writer = threading.Thread(target=run, name="bulk-load writer")
        self._writer.start()

    def wait(self) -> None:
        """Until the batch being inserted is in; its failure is raised here. Everything
        that touches the connection during a load comes after this."""
        if self._writer is not None:
            self._writer.join()
            self._writer = None
        failed, self._failed = self._failed, None
        if failed is not None:
            raise failed

    def logged_heads(self, entity: str, record_id: str) -> dict[str, str]:
        """`logged_heads` once the batches handed over are in (a builder's prev lookup),
        through the indexes it needs."""
        self.restore_indexes()
        return logged_heads(self.conn, entity, record_id)

    def restore_indexes(self) -> None:
        """Build the dropped indexes (once): at the end, or before the general path runs."""
        self.wait()
        for sql in self.dropped:
            self.conn.execute(sql)
        self.dropped = []

    def finish(self) -> None:
        """Derived state once for everything loaded: last verification, merge links."""
        from bordertrack.store.derived import VERIFIED_RESULTS
        from bordertrack.store.query import live

        results = ", ".join(f"'{r}'" for r in VERIFIED_RESULTS)
        self.conn.execute(
            "UPDATE equipment SET _last_verified = (SELECT max(checked_on) FROM stock_check s "
            f"WHERE s.item = equipment.id AND {live('s')} AND +s.post = equipment.post "
            f"AND s.result IN ({results}))"
        )
        merged = [e for e in ENTITIES.values() if e.name in self.touched]
        if any(
            self.conn.execute(
                f"SELECT 1 FROM {e.table} WHERE _merged_into IS NOT NULL LIMIT 1"
            ).fetchone()
            for e in merged
        ):
            self.conn.execute(
                "CREATE TEMP TABLE IF NOT EXISTS touched "
                "(entity TEXT, record_id TEXT, PRIMARY KEY (entity, record_id))"
            )
            self.conn.execute("DELETE FROM touched")
            for entity, ids in self.touched.items():
                self.conn.executemany(
                    "INSERT INTO touched VALUES (?, ?)", ((entity, i) for i in ids)
                )
            for e in merged:
                resolve_merge_cycles(self.conn, e)
            redirect_merged_refs(self.conn, self.touched)


@contextmanager
def bulk_load(store: Store) -> Iterator[BulkLoader]:
    """One transaction for the whole load; the indexes are built at its end.

    The load runs in a rollback journal (`_rollback_journal`) with fsync only where a
    crash needs it, and goes back to the write-ahead log after it."""
    conn = store.conn
    store.ensure_checked()
    rollback = _rollback_journal(conn)
    conn.execute(f"PRAGMA synchronous={'NORMAL' if rollback else 'OFF'}")
    conn.execute("PRAGMA cache_size=-262144")
    try:
        with gc_paused(), store.transaction():
            loader = BulkLoader(conn, known_roles(conn), _drop_secondary_indexes(conn))
            try:
                yield loader
            finally:  # nothing may roll back or go on while the writer thread runs
                if loader._writer is not None:
                    loader._writer.join()
            loader.wait()
            loader.restore_indexes()
            loader.finish()  # its queries need the indexes
            store.clock.observe(loader.max_hlc)
    finally:
        conn.execute("PRAGMA cache_size=-65536")
        conn.execute("PRAGMA synchronous=FULL")
        if rollback:
            _back_to_wal(conn)


def _back_to_wal(conn: sqlite3.Connection) -> None:
    """The write-ahead log again after the load. If another program opened the file
    meanwhile, this connection keeps the rollback journal (as safe, with
    synchronous=FULL) and the next open of the file sets the log again."""
    with suppress(sqlite3.OperationalError):  # locked: the load is committed or rolled back
        conn.execute("PRAGMA journal_mode=WAL")


def _rollback_journal(conn: sqlite3.Connection) -> bool:
    """Leave the write-ahead log for a rollback journal, for the load only; False when
    another connection holds the file open and it stays in the write-ahead log.

    In the write-ahead log every page of the load was written twice: to the log, then to
    the file by the checkpoint at its end. A rollback journal keeps only the pages the
    file had before the load (a few: the file is new), and the pages added after them go
    straight to the file. Killed or cut off at any point, the load leaves either the file
    as it was or all of it: synchronous=NORMAL puts the journal on disk before the file's
    old pages are overwritten (the next open rolls the file back from it), and the file
    is on disk at the commit."""
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError:  # locked by another connection
        return False
    return str(mode).lower() == "delete"


def _state_insert(e: Entity, rows: list[tuple]) -> tuple[str, list[tuple]]:
    cols = ["id", *e.field_names, "_deleted", "_merged_into", "_hlc"]
    names = ", ".join(f'"{c}"' for c in cols)
    return f"INSERT INTO {e.table} ({names})", rows


def _drop_secondary_indexes(conn: sqlite3.Connection) -> list[str]:
    """Drop the indexes of the change log, its record numbers and the synced tables;
    returns how to rebuild them. Each of them takes rows in an order of its own (random
    ids, references), which costs far more row by row than one sort at the end.

    Kept: the change log's record index (record numbers only grow, so it is appended to;
    a batch that touches records already loaded reads their logged changes through it)
    and the partial indexes of held changes and of deleted rows, which a load of new,
    accepted records hardly adds to, while rebuilding them reads their whole table.
    """
    tables = {e.table for e in ENTITIES.values()} | {"change_log", "log_records"}
    kept = {"idx_change_log_rec", "idx_change_log_held"} | {
        gone_index(e) for e in ENTITIES.values()
    }
    rows = conn.execute(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    ).fetchall()
    rebuild = []
    for name, table, sql in rows:
        if table in tables and name not in kept:
            conn.execute(f'DROP INDEX "{name}"')
            rebuild.append(sql)
    return rebuild


_ODD = (bool, float)  # the types stored_value may change


def _one_edit_state(
    e: Entity, record_id: str, group: list[Change], roles: dict[str, Role | None]
) -> tuple | None:
    """The state row of a new record made by one edit (see `BulkLoader.add`): what
    `_simple_state` gives it, without its sort, prev chain and per-edit checks. None when
    the edit repeats a field or the scope rule refuses it (the general paths decide)."""
    values = {c.field: c.value for c in group}
    if len(values) != len(group):
        return None
    if not _ODD_TYPES.isdisjoint(map(type, values.values())):
        values = {k: stored_value(v) for k, v in values.items()}
    first = group[0]
    post_field = e.post_field
    post = values.get(post_field) if post_field else None
    if not allowed(e, roles.get(first.origin), False, None, post):
        return None
    return live_row(_FIELD_NAMES[e.name], record_id, values, first.hlc)


_ODD_TYPES = frozenset(_ODD)


def _simple_state(
    e: Entity, record_id: str, group: list[Change], roles: dict[str, Role | None]
) -> tuple | None:
    """The state row `fold` gives a new record whose every edit the scope rule accepts and
    whose changes of each field form one chain (each names the one before as prev, as a
    single device or a relay of edits makes them): no held change, no conflict, the last
    change of each field wins. None sends the record to the full fold."""
    if len(group) > 1:
        group = sorted(group, key=_CHANGE_ORDER)
    values: dict[str, Any] = {}
    last: dict[str, str] = {}
    post_field = e.post_field
    edit: tuple[int, str] | None = None
    hlc = 0
    for c in group:
        fld = c.field
        if fld in META_FIELDS or c.prev != last.get(fld, ""):
            return None
        if (c.hlc, c.origin) != edit:  # a new edit: may its origin make it?
            edit = (c.hlc, c.origin)
            post_before = values.get(post_field) if post_field else None
            post_after = post_before
            if post_field:
                for d in group:
                    if d.hlc == c.hlc and d.origin == c.origin and d.field == post_field:
                        post_after = stored_value(d.value)
            if not allowed(e, roles.get(c.origin), bool(values), post_before, post_after):
                return None
            hlc = c.hlc
        value = c.value
        values[fld] = stored_value(value) if type(value) in _ODD else value
        last[fld] = f"{c.origin}:{c.seq}"
    return live_row(_FIELD_NAMES[e.name], record_id, values, hlc)


def logged_heads(conn: sqlite3.Connection, entity: str, record_id: str) -> dict[str, str]:
    """Each field's newest logged change id of one record (what a new edit names as prev)."""
    heads: dict[str, str] = {}
    for fld, origin, seq in conn.execute(
        "SELECT field, origin, seq FROM changes WHERE entity = ? AND record_id = ? "
        "ORDER BY hlc, origin, seq",
        (entity, record_id),
    ):
        heads[fld] = f"{origin}:{seq}"
    return heads
