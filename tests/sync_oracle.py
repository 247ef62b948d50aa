"""An independent oracle for sync: replay every change in clock order with the scope rule and
last-writer-wins (docs/decisions.md), written from the rules, not from the fold code.

It predicts each record's final values, which changes are held, and the full conflict set,
so a property test can compare every device (posts included) with it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from bordertrack.domain.entities import ENTITIES, Scope

META = ("_deleted", "_merged_into")


@dataclass
class RecordTruth:
    entity: str
    record_id: str
    values: dict[str, Any] = field(default_factory=dict)
    winner: dict[str, tuple] = field(default_factory=dict)  # field -> change row
    accepted: list[tuple] = field(default_factory=list)
    held: list[tuple] = field(default_factory=list)
    posts_seen: set = field(default_factory=set)
    ever_at: set = field(default_factory=set)  # posts an accepted change put it at

    @property
    def exists(self) -> bool:
        return bool(self.winner)

    @property
    def deleted(self) -> bool:
        return bool(self.values.get("_deleted"))


def cid(row: tuple) -> str:
    return f"{row[0]}:{row[1]}"


def _may(entity: str, role: tuple | None, exists: bool, before: Any, after: Any) -> bool:
    """The scope rule as docs/decisions.md states it."""
    if role is None or role[0] == "coordinator":
        return True
    scope = ENTITIES[entity].scope
    if scope == Scope.REFERENCE:
        return False
    if role[0] == "trainer":
        return scope in (Scope.TRAINING, Scope.PEOPLE)
    if scope == Scope.TRAINING:
        return False
    return (before == role[1]) if exists else (after == role[1])


def replay(changes: list[tuple], roles: dict[str, tuple]) -> dict[tuple[str, str], RecordTruth]:
    """changes: (origin, seq, hlc, entity, record_id, field, value, prev) rows, any order."""
    by_record: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for row in changes:
        by_record[(row[3], row[4])].append(row)
    out = {}
    for (entity, rid), rows in by_record.items():
        post_field = ENTITIES[entity].post_field
        truth = RecordTruth(entity, rid)
        rows.sort(key=lambda r: (r[2], r[0], r[1]))
        edits: list[list[tuple]] = []
        for row in rows:
            if edits and (edits[-1][0][2], edits[-1][0][0]) == (row[2], row[0]):
                edits[-1].append(row)
            else:
                edits.append([row])
        for edit in edits:
            before = truth.values.get(post_field) if post_field else None
            after = before
            for row in edit:
                if row[5] == post_field:
                    after = row[6]
            if _may(entity, roles.get(edit[0][0]), truth.exists, before, after):
                for row in edit:
                    truth.values[row[5]] = row[6]
                    truth.winner[row[5]] = row
                truth.accepted += edit
                if post_field:
                    truth.posts_seen |= {before, after}
                    if after is not None:
                        truth.ever_at.add(after)
            else:
                truth.held += edit
        out[(entity, rid)] = truth
    return out


def conflicts(truth: RecordTruth, roles: dict[str, tuple]) -> set[tuple[str, str, str]]:
    """(kind, winner id, loser id) of every conflict the record should show."""
    post_field = ENTITIES[truth.entity].post_field

    def by_a_post_in(h: tuple, posts: set) -> bool:
        return roles.get(h[0]) is not None and roles[h[0]][0] == "post" and roles[h[0]][1] in posts

    # Posts told they had the record: where accepted changes put it, and where a held
    # hand-over by such a post gave it (a chain of them is at most as long as the held list).
    told = set(truth.posts_seen)
    for _ in truth.held:
        told |= {h[6] for h in truth.held if h[5] == post_field and by_a_post_in(h, told)}
    reviewable = [h for h in truth.held if by_a_post_in(h, told)]
    field_of = {cid(r): r[5] for r in truth.accepted + truth.held}
    known = set()
    for r in truth.accepted + reviewable:
        for p in (r[7] or "").split():
            if r[5] in META or field_of.get(p) == r[5]:
                known.add(p)
    heads: dict[str, list[tuple]] = defaultdict(list)
    for r in truth.accepted:
        if cid(r) not in known:
            heads[r[5]].append(r)
    out: set[tuple[str, str, str]] = set()
    delete = truth.winner.get("_deleted") if truth.deleted else None
    for fld, hs in heads.items():
        if delete is not None:
            if fld not in META:
                out |= {("delete", cid(delete), cid(h)) for h in hs}
            continue
        w = truth.winner[fld]
        out |= {("edit", cid(w), cid(h)) for h in hs if cid(h) != cid(w) and h[6] != w[6]}
    if post_field and truth.held:
        # A held edit kept for review that nothing knew of is shown: against the value in
        # force ("scope"), or, on a deleted record, as an edit the delete did not know.
        for h in reviewable:
            if h[5] in META or cid(h) in known:
                continue
            if delete is not None:
                out.add(("delete", cid(delete), cid(h)))
                continue
            w = truth.winner.get(h[5])
            out.add(("scope", cid(w) if w else ":0", cid(h)))
    return out


def silent_losses(truth: RecordTruth, found: set[tuple[str, str, str]]) -> list[str]:
    """Changes neither in force, nor knowingly overwritten, nor part of a conflict."""
    in_conflict = {x for _k, w, lo in found for x in (w, lo)}
    known = {p for r in truth.accepted + truth.held for p in (r[7] or "").split()}
    current = {cid(r) for r in truth.winner.values()}
    lost = []
    for r in truth.accepted + truth.held:
        if r[5] in META:
            continue
        c = cid(r)
        if c in current or c in known or c in in_conflict:
            continue
        if truth.winner.get(r[5]) is not None and truth.winner[r[5]][6] == r[6]:
            continue  # the same value is in force
        lost.append(c)
    return lost


def told_at(truth: RecordTruth, roles: dict[str, tuple]) -> set:
    """Posts that must learn where the record went: those an accepted change put it at, and
    those a held hand-over by one of these posts gave it to (a coordinator may have relayed
    that hand-over before it learned of an earlier transfer)."""
    post_field = ENTITIES[truth.entity].post_field
    handed = {
        h[6]
        for h in truth.held
        if h[5] == post_field
        and roles.get(h[0]) is not None
        and roles[h[0]][0] == "post"
        and roles[h[0]][1] in truth.ever_at
    }
    return truth.ever_at | handed


def expected_row(truth: RecordTruth) -> dict[str, Any]:
    e = ENTITIES[truth.entity]
    return {"id": truth.record_id, **{f: truth.values.get(f) for f in e.field_names}}
