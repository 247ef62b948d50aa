"""Generators of hostile inputs for tests/test_hostile_corpus.py: each builds its file(s) in a
folder and returns the command-line arguments that feed it to BorderTrack.

Nothing here is stored as a binary: every attack is made fresh from a valid bundle, card or
register, so the corpus follows the formats as they change.
"""

from __future__ import annotations

import json
import os
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

from bordertrack.sync import keys
from bordertrack.sync.bundle_write import write_bundle
from tests.bundle_fixtures import header, rewrite_part, sheet_part, tricky_changes

Make = Callable[[Path, Path], list[str]]  # (folder, a valid signed bundle) -> CLI arguments
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _sheet(name: str, edit: Callable[[str], str]) -> Make:
    def make(folder: Path, good: Path) -> list[str]:
        bad = folder / "bad.xlsx"
        rewrite_part(good, bad, sheet_part(good, name), edit)
        return ["import", str(bad)]

    return make


def _part(part: str, edit: Callable[[str], str], command: str = "import") -> Make:
    def make(folder: Path, good: Path) -> list[str]:
        bad = folder / "bad.xlsx"
        rewrite_part(good, bad, part, edit)
        return [command, str(bad)]

    return make


def _extra(name: str, data: bytes | str) -> Make:
    def make(folder: Path, good: Path) -> list[str]:
        bad = folder / "bad.xlsx"
        with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as zo:
            for info in zin.infolist():
                zo.writestr(info.filename, zin.read(info))
            zo.writestr(name, data)
        return ["import", str(bad)]

    return make


def _file(data: bytes, name: str = "bad.xlsx", command: str = "import") -> Make:
    def make(folder: Path, good: Path) -> list[str]:
        (folder / name).write_bytes(data)
        return [*command.split(), str(folder / name)]

    return make


def _cell(ref: str, new: str) -> Callable[[str], str]:
    def edit(xml: str) -> str:
        start = xml.index(f'<c r="{ref}"')
        return xml[:start] + new + xml[xml.index("</c>", start) + 4 :]

    return edit


def _before_sheet_end(extra: str) -> Callable[[str], str]:
    return lambda xml: xml.replace("</sheetData>", extra + "</sheetData>")


def _after_sheet_data(extra: str) -> Callable[[str], str]:
    return lambda xml: xml.replace("</sheetData>", "</sheetData>" + extra)


def _declared_huge(folder: Path, good: Path) -> list[str]:
    """A zip whose directory declares a 2 GB shared-strings part (the data is a few bytes)."""
    bad = folder / "bad.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zin.infolist():
            zo.writestr(info.filename, zin.read(info))
    data = bytearray(bad.read_bytes())
    name = b"xl/sharedStrings.xml"
    at = data.rfind(b"PK\x01\x02", 0, data.rfind(name))  # its central directory entry
    struct.pack_into("<I", data, at + 24, 2 * 1024**3)  # uncompressed size
    bad.write_bytes(bytes(data))
    return ["import", str(bad)]


def _long_string(folder: Path, good: Path) -> list[str]:
    """One shared string of 3 MiB that compresses below every ratio limit."""
    text = os.urandom(3 * 1024 * 1024 // 2).hex()
    return _part("xl/sharedStrings.xml", lambda x: x.replace("<t>", f"<t>{text}", 1))(folder, good)


def _many_rows(folder: Path, good: Path) -> list[str]:
    rows = "".join(f'<row r="{n}"><c r="A{n}"><v>1</v></c></row>' for n in range(2, 1_000_100))
    return _sheet("Enrolments", lambda x: x.replace("<sheetData>", "<sheetData>" + rows, 1))(
        folder, good
    )


def _entity_bomb(xml: str) -> str:
    decl = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY a{i} "{("&a%s;" % (i - 1 if i else "")) * 10}">' for i in range(9)
    )
    if "?>" not in xml:
        return decl + "]>" + xml
    at = xml.index("?>") + 2
    return xml[:at] + decl + "]>" + xml[at:]


