"""A validation problem in the person's language, naming the field by its translated label.

The core words its problems in English with the field's internal name ("Asset tag
(asset_tag) is required") for logs and the command line; beside a field on screen the
person reads the rule in their own language with the label they see.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.errors import ValidationProblem
from bordertrack.domain.fields import Kind
from bordertrack.gui.dates import date_display_format
from bordertrack.gui.error_text import problem_line
from bordertrack.gui.labels import field_label


def _number(value: object) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return QLocale().toString(value)
    return str(value)


def problem_text(entity_name: str, problem: ValidationProblem) -> str:
    """One line for the field's error label; other rules (a key already used) are the
    core's template in the person's language (gui/error_text.py)."""
    e = ENTITIES[entity_name]
    if not e.has_field(problem.field):
        return problem_line(problem)
    f = e.field(problem.field)
    label = field_label(entity_name, f.name)
    value = "" if problem.value is None else str(problem.value)
    rule = problem.rule
    if rule == "required":
        return QCoreApplication.translate("problems", "{label} is required; enter a value.").format(
            label=label
        )
    if rule == "type":
        if f.kind == Kind.DATE:
            example = date_display_format().replace("dd", "31").replace("MM", "03")
            example = example.replace("yyyy", "2026")
            return QCoreApplication.translate(
                "problems", "{label}: '{value}' is not a date; write it like {example}."
            ).format(label=label, value=value, example=example)
        if f.kind in (Kind.INT, Kind.PERCENT):
            return QCoreApplication.translate(
                "problems", "{label}: '{value}' is not a whole number."
            ).format(label=label, value=value)
        return QCoreApplication.translate("problems", "{label}: '{value}' is not a number.").format(
            label=label, value=value
        )
    if rule == "max_length":
        return QCoreApplication.translate(
            "problems", "{label} is too long; shorten it to at most {n} characters."
        ).format(label=label, n=_number(f.limit))
    if rule == "minimum":
        return QCoreApplication.translate(
            "problems", "{label}: {value} is below the minimum {minimum}."
        ).format(label=label, value=_number(problem.value), minimum=_number(f.minimum))
    if rule == "maximum":
        return QCoreApplication.translate(
            "problems", "{label}: {value} is above the maximum {maximum}."
        ).format(label=label, value=_number(problem.value), maximum=_number(f.maximum))
    if rule == "vocabulary":
        return QCoreApplication.translate(
            "problems", "{label}: '{value}' is not one of the choices; pick one from the list."
        ).format(label=label, value=value)
    if rule == "date_order":
        return QCoreApplication.translate(
            "problems", "{label} is before the start date; check both dates."
        ).format(label=label)
    return problem_line(problem)


def duplicate_text(entity_name: str, field: str, value: str, other: str) -> str:
    """The warning shown while typing a natural key another record already uses."""
    return QCoreApplication.translate(
        "problems", "{label} {value} is already used by {other}; open that record instead."
    ).format(label=field_label(entity_name, field), value=value, other=other)
