"""Reading a bundle: limits, unsafe markup, format version, signature, sheet digests, changes.

Verify what you use: the file is read into memory once; the values hashed and checked
against the signature are exactly the values returned, from one read of each sheet (the
strict read of the Changes sheet, bundle_plain, or calamine's parse, bundle_calamine).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bordertrack.store.changes import Change
from bordertrack.store.gc_pause import gc_paused
from bordertrack.sync import keys
from bordertrack.sync.bundle_calamine import CalamineSheets
from bordertrack.sync.bundle_canonical import rows_digest, signed_message, text_columns_digest
from bordertrack.sync.bundle_errors import (
    NewerFormat,
    NotABundle,
    OrdinaryWorkbook,
    TamperedBundle,
    UnsafeContent,
)
from bordertrack.sync.bundle_limits import (
    DEFAULT_LIMITS,
    Limits,
    open_zip,
    read_limited,
    scan_parts,
)
from bordertrack.sync.bundle_model import (
    CHANGES,
    COVER,
    FORMAT_VERSION,
    MANIFEST,
    Bundle,
)
from bordertrack.sync.bundle_parse import (
    format_version,
    manifest_map,
    one,
    parse_change_columns,
    parse_changes,
    parse_header,
    sheet_digests,
)
from bordertrack.sync.bundle_plain import PlainChanges

Progress = Callable[[int, int], None] | None
Rows = list[list[Any]]
_STEPS = 3
_WORKBOOK_PART_MAX = 1 << 20  # a workbook part listing sheets is a few kB


def _open_workbook(path: str | Path, limits: Limits) -> tuple[CalamineSheets, PlainChanges | None]:
    """Calamine over the checked bytes, started (on its thread: bundle_calamine) only after
    size, zip and markup checks pass; and the Changes sheet when the scan could read it
    itself (bundle_plain)."""
    data = read_limited(path, limits)
    zf = open_zip(data, limits)
    try:
        changes = scan_parts(zf, limits)
    except (UnsafeContent, NotABundle):
        if not _names_manifest(zf):  # a register's formula is no tampering: say what it is
            raise OrdinaryWorkbook() from None
        raise
    return CalamineSheets(data).start(), changes


def check_names_present(sheet_names: list[str]) -> None:
    """The three sheets every bundle has; none of them: an ordinary workbook."""
    missing = [s for s in (COVER, CHANGES, MANIFEST) if s not in sheet_names]
    if len(missing) == 3:
        raise OrdinaryWorkbook()
    if missing:
        raise NotABundle(f"the sheet {missing[0]} is missing")


@dataclass
class _ChangesRead:
    """The Changes sheet digested and parsed while calamine parses the others; a bad row
    is kept and raised only after the signature and every digest, as it always was."""

    digest: str
    changes: list[Change] | None = None
    error: Exception | None = None


def _digested(plain: PlainChanges) -> _ChangesRead:
    # The digest first: the parse takes the header row off the columns.
    read = _ChangesRead(text_columns_digest(plain.columns))
    try:
        read.changes = parse_change_columns(plain.columns)
    except Exception as bad:  # noqa: BLE001 - any failure waits for the signature's verdict
        read.error = bad
    return read


def _names_manifest(zf: zipfile.ZipFile) -> bool:
    """Whether the workbook part names a Manifest sheet: a bounded byte search, no parse,
    so it is safe on a file that just failed the markup checks."""
    try:
        info = zf.getinfo("xl/workbook.xml")
    except KeyError:
        return True  # not an Excel workbook at all: the original reason says more
    if info.file_size > _WORKBOOK_PART_MAX:
        return True
    try:
        return f'name="{MANIFEST}"'.encode() in zf.read(info)
    except Exception:  # damaged part: keep the original reason
        return True


def verify_manifest(rows: Rows) -> tuple[dict[str, list[str]], str]:
    """Check the format version, then the signature; return the entries and the digest."""
    entries = manifest_map(rows)
    version = format_version(entries)
    if version > FORMAT_VERSION:
        raise NewerFormat(version, FORMAT_VERSION)
    signature_rows = [i for i, r in enumerate(rows) if r and r[0] == "signature"]
    if len(signature_rows) != 1:
        raise NotABundle(f"the {MANIFEST} sheet lacks its signature")
    signed = [r for i, r in enumerate(rows) if i != signature_rows[0]]
    digest = rows_digest(signed)
    try:
        public_key = keys.decode(one(entries, "public_key"))
        signature = keys.decode(one(entries, "signature"))
    except ValueError:
        raise NotABundle(f"the {MANIFEST} sheet holds a malformed key or signature") from None
    if not keys.verify(public_key, signature, signed_message(digest)):
        raise TamperedBundle(f"the {MANIFEST} sheet does not match its signature")
    return entries, digest


def check_listed(sheet_names: list[str], expected: dict[str, str]) -> None:
    """Every sheet but the Manifest is listed in it, and every sheet listed is there."""
    names = [n for n in sheet_names if n != MANIFEST]
    extra = [n for n in names if n not in expected]
    if extra:
        raise TamperedBundle(f"sheet '{extra[0]}' was added")
    missing = [n for n in expected if n not in names]
    if missing:
        raise TamperedBundle(f"sheet '{missing[0]}' was removed")


def _check_sheets(
    sheets: CalamineSheets, expected: dict[str, str], read: _ChangesRead | None
) -> list[Change]:
    """Every sheet but the Manifest must be listed, present and unchanged; the Changes
    sheet (digested already when `read`) last. Returns its changes."""
    check_listed(sheets.book().sheet_names, expected)
    for name, digest in expected.items():
        if name != CHANGES and sheets.digest(name) != digest:
            raise TamperedBundle(f"sheet '{name}' was edited")
    if read is None:
        rows = sheets.rows(CHANGES)
        if rows_digest(rows) != expected.get(CHANGES):
            raise TamperedBundle(f"sheet '{CHANGES}' was edited")
        return parse_changes(rows)
    if read.digest != expected.get(CHANGES):
        raise TamperedBundle(f"sheet '{CHANGES}' was edited")
    if read.error is not None:
        raise read.error
    return read.changes or []


def read_bundle(
    path: str | Path, *, on_progress: Progress = None, limits: Limits = DEFAULT_LIMITS
) -> Bundle:
    """Read, check and verify a bundle; raises a BundleError subclass saying what is wrong.

    Trust is not decided here: `header.public_key` only names the signer.
    """

    with gc_paused():
        return _read(path, on_progress, limits)


def _read(path: str | Path, on_progress: Progress, limits: Limits) -> Bundle:
    def step(n: int) -> None:
        if on_progress is not None:
            on_progress(n, _STEPS)

    sheets, plain = _open_workbook(path, limits)
    try:
        read = _digested(plain) if plain is not None else None
    finally:
        sheets.wait()
    check_names_present(sheets.book().sheet_names)
    step(1)
    entries, digest = verify_manifest(sheets.rows(MANIFEST))
    header = parse_header(entries)
    step(2)
    changes = _check_sheets(sheets, sheet_digests(entries), read)
    step(3)
    return Bundle(header, changes, digest)


@dataclass
class Signer:
    """Who a bundle says signed it, read without checking the content."""

    sender_id: str
    sender_name: str
    public_key: bytes
    fingerprint: str


def bundle_signer(path: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> Signer | None:
    """The claimed signer, for `verify` to name even when the content is broken; None if unreadable."""
    try:
        entries = manifest_map(_open_workbook(path, limits)[0].rows(MANIFEST))
        public_key = keys.decode(one(entries, "public_key"))
        return Signer(
            one(entries, "sender_id"),
            one(entries, "sender_name"),
            public_key,
            keys.fingerprint(public_key),
        )
    except Exception:
        return None
