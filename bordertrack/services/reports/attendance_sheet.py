"""A printable attendance roster for a session: names, one box per day, a signature column.

Classrooms at remote posts often have no computer; the trainer ticks the paper and types
the marks back in the attendance grid later, so the sheet lists people in the grid's order.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bordertrack.domain.errors import BorderTrackError
from bordertrack.i18n import normalise, store_language
from bordertrack.services.reports.errors import ReportProblem
from bordertrack.services.reports.pdf_common import FONT, Document, save_pdf
from bordertrack.services.training import session_days
from bordertrack.store.database import Store

DAYS_PER_PAGE = 7
BLANK_ROWS = 3
TEXT = {
    "en": {
        "title": "Attendance sheet",
        "course": "Course",
        "dates": "Dates",
        "place": "Place",
        "trainers": "Trainers",
        "no": "No.",
        "name": "Full name",
        "agency": "Agency",
        "service": "Service No.",
        "signature": "Signature",
        "legend": "Mark each day: P present, L late, E excused, A absent.",
        "trainer_sign": "Trainer's signature: ______________________",
    },
    "ru": {
        "title": "Лист посещаемости",
        "course": "Курс",
        "dates": "Даты",
        "place": "Место",
        "trainers": "Тренеры",
        "no": "№",
        "name": "ФИО",
        "agency": "Ведомство",
        "service": "Табельный №",
        "signature": "Подпись",
        "legend": "Отметка за день: П присутствовал, О опоздал, У уважительная причина, "
        "Н отсутствовал.",
        "trainer_sign": "Подпись тренера: ______________________",
    },
}


def _roster(store: Store, session_id: str) -> tuple[dict[str, str], list[tuple[str, ...]]]:
    head = store.conn.execute(
        "SELECT COALESCE(c.title, s.course), s.start_date, s.end_date, s.place, s.trainers "
        "FROM training_session s LEFT JOIN course c ON c.code = s.course "
        "WHERE s.id = ? AND s._deleted = 0",
        (session_id,),
    ).fetchone()
    if head is None:
        raise ReportProblem(
            f"No course session '{session_id}'; take the id from the Training screen or "
            "'list training_session'."
        )
    people = store.conn.execute(
        "SELECT COALESCE(p.full_name, e.person), COALESCE(a.name, p.agency, ''), "
        "COALESCE(p.service_number, '') FROM enrolment e "
        "LEFT JOIN person p ON p.id = e.person LEFT JOIN agency a ON a.code = p.agency "
        "WHERE e._deleted = 0 AND e.session = ? "
        "ORDER BY p.full_name COLLATE NOCASE, e.id",
        (session_id,),
    ).fetchall()
    keys = ("course", "start", "end", "place", "trainers")
    return dict(zip(keys, head, strict=True)), people


def write_attendance_sheet(
    store: Store, session_id: str, out: Path, lang: str | None = None
) -> int:
    """Write the roster (a page per week of the session); returns the number of people listed."""
    code = normalise(lang) if lang else store_language(store)
    t = TEXT.get(code, TEXT["en"])
    head, people = _roster(store, session_id)
    try:
        days = session_days(store, session_id)
    except BorderTrackError as exc:
        raise ReportProblem(str(exc)) from None
    doc = Document(orientation="landscape", footer=f"{t['title']}: {head['course']}")
    for first in range(0, len(days), DAYS_PER_PAGE):
        doc.add_page()
        doc.heading(t["title"], 14)
        doc.pair(t["course"], head["course"], 30)
        doc.pair(t["dates"], f"{head['start']} - {head['end']}", 30)
        doc.pair(t["place"], head["place"] or "", 30)
        doc.pair(t["trainers"], head["trainers"] or "", 30)
        doc.ln(2)
        _grid(doc, t, people, days[first : first + DAYS_PER_PAGE])
        doc.ln(3)
        doc.set_font(FONT, size=8)
        doc.cell(0, 5, t["legend"], new_x="LMARGIN", new_y="NEXT")
        doc.ln(4)
        doc.set_font(FONT, size=10)
        doc.cell(0, 6, t["trainer_sign"])
    save_pdf(doc, out)
    return len(people)


def _grid(doc: Document, t: dict[str, str], people: list, days: list[str]) -> None:
    fixed = (9, 62, 38, 26)
    signature = 34
    day_w = (doc.epw - sum(fixed) - signature) / max(len(days), 1)
    day_heads = [dt.date.fromisoformat(d).strftime("%d.%m") for d in days]
    doc.set_font(FONT, size=9)
    with doc.table(
        col_widths=(*fixed, *([day_w] * len(days)), signature),
        line_height=8,
        text_align="LEFT",
    ) as grid:
        grid.row([t["no"], t["name"], t["agency"], t["service"], *day_heads, t["signature"]])
        rows = [*people, *([("", "", "")] * BLANK_ROWS)]
        for n, (name, agency, service) in enumerate(rows, start=1):
            grid.row([str(n), name, agency, service, *([""] * len(days)), ""])
