"""Reading a bundle for an import that applies it as it reads: memory flat in its size.

The whole read (bundle_read) holds every change of a bundle until every part is judged
and every digest checked; at 160,000 changes that was about 110 MB. Here the order is:

1. every part but the Changes sheet judged (bundle_limits.stream_parts), as before;
2. the Manifest parsed first (bundle_calamine) and its signature checked, so the import
   knows who sent the bundle before it reads a change;
3. the Changes sheet read by bundle_plain's strict pattern a piece at a time, each piece
   digested, parsed and handed on (`StreamedBundle.chunks`), then let go;
4. after the last piece: the workbook's bounds, the Changes sheet's digest and every
   other sheet's digest.

The import (services/import_stream.py) applies each chunk inside its one transaction and
commits only when 4 has passed. Anything this reader does not admit, or any check that
fails, raises StepAside or the check's own error: the import rolls back and takes the
whole read, which names what is wrong exactly as it always has. So no bundle is
accepted here that the whole read would refuse, and no reason for a refusal changes.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

from bordertrack.store.changes import Change
from bordertrack.sync.bundle_calamine import CalamineSheets
from bordertrack.sync.bundle_canonical import StreamDigest
from bordertrack.sync.bundle_limits import (
    DEFAULT_LIMITS,
    Limits,
    open_zip,
    read_limited,
    stream_parts,
)
from bordertrack.sync.bundle_model import CHANGE_SHEET_COLUMNS, CHANGES, BundleHeader
from bordertrack.sync.bundle_parse import parse_change_piece, parse_header, sheet_digests
from bordertrack.sync.bundle_parts import check_names, check_small_parts
from bordertrack.sync.bundle_plain import COLUMNS, ChangesStream, StepAside
from bordertrack.sync.bundle_read import check_listed, check_names_present, verify_manifest

# Changes a chunk: a few MB of columns and changes at a time; large enough that the
# import's work per chunk (a log probe, a state flush) stays a small part of it.
CHANGES_A_CHUNK = 20_000
_RECORD_ID = CHANGE_SHEET_COLUMNS.index("record_id")


@dataclass
class StreamedBundle:
    """A bundle whose Manifest is verified and whose changes are still to be read.

    `chunks` yields them a list at a time and raises, after the last, whatever the end
    checks find; `received` counts the changes read so far."""

    header: BundleHeader
    digest: str
    _chunks: Generator[list[Change]]
    _sheets: CalamineSheets
    received: int = 0

    def chunks(self) -> Iterator[list[Change]]:
        for chunk in self._chunks:
            self.received += len(chunk)
            yield chunk

    def close(self) -> None:
        """Stop reading (also midway): the sheets' thread is let finish, none outlives it."""
        self._chunks.close()
        self._sheets.wait()


def open_stream(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> StreamedBundle:
    """Judge every part but the Changes sheet and verify the Manifest's signature; the
    changes then come from `chunks`. Raises StepAside when the whole read must decide."""
    if not limits.scan.display:
        raise StepAside  # registers are read by their own reader
    data = read_limited(path, limits)
    zf = open_zip(data, limits)
    check_names(zf)
    changes = ChangesStream(zf, limits.scan)
    elements = stream_parts(zf, limits, skip=changes.part)
    check_small_parts(zf)
    sheets = CalamineSheets(data).start()
    try:
        names, manifest = sheets.early_manifest()
        check_names_present(names)
        entries, digest = verify_manifest(manifest)
        expected = sheet_digests(entries)
        check_listed(names, expected)
        header = parse_header(entries)
    except BaseException:
        sheets.wait()
        raise
    body = _changes(changes, sheets, expected, limits.scan.max_elements - elements)
    return StreamedBundle(header, digest, body, sheets)


def _changes(
    stream: ChangesStream, sheets: CalamineSheets, expected: dict[str, str], room: int
) -> Generator[list[Change]]:
    """The Changes sheet's changes a chunk at a time, then the end checks (`room`: the
    elements the workbook's bound leaves this sheet)."""
    try:
        digest = StreamDigest()
        held: list[list[str]] = [[] for _ in COLUMNS]
        head = True
        for piece in stream.pieces():
            for column, more in zip(held, piece, strict=True):
                column.extend(more)
            while len(held[0]) > CHANGES_A_CHUNK and (cut := _cut(held[_RECORD_ID])):
                yield _parsed([column[:cut] for column in held], digest, head)
                head, held = False, [column[cut:] for column in held]
        if head or held[0]:
            yield _parsed(held, digest, head)
        if stream.elements > room:
            raise StepAside  # the whole read names the bound
        if digest.hexdigest() != expected.get(CHANGES):
            raise StepAside
        for name, signed in expected.items():
            if name != CHANGES and sheets.digest(name) != signed:
                raise StepAside
    finally:
        sheets.wait()


def _cut(record_ids: list[str]) -> int:
    """Where the next chunk ends: near CHANGES_A_CHUNK rows, between two records, so that
    no edit (the rows one save wrote, one after another) is split between two chunks; 0
    when the record at that point may go on in rows not read yet."""
    size = CHANGES_A_CHUNK
    cut = size
    while cut and record_ids[cut - 1] == record_ids[cut]:
        cut -= 1
    if cut:
        return cut
    cut = size  # one record's run longer than a chunk: it is a chunk of its own
    while cut < len(record_ids) and record_ids[cut] == record_ids[cut - 1]:
        cut += 1
    return cut if cut < len(record_ids) else 0


def _parsed(columns: list[list[str]], digest: StreamDigest, head: bool) -> list[Change]:
    if not columns[0]:
        raise StepAside  # no header row: the whole read says so
    digest.add(list(zip(*columns, strict=True)), text=True, first_filled=True)
    changes = parse_change_piece(columns, head=head)
    if changes is None:
        raise StepAside  # a cell the columns' checks refuse: the whole read names its row
    return changes
