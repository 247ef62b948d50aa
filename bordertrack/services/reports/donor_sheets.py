"""The donor report's sheets: each writes its tables and returns where they are.

A sheet function returns a `Layout`: the header row to repeat on printed pages and the cell
ranges of its tables, so charts are put beside the tables (never over them) and tests can
check that. Money always sits next to its currency; totals are one row per currency.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.worksheet.worksheet import Worksheet

from bordertrack.i18n import translate, vocab_label
from bordertrack.services.reports import donor_figures as F
from bordertrack.services.reports.xlsx_common import (
    COUNT,
    DATE,
    MONEY,
    PERCENT,
    TOTAL_BORDER,
    TOTAL_FONT,
    as_date,
    place_chart,
    put,
    table,
)
from bordertrack.store.database import Store


@dataclass
class Layout:
    """Where a sheet's tables are: (first row, first col, last row, last col) each."""

    tables: list[tuple[int, int, int, int]] = field(default_factory=list)
    repeat: tuple[int, int] | None = None

    def add(self, row: int, col: int, end: int, width: int) -> int:
        """Record a table written by `table()` from `row` (its header) to `end` (row after)."""
        self.tables.append((row, col, end - 2, col + width - 1))
        if self.repeat is None:
            self.repeat = (row, row)
        return end

    def beside(self, row: int, rows: int) -> int:
        """The first column, one blank column clear of every table on rows row..row+rows-1."""
        last = row + rows - 1
        cols = [t[3] for t in self.tables if t[0] <= last and t[2] >= row]
        return max(cols, default=0) + 2


@dataclass
class Ctx:
    """What every sheet needs: the store, the period and the language."""

    store: Store
    period: F.Period
    lang: str

    def cur(self, code: str) -> str:
        """A currency code, or the words for an item whose project names none."""
        return code or translate(self.lang, "report", "(no currency)")


def per_currency(
    rows: Sequence[Sequence[Any]], cur_col: int, sum_cols: Sequence[int], lang: str, width: int
) -> list[tuple[Any, ...]]:
    """One 'Total' row per currency (currency in `cur_col`), summing `sum_cols`."""
    groups: dict[str, list[float]] = {}
    for r in rows:
        g = groups.setdefault(r[cur_col], [0.0] * len(sum_cols))
        for i, c in enumerate(sum_cols):
            g[i] += r[c] or 0
    out = []
    for cur, sums in sorted(groups.items()):
        row: list[Any] = [None] * width
        row[0] = translate(lang, "report", "Total")
        row[cur_col] = cur
        for i, c in enumerate(sum_cols):
            row[c] = sums[i]
        out.append(tuple(row))
    return out


def write_table(
    ws: Worksheet,
    lay: Layout,
    row: int,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    formats: Sequence[str | None],
    totals: Sequence[Sequence[Any]] = (),
) -> int:
    """A table with any number of bold total rows (one per currency); returns the next row."""
    body = list(rows)
    end = table(
        ws, row, headers, body + list(totals[:-1]), formats, total=totals[-1] if totals else None
    )
    if totals:
        for r in range(row + 1 + len(body), end - 1):
            for c in range(1, len(headers) + 1):
                ws.cell(row=r, column=c).font = TOTAL_FONT
                ws.cell(row=r, column=c).border = TOTAL_BORDER
    return lay.add(row, 1, end, len(headers))


def _bar(
    ws: Worksheet, lay: Layout, title: str, data: tuple[int, int, int], first: int, n: int, at: int
) -> None:
    """A horizontal bar chart of columns data[1]..data[2] of rows first..first+n (header at
    `first`), categories from column data[0]; tall enough that every category is labelled."""
    chart = BarChart()
    chart.type = "bar"
    chart.title = title
    chart.x_axis.tickLblSkip = 1
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    ref = Reference(ws, min_col=data[1], max_col=data[2], min_row=first, max_row=first + n)
    chart.add_data(ref, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=data[0], min_row=first + 1, max_row=first + n))
    height = max(16, 2 * n + 6)
    place_chart(ws, chart, lay.beside(at, height), at, 8, height)


