"""Streaming checks on the big parts (sheets, shared strings), made on bytes before any parser.

A 30 MB sheet cannot be walked element by element in Python within the import budget,
so these checks use C-speed `find`/`count` on 1 MiB chunks and are written so that a
hostile file cannot slip past them:

- no run of text or markup longer than the run cap (a 2 GB shared string never reaches
  calamine, which would abort the process allocating it);
- no more elements than the cap (each element needs a '<');
- no declared count (`uniqueCount`, `count`) beyond the cap (calamine preallocates);
- every cell and row position (`r="..."`) inside the sheet bounds, and each sheet's
  possible area (columns x rows) small enough to hold in memory;

Formulas and everything else that changes what a person sees are not looked for here:
every chunk that passed these checks is fed, in the same pass, to the namespace-aware
parse of bundle_xml (bundles only; registers have their own reader).
"""

from __future__ import annotations

import functools
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

from bordertrack.domain.shown import shown
from bordertrack.sync.bundle_errors import BundleTooLarge, UnsafeContent
from bordertrack.sync.bundle_xml import PartJudge

MiB = 1024 * 1024
_CHUNK = 1 * MiB
_OVERLAP = 512  # longer than any name this scan must see whole (longer names are refused)
_NAME_MAX = 256

_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
# The last character before a hit that could not be part of an element name.
_NOT_NAME = re.compile(rb"[\s<>\"'=/][^\s<>\"'=/]*\Z")
_COUNT = re.compile(rb"ount\s*=\s*[\"']\s*0*([0-9]{1,30})")
# One pass folds a chunk so that fixed patterns find what matters wherever it is written:
# white space, '/' and '>' become ' ', a prefix's ':' becomes '<' (`<x:f>` reads `<x<f `),
# "'" becomes '"', digits '0'. Lengths are kept, so a place in `folded` is one in `window`.
_FOLD = bytes.maketrans(b"\t\r\n/>:'0123456789", b'     <"' + b"0" * 10)
_UNPLACED = re.compile(rb'<(?:c|row) (?!r=")')


@dataclass(frozen=True)
class ScanLimits:
    """Bounds for one workbook's big parts; see docs/bundle-format.md, "Limits"."""

    max_run: int = 256 * 1024  # text or markup without '<' / '>'; refused from twice this
    max_elements_per_part: int = 8_000_000
    max_elements: int = 20_000_000
    max_declared_count: int = 4_000_000
    max_row_digits: int = 6  # rows up to 999,999
    max_sheet_area: int = 10_500_000  # columns x rows a sheet may span
    display: bool = True  # refuse formulas and display elements (bundles, not registers)


@dataclass
class PartScan:
    """What one part's scan found that later checks need."""

    elements: int = 0
    max_col_letters: int = 0
    max_single_col: int = 0  # 1..26 when every column is one letter
    row_digits: int = 0
    merged_area: int = 0  # cells covered by merged ranges (registers; bundles have none)

    def area_bound(self) -> int:
        cols = 702 if self.max_col_letters >= 2 else max(self.max_single_col, 1)
        return cols * (10**self.row_digits - 1 if self.row_digits else 1)


def scan_part(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    *,
    sheet: bool,
    limits: ScanLimits,
) -> PartScan:
    """Stream one part through every check, then (bundles) through the namespace-aware
    judge, one chunk at a time; raises UnsafeContent, BundleTooLarge or NotABundle."""
    return scan_stream(info.filename, lambda: zf.open(info), sheet=sheet, limits=limits)


def scan_bytes(name: str, data: bytes, *, sheet: bool, limits: ScanLimits) -> PartScan:
    """`scan_part` over bytes in hand: the head and tail of a sheet whose rows were
    read by bundle_plain, which admits only rows these checks would pass."""
    return scan_stream(name, lambda: io.BytesIO(data), sheet=sheet, limits=limits)


