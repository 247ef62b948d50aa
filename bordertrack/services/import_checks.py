"""Checks an import applies to a verified bundle's values beyond their types: numbers within
their fields' bounds and finite, and clock stamps that cannot be real.

A bundle that fails is refused whole; sync accepts what people may enter, not more.
"""

from __future__ import annotations

import math

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.errors import BorderTrackError
from bordertrack.store.hlc import now_ms, wall_ms

# Stamps beyond this are not a clock running fast but a broken or hostile one; accepting
# one would push every later local edit past what SQLite's integers can hold.
MAX_AHEAD_MS = 366 * 24 * 3600 * 1000


class ImpossibleValue(BorderTrackError):
    pass


def check_values(changes: list) -> None:
    """Raise ImpossibleValue naming the first change no person could have entered."""
    limit = now_ms() + MAX_AHEAD_MS
    bounded = {
        (e.name, f.name): f
        for e in ENTITIES.values()
        for f in e.fields
        if f.minimum is not None or f.maximum is not None or f.sql_type in ("REAL", "INTEGER")
    }
    for c in changes:
        if wall_ms(c.hlc) > limit:
            raise ImpossibleValue(
                f"Change {c.origin}:{c.seq} carries a clock stamp more than a year ahead; "
                "that device's date is wrong: fix it and export again."
            )
        f = bounded.get((c.entity, c.field))
        if f is None or not isinstance(c.value, int | float) or isinstance(c.value, bool):
            continue
        if isinstance(c.value, float) and not math.isfinite(c.value):
            raise ImpossibleValue(
                f"Change {c.origin}:{c.seq}: {f.label} is not a finite number; not imported."
            )
        if (f.minimum is not None and c.value < f.minimum) or (
            f.maximum is not None and c.value > f.maximum
        ):
            raise ImpossibleValue(
                f"Change {c.origin}:{c.seq}: {f.label} {c.value} is outside {f.minimum:g}..{f.maximum if f.maximum is not None else 'any':}; not imported."
            )
