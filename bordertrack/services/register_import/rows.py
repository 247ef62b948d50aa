"""Rows of a register that are not items: totals, signature lines, section subtitles, the
repeated header of a printed page, the row of column numbers under the headers, and a row
holding only its number. They are skipped with the reason, never counted as failures.
"""

from __future__ import annotations

import re
from typing import Any

from bordertrack.services.register_import.headers import Layout, is_row_number_header

TOTAL_WORDS = ("итого", "итог", "всего", "total", "totals", "grand total", "subtotal", "sum",
               "жыйынтык", "жыйынтыгы", "бардыгы", "жалпы", "баары")  # fmt: skip
SIGNATURE_WORDS = (
    "подпись", "signature", "signed", "sign", "составил", "проверил", "утверждаю",
    "утвердил", "принял", "сдал", "главный бухгалтер", "бухгалтер", "председатель комиссии",
    "члены комиссии", "член комиссии", "материально ответственное лицо", "ответственное лицо",
    "руководитель", "начальник", "кол тамга", "колу", "кол коюлду", "approved by", "prepared by",
    "checked by", "accountant", "head of",
)  # fmt: skip
# A line to sign on (___ or ......), or "М.П." (the seal's place) alone in a cell.
_SEAL = re.compile(r"\x1f[^\w\x1f]*[мm][^\w\x1f]*[пp][^\w\x1f]*(?:\x1f|$)")


def _phrases(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for 'a cell starts with one of these phrases' (punctuation-blind), run
    once over a row's text cells, each preceded by a unit separator: the pattern starts with
    that separator, so the regex engine skips to it instead of trying every position."""
    alternatives = "|".join(r"[^\w\x1f]+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"\x1f[^\w\x1f]*(?:{alternatives})(?:[^\w]|$)")


_TOTAL = _phrases(TOTAL_WORDS)
_SIGNATURE = _phrases(SIGNATURE_WORDS)
KEY_FIELDS = {"asset_tag", "serial", "full_name", "service_number"}

TOTALS = "a totals row"
SIGNATURE = "a signature line"
SUBTITLE = "a subtitle"
REPEATED_HEADER = "the header repeated"
COLUMN_NUMBERS = "the column numbers under the header"
ONLY_NUMBER = "a row holding only its number"


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and value.strip().rstrip(".").isdigit()


def header_keys(headers: list[str]) -> list[frozenset[str]]:
    """Each header title as a repeated header row may show it (case-folded, spacing either
    as typed or collapsed)."""
    return [
        frozenset({h.casefold().strip(), " ".join(h.casefold().split())}) if h else frozenset()
        for h in headers
    ]


def not_an_item(cells: list[Any], layout: Layout, header_keys: list[frozenset[str]]) -> str | None:
    """Why this row is not an item, or None when it may be one (`header_keys` from
    `header_keys(layout.headers)`). Runs on every row: the common item row costs three
    regular-expression scans of its text and a few comparisons."""
    filled = [(i, v) for i, v in enumerate(cells) if v is not None]
    if not filled:
        return ONLY_NUMBER
    texts = [(i, v) for i, v in filled if isinstance(v, str)]
    joined = "".join(["\x1f" + v for _i, v in texts]).casefold()
    if _TOTAL.search(joined):
        return TOTALS
    if "___" in joined or "......" in joined or _SIGNATURE.search(joined) or _SEAL.search(joined):
        return SIGNATURE
    width = len(header_keys)
    same = 0
    for i, v in texts:
        if i < width and header_keys[i] and v.casefold() in header_keys[i]:
            same += 1
    if same >= 2 and same * 2 >= len(filled):
        return REPEATED_HEADER
    if len(filled) >= 3 and all(_is_number(v) and float(v) == i + 1 for i, v in filled):
        return COLUMN_NUMBERS
    if len(filled) == 1 and _is_number(filled[0][1]):
        i = filled[0][0]
        mapped = layout.mapping.get(i)
        if mapped is None or (mapped not in KEY_FIELDS and is_row_number_header(layout.title(i))):
            return ONLY_NUMBER
    first = filled[0][1]
    if isinstance(first, str) and all(v == first for _i, v in filled):
        columns = {layout.mapping.get(i) for i, _v in filled}
        if len(filled) > 1 or not columns & KEY_FIELDS:  # one text, or merged across the row
            return SUBTITLE
    return None
