"""The printable hand-over act: number, date, parties, every item, totals, signature lines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bordertrack.i18n import normalise, store_language, vocab_label
from bordertrack.services.reports.errors import ReportProblem
from bordertrack.services.reports.pdf_common import FONT, Document, money, save_pdf
from bordertrack.store.database import Store

# The act's own words. An act is a legal paper signed in the language chosen for it, so
# its text lives here, reviewed as one piece, rather than in the GUI's catalogue.
TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Hand-over act No. {number}",
        "date": "Date",
        "project": "Project",
        "from": "Handed over by",
        "to": "Received by",
        "intro": "The equipment listed below has been handed over and received in the "
        "condition stated in the register.",
        "no": "No.",
        "tag": "Asset tag",
        "serial": "Serial",
        "model": "Model",
        "category": "Category",
        "value": "Value",
        "total": "Total: {count} items, value {value}",
        "notes": "Notes",
        "handed": "Handed over",
        "received": "Received",
        "name": "Name",
        "signature": "Signature",
        "signed_date": "Date",
    },
    "ru": {
        "title": "Акт приёма-передачи № {number}",
        "date": "Дата",
        "project": "Проект",
        "from": "Передающая сторона",
        "to": "Принимающая сторона",
        "intro": "Нижеперечисленное оборудование передано и принято в состоянии, "
        "указанном в реестре.",
        "no": "№",
        "tag": "Инв. номер",
        "serial": "Серийный номер",
        "model": "Модель",
        "category": "Категория",
        "value": "Стоимость",
        "total": "Итого: {count} ед. на сумму {value}",
        "notes": "Примечания",
        "handed": "Сдал",
        "received": "Принял",
        "name": "ФИО",
        "signature": "Подпись",
        "signed_date": "Дата",
    },
}


def act_language(store: Store, lang: str | None) -> str:
    """The chosen language if the act has its text, else the device's, else English."""
    code = normalise(lang) if lang else store_language(store)
    return code if code in TEXT else "en"


def load_act(store: Store, act_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The act with its parties' names, and its items with model names, ordered by asset tag."""
    row = store.conn.execute(
        """SELECT a.number, a.act_date, a.handed_by, a.received_by, a.notes,
                  COALESCE(fp.name, a.from_post), COALESCE(fa.name, a.from_agency, fpa.name),
                  COALESCE(tp.name, a.to_post), COALESCE(ta.name, a.to_agency, tpa.name),
                  a.project, pr.name, pr.currency
           FROM handover_act a
           LEFT JOIN post fp ON fp.code = a.from_post LEFT JOIN post tp ON tp.code = a.to_post
           LEFT JOIN agency fa ON fa.code = a.from_agency LEFT JOIN agency ta ON ta.code = a.to_agency
           LEFT JOIN agency fpa ON fpa.code = fp.agency LEFT JOIN agency tpa ON tpa.code = tp.agency
           LEFT JOIN project pr ON pr.code = a.project
           WHERE (a.id = :act OR a.number = :act) AND a._deleted = 0""",
        {"act": act_id},
    ).fetchone()
    if row is None:
        raise ReportProblem(
            f"No hand-over act '{act_id}'; give the act's id or number (see 'list handover_act')."
        )
    keys = ("number", "act_date", "handed_by", "received_by", "notes", "from_post",
            "from_agency", "to_post", "to_agency", "project", "project_name", "currency")  # fmt: skip
    act = dict(zip(keys, row, strict=True))
    items = store.conn.execute(
        """SELECT e.asset_tag, e.serial, COALESCE(m.name, e.model), e.category, e.value
           FROM handover_act a JOIN handover_item h ON h.act = a.id AND h._deleted = 0
           JOIN equipment e ON e.id = h.item
           LEFT JOIN equipment_model m ON m.code = e.model
           WHERE (a.id = :act OR a.number = :act) AND a._deleted = 0
           ORDER BY e.asset_tag""",
        {"act": act_id},
    ).fetchall()
    cols = ("asset_tag", "serial", "model", "category", "value")
    return act, [dict(zip(cols, r, strict=True)) for r in items]


def _party(act: dict[str, Any], side: str) -> str:
    post, agency = act[f"{side}_post"], act[f"{side}_agency"]
    return f"{agency}, {post}" if agency else str(post)


def _signatures(doc: Document, t: dict[str, str], act: dict[str, Any]) -> None:
    if doc.will_page_break(40):
        doc.add_page()
    doc.ln(10)
    width = (doc.epw - 10) / 2
    y = doc.get_y()
    for i, (title, person) in enumerate(
        ((t["handed"], act["handed_by"]), (t["received"], act["received_by"]))
    ):
        x = doc.l_margin + i * (width + 10)
        doc.set_xy(x, y)
        doc.set_font(FONT, "B", 11)
        doc.cell(width, 7, title, new_x="LEFT", new_y="NEXT")
        doc.set_font(FONT, size=10)
        doc.cell(width, 7, f"{t['name']}: {person}", new_x="LEFT", new_y="NEXT")
        for label in (t["signature"], t["signed_date"]):
            doc.cell(width, 10, f"{label}: " + "_" * 30, new_x="LEFT", new_y="NEXT")


def write_handover_pdf(store: Store, act_id: str, out: Path, lang: str | None = None) -> int:
    """Write the act; returns the number of items listed (every line of the act)."""
    code = act_language(store, lang)
    t = TEXT[code]
    act, items = load_act(store, act_id)
    doc = Document(footer=t["title"].format(number=act["number"]))
    doc.add_page()
    doc.heading(t["title"].format(number=act["number"]))
    doc.pair(t["date"], act["act_date"])
    if act["project"]:
        doc.pair(t["project"], f"{act['project']} - {act['project_name'] or ''}")
    doc.pair(t["from"], _party(act, "from"))
    doc.pair(t["to"], _party(act, "to"))
    doc.ln(2)
    doc.multi_cell(0, 5, t["intro"], new_x="LMARGIN", new_y="NEXT")
    doc.ln(3)
    doc.set_font(FONT, size=9)
    with doc.table(
        col_widths=(10, 28, 34, 48, 40, 20),
        text_align=("RIGHT", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT"),
        line_height=5.5,
    ) as grid:
        grid.row([t[k] for k in ("no", "tag", "serial", "model", "category", "value")])
        for n, item in enumerate(items, start=1):
            grid.row(
                [str(n), item["asset_tag"] or "", item["serial"] or "", item["model"] or "",
                 vocab_label(code, "equipment_category", item["category"]), money(item["value"])]
            )  # fmt: skip
    total = sum(i["value"] or 0 for i in items)
    doc.ln(3)
    doc.set_font(FONT, "B", 10)
    value = f"{money(total)} {act['currency'] or ''}".strip()
    doc.cell(0, 6, t["total"].format(count=len(items), value=value), new_x="LMARGIN", new_y="NEXT")
    doc.set_font(FONT, size=10)
    if act["notes"]:
        doc.pair(t["notes"], act["notes"])
    _signatures(doc, t, act)
    save_pdf(doc, out)
    return len(items)
