"""The donor report: a formatted workbook (summary, equipment, stock-take, training, works)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.worksheet.worksheet import Worksheet

from bordertrack.domain.validation import parse_date
from bordertrack.domain.vocabularies import label
from bordertrack.services.reports import donor_figures as F
from bordertrack.services.reports.errors import ReportCancelled, ReportProblem, write_failed
from bordertrack.services.reports.xlsx_common import (
    COUNT,
    DATE,
    MONEY,
    PERCENT,
    as_date,
    fit_widths,
    put,
    table,
    title_block,
)
from bordertrack.store.database import Store

Progress = Callable[[int, int], None]


def make_period(start: str, end: str, project: str | None, store: Store) -> F.Period:
    """Check the dates and the project code before any work starts."""
    try:
        a, b = parse_date(start), parse_date(end)
    except ValueError as exc:
        raise ReportProblem(
            f"'{exc}' is not a date; write it like 2026-01-31 or 31.01.2026."
        ) from None
    if a > b:
        raise ReportProblem(f"The period starts ({a}) after it ends ({b}); swap the dates.")
    if (
        project
        and not store.conn.execute(
            "SELECT 1 FROM project WHERE code = ? AND _deleted = 0", (project,)
        ).fetchone()
    ):
        raise ReportProblem(f"There is no project '{project}'; check the code with 'list project'.")
    return F.Period(a, b, project or None)


def _lines(store: Store, p: F.Period) -> list[str]:
    return [
        f"Period: {p.start} to {p.end}",
        f"Project: {F.project_line(store.conn, p.project)}",
        f"Prepared {dt.date.today().isoformat()} by {store.device['name']}",
    ]


def _bar(
    ws: Worksheet, title: str, data_cols: tuple[int, int], rows: tuple[int, int], at: str
) -> None:
    """A clustered bar chart of columns data_cols (header row included) against column 1."""
    chart = BarChart()
    chart.type = "bar"
    chart.title = title
    chart.height, chart.width = 7.5, 14
    first, last = rows
    data = Reference(ws, min_col=data_cols[0], max_col=data_cols[1], min_row=first, max_row=last)
    cats = Reference(ws, min_col=1, min_row=first + 1, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(cats)
    ws.add_chart(chart, at)


def _summary(ws: Worksheet, store: Store, p: F.Period) -> None:
    eq = F.equipment_delivered(store.conn, p)
    sexes = F.trained_by(store.conn, p, "sex")
    courses = F.sessions_by_course(store.conn, p)
    works = F.works_by_status(store.conn, p)
    row = title_block(ws, "Donor report", _lines(store, p))
    figures = [
        ("Equipment items delivered", sum(r[3] for r in eq), COUNT),
        ("Value of equipment delivered", sum(r[4] for r in eq), MONEY),
        ("Training sessions held", sum(r[1] for r in courses), COUNT),
        ("People trained", sum(r[1] for r in sexes), COUNT),
        ("People who completed a course", sum(r[2] for r in sexes), COUNT),
        ("Infrastructure works active", sum(r[1] for r in works), COUNT),
        ("Works operational", sum(r[1] for r in works if r[0] == "operational"), COUNT),
    ]
    table(ws, row, ["Figure", "Value"], [f[:2] for f in figures], [None, None])
    for i, (_, _, fmt) in enumerate(figures):
        ws.cell(row=row + 1 + i, column=2).number_format = fmt
    put(ws, row + len(figures) + 3, 1, "Details are on the following sheets.")
    ws.freeze_panes = ws.cell(row=row + 1, column=1)


def _equipment(ws: Worksheet, store: Store, p: F.Period) -> None:
    rows = F.equipment_delivered(store.conn, p)
    row = title_block(ws, "Equipment delivered", _lines(store, p))
    data = [(a, po, label("equipment_category", c), n, v) for a, po, c, n, v in rows]
    total = ("Total", None, None, sum(r[3] for r in rows), sum(r[4] for r in rows))
    end = table(
        ws,
        row,
        ["Agency", "Post", "Category", "Items", "Value"],
        data,
        [None, None, None, COUNT, MONEY],
        total=total,
    )
    ws.freeze_panes = ws.cell(row=row + 1, column=1)
    by_cat: dict[str, list[float]] = {}
    for *_, c, n, v in data:
        by_cat.setdefault(c, [0, 0])
        by_cat[c][0] += n
        by_cat[c][1] += v
    cat_rows = sorted(([c, n, v] for c, (n, v) in by_cat.items()), key=lambda r: -r[2])
    start = end + 1
    put(ws, start - 1, 1, "By category")
    table(ws, start, ["Category", "Items", "Value"], cat_rows, [None, COUNT, MONEY])
    if cat_rows:
        _bar(ws, "Value delivered by category", (3, 3), (start, start + len(cat_rows)), "G5")


def _stock_take(ws: Worksheet, store: Store, p: F.Period) -> None:
    rows = F.stock_take(store.conn, p)
    row = title_block(ws, "Stock-take coverage and losses", _lines(store, p))
    data = [(po, n, c, (c / n if n else 0), m, d, lost, lv) for po, n, c, m, d, lost, lv in rows]
    items, checked = sum(r[1] for r in rows), sum(r[2] for r in rows)
    total = (
        "Total",
        items,
        checked,
        checked / items if items else 0,
        *(sum(r[i] for r in rows) for i in (3, 4, 5, 6)),
    )
    headers = [
        "Post",
        "Items on register",
        "Items checked",
        "Coverage",
        "Found missing",
        "Found damaged",
        "Lost or stolen",
        "Value lost or stolen",
    ]
    table(
        ws,
        row,
        headers,
        data,
        [None, COUNT, COUNT, PERCENT, COUNT, COUNT, COUNT, MONEY],
        total=total,
    )
    ws.freeze_panes = ws.cell(row=row + 1, column=2)
    put(ws, row + len(data) + 3, 1, "Written-off items are not counted.")


def _training(ws: Worksheet, store: Store, p: F.Period) -> None:
    row = title_block(ws, "Training", _lines(store, p))
    courses = F.sessions_by_course(store.conn, p)
    fmts = [None, COUNT, COUNT]

    def sums(rows: list, label_: str = "Total") -> tuple:
        return (label_, sum(r[1] for r in rows), sum(r[2] for r in rows))

    sexes = [(label("sex", s), n, c) for s, n, c in F.trained_by(store.conn, p, "sex")]
    put(ws, row, 1, "People trained and completed, by sex")
    sex_start = row + 1
    row = table(
        ws,
        sex_start,
        ["Sex", "Trained", "Completed"],
        sexes,
        fmts,
        total=sums(sexes),
    )
    if sexes:
        _bar(ws, "People trained by sex", (2, 3), (sex_start, sex_start + len(sexes)), "F5")
    for by, heading in (("agency", "Agency"), ("post", "Post")):
        rows = F.trained_by(store.conn, p, by)
        put(ws, row, 1, f"People trained and completed, by {heading.lower()}")
        row = table(ws, row + 1, [heading, "Trained", "Completed"], rows, fmts, total=sums(rows))
    put(ws, row, 1, "Sessions held, by course")
    total = ("Total", *(sum(r[i] for r in courses) for i in (1, 2, 3)))
    table(
        ws,
        row + 1,
        ["Course", "Sessions", "Participants", "Completed"],
        courses,
        [None, COUNT, COUNT, COUNT],
        total=total,
    )
    ws.freeze_panes = "A6"


def _works(ws: Worksheet, store: Store, p: F.Period) -> None:
    row = title_block(ws, "Infrastructure works", _lines(store, p))
    status = [
        (label("facility_status", s), n, (avg or 0) / 100, v)
        for s, n, avg, v in F.works_by_status(store.conn, p)
    ]
    put(ws, row, 1, "Works by status")
    start = row + 1
    total = ("Total", sum(r[1] for r in status), None, sum(r[3] for r in status))
    row = table(
        ws,
        start,
        ["Status", "Facilities", "Average complete", "Contract value"],
        status,
        [None, COUNT, PERCENT, MONEY],
        total=total,
    )
    if status:
        pie = PieChart()
        pie.title = "Facilities by status"
        pie.height, pie.width = 7.5, 12
        pie.add_data(
            Reference(ws, min_col=2, min_row=start, max_row=start + len(status)),
            titles_from_data=True,
        )
        pie.set_categories(Reference(ws, min_col=1, min_row=start + 1, max_row=start + len(status)))
        ws.add_chart(pie, "G5")
    detail = [
        (
            post,
            name,
            label("facility_type", kind),
            contractor,
            label("facility_status", st),
            (pct or 0) / 100,
            *(as_date(d) for d in dates),
            _delay(dates[1], dates[3]),
        )
        for post, name, kind, contractor, st, pct, *dates in F.works_detail(store.conn, p)
    ]
    headers = ["Post", "Facility", "Type", "Contractor", "Status", "Complete",
               "Planned start", "Planned end", "Actual start", "Actual end", "Days late"]  # fmt: skip
    put(ws, row, 1, "Planned against actual dates")
    detail_start = row + 1
    table(ws, detail_start, headers, detail, [None] * 5 + [PERCENT] + [DATE] * 4 + [COUNT])
    ws.freeze_panes = ws.cell(row=detail_start + 1, column=3)


def _delay(planned_end: str | None, actual_end: str | None) -> int | None:
    """Days the work finished (or, unfinished, is now) past its planned end; None when on time."""
    planned = as_date(planned_end)
    if planned is None:
        return None
    done = as_date(actual_end) or dt.date.today()
    late = (done - planned).days
    return late if late > 0 else None


SHEETS = (
    ("Summary", _summary),
    ("Equipment", _equipment),
    ("Stock-take", _stock_take),
    ("Training", _training),
    ("Works", _works),
)


def write_donor_report(
    store: Store,
    out: Path,
    start: str,
    end: str,
    project: str | None = None,
    *,
    on_progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> F.Period:
    """Write the workbook to `out` (replacing it); returns the checked period.

    The file is written to a temporary name first, so a cancelled or failed report never
    leaves half a workbook where the donor expects the last good one.
    """
    period = make_period(start, end, project, store)
    wb = Workbook()
    wb.remove(wb.active)
    for i, (name, fill) in enumerate(SHEETS):
        if is_cancelled and is_cancelled():
            raise ReportCancelled()
        ws = wb.create_sheet(name)
        fill(ws, store, period)
        fit_widths(ws)
        ws.sheet_view.showGridLines = name != "Summary"
        if on_progress:
            on_progress(i + 1, len(SHEETS) + 1)
    save_workbook(wb, Path(out))
    if on_progress:
        on_progress(len(SHEETS) + 1, len(SHEETS) + 1)
    return period


def save_workbook(wb: Workbook, out: Path) -> None:
    tmp = out.with_name(out.name + ".part")
    try:
        wb.save(tmp)
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise write_failed(out, exc) from None