def summary(ws: Worksheet, c: Ctx, row: int, lay: Layout) -> None:
    """The headline figures: flows in the period, stock at its end, money per currency."""
    lang, conn, p = c.lang, c.store.conn, c.period
    flow = translate(lang, "report", "in the period")
    stock = translate(lang, "report", "at the period's end")
    flows = F.equipment_flows(conn, p)
    held = F.stock_by_currency(conn, p)
    sexes = dict((s, (n, d)) for s, n, d in F.trained_by(conn, p, "sex"))
    courses = F.sessions_by_course(conn, p)
    started, completed, under_way, late, _ = F.works_summary(conn, p)
    lines: list[tuple[Any, ...]] = []

    def money_lines(text: str, when: str, n_col: int, v_col: int, source: list) -> None:
        lines.append((text, when, sum(r[n_col] for r in source), None, None))
        for r in source:
            if r[n_col]:
                lines.append(
                    ("    " + translate(lang, "report", "value"), when, None, r[v_col], c.cur(r[0]))
                )

    money_lines(translate(lang, "report", "Items received"), flow, 1, 2, flows)
    money_lines(translate(lang, "report", "Items handed over on acts"), flow, 3, 4, flows)
    money_lines(translate(lang, "report", "Items lost or stolen"), flow, 5, 6, flows)
    money_lines(translate(lang, "report", "Items written off"), flow, 7, 8, flows)
    money_lines(translate(lang, "report", "Items on the register"), stock, 1, 2, held)
    trained = sum(n for n, _ in sexes.values())
    done = sum(d for _, d in sexes.values())
    women_t, women_d = sexes.get("female", (0, 0))
    lines += [
        (translate(lang, "report", "Training sessions held"), flow, sum(r[1] for r in courses), None, None),
        (translate(lang, "report", "People trained"), flow, trained, None, None),
        ("    " + translate(lang, "report", "of whom women"), flow, women_t, trained and women_t / trained, None),
        (translate(lang, "report", "People who completed a course"), flow, done, None, None),
        ("    " + translate(lang, "report", "of whom women"), flow, women_d, done and women_d / done, None),
        (translate(lang, "report", "Works started"), flow, started, None, None),
        (translate(lang, "report", "Works completed"), flow, completed, None, None),
        (translate(lang, "report", "Works under way"), stock, under_way, None, None),
        (translate(lang, "report", "Works late"), stock, late, None, None),
    ]  # fmt: skip
    headers = [translate(lang, "report", "Figure"), translate(lang, "report", "Counted"),
               translate(lang, "report", "Number"), translate(lang, "report", "Value or share"),
               translate(lang, "report", "Currency")]  # fmt: skip
    end = write_table(ws, lay, row, headers, lines, [None, None, COUNT, MONEY, None])
    for r, line in enumerate(lines, start=row + 1):
        if line[3] is not None and line[4] is None:
            ws.cell(row=r, column=4).number_format = PERCENT
    if p.convert_to:
        end = _converted(ws, c, end, lay, flows, held)
    put(
        ws, end, 1, translate(lang, "report", "How each figure is counted: see the sheet 'Method'.")
    )


def _converted(ws: Worksheet, c: Ctx, row: int, lay: Layout, flows: list, held: list) -> int:
    """Totals converted at the rates the person entered, each rate shown beside them."""
    lang, p = c.lang, c.period
    to = p.convert_to or ""

    def conv(rows: list, col: int) -> float:
        return sum((r[col] or 0) * (1.0 if r[0] == to else p.rates[r[0]]) for r in rows)

    put(ws, row, 1, translate(lang, "report", "Converted at the rates entered for this report"))
    rates = [(f"1 {cur} = {rate:g} {to}", None) for cur, rate in sorted(p.rates.items())]
    lines = [
        (translate(lang, "report", "Value of items received"), conv(flows, 2)),
        (translate(lang, "report", "Value of items on the register"), conv(held, 2)),
    ]
    end = write_table(
        ws, lay, row + 1,
        [translate(lang, "report", "Figure"), translate(lang, "report", "Converted total") + f" ({to})"],
        lines + rates, [None, MONEY],
    )  # fmt: skip
    return end


def projects(ws: Worksheet, c: Ctx, row: int, lay: Layout) -> None:
    """Budget beside delivered value and share spent, by project and by donor."""
    lang = c.lang
    rows = [
        (donor, code, name, c.cur(cur), budget, in_p, to_end, works, deliv, share)
        for code, name, donor, cur, budget, in_p, to_end, works, deliv, share in F.projects(c.store.conn, c.period)
    ]  # fmt: skip
    headers = [translate(lang, "report", "Donor"), translate(lang, "report", "Project"),
               translate(lang, "report", "Project name"), translate(lang, "report", "Currency"),
               translate(lang, "report", "Budget"),
               translate(lang, "report", "Equipment received in the period"),
               translate(lang, "report", "Equipment received by the period's end"),
               translate(lang, "report", "Works completed by the period's end"),
               translate(lang, "report", "Delivered by the period's end"),
               translate(lang, "report", "Share of budget delivered")]  # fmt: skip
    money = [MONEY] * 5
    totals = [
        (*t[:9], t[8] / t[4] if t[4] else None)  # the share of each currency's budget
        for t in per_currency(rows, 3, (4, 5, 6, 7, 8), lang, 10)
    ]
    put(ws, row, 1, translate(lang, "report", "By project"))
    end = write_table(ws, lay, row + 1, headers, rows, [None] * 4 + money + [PERCENT], totals)
    donors = [
        (d, c.cur(cur), n, b, i, dl, s)
        for d, cur, n, b, i, dl, s in F.donors(c.store.conn, c.period)
    ]
    put(ws, end, 1, translate(lang, "report", "By donor"))
    write_table(
        ws, lay, end + 1,
        [headers[0], headers[3], translate(lang, "report", "Projects"), headers[4], headers[5],
         headers[8], headers[9]],
        donors, [None, None, None, MONEY, MONEY, MONEY, PERCENT],
    )  # fmt: skip


