"""Reading any sheet of a workbook (or a CSV) as rows of cells, with merged cells filled.

Registers kept by hand have titles above the table, headers merged across two rows,
blank spacer rows and totals; the reader keeps every row with its sheet row number so
problems can be reported as "row 14" exactly as the person sees it in Excel.

Workbooks are read with python-calamine: .xlsx and .xlsm (Transitional or Strict Open XML),
.xlsb, .xls and .ods, whatever the file's name says. Numbers shown zero-padded by their
format (000130) are read as shown (see formats.py). CSV files are read as UTF-8 (with or
without a byte-order mark), UTF-16 or the Windows Cyrillic code page Russian Excel writes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.domain.shown import shown

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000
MAX_UNPACKED = 256 * 1024 * 1024
MAX_AREA = 26_000_000  # cells a sheet may span (columns x rows, rounded up), for memory
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")


class RegisterUnreadable(BorderTrackError):
    """The file cannot be read as a register; the message says what to do instead."""


@dataclass
class Sheet:
    """The cells of one sheet: `rows[i]` is sheet row `numbers[i]` (1-based, blank rows dropped).

    `padded` counts the numbers rendered as their format shows them (000130).
    `formats_unread` names the file type ("xls", "xlsb") whose number formats cannot be
    read, so a number shown 000130 arrives as 130 (docs/decisions.md says why).
    """

    name: str
    sheet_names: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    padded: int = 0
    formats_unread: str = ""


def read_register(path: Path, sheet: str | None = None) -> Sheet:
    """Read `sheet` (default: the first visible sheet with cells) of a workbook or a CSV."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return _read_csv(path, _read_file(path))
    if suffix in WORKBOOK_SUFFIXES:
        return _read_workbook(path, sheet, _read_file(path))
    raise RegisterUnreadable(
        error_template(
            "{name} is not a workbook (.xlsx, .xls, .xlsb, .ods) or a .csv file; open it in "
            "Excel or LibreOffice and save it as .xlsx."
        ),
        name=shown(path.name),
    )


def _read_file(path: Path) -> bytes:
    """Regular files only (a pipe or a device would hang or never end), size checked first."""
    from bordertrack.safe_files import UnreadableFile, read_regular

    try:
        data = read_regular(path, MAX_FILE_BYTES, error_template("register"))
    except UnreadableFile as exc:
        if exc.size:
            raise RegisterUnreadable(
                error_template(
                    "{name} is larger than 50 MB; split the register into smaller files."
                ),
                name=shown(path.name),
            ) from None
        raise RegisterUnreadable(str(exc)) from None
    if not data:
        raise RegisterUnreadable(
            error_template("{name} is empty (0 bytes); choose the saved register."),
            name=shown(path.name),
        )
    return data


def _keep(out: Sheet, number: int, values: list[Any]) -> None:
    cleaned = [
        (v.strip() or None) if type(v) is str else _cell(v)
        for v in values  # noqa: E721
    ]
    while cleaned and cleaned[-1] is None:
        cleaned.pop()
    if cleaned:
        out.rows.append(cleaned)
        out.numbers.append(number)


