"""The Changes sheet read straight from its markup, when it is written as the export writes it.

An import read the Changes sheet twice: the markup scan (bundle_scan, bundle_xml) walked its
bytes, then calamine parsed the same bytes into Python rows; at 160,000 changes that was 1.4
and 2.2 s of CPU, over half the import. The export writes every Changes row from one
template (bundle_xlsx.text_rows_xml): rows numbered in order, cells A to J in order, each a
shared-string index or a plain inline text. A part whose rows all have that shape is read
here by one strict pattern that is at once the check and the parse: nothing it admits can
show anything but its text (no formula, no style beyond an index, no attribute that hides),
and the values are those calamine returns (tests/test_bundle_plain.py holds both to it).

Whatever the pattern does not admit makes this reader step aside (`None`) and the part
takes the general way, scan then calamine: another program's save, an attack, and text
calamine would change (edges trimmed without `xml:space`, `_x0041_` escapes, character
references). So what is refused, and why, and every value read, stay as they were. The
sheet's head and tail (views, columns) still go through the general scan.

The rows are read 1 MiB at a time and kept as columns of shared strings: memory is a
pointer per cell, less than calamine's rows of one string per cell. They stay columns: the
digest (bundle_canonical.text_columns_digest) and the parser (bundle_parse.
parse_change_columns) take them so, and no list per row is made (at 160,000 changes,
0.1 s and 15 MB less than turning them into rows and back).
"""

from __future__ import annotations

import codecs
import re
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from operator import add
from typing import NamedTuple
from xml.sax.saxutils import unescape

from defusedxml import ElementTree as SafeTree

from bordertrack.sync.bundle_errors import BundleError
from bordertrack.sync.bundle_model import CHANGES
from bordertrack.sync.bundle_parts import local
from bordertrack.sync.bundle_scan import ScanLimits, scan_bytes

_CHUNK = 1024 * 1024
_HEAD_MAX = 64 * 1024  # the export's head is about 2 kB: views, frozen pane, columns
_PENDING_MAX = 4 * _CHUNK  # a row longer than this is no row of the export's
_STRINGS_MAX = 32 * 1024 * 1024  # the export's, at its 50,000 texts, is a few MB
COLUMNS = "ABCDEFGHIJ"

# Text as XML holds it without surprises: no markup, no CR (a parser turns it into LF), no
# character XML forbids, only the five named references. At least one character: calamine
# places an empty cell in the sheet's area, which an absent cell is not. Plain characters
# are taken a run at a time (one turn of the loop a run, not a character: a fifth faster).
_TEXT = r"(?:[^<>&\x00-\x08\x0b-\x1f\ufffe\uffff]++|&(?:amp|lt|gt|quot|apos);)++"
_T = rf'<t(?: xml:space="preserve")?+>({_TEXT})</t>'


def _cell(column: str) -> str:
    """An optional cell of `column` in the row numbered by group `n`: index or inline text.
    A plain <t> may not start or end with white space (calamine trims it)."""
    keep = f"p{column}"
    return (
        rf'(?:<c r="{column}(?P=n)"(?: s="[0-9]{{1,5}}+")?+ t="'
        rf'(?:s"><v>(0|[1-9][0-9]{{0,8}}+)</v>|inlineStr"><is>'
        rf'<t(?P<{keep}> xml:space="preserve")?+>(?({keep})|(?![ \t\n]))'
        rf"({_TEXT})(?({keep})|(?<![ \t\n]))</t></is>)</c>)?+"
    )


