"""Translated names of entities, fields and vocabulary codes (stored codes stay English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.vocabularies import VOCABULARIES


def vocab_label(vocab: str, code: str | None) -> str:
    """The code's label in the current language; an unknown code is shown as it is."""
    if code is None or code == "":
        return ""
    english = VOCABULARIES.get(vocab, {}).get(code)
    if english is None:
        return str(code)
    return QCoreApplication.translate("vocab", english)


def vocab_items(vocab: str) -> list[tuple[str, str]]:
    """(code, translated label) pairs in declared order, for drop-downs and filters."""
    return [(code, vocab_label(vocab, code)) for code in VOCABULARIES[vocab]]


def field_label(entity_name: str, field: str) -> str:
    english = ENTITIES[entity_name].field(field).label
    return QCoreApplication.translate("field", english)


def entity_label(entity_name: str, plural: bool = False) -> str:
    e = ENTITIES[entity_name]
    return QCoreApplication.translate("entity", e.plural if plural else e.label)


def role_label(role: str | None) -> str:
    return vocab_label("role", role)
