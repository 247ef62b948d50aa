"""The Changes sheet read from its markup (bundle_plain): exactly calamine's rows, or nothing.

Whatever bundle_plain returns must be what calamine reads from the same workbook, and
whatever it cannot vouch for it must leave to the general way (scan, then calamine), so
that every refusal and every value stay as they were.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from bordertrack.sync import bundle_limits
from bordertrack.sync.bundle_errors import TamperedBundle, UnsafeContent
from bordertrack.sync.bundle_limits import DEFAULT_LIMITS
from bordertrack.sync.bundle_plain import COLUMNS, read_plain_changes
from bordertrack.sync.bundle_read import read_bundle
from bordertrack.sync.bundle_scan import scan_part
from tests.bundle_fixtures import rewrite_part, sheet_part, tricky_changes, write

_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>'
)
_TAIL = "</sheetData></worksheet>"
_SST_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="{n}">'
)


def _calamine(path: Path) -> list[list]:
    book = CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_name("Changes").to_python(skip_empty_area=False)


def _plain(path: Path) -> list[list[str]] | None:
    """The rows read plainly, after checking the elements are counted as the general scan
    counts them (the workbook's bound on elements must not depend on the way taken)."""
    with zipfile.ZipFile(path) as zf:
        found = read_plain_changes(zf, DEFAULT_LIMITS.scan)
        if found is None:
            return None
        scanned = scan_part(zf, zf.getinfo(found.part), sheet=True, limits=DEFAULT_LIMITS.scan)
    assert found.elements == scanned.elements
    return found.rows()


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every awkward text (Cyrillic, markup, white space at the edges, line breaks, long
    text) but one that looks like an OOXML escape, which the general way reads."""
    path = tmp_path_factory.mktemp("plain") / "base.xlsx"
    write(path, [c for c in tricky_changes() if "_x0041_" not in str(c.value)])
    return path


def test_the_exports_own_changes_are_read_plainly_as_calamine_reads_them(base: Path) -> None:
    rows = _plain(base)
    assert rows is not None
    assert rows == _calamine(base)
    assert "Пограничный пост «Дости»" in {cell for row in rows for cell in row}


def test_a_bundle_reads_the_same_with_and_without_the_plain_reader(
    base: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = read_bundle(base)
    monkeypatch.setattr(bundle_limits, "read_plain_changes", lambda zf, limits: None)
    general = read_bundle(base)
    assert plain.changes == general.changes
    assert plain.header == general.header
    assert plain.digest == general.digest


@pytest.mark.parametrize("plainly", [True, False])
def test_an_edited_bad_row_is_refused_as_an_edit_not_as_a_bad_row(
    base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plainly: bool
) -> None:
    """The Changes sheet is parsed while calamine reads the other sheets, but a bad row is
    still said only after the signature and every digest: an edit shows as an edit."""
    if not plainly:
        monkeypatch.setattr(bundle_limits, "read_plain_changes", lambda zf, limits: None)
    bad = tmp_path / "edited.xlsx"
    part = sheet_part(base, "Changes")
    rewrite_part(base, bad, part, lambda xml: xml.replace("<t>1</t>", "<t>0</t>", 1))
    assert "<t>0</t>" in zipfile.ZipFile(bad).read(part).decode()
    with pytest.raises(TamperedBundle, match="'Changes' was edited"):
        read_bundle(bad)
    # An edit that makes the parser itself fail (JSON nested past its depth) likewise.
    nested = tmp_path / "nested.xlsx"
    escaped = '"line one\\nline two'
    rewrite_part(
        base, nested, "xl/sharedStrings.xml", lambda xml: xml.replace(escaped, "[" * 5000, 1)
    )
    with pytest.raises(TamperedBundle, match="'Changes' was edited"):
        read_bundle(nested)


def test_text_that_looks_like_an_escape_is_left_to_the_general_way_and_read_as_written(
    tmp_path: Path,
) -> None:
    path = tmp_path / "escape.xlsx"
    write(path)
    assert _plain(path) is None
    values = {change.value for change in read_bundle(path).changes}
    assert "_x0041_ looks like an escape" in values


def test_a_formula_in_the_changes_sheet_is_refused_and_named_as_before(
    base: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "formula.xlsx"
    rewrite_part(
        base,
        bad,
        sheet_part(base, "Changes"),
        lambda xml: xml.replace('<c r="A3" t="s">', '<c r="A3" t="s"><f>1+1</f>', 1),
    )
    assert _plain(bad) is None
    with pytest.raises(UnsafeContent) as refused:
        read_bundle(bad)
    assert "sheet 'Changes', cell A3" in str(refused.value)


# A cell: (column, text, shared?, xml:space="preserve"?); a sheet: rows of cells.
_ALPHABET = st.sampled_from(
    ["a", "Ж", " ", "\t", "\n", "&", "<", ">", '"', "'", "_x0041_", "_X00e9_", "🛂", "7", "\r"]
)
_TEXT = st.lists(_ALPHABET, max_size=4).map("".join)
_CELL = st.tuples(st.sampled_from(COLUMNS), _TEXT, st.booleans(), st.booleans())
_ROWS = st.lists(st.lists(_CELL, max_size=4), min_size=1, max_size=6)
_SURGERY = st.sampled_from(
    [
        None,
        ('<row r="2">', '<row r="3">'),  # rows out of order
        ('<row r="1">', '<row r="1" hidden="1">'),
        ('t="s">', 's="1" t="s">'),  # a style index: harmless, still plain
        ("<v>", "<v>0"),  # a leading zero: calamine reads the number
        ("</row>", "</row>\n"),  # white space between rows
        ("<sheetData>", '<dimension ref="A1:Z9"/><sheetData>'),
    ]
)


def _sheet(rows: list[list[tuple[str, str, bool, bool]]]) -> tuple[str, str]:
    """(Changes part, shared strings part) for these rows, cells in column order."""
    strings: list[str] = []
    out = []
    for n, cells in enumerate(rows, start=1):
        xml = []
        for column in sorted({c[0] for c in cells}):
            _, text, shared, keep = next(c for c in cells if c[0] == column)
            space = ' xml:space="preserve"' if keep else ""
            if shared:
                strings.append(f"<si><t{space}>{escape(text)}</t></si>")
                body = f' t="s"><v>{len(strings) - 1}</v>'
            else:
                body = f' t="inlineStr"><is><t{space}>{escape(text)}</t></is>'
            xml.append(f'<c r="{column}{n}"{body}</c>')
        out.append(f'<row r="{n}">{"".join(xml)}</row>')
    sst = _SST_HEAD.format(n=len(strings)) + "".join(strings) + "</sst>"
    return _HEAD + "".join(out) + _TAIL, sst


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=_ROWS, surgery=_SURGERY)
def test_whatever_is_read_plainly_is_what_calamine_reads(
    base: Path, tmp_path: Path, rows: list, surgery: tuple[str, str] | None
) -> None:
    sheet, sst = _sheet(rows)
    if surgery is not None:
        sheet = sheet.replace(*surgery)
    path = tmp_path / "case.xlsx"
    staged = tmp_path / "staged.xlsx"
    rewrite_part(base, staged, sheet_part(base, "Changes"), lambda _: sheet)
    rewrite_part(staged, path, "xl/sharedStrings.xml", lambda _: sst)
    plain = _plain(path)
    if plain is not None:
        assert plain == _calamine(path)
    clean = surgery in (None, ('t="s">', 's="1" t="s">')) and all(
        text
        and "\r" not in text
        and "_x0041_" not in text
        and "_X00e9_" not in text
        and (keep or text == text.strip(" \t\n"))
        for cells in rows
        for _, text, _, keep in cells
    )
    if clean:  # the export's own form is never left to the general way
        assert plain is not None