def _non_utf8_name(folder: Path, good: Path) -> list[str]:
    bad = os.path.join(os.fsencode(folder), b"x\xff\x1b[31m fine\n.xlsx")
    with open(bad, "wb") as handle:
        handle.write(b"PK\x03\x04 not really")
    return ["import", os.fsdecode(bad)]


def _fifo(name: str, command: str) -> Make:
    def make(folder: Path, good: Path) -> list[str]:
        os.mkfifo(folder / name)
        return [*command.split(), str(folder / name)]

    return make


def _symlink_to_zero(folder: Path, good: Path) -> list[str]:
    (folder / "zero.xlsx").symlink_to("/dev/zero")
    return ["verify", str(folder / "zero.xlsx")]


def _card(edit: Callable[[dict], object]) -> Make:
    def make(folder: Path, good: Path) -> list[str]:
        card = json.loads((folder.parent / "sender.card").read_text())
        (folder / "edited.card").write_text(json.dumps(edit(card)))
        return [
            "keys",
            "trust",
            str(folder / "edited.card"),
            "--role",
            "post",
            "--post",
            "X",
            "--yes",
        ]

    return make


def _claim_coordinator(card: dict) -> dict:
    return card | {"role": "coordinator", "post": None}


def _register_xlsx(edit: Callable[[str], str]) -> Make:
    def make(folder: Path, good: Path) -> list[str]:
        path = folder / "register.xlsx"
        book = openpyxl.Workbook()
        book.active.append(["Asset tag", "Category"])
        book.active.append(["A-1", "radio"])
        book.save(path)
        hostile = folder / "hostile.xlsx"
        rewrite_part(path, hostile, "xl/worksheets/sheet1.xml", edit)
        return ["import-register", str(hostile), "--entity", "equipment", "--dry-run"]

    return make


def _nested_json(folder: Path, good: Path) -> list[str]:
    (folder / "deep.card").write_text("[" * 100_000 + "]" * 100_000)
    return ["keys", "trust", str(folder / "deep.card"), "--role", "post", "--post", "X", "--yes"]


def _csv_field(folder: Path, good: Path) -> list[str]:
    (folder / "big.csv").write_text("Asset tag,Notes\nA-1," + '"' + "x" * 200_000 + '"\n')
    return ["import-register", str(folder / "big.csv"), "--entity", "equipment", "--dry-run"]


def _signed_by_other(folder: Path, good: Path) -> list[str]:
    other_private, _ = keys.generate()
    bad = folder / "bad.xlsx"
    write_bundle(bad, header(), tricky_changes(), other_private)
    return ["import", str(bad)]


def _newer_format(folder: Path, good: Path) -> list[str]:
    book = openpyxl.load_workbook(good)
    ws = book["Manifest"]
    for row in ws.iter_rows():
        if row[0].value == "format_version":
            row[1].value = "99"
    book.save(folder / "bad.xlsx")
    return ["verify", str(folder / "bad.xlsx")]


def _edited(sheet: str, cell: str, value: object) -> Make:
    def make(folder: Path, good: Path) -> list[str]:
        book = openpyxl.load_workbook(good)
        book[sheet][cell] = value
        book.save(folder / "bad.xlsx")
        return ["import", "--dry-run", str(folder / "bad.xlsx")]

    return make


def _sync_folder_with_fifo(folder: Path, good: Path) -> list[str]:
    os.mkfifo(folder / "x.xlsx")
    (folder / "junk.xlsx").write_bytes(os.urandom(100))
    return ["sync-folder", str(folder)]


LONG = "p" + "x" * 400

