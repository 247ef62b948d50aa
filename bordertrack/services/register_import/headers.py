"""Finding the header row of a hand-made register and guessing which column is which field.

Headers are matched after normalising case, punctuation and "№", against the field's
English label and name and the words posts actually use in English and Russian.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bordertrack.domain.entities import entity
from bordertrack.services.register_import.reader import Sheet

SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "equipment": {
        "asset_tag": ("asset tag", "asset no", "asset number", "inventory number", "inventory no",
                      "inv no", "tag", "инв номер", "инвентарный номер", "инв no",
                      "инвентарный no", "инвентарный"),
        "serial": ("serial", "serial number", "serial no", "s n", "sn", "серийный номер",
                   "серийный no", "заводской номер", "зав номер", "зав no", "серийный"),
        "category": ("category", "type", "equipment type", "категория", "тип", "вид"),
        "model": ("model", "name", "item", "description", "equipment", "модель", "наименование",
                  "наименование оборудования", "оборудование"),
        "project": ("project", "проект", "программа"),
        "value": ("value", "price", "cost", "unit value", "стоимость", "цена", "сумма",
                  "стоимость сом", "стоимость usd"),
        "received_date": ("received", "received date", "date received", "delivery date",
                          "date of receipt", "дата получения", "дата поступления", "получено",
                          "дата"),
        "post": ("post", "crossing point", "location", "пост", "пункт пропуска", "кпп",
                 "местонахождение"),
        "holder": ("holder", "responsible", "assigned to", "ответственный", "закреплено за",
                   "за кем закреплено", "пользователь"),
        "status": ("status", "condition", "state", "состояние", "статус"),
        "notes": ("notes", "note", "comment", "comments", "remarks", "примечание",
                  "примечания", "комментарий"),
    },
    "person": {
        "full_name": ("full name", "name", "trainee", "participant", "фио", "ф и о", "имя",
                      "фамилия имя отчество", "фамилия имя", "слушатель", "участник"),
        "sex": ("sex", "gender", "m f", "пол"),
        "agency": ("agency", "service", "organisation", "organization", "ведомство", "служба",
                   "организация", "орган"),
        "rank": ("rank", "звание", "должность звание", "спец звание"),
        "post": ("post", "crossing point", "duty station", "пост", "пункт пропуска", "кпп",
                 "место службы"),
        "service_number": ("service number", "service no", "personnel number", "personnel no",
                           "id number", "badge", "табельный номер", "табельный no",
                           "личный номер", "личный no", "табельный"),
        "kind": ("kind", "person kind", "role", "роль"),
        "phone": ("phone", "telephone", "mobile", "телефон", "тел", "моб"),
    },
}  # fmt: skip
ENTITY_ALIASES = {"people": "person", "persons": "person", "items": "equipment"}


def register_entity(name: str) -> str:
    """'people' and 'person' both mean the person entity; equipment stays equipment."""
    name = ENTITY_ALIASES.get(name, name)
    entity(name)  # raises UnknownEntity with the valid names
    if name not in SYNONYMS:
        from bordertrack.domain.errors import BorderTrackError

        raise BorderTrackError(
            f"Registers can bring in equipment or people, not '{name}'; use one of them."
        )
    return name


def normalise(text: Any) -> str:
    """'Инв. №' -> 'инв no'; 'S/N' -> 's n': case, punctuation and spacing do not count."""
    s = str(text or "").casefold().replace("№", " no ").replace("ё", "е")
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


def guess_field(entity_name: str, header: Any) -> str | None:
    """The field a column header names, or None when no synonym fits."""
    h = normalise(header)
    if not h:
        return None
    e = entity(entity_name)
    table = SYNONYMS[entity_name]
    for f in e.fields:
        if h in (normalise(f.name), normalise(f.label), *table.get(f.name, ())):
            return f.name
    for name, words in table.items():  # "Серийный номер изделия", "Asset tag (new)"
        if any(len(w) > 3 and (h.startswith(w + " ") or h.endswith(" " + w)) for w in words):
            return name
    return None


@dataclass
class Layout:
    """Where the table starts and which column feeds which field (column index -> field)."""

    header_index: int  # index in Sheet.rows of the (last) header row
    headers: list[str]
    mapping: dict[int, str]


def _guess(entity_name: str, headers: list[str]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for col, header in enumerate(headers):
        name = guess_field(entity_name, header)
        if name and name not in mapping.values():
            mapping[col] = name
    return mapping


def _combined(upper: list[Any], lower: list[Any]) -> list[str]:
    """Two header rows as one: a merged group title above sub-headers ('Serial' under 'Item')."""
    width = max(len(upper), len(lower))
    out = []
    for i in range(width):
        a = str(upper[i]) if i < len(upper) and upper[i] is not None else ""
        b = str(lower[i]) if i < len(lower) and lower[i] is not None else ""
        out.append(b or a)
    return out


def find_layout(sheet: Sheet, entity_name: str, scan: int = 20) -> Layout:
    """The header row (or pair of rows) among the first `scan` rows that names most fields."""
    best = Layout(0, [str(v or "") for v in (sheet.rows[0] if sheet.rows else [])], {})
    for i in range(min(scan, len(sheet.rows))):
        candidates = [[str(v or "") for v in sheet.rows[i]]]
        if i + 1 < len(sheet.rows):
            candidates.append(_combined(sheet.rows[i], sheet.rows[i + 1]))
        for k, headers in enumerate(candidates):
            mapping = _guess(entity_name, headers)
            if len(mapping) > len(best.mapping):
                best = Layout(i + k, headers, mapping)
    return best


def apply_overrides(layout: Layout, entity_name: str, overrides: dict[str, str]) -> Layout:
    """`--map column=field`: a column named by header text, letter (A, B...) or number (1...).

    A field value of "" or "-" drops the column. Unknown columns and fields are errors.
    """
    from bordertrack.domain.errors import BorderTrackError, UnknownField

    e = entity(entity_name)
    mapping = dict(layout.mapping)
    for column, field_name in overrides.items():
        col = _column_index(layout.headers, column)
        if col is None:
            raise BorderTrackError(
                f"The sheet has no column '{column}'; name it by its header, letter or number "
                f"(headers: {', '.join(h for h in layout.headers if h)})."
            )
        if field_name in ("", "-"):
            mapping.pop(col, None)
            continue
        if not e.has_field(field_name):
            raise UnknownField(e.name, field_name, e.field_names)
        mapping = {c: f for c, f in mapping.items() if f != field_name}
        mapping[col] = field_name
    return Layout(layout.header_index, layout.headers, mapping)


def _column_index(headers: list[str], column: str) -> int | None:
    wanted = normalise(column)
    for i, header in enumerate(headers):
        if normalise(header) == wanted:
            return i
    if column.isdigit() and 1 <= int(column) <= max(len(headers), 1):
        return int(column) - 1
    if column.isalpha() and column.isascii() and len(column) <= 2:
        from openpyxl.utils import column_index_from_string

        return column_index_from_string(column.upper()) - 1
    return None