_ROW = "".join([r'<row r="(?P<n>[1-9][0-9]{0,6}+)">', *map(_cell, COLUMNS), "</row>"])
ROW = re.compile(_ROW)
# A row, or else any one character, caught in the last group: `findall` then covers the
# whole text with rows and strays, and builds each row's groups in C (no match objects).
# No stray means the text is rows and nothing else, back to back.
_ROWS_OR_STRAY = re.compile(rf"{_ROW}|([\s\S])")
# Text calamine would not return as written: a plain <t> with white space at an edge (it
# trims), and anything that looks like an OOXML escape (it decodes `_x0041_` to "A"). Rows
# keep the first out by their pattern, and look for the second in their inline texts.
_CHANGED_BY_READER = re.compile(r"<t>[ \t\n]|<t>[^<]*+(?<=[ \t\n])</t>|_[xX][0-9A-Fa-f]{4}_")
_ESCAPE_LIKE = re.compile(r"_[xX][0-9A-Fa-f]{4}_")
_STRINGS = re.compile(
    r'<\?xml version="1\.0" encoding="UTF-8" standalone="yes"\?>\n'
    r'<sst xmlns="http://schemas\.openxmlformats\.org/spreadsheetml/2006/main"'
    r'(?: count="[0-9]{1,9}+")? uniqueCount="[0-9]{1,9}+">'
    rf"(?:<si>{_T}</si>)*+</sst>"
)
_STRING_ITEM = re.compile(f"<si>{_T}</si>")
_QUOTES = {"&quot;": '"', "&apos;": "'"}  # saxutils.unescape does &amp;, &lt; and &gt;
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WORKSHEET = re.compile(r"(?:/xl/)?(worksheets/sheet[1-9][0-9]{0,2}\.xml)")
_SHARED = re.compile(r"(?:/xl/)?sharedStrings\.xml")


class PlainChanges(NamedTuple):
    """The Changes sheet as this reader read it: by columns, as it was read and as the
    parser and the digest take it, so that no list per row is ever made."""

    part: str  # its part in the package, which the general scan then skips
    columns: list[list[str]]  # the columns of calamine's rows (its area, all text)
    elements: int  # counted as the general scan counts them

    def rows(self) -> list[list[str]]:
        """The rows calamine reads from the same sheet."""
        return list(map(list, zip(*self.columns, strict=True)))


class _NotPlain(Exception):
    """The part is not in the export's plain form: read it the general way."""


class StepAside(Exception):
    """The Changes sheet, read piece by piece, turned out not to be in the export's plain
    form (or broke a bound): the whole read (bundle_read) decides, and names what is wrong."""


# What reading a part in the plain form can meet: none of it is a verdict here.
_OFF = (_NotPlain, BundleError, zipfile.BadZipFile, KeyError, EOFError, OSError, ValueError,
        zlib.error, NotImplementedError)  # fmt: skip


def read_plain_changes(zf: zipfile.ZipFile, limits: ScanLimits) -> PlainChanges | None:
    """The Changes sheet, or None when any of it is not in the export's plain form. Raises nothing of its own: what is
    wrong with a part is for the general scan to find and name."""
    if not limits.display:
        return None  # registers are read by their own reader
    try:
        part, strings = _targets(zf)
        texts = shared_texts(zf, strings)
        return PlainChanges(part, *_PlainSheet(zf, part, texts, limits).read())
    except _OFF:
        return None


class ChangesStream:
    """The Changes sheet read a piece at a time, for an import that applies as it reads
    (sync/bundle_stream.py): the same pattern and bounds as `read_plain_changes`, but the
    columns of each piece are handed on and let go, never gathered.

    Stricter than the whole read, so that no trimming is ever needed: every row's first
    cell is filled (the export's always is), so there is no empty row to drop at the end.
    Anything else raises StepAside."""

    def __init__(self, zf: zipfile.ZipFile, limits: ScanLimits) -> None:
        try:
            part, strings = _targets(zf)
            self._sheet = _PlainSheet(zf, part, shared_texts(zf, strings), limits)
        except _OFF:
            raise StepAside from None
        self.part = part

    @property
    def elements(self) -> int:
        """The part's elements as the general scan counts them, once every piece is read."""
        return self._sheet.elements

    def pieces(self) -> Iterator[list[list[str]]]:
        """The columns of the rows, a piece at a time (about 1 MiB of the part each)."""
        sheet, width = self._sheet, 0
        try:
            for piece in sheet.pieces():
                if not all(piece[0]):
                    raise _NotPlain  # an empty row, or a row without its origin
                width = max(width, *(k + 1 for k, column in enumerate(piece) if any(column)))
                yield piece
            digits = len(str(sheet.rows))
            if digits > sheet.limits.max_row_digits:
                raise _NotPlain
            if width * (10**digits - 1) > sheet.limits.max_sheet_area:
                raise _NotPlain
        except _OFF:
            raise StepAside from None


