"""Applying a previewed register import: valid rows become ordinary, logged edits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bordertrack.domain.errors import BorderTrackError
from bordertrack.services import records
from bordertrack.services.register_import.headers import (
    apply_overrides,
    find_layout,
    register_entity,
)
from bordertrack.services.register_import.preview import (
    CREATE,
    SKIP,
    UPDATE,
    ImportPlan,
    plan_import,
)
from bordertrack.services.register_import.reader import read_register
from bordertrack.store.database import Store


class RegisterImportCancelled(BorderTrackError):
    def __init__(self) -> None:
        super().__init__("The register import was cancelled; nothing was changed.")


@dataclass
class ImportOutcome:
    created: int = 0
    updated: int = 0
    failed: list[tuple[int, str]] = field(default_factory=list)  # (row, why) found while writing


def preview_register(
    store: Store,
    path: Path,
    entity_name: str,
    *,
    sheet: str | None = None,
    overrides: dict[str, str] | None = None,
    defaults: dict[str, Any] | None = None,
) -> ImportPlan:
    """Read, guess the columns, apply `--map` overrides and plan every row (no writes)."""
    name = register_entity(entity_name)
    data = read_register(path, sheet)
    layout = apply_overrides(find_layout(data, name), name, overrides or {})
    if not layout.mapping:
        raise BorderTrackError(
            f"No column of sheet '{data.name}' looks like a field of {name}; map them with "
            "--map 'Header=field'."
        )
    return plan_import(store, data, name, layout, defaults=defaults)


def apply_plan(
    store: Store,
    plan: ImportPlan,
    *,
    operator: str = "",
    on_progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ImportOutcome:
    """Write every create and update of the plan in one transaction.

    Each row runs in a savepoint: a row refused while writing (out of this device's scope,
    a number taken since the preview) is reported and the others still go in. Cancelling
    rolls back the whole import.
    """
    outcome = ImportOutcome()
    todo = [r for r in plan.rows if r.action in (CREATE, UPDATE)]
    with store.transaction() as conn:
        for i, row in enumerate(todo):
            if is_cancelled and is_cancelled():
                raise RegisterImportCancelled()
            conn.execute("SAVEPOINT register_row")
            try:
                if row.action == CREATE:
                    row.record_id = records.create(
                        store, plan.entity, row.values, operator=operator
                    )
                    outcome.created += 1
                else:
                    records.update(store, plan.entity, row.record_id or "", row.values, operator=operator)  # fmt: skip
                    outcome.updated += 1
                conn.execute("RELEASE register_row")
            except BorderTrackError as exc:
                conn.execute("ROLLBACK TO register_row")
                conn.execute("RELEASE register_row")
                row.action, row.problems = SKIP, [str(exc)]
                outcome.failed.append((row.row, str(exc)))
            if on_progress and i % 100 == 0:
                on_progress(i, len(todo))
    if on_progress:
        on_progress(len(todo), len(todo))
    return outcome
