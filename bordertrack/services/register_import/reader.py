"""Reading any sheet of a workbook (or a CSV) as rows of cells, with merged cells filled.

Registers kept by hand have titles above the table, headers merged across two rows,
blank spacer rows and totals; the reader keeps every row with its sheet row number so
problems can be reported as "row 14" exactly as the person sees it in Excel.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bordertrack.domain.errors import BorderTrackError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000
MAX_UNPACKED = 1024 * 1024 * 1024


class RegisterUnreadable(BorderTrackError):
    """The file cannot be read as a register; the message says what to do instead."""


@dataclass
class Sheet:
    """The cells of one sheet: `rows[i]` is sheet row `numbers[i]` (1-based, blank rows dropped)."""

    name: str
    sheet_names: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)


def read_register(path: Path, sheet: str | None = None) -> Sheet:
    """Read `sheet` (default: the first sheet that has any cells) of an .xlsx, .xlsm or .csv."""
    path = Path(path)
    if not path.is_file():
        raise RegisterUnreadable(f"There is no file {path}; check the name and folder.")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise RegisterUnreadable(
            f"{path.name} is larger than 50 MB; split the register into smaller files."
        )
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    raise RegisterUnreadable(
        f"{path.name} is not an .xlsx or .csv file; open it in Excel or LibreOffice and "
        "save it as .xlsx."
    )


def _keep(rows: list[list[Any]], numbers: list[int], number: int, values: list[Any]) -> None:
    cleaned = [v.strip() if isinstance(v, str) else v for v in values]
    while cleaned and cleaned[-1] in (None, ""):
        cleaned.pop()
    if cleaned and any(v not in (None, "") for v in cleaned):
        rows.append(cleaned)
        numbers.append(number)


def _read_csv(path: Path) -> Sheet:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = path.read_text(encoding="cp1251")  # Russian Excel's CSV default
        except UnicodeDecodeError:
            raise RegisterUnreadable(
                f"{path.name} is not text a spreadsheet wrote; save it again as .xlsx or CSV UTF-8."
            ) from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    out = Sheet(path.stem, [path.stem])
    for number, values in enumerate(csv.reader(text.splitlines(), dialect), start=1):
        _keep(out.rows, out.numbers, number, list(values))
    return out


def _read_xlsx(path: Path, wanted: str | None) -> Sheet:
    """Check the zip's declared sizes before openpyxl parses anything (a register comes from
    anywhere: a colleague's e-mail, a USB stick), then read every cell."""
    import io

    from openpyxl import load_workbook

    from bordertrack.sync.bundle_limits import Limits, open_zip

    damaged = RegisterUnreadable(
        f"{path.name} cannot be read as a workbook (damaged, encrypted or too large unpacked); "
        "open it in Excel or LibreOffice and save it again as .xlsx."
    )
    data = path.read_bytes()
    try:
        open_zip(data, Limits(max_file_bytes=MAX_FILE_BYTES, max_total_uncompressed=MAX_UNPACKED,
                              max_entry_uncompressed=MAX_UNPACKED))  # fmt: skip
    except BorderTrackError:
        raise damaged from None
    try:
        wb = load_workbook(io.BytesIO(data), data_only=True)
    except Exception:  # noqa: BLE001 - a damaged file fails in many ways inside openpyxl
        raise damaged from None
    names = wb.sheetnames
    if wanted is not None and wanted not in names:
        raise RegisterUnreadable(
            f"{path.name} has no sheet '{wanted}'; use one of: {', '.join(names)}."
        )
    ws = wb[wanted] if wanted else next((wb[n] for n in names if wb[n].max_row > 1), wb[names[0]])
    if ws.max_row > MAX_ROWS:
        raise RegisterUnreadable(
            f"Sheet '{ws.title}' has {ws.max_row} rows; split it into files of at most {MAX_ROWS}."
        )
    grid = [list(r) for r in ws.iter_rows(values_only=True)]
    for merged in ws.merged_cells.ranges:
        top_left = grid[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                grid[r - 1][c - 1] = top_left
    out = Sheet(ws.title, names)
    for number, values in enumerate(grid, start=1):
        _keep(out.rows, out.numbers, number, values)
    return out
