"""Workbook formatting shared by reports: safe text cells, titles, header rows, widths."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

TITLE_FONT = Font(size=14, bold=True)
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="305496")
TOTAL_FONT = Font(bold=True)
TOTAL_BORDER = Border(top=Side(style="thin"))
MONEY = "#,##0.00"
COUNT = "#,##0"
PERCENT = "0.0%"
DATE = "yyyy-mm-dd"
_FORMULA_START = ("=", "+", "-", "@")


def put(ws: Worksheet, row: int, col: int, value: Any, fmt: str | None = None) -> Cell:
    """Write one value; text always stays text, even when it starts with = + - @.

    openpyxl turns any string starting with "=" into a formula; a post name or a
    contractor typed as "=HYPERLINK(...)" must reach the donor as the characters typed.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        cell = ws.cell(row=row, column=col)
        cell.value = value
        cell.data_type = "s"
    else:
        cell = ws.cell(row=row, column=col, value=value)
    if fmt:
        cell.number_format = fmt
    elif isinstance(value, dt.date):
        cell.number_format = DATE
    return cell


def as_date(value: str | None) -> dt.date | None:
    """ISO text from the database as a real date cell (sortable and filterable in Excel)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def title_block(ws: Worksheet, title: str, lines: Sequence[str]) -> int:
    """Title and the period/project lines on top of a sheet; returns the next free row."""
    put(ws, 1, 1, title).font = TITLE_FONT
    for i, line in enumerate(lines, start=2):
        put(ws, i, 1, line)
    return len(lines) + 3


def header_row(ws: Worksheet, row: int, headers: Sequence[str], col: int = 1) -> None:
    for i, text in enumerate(headers):
        cell = put(ws, row, col + i, text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def table(
    ws: Worksheet,
    row: int,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    formats: Sequence[str | None],
    *,
    col: int = 1,
    total: Sequence[Any] | None = None,
) -> int:
    """A header, data rows and an optional bold total row; returns the row after the table."""
    header_row(ws, row, headers, col)
    r = row + 1
    for values in rows:
        for i, value in enumerate(values):
            put(ws, r, col + i, value, formats[i] if value is not None else None)
        r += 1
    if total is not None:
        for i, value in enumerate(total):
            cell = put(ws, r, col + i, value, formats[i] if value is not None else None)
            cell.font = TOTAL_FONT
            cell.border = TOTAL_BORDER
        r += 1
    return r + 1


def fit_widths(ws: Worksheet, minimum: int = 8, maximum: int = 50) -> None:
    """Column widths from the longest value shown (titles in column A are not counted)."""
    widths: dict[int, int] = {}
    for row in ws.iter_rows(min_row=1):
        for cell in row:
            if cell.value is None or (cell.row <= 3 and cell.column == 1):
                continue
            if isinstance(cell.value, float | int) and not isinstance(cell.value, bool):
                length = len(f"{cell.value:,.2f}")
            elif isinstance(cell.value, dt.date):
                length = 10
            else:
                length = max(len(part) for part in str(cell.value).split("\n"))
            widths[cell.column] = max(widths.get(cell.column, 0), length)
    for column, length in widths.items():
        ws.column_dimensions[get_column_letter(column)].width = max(
            minimum, min(maximum, length + 2)
        )


def table_width(ws: Worksheet) -> float:
    """The printed width of the used columns and of the charts' columns, in character widths."""
    charts = [c.anchor.to.col + 1 for c in ws._charts if hasattr(c.anchor, "to")]
    last = max([ws.max_column, *charts])
    return sum(ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(1, last + 1))


def print_setup(ws: Worksheet, header: str, title_rows: tuple[int, int] | None) -> None:
    """A4, fit to one page wide (as many tall as needed), landscape when the sheet is wide,
    the report's title and period in the page header, 'page N of M' in the footer, and the
    main table's header row repeated on every page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if table_width(ws) > 95 else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.oddHeader.center.text = header.replace("&", "&&")
    ws.oddHeader.center.size = 9
    ws.oddFooter.right.text = "&P / &N"
    ws.oddFooter.right.size = 8
    if title_rows:
        ws.print_title_rows = f"{title_rows[0]}:{title_rows[1]}"


def place_chart(ws: Worksheet, chart: Any, col: int, row: int, cols: int, rows: int) -> None:
    """Anchor a chart to a block of cells (col/row 1-based, `cols` x `rows` cells), so where
    it sits is exact and can be checked against the tables' cell ranges."""
    from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, TwoCellAnchor

    anchor = TwoCellAnchor()
    anchor._from = AnchorMarker(col=col - 1, row=row - 1)
    anchor.to = AnchorMarker(col=col - 1 + cols, row=row - 1 + rows)
    chart.anchor = anchor
    ws.add_chart(chart)
