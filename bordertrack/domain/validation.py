"""Turning raw input into typed values and checking an entity's rules.

Messages name the field, the value and the rule so a person at a post can fix the
entry without help.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from bordertrack.domain.entities import Entity
from bordertrack.domain.errors import (
    UnknownField,
    ValidationError,
    ValidationProblem,
    error_template,
)
from bordertrack.domain.fields import Field, Kind
from bordertrack.domain.vocabularies import VOCABULARIES

_TRUE = {"1", "true", "yes", "y", "да"}
_FALSE = {"0", "false", "no", "n", "нет", ""}
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
REQUIRED = error_template("{where} is required; enter a value.")
NOT_A = error_template("{where}: '{value}' is not {kind}.")
# Rules on a number's size: a bundle carries any number faithfully, an import refuses it.
NUMBER_RULES = frozenset({"finite", "minimum", "maximum"})


def parse_date(raw: str) -> str:
    """Accept ISO dates and the DD.MM.YYYY form used across the region."""
    raw = raw.strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(raw, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueError(raw)


def coerce(f: Field, raw: Any) -> Any:
    """Convert one input value (text from the CLI or a form, or a typed value) for `f`.

    Returns None for empty input. Raises ValueError when the text cannot be read as
    the field's type; `check_value` words the message.
    """
    if raw is None or (isinstance(raw, str) and raw.strip() == ""):
        return None
    if f.kind in (Kind.INT, Kind.PERCENT):
        if isinstance(raw, bool):
            raise ValueError(raw)
        if isinstance(raw, float):
            if raw != int(raw):
                raise ValueError(raw)
            return int(raw)
        return int(str(raw).strip())
    if f.kind in (Kind.REAL, Kind.MONEY):
        if isinstance(raw, bool):
            raise ValueError(raw)
        value = float(str(raw).strip().replace(",", ".").replace(" ", ""))
        if math.isfinite(value) and value == int(value) and abs(value) < 2**53:
            return int(value)
        return value  # `check` refuses a number that is not finite
    if f.kind == Kind.BOOL:
        text = str(raw).strip().lower()
        if text in _TRUE:
            return 1
        if text in _FALSE:
            return 0
        raise ValueError(raw)
    if f.kind == Kind.DATE:
        if isinstance(raw, dt.datetime):
            return raw.date().isoformat()
        if isinstance(raw, dt.date):
            return raw.isoformat()
        return parse_date(str(raw))
    return str(raw).strip()


def _type_word(f: Field) -> str:
    return {
        Kind.INT: error_template("a whole number"),
        Kind.PERCENT: error_template("a whole number from 0 to 100"),
        Kind.REAL: error_template("a number"),
        Kind.MONEY: error_template("an amount"),
        Kind.DATE: error_template("a date like 2026-03-31 or 31.03.2026"),
        Kind.BOOL: error_template("yes or no"),
    }.get(f.kind, error_template("text"))


def _where(f: Field, value: Any, **more: Any) -> dict[str, Any]:
    """The params of a problem's template: `where` is "Label (name)" for the command line;
    the window puts the field's translated label there (gui/error_text.py)."""
    return {"where": f"{f.label} ({f.name})", "label": f.label, "value": value, **more}


def check_value(entity: Entity, f: Field, raw: Any) -> tuple[Any, list[ValidationProblem]]:
    """Coerce and check one value a person entered; returns the typed value and problems."""
    try:
        value = coerce(f, raw)
    except (ValueError, TypeError, OverflowError):
        return None, [
            ValidationProblem(f.name, raw, "type", NOT_A, _where(f, raw, kind=_type_word(f)))
        ]
    if value is None:
        if f.required:
            return None, [ValidationProblem(f.name, raw, "required", REQUIRED, _where(f, raw))]
        return None, []
    return value, check(f, value)


