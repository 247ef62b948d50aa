"""Finding the header row of a hand-made register and guessing which column is which field.

Headers are matched after normalising case, punctuation and "№" (and leaving out a currency
named in the title), against the field's name, label and the column titles its declaration
lists in English, Russian and Kyrgyz (`Field.headers` in domain/entities.py).

Every column ends in one of three outcomes, shown in the preview: mapped to a field, kept in
the notes ("Header: value" lines), or left out (row numbers, empty columns, or by choice).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bordertrack.domain.entities import entity
from bordertrack.domain.errors import Label, error_template
from bordertrack.services.register_import.reader import Sheet

# Currency written into a value column's title: "Стоимость, USD", "Unit cost ($)".
CURRENCY_WORDS = {
    "usd": "USD", "$": "USD", "долл": "USD", "доллар": "USD", "долларов": "USD",
    "eur": "EUR", "€": "EUR", "евро": "EUR", "euro": "EUR",
    "kgs": "KGS", "сом": "KGS", "сомов": "KGS", "som": "KGS",
    "rub": "RUB", "руб": "RUB", "рублей": "RUB", "₽": "RUB",
    "kzt": "KZT", "тенге": "KZT", "tjs": "TJS", "сомони": "TJS", "uzs": "UZS", "сум": "UZS",
    "gbp": "GBP", "£": "GBP", "chf": "CHF", "cny": "CNY",
}  # fmt: skip
_CURRENCY_TOKEN = re.compile(r"[$€£₽]|[^\W\d_]+")


def header_currency(header: Any) -> str | None:
    """The currency a column title names ("Стоимость, USD" -> "USD"), else None."""
    for token in _CURRENCY_TOKEN.findall(str(header or "").casefold()):
        if token in CURRENCY_WORDS:
            return CURRENCY_WORDS[token]
    return None


def _without_currency(h: str) -> str:
    return " ".join(w for w in h.split() if w not in CURRENCY_WORDS)


REGISTER_ENTITIES = ("equipment", "person")


def _synonyms(entity_name: str) -> dict[str, tuple[str, ...]]:
    """Field -> the column titles its declaration lists (Field.headers), normalised."""
    return {
        f.name: tuple(normalise(h) for h in f.headers)
        for f in entity(entity_name).fields
        if f.headers
    }


SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {n: {} for n in REGISTER_ENTITIES}
ENTITY_ALIASES = {"people": "person", "persons": "person", "items": "equipment"}


def register_entity(name: str) -> str:
    """'people' and 'person' both mean the person entity; equipment stays equipment."""
    name = ENTITY_ALIASES.get(name, name)
    entity(name)  # raises UnknownEntity with the valid names
    if name not in REGISTER_ENTITIES:
        from bordertrack.domain.errors import BorderTrackError

        raise BorderTrackError(
            error_template(
                "Registers can bring in equipment or people, not '{name}'; use one of them."
            ),
            name=name,
        )
    return name


_NOT_WORD = re.compile(r"[^\w]+")


def normalise(text: Any) -> str:
    """'Инв. №' -> 'инв no'; 'S/N' -> 's n': case, punctuation and spacing do not count."""
    s = str(text or "").casefold().replace("№", " no ").replace("ё", "е")
    s = _NOT_WORD.sub(" ", s)
    return " ".join(s.split())


def guess_field(entity_name: str, header: Any) -> str | None:
    """The field a column header names, or None when no synonym fits."""
    h = _without_currency(normalise(header))
    if not h:
        return None
    e = entity(entity_name)
    table = synonyms(entity_name)
    for f in e.fields:
        if h in (normalise(f.name), normalise(f.label), *table.get(f.name, ())):
            return f.name
    for name, words in table.items():  # "Серийный номер изделия", "Asset tag (new)"
        if any(len(w) > 3 and (h.startswith(w + " ") or h.endswith(" " + w)) for w in words):
            return name
    return None


def synonyms(entity_name: str) -> dict[str, tuple[str, ...]]:
    """The declared header words of an entity's fields, normalised once."""
    return SYNONYMS[entity_name]


