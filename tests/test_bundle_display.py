"""What a person sees must be what was signed: display and execution attacks are refused
before any cell is shown (by calamine, by LibreOffice), and untouched re-saves still verify."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from bordertrack.sync.bundle_errors import BundleError, BundleTooLarge, UnsafeContent
from bordertrack.sync.bundle_read import read_bundle
from tests.bundle_fixtures import rewrite_part, sheet_part, write

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
LONG = "p" + "x" * 300


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    path = tmp_path / "good.xlsx"
    write(path)
    return path


def _cell(xml: str, ref: str, new: str) -> str:
    start = xml.index(f'<c r="{ref}"')
    return xml[:start] + new + xml[xml.index("</c>", start) + 4 :]


def _edit_sheet(sheet: str, edit: Callable[[str], str]) -> Callable[[Path, Path], None]:
    def make(src: Path, dst: Path) -> None:
        rewrite_part(src, dst, sheet_part(src, sheet), edit)

    return make


def _edit_part(part: str, edit: Callable[[str], str]) -> Callable[[Path, Path], None]:
    def make(src: Path, dst: Path) -> None:
        rewrite_part(src, dst, part, edit)

    return make


def _add_parts(
    parts: dict[str, str], rels: str = "", types: str = ""
) -> Callable[[Path, Path], None]:
    def make(src: Path, dst: Path) -> None:
        with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                data = zin.read(info).decode("utf-8")
                if info.filename == "xl/_rels/workbook.xml.rels" and rels:
                    data = data.replace("</Relationships>", rels + "</Relationships>")
                if info.filename == "[Content_Types].xml" and types:
                    data = data.replace("</Types>", types + "</Types>")
                zout.writestr(info.filename, data)
            for name, text in parts.items():
                zout.writestr(name, text)

    return make


def _prefixed_formula(xml: str) -> str:
    xml = xml.replace("<worksheet ", f'<worksheet xmlns:{LONG}="{MAIN}" ', 1)
    return _cell(
        xml, "B3", f'<c r="B3" t="str"><{LONG}:f>WEBSERVICE("http://x")</{LONG}:f><v>ok</v></c>'
    )


def _moved_sheet(src: Path, dst: Path) -> None:
    """The Cover sheet stored outside xl/worksheets/, with a formula in it."""
    part = sheet_part(src, "Cover")
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info).decode("utf-8")
            if info.filename == part:
                zout.writestr("xl/cover.xml", _cell(data, "B3", '<c r="B3"><f>1+1</f></c>'))
                continue
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(f'Target="{part.removeprefix("xl/")}"', 'Target="cover.xml"')
            zout.writestr(info.filename, data)


def escape(text: str) -> str:
    return html.escape(text, quote=True)


def _styled(code: str) -> Callable[[str], str]:
    def edit(xml: str) -> str:
        xml = xml.replace(
            "<fonts",
            f'<numFmts count="1"><numFmt numFmtId="164" formatCode="{escape(code)}"/></numFmts>'
            "<fonts",
        )
        return xml.replace('<xf numFmtId="49"', '<xf numFmtId="164"')

    return edit


WORKSHEET_EXTRAS = {
    "merged cells": '<mergeCells count="1"><mergeCell ref="A1:J3"/></mergeCells>',
    "conditional format": '<conditionalFormatting sqref="A1"><cfRule type="expression" '
    'priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>',
    "data validation": '<dataValidations count="1"><dataValidation sqref="A1">'
    "<formula1>1</formula1></dataValidation></dataValidations>",
    "hyperlink": '<hyperlinks><hyperlink ref="A1" location="Manifest!A1"/></hyperlinks>',
    "drawing": f'<drawing xmlns:r="{REL}" r:id="rId9"/>',
    "ole object": "<oleObjects><oleObject progId='Package' shapeId='1'/></oleObjects>",
}

ATTACKS: dict[str, Callable[[Path, Path], None]] = {
    "formula with a 300-byte prefix": _edit_sheet("Cover", _prefixed_formula),
    "formula in the default namespace": _edit_sheet(
        "Equipment", lambda x: _cell(x, "B2", '<c r="B2"><f>HYPERLINK("http://x")</f></c>')
    ),
    "formula with a short prefix": _edit_sheet(
        "Manifest",
        lambda x: _cell(
            x.replace("<worksheet ", f'<worksheet xmlns:x="{MAIN}" ', 1),
            "B5",
            '<c r="B5"><x:f\n>1</x:f></c>',
        ),
    ),
    "sheet stored outside xl/worksheets": _moved_sheet,
    "number format with literal text": _edit_part("xl/styles.xml", _styled('"Written off"')),
    "number format hiding text": _edit_part("xl/styles.xml", _styled(";;;")),
    "number format as a percentage": _edit_part("xl/styles.xml", _styled("0%")),
    "built-in number format": _edit_part(
        "xl/styles.xml", lambda x: x.replace('<xf numFmtId="49"', '<xf numFmtId="10"')
    ),
    "white font": _edit_part(
        "xl/styles.xml",
        lambda x: x.replace(
            '<font><sz val="11"/>', '<font><color rgb="FFFFFFFF"/><sz val="11"/>', 1
        ),
    ),
    "hidden row": _edit_sheet(
        "Changes", lambda x: x.replace('<row r="3">', '<row r="3" hidden="1">')
    ),
    "hidden sheet": _edit_part(
        "xl/workbook.xml", lambda x: x.replace('sheetId="2"', 'sheetId="2" state="hidden"')
    ),
    "zeros shown blank": _edit_sheet(
        "Cover",
        lambda x: x.replace(
            '<sheetView workbookViewId="0"', '<sheetView showZeros="0" workbookViewId="0"'
        ),
    ),
    "defined name": _edit_part(
        "xl/workbook.xml",
        lambda x: x.replace(
            "</sheets>",
            '</sheets><definedNames><definedName name="x">'
            'WEBSERVICE("http://x")</definedName></definedNames>',
        ),
    ),
    "external link": _add_parts(
        {"xl/externalLinks/externalLink1.xml": f'<externalLink xmlns="{MAIN}"/>'},
        f'<Relationship Id="rId99" Type="{REL}/externalLink" '
        'Target="externalLinks/externalLink1.xml"/>',
    ),
    "external target": _edit_part(
        "xl/_rels/workbook.xml.rels",
        lambda x: x.replace(
            "</Relationships>",
            f'<Relationship Id="rId98" Type="{REL}/styles" Target="http://evil/x.xml" '
            'TargetMode="External"/></Relationships>',
        ),
    ),
    "macros": _add_parts({"xl/vbaProject.bin": "x"}),
    "macro-enabled workbook type": _edit_part(
        "[Content_Types].xml",
        lambda x: x.replace(
            "spreadsheetml.sheet.main+xml",
            "../application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        ),
    ),
    "data connection": _add_parts({"xl/connections.xml": f'<connections xmlns="{MAIN}"/>'}),
    "embedded object": _add_parts({"xl/embeddings/oleObject1.bin": "x"}),
    "custom xml": _add_parts({"customXml/item1.xml": "<x/>"}),
    "phonetic text": _edit_part(
        "xl/sharedStrings.xml",
        lambda x: x.replace("</t></si>", '</t><rPh sb="0" eb="1"><t>Written off</t></rPh></si>', 1),
    ),
    **{
        name: _edit_sheet(
            "Changes", lambda x, e=extra: x.replace("</sheetData>", "</sheetData>" + e)
        )
        for name, extra in WORKSHEET_EXTRAS.items()
    },
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_display_attacks_are_refused(bundle: Path, tmp_path: Path, attack: str) -> None:
    bad = tmp_path / "bad.xlsx"
    ATTACKS[attack](bundle, bad)
    with pytest.raises((UnsafeContent, BundleTooLarge)) as err:
        read_bundle(bad)
    text = str(err.value)
    assert "\n" not in text and "fresh" in text or "smaller" in text


def test_prefixed_formula_names_the_cell(bundle: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    ATTACKS["formula with a 300-byte prefix"](bundle, bad)
    with pytest.raises(UnsafeContent, match=r"formula in sheet 'Cover', cell B3"):
        read_bundle(bad)


def test_formula_like_text_in_cells_is_not_an_attack(tmp_path: Path) -> None:
    """Cell text that spells markup (escaped in the XML) must not be mistaken for it."""
    from tests.bundle_fixtures import tricky_changes

    texts = ["<f>1</f>", 'x:f r="AAA1"', "<c>", 'hidden="1"', "a:c b", 'uniqueCount="999999999"']
    base = tricky_changes()
    changes = [c._replace(value=t) for c, t in zip(base, texts, strict=False)] + base[len(texts) :]
    path = tmp_path / "texts.xlsx"
    write(path, changes)
    assert [c.value for c in read_bundle(path).changes[: len(texts)]] == texts


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_would_run_the_formula_that_is_refused(bundle: Path, tmp_path: Path) -> None:
    """The attack is real: LibreOffice computes the prefixed formula; BorderTrack refuses it
    before calamine or anything else reads a cell."""
    bad = tmp_path / "bad.xlsx"
    _edit_sheet(
        "Cover",
        lambda x: _cell(
            x.replace("<worksheet ", f'<worksheet xmlns:{LONG}="{MAIN}" ', 1),
            "B3",
            f'<c r="B3"><{LONG}:f>6*7</{LONG}:f></c>',
        ),
    )(bundle, bad)
    out = tmp_path / "csv"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "csv",
            "--outdir",
            str(out),
            str(bad),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    shown = (out / "bad.csv").read_text(encoding="utf-8", errors="replace")
    assert re.search(r"^Sender,42\b", shown, re.MULTILINE)
    with pytest.raises(UnsafeContent, match="formula"):
        read_bundle(bad)


def test_every_refusal_is_a_bundle_error(bundle: Path, tmp_path: Path) -> None:
    """Nothing in the attack list escapes as anything but a typed bundle error."""
    for i, make in enumerate(ATTACKS.values()):
        bad = tmp_path / f"bad{i}.xlsx"
        make(bundle, bad)
        with pytest.raises(BundleError):
            read_bundle(bad)
