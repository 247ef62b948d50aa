"""The printable hand-over act: place and date, donor and project, both parties with job
titles, every item (tag, serial, model, quantity, unit, condition, value and currency),
totals per currency, signatures and stamp areas. English, Russian or Kyrgyz."""

from __future__ import annotations

from pathlib import Path

from bordertrack.i18n import (
    format_date,
    format_number,
    normalise,
    store_language,
    translate,
    vocab_label,
)
from bordertrack.services.reports.handover_act import Act, Party, act_title, load_act
from bordertrack.services.reports.pdf_common import FONT, Document, save_pdf
from bordertrack.store.database import Store

LANGS = ("en", "ru", "ky")
_PAD = 1.2  # mm of cell padding on each side in the item table


def act_language(store: Store, lang: str | None) -> str:
    """The chosen language, else the device's; acts exist in English, Russian and Kyrgyz."""
    code = normalise(lang) if lang else store_language(store)
    return code if code in LANGS else "en"


def _header(doc: Document, act: Act, lang: str) -> None:
    doc.set_font(FONT, "B", 14)
    doc.multi_cell(0, 7, act_title(lang, act.kind).format(number=act.number), align="C",
                   new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    doc.ln(3)
    doc.set_font(FONT, size=10)
    place = act.place or "_" * 20
    doc.cell(doc.epw / 2, 6, place)
    doc.cell(doc.epw / 2, 6, format_date(lang, act.date), align="R", new_x="LMARGIN", new_y="NEXT")
    doc.ln(2)
    pairs = [(translate(lang, "report", "Donor"), act.donor),
             (translate(lang, "report", "Project"), act.project),
             (translate(lang, "report", "Handed over by"), _party_line(act.giver)),
             (translate(lang, "report", "Received by"), _party_line(act.receiver))]  # fmt: skip
    doc.set_font(FONT, "B", 10)
    width = max(doc.get_string_width(label) for label, _ in pairs) + 4
    for label, value in pairs:
        if value:
            doc.pair(label, value, width=width)
    doc.ln(2)
    intro = translate(
        lang, "report",
        "We, the undersigned, have drawn up this act: the party handing over has handed over, "
        "and the party receiving has accepted, the equipment listed below in the condition stated.",
    )  # fmt: skip
    if act.donor:
        intro += " " + translate(lang, "report", "The equipment was funded by {donor}.").format(
            donor=act.donor
        )
    doc.multi_cell(0, 5, intro, align="L", new_x="LMARGIN", new_y="NEXT")
    doc.ln(3)


def _party_line(p: Party) -> str:
    who = ", ".join(v for v in (p.job_title, p.name) if v)
    return f"{p.organisation} - {who}" if p.organisation and who else p.organisation or who


def _widths(doc: Document, rows: list[list[str]], grow: tuple[int, ...]) -> list[float]:
    """Column widths in which no word is broken: each column at least as wide as its longest
    word (header or cell), the rest of the page shared by the `grow` columns."""
    size = doc.font_size_pt
    widths = []
    for head, *cells in zip(*rows, strict=True):
        # Only ordinary spaces break a line: '38 000,00' keeps its no-break space whole.
        doc.set_font(FONT, "B", size)
        longest = max(doc.get_string_width(w) for w in head.split(" "))
        doc.set_font(FONT, "", size)
        for text in cells:
            longest = max([longest, *(doc.get_string_width(w) for w in text.split(" "))])
        widths.append(longest + 2 * _PAD + 1.5)
    spare = doc.epw - sum(widths) - 0.01
    if spare > 0:
        for i in grow:
            widths[i] += spare / len(grow)
    return widths


def _table(doc: Document, act: Act, lang: str) -> None:
    unit = translate(lang, "report", "pcs")
    head = [translate(lang, "report", "No."), translate(lang, "report", "Asset tag"),
            translate(lang, "report", "Serial number"), translate(lang, "report", "Model"),
            translate(lang, "report", "Qty"), translate(lang, "report", "Unit"),
            translate(lang, "report", "Condition"), translate(lang, "report", "Value"),
            translate(lang, "report", "Currency")]  # fmt: skip
    body = [
        [str(n), i["asset_tag"], i["serial"],
         i["model"] or vocab_label(lang, "equipment_category", i["category"]),
         str(i["quantity"]), unit, vocab_label(lang, "item_condition", i["condition"]),
         format_number(lang, i["value"], 2), i["currency"] if i["value"] is not None else ""]
        for n, i in enumerate(act.items, start=1)
    ]  # fmt: skip
    for size in (8, 7.5, 7, 6.5, 6):  # the largest type in which every word fits its column
        doc.set_font(FONT, size=size)
        widths = _widths(doc, [head, *body], grow=(3,))
        if sum(widths) <= doc.epw:
            break
    align = ("RIGHT", "LEFT", "LEFT", "LEFT", "RIGHT", "LEFT", "LEFT", "RIGHT", "LEFT")
    with doc.table(
        col_widths=widths, width=min(sum(widths), doc.epw), text_align=align, line_height=4.6,
        padding=(0.8, _PAD), repeat_headings=1, first_row_as_headings=True,
    ) as grid:  # fmt: skip
        for row in [head, *body]:
            grid.row(row)


def _totals(doc: Document, act: Act, lang: str) -> None:
    doc.ln(2)
    doc.set_font(FONT, "B", 10)
    line = translate(lang, "report", "Total items: {count}").format(count=len(act.items))
    doc.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    for cur, n, value in act.totals():
        text = translate(lang, "report", "Total value in {currency}: {value} ({count} items)")
        doc.cell(0, 6, text.format(currency=cur or "-", value=format_number(lang, value, 2), count=n),
                 new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    doc.set_font(FONT, size=10)
    if act.unvalued:
        text = translate(lang, "report", "Items with no recorded value: {count}")
        doc.cell(0, 6, text.format(count=act.unvalued), new_x="LMARGIN", new_y="NEXT")
    if act.notes:
        doc.pair(translate(lang, "report", "Notes"), act.notes, width=45)


def _signatures(doc: Document, act: Act, lang: str) -> None:
    """Two columns (handing over, receiving): organisation, job title, name, signature, stamp."""
    if doc.will_page_break(72):
        doc.add_page()
    doc.ln(8)
    width = (doc.epw - 10) / 2
    top = doc.get_y()
    bottom = top
    sides = ((translate(lang, "report", "Handed over"), act.giver),
             (translate(lang, "report", "Received"), act.receiver))  # fmt: skip
    for i, (title, party) in enumerate(sides):
        x = doc.l_margin + i * (width + 10)
        doc.set_xy(x, top)
        doc.set_font(FONT, "B", 11)
        doc.cell(width, 7, title, new_x="LEFT", new_y="NEXT")
        doc.set_font(FONT, size=9)
        for label, value in ((translate(lang, "report", "Organisation"), party.organisation),
                             (translate(lang, "report", "Job title"), party.job_title),
                             (translate(lang, "report", "Name"), party.name)):  # fmt: skip
            doc.set_x(x)
            doc.multi_cell(width, 5, f"{label}: {value or '_' * 24}", new_x="LEFT", new_y="NEXT")
        doc.ln(4)
        doc.set_x(x)
        doc.cell(width, 8, translate(lang, "report", "Signature") + ": " + "_" * 26,
                 new_x="LEFT", new_y="NEXT")  # fmt: skip
        doc.ln(3)
        y = doc.get_y()
        doc.set_draw_color(150)
        doc.set_dash_pattern(dash=1, gap=1)
        doc.rect(x, y, 38, 24)
        doc.set_dash_pattern()
        doc.set_draw_color(0)
        doc.set_xy(x, y + 9)
        doc.set_font(FONT, size=8)
        doc.cell(38, 5, translate(lang, "report", "Stamp"), align="C")
        bottom = max(bottom, y + 26)
    doc.set_y(bottom)


def write_handover_pdf(store: Store, act_id: str, out: Path, lang: str | None = None) -> int:
    """Write the act; returns the number of items listed (every line of the act)."""
    code = act_language(store, lang)
    act = load_act(store, act_id, code)
    title = act_title(code, act.kind).format(number=act.number)
    doc = Document(footer=title)
    doc.set_title(title)
    doc.add_page()
    _header(doc, act, code)
    _table(doc, act, code)
    _totals(doc, act, code)
    _signatures(doc, act, code)
    save_pdf(doc, out)
    return len(act.items)