def _targets(zf: zipfile.ZipFile) -> tuple[str, str | None]:
    """The parts holding the Changes sheet and the shared strings, when the workbook names
    them the plain way (each target written once, as the export and Excel write it), so
    that there is no doubt which part a spreadsheet program shows as "Changes"."""
    book = SafeTree.fromstring(zf.read("xl/workbook.xml"))
    rels = SafeTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets: dict[str, str] = {}
    shared: list[str] = []
    for rel in rels:
        kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
        target = rel.get("Target") or ""
        if kind == "sharedStrings":
            shared.append(target)
        elif kind == "worksheet":
            plain = _WORKSHEET.fullmatch(target)
            if plain is None or rel.get("Id", "") in targets:
                raise _NotPlain
            targets[rel.get("Id", "")] = f"xl/{plain.group(1)}"
    if len(set(targets.values())) != len(targets) or len(shared) > 1:
        raise _NotPlain
    if shared and not _SHARED.fullmatch(shared[0]):
        raise _NotPlain
    named = [
        s.get(f"{{{_RELS}}}id", "")
        for s in book.iter()
        if local(s.tag) == "sheet" and s.get("name") == CHANGES
    ]
    if len(named) != 1 or named[0] not in targets:
        raise _NotPlain
    return targets[named[0]], "xl/sharedStrings.xml" if shared else None


def shared_texts(zf: zipfile.ZipFile, part: str | None) -> dict[str, str]:
    """Index (as written in a cell) -> text, for a shared-strings part in the export's form;
    "" -> "" so that an absent cell's empty index reads as no text."""
    if part is None:
        return {"": ""}
    info = zf.getinfo(part)
    if info.file_size > _STRINGS_MAX:
        raise _NotPlain
    text = zf.read(info).decode("utf-8")
    if _STRINGS.fullmatch(text) is None or _changed_by_reader(text):
        raise _NotPlain
    items = _unescaped(_STRING_ITEM.findall(text))
    out = dict(zip(map(str, range(len(items))), items, strict=True))
    out[""] = ""
    return out


def _changed_by_reader(text: str) -> bool:
    """`_CHANGED_BY_READER` found in `text`; looked for only where a plain search for its
    pieces finds one, which in the export's own text it does not."""
    pieces = ("_x", "_X", "<t> ", "<t>\t", "<t>\n", " </t>", "\t</t>", "\n</t>")
    return any(p in text for p in pieces) and _CHANGED_BY_READER.search(text) is not None


def _unescaped(texts: Sequence[str]) -> list[str]:
    return [unescape(t, _QUOTES) if "&" in t else t for t in texts]


