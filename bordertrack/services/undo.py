"""Undo of the last edit made in the window, where it is safe.

The log is append-only, so an undo is an ordinary edit that writes the previous values back
(it syncs like any edit, and a coordinator sees it in the history). It is safe only while
nothing has changed those fields since: an import, another screen or another operator may
have written after the edit, and writing the old values over theirs would lose their work
silently. Then the undo is refused in one line and the person edits the record instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.services import records
from bordertrack.store.database import Store

Values = dict[str, dict[str, Any]]  # record id -> field -> value


class UndoNotSafe(BorderTrackError):
    template = error_template(
        "{count} record(s) changed again since that edit; nothing was undone: open the record "
        "and edit it instead."
    )

    def __init__(self, count: int) -> None:
        self.count = count
        super().__init__(count=count)


@dataclass(frozen=True)
class UndoStep:
    """What one edit changed: the fields' values before and after, per record."""

    entity: str
    before: Values
    after: Values


def _read(store: Store, entity: str, ids: Iterable[str], fields: Iterable[str]) -> Values:
    names = list(fields)
    out: Values = {}
    for rid in ids:
        current = records.get(store, entity, rid)
        out[rid] = {f: current.get(f) for f in names}
    return out


def update_undoably(
    store: Store, entity: str, ids: list[str], values: dict[str, Any], *, operator: str = ""
) -> UndoStep:
    """Update every record in `ids` with `values` in one transaction; return how to undo it."""
    with store.transaction():
        before = _read(store, entity, ids, values)
        for rid in ids:
            records.update(store, entity, rid, values, operator=operator)
        after = _read(store, entity, ids, values)
    return UndoStep(entity, before, after)


def undo(store: Store, step: UndoStep, *, operator: str = "") -> int:
    """Write the values from before the edit back, all or nothing; returns the records
    changed. Refused when any of those fields moved since the edit (see the module)."""
    with store.transaction():
        now = _read(store, step.entity, step.after, next(iter(step.after.values()), {}))
        moved = [rid for rid, vals in step.after.items() if now[rid] != vals]
        if moved:
            raise UndoNotSafe(len(moved))
        changed = 0
        for rid, vals in step.before.items():
            back = {f: v for f, v in vals.items() if v != step.after[rid].get(f)}
            if back:
                records.update(store, step.entity, rid, back, operator=operator)
                changed += 1
    return changed
