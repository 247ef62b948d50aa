"""Rows of a register that are not items: totals, signature lines, section subtitles, the
repeated header of a printed page, the row of column numbers under the headers, and a row
holding only its number. They are skipped with the reason, never counted as failures.
"""

from __future__ import annotations

import re
from typing import Any

from bordertrack.services.register_import.headers import Layout, is_row_number_header, normalise

TOTAL_WORDS = ("итого", "итог", "всего", "total", "totals", "grand total", "subtotal", "sum",
               "жыйынтык", "жыйынтыгы", "бардыгы", "жалпы", "баары")  # fmt: skip
SIGNATURE_WORDS = (
    "подпись", "signature", "signed", "sign", "м п", "mp", "составил", "проверил", "утверждаю",
    "утвердил", "принял", "сдал", "главный бухгалтер", "бухгалтер", "председатель комиссии",
    "члены комиссии", "член комиссии", "материально ответственное лицо", "ответственное лицо",
    "руководитель", "начальник", "кол тамга", "колу", "кол коюлду", "approved by", "prepared by",
    "checked by", "accountant", "head of",
)  # fmt: skip
_LINE = re.compile(r"_{3,}|\.{6,}")
KEY_FIELDS = {"asset_tag", "serial", "full_name", "service_number"}

TOTALS = "a totals row"
SIGNATURE = "a signature line"
SUBTITLE = "a subtitle"
REPEATED_HEADER = "the header repeated"
COLUMN_NUMBERS = "the column numbers under the header"
ONLY_NUMBER = "a row holding only its number"


def _starts(text: str, phrases: tuple[str, ...]) -> bool:
    return any(text == p or text.startswith(p + " ") for p in phrases)


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and value.strip().rstrip(".").isdigit()


def not_an_item(cells: list[Any], layout: Layout, header_keys: list[str]) -> str | None:
    """Why this row is not an item, or None when it may be one."""
    filled = [(i, v) for i, v in enumerate(cells) if v is not None]
    if not filled:
        return ONLY_NUMBER
    texts = [(i, normalise(v)) for i, v in filled if isinstance(v, str)]
    for _i, text in texts:
        if _starts(text, TOTAL_WORDS):
            return TOTALS
    raw_texts = [v for _i, v in filled if isinstance(v, str)]
    if any(_LINE.search(v) for v in raw_texts) or any(
        _starts(t, SIGNATURE_WORDS) for _i, t in texts
    ):
        return SIGNATURE
    same = sum(1 for i, t in texts if i < len(header_keys) and t and t == header_keys[i])
    if same >= 2 and same * 2 >= len(filled):
        return REPEATED_HEADER
    if len(filled) >= 3 and all(_is_number(v) and float(v) == i + 1 for i, v in filled):
        return COLUMN_NUMBERS
    if (
        all(
            _is_number(v)
            and (layout.outcome(i) != "mapped" or is_row_number_header(layout.title(i)))
            and layout.mapping.get(i) not in KEY_FIELDS
            for i, v in filled
        )
        and len(filled) == 1
    ):
        return ONLY_NUMBER
    distinct = {v for _i, v in filled}
    if len(distinct) == 1 and isinstance(filled[0][1], str):
        columns = {layout.mapping.get(i) for i, _v in filled}
        if not columns & KEY_FIELDS:
            return SUBTITLE
    return None
