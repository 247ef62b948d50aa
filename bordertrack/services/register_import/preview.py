"""The preview of a register import: for every column what becomes of it, for every row what
would happen and what is wrong.

Nothing is written here. Each column is mapped to a field, kept in the notes or left out.
Each row becomes a RowPlan: create, update (only the fields that differ), unchanged, skip
with its problems, or not an item (totals, signatures...) with the reason. Rows whose words
matched no vocabulary value, whose holder is nobody known, or whose value is in another
currency than its project are imported with a needs-review flag.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bordertrack.domain.entities import Entity, entity
from bordertrack.domain.errors import ValidationError
from bordertrack.domain.fields import Kind
from bordertrack.services.register_import.checks import RowChecks
from bordertrack.services.register_import.dates import DAY_FIRST, decide
from bordertrack.services.register_import.headers import (
    MAPPED,
    NOTES,
    Layout,
    header_currency,
)
from bordertrack.services.register_import.reader import Sheet, formats_finding
from bordertrack.services.register_import.rows import header_keys, not_an_item
from bordertrack.services.register_import.values import (
    NotRead,
    Resolver,
    converter,
    text_of,
    vocab_value,
)
from bordertrack.services.register_import.words import match
from bordertrack.store.database import Store
from bordertrack.store.gc_pause import gc_paused
from bordertrack.store.query import LIVE
from bordertrack.store.scope import Role, allowed, refusal

CREATE, UPDATE, UNCHANGED, SKIP, NOT_ITEM = "create", "update", "unchanged", "skip", "not_item"
ACTIONS = (CREATE, UPDATE, UNCHANGED, SKIP, NOT_ITEM)
REVIEW_MARK = "Needs review:"  # starts a notes line; search for it to find what to check


@dataclass
class ColumnPlan:
    """One column of the sheet and what becomes of it (mapped / notes / left out)."""

    index: int
    header: str
    outcome: str
    field: str | None = None
    note: str = ""


@dataclass
class RowPlan:
    """One sheet row: its number as Excel shows it, the action, and why."""

    row: int
    action: str
    values: dict[str, Any] = field(default_factory=dict)
    record_id: str | None = None
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    reason: str = ""  # why a row is not an item
    new_holder: str | None = None  # a holder's name that matches nobody
    holder_line: str = ""  # the notes line keeping that name


@dataclass
class ImportPlan:
    entity: str
    sheet: str
    columns: list[ColumnPlan]
    rows: list[RowPlan]
    findings: list[str] = field(default_factory=list)  # said once for the whole sheet
    currency: str | None = None
    layout: Layout | None = None  # the column choices, kept as a template when asked
    formats_unread: str = ""  # "xls" or "xlsb": leading zeros a number format shows are lost

    @property
    def mapping(self) -> dict[str, str]:
        """Header -> field of the mapped columns, for showing."""
        return {c.header: c.field for c in self.columns if c.outcome == MAPPED and c.field}

    @property
    def new_people(self) -> list[str]:
        """Holders' names that match nobody, in sheet order (offered as new people)."""
        return list(dict.fromkeys(r.new_holder for r in self.rows if r.new_holder))

    def counts(self) -> dict[str, int]:
        found = Counter(r.action for r in self.rows)
        out = {a: found.get(a, 0) for a in ACTIONS}
        out["review"] = sum(1 for r in self.rows if r.review and r.action in (CREATE, UPDATE))
        return out


