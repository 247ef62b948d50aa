"""Where a record went: the edit that took it out of a post, told in words people use.

A post that loses a record (a coordinator's transfer, its own hand-over, a delete or a
merge) receives that edit; the history and the refusal of a later local edit say what
happened ("handed to Torugart on 12.03.2026 (act 2026/14)") instead of a bare refusal.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from bordertrack.domain.entities import Entity
from bordertrack.i18n import format_date, translate
from bordertrack.store.changes import DELETED, MERGED_INTO
from bordertrack.store.hlc import wall_ms


@dataclass(frozen=True)
class Move:
    """One accepted edit that changed a record's post, deleted it or merged it away."""

    hlc: int
    origin: str
    origin_role: str | None
    to_post: str | None
    act: str | None
    deleted: bool
    merged_into: str | None


def move_of_edit(
    conn: sqlite3.Connection, e: Entity, record_id: str, origin: str, hlc: int
) -> Move | None:
    """The move made by the edit (origin, hlc) of this record, if that edit moved it."""
    values = dict(
        conn.execute(
            "SELECT field, value FROM changes WHERE entity = ? AND record_id = ? "
            "AND origin = ? AND hlc = ? AND accepted = 1",
            (e.name, record_id, origin, hlc),
        ).fetchall()
    )
    post = values.get(e.post_field) if e.post_field else None
    if post is None and not values.get(DELETED) and not values.get(MERGED_INTO):
        return None
    return Move(
        hlc,
        origin,
        _role_of(conn, origin),
        post,
        values.get("handover_act") if e.name == "equipment" else None,
        bool(values.get(DELETED)),
        values.get(MERGED_INTO),
    )


def last_move(conn: sqlite3.Connection, e: Entity, record_id: str) -> Move | None:
    """The newest accepted edit that moved, deleted or merged the record."""
    fields = [f for f in (e.post_field, DELETED, MERGED_INTO) if f]
    marks = ", ".join("?" for _ in fields)
    row = conn.execute(
        f"SELECT origin, hlc FROM changes WHERE entity = ? AND record_id = ? AND accepted = 1 "
        f"AND field IN ({marks}) ORDER BY hlc DESC, origin DESC LIMIT 1",
        (e.name, record_id, *fields),
    ).fetchone()
    return move_of_edit(conn, e, record_id, row[0], row[1]) if row else None


def _role_of(conn: sqlite3.Connection, origin: str) -> str | None:
    row = conn.execute("SELECT role FROM devices WHERE id = ?", (origin,)).fetchone()
    if row is None:
        row = conn.execute("SELECT role FROM device WHERE id = ?", (origin,)).fetchone()
    return row[0] if row else None


def _lang(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT value FROM settings WHERE key = 'language'").fetchone()
    return row[0] if row and row[0] else "en"


def post_name(conn: sqlite3.Connection, code: str | None) -> str:
    """A post's name as people say it ("Torugart"), its code when the name is unknown."""
    if not code:
        return "-"
    row = conn.execute("SELECT name FROM post WHERE code = ?", (code,)).fetchone()
    return row[0] if row and row[0] else str(code)


def _act(conn: sqlite3.Connection, act_id: str | None) -> tuple[str, str] | None:
    if not act_id:
        return None
    row = conn.execute(
        "SELECT number, act_date FROM handover_act WHERE id = ?", (act_id,)
    ).fetchone()
    return (str(row[0] or ""), str(row[1] or "")) if row else None


def describe(conn: sqlite3.Connection, move: Move, lang: str | None = None) -> str:
    """The move in a few words: "handed to Torugart on 12.03.2026 (act 2026/14)"."""
    lang = lang or _lang(conn)
    day = dt.datetime.fromtimestamp(wall_ms(move.hlc) / 1000, dt.UTC).date()
    by_coordinator = move.origin_role == "coordinator"
    if move.deleted and move.merged_into:
        text = translate(lang, "sync", "merged into another record on {date}")
    elif move.deleted:
        text = (
            translate(lang, "sync", "deleted by the coordinator on {date}")
            if by_coordinator
            else translate(lang, "sync", "deleted on {date}")
        )
    else:
        act = _act(conn, move.act)
        if act:
            day = dt.date.fromisoformat(act[1][:10]) if act[1][:10] else day
            text = translate(lang, "sync", "handed to {post} on {date} (act {act})").replace(
                "{act}", act[0]
            )
        elif by_coordinator:
            text = translate(lang, "sync", "moved by the coordinator to {post} on {date}")
        else:
            text = translate(lang, "sync", "handed to {post} on {date}")
    return text.replace("{post}", post_name(conn, move.to_post)).replace(
        "{date}", format_date(lang, day)
    )


def moved_away_refusal(
    conn: sqlite3.Connection, e: Entity, record_id: str, post_now: str | None, my_post: str | None
) -> str | None:
    """The one-line refusal of a local edit of a record that left this post, or None."""
    move = last_move(conn, e, record_id)
    if move is None or move.deleted or not post_now or post_now == my_post:
        return None
    lang = _lang(conn)
    text = translate(
        lang,
        "sync",
        "This record is now at {where}: {how}. Only that post or a coordinator can change it.",
    )
    where = f"{post_name(conn, post_now)} ({post_now})"
    return text.replace("{where}", where).replace("{how}", describe(conn, move, lang))


def move_notes(conn: sqlite3.Connection, e: Entity, record_id: str) -> dict[tuple[str, int], str]:
    """(origin, hlc) of each accepted moving edit of the record -> its words, for the history."""
    fields = [f for f in (e.post_field, DELETED, MERGED_INTO) if f]
    marks = ", ".join("?" for _ in fields)
    lang = _lang(conn)
    out: dict[tuple[str, int], str] = {}
    for origin, hlc in conn.execute(
        f"SELECT DISTINCT origin, hlc FROM changes WHERE entity = ? AND record_id = ? "
        f"AND accepted = 1 AND field IN ({marks})",
        (e.name, record_id, *fields),
    ).fetchall():
        move = move_of_edit(conn, e, record_id, origin, hlc)
        if move is not None and (move.deleted or move.to_post):
            out[(origin, hlc)] = describe(conn, move, lang)
    return out
