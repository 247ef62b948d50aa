"""What a bundle's package may hold: an allow-list of parts, relationships and styles.

The signature covers cell values. Anything else a spreadsheet program shows or runs
must either be harmless or be refused: a macro, an external link, a data connection,
an OLE object or custom XML is refused by name; the small parts (package, workbook,
relationships, styles) are parsed namespace-aware with defusedxml and judged by what
they do (every part's elements were judged by bundle_xml as it streamed); number
formats may only be General or Text, so no format can show a signed "Under repair" as
anything else. See docs/bundle-format.md, "What a bundle may contain".
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeTree

from bordertrack.domain.shown import shown
from bordertrack.sync.bundle_errors import BundleTooLarge, NotABundle, UnsafeContent
from bordertrack.sync.bundle_xml import (
    DISPLAY_NAMES,
    FORMULA_NAMES,
    font_property_problem,
    near_white,
)

SMALL_PART_MAX = 4 * 1024 * 1024

BIG_PART = re.compile(r"xl/worksheets/sheet[1-9][0-9]{0,2}\.xml|xl/sharedStrings\.xml")
SMALL_PART = re.compile(
    r"\[Content_Types\]\.xml|_rels/\.rels|xl/workbook\.xml|xl/_rels/workbook\.xml\.rels"
    r"|xl/styles\.xml|xl/theme/theme[1-9]\.xml|docProps/(?:core|app|custom)\.xml"
)
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships/"
_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/"
# relationship type (last path segment) -> where its target must point
ALLOWED_RELATIONSHIPS = {
    "officeDocument": re.compile(r"xl/workbook\.xml"),
    "core-properties": re.compile(r"docProps/core\.xml"),
    "extended-properties": re.compile(r"docProps/app\.xml"),
    "custom-properties": re.compile(r"docProps/custom\.xml"),  # Office sensitivity labels
    "worksheet": re.compile(r"xl/worksheets/sheet[1-9][0-9]{0,2}\.xml"),
    "styles": re.compile(r"xl/styles\.xml"),
    "sharedStrings": re.compile(r"xl/sharedStrings\.xml"),
    "theme": re.compile(r"xl/theme/theme[1-9]\.xml"),
}
_SML = "application/vnd.openxmlformats-officedocument.spreadsheetml."
ALLOWED_CONTENT_TYPES = {
    "application/vnd.openxmlformats-package.relationships+xml",
    "application/xml",
    f"{_SML}sheet.main+xml",
    f"{_SML}worksheet+xml",
    f"{_SML}styles+xml",
    f"{_SML}sharedStrings+xml",
    "application/vnd.openxmlformats-officedocument.theme+xml",
    "application/vnd.openxmlformats-package.core-properties+xml",
    "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    "application/vnd.openxmlformats-officedocument.custom-properties+xml",
}
# Number formats that show a value exactly as signed: General and Text ("@").
ALLOWED_FORMAT_IDS = {0, 49}
ALLOWED_FORMAT_CODES = {"general", "@"}
_DENIED = FORMULA_NAMES | DISPLAY_NAMES


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def check_names(zf: zipfile.ZipFile) -> None:
    """The core parts present; every part on the allow-list; the small ones small."""
    names = set(zf.namelist())
    for needed in ("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"):
        if needed not in names:
            raise NotABundle(f"the part {needed} is missing")
    for info in zf.infolist():
        name = info.filename
        if SMALL_PART.fullmatch(name):
            if info.file_size > SMALL_PART_MAX:
                raise BundleTooLarge(f"the size of {name}", info.file_size, SMALL_PART_MAX)
        elif not BIG_PART.fullmatch(name):
            raise UnsafeContent(f"a part '{shown(name, 80)}'{_why(name)}", "the workbook package")


def _why(name: str) -> str:
    low = name.lower()
    for word, what in (
        ("vba", "with macros"),
        ("externallink", "linking to other files"),
        ("connection", "with a data connection"),
        ("embedding", "with an embedded object"),
        ("activex", "with an ActiveX control"),
        ("customxml", "with custom XML"),
        ("drawing", "with a drawing"),
        ("media", "with a picture"),
    ):
        if word in low:
            return " " + what
    return ""


def check_small_parts(zf: zipfile.ZipFile) -> None:
    """Parse each small part namespace-aware and judge what it means (relationships, content
    types, sheets, styles); every part's elements were judged as it streamed (bundle_xml)."""
    present = set(zf.namelist())
    for name in sorted(present):
        if not SMALL_PART.fullmatch(name):
            continue
        root = _parse(zf, name)
        for element in root.iter():
            if local(element.tag) in _DENIED:
                what = (
                    "a formula"
                    if local(element.tag).startswith("f")
                    else (f"a '{local(element.tag)}' element")
                )
                raise UnsafeContent(what, name)
        if name.endswith(".rels"):
            _check_relationships(root, name, present)
        elif name == "[Content_Types].xml":
            _check_content_types(root, name)
        elif name == "xl/workbook.xml":
            _check_workbook(root, name)
        elif name == "xl/styles.xml":
            check_styles(root, name)
        elif name.startswith("xl/theme/"):
            check_theme(root, name)


