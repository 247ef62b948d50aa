"""The compact change log: small integers on disk, today's `changes` columns to every reader.

A change used to be stored with its text origin, entity, record id, field and prev, and
indexed by (entity, record id) and by stamp: about 235 bytes a change. Now:

- `log_origins` and `log_names` number the device ids and the names (entities, fields,
  operators) once; `log_records` numbers each (entity, record id) once;
- `change_log` holds one row per change keyed by (origin number, seq), with the record's
  number, the field's number, the value, `prev` packed as `origin number << 40 | seq` when
  it names one change (text otherwise, as received), the operator's number (0 for none)
  and the accepted flag; one index on the record number, one on held changes;
- `log_top` keeps the newest stamp logged (what the index on stamps was for);
- the read-only view `changes` gives back the columns of `store.changes.Change` (and
  `accepted`), so every reader keeps its SQL. INSTEAD OF triggers let an INSERT or an
  UPDATE of `accepted`/`hlc` through the view still work (slowly, per row); the apply
  path and the bulk load write `change_log` directly through `LogWriter` and
  `SET_ACCEPTED`, a restamp updates `change_log` itself.

Ids numbered here never leave the database: bundles, conflicts and the state keep text.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from itertools import chain

from bordertrack.store.changes import (
    FIELD_OF,
    HLC_OF,
    OPERATOR_OF,
    ORIGIN_OF,
    RECORD_OF,
    Change,
)

SEQ_BITS = 40
SEQ_MASK = (1 << SEQ_BITS) - 1


def _prev_sql(p: str) -> str:
    """SQL packing the prev text `p`: NULL for none, one known change as an integer,
    anything else kept as text (decoding gives back exactly the text either way)."""
    colon = f"instr({p}, ':')"
    seq = f"substr({p}, {colon} + 1)"
    origin = f"(SELECT o.id FROM log_origins o WHERE o.uuid = substr({p}, 1, {colon} - 1))"
    return (
        f"CASE WHEN {p} = '' THEN NULL "
        f"WHEN instr({p}, ' ') = 0 AND {colon} > 0 AND {origin} IS NOT NULL "
        f"AND CAST(CAST({seq} AS INTEGER) AS TEXT) = {seq} "
        f"AND CAST({seq} AS INTEGER) BETWEEN 0 AND {SEQ_MASK} "
        f"THEN ({origin} << {SEQ_BITS}) | CAST({seq} AS INTEGER) ELSE {p} END"
    )


PREV_TEXT = (
    "CASE WHEN c.prev IS NULL THEN '' WHEN typeof(c.prev) = 'integer' THEN "
    f"(SELECT po.uuid FROM log_origins po WHERE po.id = c.prev >> {SEQ_BITS}) "
    f"|| ':' || (c.prev & {SEQ_MASK}) ELSE c.prev END"
)

TABLES_DDL = [
    "CREATE TABLE log_origins (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL)",
    "CREATE UNIQUE INDEX log_origins_uuid ON log_origins(uuid)",
    "CREATE TABLE log_names (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE UNIQUE INDEX log_names_name ON log_names(name)",
    "CREATE TABLE log_records (id INTEGER PRIMARY KEY, entity INTEGER NOT NULL, "
    "uuid TEXT NOT NULL)",
    "CREATE UNIQUE INDEX log_records_key ON log_records(entity, uuid)",
    """CREATE TABLE change_log (
        origin INTEGER NOT NULL, seq INTEGER NOT NULL, hlc INTEGER NOT NULL,
        rec INTEGER NOT NULL, field INTEGER NOT NULL, value, prev,
        operator INTEGER NOT NULL DEFAULT 0, accepted INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (origin, seq)) WITHOUT ROWID""",
    "CREATE TABLE log_top (one INTEGER PRIMARY KEY CHECK (one = 1), hlc INTEGER NOT NULL)",
]
INDEX_DDL = [
    "CREATE INDEX idx_change_log_rec ON change_log(rec)",
    "CREATE INDEX idx_change_log_held ON change_log(accepted) WHERE accepted = 0",
]
# The record is an inner join (every change has one), so a query by entity alone can start
# from log_records; origin and entity are LEFT JOINs on unique keys, which SQLite leaves
# out when a plain query does not use them and turns into inner joins it may reorder when
# the query filters on them (a query by origin starts from log_origins). Field, operator
# and prev are subqueries, evaluated only for the rows and columns a query reads.
VIEW_DDL = f"""CREATE VIEW changes AS SELECT
    o.uuid AS origin, c.seq AS seq, c.hlc AS hlc, en.name AS entity, r.uuid AS record_id,
    (SELECT f.name FROM log_names f WHERE f.id = c.field) AS field, c.value AS value,
    {PREV_TEXT} AS prev,
    CASE c.operator WHEN 0 THEN '' ELSE
        (SELECT op.name FROM log_names op WHERE op.id = c.operator) END AS operator,
    c.accepted AS accepted
    FROM change_log c
    JOIN log_records r ON r.id = c.rec
    LEFT JOIN log_origins o ON o.id = c.origin
    LEFT JOIN log_names en ON en.id = r.entity"""
_ORIGIN_OF = "(SELECT id FROM log_origins WHERE uuid = {})"
# For readers of `change_log` itself (counts per origin, where the view would look up each
# change's record): the origin's number for an origin id given as the next `?`.
ORIGIN_ID = _ORIGIN_OF.format("?")
_NAME_OF = "(SELECT id FROM log_names WHERE name = {})"
TRIGGERS_DDL = [
    f"""CREATE TRIGGER changes_insert INSTEAD OF INSERT ON changes BEGIN
        INSERT OR IGNORE INTO log_origins(uuid) VALUES (NEW.origin);
        INSERT OR IGNORE INTO log_names(name) VALUES (NEW.entity), (NEW.field);
        INSERT OR IGNORE INTO log_names(name) SELECT NEW.operator WHERE NEW.operator != '';
        INSERT OR IGNORE INTO log_records(entity, uuid)
            VALUES ({_NAME_OF.format("NEW.entity")}, NEW.record_id);
        INSERT INTO change_log VALUES ({_ORIGIN_OF.format("NEW.origin")}, NEW.seq, NEW.hlc,
            (SELECT id FROM log_records WHERE entity = {_NAME_OF.format("NEW.entity")}
                AND uuid = NEW.record_id),
            {_NAME_OF.format("NEW.field")}, NEW.value, {_prev_sql("ifnull(NEW.prev, '')")},
            ifnull({_NAME_OF.format("NEW.operator")}, 0), ifnull(NEW.accepted, 1));
        UPDATE log_top SET hlc = NEW.hlc WHERE hlc < NEW.hlc;
    END""",
    f"""CREATE TRIGGER changes_update INSTEAD OF UPDATE OF accepted, hlc ON changes BEGIN
        UPDATE change_log SET accepted = NEW.accepted, hlc = NEW.hlc
            WHERE origin = {_ORIGIN_OF.format("OLD.origin")} AND seq = OLD.seq;
    END""",
]


def compact_old_log(conn: sqlite3.Connection) -> None:
    """Rewrite the text log table `changes` into the compact tables in one pass, then put
    the view in its place (a numbered migration calls this inside its transaction)."""
    for stmt in TABLES_DDL:
        conn.execute(stmt)
    conn.execute("INSERT INTO log_origins(uuid) SELECT DISTINCT origin FROM changes ORDER BY 1")
    conn.execute(
        "INSERT OR IGNORE INTO log_names(name) SELECT entity FROM changes "
        "UNION SELECT field FROM changes UNION SELECT operator FROM changes WHERE operator != ''"
    )
    conn.execute(
        "INSERT INTO log_records(entity, uuid) SELECT n.id, k.record_id "
        "FROM (SELECT DISTINCT entity, record_id FROM changes) k "
        "JOIN log_names n ON n.name = k.entity"
    )
    conn.execute(
        "INSERT INTO change_log SELECT o.id, c.seq, c.hlc, r.id, f.id, c.value, "
        f"{_prev_sql('c.prev')}, ifnull(op.id, 0), c.accepted "
        "FROM changes c JOIN log_origins o ON o.uuid = c.origin "
        "JOIN log_names en ON en.name = c.entity "
        "JOIN log_records r ON r.entity = en.id AND r.uuid = c.record_id "
        "JOIN log_names f ON f.name = c.field LEFT JOIN log_names op ON op.name = c.operator "
        "ORDER BY c.origin, c.seq"  # the old key's order, no sort: origins were numbered in it
    )
    conn.execute("INSERT INTO log_top VALUES (1, (SELECT ifnull(max(hlc), 0) FROM changes))")
    conn.execute("DROP TABLE changes")  # its indexes go with it
    for stmt in [*INDEX_DDL, VIEW_DDL, *TRIGGERS_DDL]:
        conn.execute(stmt)


SET_ACCEPTED = (
    "UPDATE change_log SET accepted = ? "
    f"WHERE origin = {ORIGIN_ID} AND seq = ?"
)  # (accepted, origin, seq), as the fold decides


def newest_stamp(conn: sqlite3.Connection) -> int:
    """The newest stamp in the log, kept as changes are written (no index, no scan)."""
    row = conn.execute("SELECT hlc FROM log_top").fetchone()
    return int(row[0]) if row else 0


def recount_newest_stamp(conn: sqlite3.Connection) -> None:
    """Recompute the newest stamp from the log after stamps were lowered (a restamp)."""
    conn.execute("UPDATE log_top SET hlc = (SELECT ifnull(max(hlc), 0) FROM change_log)")


def origin_seq_max(conn: sqlite3.Connection, origin: str) -> int:
    """The highest sequence number logged for `origin` (0 for none), one index probe."""
    row = conn.execute(
        f"SELECT max(seq) FROM change_log WHERE origin = {ORIGIN_ID}", (origin,)
    ).fetchone()
    return int(row[0] or 0)


_ROWS_HELD = 20_000  # log rows built before they are inserted: a few MB


class LogWriter:
    """Appends `Change`s to `change_log`, numbering new origins, names and records.

    The numbers are read from the database for every writer (a rolled-back preview may
    have numbered something that is no longer there), which costs two small queries.
    """

    def __init__(self, conn: sqlite3.Connection, *, all_touched: bool = False) -> None:
        """`all_touched`: the temp table `touched` lists every record the changes to be
        written belong to (an apply fills it first), so their numbers are read by a join
        with it rather than looked up from a list sent as JSON."""
        self.conn = conn
        self.all_touched = all_touched
        self.origins: dict[str, int] = dict(conn.execute("SELECT uuid, id FROM log_origins"))
        self.names: dict[str, int] = dict(conn.execute("SELECT name, id FROM log_names"))

    def _origin(self, origin: str) -> int:
        got = self.origins.get(origin)
        if got is None:
            cur = self.conn.execute("INSERT INTO log_origins(uuid) VALUES (?)", (origin,))
            got = self.origins[origin] = int(cur.lastrowid or 0)
        return got

    def _name(self, name: str) -> int:
        got = self.names.get(name)
        if got is None:
            cur = self.conn.execute("INSERT INTO log_names(name) VALUES (?)", (name,))
            got = self.names[name] = int(cur.lastrowid or 0)
        return got

    def _records(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """The number of every (entity, record id), numbering the ones never logged."""
        wanted = {(self._name(entity), rid): (entity, rid) for entity, rid in keys}
        found: dict[tuple[str, str], int] = {}
        pairs = list(wanted)
        if self.all_touched:
            found = {
                (entity, rid): num
                for entity, rid, num in self.conn.execute(
                    "SELECT t.entity, t.record_id, r.id FROM touched t "
                    "JOIN log_names n ON n.name = t.entity "
                    "JOIN log_records r ON r.entity = n.id AND r.uuid = t.record_id"
                )
            }
        else:
            for start in range(0, len(pairs), 20_000):
                for ent, rid, num in self.conn.execute(
                    "SELECT r.entity, r.uuid, r.id FROM json_each(?) j JOIN log_records r "
                    "ON r.entity = json_extract(j.value, '$[0]') "
                    "AND r.uuid = json_extract(j.value, '$[1]')",
                    (json.dumps(pairs[start : start + 20_000]),),
                ):
                    found[wanted[(ent, rid)]] = num
        missing = [k for k in pairs if wanted[k] not in found]
        if missing:
            top = self.conn.execute("SELECT ifnull(max(id), 0) FROM log_records").fetchone()[0]
            rows = [(top + i + 1, *k) for i, k in enumerate(missing)]
            self.conn.executemany("INSERT INTO log_records VALUES (?, ?, ?)", rows)
            for num, ent, rid in rows:
                found[wanted[(ent, rid)]] = num
        return found

    def _prev(self, prev: str) -> int | str | None:
        if not prev:
            return None
        origin, colon, seq = prev.rpartition(":")
        num = self.origins.get(origin)
        if (
            num is None
            or not colon
            or " " in prev
            or not (seq.isascii() and seq.isdigit())
            or str(int(seq)) != seq
            or int(seq) > SEQ_MASK
        ):
            return prev
        return num << SEQ_BITS | int(seq)

    def write(self, changes: Sequence[Change], accepted: Sequence[int] | int = 1) -> None:
        """Log `changes`, each with its accepted flag (one flag for all, or one each)."""
        if not changes:
            return
        for o in set(map(ORIGIN_OF, changes)):
            self._origin(o)  # first, so a prev naming a change of this batch packs
        for n in set(map(FIELD_OF, changes)) | set(map(OPERATOR_OF, changes)) - {""}:
            self._name(n)
        recs = self._records(set(map(RECORD_OF, changes)))
        origins, names, prev = self.origins, self.names, self._prev
        flags = [accepted] * len(changes) if isinstance(accepted, int) else accepted
        # A slice at a time, so the rows of a large import are never all held at once
        # beside its changes (17 MB at 160,000 changes).
        for start in range(0, len(changes), _ROWS_HELD):
            end = start + _ROWS_HELD
            rows = [
                (
                    origins[c.origin],
                    c.seq,
                    c.hlc,
                    recs[(c.entity, c.record_id)],
                    names[c.field],
                    c.value,
                    prev(c.prev) if c.prev else None,
                    names[c.operator] if c.operator else 0,
                    flag,
                )
                for c, flag in zip(changes[start:end], flags[start:end], strict=True)
            ]
            insert_rows(self.conn, "INSERT INTO change_log", rows)  # many rows a statement
        top = max(map(HLC_OF, changes))
        self.conn.execute("UPDATE log_top SET hlc = ? WHERE hlc < ?", (top, top))

    def new_rows(
        self, groups: Sequence[tuple[tuple[str, str], Sequence[Change]]]
    ) -> tuple[list[tuple], list[tuple], int]:
        """The rows that log, accepted, the changes of records none of whose changes is
        logged yet, given as ((entity, record id), its changes): (log_records rows,
        change_log rows, newest stamp) for `insert_new`. The same rows `write` makes, but
        the records are numbered without looking them up, and each change costs a few
        dictionary reads rather than calls (a bulk load writes millions). Numbering a new
        origin or name writes it at once; the rows themselves are left to `insert_new`."""
        if not groups:
            return [], [], 0
        origins, names, name = self.origins, self.names, self._name
        for o in {c.origin for _, group in groups for c in group}:
            self._origin(o)  # first, so a prev naming a change of this batch packs
        top = self.conn.execute("SELECT ifnull(max(id), 0) FROM log_records").fetchone()[0]
        records: list[tuple] = []
        rows: list[tuple] = []
        append = rows.append
        prev_of = self._prev
        high = 0
        for num, ((entity, rid), group) in enumerate(groups, top + 1):
            records.append((num, names.get(entity) or name(entity), rid))
            for origin, seq, hlc, _e, _r, fld, value, prev, operator in group:
                append(
                    (
                        origins[origin],
                        seq,
                        hlc,
                        num,
                        names.get(fld) or name(fld),
                        value,
                        prev_of(prev) if prev else None,
                        (names.get(operator) or name(operator)) if operator else 0,
                        1,
                    )
                )
                if hlc > high:
                    high = hlc
        return records, rows, high


def insert_rows(
    conn: sqlite3.Connection, head: str, rows: Sequence[tuple], tail: str = "", most: int = 1000
) -> None:
    """`head` ("INSERT INTO t (cols)") with `rows`, up to `most` rows to a statement, and
    `tail` after the values (an upsert's ON CONFLICT clause). Above 1,000 (the bulk
    load's writer thread), what is left over goes 1,000 to a statement, then one.

    `executemany` gives up the GIL while SQLite steps and takes it back after: once a row,
    a second thread inserting that way mostly waits for the thread that builds the next
    batch (Python hands the GIL over every 5 ms). Many rows to a statement take it back
    once per statement (and spend less on each statement's start), as many as SQLite's
    limit of bound values allows. The rows, their values and their types are the same."""
    if not rows:
        return
    width = len(rows[0])
    per = max(1, min(most, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width))
    one = "(" + ", ".join("?" * width) + ")"
    full = len(rows) - len(rows) % per
    if full:
        many = f"{head} VALUES " + ", ".join([one] * per) + f" {tail}"
        flat = chain.from_iterable
        conn.executemany(many, (tuple(flat(rows[i : i + per])) for i in range(0, full, per)))
    if per > 1000 and full < len(rows):  # the rest 1,000 at a time, then one at a time
        insert_rows(conn, head, rows[full:], tail)
    else:
        conn.executemany(f"{head} VALUES {one} {tail}", rows[full:])


def insert_new(
    conn: sqlite3.Connection, records: list[tuple], rows: list[tuple], high: int, most: int = 1000
) -> None:
    """Insert what `LogWriter.new_rows` made: statements only, so a bulk load can run it
    on a second thread."""
    if not rows:
        return
    insert_rows(conn, "INSERT INTO log_records", records, most=most)
    insert_rows(conn, "INSERT INTO change_log", rows, most=most)
    conn.execute("UPDATE log_top SET hlc = ? WHERE hlc < ?", (high, high))
