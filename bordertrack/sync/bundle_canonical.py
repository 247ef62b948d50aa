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
_FRAGILE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")


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
    """Hex sha256 of the canonical JSON text of a sheet's rows (docs/bundle-format.md)."""
    text = json.dumps(canonical_rows(rows), separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


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
        if _FRAGILE.search(value):
            return "j", json.dumps(value, ensure_ascii=True)
        return "s", value
    raise TypeError(f"a change value cannot be a {type(value).__name__}")


def clean_text(text: str) -> str:
    """Text for the sheets people read: line breaks as \n, other control characters as U+FFFD."""
    if not _FRAGILE.search(text):
        return text
    return _FRAGILE.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))
