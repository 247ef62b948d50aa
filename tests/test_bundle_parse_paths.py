"""The column-at-once parse of the Changes sheet builds exactly what the row parser builds,
and leaves every doubtful sheet to the row parser, which names the bad row."""

from __future__ import annotations

import pytest

from bordertrack.sync import bundle_parse
from bordertrack.sync.bundle_errors import BadChange, NotABundle
from bordertrack.sync.bundle_model import CHANGE_SHEET_COLUMNS
from bordertrack.sync.bundle_sheets import changes_rows
from tests.bundle_fixtures import tricky_changes

WIDTH = len(CHANGE_SHEET_COLUMNS)


def _row_by_row(rows: list[list]) -> list:
    parser = bundle_parse._RowParser()
    return [parser.parse(list(r) + [""] * (WIDTH - len(r))) for r in rows[1:]]


def _columns(rows: list[list]) -> list[list[str]]:
    """The sheet as bundle_plain hands it over: its columns."""
    return [list(column) for column in zip(*rows, strict=True)]


def test_columns_and_rows_agree() -> None:
    rows = changes_rows(tricky_changes())
    fast = bundle_parse._parse_columns(rows[1:], WIDTH)
    assert fast is not None
    assert fast == _row_by_row(rows) == tricky_changes()
    assert [type(c.value) for c in fast] == [type(c.value) for c in _row_by_row(rows)]
    by_columns = bundle_parse.parse_change_columns(_columns(rows))
    assert by_columns == fast
    assert [type(c.value) for c in by_columns] == [type(c.value) for c in fast]


def test_short_rows_read_as_empty_trailing_cells() -> None:
    """A reader drops empty trailing columns (no prev, no operator anywhere)."""
    plain = [c._replace(prev="", operator="") for c in tricky_changes()]
    header, *body = changes_rows(plain)
    rows = [header, *(r[:8] for r in body)]
    assert bundle_parse._parse_columns(rows[1:], WIDTH) == plain
    assert bundle_parse.parse_changes(rows) == _row_by_row(rows)


@pytest.mark.parametrize(
    ("column", "bad", "message"),
    [
        (0, "not a device!", "origin 'not a device!' is not a device id"),
        (1, "0", "seq '0' is not a positive whole number"),
        (1, "5\n6", "is not a positive whole number"),
        (2, str(2**63), "is not a clock stamp"),
        (4, "has spaces", "record id 'has spaces' is malformed"),
        (6, "x", "type 'x' is not allowed"),
        (8, "yesterday", "prev 'yesterday' is not a list of change ids"),
        (9, "O" * 201, "operator name is longer than 200"),
    ],
)
def test_a_bad_cell_is_named_by_the_row_parser(column: int, bad: str, message: str) -> None:
    rows = changes_rows(tricky_changes())
    rows[5] = list(rows[5])
    rows[5][column] = bad
    assert bundle_parse._parse_columns(rows[1:], WIDTH) is None
    with pytest.raises(BadChange, match="row 6") as err:
        bundle_parse.parse_changes(rows)
    assert message in str(err.value)
    with pytest.raises(BadChange, match="row 6") as by_columns:
        bundle_parse.parse_change_columns(_columns(rows))
    assert str(by_columns.value) == str(err.value)


def test_columns_of_a_header_alone_or_a_wrong_header() -> None:
    header = changes_rows(tricky_changes())[0]
    assert bundle_parse.parse_change_columns(_columns([header])) == []
    with pytest.raises(NotABundle, match="expected columns"):
        bundle_parse.parse_change_columns(_columns([["origin", "seq"]]))
    with pytest.raises(NotABundle, match="expected columns"):
        bundle_parse.parse_change_columns([])


def test_a_number_cell_goes_to_the_row_parser() -> None:
    rows = changes_rows(tricky_changes())
    rows[3] = list(rows[3])
    rows[3][1] = 3
    assert bundle_parse._parse_columns(rows[1:], WIDTH) is None
    with pytest.raises(BadChange, match="row 4"):
        bundle_parse.parse_changes(rows)


@pytest.mark.parametrize(
    ("column", "cell"),
    [
        (1, "+5"),
        (1, " 5"),
        (1, "5_0"),
        (1, "05"),
        (1, "\u0663"),
        (1, "1" * 19),
        (2, "-1"),
        (2, "007"),
        (2, "7 "),
        (2, "1_000"),
    ],  # fmt: skip
)
def test_numbers_not_written_as_python_writes_them_are_judged_by_the_row_parser(
    column: int, cell: str
) -> None:
    """The column way reads a seq or stamp only when it is written as Python writes the
    number; anything else (a sign, a space, an underscore, a leading zero, another script's
    digits) is left to the row parser, whose verdict stands: a stamp's leading zeros are
    read, the rest is a bad row."""
    rows = changes_rows(tricky_changes())
    rows[5] = list(rows[5])
    rows[5][column] = cell
    assert bundle_parse._parse_columns(rows[1:], WIDTH) is None
    try:
        expected = _row_by_row(rows)
    except bundle_parse._Bad:
        with pytest.raises(BadChange, match="row 6"):
            bundle_parse.parse_change_columns(_columns(rows))
        return
    assert cell == "007"
    assert bundle_parse.parse_change_columns(_columns(rows)) == expected


def test_escaped_text_nested_past_the_json_parsers_depth_is_a_bad_row() -> None:
    """A `j` cell holding `[[[[...` (which json.loads meets with RecursionError) is a bad
    row like any other text that is no JSON string, on both ways."""
    rows = changes_rows(tricky_changes())
    at = next(i for i, r in enumerate(rows) if r[6] == "j")
    rows[at] = list(rows[at])
    rows[at][7] = "[" * 100_000
    with pytest.raises(BadChange, match=f"row {at + 1}: .*not an escaped text"):
        bundle_parse.parse_changes(rows)
    with pytest.raises(BadChange, match=f"row {at + 1}: .*not an escaped text"):
        bundle_parse.parse_change_columns(_columns(rows))
