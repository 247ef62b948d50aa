"""Asset labels: an A4 sheet of 21 labels (3 x 7, 63.5 x 38.1 mm) with tag, post and QR code.

The QR code holds only the asset tag, so a scanner that types what it reads can feed the
stock-take's scan box directly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import qrcode

from bordertrack.domain.vocabularies import label
from bordertrack.services.reports.errors import ReportCancelled, ReportProblem
from bordertrack.services.reports.pdf_common import FONT, Document, save_pdf
from bordertrack.store.database import Store
from bordertrack.store.query import Reads, View

COLUMNS, ROWS = 3, 7
WIDTH, HEIGHT = 63.5, 38.1
LEFT, TOP, GAP = 7.2, 15.1, 2.5
QR_SIZE = 27.0


def select_items(
    store: Store, where: dict[str, str] | None = None, ids: list[str] | None = None
) -> list[dict[str, Any]]:
    """Live items by exact field values or by ids, with post and model names, by asset tag."""
    reads = Reads(store)
    found = reads.ids(View("equipment", filters=dict(where or {}), order=("asset_tag", False)))
    if ids is not None:
        wanted = set(ids)
        found = [i for i in found if i in wanted]
    keys = ("asset_tag", "serial", "category", "model", "post")
    rows = reads.rows("equipment", found, keys)
    models = reads.titles("equipment_model", (rows[i][3] for i in found))
    posts = reads.titles("post", (rows[i][4] for i in found))
    out = []
    for i in found:
        tag, serial, category, model, post = rows[i]
        out.append(
            dict(
                zip(
                    keys,
                    (tag, serial, category, models.get(model, model), posts.get(post, post)),
                    strict=True,
                )
            )
        )
    return out


def _qr(text: str) -> Any:
    code = qrcode.QRCode(border=1, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return code.make_image().get_image()


def _label(doc: Document, x: float, y: float, item: dict[str, Any]) -> None:
    doc.set_draw_color(200)
    doc.rect(x, y, WIDTH, HEIGHT)
    doc.image(_qr(item["asset_tag"]), x + 2, y + (HEIGHT - QR_SIZE) / 2, QR_SIZE, QR_SIZE)
    tx, tw = x + QR_SIZE + 4, WIDTH - QR_SIZE - 6
    doc.set_xy(tx, y + 5)
    doc.set_font(FONT, "B", 10)
    doc.multi_cell(tw, 4.5, item["asset_tag"], align="L", new_x="LEFT", new_y="NEXT")
    doc.set_font(FONT, size=7)
    lines = [item["post"], item["model"] or label("equipment_category", item["category"])]
    if item["serial"]:
        lines.append(f"S/N {item['serial']}")
    for line in lines:
        if line and doc.get_y() < y + HEIGHT - 5:
            doc.set_x(tx)
            doc.multi_cell(tw, 3.4, str(line), align="L", new_x="LEFT", new_y="NEXT")


def write_labels_pdf(
    store: Store,
    out: Path,
    items: list[dict[str, Any]],
    *,
    on_progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write one label per item (from `select_items`); returns the number of labels."""
    if not items:
        raise ReportProblem("No items match; choose other items or another filter.")
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
        _label(doc, LEFT + col * (WIDTH + GAP), TOP + row * HEIGHT, item)
    save_pdf(doc, out)
    if on_progress:
        on_progress(len(items), len(items))
    return len(items)
