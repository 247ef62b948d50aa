"""Canonical dump of every live synced record: two devices holding the same data print the same bytes."""

from __future__ import annotations

import json
from typing import Any

from bordertrack.domain.entities import ENTITIES
from bordertrack.store.database import Store
from bordertrack.store.query import Reads, View


def canonical_value(value: Any) -> Any:
    """Integral floats become ints, so 1200 and 1200.0 from different paths agree."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def dump(store: Store) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for name in sorted(ENTITIES):
        e = ENTITIES[name]
        out[name] = [
            {c: canonical_value(v) for c, v in row.items()}
            for row in Reads(store).rows_where(View(e.name))
        ]
    return out


def dump_json(store: Store) -> str:
    return json.dumps(
        dump(store), sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )
