"""What applying a batch did: the counts an import report and a preview are made of."""

from __future__ import annotations

from dataclasses import dataclass, field

from bordertrack.store.changes import Change


@dataclass
class ApplyResult:
    """What a batch did, counted for previews and import reports."""

    received: int = 0
    new_changes: int = 0
    known_changes: int = 0
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged_records: int = 0
    held: list[Change] = field(default_factory=list)
    released: int = 0
    conflicts_before: int = 0
    conflicts_after: int = 0
    touched: dict[str, set[str]] = field(default_factory=dict)
    max_hlc: int = 0
    known: set[tuple[str, int]] = field(default_factory=set)  # ids of the batch held already
    # When given (an import applied a chunk at a time), each touched record's row as it
    # was before its first chunk: entity -> id -> (_deleted, _hlc), or None for no row.
    states_before: dict[str, dict[str, tuple[int, int] | None]] | None = None
    # ... and as its last fold left it (the derived refresh after may change the row).
    states_after: dict[str, dict[str, tuple[int, int] | None]] = field(default_factory=dict)

    @property
    def new_conflicts(self) -> int:
        return max(0, self.conflicts_after - self.conflicts_before)
