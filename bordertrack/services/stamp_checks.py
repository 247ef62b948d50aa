"""Clock stamps a bundle may carry: none from the future beyond a bound, none earlier than
what the device that made it had already seen.

Scope and last-writer-wins are judged in stamp order, so a stamp that lies buys ownership
or wins every merge. The rules here (docs/decisions.md, "Stamps that cannot be gamed")
refuse such a bundle whole, in one line, naming the device.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from operator import le
from typing import Any

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.store.changes import HLC_OF, ORIGIN_OF, PREV_OF, RECORD_OF, SEQ_OF, Change
from bordertrack.store.hlc import MAX_OFFSET_MS, STAMP_FLOOR_MS, now_ms, wall_ms
from bordertrack.store.log_codec import ORIGIN_ID


class StampRefused(BorderTrackError):
    """A bundle whose stamps break the rules; nothing was imported."""


def _date(hlc: int) -> str:
    try:
        return dt.datetime.fromtimestamp(wall_ms(hlc) / 1000, dt.UTC).strftime("%d.%m.%Y")
    except (OverflowError, OSError, ValueError):
        return "an impossible date"


def _names(conn: sqlite3.Connection) -> dict[str, str]:
    names = dict(conn.execute("SELECT id, name FROM devices"))
    row = conn.execute("SELECT id, name FROM device").fetchone()
    if row:
        names[row[0]] = row[1]
    return names


@dataclass
class InChunks:
    """What the rules need to judge a bundle applied a chunk at a time (services/
    import_stream.py) as they judge it whole, when earlier chunks are in the log already:
    the stamp its sender had acknowledged, from the log before the import; the ids the
    earlier chunks logged, which no record's creation may be taken from; and the changes
    a change overwrote that come in a later chunk, to be judged after the last
    (`overwritten_in_order`)."""

    acknowledged: tuple[int, int, str] | None
    logged_here: Container[tuple[str, int]]
    ahead: dict[str, tuple[int, Change]] = field(default_factory=dict)


def check_stamps(
    conn: sqlite3.Connection,
    header,
    changes: list[Change],
    *,
    wall: int | None = None,
    accept_future: bool = False,
    chunked: InChunks | None = None,
) -> None:
    """Raise StampRefused for the first rule the bundle's stamps break."""
    held = _held_stamps(conn, {o: map(SEQ_OF, mine) for o, mine in _by_origin(changes).items()})
    if held:  # known ones were checked on arrival
        changes = [c for c in changes if f"{c.origin}:{c.seq}" not in held]
    if not changes:
        return
    names = _names(conn)
    sender = names.get(header.sender_id) or header.sender_name or header.sender_id
    what = {"seq": header.bundle_seq, "sender": sender}  # "Bundle {seq} from {sender}"
    _check_future(what, changes, now_ms() if wall is None else wall, accept_future)
    _check_floor(what, changes)
    tampered = (
        _backwards_in_sequence(conn, changes)
        or _before_what_it_overwrote(conn, changes, chunked)
        or _before_acknowledged(conn, header, changes, chunked)
        or _before_the_record(conn, changes, chunked)
    )
    if tampered:
        change, seen = tampered
        maker = names.get(change.origin, change.origin)
        raise StampRefused(
            error_template(
                "Bundle {seq} from {sender} was refused as tampered: change {cid} made by "
                "{maker} is stamped {hlc}, earlier than {seen}. Nothing was imported; tell the "
                "coordinator."
            ),
            **what,
            cid=change.cid,
            maker=maker,
            hlc=_date(change.hlc),
            seen=seen,
        )


def _check_future(
    what: dict[str, Any], changes: list[Change], wall: int, accept_future: bool
) -> None:
    newest_hlc = max(map(HLC_OF, changes))
    if accept_future or wall_ms(newest_hlc) <= wall + MAX_OFFSET_MS:
        return
    newest = next(c for c in changes if c.hlc == newest_hlc)
    today = dt.datetime.fromtimestamp(wall / 1000, dt.UTC).strftime("%d.%m.%Y")
    raise StampRefused(
        error_template(
            "Bundle {seq} from {sender} claims changes made on {hlc}, more than a day after this "
            "computer's date ({today}): set the date on that device and run 'bordertrack "
            "restamp' there, then export again (or, if you trust them, import with "
            "--accept-future-stamps)."
        ),
        **what,
        hlc=_date(newest.hlc),
        today=today,
    )


def _check_floor(what: dict[str, Any], changes: list[Change]) -> None:
    if wall_ms(min(map(HLC_OF, changes))) >= STAMP_FLOOR_MS:
        return
    oldest = min(changes, key=HLC_OF)
    raise StampRefused(
        error_template(
            "Bundle {seq} from {sender} carries change {cid} stamped {hlc}, before any "
            "BorderTrack data existed: that device's date is wrong or the bundle was altered. "
            "Set its date, run 'bordertrack restamp' there and export again."
        ),
        **what,
        cid=oldest.cid,
        hlc=_date(oldest.hlc),
    )


