"""The canonical, typed form of a sheet's cells that digests and the signature cover.

A spreadsheet program that opens and saves a bundle may store a cell differently
(shared instead of inline strings, 5 as 5.0, trailing blanks); the canonical form
hides exactly those differences and nothing else, so an unedited bundle still
verifies and any edited cell does not. See docs/bundle-format.md, "Canonical form".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from itertools import chain
from typing import Any

# Signed message = this prefix + the 32 raw bytes of the manifest digest, so a
# BorderTrack key's signature over a bundle can never be replayed as anything else.
SIGNATURE_CONTEXT = b"BorderTrack bundle signature v1\n"

_INT_LIMIT = 2**63

# Characters a spreadsheet program may rewrite on save (LibreOffice turns \r\n into
# \n) or that XML cannot hold. Text with any of them travels JSON-escaped (type j).
FRAGILE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")


def canonical_cell(value: Any) -> Any:
    """One cell as a JSON-ready value: None for empty, typed otherwise.

    Empty cell and empty string are one; an integral float is the int it equals.
    """
    kind = type(value)
    if kind is str:
        return value or None
    if value is None:
        return None
    if kind is bool:
        return value
    if kind is int:
        return value
    if kind is float:
        if value.is_integer() and abs(value) < _INT_LIMIT:
            return int(value)
        return value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return ["d", value.isoformat()]
    if isinstance(value, dt.timedelta):
        return ["t", value.total_seconds()]
    return ["?", str(value)]


def canonical_rows(rows: Iterable[Sequence[Any]]) -> list[list[Any]]:
    """Every row canonical, trailing empty cells of each row and trailing empty rows dropped."""
    rows = list(rows)
    text_only = set(map(type, chain.from_iterable(rows))) <= {str}
    out: list[list[Any]] = []
    for row in rows:
        # Fast path for all-text sheets (Changes): only "" needs mapping to None.
        cells = [v or None for v in row] if text_only else [canonical_cell(v) for v in row]
        while cells and cells[-1] is None:
            cells.pop()
        out.append(cells)
    while out and not out[-1]:
        out.pop()
    return out


def rows_digest(rows: Iterable[Sequence[Any]]) -> str:
    """Hex sha256 of the canonical JSON text of a sheet's rows (docs/bundle-format.md).

    Taken in chunks (`StreamDigest`), so that the Changes sheet, all text, is encoded by
    json in C rather than converted cell by cell first."""
    digest = StreamDigest()
    rows = rows if isinstance(rows, list) else list(rows)
    for start in range(0, len(rows), _DIGEST_CHUNK):
        digest.add(rows[start : start + _DIGEST_CHUNK])
    return digest.hexdigest()


def text_columns_digest(columns: Sequence[Sequence[str]]) -> str:
    """`rows_digest` of the rows that these columns of text hold (bundle_plain reads the
    Changes sheet by columns): the rows are made a chunk at a time, as tuples, and never
    all at once."""
    digest = StreamDigest()
    height = len(columns[0]) if columns else 0
    for start in range(0, height, _DIGEST_CHUNK):
        end = start + _DIGEST_CHUNK
        rows = list(zip(*(c[start:end] for c in columns), strict=True))
        digest.add(rows, text=True, first_filled=all(columns[0][start:end]))
    return digest.hexdigest()


_DIGEST_CHUNK = 20_000  # rows a chunk: a few MB of JSON text at a time


# In json.dumps text of rows of strings whose first cell is filled, an empty cell is `,""`:
# a quote after a comma cannot be escaped, so were the comma inside a string this quote
# would close it, and no second quote could follow. It is marked with NUL, which ASCII-only
# json text never holds, so the trailing ones of each row can be dropped exactly.
def _text_rows_json(rows: Sequence[Sequence[str]]) -> str:
    """The canonical JSON of rows of text whose first cell is filled, without the outer []."""
    # Each row's cells joined in C, without the encoder's per-string scan: json's own text
    # when no cell holds what it would escape (it writes printable ASCII as it is, but "
    # and \). Checked on the joined text: two quotes a cell are the template's own.
    text = '["' + '"],["'.join(map('","'.join, rows)) + '"]'
    plain = text.isascii() and text.isprintable() and "\\" not in text
    if not (plain and text.count('"') == 2 * sum(map(len, rows))):
        text = json.dumps(rows, separators=(",", ":"))[1:-1]
    # A Changes row of a change without prev or operator ends in two empty cells: dropped
    # in one pass first (a `]` after an empty cell ends its row).
    text = text.replace(',"",""]', "]")
    if ',""' not in text:
        return text
    text = text.replace(',""', ",\x00")
    while ",\x00]" in text:
        text = text.replace(",\x00]", "]")
    return text.replace("\x00", "null")


class StreamDigest:
    """`rows_digest` taken a chunk of rows at a time, so a sheet is hashed while it is
    written and never held whole: the JSON text of the rows is fed to sha256 piecewise.

    Empty rows are held back until a non-empty row follows (trailing ones are dropped).
    """

    def __init__(self) -> None:
        self._hash = hashlib.sha256(b"[")
        self._started = False
        self._empty = 0

    def add(
        self, rows: Sequence[Sequence[Any]], text: bool | None = None, first_filled: bool = False
    ) -> None:
        """Rows of any cells; a chunk of all-text rows whose first cell is filled (the
        Changes sheet) is encoded by json in C, its empty strings then written as null.

        `text`: whether every cell of `rows` is a str, when the caller has looked already;
        `first_filled`: every row is a list or tuple whose first cell is filled, likewise."""
        if text is None:
            text = set(map(type, chain.from_iterable(rows))) == {str}
        if (
            text
            and rows
            and (first_filled or all(type(r) in (list, tuple) and r and r[0] for r in rows))
        ):
            self._feed("[]," * self._empty + _text_rows_json(rows))
            self._empty = 0
            return
        cells = canonical_rows_kept(rows)
        last = len(cells)
        while last and not cells[last - 1]:
            last -= 1
        if last:
            body = json.dumps(cells[:last], separators=(",", ":"))[1:-1]
            self._feed("[]," * self._empty + body)
            self._empty = len(cells) - last
        else:
            self._empty += len(cells)

    def _feed(self, text: str) -> None:
        if self._started:
            self._hash.update(b",")
        self._hash.update(text.encode("ascii"))
        self._started = True

    def hexdigest(self) -> str:
        done = self._hash.copy()
        done.update(b"]")
        return done.hexdigest()


def canonical_rows_kept(rows: Iterable[Sequence[Any]]) -> list[list[Any]]:
    """Every row canonical with its trailing empty cells dropped; empty rows are kept."""
    out: list[list[Any]] = []
    for row in rows:
        # Text, empty cells and integers, nearly every cell of a readable sheet, are
        # settled here exactly as `canonical_cell` settles them.
        cells = [
            (v or None)
            if type(v) is str
            else v
            if v is None or type(v) is int
            else canonical_cell(v)
            for v in row
        ]
        while cells and cells[-1] is None:
            cells.pop()
        out.append(cells)
    return out


def signed_message(digest: str) -> bytes:
    """The bytes the Ed25519 signature covers for a bundle whose manifest digest is `digest`."""
    return SIGNATURE_CONTEXT + bytes.fromhex(digest)


def encode_value(value: Any) -> tuple[str, str]:
    """A change's value as (type code, text): text survives Excel, which mangles long numbers.

    n = null, b = boolean 0/1, i = integer, f = float (repr, which round-trips), s = text,
    j = text holding control characters, as a JSON string literal in ASCII.
    """
    if value is None:
        return "n", ""
    if isinstance(value, bool):
        return "b", "1" if value else "0"
    if isinstance(value, int):
        return "i", str(value)
    if isinstance(value, float):
        return "f", repr(value)
    if isinstance(value, str):
        if FRAGILE.search(value):
            return "j", json.dumps(value, ensure_ascii=True)
        return "s", value
    raise TypeError(f"a change value cannot be a {type(value).__name__}")


def clean_text(text: str) -> str:
    """Text for the sheets people read: line breaks as \n, other control characters as U+FFFD."""
    if not FRAGILE.search(text):
        return text
    return FRAGILE.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))
