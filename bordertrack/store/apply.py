"""Applying a batch of changes: log them, refold every touched record, refresh derived state.

Local edits, imports, demo data and bulk loads all come through `apply_changes`, so there
is exactly one way a synced table is written. The caller owns the transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import partial
from itertools import groupby
from operator import itemgetter
from typing import Any

from bordertrack.domain.entities import ENTITIES
from bordertrack.store.apply_result import ApplyResult
from bordertrack.store.changes import (
    RECORD_OF,
    VALUE_OF,
    Change,
    insert_sql,
    temp_table_ddl,
)
from bordertrack.store.fold import Folded, LogRow, fold, fold_walk, one_new_edit_values, shows
from bordertrack.store.gc_pause import gc_paused
from bordertrack.store.log_codec import SET_ACCEPTED, LogWriter
from bordertrack.store.roles import known_roles
from bordertrack.store.scope import Role
from bordertrack.store.state_writer import StateWriter, conflict_rows
from bordertrack.store.touched import note_touched


class ForkDetected(Exception):
    """One change id arrived with two different contents: a database was copied."""

    def __init__(self, origin: str, seq: int) -> None:
        self.origin, self.seq = origin, seq
        super().__init__(f"{origin}:{seq}")


_TEMP = temp_table_ddl("incoming")
TOUCHED_DDL = (
    "CREATE TEMP TABLE IF NOT EXISTS touched "
    "(entity TEXT, record_id TEXT, PRIMARY KEY (entity, record_id))"
)
_LOG_SELECT = (
    "SELECT c.entity, c.record_id, c.origin, c.seq, c.hlc, c.field, c.value, c.prev, c.accepted "
)

RecordKey = tuple[str, str]  # (entity, record id)
ChangeKey = tuple[str, int]  # (origin, seq)


def apply_changes(
    conn: sqlite3.Connection,
    changes: Iterable[Change],
    roles: dict[str, Role | None] | None = None,
    states_before: dict[str, dict[str, tuple[int, int] | None]] | None = None,
) -> ApplyResult:
    """Merge `changes` into the database; convergent and idempotent.

    `states_before` (ApplyResult.states_before) gathers each touched record's row as it
    was the first time it is met, across the chunks of one import.

    Raises ForkDetected (before writing anything the caller cannot roll back) when a
    change id already held, or repeated in the batch, carries different content.
    Fresh changes are folded from memory together with the records' logged changes,
    then logged once with their accepted flag: no second pass through the log.
    """
    with gc_paused():
        return _apply(conn, changes, roles, ApplyResult(states_before=states_before))


def _apply(
    conn: sqlite3.Connection,
    changes: Iterable[Change],
    roles: dict[str, Role | None] | None,
    result: ApplyResult,
) -> ApplyResult:
    batch = _dedupe(changes)
    result.received = len(batch)
    if roles is None:
        roles = known_roles(conn)
    known = result.known = _known_ids(conn, batch)
    fresh = [c for c in batch if (c.origin, c.seq) not in known] if known else batch
    result.new_changes = len(fresh)
    result.known_changes = result.received - result.new_changes
    if not fresh:
        return result
    result.max_hlc = max(map(itemgetter(2), fresh))  # Change.hlc
    groups, logged, unaccepted = _gather(conn, fresh)
    held_fresh = _refold(conn, roles, result, _sorted_groups(groups), logged, unaccepted)
    _log(conn, fresh, held_fresh)
    refresh_derived(conn, result.touched)
    return result


def _gather(
    conn: sqlite3.Connection, fresh: list[Change]
) -> tuple[dict[RecordKey, list[LogRow]], dict[ChangeKey, int], set[RecordKey]]:
    """Each touched record's rows to fold: the fresh ones from memory, the rest from the log.

    Also returns the logged rows' accepted flags, and the records holding a held one.
    """
    groups: dict[RecordKey, list[LogRow]] = defaultdict(list)
    if {bool, float} & set(map(type, map(VALUE_OF, fresh))):
        for c in fresh:
            value = c.value
            if type(value) is bool or type(value) is float:
                value = stored_value(value)
            groups[(c.entity, c.record_id)].append(
                _new_logrow((c.origin, c.seq, c.hlc, c.field, value, c.prev))
            )
    else:  # values SQLite gives back as they are: whole runs of a record at C speed
        for key, run in groupby(fresh, key=RECORD_OF):
            groups[key].extend(map(_new_logrow, map(_AS_LOGROW, run)))
    conn.execute(TOUCHED_DDL)
    conn.execute("DELETE FROM touched")
    conn.executemany("INSERT INTO touched VALUES (?, ?)", groups)
    logged: dict[ChangeKey, int] = {}
    unaccepted: set[RecordKey] = set()
    for r in conn.execute(
        _LOG_SELECT + "FROM touched t CROSS JOIN changes c "
        "ON c.entity = t.entity AND c.record_id = t.record_id"
    ):
        groups[(r[0], r[1])].append(_new_logrow(r[2:8]))
        logged[(r[2], r[3])] = r[8]
        if not r[8]:
            unaccepted.add((r[0], r[1]))
    return groups, logged, unaccepted


def _log(conn: sqlite3.Connection, fresh: list[Change], held: set[ChangeKey]) -> None:
    """Append the fresh changes to the log, each with the accepted flag the fold gave it."""
    writer = LogWriter(conn, all_touched=True)  # `_gather` listed their records
    if held:
        writer.write([c for c in fresh if (c.origin, c.seq) in held], 0)
        fresh = [c for c in fresh if (c.origin, c.seq) not in held]
    writer.write(fresh, 1)


def stored_value(value: Any) -> Any:
    """The value as SQLite gives it back (a bool is 1 or 0, NaN is NULL), so folding from
    memory sees exactly what folding from the log would."""
    kind = type(value)
    if kind is bool:
        return int(value)
    if kind is float and value != value:
        return None
    return value


_new_logrow = partial(tuple.__new__, LogRow)
_AS_LOGROW = itemgetter(0, 1, 2, 5, 6, 7)  # a Change's (origin, seq, hlc, field, value, prev)
_FOLD_ORDER = itemgetter(2, 0, 1)  # LogRow (hlc, origin, seq)


def _sorted_groups(
    groups: dict[RecordKey, list[LogRow]],
) -> Iterator[tuple[RecordKey, list[LogRow]]]:
    """Records in (entity, id) order, each record's rows in fold order (hlc, origin, seq)."""
    for key in sorted(groups):
        rows = groups[key]
        rows.sort(key=_FOLD_ORDER)
        yield key, rows


