"""Lookups the screens and reports share: the lists behind their drop-downs and titles.

Each answers one question with one query on the calling thread's connection, so no
screen writes SQL and two screens asking the same thing get the same answer.
"""

from __future__ import annotations

from typing import Any

from bordertrack.store.query import HasConn, live

COMBO_LIMIT = 500  # newest first; a drop-down longer than this is not read by anyone


def projects(store: HasConn) -> list[tuple[str, str]]:
    """(code, "code - name") of live projects, by code."""
    return store.conn.execute(
        f"SELECT code, code || ' - ' || name FROM project WHERE {live()} ORDER BY code"
    ).fetchall()


def named(store: HasConn, entity_name: str) -> list[tuple[str, str]]:
    """(code, name) of live posts or agencies, by name."""
    table = {"post": "post", "agency": "agency"}[entity_name]
    return store.conn.execute(
        f"SELECT code, name FROM {table} WHERE {live()} ORDER BY name"
    ).fetchall()


def handover_acts(store: HasConn, limit: int = COMBO_LIMIT) -> list[tuple[str, str]]:
    """(id, "number  date  from -> to") of live hand-over acts, newest first."""
    return store.conn.execute(
        "SELECT a.id, a.number || '  ' || a.act_date || '  ' || COALESCE(f.name, a.from_post, a.from_org, '')"
        " || ' -> ' || COALESCE(t.name, a.to_post) FROM handover_act a "
        "LEFT JOIN post f ON f.code = a.from_post LEFT JOIN post t ON t.code = a.to_post "
        f"WHERE {live('a')} ORDER BY a.act_date DESC, a.number LIMIT {int(limit)}"
    ).fetchall()


def sessions(
    store: HasConn, *, passed_only: bool = False, limit: int = COMBO_LIMIT
) -> list[tuple[str, str]]:
    """(id, "start  course  (place)") of live sessions, newest first; with `passed_only`,
    those where somebody passed (certificates)."""
    passed = (
        f"AND EXISTS (SELECT 1 FROM enrolment e WHERE e.session = s.id AND {live('e')} "
        "AND e.result = 'passed') "
        if passed_only
        else ""
    )
    return store.conn.execute(
        "SELECT s.id, s.start_date || '  ' || COALESCE(c.title, s.course) || "
        "COALESCE('  (' || s.place || ')', '') FROM training_session s "
        f"LEFT JOIN course c ON c.code = s.course WHERE {live('s')} {passed}"
        f"ORDER BY s.start_date DESC LIMIT {int(limit)}"
    ).fetchall()


def session_summary(store: HasConn, session_id: str) -> dict[str, Any] | None:
    """A session's course title (or code), dates, place and status."""
    row = store.conn.execute(
        "SELECT coalesce(c.title, s.course), s.start_date, s.end_date, s.place, s.status "
        "FROM training_session s LEFT JOIN course c ON c.code = s.course WHERE s.id = ?",
        (session_id,),
    ).fetchone()
    if row is None:
        return None
    return dict(zip(("course", "start", "end", "place", "status"), row, strict=True))


def passed_enrolments(store: HasConn, session_id: str | None) -> list[tuple[str, str, str]]:
    """(enrolment id, person's name, certificate number) of those who passed a session."""
    return store.conn.execute(
        "SELECT e.id, COALESCE(p.full_name, e.person), COALESCE(e.certificate_number, '') "
        "FROM enrolment e LEFT JOIN person p ON p.id = e.person "
        f"WHERE {live('e')} AND e.session = ? AND e.result = 'passed' "
        "ORDER BY p.full_name COLLATE NOCASE",
        (session_id,),
    ).fetchall()


def enrolment_details(store: HasConn, ids: list[str]) -> dict[str, tuple[Any, Any]]:
    """(score, certificate number) of each enrolment, in one query."""
    from bordertrack.store.query import Reads

    rows = Reads(store).rows("enrolment", ids, ("score", "certificate_number"))
    return {rid: (r[0], r[1]) for rid, r in rows.items()}


def trusted_devices(store: HasConn, first: str | None) -> list[tuple[str, str, str, str | None]]:
    """(id, name, role, post) of trusted devices: `first`, then coordinators, by name.

    Two devices with one name come with their short fingerprint (services.device_names)."""
    from bordertrack.services.device_names import device_labels

    labels = device_labels(store.conn)
    rows = store.conn.execute(
        "SELECT id, name, role, post FROM devices WHERE status = 'trusted' "
        "ORDER BY id <> ?, role <> 'coordinator', name",
        (first or "",),
    ).fetchall()
    return [(i, labels.get(i, n), r, p) for i, n, r, p in rows]
