"""Applying a previewed register import: valid rows become ordinary, logged edits, all in one
set-based apply.

Every row becomes the changes a local edit would write (this device, its next sequence
numbers, a clock tick per record, the ids of the changes it knowingly overwrites), and the
whole import goes through `store.apply.apply_changes` once, in one transaction: 20,000 rows
cost one fold pass, not 20,000. A row refused while writing (its asset tag taken since the
preview, out of this device's scope) is reported and the others still go in; cancelling
rolls back the whole import.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bordertrack.domain.entities import Entity, entity
from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.services.register_import.headers import (
    apply_overrides,
    find_layout,
    register_entity,
)
from bordertrack.services.register_import.preview import CREATE, SKIP, UPDATE, ImportPlan, RowPlan
from bordertrack.services.register_import.reader import read_register
from bordertrack.store.apply import apply_changes
from bordertrack.store.changes import Change, new_change
from bordertrack.store.database import Store
from bordertrack.store.edits import next_seq
from bordertrack.store.fold import Folded, LogRow, fold, knowing_prev
from bordertrack.store.gc_pause import gc_paused
from bordertrack.store.query import LIVE
from bordertrack.store.roles import known_roles
from bordertrack.store.scope import Role, allowed, refusal


class RegisterImportCancelled(BorderTrackError):
    template = error_template("The register import was cancelled; nothing was changed.")

    def __init__(self) -> None:
        super().__init__()


@dataclass
class ImportOutcome:
    created: int = 0
    updated: int = 0
    people_created: int = 0
    review: int = 0
    failed: list[tuple[int, str]] = field(default_factory=list)  # (row, why) found while writing


def preview_register(
    store: Store,
    path: Path,
    entity_name: str,
    *,
    sheet: str | None = None,
    overrides: dict[str, str] | None = None,
    defaults: dict[str, Any] | None = None,
    currency: str | None = None,
) -> ImportPlan:
    """Read, guess the columns (or use the saved template), apply `--map` overrides and plan
    every row (no writes)."""
    from bordertrack.services.register_import.defaults import check_defaults
    from bordertrack.services.register_import.preview import plan_import
    from bordertrack.services.register_import.templates import apply_template

    name = register_entity(entity_name)
    with gc_paused():  # 20,000 rows of cells and plans, all alive until the end, no cycles
        data = read_register(path, sheet)
        layout = apply_template(store, name, find_layout(data, name))
        layout = apply_overrides(layout, name, overrides or {})
        if not layout.mapping:
            raise BorderTrackError(
                error_template(
                    "No column of sheet '{name}' looks like a field of {entity}; map them with "
                    "--map 'Header=field'."
                ),
                name=data.name,
                entity=name,
            )
        checked = check_defaults(store, name, defaults or {})
        return plan_import(store, data, name, layout, defaults=checked, currency=currency)


class _Writer:
    """Builds the changes of every row as local edits of this device would."""

    def __init__(self, store: Store, e: Entity, operator: str) -> None:
        self.store, self.e, self.operator = store, e, operator
        device = store.device
        self.origin = device["id"]
        self.me = Role(device["role"], device["post"])
        self.seq = next_seq(store)
        self.changes: list[Change] = []

    def write(self, e: Entity, rid: str, values: dict[str, Any], folded: Folded | None) -> None:
        """One edit: a change per field (a new record's empty fields are not written)."""
        hlc = self.store.clock.tick()
        origin, operator, seq, entity_name = self.origin, self.operator, self.seq, e.name
        if folded is None:
            filled = [item for item in values.items() if item[1] is not None]
            self.changes += [
                new_change((origin, seq + i, hlc, entity_name, rid, name, value, "", operator))
                for i, (name, value) in enumerate(filled)
            ]
            self.seq = seq + len(filled)
            return
        for name, value in values.items():
            prev = knowing_prev(folded, name)
            self.changes.append(
                new_change((origin, seq, hlc, entity_name, rid, name, value, prev, operator))
            )
            seq += 1
        self.seq = seq


def _folds(store: Store, e: Entity, ids: list[str]) -> dict[str, Folded]:
    """Each updated record folded from its log, read 500 records per query."""
    roles = known_roles(store.conn)
    out: dict[str, Folded] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        rows: dict[str, list[LogRow]] = {rid: [] for rid in chunk}
        for rid, *rest in store.conn.execute(
            "SELECT record_id, origin, seq, hlc, field, value, prev FROM changes WHERE entity = ? "
            f"AND record_id IN ({', '.join('?' * len(chunk))}) ORDER BY hlc, origin, seq",
            [e.name, *chunk],
        ):
            rows[rid].append(LogRow(*rest))
        for rid, log in rows.items():
            out[rid] = fold(e, rid, log, roles)
    return out


def _taken(store: Store, e: Entity, rows: list[RowPlan]) -> dict[int, str]:
    """Rows whose natural key another record took since the preview: row -> why."""
    out: dict[int, str] = {}
    for key in e.natural_keys:
        wanted = {str(r.values[key]): r for r in rows if r.values.get(key) not in (None, "")}
        if not wanted:
            continue
        for rid, value in store.conn.execute(
            f'SELECT id, "{key}" FROM {e.table} WHERE {LIVE} AND "{key}" IS NOT NULL'
        ):
            r = wanted.get(str(value))
            if r is not None and r.record_id != rid:
                out[r.row] = (
                    f"{e.field(key).label} '{value}' is already used by {e.label.lower()} "
                    f"{rid}; check the number or edit that record."
                )
    return out


def _holders(writer: _Writer, plan: ImportPlan, todo: list[RowPlan]) -> int:
    """New people for the holders that matched nobody; their rows point at them."""
    person = entity("person")
    made: dict[str, str] = {}
    for row in todo:
        name = row.new_holder
        if not name:
            continue
        post = row.values.get("post") or writer.me.post
        if name not in made:
            if not allowed(person, writer.me, False, None, post):
                continue
            made[name] = str(uuid.uuid4())
            values = {"full_name": name, "sex": "not_recorded", "kind": "officer", "post": post}
            writer.write(person, made[name], values, None)
        row.values["holder"] = made[name]
        notes = [n for n in str(row.values.get("notes") or "").split("\n") if n != row.holder_line]
        row.values["notes"] = "\n".join(notes) or None
    return len(made)


def apply_plan(
    store: Store,
    plan: ImportPlan,
    *,
    operator: str = "",
    create_holders: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ImportOutcome:
    """Write every create and update of the plan as one batch of changes, in one transaction."""
    e = entity(plan.entity)
    outcome = ImportOutcome()
    todo = [r for r in plan.rows if r.action in (CREATE, UPDATE)]
    with gc_paused(), store.transaction() as conn:
        taken = _taken(store, e, todo)
        folds = _folds(store, e, [r.record_id for r in todo if r.action == UPDATE and r.record_id])
        writer = _Writer(store, e, operator)
        if create_holders:
            outcome.people_created = _holders(writer, plan, todo)
        for i, row in enumerate(todo):
            if is_cancelled and is_cancelled():
                raise RegisterImportCancelled()
            why = taken.get(row.row) or _refused(writer, e, row, folds)
            if why:
                row.action, row.problems = SKIP, [why]
                outcome.failed.append((row.row, why))
                continue
            if row.action == CREATE:
                row.record_id = str(uuid.uuid4())
                writer.write(e, row.record_id, row.values, None)
                outcome.created += 1
            else:
                writer.write(e, row.record_id or "", row.values, folds[row.record_id or ""])
                outcome.updated += 1
            outcome.review += bool(row.review)
            if on_progress and i % 1000 == 0:
                on_progress(i, len(todo) + 1)
        if writer.changes:
            apply_changes(conn, writer.changes)
    if on_progress:
        on_progress(len(todo) + 1, len(todo) + 1)
    return outcome


def _refused(writer: _Writer, e: Entity, row: RowPlan, folds: dict[str, Folded]) -> str | None:
    """Why this device may not write the row (scope, or a record deleted since), or None."""
    if row.action == CREATE:
        post = row.values.get(e.post_field) if e.post_field else None
        return None if allowed(e, writer.me, False, None, post) else refusal(e, writer.me, post)
    folded = folds.get(row.record_id or "")
    if folded is None or not folded.exists or folded.deleted:
        return f"The {e.label.lower()} of this row was deleted since the preview; import again."
    before = folded.values.get(e.post_field) if e.post_field else None
    after = row.values.get(e.post_field, before) if e.post_field else None
    return None if allowed(e, writer.me, True, before, after) else refusal(e, writer.me, before)
