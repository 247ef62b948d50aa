"""What Excel writes when a person opens a bundle and saves it again without editing.

Excel is not available here, so its plain re-save is rebuilt part by part from a real
bundle, in the forms Excel 365 writes them: markup-compatibility namespaces with
`mc:Ignorable` (x14ac, xr, xr2, xr3), `xr:uid`, `x14ac:dyDescent` and `spans` on rows,
`<dimension>`, `<sheetViews>` with the selected tab, `<pageMargins>`, `<extLst>` in the
workbook and styles, a theme, `docProps/app.xml` with TitlesOfParts, shared strings split
into rich-text runs that all carry the default font, no calcChain.xml.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl.writer.theme import theme_xml

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"
XR = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision"
XR2 = "http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"
XR3 = "http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"
X15 = "http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"
X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
_CT = "application/vnd.openxmlformats-officedocument"
RUN_FONT = (
    '<rPr><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/>'
    '<charset val="204"/><scheme val="minor"/></rPr>'
)
Edit = Callable[[str, str], str]  # (part name, text) -> text


def _worksheet(xml: str, index: int) -> str:
    xml = xml.replace(
        f'<worksheet xmlns="{MAIN}">',
        f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}" xmlns:mc="{MC}" '
        f'mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="{X14AC}" xmlns:xr="{XR}" '
        f'xmlns:xr2="{XR2}" xmlns:xr3="{XR3}" '
        f'xr:uid="{{6F1B{index:04d}-6C5A-4D2E-9B7A-3C1E2D4F5A6B}}">',
        1,
    )
    refs = re.findall(r'<c r="([A-Z]+)([0-9]+)"', xml)
    last_col = max((r[0] for r in refs), key=lambda c: (len(c), c), default="A")
    last_row = max((int(r[1]) for r in refs), default=1)
    xml = xml.replace("<sheetViews>", f'<dimension ref="A1:{last_col}{last_row}"/><sheetViews>', 1)
    if index == 1 and "tabSelected" not in xml:
        xml = xml.replace("<sheetView ", '<sheetView tabSelected="1" ', 1)
    xml = re.sub(r"<sheetFormatPr ([^/]*)/>", r'<sheetFormatPr \1 x14ac:dyDescent="0.25"/>', xml)
    xml = re.sub(r'<row r="([0-9]+)">', r'<row r="\1" spans="1:12" x14ac:dyDescent="0.25">', xml)
    return xml.replace(
        "</sheetData>",
        '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" '
        'header="0.3" footer="0.3"/>',
    )


def _workbook(xml: str) -> str:
    sheets = re.search(r"<sheets>.*</sheets>", xml, re.S)
    assert sheets is not None
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        f'<workbook xmlns="{MAIN}" xmlns:r="{REL}" xmlns:mc="{MC}" '
        f'mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="{X15}" xmlns:xr="{XR}" '
        'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" '
        'xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" '
        f'xmlns:xr2="{XR2}">'
        '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/>'
        '<workbookPr defaultThemeVersion="202300"/>'
        f'<mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="x15">'
        '<x15ac:absPath url="C:\\Users\\post\\Desktop\\" '
        'xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/>'
        "</mc:Choice></mc:AlternateContent>"
        '<xr:revisionPtr revIDLastSave="0" documentId="13_ncr:1_{1D2C3B4A-0000-4000-8000-'
        '000000000001}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" '
        'xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/>'
        '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" '
        'windowHeight="15720" xr2:uid="{3A7E1C55-1F2B-4C0D-9E8F-7A6B5C4D3E2F}"/></bookViews>'
        f"{sheets.group(0)}"
        '<calcPr calcId="191029"/>'
        '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" '
        f'xmlns:x15="{X15}"><x15:workbookPr chartTrackingRefBase="1"/></ext>'
        '<ext uri="{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}" '
        'xmlns:xcalcf="http://schemas.microsoft.com/office/spreadsheetml/2018/calcfeatures">'
        '<xcalcf:calcFeatures><xcalcf:feature name="microsoft.com:RD"/>'
        '<xcalcf:feature name="microsoft.com:LET_WF"/></xcalcf:calcFeatures></ext></extLst>'
        "</workbook>"
    )


def _styles(xml: str) -> str:
    xml = xml.replace(
        f'<styleSheet xmlns="{MAIN}">',
        f'<styleSheet xmlns="{MAIN}" xmlns:mc="{MC}" mc:Ignorable="x14ac x16r2 xr" '
        f'xmlns:x14ac="{X14AC}" '
        'xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" '
        f'xmlns:xr="{XR}">',
        1,
    )
    xml = xml.replace('<fonts count="2">', '<fonts count="2" x14ac:knownFonts="1">')
    xml = xml.replace(
        '<name val="Calibri"/>',
        '<color theme="1"/><name val="Calibri"/><family val="2"/><charset val="204"/>'
        '<scheme val="minor"/>',
    )
    return xml.replace(
        "</styleSheet>",
        '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" '
        'defaultPivotStyle="PivotStyleLight16"/><extLst>'
        f'<ext uri="{{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}}" xmlns:x14="{X14}">'
        '<x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext>'
        f'<ext uri="{{9260A510-F301-46a8-8635-F512D64BE5F5}}" xmlns:x15="{X15}">'
        '<x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext>'
        "</extLst></styleSheet>",
    )


def _rich(match: re.Match[str]) -> str:
    """A shared string split into two runs of the default font: the value is unchanged."""
    text = match.group(1)
    if "&" in text or len(text) < 2:
        return match.group(0)
    half = len(text) // 2
    return (
        f'<si><r>{RUN_FONT}<t xml:space="preserve">{text[:half]}</t></r>'
        f'<r>{RUN_FONT}<t xml:space="preserve">{text[half:]}</t></r></si>'
    )


def _shared_strings(xml: str) -> str:
    count = xml.count("<si>")
    xml = xml.replace("<sst xmlns=", f'<sst count="{count}" xmlns=', 1)
    return re.sub(r"<si><t>([^<]*)</t></si>", _rich, xml)


def _app(sheets: list[str]) -> str:
    titles = "".join(f"<vt:lpstr>{s}</vt:lpstr>" for s in sheets)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        '2006/docPropsVTypes"><Application>Microsoft Excel</Application>'
        "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs>"
        '<vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr>'
        f"</vt:variant><vt:variant><vt:i4>{len(sheets)}</vt:i4></vt:variant></vt:vector>"
        f'</HeadingPairs><TitlesOfParts><vt:vector size="{len(sheets)}" baseType="lpstr">'
        f"{titles}</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate>"
        "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
        "<AppVersion>16.0300</AppVersion></Properties>"
    )


CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>BorderTrack</dc:creator>'
    "<cp:lastModifiedBy>Post officer</cp:lastModifiedBy>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2026-05-01T10:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-05-02T08:12:00Z</dcterms:modified>'
    "</cp:coreProperties>"
)


def excel_resave(src: Path, dst: Path, edit: Edit | None = None) -> None:
    """Write `dst` as Excel's plain re-save of `src`; `edit` then changes one part's text
    (to add a display trick to an otherwise faithful re-save)."""
    with zipfile.ZipFile(src) as zin:
        parts = {i.filename: zin.read(i).decode("utf-8") for i in zin.infolist()}
    sheets = re.findall(r'<sheet name="([^"]+)"', parts["xl/workbook.xml"])
    out: dict[str, str] = {}
    for name, text in parts.items():
        if name.startswith("xl/worksheets/sheet"):
            text = _worksheet(text, int(re.sub(r"\D", "", name)))
        elif name == "xl/workbook.xml":
            text = _workbook(text)
        elif name == "xl/styles.xml":
            text = _styles(text)
        elif name == "xl/sharedStrings.xml":
            text = _shared_strings(text)
        elif name == "xl/_rels/workbook.xml.rels":
            text = text.replace(
                "</Relationships>",
                f'<Relationship Id="rId99" Type="{REL}/theme" Target="theme/theme1.xml"/>'
                "</Relationships>",
            )
        elif name == "_rels/.rels":
            text = text.replace(
                "</Relationships>",
                f'<Relationship Id="rId3" Type="{REL}/extended-properties" '
                'Target="docProps/app.xml"/><Relationship Id="rId2" '
                f'Type="{PKG}/metadata/core-properties" Target="docProps/core.xml"/>'
                "</Relationships>",
            )
        elif name == "[Content_Types].xml":
            text = text.replace(
                "</Types>",
                f'<Override PartName="/xl/theme/theme1.xml" ContentType="{_CT}.theme+xml"/>'
                '<Override PartName="/docProps/core.xml" ContentType="application/'
                'vnd.openxmlformats-package.core-properties+xml"/>'
                f'<Override PartName="/docProps/app.xml" ContentType="{_CT}.extended-'
                'properties+xml"/></Types>',
            )
        out[name] = text
    out["xl/theme/theme1.xml"] = theme_xml
    out["docProps/app.xml"] = _app(sheets)
    out["docProps/core.xml"] = CORE
    if edit is not None:
        out = {name: edit(name, text) for name, text in out.items()}
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, text in out.items():
            zout.writestr(name, text)
