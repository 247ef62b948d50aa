"""Record use cases: create, change, delete, read, list and the history of a record."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bordertrack.domain.entities import ENTITIES, Entity, entity
from bordertrack.domain.errors import (
    Label,
    RecordNotFound,
    ValidationError,
    ValidationProblem,
    error_template,
)
from bordertrack.domain.validation import validate
from bordertrack.store.changes import DELETED, MERGED_INTO
from bordertrack.store.database import Store
from bordertrack.store.edits import write_delete, write_edit
from bordertrack.store.moves import move_notes, moved_away_refusal
from bordertrack.store.query import Reads, View


def _resolve_refs(store: Store, e: Entity, values: dict[str, Any]) -> None:
    """Let people name a holder by service number or an item by asset tag, not only by id."""
    for name, value in list(values.items()):
        if value is None or not e.has_field(name):
            continue
        f = e.field(name)
        target = ENTITIES.get(f.ref or "")
        if target is None or target.key != "id" or not target.natural_keys:
            continue
        reads = Reads(store)
        if reads.exists(target.name, value):
            continue
        for key in target.natural_keys:
            found = reads.find_live(target.name, key, value)
            if found:
                values[name] = found
                break


def _check_unique(store: Store, e: Entity, values: dict[str, Any], record_id: str | None) -> None:
    """Natural keys are unique when a person enters them (sync may still bring duplicates)."""
    problems = []
    for key in e.natural_keys:
        value = values.get(key)
        if value in (None, ""):
            continue
        other = Reads(store).find_live(e.name, key, value, not_id=record_id)
        if other:
            label = e.field(key).label
            problems.append(
                ValidationProblem(
                    key,
                    value,
                    "unique",
                    error_template(
                        "{where} '{value}' is already used by {entity} {other}; "
                        "check the number or edit that record."
                    ),
                    {
                        "where": f"{label} ({key})",
                        "label": label,
                        "value": value,
                        "entity": Label(e.label, "entity", lower=True),
                        "other": other,
                    },
                )
            )
    if problems:
        raise ValidationError(problems)


def _defaults(store: Store, e: Entity, values: dict[str, Any]) -> None:
    """A post device's new records belong to its own post unless said otherwise; other
    empty fields take the default their declaration gives (`Field.default`)."""
    post = store.device.get("post")
    if e.post_field and post and values.get(e.post_field) in (None, ""):
        values[e.post_field] = post
    for name, value in e.defaults.items():
        if values.get(name) in (None, ""):
            values[name] = value


def create(store: Store, entity_name: str, raw: dict[str, Any], *, operator: str = "") -> str:
    """Validate and record a new record; returns its new random id."""
    e = entity(entity_name)
    raw = dict(raw)
    _defaults(store, e, raw)
    values = validate(e, raw, creating=True)
    _resolve_refs(store, e, values)
    _check_unique(store, e, values, None)
    record_id, _ = write_edit(store, e, None, values, operator=operator)
    return record_id


def update(
    store: Store, entity_name: str, record_id: str, raw: dict[str, Any], *, operator: str = ""
) -> None:
    """Validate and record a change of some fields of a live record."""
    e = entity(entity_name)
    current = get(store, entity_name, record_id)
    values = validate(e, raw, creating=False)
    merged = {**current, **values}
    validate(e, {k: merged[k] for k in e.field_names}, creating=True)
    _resolve_refs(store, e, values)
    _check_unique(store, e, values, record_id)
    write_edit(store, e, record_id, values, operator=operator)


def delete(store: Store, entity_name: str, record_id: str, *, operator: str = "") -> None:
    e = entity(entity_name)
    write_delete(store, e, record_id, operator=operator)


def get(
    store: Store, entity_name: str, record_id: str, *, include_deleted: bool = False
) -> dict[str, Any]:
    """The record's current fields (without meta columns); raises RecordNotFound."""
    e = entity(entity_name)
    row = Reads(store).record(e.name, record_id)
    if row is None or (row.pop("_deleted") and not include_deleted):
        raise RecordNotFound(e.name, record_id)
    return row


def list_records(
    store: Store, entity_name: str, where: dict[str, Any] | None = None, *, limit: int | None = None
) -> list[dict[str, Any]]:
    """Live records, optionally filtered by exact field values, ordered by id."""
    e = entity(entity_name)
    return Reads(store).rows_where(View(e.name, filters=dict(where or {})), limit=limit)


@dataclass
class HistoryEntry:
    """One field change as a person reads it: who, which device, when, old → new."""

    hlc: int
    origin: str
    device_name: str
    operator: str
    field: str
    old: Any
    new: Any
    accepted: bool
    note: str = ""  # for an edit that moved, deleted or merged the record: what it did


def history(store: Store, entity_name: str, record_id: str) -> list[HistoryEntry]:
    e = entity(entity_name)
    names = dict(store.conn.execute("SELECT id, name FROM devices"))
    me = store.device
    names[me["id"]] = me["name"]
    rows = store.conn.execute(
        "SELECT origin, seq, hlc, field, value, prev, operator, accepted FROM changes "
        "WHERE entity = ? AND record_id = ? ORDER BY hlc, origin, seq",
        (e.name, record_id),
    ).fetchall()
    if not rows:
        raise RecordNotFound(e.name, record_id)
    by_id = {f"{r[0]}:{r[1]}": r[4] for r in rows}
    notes = move_notes(store.conn, e, record_id)
    out = []
    for origin, _seq, hlc, fld, value, prev, operator, accepted in rows:
        olds = [by_id[p] for p in prev.split() if p in by_id]
        out.append(
            HistoryEntry(
                hlc,
                origin,
                names.get(origin, origin),
                operator,
                "deleted" if fld == DELETED else "merged into" if fld == MERGED_INTO else fld,
                olds[-1] if olds else None,
                value,
                bool(accepted),
                notes.get((origin, hlc), "") if fld in (e.post_field, DELETED, MERGED_INTO) else "",
            )
        )
    return out


def moved_away(
    store: Store, e: Entity, record_id: str, post_now: str | None, my_post: str | None
) -> str | None:
    """Why this device may no longer edit a record that left its post (one line), or None."""
    return moved_away_refusal(store.conn, e, record_id, post_now, my_post)
