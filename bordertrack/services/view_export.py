"""Writing a table view (headers and rows as shown) to an Excel file, formula-safe."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from bordertrack.domain.errors import BorderTrackError, error_template

FORMULA_STARTS = ("=", "+", "-", "@")


class ExportCancelled(BorderTrackError):
    template = error_template("The export was cancelled; no file was written.")

    def __init__(self) -> None:
        super().__init__()


class ExportFailed(BorderTrackError):
    template = error_template(
        "Could not write {path} ({reason}); choose another folder or file name."
    )

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path=path, reason=reason)


def _cell(ws: Any, value: Any) -> WriteOnlyCell:
    """Text that starts like a formula stays text, so opening the file runs nothing."""
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
    return cell


def write_view(
    path: Path,
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    total: int,
    on_progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the rows to `path` (replacing it only when complete); returns rows written."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title[:31] or "Sheet")
    ws.append([_cell(ws, h) for h in headers])
    done = 0
    for row in rows:
        if is_cancelled is not None and done % 500 == 0 and is_cancelled():
            raise ExportCancelled()
        ws.append([_cell(ws, v) for v in row])
        done += 1
        if on_progress is not None and done % 1000 == 0:
            on_progress(done, total)
    tmp = path.with_name(path.name + ".part")
    try:
        wb.save(tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportFailed(path, exc.strerror or str(exc)) from None
    if on_progress is not None:
        on_progress(done, total)
    return done
