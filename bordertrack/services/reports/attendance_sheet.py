"""A printable attendance sheet for a session: each person with sex, agency and service number,
and one signature cell per day; the course, dates, place, project and donor on top.

Classrooms at remote posts often have no computer: participants sign the box of each day
they attend and the trainer types the marks back into the attendance grid later, so the sheet
lists people in the grid's order. The sex column is what the donor's figures by sex need.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.i18n import format_date, normalise, store_language, translate, vocab_label
from bordertrack.services.reports.certificate import place_name
from bordertrack.services.reports.errors import ReportProblem
from bordertrack.services.reports.pdf_common import FONT, Document, save_pdf
from bordertrack.services.training import session_days
from bordertrack.store.database import Store
from bordertrack.store.query import live

DAYS_PER_PAGE = 7
BLANK_ROWS = 3
ROW_HEIGHT = 6.6


def _name(alias: str, lang: str) -> str:
    if lang in ("ru", "ky"):
        return f"COALESCE(NULLIF({alias}.name_{lang}, ''), {alias}.name)"
    return f"{alias}.name"


def _roster(
    store: Store, session_id: str, lang: str
) -> tuple[dict[str, str], list[tuple[str, ...]]]:
    head = store.conn.execute(
        f"SELECT COALESCE(c.title, s.course), s.start_date, s.end_date, s.place, s.trainers, "
        f"s.post, {_name('po', lang)}, s.project, pr.name, pr.donor "
        "FROM training_session s LEFT JOIN course c ON c.code = s.course "
        "LEFT JOIN post po ON po.code = s.post LEFT JOIN project pr ON pr.code = s.project "
        f"WHERE s.id = ? AND {live('s')}",
        (session_id,),
    ).fetchone()
    if head is None:
        raise ReportProblem(
            error_template(
                "No course session '{session_id}'; take the id from the Training screen or 'list "
                "training_session'."
            ),
            session_id=session_id,
        )
    people = store.conn.execute(
        f"SELECT COALESCE(p.full_name, e.person), COALESCE(p.sex, ''), "
        f"COALESCE({_name('a', lang)}, p.agency, ''), COALESCE(p.service_number, '') "
        "FROM enrolment e LEFT JOIN person p ON p.id = e.person "
        "LEFT JOIN agency a ON a.code = p.agency "
        f"WHERE {live('e')} AND e.session = ? AND COALESCE(e.result, '') != 'withdrawn' "
        "ORDER BY p.full_name COLLATE NOCASE, e.id",
        (session_id,),
    ).fetchall()
    course, start, end, place, trainers, post, post_name, project, project_name, donor = head
    info = {"course": course, "start": start, "end": end, "trainers": trainers or "",
            "place": place_name(place, post, post_name), "donor": donor or "",
            "project": f"{project} - {project_name}" if project_name else project or ""}  # fmt: skip
    return info, people


def write_attendance_sheet(
    store: Store, session_id: str, out: Path, lang: str | None = None
) -> int:
    """Write the sheet (a page per week of the session, more when many people); returns the
    number of people listed."""
    code = normalise(lang) if lang else store_language(store)
    head, people = _roster(store, session_id, code)
    try:
        days = session_days(store, session_id)
    except BorderTrackError as exc:
        raise ReportProblem(str(exc)) from None
    title = translate(code, "report", "Attendance sheet")
    doc = Document(orientation="landscape", footer=f"{title}: {head['course']}")
    doc.set_margins(12, 10, 12)
    doc.set_auto_page_break(True, margin=14)
    for first in range(0, len(days), DAYS_PER_PAGE):
        doc.add_page()
        _top(doc, head, code, title)
        _grid(doc, code, people, days[first : first + DAYS_PER_PAGE])
        doc.ln(2)
        doc.set_font(FONT, size=8)
        legend = translate(
            code,
            "report",
            "Each participant signs the box of each day attended; the trainer writes 'absent' in the box of a day missed.",
        )
        doc.multi_cell(0, 4, legend, new_x="LMARGIN", new_y="NEXT")
        doc.ln(3)
        doc.set_font(FONT, size=10)
        doc.cell(0, 6, translate(code, "report", "Trainer's signature") + ": " + "_" * 30)
    save_pdf(doc, out)
    return len(people)


def _top(doc: Document, head: dict[str, str], lang: str, title: str) -> None:
    """Title, then course, dates, place, trainers, project and donor in two compact columns."""
    doc.set_font(FONT, "B", 13)
    doc.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    left = [(translate(lang, "report", "Course"), head["course"]),
            (translate(lang, "report", "Dates"),
             f"{format_date(lang, head['start'])} - {format_date(lang, head['end'])}"),
            (translate(lang, "report", "Place"), head["place"])]  # fmt: skip
    right = [(translate(lang, "report", "Trainers"), head["trainers"]),
             (translate(lang, "report", "Project"), head["project"]),
             (translate(lang, "report", "Donor"), head["donor"])]  # fmt: skip
    half = doc.epw / 2
    for (l_label, l_value), (r_label, r_value) in zip(left, right, strict=True):
        for label, value, width in ((l_label, l_value, half), (r_label, r_value, half)):
            doc.set_font(FONT, "B", 9)
            doc.cell(24, 5, label)
            doc.set_font(FONT, size=9)
            doc.cell(width - 24, 5, doc_fit(doc, value or "-", width - 25))
        doc.ln(5)
    doc.ln(2)


def doc_fit(doc: Document, text: str, width: float) -> str:
    """`text` cut with an ellipsis to fit `width` on one line (header values only)."""
    if doc.get_string_width(text) <= width:
        return text
    while text and doc.get_string_width(text + "...") > width:
        text = text[:-1]
    return text.rstrip() + "..."


def _grid(doc: Document, lang: str, people: list, days: list[str]) -> None:
    fixed = (8, 58, 18, 44, 24)
    day_w = (doc.epw - sum(fixed)) / max(len(days), 1)
    heads = [translate(lang, "report", "No."), translate(lang, "report", "Full name"),
             translate(lang, "report", "Sex"), translate(lang, "report", "Agency"),
             translate(lang, "report", "Service No."),
             *(format_date(lang, dt.date.fromisoformat(d))[:5] for d in days)]  # fmt: skip
    doc.set_font(FONT, size=8)
    with doc.table(
        col_widths=(*fixed, *([day_w] * len(days))),
        line_height=ROW_HEIGHT,
        text_align="LEFT",
        padding=(0, 1),
        repeat_headings=1,
    ) as grid:
        grid.row(heads)
        rows = [*people, *([("", "", "", "")] * BLANK_ROWS)]
        for n, (name, sex, agency, service) in enumerate(rows, start=1):
            shown = "" if sex == "not_recorded" else vocab_label(lang, "sex", sex)  # to fill in
            grid.row([str(n), name, shown, agency, service,
                      *([""] * len(days))])  # fmt: skip