MAPPED, NOTES, LEFT_OUT = "mapped", "notes", "left out"
KEEP, DROP = "+", "-"  # --map column=+ keeps a column in the notes; column=- leaves it out
ROW_NUMBER_HEADERS = {"no", "no п п", "п п", "n", "nn", "n п п", "#", "row", "no no", "катар"}


@dataclass
class Layout:
    """Where the table starts and which column feeds which field (column index -> field).

    `notes` are the columns kept in the notes; every other column is left out.
    """

    header_index: int  # index in Sheet.rows of the (last) header row
    headers: list[str]
    mapping: dict[int, str]
    notes: set[int] = field(default_factory=set)
    width: int = 0
    template: bool = False  # the choices came from a saved template

    def outcome(self, col: int) -> str:
        return MAPPED if col in self.mapping else NOTES if col in self.notes else LEFT_OUT

    def title(self, col: int) -> str:
        header = self.headers[col] if col < len(self.headers) else ""
        return header or f"column {col + 1}"


def is_row_number_header(header: Any) -> bool:
    return normalise(header) in ROW_NUMBER_HEADERS


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


def _default_notes(sheet: Sheet, layout: Layout, entity_name: str) -> set[int]:
    """Unmapped columns that hold something go to the notes when the entity has notes;
    row-number columns and empty columns are left out."""
    if not entity(entity_name).has_field("notes"):
        return set()
    rows = sheet.rows[layout.header_index + 1 :]
    width = max((len(r) for r in rows), default=0)
    # Column by column, stopping at the first cell that holds something: a filled column
    # costs a few rows, not all 20,000.
    filled = {c for c in range(width) if any(c < len(r) and r[c] is not None for r in rows)}
    return {
        c for c in filled
        if c not in layout.mapping and not is_row_number_header(layout.headers[c] if c < len(layout.headers) else "")
    }  # fmt: skip


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
    best.width = max([len(best.headers), *(len(r) for r in sheet.rows[best.header_index + 1 :])])
    best.headers += [""] * (best.width - len(best.headers))
    best.notes = _default_notes(sheet, best, entity_name)
    return best


def apply_overrides(layout: Layout, entity_name: str, overrides: dict[str, str]) -> Layout:
    """`--map column=field`: a column named by header text, letter (A, B...) or number (1...).

    A field of "-" (or "") leaves the column out, "+" keeps it in the notes. Unknown columns
    and fields are errors that name the nearest choices.
    """
    from bordertrack.domain.errors import BorderTrackError

    e = entity(entity_name)
    mapping, notes = dict(layout.mapping), set(layout.notes)
    for column, field_name in overrides.items():
        col = _column_index(layout.headers, column)
        if col is None:
            raise BorderTrackError(
                error_template(
                    "The sheet has no column '{column}'; name it by its header, letter or number "
                    "(headers: {value})."
                ),
                column=column,
                value=", ".join(h for h in layout.headers if h),
            )
        mapping.pop(col, None)
        notes.discard(col)
        if field_name in ("", DROP):
            continue
        if field_name == KEEP:
            if not e.has_field("notes"):
                raise BorderTrackError(
                    error_template(
                        "{plural} have no notes to keep column '{column}' in; map it to a field "
                        "or leave it out with '{column}={drop}'."
                    ),
                    plural=Label(e.plural, "entity"),
                    column=column,
                    drop=DROP,
                )
            notes.add(col)
            continue
        if not e.has_field(field_name):
            raise BorderTrackError(_unknown_field(e, field_name))
        mapping = {c: f for c, f in mapping.items() if f != field_name}
        mapping[col] = field_name
    return Layout(
        layout.header_index, layout.headers, mapping, notes, layout.width, layout.template
    )


def _unknown_field(e: Any, name: str) -> str:
    import difflib

    near = difflib.get_close_matches(name, e.field_names, n=3, cutoff=0.5)
    hint = f"did you mean {', '.join(near)}? " if near else ""
    return (
        f"{e.label} has no field '{name}'; {hint}fields: {', '.join(e.field_names)}; "
        f"'{KEEP}' keeps a column in the notes and '{DROP}' leaves it out."
    )


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


SYNONYMS.update({n: _synonyms(n) for n in REGISTER_ENTITIES})