def scan_stream(
    name: str,
    open_part: Callable[[], IO[bytes]],
    *,
    sheet: bool,
    limits: ScanLimits,
) -> PartScan:
    """The checks of `scan_part` over whatever `open_part` opens (it may be opened twice:
    a refusal made while plain runs were skipped is looked for again, byte by byte)."""
    found = PartScan()
    tail = b""
    offset = 0  # where `chunk` starts in the part
    big = sheet or name == "xl/sharedStrings.xml"
    judge = PartJudge(name, big=big) if limits.display else None
    with open_part() as part:
        while True:
            chunk = part.read(_CHUNK)
            if not chunk:
                break
            window = tail + chunk
            _check_chunk(window, chunk, name, sheet, limits, found)
            if judge is not None:
                step = functools.partial(judge.feed, chunk, window, offset - len(tail))
                _judge(judge, open_part, offset + len(chunk), step)
            offset += len(chunk)
            tail = window[-_OVERLAP:]
    if judge is not None:
        _judge(judge, open_part, offset, judge.close)
    if sheet and found.area_bound() > limits.max_sheet_area:
        raise BundleTooLarge(
            f"the area {name} may span (columns x rows)",
            found.area_bound(),
            limits.max_sheet_area,
        )
    return found


def _judge(
    judge: PartJudge,
    open_part: Callable[[], IO[bytes]],
    checked: int,
    step: Callable[[], None],
) -> None:
    """One step of the judge. A refusal made while plain runs were skipped is looked for
    again in the part's first `checked` bytes as written (they passed the byte checks), only
    to name its cell; the verdict stands either way."""
    try:
        step()
    except UnsafeContent:
        if judge.skip_plain:
            _judge_every_byte(judge.part, open_part, judge.big, checked)
        raise


def _judge_every_byte(
    name: str, open_part: Callable[[], IO[bytes]], big: bool, checked: int
) -> None:
    judge = PartJudge(name, big=big, skip_plain=False)
    tail, offset = b"", 0
    with open_part() as part:
        while offset < checked and (chunk := part.read(min(_CHUNK, checked - offset))):
            window = tail + chunk
            judge.feed(chunk, window, offset - len(tail))
            offset += len(chunk)
            tail = window[-_OVERLAP:]
        if not part.read(1):
            judge.close()


def _check_chunk(
    window: bytes,
    chunk: bytes,
    part: str,
    sheet: bool,
    limits: ScanLimits,
    found: PartScan,
) -> None:
    if b"<!" in window and _DECLARATION.search(window):
        raise UnsafeContent("an XML DOCTYPE or ENTITY declaration", part)
    _check_runs(chunk, part, limits.max_run)
    found.elements += chunk.count(b"<")
    if found.elements > limits.max_elements_per_part:
        raise BundleTooLarge(
            f"the number of elements in {part}", found.elements, limits.max_elements_per_part
        )
    _check_counts(window, part, limits.max_declared_count)
    folded = window.translate(_FOLD)
    if sheet and not limits.display:
        _check_merged(folded, window, part, limits, found)
    if sheet:
        _check_positions(folded, window, part, limits, found)


_MERGE_REF = re.compile(rb'ref *= *"([A-Za-z]{1,3})([0-9]{1,7}):([A-Za-z]{1,3})([0-9]{1,7})"')


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def _check_merged(
    folded: bytes, window: bytes, part: str, limits: ScanLimits, found: PartScan
) -> None:
    """openpyxl makes an object for every cell of a merged range (A1:XFD1048576 is 17
    billion), so the cells all ranges cover are counted and bounded like a sheet's area."""
    whole = max(folded.rfind(b"<"), 0)
    at = folded.find(b"<mergeCell ", 0, whole)
    while at != -1:
        end = window.find(b">", at + 1, whole)  # the element's own tag, in the raw bytes
        m = _MERGE_REF.search(window, at, end if end != -1 else whole)
        if m is None:
            raise UnsafeContent("a merged range without a readable position", part)
        rows = abs(int(m.group(4)) - int(m.group(2))) + 1
        cols = abs(_column(m.group(3)) - _column(m.group(1))) + 1
        found.merged_area += rows * cols
        if found.merged_area > limits.max_sheet_area:
            raise BundleTooLarge(
                f"the cells merged in {part}", found.merged_area, limits.max_sheet_area
            )
        at = folded.find(b"<mergeCell ", at + 1, whole)


def _check_runs(chunk: bytes, part: str, run: int) -> None:
    """A run of 2*run bytes without '<' (or '>') holds a whole aligned block of `run` bytes
    without it; runs shorter than `run` never trip this. C-speed `find` per block."""
    for start in range(0, len(chunk) - run + 1, run):
        for mark in (b"<", b">"):
            if chunk.find(mark, start, start + run) == -1:
                raise BundleTooLarge(f"the length of one text or tag in {part}", 2 * run, run)