class _Planner:
    """Everything one import needs while planning its rows, read once."""

    def __init__(self, store: Store, e: Entity, sheet: Sheet, layout: Layout,
                 defaults: dict[str, Any], currency: str | None) -> None:  # fmt: skip
        self.store, self.e, self.layout = store, e, layout
        self.resolver = Resolver(store)
        self.defaults = defaults
        self.post = store.device.get("post")
        self.me = Role(store.device["role"], self.post)
        start = layout.header_index + 1
        self.data = list(zip(sheet.numbers[start:], sheet.rows[start:], strict=True))
        self.header_keys = header_keys(layout.headers)
        self.orders = {
            col: decide(cells[col] if col < len(cells) else None for _n, cells in self.data)
            for col, name in layout.mapping.items()
            if e.field(name).kind == Kind.DATE
        }
        value_col = next((c for c, n in layout.mapping.items() if n == "value"), None)
        self.currency = currency or (
            header_currency(layout.headers[value_col]) if value_col is not None else None
        )
        self.readers = [
            (col, name, e.field(name), layout.title(col),
             converter(e.field(name), self.orders[col].order if col in self.orders else DAY_FIRST))
            for col, name in layout.mapping.items()
        ]  # fmt: skip
        self.note_columns = [(col, layout.title(col)) for col in sorted(layout.notes)]
        self.model_categories: dict[str, str | None] = {}
        self.checks = RowChecks(e)
        self.has_notes = e.has_field("notes")
        self.seen: dict[tuple[str, str], int] = {}
        self.keys = {k: self._key_map(k) for k in e.natural_keys}
        self.unknown_models: set[str] = set()
        self.unmatched: Counter[tuple[str, str]] = Counter()

    def _key_map(self, key: str) -> dict[str, str]:
        return {
            str(v): rid
            for rid, v in self.store.conn.execute(
                f'SELECT id, "{key}" FROM {self.e.table} WHERE {LIVE} AND "{key}" IS NOT NULL'
            )
        }

    # -- one row ---------------------------------------------------------------------
    def plan(self, number: int, cells: list[Any]) -> RowPlan:
        reason = not_an_item(cells, self.layout, self.header_keys)
        if reason:
            return RowPlan(number, NOT_ITEM, reason=reason)
        plan = RowPlan(number, SKIP)
        raw, notes = self._values(cells, plan)
        for name, value in self.defaults.items():
            if raw.get(name) in (None, ""):
                raw[name] = value
        if self.e.name == "equipment":
            self._category(raw, notes, plan)
            self._currency_check(raw, plan)
        raw.pop("_name", None)
        if plan.review and self.has_notes:
            notes.append(f"{REVIEW_MARK} " + "; ".join(plan.review))
        if notes and self.has_notes:
            raw["notes"] = "\n".join([*([raw["notes"]] if raw.get("notes") else []), *notes])
        plan.values = dict(raw)
        if plan.problems:
            return plan
        record_id = self._match(raw, plan)
        plan.problems += self._duplicates(raw, number)
        if plan.problems:
            return plan
        if record_id is None:
            return self._create(plan, raw)
        try:
            plan.values = self.checks.validate(raw, creating=False)
        except ValidationError as exc:
            plan.problems += [p.message for p in exc.problems]
            return plan
        plan.record_id, plan.action = record_id, UPDATE  # narrowed to the changes later
        return plan

    def _values(self, cells: list[Any], plan: RowPlan) -> tuple[dict[str, Any], list[str]]:
        raw: dict[str, Any] = {}
        notes: list[str] = []
        width = len(cells)
        for col, name, f, title, read in self.readers:
            cell = cells[col] if col < width else None
            try:
                value = read(cell)
            except NotRead as exc:
                plan.problems.append(str(exc))
                continue
            if value is None:
                continue
            if f.kind == Kind.VOCAB:
                code, ok = vocab_value(f, value)
                if not ok:
                    self.unmatched[(name, value)] += 1
                    plan.review.append(f"{f.label} written as '{value}'")
                    if name == "category":
                        raw["_category_text"] = value
                    else:
                        notes.append(f"{title}: {value}")
                value = code
            elif f.kind == Kind.REF:
                if name == "model":
                    raw["_name"] = value
                value = self._ref(f.name, f.ref or "", value, title, notes, plan)
            if value is not None:
                raw[name] = value
        for col, title in self.note_columns:
            cell = cells[col] if col < width else None
            if cell is not None:
                notes.append(f"{title}: {text_of(cell)}")
        return raw, notes

    def _ref(self, name: str, target: str, text: str, title: str, notes: list[str],
             plan: RowPlan) -> Any:  # fmt: skip
        if target == "person":
            ids = self.resolver.people(text)
            if len(ids) == 1:
                return ids[0]
            line = f"{title}: {text}"
            notes.append(line)
            if ids:
                plan.warnings.append(f"{title} '{text}' matches several people; kept in the notes.")
            else:
                plan.new_holder, plan.holder_line = text, line
            return None
        code = self.resolver.known(target, text)
        if code is not None:
            return code
        if target == "equipment_model":
            self.unknown_models.add(text)
            notes.insert(0, text)
            return None
        plan.warnings.append(
            f"{entity(self.e.name).field(name).label} '{text}' is not in the catalogue yet; "
            "it will show as not yet known."
        )
        return text

    def _category(self, raw: dict[str, Any], notes: list[str], plan: RowPlan) -> None:
        """The category from the item's model or name when the sheet has none, or one that
        matched nothing: 'Видеокамера нагрудная' is a body camera."""
        written = raw.pop("_category_text", None)
        name = raw.pop("_name", None)
        if raw.get("category") and written is None:
            return
        found = self._model_category(raw.get("model")) or (
            match("equipment_category", name) if name else None
        )
        if found:
            raw["category"] = found
            plan.review[:] = [r for r in plan.review if not r.startswith("Category ")]
            return
        raw["category"] = "other"
        if written is None:
            plan.review.append(f"no category found in '{name}'" if name else "no category given")
        else:
            notes.append(f"Category: {written}")

    def _model_category(self, model: str | None) -> str | None:
        if not model:
            return None
        if model not in self.model_categories:
            row = self.store.conn.execute(
                f"SELECT category FROM equipment_model WHERE code = ? AND {LIVE}", (model,)
            ).fetchone()
            self.model_categories[model] = row[0] if row else None
        return self.model_categories[model]

    def _currency_check(self, raw: dict[str, Any], plan: RowPlan) -> None:
        if self.currency is None or raw.get("value") in (None, ""):
            return
        project = raw.get("project")
        theirs = self.resolver.project_currency(project)
        if theirs and theirs != self.currency:
            plan.review.append(
                f"value {raw['value']} is in {self.currency} but project {project} counts in "
                f"{theirs}"
            )

    def _duplicates(self, values: dict[str, Any], row: int) -> list[str]:
        problems = []
        for key in self.e.natural_keys:
            value = values.get(key)
            if value in (None, ""):
                continue
            first = self.seen.setdefault((key, str(value).strip().upper()), row)
            if first != row:
                label = self.e.field(key).label
                problems.append(
                    f"{label} '{value}' is also on row {first}; only row {first} is imported."
                )
        return problems

    def _match(self, values: dict[str, Any], plan: RowPlan) -> str | None:
        """The existing record with the same asset tag, serial or service number."""
        found = {}
        for key in self.e.natural_keys:
            value = values.get(key)
            if value not in (None, "") and str(value) in self.keys[key]:
                found[key] = self.keys[key][str(value)]
        if len(set(found.values())) > 1:
            keys = " and ".join(f"{self.e.field(k).label.lower()} '{values[k]}'" for k in found)
            plan.problems.append(f"The {keys} belong to different records; correct one of them.")
            return None
        return next(iter(found.values()), None)

    def _create(self, plan: RowPlan, values: dict[str, Any]) -> RowPlan:
        full = dict(values)
        if self.e.post_field and self.post:
            full.setdefault(self.e.post_field, self.post)
        if self.e.name == "equipment":
            full.setdefault("status", "in_service")
        if (
            self.e.post_field
            and self.e.field(self.e.post_field).required
            and not full.get(self.e.post_field)
        ):
            plan.problems.append(
                "No post for this row; add a Post column or say which post the register is "
                "at with --default post=CODE (in the window: the post for rows that name none)."
            )
            return plan
        try:
            full = self.checks.validate(full, creating=True)
        except ValidationError as exc:
            plan.problems += [p.message for p in exc.problems]
            return plan
        post = full.get(self.e.post_field) if self.e.post_field else None
        if not allowed(self.e, self.me, False, None, post):
            plan.problems.append(refusal(self.e, self.me, post))
            return plan
        plan.action, plan.values = CREATE, full
        return plan

    # -- after all rows ----------------------------------------------------------------
    def narrow_updates(self, rows: list[RowPlan]) -> None:
        """Updates keep only the fields that differ from the record (one query per 500)."""
        todo = [r for r in rows if r.action == UPDATE]
        names = list(self.e.field_names)
        cols = ", ".join(f'"{n}"' for n in names)
        for i in range(0, len(todo), 500):
            chunk = todo[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            current = {
                row[0]: dict(zip(names, row[1:], strict=True))
                for row in self.store.conn.execute(
                    f"SELECT id, {cols} FROM {self.e.table} WHERE id IN ({marks})",
                    [r.record_id for r in chunk],
                )
            }
            post = self.e.post_field
            for r in chunk:
                old = current.get(r.record_id or "", {})
                r.values = {n: v for n, v in r.values.items() if old.get(n) != v}
                r.action = UPDATE if r.values else UNCHANGED
                before = old.get(post) if post else None
                after = r.values.get(post, before) if post else None
                if r.values and not allowed(self.e, self.me, True, before, after):
                    r.action, r.problems = SKIP, [refusal(self.e, self.me, before)]

    def columns(self, sheet: Sheet) -> tuple[list[ColumnPlan], list[str]]:
        out, findings = [], []
        for col in range(self.layout.width):
            title = self.layout.title(col)
            outcome = self.layout.outcome(col)
            name = self.layout.mapping.get(col)
            note = ""
            if col in self.orders and self.orders[col].reason:
                note = f"dates {self.orders[col].reason}"
                if self.orders[col].ambiguous:
                    findings.append(f"{title}: {note}.")
            if name == "value" and self.currency:
                note = f"amounts in {self.currency}"
            if name == "model" and self.unknown_models:
                note = (
                    f"{len(self.unknown_models)} names are not catalogue models; kept in the notes"
                )
            if outcome == NOTES:
                note = "kept in the notes as 'header: value' lines"
            out.append(ColumnPlan(col, title, outcome, name, note))
        for (name, written), count in sorted(self.unmatched.items()):
            label = self.e.field(name).label
            findings.append(
                f"{label} '{written}' matched no value ({count} rows); marked for review."
            )
        return out, findings


def plan_import(
    store: Store,
    sheet: Sheet,
    entity_name: str,
    layout: Layout,
    *,
    defaults: dict[str, Any] | None = None,
    currency: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> ImportPlan:
    """Preview every data row below the header; rows are never written here."""
    e = entity(entity_name)
    planner = _Planner(store, e, sheet, layout, dict(defaults or {}), currency)
    rows = []
    with gc_paused():  # the window plans here directly: thousands of plans, no cycles
        for i, (number, cells) in enumerate(planner.data):
            rows.append(planner.plan(number, cells))
            if on_progress and i % 500 == 0:
                on_progress(i, len(planner.data))
    planner.narrow_updates(rows)
    columns, findings = planner.columns(sheet)
    missing_post = sum(1 for r in rows if r.problems and r.problems[0].startswith("No post"))
    if missing_post:
        findings.insert(0, f"{missing_post} rows name no post: say which post the register is "
                           "at with --default post=CODE.")  # fmt: skip
    if sheet.padded:
        findings.append(f"{sheet.padded} numbers read as their format shows them (000130).")
    if sheet.formats_unread:
        findings.append(formats_finding(sheet.formats_unread))
    return ImportPlan(e.name, sheet.name, columns, rows, findings, planner.currency, layout,
                      sheet.formats_unread)  # fmt: skip
