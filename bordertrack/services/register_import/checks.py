"""The field rules of `domain/validation` for thousands of rows: the same `check_value` per
field, remembered per distinct value, since a register repeats its posts, categories,
states and dates on every row."""

from __future__ import annotations

from typing import Any

from bordertrack.domain.entities import Entity
from bordertrack.domain.errors import ValidationError, ValidationProblem
from bordertrack.domain.validation import _check_dates_in_order, check_value

_LONG = 40  # longer texts are rarely repeated; checking them again is cheaper than hashing


class RowChecks:
    """`validate(entity, values, creating=...)` with each (field, value) checked once."""

    def __init__(self, e: Entity) -> None:
        self.e = e
        self.fields = {f.name: f for f in e.fields}
        self.cache: dict[tuple[str, type, Any], tuple[Any, list[ValidationProblem]]] = {}

    def _check(self, name: str, raw: Any) -> tuple[Any, list[ValidationProblem]]:
        if isinstance(raw, str) and len(raw) > _LONG:
            return check_value(self.e, self.fields[name], raw)
        key = (name, raw.__class__, raw)
        hit = self.cache.get(key)
        if hit is None:
            hit = self.cache[key] = check_value(self.e, self.fields[name], raw)
        return hit

    def validate(self, values: dict[str, Any], *, creating: bool) -> dict[str, Any]:
        """Typed values in declaration order, or ValidationError listing every problem."""
        problems: list[ValidationProblem] = []
        out: dict[str, Any] = {}
        for f in self.e.fields:
            if f.name in values:
                value, found = self._check(f.name, values[f.name])
                problems.extend(found)
                out[f.name] = value
            elif creating and f.required:
                problems.append(ValidationProblem(
                    f.name, None, "required", f"{f.label} ({f.name}) is required; enter a value."
                ))  # fmt: skip
        _check_dates_in_order(self.e, out, problems)
        if problems:
            raise ValidationError(problems)
        return out
