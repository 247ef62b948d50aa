"""What an .xlsx sheet shows where a number format pads with zeros: 130 shown as 000130.

The cell values come from python-calamine, which reads the stored number; an inventory number
typed as 000130 in a cell formatted "000000" is stored as 130. This module finds the cells
whose style has such a format (styles.xml, then the sheet's cell tags) and renders their text
as Excel shows it. It reads the XML directly (a regular expression over the cell tags, so a
20,000-row sheet costs milliseconds), and Strict Open XML workbooks, which openpyxl sees as
having no sheets, get the same treatment. Excel's built-in formats (ids below 164) pad
nothing, so only the workbook's own formats are looked at.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from functools import lru_cache

from defusedxml import ElementTree

# Integer formats whose digits are zero-padded: 00000, "INV-"000000, 000\-000.
_LITERAL = r'(?:"[^"]*"|\\.|[^0#?.,;@"\\\[\]eE])'
_PADDED = re.compile(rf"^{_LITERAL}*0{{2,}}{_LITERAL}*$")
_ATTR = re.compile(rb'\b([rst])="([^"]*)"')
_REF = re.compile(rb"([A-Z]+)(\d+)")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def padded_code(code: str) -> str | None:
    """The format's first section when it is a zero-padded integer format, else None."""
    section = code.split(";", 1)[0]
    return section if _PADDED.match(section) else None


def render(value: float, code: str) -> str:
    """130 with '"INV-"000000' -> 'INV-000130': literals kept, each zero run filled."""
    digits = str(abs(int(value)))
    out = "".join(part if run == 0 else digits.zfill(run) for part, run in _template(code))
    return ("-" if value < 0 else "") + out


@lru_cache(maxsize=256)
def _template(code: str) -> tuple[tuple[str, int], ...]:
    """A format's pieces, parsed once per format: (literal text, 0) or ("", zero-run length)."""
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(code):
        ch = code[i]
        if ch == '"':
            end = code.find('"', i + 1)
            end = len(code) if end < 0 else end
            out.append((code[i + 1 : end], 0))
            i = end + 1
        elif ch == "\\" and i + 1 < len(code):
            out.append((code[i + 1], 0))
            i += 2
        elif ch == "0":
            run = len(code[i:]) - len(code[i:].lstrip("0"))
            out.append(("", run))
            i += run
        else:
            out.append((ch, 0))
            i += 1
    return tuple(out)


def _padded_styles(zf: zipfile.ZipFile) -> dict[int, str]:
    """Cell style index -> padded format code, from xl/styles.xml."""
    try:
        root = ElementTree.fromstring(zf.read("xl/styles.xml"))
    except (KeyError, ElementTree.ParseError):
        return {}
    custom: dict[int, str] = {}
    for el in root.iter():
        if _local(el.tag) == "numFmt":
            code = padded_code(el.get("formatCode") or "")
            if code and (el.get("numFmtId") or "").isdigit():
                custom[int(el.get("numFmtId"))] = code
    if not custom:
        return {}
    styles: dict[int, str] = {}
    for el in root.iter():
        if _local(el.tag) == "cellXfs":
            for index, xf in enumerate(x for x in el if _local(x.tag) == "xf"):
                fmt = xf.get("numFmtId") or ""
                if fmt.isdigit() and int(fmt) in custom:
                    styles[index] = custom[int(fmt)]
    return styles


def _sheet_part(zf: zipfile.ZipFile, sheet_name: str) -> str | None:
    """The zip member holding `sheet_name`, through workbook.xml and its relationships."""
    try:
        book = ElementTree.fromstring(zf.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return None
    rid = None
    for el in book.iter():
        if _local(el.tag) == "sheet" and el.get("name") == sheet_name:
            rid = next((v for k, v in el.attrib.items() if _local(k) == "id"), None)
    for el in rels.iter():
        if _local(el.tag) == "Relationship" and el.get("Id") == rid:
            target = el.get("Target") or ""
            return (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join("xl", target))
            )
    return None


