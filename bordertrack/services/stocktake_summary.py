"""What a stock-take is about to record, item by item, for the person to confirm first.

Recording writes one check per found, missing and misplaced item in one go (forty
"missing" checks at one keystroke), so the screen shows this summary, with each item's
asset tag, model and holder, and records only after the person says yes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bordertrack.services.stocktake import StockTake, scan, start
from bordertrack.store.database import Store


@dataclass
class Summary:
    """Lines per group: found, missing, elsewhere (misplaced here) and unknown tags."""

    found: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    elsewhere: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)

    @property
    def checks(self) -> int:
        """How many checks recording writes (unknown tags are not recorded)."""
        return len(self.found) + len(self.missing) + len(self.elsewhere)


def _describe(store: Store, ids: dict[str, str]) -> dict[str, str]:
    """item id -> "TAG — model name (holder)" for the given tag -> id pairs."""
    out: dict[str, str] = {}
    items = list(ids.items())
    for i in range(0, len(items), 500):
        chunk = items[i : i + 500]
        marks = ",".join("?" * len(chunk))
        rows = store.conn.execute(
            "SELECT e.id, e.asset_tag, coalesce(m.name, e.model, ''), coalesce(p.full_name, '') "
            "FROM equipment e LEFT JOIN equipment_model m ON m.code = e.model "
            f"LEFT JOIN person p ON p.id = e.holder WHERE e.id IN ({marks})",
            [rid for _tag, rid in chunk],
        )
        for rid, tag, model, holder in rows:
            text = f"{tag} — {model}" if model else str(tag)
            out[rid] = f"{text} ({holder})" if holder else text
    return out


def summarise(store: Store, take: StockTake) -> Summary:
    """The four groups of `take`, each line naming the item, sorted by asset tag."""
    ids = {**take.found, **take.missing, **{t: i for t, (i, _p) in take.elsewhere.items()}}
    names = _describe(store, ids)
    return Summary(
        found=[names.get(i, t) for t, i in sorted(take.found.items())],
        missing=[names.get(i, t) for t, i in sorted(take.missing.items())],
        elsewhere=[
            f"{names.get(i, t)} [{post}]" for t, (i, post) in sorted(take.elsewhere.items())
        ],
        unknown=sorted(take.unknown),
    )


def rescan(store: Store, take: StockTake) -> StockTake:
    """The same scans against the register as it is now (items moved, added or written off
    elsewhere since the stock-take started); the scans are never lost."""
    fresh = start(store, take.post)
    for tag in [*take.found, *take.elsewhere, *take.unknown]:
        scan(store, fresh, tag)
    return fresh
