"""Typed errors a person can meet; each carries its data and says what to do in one line.

Every error declares an English message *template* (`template`, marked with
`error_template` so installer/update_translations.py collects it into the "errors" context
of the catalogues) and the *params* that fill it. `str(error)` is the English line the CLI
prints; the window translates the template and fills it with the same params
(bordertrack/gui/error_text.py). The core stays free of Qt: it only declares. Anything that
is not a BorderTrackError is a bug, not a user's error.
"""

from __future__ import annotations

import re
from typing import Any

from bordertrack.domain.shown import one_line


class Phrase(str):
    """English text marked for translation in the "errors" context (a template or a phrase
    used as a param, such as a reason); the window translates it, the CLI prints it.
    A phrase made by `worded` is its template filled, and keeps both for the window."""

    template: str
    params: dict[str, Any]


class Label(str):
    """A declared label (context "entity", "field" or "vocab") used as a param: English
    here (lower-cased when asked), the translated label in the window."""

    source: str
    context: str
    lower: bool

    def __new__(cls, text: str, context: str, lower: bool = False) -> Label:
        obj = super().__new__(cls, text.lower() if lower else text)
        obj.source, obj.context, obj.lower = text, context, lower
        return obj


def error_template(text: str) -> Phrase:
    """Marks `text` for extraction into the "errors" context; returns it unchanged (as Qt's
    QT_TRANSLATE_NOOP does). Only literal text is collected, so pass a string literal."""
    phrase = Phrase(text)
    phrase.template, phrase.params = text, {}
    return phrase


def worded(template: str, **params: Any) -> Phrase:
    """A phrase with params of its own (a reason inside an error's line): English filled
    here, translated and filled with the same params in the window."""
    phrase = Phrase(template.format(**params))
    phrase.template, phrase.params = template, params
    return phrase


class BorderTrackError(Exception):
    """Base of every error that is the user's to fix; str() is one actionable line.

    Subclasses set a class `template` and call `super().__init__(**params)`; an error whose
    words are chosen where it is raised passes its own template: `Error(error_template(...),
    name=value)`. Plain text without params still works (shown as it is, untranslated).
    """

    template: str = ""

    def __init__(self, template: str | None = None, /, **params: Any) -> None:
        if template is not None:
            self.template = template
        # A value from outside (a cell, a file or device name) may hold a line break or a
        # control character: shown escaped, so the message stays the one line it promises.
        self.params = {k: one_line(v) if isinstance(v, str) else v for k, v in params.items()}
        text = self.template.format(**self.params) if self.params else self.template
        super().__init__(text)


class UnknownEntity(BorderTrackError):
    template = error_template("There is no entity called '{name}'; use one of: {known}.")

    def __init__(self, name: str, known: list[str]) -> None:
        self.name, self.known = name, known
        super().__init__(name=name, known=", ".join(known))


class UnknownField(BorderTrackError):
    template = error_template("'{entity}' has no field '{field}'; use one of: {known}.")

    def __init__(self, entity: str, field: str, known: tuple[str, ...]) -> None:
        self.entity, self.field, self.known = entity, field, known
        super().__init__(entity=entity, field=field, known=", ".join(known))


class ValidationProblem:
    """One broken rule: which field, which value, which rule, in words.

    `message` is the English line; `template` and `params` let the window word it in the
    person's language (the template's `{label}` is the field's English label).
    """

    __slots__ = ("field", "value", "rule", "message", "template", "params")

    def __init__(
        self,
        field: str,
        value: object,
        rule: str,
        message: str,
        params: dict[str, Any] | None = None,
    ) -> None:
        self.field, self.value, self.rule = field, value, rule
        self.template, self.params = message, params or {}
        self.message = message.format(**self.params) if params else message

    def __repr__(self) -> str:
        return f"ValidationProblem({self.field!r}, {self.value!r}, {self.rule!r})"


class ValidationError(BorderTrackError):
    def __init__(self, problems: list[ValidationProblem]) -> None:
        self.problems = problems
        super().__init__(" ".join(p.message for p in problems))


class RecordNotFound(BorderTrackError):
    template = error_template(
        "No {entity} with id '{record_id}'; check the id with 'list {entity}'."
    )

    def __init__(self, entity: str, record_id: str) -> None:
        self.entity, self.record_id = entity, record_id
        super().__init__(entity=entity, record_id=record_id)


class OutOfScope(BorderTrackError):
    """The reason is worded where it is raised (a template marked with error_template)."""

    def __init__(self, entity: str, record_id: str, reason: str, /, **params: Any) -> None:
        self.entity, self.record_id = entity, record_id
        self.reason = reason.format(**params) if params else reason
        super().__init__(reason, **params)


class DeviceNotSetUp(BorderTrackError):
    template = error_template(
        "No device is set up in {path}; run 'bordertrack --db {arg} init --role ...' first."
    )

    def __init__(self, path: str) -> None:
        self.path = path
        # Quoted when needed, so the command can be pasted as shown ("пост #1/post.db").
        arg = path if re.fullmatch(r"[\w./\\:+-]+", path) else f'"{path}"'
        super().__init__(path=path, arg=arg)


class DatabaseProblem(BorderTrackError):
    """The database file cannot be used as it is (damaged, newer schema, locked)."""