def check(f: Field, value: Any) -> list[ValidationProblem]:
    """The field's rules on a typed value: the one check for a local edit (after `coerce`),
    a bundle's decoded value and a register's converted cell alike.

    Rules: "type" (a flag not 0/1, a date not an ISO day), "finite", "vocabulary",
    "max_length", "minimum", "maximum". None passes (`required` is the edit's business:
    a bundle may clear a field).
    """
    if value is None:
        return []
    problem = _shape_problem(f, value)
    if problem:
        return [ValidationProblem(f.name, value, "type", problem, _where(f, str(value)[:40]))]
    if isinstance(value, float) and not math.isfinite(value):
        return [
            ValidationProblem(f.name, value, "finite", NOT_A, _where(f, value, kind=_type_word(f)))
        ]
    problems: list[ValidationProblem] = []
    if f.kind == Kind.VOCAB and f.vocab:
        allowed = VOCABULARIES[f.vocab]
        if value not in allowed:
            problems.append(
                ValidationProblem(
                    f.name,
                    value,
                    "vocabulary",
                    error_template("{where}: '{value}' is not allowed; use one of: {allowed}."),
                    _where(f, value, allowed=", ".join(allowed)),
                )
            )
    limit = f.limit
    if isinstance(value, str) and limit is not None and len(value) > limit:
        problems.append(
            ValidationProblem(
                f.name,
                value,
                "max_length",
                error_template(
                    "{where} is {length} characters long; shorten it to at most {limit}."
                ),
                _where(f, value, length=len(value), limit=limit),
            )
        )
    if isinstance(value, int | float) and not isinstance(value, bool):
        if f.minimum is not None and value < f.minimum:
            problems.append(
                ValidationProblem(
                    f.name,
                    value,
                    "minimum",
                    error_template("{where}: {value} is below the minimum {minimum}."),
                    _where(f, value, minimum=f"{f.minimum:g}"),
                )
            )
        if f.maximum is not None and value > f.maximum:
            problems.append(
                ValidationProblem(
                    f.name,
                    value,
                    "maximum",
                    error_template("{where}: {value} is above the maximum {maximum}."),
                    _where(f, value, maximum=f"{f.maximum:g}"),
                )
            )
    return problems


def _shape_problem(f: Field, value: Any) -> str | None:
    """The template of what is wrong with the value's shape for its kind; None when it fits."""
    if f.kind == Kind.BOOL and value not in (0, 1):
        return error_template("{where}: must be 0 or 1.")
    if f.kind == Kind.DATE:
        try:
            if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
                raise ValueError(value)
            dt.date.fromisoformat(value)
        except ValueError:
            return error_template("{where}: '{value}' is not a date like 2026-03-31.")
    return None


def validate(entity: Entity, values: dict[str, Any], *, creating: bool) -> dict[str, Any]:
    """Check a whole edit; returns typed values or raises ValidationError listing every problem.

    When `creating`, required fields missing from `values` are problems too.
    """
    problems: list[ValidationProblem] = []
    out: dict[str, Any] = {}
    for name in values:
        if not entity.has_field(name):
            raise UnknownField(entity.name, name, entity.field_names)
    for f in entity.fields:
        if f.name in values:
            value, found = check_value(entity, f, values[f.name])
            problems.extend(found)
            out[f.name] = value
        elif creating and f.required:
            problems.append(ValidationProblem(f.name, None, "required", REQUIRED, _where(f, None)))
    _check_dates_in_order(entity, out, problems)
    if problems:
        raise ValidationError(problems)
    return out


def _check_dates_in_order(
    entity: Entity, values: dict[str, Any], problems: list[ValidationProblem]
) -> None:
    for start, end in entity.date_pairs:
        a, b = values.get(start), values.get(end)
        if a and b and a > b:
            f = entity.field(end)
            problems.append(
                ValidationProblem(
                    end,
                    b,
                    "date_order",
                    error_template("{where} {value} is before {start} {start_value}."),
                    _where(f, b, start=start, start_value=a, start_label=entity.field(start).label),
                )
            )