def _decode(path: Path, raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1251")  # Russian Excel's "CSV (comma delimited)"
    except UnicodeDecodeError:
        raise RegisterUnreadable(
            error_template(
                "{name} is not text a spreadsheet wrote; save it again as .xlsx or CSV UTF-8."
            ),
            name=path.name,
        ) from None


def _read_csv(path: Path, data: bytes) -> Sheet:
    text = _decode(path, data)
    if "\x00" in text:
        raise RegisterUnreadable(
            error_template(
                "{name} is not text a spreadsheet wrote; save it again as .xlsx or CSV UTF-8."
            ),
            name=path.name,
        )
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    out = Sheet(path.stem, [path.stem])
    try:
        for number, values in enumerate(csv.reader(io.StringIO(text, newline=""), dialect), 1):
            if number > MAX_ROWS:
                raise RegisterUnreadable(
                    error_template(
                        "{name} has more than {limit} rows; split it into smaller files."
                    ),
                    name=shown(path.name),
                    limit=MAX_ROWS,
                )
            _keep(out, number, list(values))
    except csv.Error:  # a field over csv's limit (128 KB) or a broken quote
        raise RegisterUnreadable(
            error_template(
                "{name} has a field longer than a register cell can be (128 KB) or a broken "
                "quote; open it in Excel or LibreOffice and save it again as .xlsx."
            ),
            name=shown(path.name),
        ) from None
    return out


def _damaged(path: Path) -> RegisterUnreadable:
    return RegisterUnreadable(
        error_template(
            "{name} cannot be read as a workbook (damaged, or too large unpacked); open it in "
            "Excel or LibreOffice and save it again as .xlsx."
        ),
        name=path.name,
    )


def _open_zip(path: Path, data: bytes) -> zipfile.ZipFile | None:
    """Check a zipped workbook's declared sizes before anything parses it (a register comes
    from anywhere: a colleague's e-mail, a USB stick); None for the older binary .xls."""
    from bordertrack.sync.bundle_limits import Limits, open_zip, stream_parts
    from bordertrack.sync.bundle_scan import ScanLimits

    if not data.startswith(b"PK"):
        return None
    limits = Limits(
        max_file_bytes=MAX_FILE_BYTES,
        max_total_uncompressed=MAX_UNPACKED,
        max_entry_uncompressed=MAX_UNPACKED,
        scan=ScanLimits(display=False, max_elements_per_part=4_000_000, max_sheet_area=MAX_AREA),
    )
    try:
        zf = open_zip(data, limits)
    except BorderTrackError:
        raise _damaged(path) from None
    try:
        stream_parts(zf, limits)  # strings, cells, merged ranges, dimensions: before calamine
    except BorderTrackError as exc:  # too large, unsafe, damaged: one line saying which
        raise RegisterUnreadable(
            error_template(
                "{name} cannot be read as a register ({exc}); open it in Excel or LibreOffice "
                "and save it again as .xlsx, splitting it if it is large."
            ),
            name=shown(path.name),
            exc=_reason(exc),
        ) from None
    return zf


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


def _read_workbook(path: Path, wanted: str | None, data: bytes) -> Sheet:
    import python_calamine as calamine

    zf = _open_zip(path, data)
    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except calamine.PasswordError:
        raise RegisterUnreadable(
            error_template(
                "{name} is protected by a password; open it, remove the password and save it again."
            ),
            name=path.name,
        ) from None
    except (calamine.CalamineError, OSError, ValueError):
        raise _damaged(path) from None
    names = [m.name for m in book.sheets_metadata if m.typ == calamine.SheetTypeEnum.WorkSheet]
    if not names:
        raise RegisterUnreadable(
            error_template("{name} has no worksheet; it holds only charts or macros."),
            name=path.name,
        )
    if wanted is not None and wanted not in names:
        raise RegisterUnreadable(
            error_template("{name} has no sheet '{wanted}'; use one of: {names}."),
            name=path.name,
            wanted=wanted,
            names=", ".join(names),
        )
    try:
        grid, merged, name = _pick(book, names, wanted)
    except (calamine.CalamineError, OSError, ValueError):
        raise _damaged(path) from None
    out = Sheet(name, names)
    _fill_merged(grid, merged)
    if zf is None:
        out.formats_unread = "xls"  # the binary workbook of Excel 97-2003
    elif "xl/workbook.bin" in zf.namelist():
        out.formats_unread = "xlsb"
    else:
        _pad(out, grid, zf, name)
    for number, values in enumerate(grid, start=1):
        _keep(out, number, values)
    return out


def _pick(book: Any, names: list[str], wanted: str | None) -> tuple[list, list, str]:
    """The wanted sheet, else the first visible sheet that has cells."""
    import python_calamine as calamine

    visible = {
        m.name for m in book.sheets_metadata if m.visible == calamine.SheetVisibleEnum.Visible
    }
    order = [wanted] if wanted else [n for n in names if n in visible] + names
    first = None
    for name in order:
        sheet = book.get_sheet_by_name(name)
        area = (sheet.end[0] + 1) * (sheet.end[1] + 1) if sheet.end else 0
        if sheet.height > MAX_ROWS or (sheet.end and sheet.end[0] >= MAX_ROWS) or area > MAX_AREA:
            raise RegisterUnreadable(
                error_template(
                    "Sheet '{name}' has more than {limit} rows; split it into smaller files."
                ),
                name=name,
                limit=MAX_ROWS,
            )
        grid = sheet.to_python(skip_empty_area=False)
        first = first or (grid, sheet.merged_cell_ranges or [], name)
        if wanted or any(any(v not in ("", None) for v in row) for row in grid):
            return grid, sheet.merged_cell_ranges or [], name
    return first  # type: ignore[return-value]


def _fill_merged(grid: list[list[Any]], merged: list) -> None:
    """A merged range shows its top-left value in every cell it covers, clipped to the
    cells the sheet has: a range may claim the whole sheet (A1:XFD1048576) in 5 KB."""
    width = max((len(r) for r in grid), default=0)
    for (r0, c0), (r1, c1) in merged:
        if r0 >= len(grid) or c0 >= len(grid[r0]):
            continue
        top_left = grid[r0][c0]
        c1 = min(c1, width - 1)
        for r in range(r0, min(r1, len(grid) - 1) + 1):
            row = grid[r]
            row.extend([""] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                row[c] = top_left


def _pad(out: Sheet, grid: list[list[Any]], zf: zipfile.ZipFile, name: str) -> None:
    """Numbers a format shows zero-padded become the text shown (.xlsx styles, .ods text)."""
    from bordertrack.services.register_import.formats import (
        ods_padded_cells,
        padded_cells,
        render,
    )

    ods = "content.xml" in zf.namelist()
    shown = ods_padded_cells(zf, name) if ods else padded_cells(zf, name)
    for (r, c), code in shown.items():
        if r < len(grid) and c < len(grid[r]):
            value = grid[r][c]
            number = isinstance(value, int | float) and not isinstance(value, bool)
            if number and float(value).is_integer():
                grid[r][c] = code if ods else render(value, code)
                out.padded += 1


def _cell(value: Any) -> Any:
    """Times of day and durations are not register values; keep them as the text they show."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dt.time | dt.timedelta):
        return str(value)
    return value


def formats_finding(kind: str) -> str:
    """What the preview says of a file type whose number formats cannot be read (the window
    shows its own translation of it)."""
    return (
        f"Number formats cannot be read from .{kind} files: a number shown with leading "
        "zeros (000130) arrives without them (130). To keep them, save the register as .xlsx "
        "in Excel or LibreOffice and import that file."
    )
