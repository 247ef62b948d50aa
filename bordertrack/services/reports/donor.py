"""The donor report: a printable workbook (summary, projects and donors, equipment, stock-take,
training, works, and how each figure is counted)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from bordertrack.domain.errors import error_template
from bordertrack.domain.validation import parse_date
from bordertrack.i18n import format_date, normalise, store_language, translate
from bordertrack.services.reports import donor_figures as F
from bordertrack.services.reports import donor_sheets as S
from bordertrack.services.reports.donor_method import method
from bordertrack.services.reports.errors import ReportCancelled, ReportProblem, write_failed
from bordertrack.services.reports.xlsx_common import print_setup, title_block
from bordertrack.store.database import Store
from bordertrack.store.query import LIVE, live

Progress = Callable[[int, int], None]


def make_period(
    start: str,
    end: str,
    project: str | None,
    store: Store,
    convert_to: str | None = None,
    rates: dict[str, float] | None = None,
) -> F.Period:
    """Check the dates, the project code and the rates before any work starts."""
    try:
        a, b = parse_date(start), parse_date(end)
    except ValueError as exc:
        raise ReportProblem(
            error_template("'{value}' is not a date; write it like 2026-01-31 or 31.01.2026."),
            value=exc,
        ) from None
    if a > b:
        raise ReportProblem(
            error_template("The period starts ({a}) after it ends ({b}); swap the dates."), a=a, b=b
        )
    if (
        project
        and not store.conn.execute(
            f"SELECT 1 FROM project WHERE code = ? AND {LIVE}", (project,)
        ).fetchone()
    ):
        raise ReportProblem(
            error_template("There is no project '{project}'; check the code with 'list project'."),
            project=project,
        )
    return F.Period(a, b, project or None, *_check_rates(store, project, convert_to, rates or {}))


def parse_rates(text: str | list[str]) -> dict[str, float]:
    """'USD=0.92, KGS=0.0105' (or a list of such pairs) as typed by a person; decimal commas
    are accepted. A pair that is not CUR=number is one line to fix."""
    pairs = text if isinstance(text, list) else text.replace(";", " ").replace(", ", " ").split()
    out: dict[str, float] = {}
    for pair in pairs:
        cur, _, rate = pair.partition("=")
        try:
            out[cur.strip().upper()] = float(rate.strip().replace(",", "."))
        except ValueError:
            raise ReportProblem(
                error_template("'{pair}' is not a rate; write it like USD=0.92."), pair=pair
            ) from None
    return out


def _check_rates(
    store: Store, project: str | None, to: str | None, rates: dict[str, float]
) -> tuple[str | None, dict[str, float]]:
    """A converted total needs a rate, entered by a person, for every other currency in use."""
    if not to:
        if rates:
            raise ReportProblem(
                error_template(
                    "Rates were given without a currency to convert to; add --convert-to."
                )
            )
        return None, {}
    to = to.strip().upper()
    rates = {k.strip().upper(): float(v) for k, v in rates.items()}
    bad = [k for k, v in rates.items() if not v > 0]
    if bad:
        raise ReportProblem(
            error_template("The rate for {bad} must be a number above 0, e.g. USD=0.92."),
            bad=bad[0],
        )
    used = {
        r[0] or ""
        for r in store.conn.execute(
            f"SELECT DISTINCT COALESCE(pr.currency, '') FROM project pr WHERE {live('pr')} "
            "AND (? IS NULL OR pr.code = ?)",
            (project or None, project or None),
        )
    }
    missing = sorted(c for c in used - {to} if c and c not in rates)
    if missing:
        raise ReportProblem(
            error_template("No rate for {missing} to {to}; enter one for each, e.g. {first}=0.92."),
            missing=", ".join(missing),
            to=to,
            first=missing[0],
        )
    return to, rates


def _lines(c: S.Ctx) -> list[str]:
    p, lang = c.period, c.lang
    period = translate(lang, "report", "Period: {start} to {end}").format(
        start=format_date(lang, p.start), end=format_date(lang, p.end)
    )
    project = F.project_line(c.store.conn, p.project) or translate(lang, "report", "All projects")
    prepared = translate(lang, "report", "Prepared {date} by {device}").format(
        date=format_date(lang, dt.date.today()), device=c.store.device["name"]
    )
    return [
        period,
        translate(lang, "report", "Project: {project}").format(project=project),
        prepared,
    ]


def _sheets(lang: str) -> list[tuple[str, str, Callable]]:
    """(sheet name, title, filler) in the order the donor reads them."""
    return [
        (translate(lang, "report", "Summary"), translate(lang, "report", "Donor report"), S.summary),
        (translate(lang, "report", "Projects"), translate(lang, "report", "Projects and donors"), S.projects),
        (translate(lang, "report", "Equipment"), translate(lang, "report", "Equipment received"), S.equipment),
        (translate(lang, "report", "Stock-take"), translate(lang, "report", "Stock-take and losses"), S.stock_take),
        (translate(lang, "report", "Training"), translate(lang, "report", "Training"), S.training),
        (translate(lang, "report", "Works"), translate(lang, "report", "Infrastructure works"), S.works),
        (translate(lang, "report", "Method"), translate(lang, "report", "How each figure is counted"), method),
    ]  # fmt: skip


def write_donor_report(
    store: Store,
    out: Path,
    start: str,
    end: str,
    project: str | None = None,
    *,
    lang: str | None = None,
    convert_to: str | None = None,
    rates: dict[str, float] | None = None,
    on_progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> F.Period:
    """Write the workbook to `out` (replacing it); returns the checked period.

    The file is written to a temporary name first, so a cancelled or failed report never
    leaves half a workbook where the donor expects the last good one.
    """
    period = make_period(start, end, project, store, convert_to, rates)
    code = normalise(lang) if lang else store_language(store)
    ctx = S.Ctx(store, period, code)
    lines = _lines(ctx)
    sheets = _sheets(code)
    wb = Workbook()
    wb.remove(wb.active)
    for i, (name, title, fill) in enumerate(sheets):
        if is_cancelled and is_cancelled():
            raise ReportCancelled()
        ws = wb.create_sheet(name[:31])
        lay = S.Layout()
        fill(ws, ctx, title_block(ws, title, lines), lay)
        _widths(ws, lay, translate(code, "report", "Currency"))
        if fill is method:
            ws.column_dimensions["A"].width = 34
            ws.column_dimensions["B"].width = 90
        print_setup(ws, f"{title} - {lines[0]}", lay.repeat)
        ws.freeze_panes = ws.cell(row=lay.repeat[0] + 1, column=1) if lay.repeat else None
        ws.sheet_view.showGridLines = False
        if on_progress:
            on_progress(i + 1, len(sheets) + 1)
    save_workbook(wb, Path(out))
    if on_progress:
        on_progress(len(sheets) + 1, len(sheets) + 1)
    return period


def _widths(ws, lay: S.Layout, currency: str) -> None:  # type: ignore[no-untyped-def]
    """Column widths from the tables' cells only (titles and notes may run on to the right);
    long headers wrap onto two or three lines rather than widening the printed page; currency
    codes are centred so they never read as part of the amount beside them."""
    widths: dict[int, int] = {}
    for first, col, last, right in lay.tables:
        for c in range(col, right + 1):
            header = ws.cell(row=first, column=c)
            if header.value == currency:
                for r in range(first, last + 1):
                    cell = ws.cell(row=r, column=c)
                    cell.alignment = Alignment(
                        horizontal="center", vertical="center", wrap_text=True
                    )
            elif isinstance(header.value, str) and len(header.value) > 14:
                header.alignment = Alignment(wrap_text=True, vertical="center")
            longest = min(len(str(header.value or "")), 14)
            for r in range(first + 1, last + 1):
                v = ws.cell(row=r, column=c).value
                if v is None:
                    continue
                if isinstance(v, int | float):
                    n = len(f"{v:,.2f}")
                elif isinstance(v, dt.date):
                    n = 10
                else:
                    n = len(str(v))
                longest = max(longest, n)
            widths[c] = max(widths.get(c, 0), longest)
    for c, n in widths.items():
        ws.column_dimensions[get_column_letter(c)].width = max(9, min(48, n + 2))
    for first, col, _last, right in lay.tables:  # header rows tall enough for their wrapped words
        lines = max(
            _wrapped_lines(str(ws.cell(row=first, column=c).value or ""),
                           ws.column_dimensions[get_column_letter(c)].width or 9)
            for c in range(col, right + 1)
        )  # fmt: skip
        if lines > 1:
            height = ws.row_dimensions[first].height or 0
            ws.row_dimensions[first].height = max(height, 13 * lines + 3)


def _wrapped_lines(text: str, width: float) -> int:
    """How many lines `text` takes wrapped at spaces in a column `width` characters wide
    (bold header type is about a tenth wider than the width counts)."""
    room, lines, used = max(1.0, width / 1.15), 1, 0.0
    for word in text.split(" "):
        need = len(word) if used == 0 else used + 1 + len(word)
        if need <= room or used == 0:
            used = need
        else:
            lines, used = lines + 1, float(len(word))
    return lines


def save_workbook(wb: Workbook, out: Path) -> None:
    tmp = out.with_name(out.name + ".part")
    try:
        wb.save(tmp)
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise write_failed(out, exc) from None