def _dedupe(changes: Iterable[Change]) -> list[Change]:
    batch = changes if isinstance(changes, list) else list(changes)
    if _ids_unique(batch):  # the common case: no id twice, nothing to compare
        return batch
    seen: dict[tuple[str, int], Change] = {}
    for c in batch:
        key = (c.origin, c.seq)
        other = seen.get(key)
        if other is None:
            seen[key] = c
        elif other != c:
            raise ForkDetected(c.origin, c.seq)
    return list(seen.values())


def _ids_unique(batch: list[Change]) -> bool:
    """No (origin, seq) twice. One origin's changes (a post's bundle, a local edit) are
    told by their numbers alone, a set of integers: a tenth of a set of pairs."""
    if len(set(map(itemgetter(0), batch))) == 1:
        return len(set(map(itemgetter(1), batch))) == len(batch)
    return len(set(map(itemgetter(0, 1), batch))) == len(batch)


def _known_ids(conn: sqlite3.Connection, batch: list[Change]) -> set[ChangeKey]:
    """Ids of the batch already in the log, after checking they carry the same content."""
    by_origin: dict[str, list[int]] = defaultdict(list)
    origins = set(map(itemgetter(0), batch))
    if len(origins) == 1:  # one device's edits (a local import): no grouping needed
        by_origin[origins.pop()] = list(map(itemgetter(1), batch))
    else:  # bundles one after another: runs of one origin
        for origin, run in groupby(batch, key=itemgetter(0)):
            by_origin[origin].extend(map(itemgetter(1), run))
    known: set[ChangeKey] = set()
    for origin, seqs in by_origin.items():
        # One index range probe answers the common case: none of these is logged yet.
        found = conn.execute(
            "SELECT 1 FROM changes WHERE origin = ? AND seq BETWEEN ? AND ? LIMIT 1",
            (origin, min(seqs), max(seqs)),
        ).fetchone()
        if found:
            known.update(
                (origin, s)
                for (s,) in conn.execute(
                    "SELECT seq FROM changes WHERE origin = ? "
                    "AND seq IN (SELECT value FROM json_each(?))",
                    (origin, json.dumps(seqs)),
                )
            )
    if known:
        conn.execute(_TEMP)
        conn.execute("DELETE FROM incoming")
        conn.executemany(
            insert_sql("incoming"),
            [c for c in batch if (c.origin, c.seq) in known],
        )
        _check_forks(conn)
    return known


def _check_forks(conn: sqlite3.Connection) -> None:
    row = conn.execute(
        "SELECT i.origin, i.seq FROM incoming i JOIN changes c ON c.origin = i.origin AND c.seq = i.seq "
        "WHERE c.hlc IS NOT i.hlc OR c.entity IS NOT i.entity OR c.record_id IS NOT i.record_id "
        "OR c.field IS NOT i.field OR c.value IS NOT i.value OR typeof(c.value) IS NOT typeof(i.value) "
        "OR c.prev IS NOT i.prev LIMIT 1"
    ).fetchone()
    if row:
        raise ForkDetected(row[0], row[1])


