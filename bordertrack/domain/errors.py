"""Typed errors a person can meet; each carries its data and says what to do in one line.

The CLI prints `str(error)`; the GUI may build its own translated sentence from the
attributes. Anything that is not a BorderTrackError is a bug, not a user's error.
"""

from __future__ import annotations

import re


class BorderTrackError(Exception):
    """Base of every error that is the user's to fix; str() is one actionable line."""


class UnknownEntity(BorderTrackError):
    def __init__(self, name: str, known: list[str]) -> None:
        self.name, self.known = name, known
        super().__init__(f"There is no entity called '{name}'; use one of: {', '.join(known)}.")


class UnknownField(BorderTrackError):
    def __init__(self, entity: str, field: str, known: tuple[str, ...]) -> None:
        self.entity, self.field, self.known = entity, field, known
        super().__init__(f"'{entity}' has no field '{field}'; use one of: {', '.join(known)}.")


class ValidationProblem:
    """One broken rule: which field, which value, which rule, in words."""

    __slots__ = ("field", "value", "rule", "message")

    def __init__(self, field: str, value: object, rule: str, message: str) -> None:
        self.field, self.value, self.rule, self.message = field, value, rule, message

    def __repr__(self) -> str:
        return f"ValidationProblem({self.field!r}, {self.value!r}, {self.rule!r})"


class ValidationError(BorderTrackError):
    def __init__(self, problems: list[ValidationProblem]) -> None:
        self.problems = problems
        super().__init__(" ".join(p.message for p in problems))


class RecordNotFound(BorderTrackError):
    def __init__(self, entity: str, record_id: str) -> None:
        self.entity, self.record_id = entity, record_id
        super().__init__(f"No {entity} with id '{record_id}'; check the id with 'list {entity}'.")


class OutOfScope(BorderTrackError):
    def __init__(self, entity: str, record_id: str, reason: str) -> None:
        self.entity, self.record_id, self.reason = entity, record_id, reason
        super().__init__(reason)


class DeviceNotSetUp(BorderTrackError):
    def __init__(self, path: str) -> None:
        self.path = path
        # Quoted when needed, so the command can be pasted as shown ("пост #1/post.db").
        arg = path if re.fullmatch(r"[\w./\\:+-]+", path) else f'"{path}"'
        super().__init__(
            f"No device is set up in {path}; run 'bordertrack --db {arg} init --role ...' first."
        )


class DatabaseProblem(BorderTrackError):
    """The database file cannot be used as it is (damaged, newer schema, locked)."""
