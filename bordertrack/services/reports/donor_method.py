"""The donor report's 'Method' sheet: how each figure is counted, so any number can be followed
back to the register. Kept beside the SQL it describes (donor_figures.py); change both together."""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from bordertrack.i18n import translate
from bordertrack.services.reports.donor_figures import undated_items
from bordertrack.services.reports.donor_sheets import Ctx, Layout, write_table
from bordertrack.services.reports.xlsx_common import COUNT, put


def method_rows(lang: str) -> list[tuple[str, str]]:
    """(figure, how it is counted) in the report's language."""
    return [
        (translate(lang, "report", "Flow and stock"),
         translate(lang, "report", "A flow figure counts what happened between the period's first and last day, both included. A stock figure is the state on the period's last day; later changes are not counted.")),
        (translate(lang, "report", "Money"),
         translate(lang, "report", "Every value is in the currency of the item's or the work's project. Values in different currencies are never added; each total is one row per currency. A converted total appears only when rates were entered for the report, and each rate is shown beside it.")),
        (translate(lang, "report", "Items received"),
         translate(lang, "report", "Items whose received date falls in the period, with their recorded value. Items with no recorded value count as items but add nothing to the value.")),
        (translate(lang, "report", "Items handed over on acts"),
         translate(lang, "report", "Lines of hand-over acts dated in the period; an item handed over twice counts twice.")),
        (translate(lang, "report", "Items lost or stolen"),
         translate(lang, "report", "Items whose status is lost or stolen and whose status date falls in the period. Without a status date, the day the status was recorded in the register is used.")),
        (translate(lang, "report", "Items written off"),
         translate(lang, "report", "Items whose status is written off, dated in the same way as lost items.")),
        (translate(lang, "report", "Items on the register"),
         translate(lang, "report", "Items received by the period's last day and not lost, stolen or written off by then.")),
        (translate(lang, "report", "Items checked in the period"),
         translate(lang, "report", "Items on the register at the period's end with at least one stock-take check dated in the period; coverage is that number divided by the items on the register.")),
        (translate(lang, "report", "People trained"),
         translate(lang, "report", "People enrolled (not withdrawn) on a session that started in the period and was not cancelled, each person counted once however many sessions.")),
        (translate(lang, "report", "People who completed a course"),
         translate(lang, "report", "Of those, people who passed a session that ended by the period's last day. Sex left empty is counted as not recorded; the share of women is women divided by all, not recorded included.")),
        (translate(lang, "report", "Training sessions held"),
         translate(lang, "report", "Sessions that started in the period and were not cancelled.")),
        (translate(lang, "report", "Works started"),
         translate(lang, "report", "Works whose actual start date falls in the period.")),
        (translate(lang, "report", "Works completed"),
         translate(lang, "report", "Works whose actual end date falls in the period.")),
        (translate(lang, "report", "Works under way"),
         translate(lang, "report", "Works started by the period's last day and not finished by then. The stage comes from the actual dates, not from the status typed today.")),
        (translate(lang, "report", "Works late"),
         translate(lang, "report", "Works whose planned end is before the period's last day and that were not finished by then; days late run to the period's last day, or to the actual end for works finished late.")),
        (translate(lang, "report", "Budget and delivered value"),
         translate(lang, "report", "Delivered by the period's end is the value of the project's items received by then plus the contract value of its works completed by then; the share of budget delivered divides it by the project's budget, in the project's currency.")),
    ]  # fmt: skip


def method(ws: Worksheet, c: Ctx, row: int, lay: Layout) -> None:
    """The sheet: one row per figure, wrapped text, and the items no date can place."""
    lang = c.lang
    rows = method_rows(lang)
    headers = [translate(lang, "report", "Figure"), translate(lang, "report", "How it is counted")]
    end = write_table(ws, lay, row, headers, rows, [None, None])
    for r in range(row + 1, row + 1 + len(rows)):
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    put(
        ws,
        end,
        1,
        translate(lang, "report", "Items with no received date (not counted in any figure)"),
    )
    put(ws, end, 2, undated_items(c.store.conn, c.period), COUNT)
