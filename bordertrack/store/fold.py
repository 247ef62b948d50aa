"""Folding a record's change log into its current state, held changes and conflicts.

This is a pure function of the set of changes a device holds for one record, which is
why every device that holds the same changes shows the same record: arrival order
cannot matter.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter
from typing import Any, NamedTuple

from bordertrack.domain.entities import Entity
from bordertrack.store.changes import DELETED, MERGED_INTO, META_FIELDS
from bordertrack.store.scope import Role, allowed


class LogRow(NamedTuple):
    """A change as read back from the log for folding."""

    origin: str
    seq: int
    hlc: int
    field: str
    value: Any
    prev: str

    @property
    def cid(self) -> str:
        return f"{self.origin}:{self.seq}"


@dataclass
class Conflict:
    id: str
    field: str
    kind: str  # "edit" (two concurrent values) or "delete" (an edit concurrent with a delete)
    winner: LogRow
    loser: LogRow


@dataclass
class Folded:
    """The outcome of folding one record."""

    values: dict[str, Any] = field(default_factory=dict)
    winners: dict[str, LogRow] = field(default_factory=dict)
    heads: dict[str, list[LogRow]] = field(default_factory=dict)
    held: list[LogRow] = field(default_factory=list)
    accepted: list[LogRow] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    hlc: int = 0

    @property
    def exists(self) -> bool:
        return bool(self.winners)

    @property
    def deleted(self) -> bool:
        return bool(self.values.get(DELETED))


def conflict_id(entity: str, record_id: str, fld: str, a: str, b: str) -> str:
    return hashlib.sha1(f"{entity}|{record_id}|{fld}|{a}|{b}".encode()).hexdigest()[:16]


def fold(e: Entity, record_id: str, rows: list[LogRow], roles: dict[str, Role | None]) -> Folded:
    """Replay `rows` (sorted by hlc, origin, seq) through the scope rule and last-writer-wins.

    Changes of one edit share (hlc, origin) and are accepted or held together. A held
    change is kept in the log and reconsidered whenever the record changes again (the
    transfer it was waiting for may arrive later).
    """
    quick = _one_new_edit(e, rows, roles)
    return quick if quick is not None else fold_walk(e, record_id, rows, roles)


def _one_new_edit(e: Entity, rows: list[LogRow], roles: dict[str, Role | None]) -> Folded | None:
    """The fold of the commonest record in a merge, without the general walk: created by
    one edit that knew nothing, each field once, no delete or merge, within its maker's
    scope. What `fold_walk` gives for such rows, built directly (a property test compares
    the two); None for anything else."""
    values = one_new_edit_values(e, rows, roles)
    if values is None:
        return None
    winners = {r[3]: r for r in rows}
    return Folded(
        values=values,
        winners=winners,
        heads={name: [r] for name, r in winners.items()},
        accepted=list(rows),
        hlc=rows[0].hlc,
    )


def one_new_edit_values(
    e: Entity, rows: list[LogRow], roles: dict[str, Role | None]
) -> dict[str, Any] | None:
    """The field values of a record `_one_new_edit` folds (its conditions, once), or None.
    The apply writes such a record's state from them without a `Folded` (a roll-up's
    million records)."""
    if not rows:
        return None
    first, last = rows[0], rows[-1]
    if first[2] != last[2] or first[0] != last[0] or any(map(_PREV, rows)):
        return None  # more than one edit (rows are sorted by stamp, origin), or prev links
    values = {r[3]: r[4] for r in rows}
    if len(values) != len(rows) or DELETED in values or MERGED_INTO in values:
        return None
    post = e.post_field
    post_after = values.get(post) if post else None
    if not allowed(e, roles.get(first.origin), False, None, post_after):
        return None
    return values


def fold_walk(
    e: Entity, record_id: str, rows: list[LogRow], roles: dict[str, Role | None]
) -> Folded:
    """`fold` for any rows: every edit in order through the scope rule, then heads and
    conflicts."""
    out = Folded()
    post_field = e.post_field
    posts_seen: set = set()
    for edit in _edits(rows):
        origin = edit[0].origin
        before = out.winners.get(post_field) if post_field else None
        post_before = before.value if before else None
        post_after = post_before
        if post_field:
            for r in edit:
                if r.field == post_field:
                    post_after = r.value
        if allowed(e, roles.get(origin), out.exists, post_before, post_after):
            for r in edit:
                out.winners[r.field] = r
            out.accepted.extend(edit)
            if post_field:
                posts_seen.add(post_before)
                posts_seen.add(post_after)
        else:
            out.held.extend(edit)
    out.values = {name: r.value for name, r in out.winners.items()}
    out.hlc = max(map(_HLC, out.accepted), default=0)
    if out.held and post_field:
        posts_seen = _told(post_field, out.held, roles, posts_seen)
    known = _known(rows, _counted(out, roles, posts_seen))
    _find_conflicts(e, record_id, out, known)
    if out.held and post_field:
        _held_conflicts(e, record_id, out, roles, posts_seen, known)
    if out.conflicts:  # a newer release's field is reviewed once this one declares it
        out.conflicts = [c for c in out.conflicts if _declared(e, c.field)]
    return out


def _declared(e: Entity, name: str) -> bool:
    return name in META_FIELDS or e.has_field(name)


def shown(e: Entity, folded: Folded) -> bool:
    """Has the record a row here: a declared (or meta) field of it is known.

    A record a newer release only touched in fields this one does not declare is kept in
    the log (its changes count for scope and knowledge like any other) but has no row
    until an upgrade declares one of them.
    """
    return shows(e, folded.winners)


def shows(e: Entity, names: Iterable[str]) -> bool:
    """`shown` for a record whose known fields are `names`: one of them is declared."""
    return any(map(e.has_field, names)) or not _META.isdisjoint(names)


_META = frozenset(META_FIELDS)


def _known(rows: list[LogRow], counted: list[LogRow]) -> set[str]:
    """Change ids some counted change knowingly overwrote, in its own field.

    Counted are the accepted changes and the held changes that stay for review (see
    `_counted`): what a change knew is a fact about when it was made, whether or not it is
    in force yet. A prev link to a change of another field counts only from a delete or a
    merge, which overwrite all.
    """
    if not any(map(_PREV, counted)):
        return set()
    field_of = {r.cid: r.field for r in rows}
    return {
        cid
        for r in counted
        if r.prev
        for cid in r.prev.split()
        if r.field in META_FIELDS or field_of.get(cid) == r.field
    }


def _reviewable(h: LogRow, roles: dict[str, Role | None], posts_seen: set) -> bool:
    """A held change kept for review: a post's edit of a record that was at that post at
    some time. A held change from a device that never had the record counts for nothing
    (else any device could hide others' conflicts by claiming to know them)."""
    who = roles.get(h.origin)
    return who is not None and who.role == "post" and who.post in posts_seen


def _told(post_field: str, held: list[LogRow], roles: dict[str, Role | None], seen: set) -> set:
    """The posts that were told they had the record: those an accepted change put it at,
    and those a held hand-over by such a post gave it to (a coordinator that had not yet
    seen the earlier transfer relayed it, so that post may have edited the record too)."""
    seen = set(seen)
    grew = True
    while grew:
        grew = False
        for h in held:
            if h.field == post_field and h.value not in seen and _reviewable(h, roles, seen):
                seen.add(h.value)
                grew = True
    return seen


def _counted(out: Folded, roles: dict[str, Role | None], posts_seen: set) -> list[LogRow]:
    """The changes whose knowledge counts: accepted ones and reviewable held ones."""
    if not out.held:
        return out.accepted
    return out.accepted + [h for h in out.held if _reviewable(h, roles, posts_seen)]


def _held_conflicts(
    e: Entity,
    record_id: str,
    out: Folded,
    roles: dict[str, Role | None],
    posts_seen: set,
    known: set[str],
) -> None:
    """A post's edit of a record that was at that post, held because the record was handed
    elsewhere first (by clock order) without the post knowing: kept for review, not lost.

    It is a "scope" conflict against the value in force; once the record is deleted it is
    an edit the delete did not know, a "delete" conflict like any accepted one. (Dropping
    it on a deleted record would lose the post's work without a trace.)
    """
    delete = out.winners.get(DELETED) if out.deleted else None
    for h in out.held:
        if h.field in META_FIELDS or not _reviewable(h, roles, posts_seen):
            continue
        if h.cid in known:
            continue
        if delete is not None:
            cid = conflict_id(e.name, record_id, h.field, delete.cid, h.cid)
            out.conflicts.append(Conflict(cid, h.field, "delete", delete, h))
            continue
        winner = out.winners.get(h.field) or LogRow("", 0, 0, h.field, None, "")
        cid = conflict_id(e.name, record_id, h.field, winner.cid if winner.origin else "", h.cid)
        out.conflicts.append(Conflict(cid, h.field, "scope", winner, h))


_EDIT = itemgetter(2, 0)  # a LogRow's (hlc, origin): the changes of one edit share it
_HLC, _PREV = itemgetter(2), itemgetter(5)


def _edits(rows: list[LogRow]) -> list[list[LogRow]]:
    """`rows` (sorted) split into edits; one edit, the common case, without a split."""
    if rows and rows[0][2] == rows[-1][2] and rows[0][0] == rows[-1][0]:
        return [rows]
    return [list(group) for _, group in groupby(rows, key=_EDIT)]


def _find_conflicts(e: Entity, record_id: str, out: Folded, known: set[str]) -> None:
    """A head is an accepted change no other change knowingly overwrote.

    Two heads of one field with different values were made without knowledge of each
    other: a conflict. On a deleted record, heads of data fields the delete did not
    know are edits concurrent with the delete.
    """
    by_field = out.heads
    for r in out.accepted:
        # Without any prev links (a record created in one place) every change is a head.
        if not known or r.cid not in known:
            if r.field in by_field:
                by_field[r.field].append(r)
            else:
                by_field[r.field] = [r]
    delete = out.winners.get(DELETED) if out.deleted else None
    for fld, heads in out.heads.items():
        if delete is not None:
            if fld in META_FIELDS:
                continue
            for h in heads:
                cid = conflict_id(e.name, record_id, fld, delete.cid, h.cid)
                out.conflicts.append(Conflict(cid, fld, "delete", delete, h))
            continue
        if len(heads) == 1 and heads[0] is out.winners[fld]:
            continue
        winner = out.winners[fld]
        for h in heads:
            if h.cid != winner.cid and h.value != winner.value:
                cid = conflict_id(e.name, record_id, fld, winner.cid, h.cid)
                out.conflicts.append(Conflict(cid, fld, "edit", winner, h))


def knowing_prev(folded: Folded, fld: str) -> str:
    """The prev list for a new local edit of `fld`: every head and the winner it overwrites."""
    ids = {r.cid for r in folded.heads.get(fld, [])}
    if fld in folded.winners:
        ids.add(folded.winners[fld].cid)
    return " ".join(sorted(ids))