def _parse(zf: zipfile.ZipFile, name: str) -> Element:
    try:
        return SafeTree.fromstring(zf.read(name), forbid_dtd=True)
    except Exception:  # defusedxml raises its own errors and ParseError for any bad XML
        raise NotABundle(f"the part {name} is not well-formed XML") from None


def _check_relationships(root: Element, name: str, present: set[str]) -> None:
    base = posixpath.dirname(posixpath.dirname(name))  # xl/_rels/x.rels -> xl
    for rel in root:
        kind = rel.get("Type") or ""
        short = kind.rsplit("/", 1)[-1]
        prefix_ok = kind.startswith((_OFFICE, _PACKAGE, _STRICT))
        if not prefix_ok or short not in ALLOWED_RELATIONSHIPS:
            raise UnsafeContent(f"a relationship of type '{short[:60]}'", name)
        if (rel.get("TargetMode") or "").lower() == "external":
            raise UnsafeContent("a link to something outside the workbook", name)
        target = _resolve(base, rel.get("Target") or "")
        if not ALLOWED_RELATIONSHIPS[short].fullmatch(target) or target not in present:
            raise UnsafeContent(f"a '{short}' relationship to '{target[:80]}'", name)


def _resolve(base: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(base, target))


def _check_content_types(root: Element, name: str) -> None:
    """Overrides name the parts' real types (a macro workbook, say); defaults by extension
    are harmless since only allow-listed part names exist."""
    for entry in root:
        if local(entry.tag) != "Override":
            continue
        kind = (entry.get("ContentType") or "").lower()
        if kind not in {k.lower() for k in ALLOWED_CONTENT_TYPES}:
            raise UnsafeContent(f"a part of type '{kind[:80]}'", name)


def _check_workbook(root: Element, name: str) -> None:
    for sheet in root.iter():
        tag = local(sheet.tag)
        if tag == "sheet" and (sheet.get("state") or "visible") != "visible":
            raise UnsafeContent(f"a hidden sheet '{shown(sheet.get('name') or '', 40)}'", name)
        if tag == "workbookView" and (sheet.get("visibility") or "visible") != "visible":
            raise UnsafeContent("a hidden workbook window", name)


# Theme colours fonts may use for text (Text 1 and 2, accents, links); never near white.
_TEXT_THEME_COLOURS = {"dk1", "dk2", "hlink", "folHlink"} | {f"accent{i}" for i in range(1, 7)}


def check_theme(root: Element, name: str) -> None:
    """A theme can redefine "Text 1" as white, and every default font with it."""
    for slot in root.iter():
        if local(slot.tag) not in _TEXT_THEME_COLOURS:
            continue
        for colour in slot:
            tag = local(colour.tag)
            rgb = colour.get("val") if tag == "srgbClr" else None
            if tag == "sysClr":
                rgb = "FFFFFF" if colour.get("val") == "window" else colour.get("lastClr")
            if near_white(rgb or ""):
                raise UnsafeContent(f"a theme colour for text ({local(slot.tag)}) in white", name)


def check_styles(root: Element, name: str = "xl/styles.xml") -> None:
    """Every cell format shows a value as signed: General or Text number formats only, and
    no font that hides text (tiny, or white/background coloured)."""
    codes: dict[int, str] = {}
    for fmt in root.iter():
        if local(fmt.tag) == "numFmt":
            code = (fmt.get("formatCode") or "").strip().lower()
            if code not in ALLOWED_FORMAT_CODES:
                raise UnsafeContent(
                    f"a number format '{code[:40]}' that could show other text", name
                )
            codes[_int(fmt.get("numFmtId"), name)] = code
    fonts = _children(root, "fonts", "font")
    for group in ("cellXfs", "cellStyleXfs", "dxfs"):
        for xf in _children(root, group, "xf"):
            fmt_id = _int(xf.get("numFmtId") or "0", name)
            if fmt_id not in ALLOWED_FORMAT_IDS and fmt_id not in codes and group == "cellXfs":
                raise UnsafeContent(f"a cell format with number format {fmt_id}", name)
            if group == "cellXfs":
                font_id = _int(xf.get("fontId") or "0", name)
                if font_id < len(fonts):
                    _check_font(fonts[font_id], name)


def _children(root: Element, group: str, item: str) -> list[Element]:
    for element in root:
        if local(element.tag) == group:
            return [e for e in element if local(e.tag) == item]
    return []


def _check_font(font: Element, name: str) -> None:
    for prop in font:
        attrs = {local(k): v for k, v in prop.attrib.items()}
        problem = font_property_problem(local(prop.tag), attrs)
        if problem:
            raise UnsafeContent(problem, name)


def _int(text: str | None, name: str) -> int:
    try:
        return int(text or "")
    except ValueError:
        raise NotABundle(f"the part {name} holds a malformed number") from None
