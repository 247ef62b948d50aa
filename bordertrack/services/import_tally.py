"""An import report's figures, gathered from the changes applied and what applying did.

One import applies its changes in one batch (the whole read) or in chunks as it reads
them (services/import_stream.py); both add each batch here and fill the report once, so
the two ways cannot count differently.

A record whose changes fall in two chunks is folded twice, and what the first fold
decided (created, held out of scope) may be undone by the second. So when that happened
the per-record figures are made at the end, as one batch would have made them: each
record's row before its first chunk against its last fold, and the changes held out of
scope in the log now against those held before the import. What is kept for that is per
record (its row before, its last fold), per held change, and the bundle's change numbers
as runs (a few per origin), never a list of the changes.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_right
from collections import Counter
from operator import attrgetter, itemgetter

from bordertrack.services.duplicates import duplicate_groups
from bordertrack.services.import_report import ImportReport, undeclared_fields
from bordertrack.services.vectors import gaps
from bordertrack.store.apply_result import ApplyResult
from bordertrack.store.changes import HLC_OF, ORIGIN_OF, RECORD_OF, Change
from bordertrack.store.database import Store
from bordertrack.store.hlc import FAR_AHEAD_MS, pack
from bordertrack.store.state_writer import classify

_ENTITY_FIELD = attrgetter("entity", "field")
_ORIGIN = itemgetter(0)  # a Change's origin, by place (SeqRuns takes plain tuples too)
_HELD = (
    "SELECT origin, seq, hlc, entity, record_id, field, value, prev FROM changes WHERE accepted = 0"
)
# The order one batch lists held changes in: records in (entity, id) order, each record's
# changes in fold order (store/apply.py, _sorted_groups).
_HELD_ORDER = itemgetter(3, 4, 2, 0, 1)


class Tally:
    """The sums of an import's batches: `add` each, then `fill` the report.

    `chunked` (an open transaction's connection): the batches are chunks of one bundle."""

    def __init__(self, store: Store, *, chunked: sqlite3.Connection | None = None) -> None:
        self.store = store
        # One wall-clock reading for the whole import (not one per change).
        self.ahead = pack(store.clock.wall() + FAR_AHEAD_MS + 1, 0)
        self.result = ApplyResult(states_before={} if chunked is not None else None)
        self.records: set[tuple[str, str]] = set()
        self.origins: set[str] = set()
        self.newest = 0
        self.stamps_ahead = 0
        self.fields: Counter[tuple[str, str]] = Counter()
        self.met_again = False  # a record had changes in two batches
        # For a chunked import: what was held before it, and which changes are its own.
        self.held_before: set[tuple[str, int]] = (
            {(o, s) for o, s, *_ in chunked.execute(_HELD)} if chunked is not None else set()
        )
        self.runs = SeqRuns()

    def add(self, changes: list, applied: ApplyResult) -> None:
        total = self.result
        total.received += applied.received
        total.new_changes += applied.new_changes
        total.known_changes += applied.known_changes
        total.created += applied.created
        total.updated += applied.updated
        total.deleted += applied.deleted
        total.held.extend(applied.held)
        total.released += applied.released
        total.conflicts_before += applied.conflicts_before
        total.conflicts_after += applied.conflicts_after
        for entity, ids in applied.touched.items():
            total.touched.setdefault(entity, set()).update(ids)
        total.max_hlc = max(total.max_hlc, applied.max_hlc)
        records = set(map(RECORD_OF, changes))
        self.met_again = self.met_again or not self.records.isdisjoint(records)
        self.records |= records
        self.origins.update(map(ORIGIN_OF, changes))
        stamps = list(map(HLC_OF, changes))
        newest = max(stamps, default=0)
        self.newest = max(self.newest, newest)
        if newest >= self.ahead:
            self.stamps_ahead += sum(1 for hlc in stamps if hlc >= self.ahead)
        self.fields.update(map(_ENTITY_FIELD, changes))
        if total.states_before is not None:
            # Known before the import, not logged by an earlier chunk (an id repeated).
            total.known |= {key for key in applied.known if key not in self.runs}
            self.runs.add(changes)
            for entity, rows in applied.states_after.items():
                total.states_after.setdefault(entity, {}).update(rows)
            total.held.sort(key=_HELD_ORDER)  # as one batch lists them

    def fill(self, conn, report: ImportReport) -> None:
        """The report's counts, once every batch is added."""
        result = self.result
        if self.met_again and result.states_before is not None:
            _count_records(result)  # else each batch counted its own records once
            result.held, result.released = self._held_and_released(conn)
        report.out_of_scope += len(result.held)
        report.held.extend(
            held_json(c, "outside the scope of the device that made it") for c in result.held
        )
        report.new, report.updated, report.deleted = result.created, result.updated, result.deleted
        changed = result.created + result.updated + result.deleted
        report.unchanged = max(0, len(self.records) - changed)
        report.conflicts = result.new_conflicts
        report.records = {k: sorted(v) for k, v in result.touched.items()}
        report.duplicates = len(duplicate_groups(conn, result.touched)) if result.touched else 0
        report.clock_ahead = self.stamps_ahead
        report.newer_fields = undeclared_fields(self.fields)
        self.store.clock.observe(self.newest)
        # What the bundles declared complete counts as seen, so only real holes remain.
        report.gaps = gaps(conn, sorted(self.origins | report.declared))

    def _held_and_released(self, conn) -> tuple[list[Change], int]:
        """The bundle's own changes held out of scope now (a change a chunk held may have
        been let through by a later one, and the other way round), and how many changes
        held before the import are let through now."""
        held_now, mine = set(), []
        for row in conn.execute(_HELD):
            key = (row[0], row[1])
            held_now.add(key)
            if key not in self.held_before and key not in self.result.known and key in self.runs:
                mine.append(row)
        mine.sort(key=_HELD_ORDER)
        released = len(self.held_before - held_now)
        return [Change(*row, "") for row in mine], released


class LoggedHere:
    """The ids earlier chunks of this import logged: the bundle's so far, less those held
    before it (a stamp rule takes no record's creation from them, stamp_checks.InChunks)."""

    def __init__(self, tally: Tally) -> None:
        self.tally = tally

    def __contains__(self, key: object) -> bool:
        return key in self.tally.runs and key not in self.tally.result.known


class SeqRuns:
    """The change ids of a bundle as runs of consecutive numbers per origin: a few runs an
    origin for a bundle in (origin, seq) order, the export's."""

    def __init__(self) -> None:
        self._runs: dict[str, list[list[int]]] = {}
        self._sorted = True

    def add(self, changes: list) -> None:
        if not changes:
            return
        seqs = list(map(itemgetter(1), changes))
        first = seqs[0]
        if seqs == list(range(first, first + len(seqs))) and len(set(map(_ORIGIN, changes))) == 1:
            self._add_run(changes[0][0], first, seqs[-1])  # one device's numbers, in order
            return
        runs = self._runs
        for origin, seq in map(itemgetter(0, 1), changes):
            mine = runs.get(origin)
            if mine is None:
                runs[origin] = [[seq, seq]]
            elif mine[-1][1] + 1 == seq:
                mine[-1][1] = seq
            else:
                self._sorted = self._sorted and seq > mine[-1][1]
                mine.append([seq, seq])

    def _add_run(self, origin: str, first: int, last: int) -> None:
        mine = self._runs.setdefault(origin, [])
        if mine and mine[-1][1] + 1 == first:
            mine[-1][1] = last
            return
        self._sorted = self._sorted and (not mine or first > mine[-1][1])
        mine.append([first, last])

    def __contains__(self, key: object) -> bool:
        """(origin, seq), or "origin:seq" as a preview names a change."""
        if isinstance(key, str):
            origin, _, number = key.rpartition(":")
            if not number.isdigit():
                return False
            key = (origin, int(number))
        origin, seq = key  # type: ignore[misc]
        if not self._sorted:
            self._runs = {origin: _merged(mine) for origin, mine in self._runs.items()}
            self._sorted = True
        mine = self._runs.get(origin)
        if not mine:
            return False
        at = bisect_right(mine, [seq, float("inf")]) - 1
        return at >= 0 and mine[at][0] <= seq <= mine[at][1]


def _merged(runs: list[list[int]]) -> list[list[int]]:
    """Runs in order, those that overlap or touch made one."""
    out: list[list[int]] = []
    for first, last in sorted(runs):
        if out and first <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], last)
        else:
            out.append([first, last])
    return out


def _count_records(result: ApplyResult) -> None:
    """Created, updated, deleted: each record's row before its first chunk against its
    fold in the last, so a record two chunks touched counts once, as one batch would."""
    result.created = result.updated = result.deleted = result.unchanged_records = 0
    for entity, before in (result.states_before or {}).items():
        after = result.states_after.get(entity, {})
        for rid, was in before.items():
            outcome = classify(was, after.get(rid))
            if outcome is not None:
                setattr(result, outcome, getattr(result, outcome) + 1)


def held_json(c, why: str) -> dict:
    """A change the import did not apply, as the report lists it."""
    return {
        "origin": c.origin,
        "seq": c.seq,
        "entity": c.entity,
        "record_id": c.record_id,
        "field": c.field,
        "value": c.value,
        "why": why,
    }
