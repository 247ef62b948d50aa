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
from bordertrack.shown import shown

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000
MAX_UNPACKED = 256 * 1024 * 1024
MAX_AREA = 26_000_000  # cells a sheet may span (columns x rows, rounded up), for memory


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
    suffix = path.suffix.lower()
    if suffix in (".csv", ".xlsx", ".xlsm"):
        data = _read_file(path)
    if suffix == ".csv":
        return _read_csv(path, data)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet, data)
    raise RegisterUnreadable(
        f"{path.name} is not an .xlsx or .csv file; open it in Excel or LibreOffice and "
        "save it as .xlsx."
    )


def _read_file(path: Path) -> bytes:
    """Regular files only (a pipe or a device would hang or never end), size checked first."""
    from bordertrack.safe_files import UnreadableFile, read_regular

    try:
        return read_regular(path, MAX_FILE_BYTES, "register")
    except UnreadableFile as exc:
        if exc.size:
            raise RegisterUnreadable(
                f"{shown(path.name)} is larger than 50 MB; split the register into smaller files."
            ) from None
        raise RegisterUnreadable(str(exc)) from None


def _keep(rows: list[list[Any]], numbers: list[int], number: int, values: list[Any]) -> None:
    cleaned = [v.strip() if isinstance(v, str) else v for v in values]
    while cleaned and cleaned[-1] in (None, ""):
        cleaned.pop()
    if cleaned and any(v not in (None, "") for v in cleaned):
        rows.append(cleaned)
        numbers.append(number)


def _read_csv(path: Path, data: bytes) -> Sheet:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1251")  # Russian Excel's CSV default
        except UnicodeDecodeError:
            raise RegisterUnreadable(
                f"{path.name} is not text a spreadsheet wrote; save it again as .xlsx or CSV UTF-8."
            ) from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    out = Sheet(path.stem, [path.stem])
    try:
        for number, values in enumerate(csv.reader(text.splitlines(), dialect), start=1):
            _keep(out.rows, out.numbers, number, list(values))
    except csv.Error:  # a field over csv's limit (128 KB) or a broken quote
        raise RegisterUnreadable(
            f"{shown(path.name)} has a field longer than a register cell can be (128 KB) or a "
            "broken quote; open it in Excel or LibreOffice and save it again as .xlsx."
        ) from None
    return out


def _read_xlsx(path: Path, wanted: str | None, data: bytes) -> Sheet:
    """Check the zip's declared sizes before openpyxl parses anything (a register comes from
    anywhere: a colleague's e-mail, a USB stick), then read every cell."""
    import io

    from openpyxl import load_workbook

    from bordertrack.sync.bundle_limits import Limits, open_zip, stream_parts
    from bordertrack.sync.bundle_scan import ScanLimits

    damaged = RegisterUnreadable(
        f"{path.name} cannot be read as a workbook (damaged, encrypted or too large unpacked); "
        "open it in Excel or LibreOffice and save it again as .xlsx."
    )
    limits = Limits(
        max_file_bytes=MAX_FILE_BYTES,
        max_total_uncompressed=MAX_UNPACKED,
        max_entry_uncompressed=MAX_UNPACKED,
        scan=ScanLimits(display=False, max_elements_per_part=4_000_000, max_sheet_area=MAX_AREA),
    )
    try:
        zf = open_zip(data, limits)
    except BorderTrackError:
        raise damaged from None
    try:
        stream_parts(zf, limits)
    except BorderTrackError as exc:  # too large, unsafe, damaged: one line saying which
        raise RegisterUnreadable(
            f"{shown(path.name)} cannot be read as a register ({_reason(exc)}); open it in "
            "Excel or LibreOffice and save it again as .xlsx, splitting it if it is large."
        ) from None
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
    _fill_merged(grid, ws.merged_cells.ranges)
    out = Sheet(ws.title, names)
    for number, values in enumerate(grid, start=1):
        _keep(out.rows, out.numbers, number, values)
    return out


def _fill_merged(grid: list[list[Any]], ranges: Any) -> None:
    """Copy each merged range's top-left value into its cells, clipped to the cells the
    sheet has: a range may claim the whole sheet (A1:XFD1048576) in a file of 5 KB."""
    height = len(grid)
    width = max((len(r) for r in grid), default=0)
    for merged in ranges:
        if merged.min_row > height or merged.min_col > width:
            continue
        top_left = grid[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row, min(merged.max_row, height) + 1):
            row = grid[r - 1]
            for c in range(merged.min_col, min(merged.max_col, len(row)) + 1):
                row[c - 1] = top_left


def _reason(exc: BorderTrackError) -> str:
    """The part of a bundle-check message that says what is wrong, for a register."""
    from bordertrack.sync.bundle_errors import BundleTooLarge, NotABundle, UnsafeContent

    if isinstance(exc, NotABundle):
        return exc.reason
    if isinstance(exc, BundleTooLarge):
        return f"{exc.what} is {exc.found:,.0f}, the limit is {exc.limit:,.0f}"
    if isinstance(exc, UnsafeContent):
        return f"{exc.what} in {exc.where}"
    return "damaged, encrypted or too large unpacked"
