"""Building many changes at once (demo data, bulk loads) for the same apply path as imports."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import Any, TypeVar

from bordertrack.store.changes import DELETED, MERGED_INTO, Change
from bordertrack.store.hlc import pack

_new_change = tuple.__new__  # Change(...) with keyword handling is several times slower
_LAZY: dict[str, str] = {}  # the links of a new record not yet written again (by identity)
PrevLookup = Callable[[str, str], dict[str, str]]  # (entity, record id) -> {field: change id}


class ChangeBuilder:
    """Accumulates changes from several origins with correct sequence numbers and prev links.

    Stamps advance from `start_ms` so a deterministic seed gives deterministic changes.

    With a `sink`, every `chunk` changes are handed over as they accumulate (with
    `by_units`, only when the caller says a unit is done). With a
    `prev_lookup` too, the prev links of handed-over records are forgotten (a large demo
    would otherwise hold one per field ever written) and asked of the lookup, which reads
    the log, when such a record is written again.
    """

    def __init__(
        self,
        rng: random.Random,
        start_ms: int,
        sink: Callable[[list[Change]], None] | None = None,
        chunk: int = 200_000,
        prev_lookup: PrevLookup | None = None,
        by_units: bool = False,
        grouped: bool = False,
    ) -> None:
        self.rng = rng
        self.sink = sink
        self.chunk = chunk
        self.ms = start_ms
        self.seq: dict[str, int] = {}
        self.last: dict[tuple[str, str], dict[str, str]] = {}
        self.changes: list[Change] = []
        self.created: set[tuple[str, str]] = set()  # records first written since take()
        self.prev_lookup = prev_lookup
        self.by_units = by_units  # hand over only at unit_done(), not in the middle of a unit
        # With `grouped`, each record's changes are kept together as they are written (the
        # bulk load would otherwise group millions of changes again, one lookup each), and
        # `single` names the records created by one write and not written since.
        self.groups: dict[tuple[str, str], list[Change]] | None = {} if grouped else None
        self.single: set[tuple[str, str]] = set()
        # Grouped, with a lookup for what went out: a new record's prev links are made from
        # its kept changes only if it is written again (take() forgets them either way).
        self._lazy = grouped and prev_lookup is not None

    def new_id(self) -> str:
        """A version-4 UUID drawn from the seeded generator (as uuid.UUID(int=..., version=4))."""
        n = self.rng.getrandbits(128)
        n = (n & ~(0xC000 << 48) | (0x8000 << 48)) & ~(0xF000 << 64) | (4 << 76)
        h = f"{n:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def stamp(self, step_ms: int = 1) -> int:
        self.ms += step_ms
        return pack(self.ms, 0)

    def write(
        self,
        origin: str,
        entity: str,
        record_id: str,
        values: dict[str, Any],
        hlc: int | None = None,
        operator: str = "",
        *,
        _new: bool = False,
    ) -> str:
        hlc = hlc if hlc is not None else self.stamp()
        seq = self.seq.get(origin, 0)
        key = (entity, record_id)
        groups = self.groups
        last = self.last.get(key)
        if last is None:
            if _new or self.prev_lookup is None:
                last = {}
            else:
                last = dict(self.prev_lookup(entity, record_id))
            if _new:
                self.created.add(key)
            if _new and self._lazy:  # most records are never written again: no links yet
                last = _LAZY
            self.last[key] = last
        elif last is _LAZY:  # written again: the links from the changes kept for it
            last = {c.field: f"{c.origin}:{c.seq}" for c in groups.get(key, ())}  # type: ignore[union-attr]
            self.last[key] = last
        new: list[Change] = []
        append = new.append
        if last is _LAZY:
            for name, value in values.items():
                if value is not None:
                    seq += 1
                    append(
                        _new_change(
                            Change,
                            (origin, seq, hlc, entity, record_id, name, value, "", operator),
                        )
                    )
        else:
            prev = last.get
            for name, value in values.items():
                if value is None:
                    continue
                seq += 1
                append(
                    _new_change(
                        Change,
                        (
                            origin,
                            seq,
                            hlc,
                            entity,
                            record_id,
                            name,
                            value,
                            prev(name, ""),
                            operator,
                        ),
                    )
                )
                last[name] = f"{origin}:{seq}"
        self.seq[origin] = seq
        self.changes += new
        if groups is not None and new:
            group = groups.get(key)
            if group is None:
                groups[key] = new
                if _new and DELETED not in values and MERGED_INTO not in values:
                    self.single.add(key)
            else:
                group += new
                self.single.discard(key)
        if self.sink is not None and not self.by_units and len(self.changes) >= self.chunk:
            self.sink(self.take())
        return record_id

    def unit_done(self) -> None:
        """With `by_units`, a whole unit (a record with the records written along with it)
        is complete: hand the changes over if a chunk is full. A unit never spans two
        chunks, so each chunk's records are new to the database it goes to."""
        if self.sink is not None and len(self.changes) >= self.chunk:
            self.sink(self.take())

    def create(self, origin: str, entity: str, values: dict[str, Any], **kw: Any) -> str:
        return self.write(origin, entity, self.new_id(), values, _new=True, **kw)

    def take(self) -> list[Change]:
        """The changes built since the last take; `taken_created` then names the records
        they created (and, `grouped`, `taken_groups` and `taken_single` hold theirs)."""
        out, self.changes = self.changes, []
        self.taken_created, self.created = self.created, set()
        if self.groups is not None:
            self.taken_groups, self.groups = self.groups, {}
            self.taken_single, self.single = self.single, set()
        if self.prev_lookup is not None:
            self.last = {}
        return out


T = TypeVar("T")


def weighted(
    rng: random.Random, population: Sequence[T], weights: Sequence[int]
) -> Callable[[], T]:
    """`rng.choices(population, weights)[0]` as a function of no arguments: the same draw
    (one `random()`) and the same pick, by the formula `Random.choices` uses, without its
    checks and list on every call (3.9 µs against 0.2 µs; the large demo draws a
    million). Changing the formula would change every demo made from a seed."""
    cum = list(accumulate(weights))
    total = cum[-1] + 0.0
    hi = len(cum) - 1
    draw = rng.random
    return lambda: population[bisect(cum, draw() * total, 0, hi)]