class _PlainSheet:
    """One pass over a sheet part: its head and tail to the general scan, its rows to the
    strict pattern, chunk by chunk; `read` raises _NotPlain at the first thing off."""

    def __init__(
        self, zf: zipfile.ZipFile, part: str, texts: dict[str, str], limits: ScanLimits
    ) -> None:
        self.zf, self.part, self.texts, self.limits = zf, part, texts, limits
        self.columns: list[list[str]] = [[] for _ in COLUMNS]
        self.rows = 0
        self.elements = 0

    def read(self) -> tuple[list[list[str]], int]:
        for piece in self.pieces():
            for column, more in zip(self.columns, piece, strict=True):
                column.extend(more)
        return self._finished(), self.elements

    def pieces(self) -> Iterator[list[list[str]]]:
        """The rows as columns, a chunk of the part at a time; the part's head and tail are
        judged after the last, and `elements` is then the part's whole count."""
        decoder = codecs.getincrementaldecoder("utf-8")()
        with self.zf.open(self.part) as stream:
            first = stream.read(_CHUNK)
            start = first.find(b"<sheetData>")
            if not 0 < start < _HEAD_MAX:
                raise _NotPlain
            head = first[: start + len(b"<sheetData>")]
            if b"<dimension" in head:
                raise _NotPlain  # calamine may size the sheet by it
            chunk, pending = first[len(head) :], ""
            while True:
                pending += decoder.decode(chunk)
                end = pending.find("</sheetData>")
                cut = end if end != -1 else max(pending.rfind("</row>") + len("</row>"), 0)
                if cut:
                    yield self._rows(pending[:cut])
                pending = pending[cut:]
                if end != -1:
                    break
                if len(pending) > _PENDING_MAX:
                    raise _NotPlain
                chunk = stream.read(_CHUNK)
                if not chunk:
                    raise _NotPlain  # no end of the rows
            tail = (pending + decoder.decode(stream.read(_HEAD_MAX), final=True)).encode()
            if stream.read(1) or not tail.endswith(b"</worksheet>"):
                raise _NotPlain
        around = scan_bytes(self.part, head + tail, sheet=True, limits=self.limits)
        self.elements += around.elements
        if self.elements > self.limits.max_elements_per_part:
            raise _NotPlain

    def _rows(self, text: str) -> list[list[str]]:
        found = list(zip(*_ROWS_OR_STRAY.findall(text), strict=True))
        if any(found[-1]):
            raise _NotPlain  # something between or around the rows
        numbers = list(map(int, found[0]))
        if numbers != list(range(self.rows + 1, self.rows + 1 + len(numbers))):
            raise _NotPlain  # calamine would place rows by number; the export writes 1, 2, ...
        # Elements as the general scan counts them, a '<' each, from what the pattern saw
        # (no text holds one): a row's open and close tags, 4 for a cell with a shared
        # string (c, v), 6 for one with inline text (c, is, t).
        count = len(numbers)
        self.elements += 2 * count + sum(
            4 * (count - found[1 + 3 * k].count("")) + 6 * (count - found[3 + 3 * k].count(""))
            for k in range(len(COLUMNS))
        )
        if self.elements > self.limits.max_elements_per_part:
            raise _NotPlain
        self.rows += len(numbers)
        texts = self.texts.__getitem__  # KeyError (an index beyond the strings): general way
        # Within the general scan's bound on runs without markup, so that it would pass
        # them too: no text near a quarter of it (four bytes a character at most); the
        # template's own markup runs are short.
        longest = self.limits.max_run // 4
        references = "&" in text
        columns: list[list[str]] = []
        for k in range(len(COLUMNS)):
            shared, inline = found[1 + 3 * k], found[3 + 3 * k]
            # A column the export wrote all one way (the ids shared, the seq and stamp
            # inline) takes its texts without joining each to an empty other.
            if not any(inline):
                columns.append(list(map(texts, shared)))
                continue
            if max(map(len, inline)) >= longest or _ESCAPE_LIKE.search("\n".join(inline)):
                raise _NotPlain
            if references:
                inline = _unescaped(inline)
            columns.append(
                list(map(add, map(texts, shared), inline)) if any(shared) else list(inline)
            )
        return columns

    def _finished(self) -> list[list[str]]:
        """The columns trimmed to calamine's area: no empty column at the right, no empty
        row at the bottom."""
        width = len(COLUMNS)
        while width and not any(self.columns[width - 1]):
            width -= 1
        digits = len(str(self.rows))
        area = width * (10**digits - 1)
        if digits > self.limits.max_row_digits or area > self.limits.max_sheet_area:
            raise _NotPlain  # the general scan says which bound
        columns = self.columns[:width]
        height = self.rows if width else 0
        while height and not any(column[height - 1] for column in columns):
            height -= 1
        return [column[:height] for column in columns] if height < self.rows else columns
