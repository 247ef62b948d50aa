"""The preview and outcome of a register import as text lines and as JSON, for the command
line: every column with what becomes of it, every row that is not imported, not an item or
marked for review, and the counts."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from bordertrack.services.register_import.apply import ImportOutcome
from bordertrack.services.register_import.headers import MAPPED, NOTES
from bordertrack.services.register_import.preview import CREATE, NOT_ITEM, UPDATE, ImportPlan


def column_line(c: Any) -> str:
    where = {MAPPED: f"-> {c.field}", NOTES: "-> kept in the notes"}.get(c.outcome, "left out")
    return f"  {c.header}: {where}" + (f" ({c.note})" if c.note and c.outcome != NOTES else "")


def plan_lines(plan: ImportPlan, dry_run: bool, outcome: ImportOutcome | None = None) -> list[str]:
    lines = [f"Sheet '{plan.sheet}', columns:"]
    lines += [column_line(c) for c in plan.columns]
    lines += plan.findings
    for r in plan.rows:
        if r.action == NOT_ITEM:
            lines.append(f"row {r.row}: not an item ({r.reason}); skipped")
        lines += [f"row {r.row}: not imported: {text}" for text in r.problems]
        lines += [f"row {r.row}: note: {text}" for text in r.warnings]
        if r.review and r.action in (CREATE, UPDATE):
            lines.append(f"row {r.row}: needs review: " + "; ".join(r.review))
    if plan.new_people:
        names = ", ".join(plan.new_people)
        lines.append(f"Holders who match nobody (kept in the notes; --create-holders adds them "
                     f"as people): {names}")  # fmt: skip
    c = plan.counts()
    verb = "would be" if dry_run else "were"
    created = outcome.created if outcome else c["create"]
    updated = outcome.updated if outcome else c["update"]
    failed = len(outcome.failed) if outcome else 0
    lines.append(
        f"{created} new and {updated} changed records {verb} imported ({c['review']} marked "
        f"for review); {c['unchanged']} unchanged, {c['skip'] + failed} rows not imported, "
        f"{c['not_item']} rows not items."
    )
    if outcome and outcome.people_created:
        lines.append(f"{outcome.people_created} holders added as new people.")
    return lines


def plan_json(plan: ImportPlan, dry_run: bool, outcome: ImportOutcome | None = None) -> dict:
    return {
        "sheet": plan.sheet,
        "entity": plan.entity,
        "columns": [asdict(c) for c in plan.columns],
        "mapping": plan.mapping,
        "left_out": [c.header for c in plan.columns if c.outcome not in (MAPPED, NOTES)],
        "kept_in_notes": [c.header for c in plan.columns if c.outcome == NOTES],
        "findings": plan.findings,
        "currency": plan.currency,
        "new_people": plan.new_people,
        "counts": plan.counts(),
        "applied": not dry_run,
        "created": outcome.created if outcome else 0,
        "updated": outcome.updated if outcome else 0,
        "people_created": outcome.people_created if outcome else 0,
        "failed": [{"row": row, "why": why} for row, why in (outcome.failed if outcome else [])],
        "rows": [asdict(r) for r in plan.rows],
    }