Found = tuple[Change, str] | None


def _backwards_in_sequence(conn: sqlite3.Connection, changes: list[Change]) -> Found:
    """Per origin, a later sequence number never carries an earlier stamp (here or held)."""
    for origin, mine in _by_origin(changes).items():
        mine.sort(key=SEQ_OF)
        lo, hi = mine[0].seq, mine[-1].seq
        held = conn.execute(
            "SELECT seq, hlc FROM changes WHERE origin = ? AND seq BETWEEN ? AND ? "
            "UNION ALL SELECT * FROM (SELECT seq, hlc FROM changes WHERE origin = ? AND seq < ? "
            "ORDER BY seq DESC LIMIT 1) "
            "UNION ALL SELECT * FROM (SELECT seq, hlc FROM changes WHERE origin = ? AND seq > ? "
            "ORDER BY seq LIMIT 1)",
            (origin, lo, hi, origin, lo, origin, hi),
        ).fetchall()
        if _in_order(held, lo, hi, mine):
            continue
        merged: dict[int, tuple[int, Change | None]] = {s: (h, None) for s, h in held}
        for c in mine:
            merged[c.seq] = (c.hlc, c)
        prev_hlc, prev_seq = None, None
        for seq in sorted(merged):
            hlc, change = merged[seq]
            if prev_hlc is not None and hlc < prev_hlc:
                culprit = change or merged[prev_seq][1]
                if culprit is not None:
                    return culprit, f"its own change {origin}:{prev_seq}, made before it"
            prev_hlc, prev_seq = hlc, seq
    return None


def _in_order(held: list[tuple[int, int]], lo: int, hi: int, mine: list[Change]) -> bool:
    """The common case, decided at C speed: nothing held inside the bundle's range, and the
    stamps (held neighbours around the bundle's own, sorted by sequence) never go back.
    False only sends the origin to the general walk above, which names the culprit."""
    if any(lo <= seq <= hi for seq, _hlc in held):
        return False
    stamps = [h for s, h in held if s < lo] + list(map(HLC_OF, mine))
    stamps += [h for s, h in held if s > hi]
    return all(map(le, stamps, stamps[1:]))


def _by_origin(changes: list[Change]) -> dict[str, list[Change]]:
    """The changes of each origin, in their order; a bundle of one device's changes (the
    common case) is recognised without a Python loop."""
    origins = set(map(ORIGIN_OF, changes))
    if len(origins) == 1:
        return {origins.pop(): list(changes)}
    out: dict[str, list[Change]] = defaultdict(list)
    for c in changes:
        out[c.origin].append(c)
    return out


def _held_stamps(
    conn: sqlite3.Connection, seqs_by_origin: dict[str, Iterable[int]]
) -> dict[str, int]:
    """Stamps of the given change ids ("origin:seq") that this device holds.

    Per origin, only the ids within the range the log holds are looked up: a bundle of new
    changes (the common case) costs two index probes per origin, whatever its size."""
    out: dict[str, int] = {}
    for origin, seqs in seqs_by_origin.items():
        first, last = conn.execute(
            f"SELECT (SELECT min(seq) FROM change_log WHERE origin = {ORIGIN_ID}), "
            f"(SELECT max(seq) FROM change_log WHERE origin = {ORIGIN_ID})",
            (origin, origin),
        ).fetchone()
        if first is None:
            continue
        inside = sorted(s for s in seqs if first <= s <= last)
        for start in range(0, len(inside), 500):
            chunk = inside[start : start + 500]
            for seq, hlc in conn.execute(
                # CROSS JOIN keeps the ids outside: SQLite would otherwise walk every
                # logged change of the origin once for each id (minutes on a large log).
                "SELECT c.seq, c.hlc FROM json_each(?) j CROSS JOIN change_log c "
                f"ON c.origin = {ORIGIN_ID} AND c.seq = j.value",
                (json.dumps(chunk), origin),
            ):
                out[f"{origin}:{seq}"] = hlc
    return out


def _split(cid: str) -> tuple[str, int] | None:
    origin, _, seq = cid.rpartition(":")
    return (origin, int(seq)) if origin and seq.isdigit() else None


def _before_what_it_overwrote(
    conn: sqlite3.Connection, changes: list[Change], chunked: InChunks | None = None
) -> Found:
    """A change is stamped after every change it knowingly overwrote."""
    if not any(map(PREV_OF, changes)):
        return None  # new records: nothing overwritten
    stamps = {c.cid: c.hlc for c in changes}
    wanted: dict[str, set[int]] = defaultdict(set)
    for c in changes:
        for cid in c.prev.split():
            if cid not in stamps and (p := _split(cid)) is not None:
                wanted[p[0]].add(p[1])
    if wanted:
        stamps.update(_held_stamps(conn, wanted))
    for c in changes:
        for cid in c.prev.split():
            seen = stamps.get(cid)
            if seen is not None and c.hlc <= seen:
                return c, f"change {cid} it overwrote"
            if seen is None and chunked is not None:  # it may come in a later chunk
                earliest = chunked.ahead.get(cid)
                if earliest is None or c.hlc < earliest[0]:
                    chunked.ahead[cid] = (c.hlc, c)
    return None


