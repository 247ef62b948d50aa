"""The building blocks of an entity declaration: one Field says everything about a column."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """How a field's value is stored, validated, edited and written to a bundle."""

    TEXT = "text"
    LONGTEXT = "longtext"
    INT = "int"
    REAL = "real"
    MONEY = "money"
    PERCENT = "percent"
    DATE = "date"
    BOOL = "bool"
    VOCAB = "vocab"
    REF = "ref"


SQL_TYPES: dict[Kind, str] = {
    Kind.TEXT: "TEXT",
    Kind.LONGTEXT: "TEXT",
    Kind.INT: "INTEGER",
    Kind.REAL: "REAL",
    Kind.MONEY: "REAL",
    Kind.PERCENT: "INTEGER",
    Kind.DATE: "TEXT",
    Kind.BOOL: "INTEGER",
    Kind.VOCAB: "TEXT",
    Kind.REF: "TEXT",
}

DEFAULT_MAX_LEN = {Kind.TEXT: 200, Kind.LONGTEXT: 4000, Kind.REF: 100}


@dataclass(frozen=True)
class Field:
    """One column of an entity.

    `ref` names the entity a REF field points at; the stored value is that entity's
    key (its code for reference data, its id otherwise), so a record can point at a
    post or model this device has not received yet: it shows as "not yet known".
    """

    name: str
    kind: Kind
    label: str
    required: bool = False
    vocab: str | None = None
    ref: str | None = None
    max_len: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    in_list: bool = True
    searchable: bool = False
    help: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    headers: tuple[str, ...] = ()
    # A drop-down above the entity's table filters on this field (vocabularies, references).
    filter: bool = False
    # A date that may not be earlier than the named date field of the same record.
    not_before: str | None = None
    # The value a new record gets when none is given (the editor and every create).
    default: Any = None

    @property
    def sql_type(self) -> str:
        return SQL_TYPES[self.kind]

    @property
    def limit(self) -> int | None:
        """Longest text accepted; bundles carry text, so every text (and key) has a bound."""
        return self.max_len or DEFAULT_MAX_LEN.get(self.kind)


def text(name: str, label: str, **kw: object) -> Field:
    return Field(name, Kind.TEXT, label, **kw)  # type: ignore[arg-type]


def longtext(name: str, label: str, **kw: object) -> Field:
    return Field(name, Kind.LONGTEXT, label, in_list=False, **kw)  # type: ignore[arg-type]


def vocab(name: str, label: str, vocabulary: str, **kw: object) -> Field:
    return Field(name, Kind.VOCAB, label, vocab=vocabulary, **kw)  # type: ignore[arg-type]


def ref(name: str, label: str, entity: str, **kw: object) -> Field:
    return Field(name, Kind.REF, label, ref=entity, **kw)  # type: ignore[arg-type]


def date(name: str, label: str, **kw: object) -> Field:
    return Field(name, Kind.DATE, label, **kw)  # type: ignore[arg-type]


def number(name: str, label: str, kind: Kind = Kind.INT, **kw: object) -> Field:
    return Field(name, kind, label, **kw)  # type: ignore[arg-type]
