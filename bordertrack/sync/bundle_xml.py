"""The namespace-aware judge of every part: what a spreadsheet program would show or run.

Each part is fed, chunk by chunk as it is unpacked, to one expat parser with namespace
processing, so an element is known by its namespace and local name however its prefix is
written (`<f>`, `<x:f>`, a 400-byte prefix, a prefix bound half-way through the part).
Only start tags are reported, and a name is judged once: the first time it is met its
verdict (nothing to check, refuse, or look at its attributes) is stored, so the common
elements (`c`, `v`, `row` of our own writer, `si`, `t`) cost one dictionary look-up each.
Memory stays bounded: expat keeps no tree, and bundle_scan refuses over-long runs of text
or markup before a chunk reaches it. What is refused, and why, is listed in
docs/bundle-format.md, "What a bundle may contain".
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pyexpat import XML_PARAM_ENTITY_PARSING_NEVER, ExpatError, ParserCreate

from bordertrack.sync.bundle_errors import NotABundle, UnsafeContent

FORMULA_NAMES = frozenset({"f", "formula", "formula1", "formula2"})
DISPLAY_NAMES = frozenset(
    {
        "mergeCell",
        "conditionalFormatting",
        "dataValidation",
        "hyperlink",
        "drawing",
        "legacyDrawing",
        "legacyDrawingHF",
        "picture",
        "oleObject",
        "control",
        "tablePart",
        "customSheetView",
        "rPh",
        "filterColumn",  # an active filter hides signed rows
        "definedName",
        "externalReference",
    }
)
HEADER_NAMES = frozenset(
    {"oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"}
)
MAX_DEPTH = 100  # OOXML parts nest about ten deep
MIN_HEIGHT = 5.0  # points; a row lower than this cannot show its text
MIN_WIDTH = 1.0  # characters; a column narrower than this cannot show its text
MIN_FONT = 6.0  # points
SYMBOL_FONTS = ("wingdings", "webdings", "symbol", "marlett", "dingbats", "bookshelf")
# Colours in the legacy palette that are white or the window background.
_WHITE_INDEXES = {"1", "9", "65"}
_BACKGROUND_THEME_COLOURS = {"0", "2"}  # Background 1 and 2 (lt1, lt2) of the theme
MAX_TINT = 0.85  # a theme colour lightened further is all but white
_TRUE = {"1", "true", "on"}
# Header and footer codes that show facts of the file (page, sheet, date, file name) or
# typeface and size; any other words or figures (say "APPROVED") are not part of the
# signed content.
_HEADER_CODES = re.compile(
    r'&(?:"[^"]*"|[0-9]{1,3}|K[0-9A-Fa-f]{6}|K[0-9]{2}[+-][0-9]{3}|[&LCRPNDTAFZBIUESXYOH+\-])'
)

Start = Callable[[str, list[str]], None]
# Possessive quantifiers (`*+`, `++`): each one is followed by a byte its own class or its
# repetition's first byte cannot be (a quote, '<', ' ' against '>' or '/'), so giving bytes
# back could never lead to a match; not trying it halves the time of a chunk's substitution.
_VALUE = rb'="[^"<>&]*+"'
_TEXT = rb"[^<>&]*+"
# Row attributes that cannot hide a row: as our writer, Excel and LibreOffice write them,
# with a height of 5 points or more; `hidden` only when false.
_ROW_ATTRIBUTES = (
    rb"(?: (?:spans|x14ac:dyDescent|customFormat|customHeight|outlineLevel|collapsed|s)"
    + _VALUE
    + rb'| hidden="(?:false|0)"| ht="(?:[5-9]|[1-9][0-9]{1,3})(?:\.[0-9]{0,20})?")*+'
)
# Runs of complete rows of plain cells, and of plain shared strings: elements with fixed,
# unprefixed names, harmless attributes and text only. They are the bulk of a bundle and
# cannot show anything but their value, so they are taken out of a chunk before the
# parser sees it (one C-speed substitution instead of millions of handler calls). A run
# holds no '-->', ']]>' or '?>' and no unbalanced tag, so taking it out never changes
# what the rest of the chunk means; anything else, a prefixed name, a row with `hidden`
# or `ht`, an inline string, a rich-text run, goes to the parser as written.
PLAIN_RUNS = re.compile(
    rb'(?:<row r="[0-9]{1,7}+"' + _ROW_ATTRIBUTES + rb">"
    rb'(?:<c r="[A-Z]{1,3}+[0-9]{1,7}+"(?: [st]' + _VALUE + rb")*+"
    # empty, a value, or an inline string of plain text (no runs: it shows as it reads)
    rb"(?:/>|><v>"
    + _TEXT
    + rb'</v></c>|><is><t(?: xml:space="preserve")?+>'
    + _TEXT
    + rb"</t></is></c>))*+"
    rb"</row>)++"
    rb'|(?:<si><t(?: xml:space="preserve")?+>' + _TEXT + rb"</t></si>)++"
)
_CELL_REF = re.compile(
    rb'<(?:[^\s<>"\'=/:]{1,256}:)?c\s[^>]*?\br\s*=\s*["\']([A-Z]{1,3}[0-9]{1,7})'
)


def place(part: str, window: bytes, at: int) -> str:
    """'xl/worksheets/sheet6.xml, cell H5' when the cell can be told cheaply."""
    refs = list(_CELL_REF.finditer(window, max(0, at - 4096), at))
    return f"{part}, cell {refs[-1].group(1).decode()}" if refs else part


def local_name(name: str) -> str:
    """'uri local' (expat's form with namespace processing) or 'local' -> 'local'."""
    return name.rpartition(" ")[2]


def attributes(attrs: list[str]) -> dict[str, str]:
    """expat's ordered [name, value, ...] by local name. An attribute in a namespace
    (`x:hidden`) is judged as strictly as a plain one, unless a plain one of that name is
    there too: that is the one a spreadsheet program reads."""
    out: dict[str, str] = {}
    for i in range(0, len(attrs), 2):
        if " " in attrs[i]:
            out.setdefault(local_name(attrs[i]), attrs[i + 1])
    for i in range(0, len(attrs), 2):
        if " " not in attrs[i]:
            out[attrs[i]] = attrs[i + 1]
    return out


def _true(value: str | None) -> bool:
    return (value or "").strip().lower() in _TRUE


def _number(value: str | None, default: float) -> float:
    """A size as written; an unreadable or infinite one is judged as no size at all."""
    try:
        number = float(value) if value is not None else default
    except ValueError:
        return 0.0
    return number if math.isfinite(number) else 0.0


def hidden_colour(attrs: dict[str, str]) -> bool:
    """A colour that draws text in the background colour: white or nearly, a background
    colour of the theme, a palette white, or any theme colour lightened almost to white."""
    rgb = (attrs.get("rgb") or "").upper()
    return (
        attrs.get("theme") in _BACKGROUND_THEME_COLOURS
        or attrs.get("indexed") in _WHITE_INDEXES
        or near_white(rgb[2:] if len(rgb) == 8 else "")
        or _number(attrs.get("tint"), 0.0) > MAX_TINT
    )


def near_white(rgb: str) -> bool:
    """'RRGGBB' with every component at 0xE0 or above."""
    return len(rgb) == 6 and all(rgb[i] in "EFef" for i in (0, 2, 4))


def font_property_problem(tag: str, attrs: dict[str, str]) -> str | None:
    """What a font or text-run property would hide, or None; shared by styles.xml's fonts
    and the rich-text runs of shared strings and inline strings."""
    val = attrs.get("val")
    if tag == "sz" and _number(val, 11.0) < MIN_FONT:
        return "a font too small to read"
    if tag == "color" and hidden_colour(attrs):
        return "a font in the background colour"
    if tag == "vanish" and (val or "1").strip().lower() not in ("0", "false", "off"):
        return "a hidden font"
    if tag in ("name", "rFont") and any(s in (val or "").lower() for s in SYMBOL_FONTS):
        return "a font that draws symbols instead of letters"
    if tag == "charset" and (val or "").strip() == "2":
        return "a font that draws symbols instead of letters"
    return None


def _header_problem(text: str) -> str | None:
    rest = _HEADER_CODES.sub("", text)
    if "&G" in text.replace("&&", ""):
        return "a picture in a printed header or footer"
    if any(ch.isalnum() for ch in rest):  # separators such as " / " or " - " are no claim
        return "printed header or footer text that is not in the signed content"
    return None


class PartJudge:
    """Feed a part's bytes in order; `close()` at the end. Raises UnsafeContent (what and
    where) or NotABundle (not well-formed XML, a DOCTYPE)."""

    def __init__(self, part: str, *, big: bool, skip_plain: bool = True) -> None:
        self.part = part
        self.big = big  # sheets and shared strings: rows, columns, views, text runs
        self.skip_plain = big and skip_plain  # False: every byte parsed, to name a cell
        self.window = b""  # the bytes around the current chunk, for naming a cell
        self.window_start = 0
        self._verdicts: dict[str, Start | None] = {}
        self._header: list[str] = []
        self._level = [0]  # elements open; expat keeps a name for each, so it is bounded
        self._header_level = 0  # the level of the header being read, 0 outside one
        parser = ParserCreate(namespace_separator=" ")
        parser.ordered_attributes = True
        parser.SetParamEntityParsing(XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._doctype
        parser.ExternalEntityRefHandler = self._doctype
        parser.StartElementHandler = self._start_handler()
        parser.EndElementHandler = self._end
        self._parser = parser

    def feed(self, chunk: bytes, window: bytes, window_start: int) -> None:
        self.window, self.window_start = window, window_start
        self._parse(PLAIN_RUNS.sub(b"", chunk) if self.skip_plain else chunk, False)

    def close(self) -> None:
        self._parse(b"", True)

    def _parse(self, data: bytes, final: bool) -> None:
        try:
            self._parser.Parse(data, final)
        except ExpatError:
            raise NotABundle(f"the part {self.part} is not well-formed XML") from None

    def _doctype(self, *_: object) -> None:
        raise UnsafeContent("an XML DOCTYPE or ENTITY declaration", self.part)

    def _start_handler(self) -> Start:
        get = self._verdicts.get
        learn = self._learn
        level = self._level

        def start(name: str, attrs: list[str]) -> None:
            level[0] += 1
            if level[0] > MAX_DEPTH:
                raise UnsafeContent(f"elements nested more than {MAX_DEPTH} deep", self.part)
            judge = get(name, learn)
            if judge is not None:
                judge(name, attrs)

        return start

    def _learn(self, name: str, attrs: list[str]) -> None:
        """The first time a name is met: decide how every element of that name is judged."""
        judge = self._verdict(local_name(name))
        self._verdicts[name] = judge
        if judge is not None:
            judge(name, attrs)

    def _verdict(self, tag: str) -> Start | None:
        if tag in FORMULA_NAMES:
            return self._refuse("a formula")
        if tag in DISPLAY_NAMES:
            return self._refuse(f"a '{tag}' element")
        if not self.big:
            return None
        if tag in HEADER_NAMES:
            return self._start_header
        if tag in _ATTRIBUTE_RULES:
            rule = _ATTRIBUTE_RULES[tag]
            return lambda name, attrs: self._judge_attributes(rule, tag, attrs)
        return None

    def _refuse(self, what: str) -> Start:
        def refuse(name: str, attrs: list[str]) -> None:
            raise UnsafeContent(what, self.where())

        return refuse

    def where(self) -> str:
        """The part, and the cell when it can be told from the bytes just before the tag."""
        at = self._parser.CurrentByteIndex - self.window_start
        if self.big and not self.skip_plain and 0 <= at <= len(self.window):
            return place(self.part, self.window, at)
        return self.part

    def _judge_attributes(self, rule: Rule, tag: str, attrs: list[str]) -> None:
        problem = rule(tag, attributes(attrs))
        if problem:
            raise UnsafeContent(problem, self.where())

    def _start_header(self, name: str, attrs: list[str]) -> None:
        """Collect the header's text, with whatever is nested in it, until the header ends;
        only then is text looked at at all."""
        if self._header_level:
            return  # already inside a header: its text is being collected
        self._header_level = self._level[0]
        self._header = []
        self._parser.CharacterDataHandler = self._header.append
        self._parser.EndElementHandler = self._end_header

    def _end(self, name: str) -> None:
        self._level[0] -= 1

    def _end_header(self, name: str) -> None:
        self._level[0] -= 1
        if self._level[0] >= self._header_level:
            return
        self._header_level = 0
        self._parser.CharacterDataHandler = None
        self._parser.EndElementHandler = self._end
        problem = _header_problem("".join(self._header))
        if problem:
            raise UnsafeContent(problem, self.part)


Rule = Callable[[str, dict[str, str]], str | None]


def _row(tag: str, a: dict[str, str]) -> str | None:
    if _true(a.get("hidden")):
        return "a hidden row"
    if _number(a.get("ht"), MIN_HEIGHT) < MIN_HEIGHT:
        return "a row too low to show its text"
    return None


def _col(tag: str, a: dict[str, str]) -> str | None:
    if _true(a.get("hidden")):
        return "a hidden column"
    if _number(a.get("width"), MIN_WIDTH) < MIN_WIDTH:
        return "a column too narrow to show its text"
    return None


def _sheet_format(tag: str, a: dict[str, str]) -> str | None:
    if _true(a.get("zeroHeight")):
        return "a 'zeroHeight' setting that hides rows"
    if _number(a.get("defaultRowHeight"), MIN_HEIGHT) < MIN_HEIGHT:
        return "a row too low to show its text"
    if _number(a.get("defaultColWidth"), MIN_WIDTH) < MIN_WIDTH:
        return "a column too narrow to show its text"
    if _number(a.get("baseColWidth"), MIN_WIDTH) < MIN_WIDTH:
        return "a column too narrow to show its text"
    return None


def _sheet_view(tag: str, a: dict[str, str]) -> str | None:
    if (a.get("showZeros") or "1").strip().lower() in ("0", "false", "off"):
        return "a 'showZeros' setting that hides cells"
    return None


_ATTRIBUTE_RULES: dict[str, Rule] = {
    "row": _row,
    "col": _col,
    "sheetFormatPr": _sheet_format,
    "sheetView": _sheet_view,
    **{t: font_property_problem for t in ("sz", "color", "vanish", "rFont", "charset")},
}