def equipment(ws: Worksheet, c: Ctx, row: int, lay: Layout) -> None:
    """Items received in the period by agency, post and category, value in its currency."""
    lang = c.lang
    rows = [
        (a, po, vocab_label(lang, "equipment_category", cat), c.cur(cur), n, v)
        for a, po, cat, cur, n, v in F.equipment_received(c.store.conn, c.period)
    ]
    headers = [translate(lang, "report", "Agency"), translate(lang, "report", "Post"),
               translate(lang, "report", "Category"), translate(lang, "report", "Currency"),
               translate(lang, "report", "Items"), translate(lang, "report", "Value")]  # fmt: skip
    put(ws, row, 1, translate(lang, "report", "Items received in the period"))
    totals = per_currency(rows, 3, (4, 5), lang, 6)
    end = write_table(ws, lay, row + 1, headers, rows, [None] * 4 + [COUNT, MONEY], totals)
    by_cat: dict[str, int] = {}
    for r in rows:
        by_cat[r[2]] = by_cat.get(r[2], 0) + r[4]
    cat_rows = sorted(by_cat.items(), key=lambda kv: (-kv[1], kv[0]))
    put(ws, end, 1, translate(lang, "report", "Items received, by category"))
    write_table(ws, lay, end + 1, [headers[2], headers[4]], cat_rows, [None, COUNT])
    if cat_rows:
        title = translate(lang, "report", "Items received, by category")
        _bar(ws, lay, title, (1, 2, 2), end + 1, len(cat_rows), row + 1)


def stock_take(ws: Worksheet, c: Ctx, row: int, lay: Layout) -> None:
    """Per post: the register at the period's end, its checks, and the losses in the period."""
    lang = c.lang
    rows = [
        (po, n, k, (k / n if n else None), m, d, lost, w)
        for po, n, k, m, d, lost, w in F.stock_take(c.store.conn, c.period)
    ]
    n, k = sum(r[1] for r in rows), sum(r[2] for r in rows)
    total = (translate(lang, "report", "Total"), n, k, k / n if n else None,
             *(sum(r[i] for r in rows) for i in (4, 5, 6, 7)))  # fmt: skip
    headers = [translate(lang, "report", "Post"),
               translate(lang, "report", "Items on the register at the period's end"),
               translate(lang, "report", "Items checked in the period"),
               translate(lang, "report", "Coverage"),
               translate(lang, "report", "Items found missing at checks in the period"),
               translate(lang, "report", "Items found damaged at checks in the period"),
               translate(lang, "report", "Lost or stolen in the period"),
               translate(lang, "report", "Written off in the period")]  # fmt: skip
    fmts = [None, COUNT, COUNT, PERCENT, COUNT, COUNT, COUNT, COUNT]
    write_table(ws, lay, row, headers, rows, fmts, [total])


