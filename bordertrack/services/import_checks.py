"""Checks an import applies to a verified bundle's values beyond their types: numbers within
their fields' bounds and finite, and clock stamps that cannot be real.

A bundle that fails is refused whole; sync accepts what people may enter, not more.
"""

from __future__ import annotations

from itertools import compress

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.domain.validation import check
from bordertrack.store.changes import ENTITY_FIELD_OF, HLC_OF
from bordertrack.store.hlc import now_ms, wall_ms

# Stamps beyond this are not a clock running fast but a broken or hostile one; accepting
# one would push every later local edit past what SQLite's integers can hold.
MAX_AHEAD_MS = 366 * 24 * 3600 * 1000


class ImpossibleValue(BorderTrackError):
    pass


def check_values(changes: list) -> None:
    """Raise ImpossibleValue naming the first change no person could have entered: a stamp
    far ahead, or a value its field's one check (`domain.validation.check`) refuses."""
    limit = now_ms() + MAX_AHEAD_MS
    # Text, codes and dates were checked when the file was parsed; numbers are checked
    # here, where every path in (a file, a folder round, a merge) passes.
    fields = {
        (e.name, f.name): f
        for e in ENTITIES.values()
        for f in e.fields
        if f.sql_type in ("REAL", "INTEGER")
    }
    if changes and wall_ms(max(map(HLC_OF, changes))) > limit:
        c = next(c for c in changes if wall_ms(c.hlc) > limit)
        raise ImpossibleValue(
            error_template(
                "Change {origin}:{seq} carries a clock stamp more than a year ahead; that "
                "device's date is wrong: fix it and export again."
            ),
            origin=c.origin,
            seq=c.seq,
        )
    keys = list(map(ENTITY_FIELD_OF, changes))
    numeric = set(keys) & fields.keys()
    if not numeric:
        return
    verdicts: dict[tuple, str] = {}  # one check per distinct (field, value)
    # Only the changes of numeric fields are walked, picked out at C speed.
    for c, key in compress(zip(changes, keys, strict=True), map(numeric.__contains__, keys)):
        seen = (key, type(c.value), c.value)
        message = verdicts.get(seen)
        if message is None:
            problems = check(fields[key], c.value)
            message = verdicts[seen] = problems[0].message.rstrip(".") if problems else ""
        if message:
            raise ImpossibleValue(
                error_template("Change {origin}:{seq}: {message}; not imported."),
                origin=c.origin,
                seq=c.seq,
                message=message,
            )