def refold_touched(
    conn: sqlite3.Connection, roles: dict[str, Role | None], result: ApplyResult
) -> None:
    """Refold every record listed in the temp table `touched` from the log and write its state."""
    rows = conn.execute(
        _LOG_SELECT + "FROM touched t CROSS JOIN changes c "
        "ON c.entity = t.entity AND c.record_id = t.record_id "
        "ORDER BY c.entity, c.record_id, c.hlc, c.origin, c.seq"
    )
    logged: dict[ChangeKey, int] = {}
    unaccepted: set[RecordKey] = set()

    def rows_of(group: Iterable[tuple]) -> list[LogRow]:
        out = []
        for r in group:
            out.append(_new_logrow(r[2:8]))
            logged[(r[2], r[3])] = r[8]
            if not r[8]:
                unaccepted.add((r[0], r[1]))
        return out

    groups = ((key, rows_of(g)) for key, g in groupby(rows, key=itemgetter(0, 1)))
    _refold(conn, roles, result, groups, logged, unaccepted)
    refresh_derived(conn, result.touched)


def refold_origin(conn: sqlite3.Connection, origin: str) -> ApplyResult:
    """Re-decide every record holding changes from `origin`, whose role just became known
    (or changed): its held changes may now be in scope, or accepted ones no longer.
    """
    from bordertrack.store.roles import known_roles

    conn.execute(TOUCHED_DDL)
    conn.execute("DELETE FROM touched")
    conn.execute(
        "INSERT OR IGNORE INTO touched SELECT DISTINCT entity, record_id FROM changes WHERE origin = ?",
        (origin,),
    )
    result = ApplyResult()
    refold_touched(conn, known_roles(conn), result)
    return result


def _refold(
    conn: sqlite3.Connection,
    roles: dict[str, Role | None],
    result: ApplyResult,
    groups: Iterable[tuple[RecordKey, list[LogRow]]],
    logged: dict[ChangeKey, int],
    unaccepted: set[RecordKey],
) -> set[ChangeKey]:
    """Fold each record, queue its state and conflicts, and re-decide logged accepted flags.

    Returns the ids of not-yet-logged changes the scope rule holds back.
    """
    result.conflicts_before = conn.execute(
        "SELECT count(*) FROM conflicts c JOIN touched t ON t.entity = c.entity AND t.record_id = c.record_id"
    ).fetchone()[0]
    writer = StateWriter(conn)
    flips: list[tuple[int, str, int]] = []
    held_fresh: set[ChangeKey] = set()
    for key, rows in groups:
        e = ENTITIES.get(key[0])
        if e is None:
            continue
        result.touched.setdefault(e.name, set()).add(key[1])
        values = one_new_edit_values(e, rows, roles)
        if values is not None and key not in unaccepted and shows(e, values):
            writer.add_made(e.name, key[1], values, rows[0][2])  # its values are its state
            continue
        # `fold` would try the one-edit conditions again: only when they held can it use them.
        folded = (
            fold_walk(e, key[1], rows, roles) if values is None else fold(e, key[1], rows, roles)
        )
        writer.add(e.name, key[1], folded)
        writer.conflicts.extend(conflict_rows(e.name, key[1], folded))
        # The common case (nothing held before or now) needs no flag bookkeeping.
        if folded.held or key in unaccepted:
            _decide_flags(key, rows, folded, logged, result, flips, held_fresh)
    conn.executemany(SET_ACCEPTED, flips)
    writer.flush(result)
    note_touched(conn, result.touched)
    return held_fresh


def _decide_flags(
    key: RecordKey,
    rows: list[LogRow],
    folded: Folded,
    logged: dict[ChangeKey, int],
    result: ApplyResult,
    flips: list[tuple[int, str, int]],
    held_fresh: set[ChangeKey],
) -> None:
    """One record's accepted flags: logged rows whose flag changes go to `flips` (a release
    when it becomes 1), fresh rows the scope rule holds go to `held_fresh` and the report."""
    held_ids = {(r.origin, r.seq) for r in folded.held}
    for lr in rows:
        now = 0 if (lr.origin, lr.seq) in held_ids else 1
        was = logged.get((lr.origin, lr.seq))
        if was is None:
            if now == 0:
                held_fresh.add((lr.origin, lr.seq))
                result.held.append(
                    Change(lr.origin, lr.seq, lr.hlc, *key, lr.field, lr.value, lr.prev, "")
                )
        elif now != was:
            flips.append((now, lr.origin, lr.seq))
            result.released += now


def refresh_derived(conn: sqlite3.Connection, touched: dict[str, set[str]]) -> None:
    """Recompute state that derives from event records and merge links."""
    from bordertrack.store.derived import (
        redirect_merged_refs,
        refresh_last_verified,
        resolve_merge_cycles,
    )

    items = set(touched.get("equipment", ()))
    checks = touched.get("stock_check")
    if checks:
        ids = list(checks)
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            marks = ",".join("?" for _ in chunk)
            items.update(
                r[0]
                for r in conn.execute(f"SELECT item FROM stock_check WHERE id IN ({marks})", chunk)
            )
    if items:
        refresh_last_verified(conn, items)
        note_touched(conn, {"equipment": items})  # their last verification shows
    for entity in touched:
        resolve_merge_cycles(conn, ENTITIES[entity])
    redirect_merged_refs(conn, touched)
