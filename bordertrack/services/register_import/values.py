"""Turning a register's cell into a field value: vocabulary labels in any language, names of
posts and agencies, numbers typed as text, ids kept as text.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.fields import Field, Kind
from bordertrack.domain.vocabularies import VOCABULARIES
from bordertrack.i18n import LANGUAGE_NAMES, vocab_label
from bordertrack.services.register_import.headers import normalise
from bordertrack.store.database import Store

# Words registers use that are neither a code nor a translated label.
EXTRA_WORDS: dict[str, dict[str, str]] = {
    "sex": {"m": "male", "м": "male", "муж": "male", "мужской": "male", "f": "female",
            "w": "female", "ж": "female", "жен": "female", "женский": "female",
            "not known": "not_recorded", "unknown": "not_recorded", "не указан": "not_recorded"},
    "equipment_status": {"в эксплуатации": "in_service", "исправно": "in_service",
                         "исправен": "in_service", "working": "in_service", "ok": "in_service",
                         "на складе": "in_storage", "в ремонте": "under_repair",
                         "неисправно": "broken", "неисправен": "broken", "утеряно": "lost",
                         "утерян": "lost", "украдено": "stolen", "похищено": "stolen",
                         "списано": "written_off", "списан": "written_off"},
}  # fmt: skip


@lru_cache(maxsize=64)
def vocab_lookup(vocab: str) -> dict[str, str]:
    """Normalised code, English label and every translated label -> the code."""
    out = {normalise(k): v for k, v in EXTRA_WORDS.get(vocab, {}).items()}
    for code, english in VOCABULARIES[vocab].items():
        out[normalise(code)] = code
        out[normalise(english)] = code
        for lang in LANGUAGE_NAMES:
            out.setdefault(normalise(vocab_label(lang, vocab, code)), code)
    return out


def _text(raw: Any) -> str:
    """Ids typed as numbers come back from Excel as 1234.0; keep them as the digits typed."""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat()
    return str(raw).strip()


def convert(store: Store, f: Field, raw: Any) -> tuple[Any, str | None]:
    """(value for validation, warning or None). Unmatched values pass through unchanged so
    validation words the problem; refs that match nothing are kept as typed."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, None
    if f.kind == Kind.VOCAB and f.vocab:
        return vocab_lookup(f.vocab).get(normalise(raw), _text(raw)), None
    if f.kind in (Kind.MONEY, Kind.REAL, Kind.INT, Kind.PERCENT) and isinstance(raw, str):
        return raw.replace("\u00a0", "").replace(" ", ""), None
    if f.kind == Kind.DATE:
        return raw, None
    if f.kind == Kind.REF and f.ref:
        return _ref(store, f, _text(raw))
    if f.kind in (Kind.TEXT, Kind.LONGTEXT):
        return _text(raw), None
    return raw, None


def _ref(store: Store, f: Field, text: str) -> tuple[Any, str | None]:
    """A post, agency, project or model by code or name; a person by service number or name."""
    target = ENTITIES[f.ref or ""]
    table = target.table
    if target.key != "id":
        row = store.conn.execute(
            f"SELECT code FROM {table} WHERE _deleted = 0 AND "
            "(upper(code) = upper(:t) OR name = :t OR upper(name) = upper(:t)) LIMIT 1",
            {"t": text},
        ).fetchone()
        if row:
            return row[0], None
        return (
            text,
            f"{f.label} '{text}' is not in the catalogue yet; it will show as not yet known.",
        )
    if table == "person":
        rows = store.conn.execute(
            "SELECT id FROM person WHERE _deleted = 0 AND (service_number = :t OR full_name = :t)",
            {"t": text},
        ).fetchall()
        if len(rows) == 1:
            return rows[0][0], None
        why = "matches several people" if rows else "matches nobody"
        return None, f"{f.label} '{text}' {why}; the field is left empty."
    return text, None
