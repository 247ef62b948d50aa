"""Asset labels: an A4 sheet of 21 labels (3 x 7, 63.5 x 38.1 mm) with tag, post, QR code and
a "property of / funded by" line from the item's agency and project.

The QR code holds only the asset tag, so a scanner that types what it reads can feed the
stock-take's scan box directly. By default only items still held get labels: lost, stolen
and written-off items are left out unless a status is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import qrcode

from bordertrack.domain.entities import entity
from bordertrack.domain.errors import UnknownField, error_template
from bordertrack.i18n import normalise, store_language, translate, vocab_label
from bordertrack.services.reports.errors import ReportCancelled, ReportProblem
from bordertrack.services.reports.pdf_common import FONT, Document, save_pdf
from bordertrack.store.database import Store
from bordertrack.store.query import live

COLUMNS, ROWS = 3, 7
WIDTH, HEIGHT = 63.5, 38.1
LEFT, TOP, GAP = 7.2, 15.1, 2.5
QR_SIZE = 24.0
GONE = ("lost", "stolen", "written_off")


def select_items(
    store: Store,
    where: dict[str, str] | None = None,
    ids: list[str] | None = None,
    *,
    include_gone: bool = False,
    lang: str = "en",
) -> list[dict[str, Any]]:
    """Live items by exact field values or by ids, with names in `lang`, by asset tag.

    Items lost, stolen or written off are left out unless `include_gone`, or a status is
    named in `where`, or the items are named by id."""
    equipment = entity("equipment")
    clauses, params = [live("e")], []
    if not include_gone and ids is None and "status" not in (where or {}):
        clauses.append(f"e.status NOT IN {GONE}")
    for name, value in (where or {}).items():
        if not equipment.has_field(name):
            raise UnknownField("equipment", name, equipment.field_names)
        clauses.append(f'e."{name}" = ?')
        params.append(value)
    if ids is not None:
        clauses.append(f"e.id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    rows = store.conn.execute(
        f"""SELECT e.asset_tag, e.serial, e.category, COALESCE({_name("m", lang)}, e.model),
                   COALESCE({_name("p", lang)}, e.post), COALESCE({_name("a", lang)}, p.agency),
                   pr.donor, e.project
            FROM equipment e LEFT JOIN equipment_model m ON m.code = e.model
            LEFT JOIN post p ON p.code = e.post LEFT JOIN agency a ON a.code = p.agency
            LEFT JOIN project pr ON pr.code = e.project
            WHERE {" AND ".join(clauses)} ORDER BY e.asset_tag""",
        params,
    ).fetchall()
    keys = ("asset_tag", "serial", "category", "model", "post", "agency", "donor", "project")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def _name(alias: str, lang: str) -> str:
    if lang in ("ru", "ky"):
        return f"NULLIF(COALESCE(NULLIF({alias}.name_{lang}, ''), {alias}.name), '')"
    return f"{alias}.name"


def ownership(item: dict[str, Any], lang: str) -> list[str]:
    """'Property of Border Service' and 'Funded by European Union (BOMCA10)', as known."""
    out = []
    if item["agency"]:
        out.append(translate(lang, "report", "Property of {owner}").format(owner=item["agency"]))
    if item["donor"] or item["project"]:
        funder = item["donor"] or item["project"]
        if item["donor"] and item["project"]:
            funder = f"{item['donor']} ({item['project']})"
        out.append(translate(lang, "report", "Funded by {donor}").format(donor=funder))
    return out


def _qr(text: str) -> Any:
    code = qrcode.QRCode(border=1, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return code.make_image().get_image()


def _label(doc: Document, x: float, y: float, item: dict[str, Any], lang: str) -> None:
    doc.set_draw_color(200)
    doc.rect(x, y, WIDTH, HEIGHT)
    doc.image(_qr(item["asset_tag"]), x + 1.5, y + 1.5, QR_SIZE, QR_SIZE)
    tx, tw = x + QR_SIZE + 3, WIDTH - QR_SIZE - 4.5
    doc.set_xy(tx, y + 2.5)
    doc.set_font(FONT, "B", 9.5)
    doc.multi_cell(tw, 4.2, item["asset_tag"], align="L", new_x="LEFT", new_y="NEXT")
    doc.set_font(FONT, size=6.5)
    model = item["model"] or vocab_label(lang, "equipment_category", item["category"])
    lines = [item["post"], model]
    if item["serial"]:
        lines.append(f"S/N {item['serial']}")
    for line in lines:
        if line and doc.get_y() < y + QR_SIZE - 1:
            doc.set_x(tx)
            doc.multi_cell(tw, 3.0, str(line), align="L", new_x="LEFT", new_y="NEXT")
    doc.set_font(FONT, "B", 6)
    doc.set_xy(x + 1.5, y + QR_SIZE + 2)
    for line in ownership(item, lang):  # across the label's foot, under the QR code
        if doc.get_y() < y + HEIGHT - 3:
            doc.set_x(x + 1.5)
            doc.multi_cell(WIDTH - 3, 3.0, line, align="L", new_x="LEFT", new_y="NEXT")


def write_labels_pdf(
    store: Store,
    out: Path,
    items: list[dict[str, Any]],
    *,
    on_progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    lang: str | None = None,
) -> int:
    """Write one label per item (from `select_items`); returns the number of labels."""
    code = normalise(lang) if lang else store_language(store)
    if not items:
        raise ReportProblem(error_template("No items match; choose other items or another filter."))
    doc = Document(numbered=False)
    doc.set_auto_page_break(False)
    per_page = COLUMNS * ROWS
    for n, item in enumerate(items):
        if n % per_page == 0:
            if is_cancelled and is_cancelled():
                raise ReportCancelled()
            doc.add_page()
            if on_progress:
                on_progress(n, len(items))
        col, row = n % COLUMNS, (n % per_page) // COLUMNS
        _label(doc, LEFT + col * (WIDTH + GAP), TOP + row * HEIGHT, item, code)
    save_pdf(doc, out)
    if on_progress:
        on_progress(len(items), len(items))
    return len(items)
