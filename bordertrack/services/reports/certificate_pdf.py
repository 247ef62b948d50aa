"""The certificate's page: holder, course, hours, dates and place, project and donor, two named
signatories, and a QR code with a check line anyone can use without BorderTrack."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

import qrcode

from bordertrack.i18n import format_date, translate
from bordertrack.services.reports.pdf_common import FONT, Document

LANGS = ("en", "ru", "ky")
BLUE = (48, 84, 150)


def check_target(cert: dict[str, Any]) -> str:
    """What the QR code holds: the programme's check page with number and code, or, with no
    page, a plain line a person can read out to the programme office."""
    if cert.get("check_url"):
        sep = "&" if "?" in cert["check_url"] else "?"
        return f"{cert['check_url']}{sep}{urlencode({'n': cert['number'], 'c': cert['code']})}"
    return f"CERTIFICATE {cert['number']} CODE {cert['code']}"


def _qr(text: str) -> Any:
    code = qrcode.QRCode(border=1, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return code.make_image().get_image()


def _centre(doc: Document, y: float, text: str, size: float, bold: bool = False) -> float:
    """Centred text (wrapped if long) from `y`; returns the y below it."""
    doc.set_font(FONT, "B" if bold else "", size)
    doc.set_xy(25, y)
    doc.multi_cell(doc.w - 50, size * 0.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
    return doc.get_y()


def _what(cert: dict[str, Any], lang: str) -> str:
    """'40 hours, from 03.03.2025 to 07.03.2025, Training room, Torugart'."""
    if cert["hours"]:
        length = translate(lang, "report", "{hours} academic hours").format(hours=cert["hours"])
    elif cert["days"]:
        length = translate(lang, "report", "{days} days").format(days=cert["days"])
    else:
        length = ""
    dates = translate(lang, "report", "from {start} to {end}").format(
        start=format_date(lang, cert["start_date"]), end=format_date(lang, cert["end_date"])
    )
    return ", ".join(p for p in (length, dates, cert["place_name"]) if p)


def draw_certificate(doc: Document, cert: dict[str, Any], lang: str, today: dt.date) -> None:
    """Draw the whole certificate on the current (landscape) page."""
    doc.set_line_width(1.2)
    doc.set_draw_color(*BLUE)
    doc.rect(10, 10, doc.w - 20, doc.h - 20)
    doc.set_line_width(0.3)
    doc.rect(13, 13, doc.w - 26, doc.h - 26)
    doc.set_draw_color(0)
    if cert["duplicate"]:
        doc.set_text_color(176, 0, 32)
        doc.set_font(FONT, "B", 14)
        doc.set_xy(doc.w - 95, 18)
        doc.cell(75, 7, translate(lang, "report", "DUPLICATE"), align="R")
        doc.set_font(FONT, size=8)
        doc.set_xy(doc.w - 125, 25)
        note = translate(lang, "report", "Issued {issued}; this copy printed {today}")
        doc.cell(105, 5, note.format(issued=format_date(lang, cert["issued"]),
                                     today=format_date(lang, today)), align="R")  # fmt: skip
        doc.set_text_color(0)
    y = _centre(doc, 30, translate(lang, "report", "CERTIFICATE"), 28, bold=True)
    y = _centre(doc, y + 1, translate(lang, "report", "of course completion"), 13)
    y = _centre(doc, y + 5, translate(lang, "report", "This is to certify that"), 11)
    y = _centre(doc, y + 2, cert["holder"], 22, bold=True)
    who = ", ".join(v for v in (cert["rank"], cert["agency"]) if v)
    if who:
        y = _centre(doc, y + 1, who, 11)
    y = _centre(doc, y + 3, translate(lang, "report", "has successfully completed the course"), 11)
    y = _centre(doc, y + 2, cert["course_title"] or cert["course"], 17, bold=True)
    y = _centre(doc, y + 2, _what(cert, lang), 11)
    if cert["project"]:
        line = translate(lang, "report", "under the project {project}, funded by {donor}")
        project = (
            f"{cert['project']} - {cert['project_name']}"
            if cert["project_name"]
            else cert["project"]
        )
        y = _centre(doc, y + 1, line.format(project=project, donor=cert["donor"] or "-"), 10)
    _signatures(doc, cert, lang)
    _check(doc, cert, lang)


def _signatures(doc: Document, cert: dict[str, Any], lang: str) -> None:
    """Two named signatories on the right, each above their job title."""
    width, x0, y = 75.0, doc.w - 2 * 75 - 30, 150.0
    for i, (name, title) in enumerate(cert["signers"]):
        x = x0 + i * (width + 8)
        doc.set_xy(x, y)
        doc.set_font(FONT, size=10)
        doc.cell(width, 8, "_" * 34, align="C", new_x="LEFT", new_y="NEXT")
        doc.set_font(FONT, "B", 10)
        doc.cell(width, 5, name, align="C", new_x="LEFT", new_y="NEXT")
        doc.set_font(FONT, size=9)
        doc.multi_cell(width, 4.5, title, align="C", new_x="LEFT", new_y="NEXT")
    doc.set_font(FONT, size=9)
    doc.set_xy(x0, y + 26)
    date = translate(lang, "report", "Date of issue: {date}").format(
        date=format_date(lang, cert["issued"] or dt.date.today())
    )
    doc.cell(2 * width + 8, 5, date, align="C")


def _check(doc: Document, cert: dict[str, Any], lang: str) -> None:
    """QR code and the short check line, bottom left."""
    size, x, y = 30.0, 22.0, doc.h - 22 - 30
    doc.image(_qr(check_target(cert)), x, y, size, size)
    tx, tw = x + size + 4, 90.0
    doc.set_xy(tx, y + 2)
    doc.set_font(FONT, "B", 10)
    doc.cell(tw, 5, translate(lang, "report", "Certificate No. {number}").format(number=cert["number"]),
             new_x="LEFT", new_y="NEXT")  # fmt: skip
    doc.cell(tw, 5, translate(lang, "report", "Check code: {code}").format(code=cert["code"]),
             new_x="LEFT", new_y="NEXT")  # fmt: skip
    doc.set_font(FONT, size=7.5)
    if cert["check_url"]:
        text = translate(
            lang,
            "report",
            "To check: scan the code or open {url} and enter the number and check code; the name shown must match.",
        )
        text = text.format(url=cert["check_url"])
    else:
        text = translate(
            lang,
            "report",
            "To check: give the number and check code to the programme office; the name they read back must match.",
        )
    doc.multi_cell(tw, 3.6, text, align="L", new_x="LEFT", new_y="NEXT")
