"""Course completion certificates: the facts, issuing (the check code), reprints, checking.

The check code is the first 10 base32 characters of SHA-256 over a canonical line of the
certificate as issued: its number, the holder's name as printed, the course and the end date.
It is stored on the enrolment when the certificate is first printed, with the name as printed
and the day, so a later correction of the name in the register does not turn the genuine
paper into a forgery, and a reprint keeps the number and code and says "duplicate".
Anyone can check a paper without BorderTrack: the QR code and the check line give the number
and code, which a coordinator's device or the list the programme publishes
(certificate_list.py) confirms together with the name as issued.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import unicodedata
from pathlib import Path
from typing import Any

from bordertrack.domain.errors import error_template
from bordertrack.i18n import normalise, store_language
from bordertrack.services import records
from bordertrack.services.reports.certificate_pdf import LANGS, draw_certificate
from bordertrack.services.reports.errors import ReportProblem
from bordertrack.services.reports.pdf_common import Document, save_pdf
from bordertrack.store.database import Store
from bordertrack.store.query import live

_VERSION = "BT-CERT-1"
SIGNERS_SETTING = "certificate_signers"
CHECK_URL_SETTING = "certificate_check_url"


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


def _name(alias: str, lang: str) -> str:
    if lang in ("ru", "ky"):
        return f"COALESCE(NULLIF({alias}.name_{lang}, ''), {alias}.name)"
    return f"{alias}.name"


def _sql(where: str, lang: str = "en") -> str:
    return f"""
    SELECT en.id, en.certificate_number, en.result, en.score, p.full_name, p.rank,
           COALESCE({_name("a", lang)}, p.agency), s.course, c.title, c.duration_days, c.hours,
           s.start_date, s.end_date, s.place, s.trainers, s.post, {_name("po", lang)},
           s.project, pr.name, pr.donor, en.certificate_issued, en.certificate_holder,
           en.certificate_code
    FROM enrolment en
    JOIN person p ON p.id = en.person
    JOIN training_session s ON s.id = en.session
    LEFT JOIN course c ON c.code = s.course
    LEFT JOIN agency a ON a.code = p.agency
    LEFT JOIN post po ON po.code = s.post
    LEFT JOIN project pr ON pr.code = s.project
    WHERE {live("en")} AND {where}"""


_KEYS = ("enrolment", "number", "result", "score", "holder", "rank", "agency", "course",
         "course_title", "days", "hours", "start_date", "end_date", "place", "trainers",
         "post", "post_name", "project", "project_name", "donor", "issued", "issued_holder",
         "issued_code")  # fmt: skip


def _facts(row: tuple) -> dict[str, Any]:
    cert = dict(zip(_KEYS, row, strict=True))
    cert["place_name"] = place_name(cert["place"], cert["post"], cert["post_name"])
    cert["code"] = cert["issued_code"] or check_code(
        cert["number"], cert["issued_holder"] or cert["holder"], cert["course"], cert["end_date"]
    )
    return cert


def place_name(place: str | None, post: str | None, post_name: str | None) -> str:
    """'Training room, Torugart': the place typed, with a post code in it replaced by the
    post's name, and the post's name added when the place does not say it."""
    place = (place or "").strip()
    if post and post_name:
        words = place.split()
        if words and words[0] == post:
            place = " ".join(words[1:]).capitalize()
        if post_name.casefold() not in place.casefold():
            place = ", ".join(p for p in (place, post_name) if p)
    return place


def load_certificate(store: Store, enrolment_id: str, lang: str = "en") -> dict[str, Any]:
    """The certificate's facts with its code; refuses enrolments that did not pass."""
    row = store.conn.execute(_sql("en.id = ?", lang), (enrolment_id,)).fetchone()
    if row is None:
        raise ReportProblem(
            error_template(
                "No enrolment '{enrolment_id}'; take the id from the session's list of trainees."
            ),
            enrolment_id=enrolment_id,
        )
    cert = _facts(row)
    if cert["result"] != "passed":
        raise ReportProblem(
            error_template(
                "{holder} has not passed this course (result: {result}); record the result first."
            ),
            holder=cert["holder"],
            result=cert["result"] or "none",
        )
    if not cert["number"]:
        raise ReportProblem(
            error_template("{holder} has no certificate number; enter one on the enrolment first."),
            holder=cert["holder"],
        )
    return cert


