"""The one way a person's edit is written: validate scope, log the changes, apply them."""

from __future__ import annotations

import uuid
from typing import Any

from bordertrack.domain.entities import Entity
from bordertrack.domain.errors import OutOfScope, RecordNotFound
from bordertrack.store.apply import ApplyResult, apply_changes
from bordertrack.store.changes import DELETED, Change
from bordertrack.store.database import Store
from bordertrack.store.fold import Folded, LogRow, fold, knowing_prev
from bordertrack.store.log_codec import newest_stamp, origin_seq_max
from bordertrack.store.moves import moved_away_refusal
from bordertrack.store.roles import known_roles
from bordertrack.store.scope import Role, allowed, refusal_template


def load_fold(store: Store, e: Entity, record_id: str) -> Folded:
    """Fold one record from the log as this device sees it now."""
    rows = [
        LogRow(*r)
        for r in store.conn.execute(
            "SELECT origin, seq, hlc, field, value, prev FROM changes "
            "WHERE entity = ? AND record_id = ? ORDER BY hlc, origin, seq",
            (e.name, record_id),
        )
    ]
    return fold(e, record_id, rows, known_roles(store.conn))


def _refusal(
    store: Store,
    e: Entity,
    record_id: str,
    me: Role,
    folded: Folded,
    post_before: Any,
    post_after: Any,
) -> tuple[str, dict[str, Any]]:
    """Why this device may not make the edit, as a template and its params; for a record
    that left this post, where it is now and how it got there."""
    if folded.exists and me.role == "post":
        moved = moved_away_refusal(store.conn, e, record_id, post_before, me.post)
        if moved:
            return moved, {}
    return refusal_template(e, me, post_before if folded.exists else post_after)


def clock_past_log(store: Store) -> None:
    """Never stamp before a change already held (a clock setting restored from an older
    copy, say): per origin, stamps must not go backwards in sequence order."""
    store.clock.observe(newest_stamp(store.conn))


def next_seq(store: Store) -> int:
    return origin_seq_max(store.conn, store.device["id"]) + 1


def write_edit(
    store: Store,
    e: Entity,
    record_id: str | None,
    values: dict[str, Any],
    *,
    operator: str = "",
    extra_prev: dict[str, str] | None = None,
) -> tuple[str, ApplyResult]:
    """Record `values` on a record (a new one when record_id is None) as one edit.

    Each field becomes one change stamped with this device, its next sequence number,
    one HLC tick and the ids of the changes it knowingly overwrites.
    """
    device = store.device
    me = Role(device["role"], device["post"])
    with store.transaction() as conn:
        creating = record_id is None
        rid = record_id or str(uuid.uuid4())
        folded = Folded() if creating else load_fold(store, e, rid)
        if not creating and not folded.exists:
            raise RecordNotFound(e.name, rid)
        post_before = folded.values.get(e.post_field) if e.post_field else None
        post_after = values.get(e.post_field, post_before) if e.post_field else None
        if not allowed(e, me, folded.exists, post_before, post_after):
            reason, params = _refusal(store, e, rid, me, folded, post_before, post_after)
            raise OutOfScope(e.name, rid, reason, **params)
        clock_past_log(store)
        hlc = store.clock.tick()
        seq = next_seq(store)
        changes = []
        for name, value in values.items():
            if creating and value is None:
                continue
            if (
                not creating
                and name in folded.values
                and folded.values[name] == value
                and not (extra_prev and name in extra_prev)
            ):
                continue
            prev = knowing_prev(folded, name)
            if extra_prev and name in extra_prev:
                prev = " ".join(sorted(set(prev.split()) | set(extra_prev[name].split())))
            changes.append(Change(device["id"], seq, hlc, e.name, rid, name, value, prev, operator))
            seq += 1
        result = apply_changes(conn, changes) if changes else ApplyResult()
    return rid, result


def delete_prev(folded: Folded) -> str:
    """A delete knowingly overwrites every head of every field it has seen, and every held
    change this device shows for review (a scope conflict's held side): the person saw it."""
    ids = {r.cid for heads in folded.heads.values() for r in heads}
    ids |= {r.cid for r in folded.winners.values()}
    ids |= {c.loser.cid for c in folded.conflicts}
    return " ".join(sorted(ids))


def write_delete(
    store: Store, e: Entity, record_id: str, *, operator: str = "", merged_into: str | None = None
) -> ApplyResult:
    """Tombstone a record (optionally as merged into another); the tombstone syncs."""
    device = store.device
    me = Role(device["role"], device["post"])
    with store.transaction() as conn:
        folded = load_fold(store, e, record_id)
        if not folded.exists or folded.deleted:
            raise RecordNotFound(e.name, record_id)
        post = folded.values.get(e.post_field) if e.post_field else None
        if not allowed(e, me, True, post, post):
            reason, params = _refusal(store, e, record_id, me, folded, post, post)
            raise OutOfScope(e.name, record_id, reason, **params)
        clock_past_log(store)
        hlc = store.clock.tick()
        seq = next_seq(store)
        prev = delete_prev(folded)
        changes = [Change(device["id"], seq, hlc, e.name, record_id, DELETED, 1, prev, operator)]
        if merged_into:
            changes.append(
                Change(
                    device["id"],
                    seq + 1,
                    hlc,
                    e.name,
                    record_id,
                    "_merged_into",
                    merged_into,
                    knowing_prev(folded, "_merged_into"),
                    operator,
                )
            )
        return apply_changes(conn, changes)
