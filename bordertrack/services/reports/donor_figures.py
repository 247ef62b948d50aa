"""The donor report's figures, computed in SQL over live records (kept apart from formatting).

Each function returns plain rows so tests can compare the workbook with the database and
other reports (the GUI preview, a future PDF) can reuse the same numbers.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Period:
    """Inclusive ISO dates and an optional project code that every figure is limited to."""

    start: str
    end: str
    project: str | None = None

    def params(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "project": self.project}


_PROJECT = "(:project IS NULL OR {col} = :project)"


def equipment_delivered(conn: sqlite3.Connection, p: Period) -> list[tuple[Any, ...]]:
    """(agency, post, category, count, value) of items received in the period."""
    sql = f"""
        SELECT COALESCE(a.name, po.agency, '') AS agency, COALESCE(po.name, e.post) AS post,
               e.category, COUNT(*), COALESCE(SUM(e.value), 0)
        FROM equipment e
        LEFT JOIN post po ON po.code = e.post AND po._deleted = 0
        LEFT JOIN agency a ON a.code = po.agency AND a._deleted = 0
        WHERE e._deleted = 0 AND e.received_date BETWEEN :start AND :end
          AND {_PROJECT.format(col="e.project")}
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"""
    return conn.execute(sql, p.params()).fetchall()


def stock_take(conn: sqlite3.Connection, p: Period) -> list[tuple[Any, ...]]:
    """Per post: items on the register, items checked in the period, missing, damaged, lost.

    Coverage counts distinct items with at least one check in the period; losses are
    items whose current status is lost or stolen, with their value.
    """
    sql = f"""
        WITH items AS (
            SELECT id, post, status, COALESCE(value, 0) AS value FROM equipment
            WHERE _deleted = 0 AND status != 'written_off' AND {_PROJECT.format(col="project")}
        ),
        checks AS (
            SELECT c.item, MAX(c.result = 'missing') AS missing, MAX(c.result = 'damaged') AS damaged
            FROM stock_check c JOIN items i ON i.id = c.item
            WHERE c._deleted = 0 AND c.checked_on BETWEEN :start AND :end
            GROUP BY c.item
        )
        SELECT COALESCE(po.name, i.post) AS post, COUNT(*) AS items,
               COUNT(c.item) AS checked,
               COALESCE(SUM(c.missing), 0), COALESCE(SUM(c.damaged), 0),
               SUM(i.status IN ('lost', 'stolen')),
               SUM(CASE WHEN i.status IN ('lost', 'stolen') THEN i.value ELSE 0 END)
        FROM items i
        LEFT JOIN checks c ON c.item = i.id
        LEFT JOIN post po ON po.code = i.post AND po._deleted = 0
        GROUP BY 1 ORDER BY 1"""
    return conn.execute(sql, p.params()).fetchall()


_TRAINED = f"""
    WITH s AS (
        SELECT id FROM training_session
        WHERE _deleted = 0 AND COALESCE(status, '') != 'cancelled'
          AND start_date BETWEEN :start AND :end AND {_PROJECT.format(col="project")}
    ),
    en AS (
        SELECT en.person, MAX(en.result = 'passed') AS passed
        FROM enrolment en JOIN s ON s.id = en.session
        WHERE en._deleted = 0 AND COALESCE(en.result, '') != 'withdrawn'
        GROUP BY en.person
    )
    SELECT {{key}}, COUNT(*), COALESCE(SUM(en.passed), 0)
    FROM en JOIN person pe ON pe.id = en.person
    {{joins}}
    GROUP BY 1 ORDER BY 1"""


def trained_by(conn: sqlite3.Connection, p: Period, by: str) -> list[tuple[Any, ...]]:
    """(group, people trained, people completed) by "sex", "agency" or "post".

    A person is counted once however many sessions they attended; completed means
    passed at least one session. Sex left empty counts as "not_recorded".
    """
    key, joins = {
        "sex": ("COALESCE(NULLIF(pe.sex, ''), 'not_recorded')", ""),
        "agency": (
            "COALESCE(a.name, pe.agency, '')",
            "LEFT JOIN agency a ON a.code = pe.agency AND a._deleted = 0",
        ),
        "post": (
            "COALESCE(po.name, pe.post, '')",
            "LEFT JOIN post po ON po.code = pe.post AND po._deleted = 0",
        ),
    }[by]
    return conn.execute(_TRAINED.format(key=key, joins=joins), p.params()).fetchall()


def sessions_by_course(conn: sqlite3.Connection, p: Period) -> list[tuple[Any, ...]]:
    """(course, sessions held, participants, completed) for sessions starting in the period."""
    sql = f"""
        SELECT COALESCE(c.title, s.course), COUNT(DISTINCT s.id),
               COUNT(en.id), COALESCE(SUM(en.result = 'passed'), 0)
        FROM training_session s
        LEFT JOIN course c ON c.code = s.course AND c._deleted = 0
        LEFT JOIN enrolment en ON en.session = s.id AND en._deleted = 0
             AND COALESCE(en.result, '') != 'withdrawn'
        WHERE s._deleted = 0 AND COALESCE(s.status, '') != 'cancelled'
          AND s.start_date BETWEEN :start AND :end AND {_PROJECT.format(col="s.project")}
        GROUP BY 1 ORDER BY 1"""
    return conn.execute(sql, p.params()).fetchall()


_WORKS_WHERE = f"""
    f._deleted = 0 AND {_PROJECT.format(col="f.project")}
    AND COALESCE(f.actual_start, f.planned_start, :start) <= :end
    AND COALESCE(f.actual_end, f.planned_end, :end) >= :start"""


def works_by_status(conn: sqlite3.Connection, p: Period) -> list[tuple[Any, ...]]:
    """(status, facilities, average percent complete, contract value) of works active in the period."""
    sql = f"""
        SELECT f.status, COUNT(*), AVG(COALESCE(f.percent_complete, 0)),
               COALESCE(SUM(f.contract_value), 0)
        FROM facility f WHERE {_WORKS_WHERE} GROUP BY 1 ORDER BY 1"""
    return conn.execute(sql, p.params()).fetchall()


def works_detail(conn: sqlite3.Connection, p: Period) -> list[tuple[Any, ...]]:
    """One row per facility: post, name, type, contractor, status, percent, planned and actual dates."""
    sql = f"""
        SELECT COALESCE(po.name, f.post), f.name, f.type, f.contractor, f.status,
               f.percent_complete, f.planned_start, f.planned_end, f.actual_start, f.actual_end
        FROM facility f LEFT JOIN post po ON po.code = f.post AND po._deleted = 0
        WHERE {_WORKS_WHERE} ORDER BY 1, 2"""
    return conn.execute(sql, p.params()).fetchall()


def project_line(conn: sqlite3.Connection, code: str | None) -> str:
    """'BOMCA10 - name (donor)' for the title block; unknown codes are shown as typed."""
    if not code:
        return "All projects"
    row = conn.execute(
        "SELECT name, donor FROM project WHERE code = ? AND _deleted = 0", (code,)
    ).fetchone()
    return f"{code} - {row[0]} ({row[1]})" if row else code
