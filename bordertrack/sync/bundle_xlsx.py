"""A small, fast .xlsx writer for bundles: shared strings, no formulas, written atomically.

openpyxl's write-only mode runs at about 16,000 rows/s, too slow for the export
budget; writing the sheet XML directly is several times faster and lets us guarantee
that no cell is ever a formula (docs/decisions.md, "Bundles write their own sheet XML").
"""

from __future__ import annotations

import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any

from bordertrack.domain.errors import error_template
from bordertrack.sync.bundle_canonical import StreamDigest
from bordertrack.sync.bundle_errors import BundleError
from bordertrack.sync.bundle_pipe import BackgroundWriter
from bordertrack.sync.bundle_scan import ScanLimits
from bordertrack.sync.bundle_size import SizeGuard

_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"

STYLE_BOLD = 1  # header rows
STYLE_TEXT = 2  # number format "@": what a person types there stays text

# XML 1.0 cannot hold most control characters, and an XML parser turns \r into \n;
# OOXML escapes such characters as _xHHHH_, and so a literal "_xHHHH_" must escape
# its underscore. Excel, LibreOffice and calamine all decode these escapes.
_NEEDS_ESCAPE = re.compile(r"[\x00-\x09\x0b-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")


class ExportCancelled(BundleError):
    template = error_template("The export was cancelled; no bundle was written.")

    def __init__(self) -> None:
        super().__init__()


@dataclass
class Sheet:
    """One worksheet: its rows of str/int/float/bool/None, column widths, header styling.

    `rows` may be a one-pass iterator (an export streams them from the log); the writer
    takes the sheet's canonical digest while it writes them and keeps it in `digest`.
    """

    name: str
    rows: Iterable[Sequence[Any]]
    widths: Sequence[float] = ()
    header: bool = True
    text_columns: bool = False
    digest: str = ""


def _escape_char(match: re.Match[str]) -> str:
    return f"_x{ord(match.group(0)[0]):04X}_"