def training(ws: Worksheet, c: Ctx, row: int, lay: Layout) -> None:
    """People trained and completed by sex (with the share of women), agency, post; courses."""
    lang, conn, p = c.lang, c.store.conn, c.period
    fmts = [None, COUNT, COUNT, PERCENT, PERCENT]
    sexes = F.trained_by(conn, p, "sex")
    trained, done = sum(r[1] for r in sexes), sum(r[2] for r in sexes)
    rows = [
        (
            vocab_label(lang, "sex", s),
            n,
            d,
            n / trained if trained else None,
            d / done if done else None,
        )
        for s, n, d in sexes
    ]
    share = translate(lang, "report", "Share of trained")
    share_done = translate(lang, "report", "Share of completed")
    trained_h, done_h = translate(lang, "report", "Trained"), translate(lang, "report", "Completed")
    total = (
        translate(lang, "report", "Total"),
        trained,
        done,
        1.0 if trained else None,
        1.0 if done else None,
    )
    put(ws, row, 1, translate(lang, "report", "People trained and completed, by sex"))
    sex_at = row + 1
    end = write_table(ws, lay, sex_at, [translate(lang, "report", "Sex"), trained_h, done_h, share, share_done],
                      rows, fmts, [total])  # fmt: skip
    for by, heading, title in (
        ("agency", translate(lang, "report", "Agency"),
         translate(lang, "report", "People trained and completed, by agency")),
        ("post", translate(lang, "report", "Post"),
         translate(lang, "report", "People trained and completed, by post")),
    ):  # fmt: skip
        grp = F.trained_by(conn, p, by)
        t = (translate(lang, "report", "Total"), sum(r[1] for r in grp), sum(r[2] for r in grp))
        put(ws, end, 1, title)
        end = write_table(ws, lay, end + 1, [heading, trained_h, done_h], grp, fmts[:3], [t])
    courses = F.sessions_by_course(conn, p)
    put(ws, end, 1, translate(lang, "report", "Sessions held, by course"))
    t = (translate(lang, "report", "Total"), *(sum(r[i] for r in courses) for i in (1, 2, 3)))
    write_table(ws, lay, end + 1,
                [translate(lang, "report", "Course"), translate(lang, "report", "Sessions"),
                 translate(lang, "report", "Participants"), done_h],
                courses, [None, COUNT, COUNT, COUNT], [t])  # fmt: skip
    if rows:
        title = translate(lang, "report", "People trained and completed, by sex")
        _bar(ws, lay, title, (1, 2, 3), sex_at, len(rows), sex_at)


STAGES = ("not_started", "under_way", "completed")


def stage_label(lang: str, stage: str) -> str:
    return {
        "not_started": translate(lang, "report", "Not started"),
        "under_way": translate(lang, "report", "Under way"),
        "completed": translate(lang, "report", "Completed"),
    }[stage]


def works(ws: Worksheet, c: Ctx, row: int, lay: Layout) -> None:
    """Works by their stage at the period's end (from actual dates), and each work's dates."""
    lang = c.lang
    by_stage = F.works_by_stage(c.store.conn, c.period)
    counts: dict[str, int] = {}
    for s, _cur, n, _v in by_stage:
        counts[stage_label(lang, s)] = counts.get(stage_label(lang, s), 0) + n
    stage_h, fac_h = translate(lang, "report", "Stage"), translate(lang, "report", "Facilities")
    put(ws, row, 1, translate(lang, "report", "Works by stage at the period's end"))
    start = row + 1
    count_rows = list(counts.items())
    total = (translate(lang, "report", "Total"), sum(counts.values()))
    end = write_table(ws, lay, start, [stage_h, fac_h], count_rows, [None, COUNT], [total])
    if count_rows:
        pie = PieChart()
        pie.title = translate(lang, "report", "Facilities by stage at the period's end")
        data = Reference(ws, min_col=2, min_row=start, max_row=start + len(count_rows))
        pie.add_data(data, titles_from_data=True)
        pie.set_categories(
            Reference(ws, min_col=1, min_row=start + 1, max_row=start + len(count_rows))
        )
        pie.legend.position = "r"
        place_chart(ws, pie, lay.beside(start, 15), start, 7, 15)
        end = max(end, start + 16)
    cur_h, value_h = (
        translate(lang, "report", "Currency"),
        translate(lang, "report", "Contract value"),
    )
    values = [(stage_label(lang, s), c.cur(cur), n, v) for s, cur, n, v in by_stage]
    put(ws, end, 1, translate(lang, "report", "Contract value by stage"))
    totals = per_currency(values, 1, (2, 3), lang, 4)
    end = write_table(ws, lay, end + 1, [stage_h, cur_h, fac_h, value_h], values,
                      [None, None, COUNT, MONEY], totals)  # fmt: skip
    detail = [
        (post, name, vocab_label(lang, "facility_type", kind), contractor, stage_label(lang, st),
         None if pct is None else pct / 100, c.cur(cur), value, *(as_date(d) for d in dates), late)
        for post, name, kind, contractor, st, pct, cur, value, *dates, late in F.works_detail(c.store.conn, c.period)
    ]  # fmt: skip
    headers = [translate(lang, "report", "Post"), translate(lang, "report", "Facility"),
               translate(lang, "report", "Type"), translate(lang, "report", "Contractor"),
               stage_h, translate(lang, "report", "Complete"), cur_h, value_h,
               translate(lang, "report", "Planned start"), translate(lang, "report", "Planned end"),
               translate(lang, "report", "Actual start"), translate(lang, "report", "Actual end"),
               translate(lang, "report", "Days late")]  # fmt: skip
    put(
        ws,
        end,
        1,
        translate(lang, "report", "Planned against actual dates, as of the period's end"),
    )
    write_table(ws, lay, end + 1, headers, detail,
                [None] * 5 + [PERCENT, None, MONEY] + [DATE] * 4 + [COUNT])  # fmt: skip
    lay.repeat = (end + 1, end + 1)
