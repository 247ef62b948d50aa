"""The `import-register` command's work: preview, apply unless --dry-run, and the report."""

from __future__ import annotations

import argparse
import json

from bordertrack.services.register_import.apply import apply_plan, preview_register
from bordertrack.services.register_import.report import plan_json, plan_lines
from bordertrack.services.register_import.templates import save_template
from bordertrack.store.database import Store


def run_import(store: Store, args: argparse.Namespace, overrides: dict, defaults: dict) -> str:
    """Preview the register, apply it unless this is a dry run; returns what to print."""
    plan = preview_register(
        store, args.file, args.entity, sheet=args.sheet, overrides=overrides, defaults=defaults,
        currency=(args.currency or "").upper() or None,
    )  # fmt: skip
    outcome = None
    if not args.dry_run:
        outcome = apply_plan(
            store, plan, operator=args.operator, create_holders=args.create_holders
        )
    if args.keep_template and plan.layout is not None:
        save_template(store, plan.entity, plan.layout)
    if args.json:
        data = plan_json(plan, args.dry_run, outcome)
        return json.dumps(data, ensure_ascii=False, indent=2, default=str)
    return "\n".join(plan_lines(plan, args.dry_run, outcome))