def _check_counts(window: bytes, part: str, cap: int) -> None:
    at = window.find(b"ount")
    while at != -1:
        m = _COUNT.match(window, at)
        if m and (len(m.group(1)) > 12 or int(m.group(1)) > cap) and _in_a_tag(window, at):
            raise BundleTooLarge(f"a count declared in {part}", float(m.group(1)[:30]), cap)
        at = window.find(b"ount", at + 4)


def _in_a_tag(window: bytes, at: int) -> bool:
    """Is `at` between a '<' and its '>' (an attribute), not in text? A tag longer than the
    look-back counts as one, so padding cannot hide an attribute."""
    start = max(0, at - 4096)
    lt, gt = window.rfind(b"<", start, at), window.rfind(b">", start, at)
    return lt > gt or (lt == gt == -1 and start > 0)


def _is_element(window: bytes, at: int) -> bool:
    """A folded match at `at` is an element when it was '<', or a ':' ending a prefix."""
    return window[at] == 0x3C or _ends_a_tag_name(window, at)


def _ends_a_tag_name(window: bytes, colon: int) -> bool:
    """Is the ':' at `colon` inside an element name (`<prefix:name`)? A name of more than
    _NAME_MAX bytes cannot be told apart cheaply, so it counts as one (and is refused)."""
    before = window[max(0, colon - _NAME_MAX) : colon]
    m = _NOT_NAME.search(before)
    if m is None:
        return colon >= _NAME_MAX  # no break at all within the limit: an over-long name
    return m.group(0)[:1] == b"<"


@functools.lru_cache(maxsize=256)
def _beyond(cols: int, digits: int, two_letters: bool) -> re.Pattern[bytes]:
    """A position not within what is known so far: columns up to the `cols`-th letter (or
    any two letters), rows of up to `digits` digits (digits are folded to '0')."""
    last = chr(64 + max(cols, 1)).encode()
    letters = rb"[A-Z]{0,2}" if two_letters else rb"[A-" + last + rb"]?"
    return re.compile(rb' r *= *"(?!' + letters + rb'0{1,%d}")' % max(digits, 1))


_POSITION = re.compile(rb' r *= *"([^"]{0,12})("?)')
_SHAPE = re.compile(rb"([A-Z]{0,2})(0{1,6})")


def _check_positions(
    folded: bytes, window: bytes, part: str, limits: ScanLimits, found: PartScan
) -> None:
    """Cell and row positions (`r="B12"`) by their shapes: at most two upper-case column
    letters and `max_row_digits` row digits; the widest column and longest row number
    found bound the area the sheet can span. A search for a position beyond what is known
    so far usually finds nothing; each one it finds widens the bounds or is refused."""
    whole = max(folded.rfind(b"<"), 0)  # every tag before the last '<' is complete
    at = 0
    while True:
        pattern = _beyond(found.max_single_col, found.row_digits, found.max_col_letters == 2)
        m = pattern.search(folded, at, whole)
        if m is None:
            break
        at = m.start() + 1
        position = _POSITION.match(folded, m.start(), whole)
        value, closed = (position.group(1), position.group(2)) if position else (b"", b"")
        shape = _SHAPE.fullmatch(value) if closed else None
        if shape is None or len(shape.group(2)) > limits.max_row_digits:
            if re.fullmatch(rb"[A-Z]{0,2}0+", value):
                raise BundleTooLarge(
                    f"a row number in {part}",
                    10**limits.max_row_digits,
                    10**limits.max_row_digits - 1,
                )
            text = shown(value.decode("latin-1"), 20)
            raise UnsafeContent(f"a cell position '{text}' beyond column ZZ or malformed", part)
        letters, digits = shape.group(1), shape.group(2)
        found.row_digits = max(found.row_digits, len(digits))
        if len(letters) == 2:
            found.max_col_letters = 2
        elif letters:
            found.max_single_col = max(found.max_single_col, letters[0] - 64)
    _check_unplaced(folded, window, whole, part)


def _check_unplaced(folded: bytes, window: bytes, whole: int, part: str) -> None:
    """A cell or row without `r` first is placed by counting, which the bounds above do not
    see; every writer puts `r` first, so any other form is refused. Counted first (cheap);
    the exact walk runs only when the counts disagree (text holding ':c ', or an attack)."""
    for name in (b"c", b"row"):
        head = b"<" + name
        plain = folded.count(head + b" ", 0, whole)
        placed = folded.count(head + b' r="', 0, whole)
        if plain != placed:
            for m in _UNPLACED.finditer(folded, 0, whole):
                if _is_element(window, m.start()):
                    raise UnsafeContent("a cell or row without its position first", part)
            return
