"""Writing a signed bundle: stream the sheets, digest each while it is written, sign the
manifest last, write atomically."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from pathlib import Path
from typing import Any, Protocol

from bordertrack.domain.entities import ENTITIES
from bordertrack.store.changes import Change
from bordertrack.sync import keys
from bordertrack.sync.bundle_canonical import rows_digest, signed_message
from bordertrack.sync.bundle_model import (
    CHANGE_SHEET_COLUMNS,
    CHANGES,
    COVER,
    MANIFEST,
    BundleHeader,
)
from bordertrack.sync.bundle_scan import ScanLimits
from bordertrack.sync.bundle_sheets import (
    Latest,
    by_record,
    change_counts,
    change_sheet_rows,
    cover_rows,
    manifest_rows,
    readable_rows,
    readable_widths,
)
from bordertrack.sync.bundle_xlsx import Sheet, write_workbook

Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None

_CHANGE_WIDTHS = (18.0, 8.0, 18.0, 16.0, 38.0, 16.0, 5.0, 30.0, 24.0, 14.0)


class ChangeSource(Protocol):
    """The changes of a bundle, read once per sheet so that none is held whole.

    An export reads them from the log (services/export.py); a list of changes serves too
    (`ListSource`). Every pass must see the same changes."""

    def counts(self) -> dict[str, tuple[int, int]]:
        """entity -> (records, changes)."""
        ...

    def by_record(self, entity: str) -> Iterable[Latest]:
        """The entity's changes as (record_id, field, value, hlc, origin, seq), each
        record's together, records in id order."""
        ...

    def changes(self) -> Iterable[Sequence[Any]]:
        """Every change in `Change` field order, in the order the Changes sheet lists them."""
        ...


class ListSource:
    """A ChangeSource over changes already in memory (tests, benchmarks, small bundles)."""

    def __init__(self, changes: Iterable[Change]) -> None:
        self._changes = list(changes)
        self._by_record: dict[str, list[Latest]] | None = None

    def counts(self) -> dict[str, tuple[int, int]]:
        return change_counts(self._changes)

    def by_record(self, entity: str) -> Iterable[Latest]:
        if self._by_record is None:
            self._by_record = by_record(self._changes)
        return self._by_record.get(entity, [])

    def changes(self) -> Iterable[Sequence[Any]]:
        return self._changes


def write_bundle(
    path: str | Path,
    header: BundleHeader,
    changes: Iterable[Change] | ChangeSource,
    private_key: bytes,
    *,
    on_progress: Progress = None,
    is_cancelled: Cancelled = None,
    limits: ScanLimits | None = None,
) -> str:
    """Write a signed bundle to `path` and return its digest (hex sha256).

    Each sheet is written in one pass over its rows and digested in that same pass; the
    Manifest, which lists those digests, is built and signed after them and written last.
    The bundle digest is the Manifest's canonical digest without its signature row, so it
    covers the whole workbook. The file appears under its final name only when complete;
    a cancel raises ExportCancelled and leaves no file, and so does a bundle past the
    bounds every reader checks (`limits`, the reader's by default): ExportTooLarge.
    """
    source = changes if hasattr(changes, "by_record") else ListSource(changes)  # type: ignore[arg-type]
    counts = source.counts()
    cover = cover_rows(header, counts)
    sheets = [Sheet(COVER, cover, (26.0, 60.0, 10.0), header=False)]
    for name, e in ENTITIES.items():
        if name in counts:
            sheets.append(
                Sheet(e.plural, readable_rows(e, source.by_record(name)), readable_widths(e))
            )
    body = chain([tuple(CHANGE_SHEET_COLUMNS)], change_sheet_rows(source.changes()))
    sheets.append(Sheet(CHANGES, body, _CHANGE_WIDTHS, text_columns=True))
    digest = ""

    def manifest(written: Sequence[Sheet]) -> Sheet:
        nonlocal digest
        rows = manifest_rows(header, [(s.name, s.digest) for s in written])
        digest = rows_digest(rows)
        signature = keys.sign(private_key, signed_message(digest))
        rows.append(["signature", keys.encode(signature), "Ed25519, base64"])
        return Sheet(MANIFEST, rows, (16.0, 70.0, 50.0), text_columns=True)

    n_changes = sum(n for _, n in counts.values())
    total = len(cover) + sum(r + 1 for r, _ in counts.values()) + n_changes + 1
    total += len(header.vector) + len(header.complete) + len(header.devices) + len(sheets) + 14
    done = 0

    def on_rows(n: int) -> None:
        nonlocal done
        done += n
        if on_progress is not None:
            on_progress(min(done, total), total)

    write_workbook(
        Path(path),
        sheets,
        on_rows=on_rows,
        is_cancelled=is_cancelled,
        last=manifest,
        last_name=MANIFEST,
        limits=limits,
    )
    return digest