def escape_text(text: str) -> str:
    """Cell text as XML character data, OOXML-escaped where XML cannot carry it."""
    if _NEEDS_ESCAPE.search(text):
        text = _NEEDS_ESCAPE.sub(_escape_char, text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(text: str) -> str:
    return escape_text(text).replace('"', "&quot;")


def _text_in_sheet(text: str) -> str:
    """Text written inline in a sheet: no quote of either kind left as it is."""
    return _attr(text).replace("'", "&apos;")


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


_COLUMNS = [column_letter(i) for i in range(256)]


class SharedStrings(dict[str, str]):
    """text -> the end of its cell's XML: a number into xl/sharedStrings.xml, in first-use order.

    Bundles repeat a few texts (origin, entity, field, type, operator) on every row;
    a cell then holds only a number, and calamine reads the Changes sheet about a
    quarter faster. Lookups of known texts stay in C (`__missing__` runs once per text).
    Text that looks like an OOXML escape (`_x0041_`) stays an inline string: openpyxl
    decodes such escapes in shared strings but writes them back undecoded, so a re-save
    would turn it into other text.

    So that an export's memory does not grow with the bundle, the table holds at most
    `LIMIT` texts, and digits-only text (seq and hlc, one of each per change, never
    repeated) is never put in it: both are written inline, which readers accept alike.
    """

    LIMIT = 50_000

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def __missing__(self, text: str) -> str:
        if text.isdigit() and text.isascii():
            return f' t="inlineStr"><is><t>{text}</t></is>'
        if _ESCAPE_LIKE.search(text) or len(self.texts) >= self.LIMIT:
            space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
            # Quotes escaped too: a reader's scan looks for cell positions (` r="B12"`, its
            # quotes folded) in a sheet's bytes, text included (bundle_scan).
            tail = f' t="inlineStr"><is><t{space}>{_text_in_sheet(text)}</t></is>'
            if len(self.texts) >= self.LIMIT:
                return tail
        else:
            tail = f' t="s"><v>{len(self.texts)}</v>'
            self.texts.append(text)
        self[text] = tail
        return tail

    def xml(self) -> str:
        """The shared-strings part: each text escaped once, here rather than in every cell."""
        return (
            f'{_XML_HEAD}<sst xmlns="{_MAIN_NS}" uniqueCount="{len(self.texts)}">'
            f"{_string_items(self.texts)}</sst>"
        )


_ESCAPE_LIKE = re.compile(r"_x[0-9A-Fa-f]{4}_")
_SEP = "\x1e"
# Anything that needs more than &<> escaping, or space at a text's edge: take the slow path.
_NOT_PLAIN = re.compile(
    r"[\x00-\x09\x0b-\x1d\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)|(?:^|\x1e)\s|\s(?:$|\x1e)"
)


def _string_items(texts: list[str]) -> str:
    """<si> items for `texts`, escaped in one pass when all are plain (the usual case)."""
    joined = _SEP.join(texts)
    if joined.count(_SEP) == len(texts) - 1 and not _NOT_PLAIN.search(joined):
        plain = joined.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return "".join([f"<si><t>{t}</t></si>" for t in plain.split(_SEP)]) if texts else ""
    return "".join([_string_item(t) for t in texts])


def _string_item(text: str) -> str:
    space = ' xml:space="preserve"' if text and (text[0].isspace() or text[-1].isspace()) else ""
    return f"<si><t{space}>{escape_text(text)}</t></si>"


def _cell(ref: str, value: Any, style: str, strings: SharedStrings) -> str:
    kind = type(value)
    if kind is str:
        return f'<c r="{ref}"{style}{strings[value]}</c>'
    if kind is bool:
        return f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>'
    if kind is int:
        return f'<c r="{ref}"{style}><v>{value}</v></c>'
    if kind is float:
        return f'<c r="{ref}"{style}><v>{value!r}</v></c>'
    raise TypeError(f"cannot write a {kind.__name__} to a bundle cell")


def row_xml(number: int, row: Sequence[Any], strings: SharedStrings, style: str = "") -> str:
    """One <row>: empty strings and None are left out (an empty cell and "" are one).

    Text, the common cell of a readable sheet, is written here; other values by `_cell`."""
    n = str(number)
    cells = []
    append = cells.append
    for head, v in zip(_CELL_HEADS, row, strict=False):
        if type(v) is str:
            if v:
                append(f'{head}{n}"{style}{strings[v]}</c>')
        elif v is not None and v != "":
            append(_cell(f"{head[6:]}{n}", v, style, strings))
    return f'<row r="{n}">{"".join(cells)}</row>'


_CELL_HEADS = [f'<c r="{c}' for c in _COLUMNS]


def text_rows_xml(start: int, rows: Sequence[Sequence[str]], strings: SharedStrings) -> str:
    """<row>s for rows of text only (the Changes sheet), numbered from `start`: the same XML
    as `row_xml`, without its type dispatch; empty cells are left out.

    A Changes row (ten cells, its `seq` and `hlc` digits, the cells a change always has
    filled) is written from one template: 1.6 million cells at 160,000 changes made the
    per-cell join the export's largest cost. Any other row takes the general form; both
    give the same bytes (tests/test_bundle_fast_rows.py)."""
    out = []
    append = out.append
    s = strings
    for number, row in enumerate(rows, start):
        n = str(number)
        if len(row) == 10:
            a, b, c, d, e, f, g, h, i, j = row
            digits = b + c
            if (
                a and d and e and f and g and b and c
                and digits.isdigit() and digits.isascii()
            ):  # fmt: skip
                # Looked up in column order: a text's number is its order of first use.
                a, d, e, f, g = s[a], s[d], s[e], s[f], s[g]
                value = f'<c r="H{n}"{s[h]}</c>' if h else ""
                prev = f'<c r="I{n}"{s[i]}</c>' if i else ""
                by = f'<c r="J{n}"{s[j]}</c>' if j else ""
                append(
                    f'<row r="{n}"><c r="A{n}"{a}</c>'
                    f'<c r="B{n}" t="inlineStr"><is><t>{b}</t></is></c>'
                    f'<c r="C{n}" t="inlineStr"><is><t>{c}</t></is></c>'
                    f'<c r="D{n}"{d}</c><c r="E{n}"{e}</c><c r="F{n}"{f}</c>'
                    f'<c r="G{n}"{g}</c>{value}{prev}{by}</row>'
                )
                continue
        append(_text_row(n, row, s))
    return "".join(out)


def _text_row(n: str, row: Sequence[str], strings: SharedStrings) -> str:
    """One <row> of text, numbered `n`, each filled cell by its shared-strings entry."""
    cells = [f'{h}{n}"{strings[v]}</c>' for h, v in zip(_CELL_HEADS, row, strict=False) if v]
    return f'<row r="{n}">{"".join(cells)}</row>'


def _sheet_head(sheet: Sheet, selected: bool) -> str:
    tab = ' tabSelected="1"' if selected else ""
    pane = (
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        if sheet.header
        else ""
    )
    style = f' style="{STYLE_TEXT}"' if sheet.text_columns else ""
    cols = "".join(
        f'<col min="{i + 1}" max="{i + 1}" width="{w:g}" customWidth="1"{style}/>'
        for i, w in enumerate(sheet.widths)
    )
    return (
        f'{_XML_HEAD}<worksheet xmlns="{_MAIN_NS}"><sheetViews>'
        f'<sheetView workbookViewId="0"{tab}>{pane}</sheetView></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="15"/>{f"<cols>{cols}</cols>" if cols else ""}<sheetData>'
    )


Tick = Callable[[int], None]


def _write_sheet(
    out: IO[bytes] | BackgroundWriter,
    sheet: Sheet,
    selected: bool,
    tick: Tick,
    strings: SharedStrings,
    guard: SizeGuard,
) -> None:
    """Write the sheet's rows 2,000 at a time, hashing each chunk as it goes (one pass),
    and stop (ExportTooLarge) at the first bound a reader would refuse (bundle_size)."""
    head = _sheet_head(sheet, selected)
    guard.start()
    guard.add(sheet.name, head, 1, 0)
    out.write(head.encode("utf-8"))
    digest = StreamDigest()
    rows = iter(sheet.rows)
    number = written = 1
    while chunk := list(islice(rows, 2000)):
        widest = max(map(len, chunk))  # the header row's included
        text = set(map(type, chain.from_iterable(chunk))) == {str}  # looked at once
        digest.add(chunk, text)
        xml = []
        if number == 1:
            style = f' s="{STYLE_BOLD}"' if sheet.header else ""
            xml.append(row_xml(1, chunk[0], strings, style))
            number, chunk = 2, chunk[1:]
            text = text or set(map(type, chain.from_iterable(chunk))) == {str}
        if text:
            xml.append(text_rows_xml(number, chunk, strings))
        else:
            xml.extend(row_xml(n, row, strings) for n, row in enumerate(chunk, number))
        number += len(chunk)
        data = "".join(xml)
        guard.add(sheet.name, data, number - 1, widest)
        out.write(data.encode("utf-8"))
        tick(number - written)
        written = number
    tail = "</sheetData></worksheet>"
    guard.add(sheet.name, tail, number - 1, 0)
    out.write(tail.encode("utf-8"))
    sheet.digest = digest.hexdigest()


def _package_parts(names: Sequence[str]) -> dict[str, str]:
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_SHEET_TYPE}"/>'
        for i in range(1, len(names) + 1)
    )
    sheets = "".join(
        f'<sheet name="{_attr(n)}" sheetId="{i}" r:id="rId{i}"/>'
        for i, n in enumerate(names, start=1)
    )
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{_REL_NS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(names) + 1)
    )
    n = len(names) + 1
    return {
        "[Content_Types].xml": _XML_HEAD
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        f"{overrides}</Types>",
        "_rels/.rels": f'{_XML_HEAD}<Relationships xmlns="{_PKG_REL_NS}">'
        f'<Relationship Id="rId1" Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>",
        "xl/workbook.xml": f'{_XML_HEAD}<workbook xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">'
        f"<bookViews><workbookView/></bookViews><sheets>{sheets}</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": f'{_XML_HEAD}<Relationships xmlns="{_PKG_REL_NS}">{rels}'
        f'<Relationship Id="rId{n}" Type="{_REL_NS}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId{n + 1}" Type="{_REL_NS}/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>",
        "xl/styles.xml": _STYLES,
    }


