"""What a committed transaction touched: the one change notice every view listens to.

`apply_changes` (and every refold) notes the records it wrote against its connection;
`Store.transaction()` takes the note at COMMIT and hands it to the store's listeners,
or drops it at ROLLBACK. Nobody decides by hand what changed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from bordertrack.domain.entities import ENTITIES


@dataclass(frozen=True)
class Touched:
    """Records a commit wrote, by entity. Empty `records`: only local state changed
    (settings, trust store, logs), which the status bar and sync views show."""

    records: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @property
    def entities(self) -> frozenset[str]:
        return frozenset(e for e, ids in self.records.items() if ids)

    @property
    def local_only(self) -> bool:
        return not self.entities

    def concerns(self, shown: Iterable[str]) -> bool:
        """Does a view showing records of `shown` (and names from their references) change?"""
        return bool(self.entities & shown_with_refs(shown))


def shown_with_refs(entities: Iterable[str]) -> frozenset[str]:
    """The entities a table of `entities` reads: its own and those its references name."""
    out = set(entities)
    for name in list(out):
        e = ENTITIES.get(name)
        if e is not None:
            out.update(f.ref for f in e.fields if f.ref)
    return frozenset(out)


_pending: dict[int, dict[str, set[str]]] = {}


def note_touched(conn: sqlite3.Connection, touched: Mapping[str, Iterable[str]]) -> None:
    """Remember records written on `conn` until its transaction ends."""
    pending = _pending.setdefault(id(conn), {})
    for entity, ids in touched.items():
        pending.setdefault(entity, set()).update(ids)


def take_touched(conn: sqlite3.Connection) -> Touched:
    pending = _pending.pop(id(conn), {})
    return Touched({e: frozenset(ids) for e, ids in pending.items()})


def discard_touched(conn: sqlite3.Connection) -> None:
    _pending.pop(id(conn), None)
