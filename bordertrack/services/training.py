"""Training use cases: enrolment by service number, the attendance grid, results, completion.

Completion is never stored: it is derived from attendance marks and the result, so a mark
that arrives later by sync changes it without anyone editing the enrolment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bordertrack.domain.errors import BorderTrackError, RecordNotFound, error_template
from bordertrack.services import records
from bordertrack.store.database import Store
from bordertrack.store.query import LIVE, live

ATTENDED_MARKS = ("present", "late")
MAX_SESSION_DAYS = 366


class AlreadyEnrolled(BorderTrackError):
    template = error_template(
        "{name} is already enrolled in this session; edit that enrolment instead."
    )

    def __init__(self, name: str, enrolment_id: str) -> None:
        self.name, self.enrolment_id = name, enrolment_id
        super().__init__(name=name)


class PersonNeeded(BorderTrackError):
    template = error_template(
        "No person with service number '{service_number}' yet; enter the full name and sex "
        "to add them."
    )

    def __init__(self, service_number: str) -> None:
        self.service_number = service_number
        super().__init__(service_number=service_number)


class BadSessionDates(BorderTrackError):
    template = error_template(
        "The session's dates ({start} to {end}) do not make a period of 1 to "
        "{max_days} days; correct the start and end dates."
    )

    def __init__(self, start: Any, end: Any) -> None:
        super().__init__(start=start, end=end, max_days=MAX_SESSION_DAYS)


# One row per live enrolment: days of its session, days attended, the course's pass mark,
# the result and the derived completion. The latest mark of a day counts (by HLC), so two
# marks of one day arriving from two devices count once.
COMPLETION_SQL = f"""
WITH day_mark AS (
    SELECT enrolment, day, mark FROM (
        SELECT enrolment, day, mark,
               row_number() OVER (PARTITION BY enrolment, day ORDER BY _hlc DESC, id) AS n
        FROM attendance WHERE {LIVE}
    ) WHERE n = 1
), counted AS (
    SELECT enrolment, sum(mark IN ('present', 'late')) AS attended, count(*) AS marked
    FROM day_mark GROUP BY enrolment
)
SELECT e.id AS enrolment, e.session, e.person, e.result, e.score, e.certificate_number,
       s.end_date,
       max(1, CAST(julianday(s.end_date) - julianday(s.start_date) AS INTEGER) + 1) AS days,
       coalesce(c.attended, 0) AS attended, coalesce(c.marked, 0) AS marked,
       coalesce(k.pass_attendance, 100) AS pass_attendance,
       (e.result = 'passed' AND coalesce(c.attended, 0) * 100 >= coalesce(k.pass_attendance, 100)
            * max(1, CAST(julianday(s.end_date) - julianday(s.start_date) AS INTEGER) + 1))
           AS completed
FROM enrolment e
JOIN training_session s ON s.id = e.session
LEFT JOIN course k ON k.code = s.course AND {live("k")}
LEFT JOIN counted c ON c.enrolment = e.id
WHERE {live("e")}
"""


@dataclass(frozen=True)
class Completion:
    """How an enrolment stands: attendance against the course's pass mark, and the result."""

    enrolment_id: str
    person_id: str
    days: int
    attended: int
    marked: int
    pass_attendance: int
    result: str | None
    completed: bool

    @property
    def attended_percent(self) -> float:
        return 100.0 * self.attended / self.days if self.days else 0.0


@dataclass
class AttendanceGrid:
    """People x days of one session; `marks[(enrolment_id, day)]` is the mark shown."""

    session_id: str
    days: list[str]
    enrolments: list[dict[str, Any]]
    marks: dict[tuple[str, str], str] = field(default_factory=dict)


@dataclass(frozen=True)
class EnrolResult:
    enrolment_id: str
    person_id: str
    created_person: bool


def find_person(store: Store, service_number: str) -> dict[str, Any] | None:
    """The live person holding this service number (trimmed, case-insensitive), if any."""
    number = (service_number or "").strip()
    if not number:
        return None
    row = store.conn.execute(
        f"SELECT id FROM person WHERE {LIVE} AND upper(trim(service_number)) = upper(?) "
        "ORDER BY id LIMIT 1",
        (number,),
    ).fetchone()
    return records.get(store, "person", row[0]) if row else None


def enrol(
    store: Store,
    session_id: str,
    service_number: str,
    new_person: dict[str, Any] | None = None,
    *,
    operator: str = "",
) -> EnrolResult:
    """Enrol the person with this service number; create them from `new_person` if unknown.

    Looking people up by service number first is what keeps one officer from being
    entered twice when they attend a second course. Person and enrolment are one edit.
    """
    records.get(store, "training_session", session_id)
    with store.transaction():
        person = find_person(store, service_number)
        created = person is None
        if person is None:
            if not new_person or not new_person.get("full_name"):
                raise PersonNeeded(service_number.strip())
            values = {**new_person, "service_number": service_number.strip() or None}
            person_id = records.create(store, "person", values, operator=operator)
            name = str(values["full_name"])
        else:
            person_id, name = person["id"], str(person["full_name"])
            existing = store.conn.execute(
                f"SELECT id FROM enrolment WHERE {LIVE} AND session = ? AND person = ?",
                (session_id, person_id),
            ).fetchone()
            if existing:
                raise AlreadyEnrolled(name, existing[0])
        enrolment_id = records.create(
            store,
            "enrolment",
            {"session": session_id, "person": person_id, "result": "pending"},
            operator=operator,
        )
    return EnrolResult(enrolment_id, person_id, created)


