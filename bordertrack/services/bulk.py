"""Building many changes at once (demo data, bulk loads) for the same apply path as imports."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from typing import Any

from bordertrack.store.changes import Change
from bordertrack.store.hlc import pack


class ChangeBuilder:
    """Accumulates changes from several origins with correct sequence numbers and prev links.

    Stamps advance from `start_ms` so a deterministic seed gives deterministic changes.
    """

    def __init__(
        self,
        rng: random.Random,
        start_ms: int,
        sink: Callable[[list[Change]], None] | None = None,
        chunk: int = 200_000,
    ) -> None:
        self.rng = rng
        self.sink = sink
        self.chunk = chunk
        self.ms = start_ms
        self.seq: dict[str, int] = {}
        self.last: dict[tuple[str, str, str], str] = {}
        self.changes: list[Change] = []

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

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
    ) -> str:
        hlc = hlc if hlc is not None else self.stamp()
        seq = self.seq.get(origin, 0)
        for name, value in values.items():
            if value is None:
                continue
            seq += 1
            key = (entity, record_id, name)
            prev = self.last.get(key, "")
            self.changes.append(
                Change(origin, seq, hlc, entity, record_id, name, value, prev, operator)
            )
            self.last[key] = f"{origin}:{seq}"
        self.seq[origin] = seq
        if self.sink is not None and len(self.changes) >= self.chunk:
            self.sink(self.take())
        return record_id

    def create(self, origin: str, entity: str, values: dict[str, Any], **kw: Any) -> str:
        return self.write(origin, entity, self.new_id(), values, **kw)

    def take(self) -> list[Change]:
        out, self.changes = self.changes, []
        return out
