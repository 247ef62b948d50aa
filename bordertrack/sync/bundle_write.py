"""Writing a signed bundle: build the sheets, digest each, sign the manifest, write atomically."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from bordertrack.store.changes import Change
from bordertrack.sync import keys
from bordertrack.sync.bundle_canonical import rows_digest, signed_message
from bordertrack.sync.bundle_model import CHANGES, COVER, MANIFEST, BundleHeader
from bordertrack.sync.bundle_sheets import (
    changes_rows,
    cover_rows,
    manifest_rows,
    readable_sheets,
)
from bordertrack.sync.bundle_xlsx import Sheet, write_workbook

Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None

_CHANGE_WIDTHS = (18.0, 8.0, 18.0, 16.0, 38.0, 16.0, 5.0, 30.0, 24.0, 14.0)


def build_sheets(header: BundleHeader, changes: list[Change]) -> tuple[list[Sheet], str]:
    """All sheets with their rows, the bundle digest and the manifest's signature text.

    The digest is taken over the manifest rows without the signature row; those rows
    hold every other sheet's digest, so it covers the whole workbook.
    """
    sheets = [Sheet(COVER, cover_rows(header, changes), (26.0, 60.0, 10.0), header=False)]
    for name, rows, widths in readable_sheets(changes):
        sheets.append(Sheet(name, rows, widths))
    sheets.append(Sheet(CHANGES, changes_rows(changes), _CHANGE_WIDTHS, text_columns=True))
    digests = [(s.name, rows_digest(s.rows)) for s in sheets]
    manifest = manifest_rows(header, digests)
    digest = rows_digest(manifest)
    return sheets + [Sheet(MANIFEST, manifest, (16.0, 70.0, 50.0), text_columns=True)], digest


def write_bundle(
    path: str | Path,
    header: BundleHeader,
    changes: Iterable[Change],
    private_key: bytes,
    *,
    on_progress: Progress = None,
    is_cancelled: Cancelled = None,
) -> str:
    """Write a signed bundle to `path` and return its digest (hex sha256).

    The file appears under its final name only when complete; a cancel raises
    ExportCancelled and leaves no file.
    """
    changes = list(changes)
    sheets, digest = build_sheets(header, changes)
    signature = keys.sign(private_key, signed_message(digest))
    manifest = sheets[-1]
    manifest.rows = [*manifest.rows, ["signature", keys.encode(signature), "Ed25519, base64"]]
    total = sum(len(s.rows) for s in sheets)
    done = 0

    def on_rows(n: int) -> None:
        nonlocal done
        done += n
        if on_progress is not None:
            on_progress(done, total)

    write_workbook(Path(path), sheets, on_rows=on_rows, is_cancelled=is_cancelled)
    return digest