@lru_cache(maxsize=512)
def _column(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


def padded_cells(zf: zipfile.ZipFile, sheet_name: str) -> dict[tuple[int, int], str]:
    """(row, column) from 0 -> padded format code, for the numeric cells of one sheet."""
    styles = _padded_styles(zf)
    part = _sheet_part(zf, sheet_name) if styles else None
    if not part:
        return {}
    try:
        xml = zf.read(part)
    except KeyError:
        return {}
    wanted = {str(s).encode(): code for s, code in styles.items()}
    alternatives = b"|".join(wanted)
    # Excel, LibreOffice and openpyxl write r, s, t in this order: a literal-led pattern the
    # regex engine finds fast. Any other order falls back to looking inside every cell tag.
    ordered = re.compile(rb'<(?:\w+:)?c r="([A-Z]+)(\d+)" s="(' + alternatives + rb')"([^>]*)>')
    out = _collect(ordered.finditer(xml), wanted)
    if not out:
        general = re.compile(rb'<(?:\w+:)?c\s(?=[^>]*\bs="(' + alternatives + rb')")([^>]*)>')
        for match in general.finditer(xml):
            attrs = dict(_ATTR.findall(match.group(2)))
            ref = _REF.fullmatch(attrs.get(b"r", b""))
            if ref and attrs.get(b"t", b"n") == b"n":
                out[(int(ref.group(2)) - 1, _column(ref.group(1)))] = wanted[match.group(1)]
    return out


def _collect(matches: Iterator[re.Match[bytes]], wanted: dict[bytes, str]) -> dict:
    out: dict[tuple[int, int], str] = {}
    for m in matches:
        rest = m.group(4)
        if b't="' in rest and b't="n"' not in rest:
            continue  # a text cell in a padded style shows its text
        out[(int(m.group(2)) - 1, _column(m.group(1)))] = wanted[m.group(3)]
    return out


_MIN_DIGITS = re.compile(rb'min-integer-digits="(?:[2-9]|\d{2,})"')
_PADDED_TEXT = re.compile(r"\D*0\d+\D*")
_ODS = "urn:oasis:names:tc:opendocument:xmlns:"
_TABLE, _OFFICE = _ODS + "table:1.0", _ODS + "office:1.0"


def ods_padded_cells(zf: zipfile.ZipFile, sheet_name: str) -> dict[tuple[int, int], str]:
    """(row, column) from 0 -> the text an .ods number cell shows, where a number style pads
    it with zeros (LibreOffice keeps the shown text beside the value)."""
    try:
        content = zf.read("content.xml")
        styles = zf.read("styles.xml") if "styles.xml" in zf.namelist() else b""
    except KeyError:
        return {}
    if not (_MIN_DIGITS.search(content) or _MIN_DIGITS.search(styles)):
        return {}
    out: dict[tuple[int, int], str] = {}
    row = col = 0
    inside = False
    for event, el in ElementTree.iterparse(io.BytesIO(content), events=("start", "end")):
        tag = el.tag
        if tag == "{" + _TABLE + "}table":
            inside = event == "start" and el.get("{" + _TABLE + "}name") == sheet_name
            if event == "end" and out:
                break
        elif not inside or event == "start":
            continue
        elif tag == "{" + _TABLE + "}table-row":
            row += min(int(el.get("{" + _TABLE + "}number-rows-repeated") or 1), 1_000_000)
            col = 0
            el.clear()
        elif tag in ("{" + _TABLE + "}table-cell", "{" + _TABLE + "}covered-table-cell"):
            repeat = min(int(el.get("{" + _TABLE + "}number-columns-repeated") or 1), 20_000)
            if el.get("{" + _OFFICE + "}value-type") == "float":
                shown = "".join(el.itertext()).strip()
                if _PADDED_TEXT.fullmatch(shown):
                    for c in range(col, col + min(repeat, 1000)):
                        out[(row, c)] = shown
            col += repeat
    return out
