"""Course completion certificates with a check code that shows whether one was altered.

The code is the first 10 base32 characters of SHA-256 over a canonical line of the
certificate's number, holder, course and date. It is not a secret: it lets anyone with
the register (a coordinator, an employer who phones the office) tell a true certificate
from one whose name, course, date or number was changed after printing.
"""

from __future__ import annotations

import base64
import hashlib
import unicodedata
from pathlib import Path
from typing import Any

from bordertrack.services.reports.errors import ReportProblem
from bordertrack.services.reports.pdf_common import FONT, Document, save_pdf
from bordertrack.store.database import Store

_VERSION = "BT-CERT-1"


def _canon(text: str | None) -> str:
    """Case, accents' composition and spacing do not change a certificate's meaning."""
    text = unicodedata.normalize("NFC", text or "")
    return " ".join(text.split()).casefold()


def check_code(number: str, holder: str, course: str, date: str) -> str:
    """'ABCDE-FGHIJ': 10 base32 characters of SHA-256 over the canonical certificate line."""
    line = "|".join([_VERSION, *(_canon(v) for v in (number, holder, course, date))])
    digest = base64.b32encode(hashlib.sha256(line.encode("utf-8")).digest()).decode("ascii")
    return f"{digest[:5]}-{digest[5:10]}"


def codes_match(expected: str, given: str) -> bool:
    """Compare ignoring dashes, spaces and case, as people type codes back from paper."""

    def clean(code: str) -> str:
        return "".join(ch for ch in code.upper() if ch.isalnum())

    return clean(expected) == clean(given)


_CERT_SQL = """
    SELECT en.id, en.certificate_number, en.result, en.score, p.full_name, p.rank,
           COALESCE(a.name, p.agency), s.course, c.title, c.duration_days,
           s.start_date, s.end_date, s.place, s.trainers
    FROM enrolment en
    JOIN person p ON p.id = en.person
    JOIN training_session s ON s.id = en.session
    LEFT JOIN course c ON c.code = s.course
    LEFT JOIN agency a ON a.code = p.agency
    WHERE en._deleted = 0 AND {where}"""
_CERT_KEYS = ("enrolment", "number", "result", "score", "holder", "rank", "agency", "course",
              "course_title", "days", "start_date", "end_date", "place", "trainers")  # fmt: skip


def load_certificate(store: Store, enrolment_id: str) -> dict[str, Any]:
    """The certificate's facts with its code; refuses enrolments that did not pass."""
    row = store.conn.execute(_CERT_SQL.format(where="en.id = ?"), (enrolment_id,)).fetchone()
    if row is None:
        raise ReportProblem(
            f"No enrolment '{enrolment_id}'; take the id from the session's list of trainees."
        )
    cert = dict(zip(_CERT_KEYS, row, strict=True))
    if cert["result"] != "passed":
        raise ReportProblem(
            f"{cert['holder']} has not passed this course (result: {cert['result'] or 'none'}); "
            "record the result first."
        )
    if not cert["number"]:
        raise ReportProblem(
            f"{cert['holder']} has no certificate number; enter one on the enrolment first."
        )
    cert["code"] = check_code(cert["number"], cert["holder"], cert["course"], cert["end_date"])
    return cert


def verify_certificate(store: Store, number: str, code: str) -> dict[str, Any]:
    """The register's facts for a certificate number whose code matches; raises otherwise."""
    rows = store.conn.execute(
        _CERT_SQL.format(where="upper(en.certificate_number) = upper(?)"), (number.strip(),)
    ).fetchall()
    if not rows:
        raise ReportProblem(
            f"No certificate number '{number}' in this register; check the number or ask the "
            "coordinator whose register holds it."
        )
    for row in rows:
        cert = dict(zip(_CERT_KEYS, row, strict=True))
        cert["code"] = check_code(cert["number"], cert["holder"], cert["course"], cert["end_date"])
        if codes_match(cert["code"], code):
            return cert
    raise ReportProblem(
        f"The check code '{code}' does not belong to certificate '{number}': the certificate "
        "may have been altered; compare it with the register."
    )


def write_certificate_pdf(store: Store, enrolment_id: str, out: Path) -> dict[str, Any]:
    """One landscape page; returns the certificate's facts (number, code, holder...)."""
    cert = load_certificate(store, enrolment_id)
    doc = Document(orientation="landscape", numbered=False)
    doc.set_auto_page_break(False)
    doc.add_page()
    doc.set_line_width(1.2)
    doc.set_draw_color(48, 84, 150)
    doc.rect(10, 10, doc.w - 20, doc.h - 20)
    doc.set_line_width(0.3)
    doc.rect(13, 13, doc.w - 26, doc.h - 26)
    doc.set_draw_color(0)
    _centre(doc, 40, "CERTIFICATE", 30, bold=True)
    _centre(doc, 56, "of course completion", 14)
    _centre(doc, 74, "This is to certify that", 12)
    _centre(doc, 86, cert["holder"], 24, bold=True)
    who = ", ".join(v for v in (cert["rank"], cert["agency"]) if v)
    if who:
        _centre(doc, 98, who, 12)
    _centre(doc, 112, "has successfully completed the course", 12)
    _centre(doc, 124, cert["course_title"] or cert["course"], 18, bold=True)
    when = f"held {cert['start_date']} to {cert['end_date']}"
    if cert["place"]:
        when += f" at {cert['place']}"
    _centre(doc, 136, when, 12)
    if cert["trainers"]:
        _centre(doc, 145, f"Trainers: {cert['trainers']}", 10)
    doc.set_font(FONT, size=10)
    doc.set_xy(25, 165)
    doc.cell(120, 6, f"Certificate No. {cert['number']}", new_x="LEFT", new_y="NEXT")
    doc.cell(120, 6, f"Check code: {cert['code']}", new_x="LEFT", new_y="NEXT")
    doc.set_font(FONT, size=8)
    doc.cell(120, 5, "Verify: bordertrack verify-certificate NUMBER CODE")
    doc.set_font(FONT, size=10)
    doc.set_xy(doc.w - 125, 172)
    doc.cell(100, 6, "_" * 40, align="C", new_x="LEFT", new_y="NEXT")
    doc.cell(100, 6, "Trainer / Course director", align="C")
    save_pdf(doc, out)
    return cert


def _centre(doc: Document, y: float, text: str, size: int, bold: bool = False) -> None:
    doc.set_font(FONT, "B" if bold else "", size)
    doc.set_xy(15, y)
    doc.cell(doc.w - 30, size * 0.5, text, align="C")