CORPUS: dict[str, Make] = {
    "random bytes": _file(os.urandom(5000)),
    "empty file": _file(b""),
    "truncated bundle": lambda f, g: _file(g.read_bytes()[: g.stat().st_size // 2])(f, g),
    "a folder": lambda f, g: ["import", str(f)],
    "no such file": lambda f, g: ["import", str(f / "missing.xlsx")],
    "FIFO named like a bundle": _fifo("x.xlsx", "import"),
    "FIFO in the sync folder": _sync_folder_with_fifo,
    "/dev/zero as a bundle": lambda f, g: ["verify", "/dev/zero"],
    "symlink to /dev/zero": _symlink_to_zero,
    "zip that is not a workbook": _file(
        b"PK\x05\x06" + b"\0" * 18,
    ),
    "zip bomb": lambda f, g: _zip_bomb(f),
    "declared 2 GB shared string": _declared_huge,
    "3 MiB shared string": _long_string,
    "a million rows": _many_rows,
    "entity bomb": _sheet("Changes", _entity_bomb),
    "formula in a data cell": _sheet("Changes", _cell("H2", '<c r="H2"><f>1+1</f></c>')),
    "formula under a 400-byte prefix": _sheet(
        "Cover",
        lambda x: _cell("B3", f'<c r="B3"><{LONG}:f>WEBSERVICE("x")</{LONG}:f></c>')(
            x.replace("<worksheet ", f'<worksheet xmlns:{LONG}="{MAIN}" ', 1)
        ),
    ),
    "number format with literal text": _part(
        "xl/styles.xml",
        lambda x: x.replace(
            "<fonts",
            '<numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;Written off&quot;"/>'
            "</numFmts><fonts",
        ).replace('<xf numFmtId="49"', '<xf numFmtId="164"'),
    ),
    "hidden row": _sheet("Changes", lambda x: x.replace('<row r="2">', '<row r="2" hidden="1">')),
    "merged cells over the sheet": _sheet(
        "Changes", _after_sheet_data('<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>')
    ),
    "external link": _extra(
        "xl/externalLinks/externalLink1.xml", f'<externalLink xmlns="{MAIN}"/>'
    ),
    "macros": _extra("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0"),
    "OLE object": _extra("xl/embeddings/oleObject1.bin", b"\xd0\xcf\x11\xe0"),
    "custom XML": _extra("customXml/item1.xml", "<x/>"),
    "data connection": _extra("xl/connections.xml", f'<connections xmlns="{MAIN}"/>'),
    "defined name": _part(
        "xl/workbook.xml",
        lambda x: x.replace(
            "</sheets>",
            '</sheets><definedNames><definedName name="a">1</definedName></definedNames>',
        ),
    ),
    "cell at XFD1048576": _sheet(
        "Cover", _before_sheet_end('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    ),
    "cells without positions": _sheet(
        "Cover", _before_sheet_end('<row r="9000">' + "<c><v>1</v></c>" * 50 + "</row>")
    ),
    "lower-case position": _sheet(
        "Cover", _before_sheet_end('<row r="40"><c r="xfd40"><v>1</v></c></row>')
    ),
    "spaced position": _sheet(
        "Cover", _before_sheet_end('<row r="40"><c r = "XFD40"><v>1</v></c></row>')
    ),
    "uniqueCount of 4 billion": _part(
        "xl/sharedStrings.xml",
        lambda x: x.replace("uniqueCount=", 'count="4000000000" uniqueCount=', 1),
    ),
    "10 MB cell": _part(
        "xl/sharedStrings.xml", lambda x: x.replace("<t>", "<t>" + "A" * 10_000_000, 1)
    ),
    "edited cell": _edited("Equipment", "B2", "DOS-9999"),
    "edited manifest": _edited("Manifest", "B5", "Someone else"),
    "signed by another key than named": _signed_by_other,
    "newer format": _newer_format,
    "non-UTF-8 name with escapes and a newline": _non_utf8_name,
    "very long name": _file(os.urandom(100), name="n" * 250 + ".xlsx"),
    "card: /dev/zero": lambda f, g: [
        "keys",
        "trust",
        "/dev/zero",
        "--role",
        "post",
        "--post",
        "X",
        "--yes",
    ],
    "card: FIFO": _fifo("x.card", "keys trust --role post --post X --yes"),
    "card: edited to claim coordinator": _card(_claim_coordinator),
    "card: 100 KB": _card(lambda c: c | {"name": "n" * 100_000}),
    "card: nested 100,000 deep": _nested_json,
    "card: not an object": _card(lambda c: [c]),
    "register: CSV field over 128 KB": _csv_field,
    "register: FIFO": _fifo("r.csv", "import-register --entity equipment --dry-run"),
    "register: merged range over the sheet": _register_xlsx(
        _after_sheet_data('<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')
    ),
    "register: cell at XFD1048576": _register_xlsx(
        _before_sheet_end('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    ),
    "register: entity bomb": _register_xlsx(_entity_bomb),
    "printed header text": _sheet(
        "Changes",
        _after_sheet_data("<headerFooter><oddHeader>&amp;CAPPROVED</oddHeader></headerFooter>"),
    ),
    "zero-height row": _sheet(
        "Changes", lambda x: x.replace('<row r="2">', '<row r="2" ht="0" customHeight="1">')
    ),
    "rows zero-height by default": _sheet(
        "Changes", lambda x: x.replace("<sheetFormatPr ", '<sheetFormatPr zeroHeight="1" ', 1)
    ),
    "hidden column": _sheet("Equipment", lambda x: x.replace("<col ", '<col hidden="1" ', 1)),
    "zero-width column": _sheet("Equipment", lambda x: x.replace('width="', 'width="0" x="', 1)),
    "very hidden sheet": _part(
        "xl/workbook.xml", lambda x: x.replace('sheetId="3"', 'sheetId="3" state="veryHidden"')
    ),
    "hidden workbook window": _part(
        "xl/workbook.xml", lambda x: x.replace("<workbookView", '<workbookView visibility="hidden"')
    ),
    "conditional format": _sheet(
        "Changes",
        _after_sheet_data(
            '<conditionalFormatting sqref="A1:J9"><cfRule type="containsText" dxfId="0" '
            'priority="1" text="a"/></conditionalFormatting>'
        ),
    ),
    "data validation input message": _sheet(
        "Equipment",
        _after_sheet_data(
            '<dataValidations count="1"><dataValidation showInputMessage="1" '
            'prompt="Written off" sqref="A1:Z99"/></dataValidations>'
        ),
    ),
    "active filter hiding rows": _sheet(
        "Changes",
        _after_sheet_data(
            '<autoFilter ref="A1:J9"><filterColumn colId="1"><filters><filter val="1"/>'
            "</filters></filterColumn></autoFilter>"
        ),
    ),
    "comments (notes)": _extra("xl/comments1.xml", f'<comments xmlns="{MAIN}"/>'),
    "drawing with a text box": _extra("xl/drawings/drawing1.xml", "<xdr:wsDr/>"),
    "white rich-text run": _part(
        "xl/sharedStrings.xml",
        lambda x: x.replace(
            "</sst>", '<si><r><rPr><color rgb="FFFFFFFF"/></rPr><t>x</t></r></si></sst>'
        ),
    ),
    "symbol font": _part(
        "xl/styles.xml", lambda x: x.replace('<name val="Calibri"/>', '<name val="Wingdings"/>')
    ),
    "formula in shared strings under a prefix": _part(
        "xl/sharedStrings.xml",
        lambda x: x.replace("<si>", f'<si><q:f xmlns:q="{MAIN}">1+1</q:f>', 1),
    ),
    "elements nested a million deep": lambda f, g: _sheet(
        "Cover",
        _before_sheet_end(
            "".join(f'<x a="{os.urandom(6).hex()}">' for _ in range(1_000_000)) + "</x>" * 1_000_000
        ),
    )(f, g),
    "merge of a hostile bundle": lambda f, g: [
        "merge",
        _file(b"PK\x03\x04" + os.urandom(200), name="m.xlsx")(f, g)[-1],
    ],
}


def _zip_bomb(folder: Path) -> list[str]:
    bad = folder / "bomb.xlsx"
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (64 * 1024 * 1024))
    return ["import", str(bad)]
