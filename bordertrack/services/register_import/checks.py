"""The field rules of `domain/validation` for thousands of rows: the same `check_value` per
field, with the common cases decided by a check made for the field once.

A register's cells arrive already converted (text stripped, dates as dates, amounts as
numbers); for those a per-field check that gives exactly what `check_value` gives is a few
comparisons. Anything else (empty, too long, out of range, another type) goes through
`check_value` itself, remembered per distinct value, since a register repeats its posts,
categories, states and dates on every row.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import Any

from bordertrack.domain.entities import Entity
from bordertrack.domain.errors import ValidationError, ValidationProblem
from bordertrack.domain.fields import Field, Kind
from bordertrack.domain.validation import _check_dates_in_order, check_value
from bordertrack.domain.vocabularies import VOCABULARIES

_LONG = 40  # longer texts are rarely repeated; checking them again is cheaper than hashing
_NO = object()  # a fast check's "not decided here"
_TEXTS = (Kind.TEXT, Kind.LONGTEXT, Kind.REF, Kind.VOCAB)
_SAFE_INT = 2**53  # the size up to which `coerce` keeps an amount's integer exactly


def _fast_check(f: Field) -> Callable[[Any], Any]:
    """The typed value `check_value` gives a converted cell without problems, or _NO."""
    if f.kind in _TEXTS:
        limit = f.limit or math.inf
        allowed = VOCABULARIES[f.vocab] if f.kind == Kind.VOCAB and f.vocab else None

        def text(raw: Any) -> Any:
            if type(raw) is not str:
                return _NO
            value = raw.strip()
            if not value or len(value) > limit or (allowed is not None and value not in allowed):
                return _NO
            return value

        return text
    if f.kind == Kind.DATE:

        def date(raw: Any) -> Any:
            return raw.isoformat() if type(raw) is dt.date else _NO

        return date
    if f.kind in (Kind.MONEY, Kind.REAL):
        low = -math.inf if f.minimum is None else f.minimum
        high = math.inf if f.maximum is None else f.maximum

        def amount(raw: Any) -> Any:
            kind = type(raw)
            if kind is int:
                if -_SAFE_INT < raw < _SAFE_INT and low <= raw <= high:
                    return raw
            elif kind is float and math.isfinite(raw) and low <= raw <= high:
                return int(raw) if raw.is_integer() and abs(raw) < _SAFE_INT else raw
            return _NO

        return amount
    return lambda raw: _NO


class RowChecks:
    """`validate(entity, values, creating=...)` with each (field, value) checked once."""

    def __init__(self, e: Entity) -> None:
        self.e = e
        self.fields = {f.name: f for f in e.fields}
        self.order = [(f.name, f, _fast_check(f)) for f in e.fields]
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
        for name, f, fast in self.order:
            if name in values:
                raw = values[name]
                value = fast(raw)
                if value is _NO:
                    value, found = self._check(name, raw)
                    problems.extend(found)
                out[name] = value
            elif creating and f.required:
                problems.append(ValidationProblem(
                    f.name, None, "required", f"{f.label} ({f.name}) is required; enter a value."
                ))  # fmt: skip
        _check_dates_in_order(self.e, out, problems)
        if problems:
            raise ValidationError(problems)
        return out
