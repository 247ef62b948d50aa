"""A core error in the person's language: its template translated, its params filled.

The core declares each error's English template and params (bordertrack/domain/errors.py)
and never imports Qt; here the template is looked up in the "errors" context of the
catalogues and filled with the same params, codes shown by their labels (an entity by its
translated name, a field by its translated label, a marked phrase translated). An error
without a template, or a translation that does not fit its params, is shown as the core's
English line: a message in the wrong language beats no message.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.errors import (
    BorderTrackError,
    Label,
    Phrase,
    ValidationError,
    ValidationProblem,
)
from bordertrack.gui.labels import entity_label, field_label

CONTEXT = "errors"


def _shown(key: str, value: Any, params: dict[str, Any]) -> Any:
    """A param as the person should read it; numbers stay numbers for format specs."""
    if isinstance(value, Label):
        text = QCoreApplication.translate(value.context, value.source)
        return text.lower() if value.lower else text
    if isinstance(value, Phrase):
        template = getattr(value, "template", str(value))
        return fill(template, getattr(value, "params", {}), str(value))
    if key == "entity" and value in ENTITIES:
        return entity_label(value)
    entity = params.get("entity")
    if key == "field" and entity in ENTITIES and ENTITIES[entity].has_field(value):
        return field_label(entity, value)
    return value


def fill(template: str, params: dict[str, Any], english: str) -> str:
    """The translated `template` filled with `params`; `english` when it cannot be filled."""
    text = QCoreApplication.translate(CONTEXT, template)
    if not params:
        return text
    try:
        return text.format(**{k: _shown(k, v, params) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):  # a translation naming a param that is not there
        return english


def problem_line(problem: ValidationProblem) -> str:
    """One validation problem in the person's language, naming fields by the labels the
    person sees instead of the command line's "Label (name)"."""
    params = dict(problem.params)
    if isinstance(params.get("label"), str):
        params["where"] = QCoreApplication.translate("field", params["label"])
    if isinstance(params.get("start_label"), str):
        params["start"] = QCoreApplication.translate("field", params["start_label"])
    return fill(problem.template, params, problem.message)


def error_text(error: BaseException) -> str:
    """The one line a person reads for a core error, in the window's language."""
    if isinstance(error, ValidationError):
        return " ".join(problem_line(p) for p in error.problems)
    template = getattr(error, "template", "") if isinstance(error, BorderTrackError) else ""
    if not template:
        return str(error)
    return fill(template, getattr(error, "params", {}), str(error))
