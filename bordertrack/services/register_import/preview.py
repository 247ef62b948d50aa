"""The preview of a register import: for every row, what would happen and what is wrong.

Nothing is written here. Each row becomes a RowPlan: create, update (only the fields that
differ), unchanged, or skip with its problems, so a person can fix the sheet and try again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bordertrack.domain.entities import Entity, entity
from bordertrack.domain.errors import ValidationError
from bordertrack.domain.validation import validate
from bordertrack.services.register_import.headers import Layout
from bordertrack.services.register_import.reader import Sheet
from bordertrack.services.register_import.values import convert
from bordertrack.store.database import Store

CREATE, UPDATE, UNCHANGED, SKIP = "create", "update", "unchanged", "skip"


@dataclass
class RowPlan:
    """One sheet row: its number as Excel shows it, the action, and why it is skipped."""

    row: int
    action: str
    values: dict[str, Any] = field(default_factory=dict)
    record_id: str | None = None
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class ImportPlan:
    entity: str
    sheet: str
    mapping: dict[str, str]  # header -> field, for showing
    rows: list[RowPlan]

    def counts(self) -> dict[str, int]:
        found = Counter(r.action for r in self.rows)
        return {a: found.get(a, 0) for a in (CREATE, UPDATE, UNCHANGED, SKIP)}


def _row_values(store: Store, e: Entity, cells: list[Any], layout: Layout) -> tuple[dict, list]:
    raw: dict[str, Any] = {}
    warnings: list[str] = []
    for col, name in layout.mapping.items():
        cell = cells[col] if col < len(cells) else None
        value, warning = convert(store, e.field(name), cell)
        if value is not None:
            raw[name] = value
        if warning:
            warnings.append(warning)
    if e.name == "equipment":
        _model_details(store, raw, warnings)
    return raw, warnings


def _model_details(store: Store, raw: dict[str, Any], warnings: list[str]) -> None:
    """A known model gives the category; an unknown model name goes to the notes instead of
    becoming a reference to a model no device has."""
    model = raw.get("model")
    if not model:
        return
    row = store.conn.execute(
        "SELECT category FROM equipment_model WHERE code = ? AND _deleted = 0", (model,)
    ).fetchone()
    if row:
        raw.setdefault("category", row[0])
        return
    del raw["model"]
    warnings[:] = [w for w in warnings if not w.startswith("Model '")]
    raw["notes"] = f"{raw['notes']}\n{model}" if raw.get("notes") else str(model)
    warnings.append(f"Model '{model}' is not in the catalogue; it is kept in the notes.")


def _match(store: Store, e: Entity, values: dict[str, Any]) -> tuple[str | None, list[str]]:
    """The existing record with the same asset tag, serial or service number (first key wins)."""
    found: dict[str, str] = {}
    for key in e.natural_keys:
        value = values.get(key)
        if value in (None, ""):
            continue
        row = store.conn.execute(
            f'SELECT id FROM {e.table} WHERE "{key}" = ? AND _deleted = 0', (value,)
        ).fetchone()
        if row:
            found[key] = row[0]
    ids = set(found.values())
    if len(ids) > 1:
        keys = " and ".join(f"{e.field(k).label.lower()} '{values[k]}'" for k in found)
        return None, [f"The {keys} belong to different records; correct one of them."]
    return (ids.pop() if ids else None), []


def _duplicates(e: Entity, values: dict[str, Any], row: int, seen: dict) -> list[str]:
    problems = []
    for key in e.natural_keys:
        value = values.get(key)
        if value in (None, ""):
            continue
        norm = str(value).strip().upper()
        first = seen.setdefault((key, norm), row)
        if first != row:
            label = e.field(key).label
            problems.append(
                f"{label} '{value}' is also on row {first}; only row {first} is imported."
            )
    return problems


def _plan_row(store: Store, e: Entity, number: int, cells: list, layout: Layout, seen: dict,
              defaults: dict[str, Any]) -> RowPlan:  # fmt: skip
    raw, warnings = _row_values(store, e, cells, layout)
    for name, value in defaults.items():
        raw.setdefault(name, value)
    plan = RowPlan(number, SKIP, values=dict(raw), warnings=warnings)  # shown when skipped
    plan.problems += _duplicates(e, raw, number, seen)
    try:
        values = validate(e, raw, creating=False)
    except ValidationError as exc:
        plan.problems += [p.message for p in exc.problems]
        return plan
    record_id, problems = _match(store, e, values)
    plan.problems += problems
    if plan.problems:
        return plan
    if record_id is None:
        return _plan_create(store, e, plan, values)
    current = store.conn.execute(
        f"SELECT {', '.join(chr(34) + n + chr(34) for n in values)} FROM {e.table} WHERE id = ?",
        (record_id,),
    ).fetchone()
    changed = {n: v for (n, v), old in zip(values.items(), current, strict=True) if v != old}
    plan.record_id, plan.values = record_id, changed
    plan.action = UPDATE if changed else UNCHANGED
    return plan


def _plan_create(store: Store, e: Entity, plan: RowPlan, values: dict[str, Any]) -> RowPlan:
    post = store.device.get("post")
    full = dict(values)
    if e.post_field and post:
        full.setdefault(e.post_field, post)
    if e.name == "equipment":
        full.setdefault("status", "in_service")
    try:
        validate(e, full, creating=True)
    except ValidationError as exc:
        plan.problems += [p.message for p in exc.problems]
        return plan
    plan.action, plan.values = CREATE, values
    return plan


def plan_import(
    store: Store,
    sheet: Sheet,
    entity_name: str,
    layout: Layout,
    *,
    defaults: dict[str, Any] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> ImportPlan:
    """Preview every data row below the header; rows are never written here."""
    e = entity(entity_name)
    seen: dict = {}
    start = layout.header_index + 1
    data = list(zip(sheet.numbers[start:], sheet.rows[start:], strict=True))
    rows = []
    for i, (number, cells) in enumerate(data):
        rows.append(_plan_row(store, e, number, cells, layout, seen, defaults or {}))
        if on_progress and i % 200 == 0:
            on_progress(i, len(data))
    mapping = {layout.headers[c] or f"column {c + 1}": f for c, f in sorted(layout.mapping.items())}
    return ImportPlan(e.name, sheet.name, mapping, rows)
