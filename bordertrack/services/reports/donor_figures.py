"""The donor report's figures, computed in SQL over live records (kept apart from formatting).

Two kinds of figure, never mixed (docs/reports.md, "How each figure is counted"):
- stock figures are as of the period's last day (items on the register, works under way);
- flow figures count what happened within the period (items received, handed over, lost or
  stolen, written off; people trained and completed; works started and completed).
Money is always returned with its currency (the project's); nothing here adds two currencies.
Each function returns plain rows so tests can compare the workbook with the database.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from bordertrack.store.query import LIVE, live

Rows = list[tuple[Any, ...]]
REMOVED = ("lost", "stolen", "written_off")


@dataclass(frozen=True)
class Period:
    """Inclusive ISO dates, an optional project code, and exchange rates a person entered.

    `rates` maps a currency to its value in `convert_to` (e.g. {"USD": 0.92} with "EUR");
    without them the report shows totals per currency only.
    """

    start: str
    end: str
    project: str | None = None
    convert_to: str | None = None
    rates: dict[str, float] = field(default_factory=dict)

    def params(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "project": self.project}


_PROJECT = "(:project IS NULL OR {col} = :project)"

# Every live item with its currency and the day it left the register (lost, stolen or
# written off). That day is the status date typed in, else the day the status was recorded.
_ITEMS = f"""
    items AS (
        SELECT e.id, e.post, e.category, e.project, e.status, e.received_date,
               COALESCE(e.value, 0) AS value, e.value IS NULL AS unvalued,
               COALESCE(NULLIF(pr.currency, ''), '') AS currency,
               CASE WHEN e.status IN {REMOVED} THEN COALESCE(NULLIF(e.status_date, ''), (
                   SELECT date((MAX(c.hlc) >> 16) / 1000, 'unixepoch') FROM changes c
                   WHERE c.entity = 'equipment' AND c.record_id = e.id AND c.field = 'status'
                     AND c.accepted = 1)) END AS removed_on
        FROM equipment e LEFT JOIN project pr ON pr.code = e.project AND {live("pr")}
        WHERE {live("e")} AND {_PROJECT.format(col="e.project")}
    ),
    stock AS (
        SELECT * FROM items WHERE received_date <= :end
          AND (removed_on IS NULL OR removed_on > :end)
    )"""


def _post_name(alias: str, col: str) -> str:
    return f"LEFT JOIN post {alias} ON {alias}.code = {col} AND {live(alias)}"


def equipment_received(conn: sqlite3.Connection, p: Period) -> Rows:
    """(agency, post, category, currency, items, value) of items received in the period."""
    sql = f"""WITH {_ITEMS}
        SELECT COALESCE(a.name, po.agency, ''), COALESCE(po.name, i.post), i.category,
               i.currency, COUNT(*), SUM(i.value)
        FROM items i {_post_name("po", "i.post")}
        LEFT JOIN agency a ON a.code = po.agency AND {live("a")}
        WHERE i.received_date BETWEEN :start AND :end
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"""
    return conn.execute(sql, p.params()).fetchall()


def equipment_flows(conn: sqlite3.Connection, p: Period) -> Rows:
    """(currency, received, value, handed over, value, lost or stolen, value, written off, value).

    Flows within the period, one row per currency; items handed over count once per act.
    """
    sql = f"""WITH {_ITEMS},
        handed AS (
            SELECT i.currency, COUNT(*) AS n, SUM(i.value) AS v
            FROM handover_item h JOIN handover_act a ON a.id = h.act AND {live("a")}
            JOIN items i ON i.id = h.item
            WHERE {live("h")} AND a.act_date BETWEEN :start AND :end GROUP BY 1
        ),
        moved AS (
            SELECT currency,
                   SUM(received_date BETWEEN :start AND :end) AS rn,
                   SUM(CASE WHEN received_date BETWEEN :start AND :end THEN value END) AS rv,
                   SUM(status IN ('lost', 'stolen') AND removed_on BETWEEN :start AND :end) AS ln,
                   SUM(CASE WHEN status IN ('lost', 'stolen')
                            AND removed_on BETWEEN :start AND :end THEN value END) AS lv,
                   SUM(status = 'written_off' AND removed_on BETWEEN :start AND :end) AS wn,
                   SUM(CASE WHEN status = 'written_off'
                            AND removed_on BETWEEN :start AND :end THEN value END) AS wv
            FROM items GROUP BY 1
        )
        SELECT m.currency, m.rn, COALESCE(m.rv, 0), COALESCE(h.n, 0), COALESCE(h.v, 0),
               m.ln, COALESCE(m.lv, 0), m.wn, COALESCE(m.wv, 0)
        FROM moved m LEFT JOIN handed h ON h.currency = m.currency
        WHERE m.rn + m.ln + m.wn + COALESCE(h.n, 0) > 0 ORDER BY 1"""
    return conn.execute(sql, p.params()).fetchall()


def stock_by_currency(conn: sqlite3.Connection, p: Period) -> Rows:
    """(currency, items on the register at the period's end, their value)."""
    sql = f"""WITH {_ITEMS}
        SELECT currency, COUNT(*), SUM(value) FROM stock GROUP BY 1 ORDER BY 1"""
    return conn.execute(sql, p.params()).fetchall()


def stock_take(conn: sqlite3.Connection, p: Period) -> Rows:
    """Per post: items on the register at the period's end, items among them checked in the
    period; items that checks in the period found missing or damaged (at the check's post);
    items lost or stolen and written off in the period."""
    sql = f"""WITH {_ITEMS},
        checks AS (
            SELECT c.item, c.post, MAX(c.result = 'missing') AS missing,
                   MAX(c.result = 'damaged') AS damaged
            FROM stock_check c JOIN items i ON i.id = c.item
            WHERE {live("c")} AND c.checked_on BETWEEN :start AND :end GROUP BY c.item
        ),
        per_post AS (
            SELECT s.post, COUNT(*) AS items, COUNT(c.item) AS checked, 0 AS missing,
                   0 AS damaged, 0 AS lost, 0 AS written_off
            FROM stock s LEFT JOIN checks c ON c.item = s.id GROUP BY 1
            UNION ALL
            SELECT post, 0, 0, SUM(missing), SUM(damaged), 0, 0 FROM checks GROUP BY 1
            UNION ALL
            SELECT post, 0, 0, 0, 0, SUM(status IN ('lost', 'stolen')), SUM(status = 'written_off')
            FROM items WHERE removed_on BETWEEN :start AND :end GROUP BY 1
        )
        SELECT COALESCE(po.name, x.post), SUM(items), SUM(checked), SUM(missing), SUM(damaged),
               SUM(lost), SUM(written_off)
        FROM per_post x {_post_name("po", "x.post")}
        GROUP BY 1 ORDER BY 1"""
    return conn.execute(sql, p.params()).fetchall()


def undated_items(conn: sqlite3.Connection, p: Period) -> int:
    """Items with no received date: they cannot be placed in any period, so none counts them."""
    sql = f"WITH {_ITEMS} SELECT COUNT(*) FROM items WHERE COALESCE(received_date, '') = ''"
    return conn.execute(sql, p.params()).fetchone()[0]


# Works: a facility's stage at the period's end comes from its actual dates, never from the
# status typed today (which may describe a later state).
_WORKS = f"""
    works AS (
        SELECT f.*, COALESCE(NULLIF(pr.currency, ''), '') AS currency,
               CASE WHEN f.actual_end <= :end THEN 'completed'
                    WHEN f.actual_start <= :end THEN 'under_way'
                    ELSE 'not_started' END AS stage
        FROM facility f LEFT JOIN project pr ON pr.code = f.project AND {live("pr")}
        WHERE {live("f")} AND {_PROJECT.format(col="f.project")}
          AND COALESCE(f.actual_start, f.planned_start) <= :end
          AND COALESCE(f.actual_end, '9999-12-31') >= :start
    )"""
_LATE = "(w.planned_end < :end AND COALESCE(w.actual_end, '9999-12-31') > w.planned_end)"


def works_summary(conn: sqlite3.Connection, p: Period) -> tuple[int, int, int, int, int]:
    """(started in the period, completed in it, under way at its end, completed by its end
    but late or still unfinished past the planned end at the period's end = late, listed)."""
    sql = f"""WITH {_WORKS}
        SELECT COALESCE(SUM(w.actual_start BETWEEN :start AND :end), 0),
               COALESCE(SUM(w.actual_end BETWEEN :start AND :end), 0),
               COALESCE(SUM(w.stage = 'under_way'), 0),
               COALESCE(SUM({_LATE} AND (w.actual_end IS NULL OR w.actual_end > :end)), 0),
               COUNT(*)
        FROM works w"""
    return tuple(conn.execute(sql, p.params()).fetchone())  # type: ignore[return-value]


def works_by_stage(conn: sqlite3.Connection, p: Period) -> Rows:
    """(stage at the period's end, currency, facilities, contract value)."""
    sql = f"""WITH {_WORKS}
        SELECT stage, currency, COUNT(*), COALESCE(SUM(contract_value), 0)
        FROM works GROUP BY 1, 2 ORDER BY 1, 2"""
    return conn.execute(sql, p.params()).fetchall()


def works_detail(conn: sqlite3.Connection, p: Period) -> Rows:
    """Per facility: post, name, type, contractor, stage, percent complete at the period's end
    (last inspection by then), currency, contract value, planned and actual dates (actual ones
    after the period are left out), days late at the period's end."""
    sql = f"""WITH {_WORKS}
        SELECT COALESCE(po.name, w.post), w.name, w.type, w.contractor, w.stage,
               CASE WHEN w.stage = 'completed' THEN 100 ELSE (
                   SELECT i.percent_complete FROM inspection i
                   WHERE i.facility = w.id AND {live("i")} AND i.inspected_on <= :end
                     AND i.percent_complete IS NOT NULL
                   ORDER BY i.inspected_on DESC LIMIT 1) END,
               w.currency, w.contract_value, w.planned_start, w.planned_end,
               CASE WHEN w.actual_start <= :end THEN w.actual_start END,
               CASE WHEN w.actual_end <= :end THEN w.actual_end END,
               CASE WHEN {_LATE} THEN CAST(julianday(MIN(COALESCE(w.actual_end, :end), :end))
                    - julianday(w.planned_end) AS INTEGER) END
        FROM works w {_post_name("po", "w.post")} ORDER BY 1, 2"""
    rows = conn.execute(sql, p.params()).fetchall()
    return [r[:-1] + ((r[-1] if r[-1] and r[-1] > 0 else None),) for r in rows]


_TRAINED = f"""
    WITH s AS (
        SELECT id, end_date FROM training_session
        WHERE {LIVE} AND COALESCE(status, '') != 'cancelled'
          AND start_date BETWEEN :start AND :end AND {_PROJECT.format(col="project")}
    ),
    en AS (
        SELECT en.person, MAX(en.result = 'passed' AND s.end_date <= :end) AS passed
        FROM enrolment en JOIN s ON s.id = en.session
        WHERE {live("en")} AND COALESCE(en.result, '') != 'withdrawn'
        GROUP BY en.person
    )
    SELECT {{key}}, COUNT(*), COALESCE(SUM(en.passed), 0)
    FROM en JOIN person pe ON pe.id = en.person
    {{joins}}
    GROUP BY 1 ORDER BY 1"""


def trained_by(conn: sqlite3.Connection, p: Period, by: str) -> Rows:
    """(group, people trained, people completed) by "sex", "agency" or "post".

    Trained: on a session that started in the period (once per person, however many);
    completed: passed such a session that ended by the period's end. Sex left empty counts
    as "not_recorded".
    """
    key, joins = {
        "sex": ("COALESCE(NULLIF(pe.sex, ''), 'not_recorded')", ""),
        "agency": (
            "COALESCE(a.name, pe.agency, '')",
            f"LEFT JOIN agency a ON a.code = pe.agency AND {live('a')}",
        ),
        "post": ("COALESCE(po.name, pe.post, '')", _post_name("po", "pe.post")),
    }[by]
    return conn.execute(_TRAINED.format(key=key, joins=joins), p.params()).fetchall()


def sessions_by_course(conn: sqlite3.Connection, p: Period) -> Rows:
    """(course, sessions held, participants, completed) for sessions starting in the period."""
    sql = f"""
        SELECT COALESCE(c.title, s.course), COUNT(DISTINCT s.id), COUNT(en.id),
               COALESCE(SUM(en.result = 'passed' AND s.end_date <= :end), 0)
        FROM training_session s
        LEFT JOIN course c ON c.code = s.course AND {live("c")}
        LEFT JOIN enrolment en ON en.session = s.id AND {live("en")}
             AND COALESCE(en.result, '') != 'withdrawn'
        WHERE {live("s")} AND COALESCE(s.status, '') != 'cancelled'
          AND s.start_date BETWEEN :start AND :end AND {_PROJECT.format(col="s.project")}
        GROUP BY 1 ORDER BY 1"""
    return conn.execute(sql, p.params()).fetchall()


def projects(conn: sqlite3.Connection, p: Period) -> Rows:
    """Per project running in the period (or with items then): code, name, donor, currency, budget, equipment received in the period,
    equipment received by its end, works completed by its end (contract value), delivered
    value by its end (equipment + completed works), share of the budget delivered."""
    sql = f"""WITH {_ITEMS}, {_WORKS},
        eq AS (
            SELECT project, SUM(CASE WHEN received_date BETWEEN :start AND :end
                                     THEN value ELSE 0 END) AS in_period,
                   SUM(CASE WHEN received_date <= :end THEN value ELSE 0 END) AS to_end
            FROM items GROUP BY 1
        ),
        wk AS (
            SELECT project, SUM(COALESCE(contract_value, 0)) AS done FROM works
            WHERE stage = 'completed' GROUP BY 1
        )
        SELECT pr.code, pr.name, pr.donor, COALESCE(pr.currency, ''), pr.budget,
               COALESCE(eq.in_period, 0), COALESCE(eq.to_end, 0), COALESCE(wk.done, 0)
        FROM project pr LEFT JOIN eq ON eq.project = pr.code LEFT JOIN wk ON wk.project = pr.code
        WHERE {live("pr")} AND {_PROJECT.format(col="pr.code")}
          AND (COALESCE(pr.start_date, '') <= :end OR eq.to_end > 0)
          AND (COALESCE(pr.end_date, '9999-12-31') >= :start OR eq.in_period > 0)
        ORDER BY pr.donor, pr.code"""
    out = []
    for code, name, donor, cur, budget, in_period, to_end, works in conn.execute(sql, p.params()):
        delivered = to_end + works
        out.append((code, name, donor, cur, budget, in_period, to_end, works, delivered,
                    delivered / budget if budget else None))  # fmt: skip
    return out


def donors(conn: sqlite3.Connection, p: Period) -> Rows:
    """Per donor and currency: its projects' codes, budget, equipment received in the period,
    delivered value by its end, share of the budget delivered (a donor with two currencies has
    two rows)."""
    groups: dict[tuple[str, str], list] = {}
    for code, _n, donor, cur, budget, in_period, _t, _w, delivered, _s in projects(conn, p):
        g = groups.setdefault((donor, cur), [[], 0.0, 0.0, 0.0])
        g[0].append(code)
        g[1] += budget or 0
        g[2] += in_period
        g[3] += delivered
    return [
        (donor, cur, ", ".join(codes), budget, in_period, delivered,
         delivered / budget if budget else None)
        for (donor, cur), (codes, budget, in_period, delivered) in sorted(groups.items())
    ]  # fmt: skip


def project_line(conn: sqlite3.Connection, code: str | None) -> str:
    """'BOMCA10 - name (donor)' for the title block; '' for all projects."""
    if not code:
        return ""
    row = conn.execute(
        f"SELECT name, donor FROM project WHERE code = ? AND {LIVE}", (code,)
    ).fetchone()
    return f"{code} - {row[0]} ({row[1]})" if row else code