def overwritten_in_order(conn: sqlite3.Connection, chunked: InChunks) -> bool:
    """After the last chunk: whether every change a change of the bundle overwrote, and
    which came in a later chunk, is stamped before it (as `_before_what_it_overwrote`
    judges a bundle whole)."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for cid in chunked.ahead:
        if (p := _split(cid)) is not None:
            wanted[p[0]].add(p[1])
    stamps = _held_stamps(conn, wanted) if wanted else {}
    return all(
        stamps.get(cid) is None or hlc > stamps[cid] for cid, (hlc, _c) in chunked.ahead.items()
    )


def _before_acknowledged(
    conn: sqlite3.Connection, header, changes: list[Change], chunked: InChunks | None = None
) -> Found:
    """The sender's changes made after its previous bundle are stamped after everything that
    bundle said it had seen (its clock had moved past all of it)."""
    seen = acknowledged(conn, header) if chunked is None else chunked.acknowledged
    if seen is None:
        return None
    own_done, seen_hlc, seen_id = seen
    later = [c for c in changes if c.origin == header.sender_id and c.seq > own_done]
    if not later:
        return None
    first = min(later, key=lambda c: c.hlc)
    if first.hlc <= seen_hlc:
        return first, f"change {seen_id}, which its device had acknowledged before making it"
    return None


def acknowledged(conn: sqlite3.Connection, header) -> tuple[int, int, str] | None:
    """(the sender's own last number it had sent, the newest stamp its previous bundle said
    it had seen, that change's id), from the log as it stands; None before any bundle."""
    row = conn.execute("SELECT vector FROM peers WHERE id = ?", (header.sender_id,)).fetchone()
    try:
        vector = json.loads(row[0]) if row else {}
    except ValueError:
        vector = {}
    if not vector:
        return None
    own_done = int(vector.get(header.sender_id, 0) or 0)
    seen_hlc, seen_id = 0, ""
    for origin, seq in vector.items():
        hit = conn.execute(
            "SELECT seq, hlc FROM changes WHERE origin = ? AND seq <= ? ORDER BY seq DESC LIMIT 1",
            (origin, int(seq or 0)),
        ).fetchone()
        if hit and hit[1] > seen_hlc:
            seen_hlc, seen_id = hit[1], f"{origin}:{hit[0]}"
    return own_done, seen_hlc, seen_id


def _creations(
    conn: sqlite3.Connection,
    records: list[tuple[str, str]],
    logged_here: Container[tuple[str, int]] = (),
) -> dict:
    """(entity, record id) -> (stamp, origin) of the earliest held edit that created the
    record: one edit, knowing nothing, setting every required field. Changes in
    `logged_here` (logged by earlier chunks of this import) are not held yet."""
    required = {name: {f.name for f in e.fields if f.required} for name, e in ENTITIES.items()}
    edits: dict[tuple[str, str, str, int], set[str] | None] = {}
    for start in range(0, len(records), 400):
        chunk = records[start : start + 400]
        for entity, rid, origin, seq, hlc, fld, prev in conn.execute(
            "SELECT c.entity, c.record_id, c.origin, c.seq, c.hlc, c.field, c.prev "
            "FROM json_each(?) j JOIN changes c ON c.entity = json_extract(j.value, '$[0]') "
            "AND c.record_id = json_extract(j.value, '$[1]')",
            (json.dumps(chunk),),
        ):
            if (origin, seq) in logged_here:
                continue
            key = (entity, rid, origin, hlc)
            fields = edits.get(key, set())
            edits[key] = None if (prev or fields is None) else fields | {fld}
    out: dict[tuple[str, str], tuple[int, str]] = {}
    for (entity, rid, origin, hlc), fields in edits.items():
        if fields is None or not required.get(entity) or not required[entity] <= fields:
            continue
        if (entity, rid) not in out or hlc < out[(entity, rid)][0]:
            out[(entity, rid)] = (hlc, origin)
    return out


def _before_the_record(
    conn: sqlite3.Connection, changes: list[Change], chunked: InChunks | None = None
) -> Found:
    """No device changes a record before it was created: a change stamped at or before the
    creation of a record held here (the edit that set all its required fields knowing
    nothing), from a device other than its creator, is backdated (a bought ownership, a
    backdated delete or create). A record held only in part (its creation has not arrived
    yet) is not judged: later edits may legitimately arrive before the creation."""
    here = () if chunked is None else chunked.logged_here
    firsts = _creations(conn, sorted(set(map(RECORD_OF, changes))), here)
    if not firsts:
        return None  # no record it touches is held here yet
    for c in changes:
        first = firsts.get((c.entity, c.record_id))
        if first and c.hlc <= first[0] and c.origin != first[1]:
            return c, "the record it changes, which was created before"
    return None