def verify_certificate(store: Store, number: str, code: str) -> dict[str, Any]:
    """The register's facts for a certificate number whose code matches; raises otherwise.

    `holder` is the name as printed on the certificate; `current_holder` the register's
    name today (they differ after a correction, and the paper is still genuine)."""
    rows = store.conn.execute(
        _sql("upper(en.certificate_number) = upper(?)"), (number.strip(),)
    ).fetchall()
    if not rows:
        raise ReportProblem(
            error_template(
                "No certificate number '{number}' in this register; check the number or ask the "
                "coordinator whose register holds it."
            ),
            number=number,
        )
    for row in rows:
        cert = _facts(row)
        if codes_match(cert["code"], code):
            cert["current_holder"] = cert["holder"]
            cert["holder"] = cert["issued_holder"] or cert["holder"]
            return cert
    raise ReportProblem(
        error_template(
            "The check code '{code}' does not belong to certificate '{number}': the certificate "
            "may have been altered; compare it with the register."
        ),
        code=code,
        number=number,
    )


def signers(store: Store) -> list[tuple[str, str]]:
    """The two people who sign certificates ('name|job title' lines in the settings)."""
    out = []
    for line in (store.setting(SIGNERS_SETTING) or "").splitlines():
        name, _, title = line.partition("|")
        if name.strip():
            out.append((name.strip(), title.strip()))
    return out[:2]


def set_signers(store: Store, people: list[tuple[str, str]]) -> None:
    """Remember who signs certificates on this device."""
    store.set_setting(SIGNERS_SETTING, "\n".join(f"{n}|{t}" for n, t in people))


def _issue(store: Store, cert: dict[str, Any], operator: str) -> None:
    """Record the certificate as issued on its first printing (reprints change nothing)."""
    if cert["issued"]:
        return
    today = dt.date.today().isoformat()
    records.update(store, "enrolment", cert["enrolment"], {
        "certificate_issued": today, "certificate_holder": cert["holder"],
        "certificate_code": cert["code"]}, operator=operator)  # fmt: skip
    cert["issued"], cert["issued_holder"], cert["issued_code"] = today, cert["holder"], cert["code"]


def write_certificate_pdf(
    store: Store,
    enrolment_id: str,
    out: Path,
    lang: str | None = None,
    *,
    operator: str = "",
) -> dict[str, Any]:
    """One landscape page; the first print issues the certificate, later ones are duplicates.

    Returns the certificate's facts (number, code, holder as printed, duplicate...)."""
    code = normalise(lang) if lang else store_language(store)
    code = code if code in LANGS else "en"
    people = signers(store)
    if len(people) < 2:
        raise ReportProblem(
            error_template(
                "Name the two people who sign certificates first (Reports > Certificates, or "
                "--signer 'Name|Job title' twice)."
            )
        )
    cert = load_certificate(store, enrolment_id, code)
    cert["holder"] = cert["issued_holder"] or cert["holder"]
    cert["duplicate"] = bool(cert["issued"])
    cert["signers"] = people
    cert["check_url"] = (store.setting(CHECK_URL_SETTING) or "").strip()
    doc = Document(orientation="landscape", numbered=False)
    doc.set_auto_page_break(False)
    doc.add_page()
    draw_certificate(doc, cert, code, dt.date.today())
    save_pdf(doc, out)
    _issue(store, cert, operator)  # only once the paper exists
    return cert