_STYLES = (
    f'{_XML_HEAD}<styleSheet xmlns="{_MAIN_NS}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


Last = Callable[[Sequence[Sheet]], Sheet]


def _write_zip(
    target: IO[bytes],
    sheets: Sequence[Sheet],
    last: Last | None,
    last_name: str,
    tick: Tick,
    guard: SizeGuard,
) -> None:
    names = [s.name for s in sheets] + ([last_name] if last else [])
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, text in _package_parts(names).items():
            guard.part(name, text)
            zf.writestr(name, text)
        strings = SharedStrings()
        todo = list(sheets)
        i = 0
        while i < len(todo):
            with zf.open(f"xl/worksheets/sheet{i + 1}.xml", "w", force_zip64=True) as out:
                pipe = BackgroundWriter(out)
                try:
                    _write_sheet(pipe, todo[i], i == 0, tick, strings, guard)
                finally:
                    pipe.close()
            i += 1
            if i == len(sheets) and last is not None:
                todo.append(last(sheets))
        shared = strings.xml()
        guard.part("xl/sharedStrings.xml", shared)
        zf.writestr("xl/sharedStrings.xml", shared)


def write_workbook(
    path: Path,
    sheets: Sequence[Sheet],
    *,
    on_rows: Tick | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    last: Last | None = None,
    last_name: str = "",
    limits: ScanLimits | None = None,
) -> None:
    """Write `sheets` to `path` via a temp file, fsync and rename; nothing when the
    workbook would pass a reader's `limits` (bundle_size.ExportTooLarge).

    `last(sheets)`, called once the others are written (their `digest` set), gives the
    final sheet, named `last_name`: the Manifest, which lists the others' digests.
    A pulled USB stick or a cancel leaves the old file (or none), never half a bundle.
    """

    def tick(done: int) -> None:
        if is_cancelled is not None and is_cancelled():
            raise ExportCancelled()
        if on_rows is not None:
            on_rows(done)

    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            guard = SizeGuard(limits or ScanLimits())  # the reader's own bounds by default
            _write_zip(handle, sheets, last, last_name, tick, guard)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