def session_days(store: Store, session_id: str) -> list[str]:
    """Every calendar day of the session, start to end, as ISO dates."""
    s = records.get(store, "training_session", session_id)
    try:
        start = dt.date.fromisoformat(str(s["start_date"]))
        end = dt.date.fromisoformat(str(s["end_date"]))
    except ValueError:
        raise BadSessionDates(s["start_date"], s["end_date"]) from None
    count = (end - start).days + 1
    if not 1 <= count <= MAX_SESSION_DAYS:
        raise BadSessionDates(s["start_date"], s["end_date"])
    return [(start + dt.timedelta(days=i)).isoformat() for i in range(count)]


def attendance_grid(store: Store, session_id: str) -> AttendanceGrid:
    """The session's enrolled people (by name) and the latest mark of each day."""
    days = session_days(store, session_id)
    rows = store.conn.execute(
        "SELECT e.id, e.person, coalesce(p.full_name, e.person), p.service_number, e.result "
        "FROM enrolment e LEFT JOIN person p ON p.id = e.person "
        f"WHERE {live('e')} AND e.session = ? ORDER BY p.full_name COLLATE NOCASE, e.id",
        (session_id,),
    ).fetchall()
    keys = ("id", "person", "full_name", "service_number", "result")
    grid = AttendanceGrid(session_id, days, [dict(zip(keys, r, strict=True)) for r in rows])
    for enrolment, day, mark, _id in _latest_marks(store, session_id):
        grid.marks[(enrolment, day)] = mark
    return grid


def _latest_marks(store: Store, session_id: str) -> list[tuple[str, str, str, str]]:
    """(enrolment, day, mark, attendance id) of the newest live mark of each day."""
    return store.conn.execute(
        "SELECT enrolment, day, mark, id FROM ("
        " SELECT a.enrolment, a.day, a.mark, a.id, row_number() OVER "
        "  (PARTITION BY a.enrolment, a.day ORDER BY a._hlc DESC, a.id) AS n "
        " FROM attendance a JOIN enrolment e ON e.id = a.enrolment "
        f" WHERE {live('a')} AND e.session = ?) WHERE n = 1",
        (session_id,),
    ).fetchall()


def set_marks(
    store: Store,
    session_id: str,
    cells: Iterable[tuple[str, str]],
    mark: str | None,
    *,
    operator: str = "",
) -> int:
    """Set `mark` on each (enrolment, day) cell in one edit; returns cells changed.

    A day that already has a mark gets that record updated (never a second record);
    `mark=None` deletes the day's mark. Cells outside the session are refused.
    """
    days = set(session_days(store, session_id))
    current = {(e, d): (m, i) for e, d, m, i in _latest_marks(store, session_id)}
    enrolled = {
        r[0]
        for r in store.conn.execute(
            f"SELECT id FROM enrolment WHERE {LIVE} AND session = ?", (session_id,)
        )
    }
    changed = 0
    with store.transaction():
        for enrolment, day in dict.fromkeys(cells):
            if enrolment not in enrolled or day not in days:
                raise RecordNotFound("enrolment", f"{enrolment} on {day}")
            old = current.get((enrolment, day))
            if old and old[0] == mark:
                continue
            if old is None and mark is None:
                continue
            if old is None:
                values = {"enrolment": enrolment, "day": day, "mark": mark}
                records.create(store, "attendance", values, operator=operator)
            elif mark is None:
                records.delete(store, "attendance", old[1], operator=operator)
            else:
                records.update(store, "attendance", old[1], {"mark": mark}, operator=operator)
            changed += 1
    return changed


def set_result(
    store: Store, enrolment_id: str, values: dict[str, Any], *, operator: str = ""
) -> None:
    """Record result, score and certificate number of one enrolment (validated by the core)."""
    allowed = {k: v for k, v in values.items() if k in ("result", "score", "certificate_number")}
    records.update(store, "enrolment", enrolment_id, allowed, operator=operator)


def completions(store: Store, session_id: str | None = None) -> dict[str, Completion]:
    """Derived completion of every enrolment (of one session), keyed by enrolment id."""
    sql = f"SELECT * FROM ({COMPLETION_SQL})"
    params: tuple[Any, ...] = ()
    if session_id is not None:
        sql += " WHERE session = ?"
        params = (session_id,)
    out = {}
    for r in store.conn.execute(sql, params):
        out[r[0]] = Completion(r[0], r[2], r[7], r[8], r[9], r[10], r[3], bool(r[11]))
    return out
