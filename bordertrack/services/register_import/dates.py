"""Dates and amounts as a sheet shows them: 31.03.2024, 5 марта 2024 г., Excel serial numbers,
1 234,50 and 1,234.50, "850 USD".

Whether 03/04/2024 is the 3rd of April or the 4th of March is decided per column, from the
dates in the same column that can only be read one way (31/12/2024 is day first, 12/31/2024
month first); with none, day first, as registers in the region are written. The decision is
stated in the preview.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

EXCEL_EPOCH = dt.date(1899, 12, 30)
MAX_SERIAL = 2958465  # 9999-12-31
MIN_SERIAL = 367  # 1901-01-01: smaller numbers in a date column are not dates
DAY_FIRST, MONTH_FIRST = "day/month", "month/day"

MONTHS = {
    **{m: i for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)},
    **{m: i for i, m in enumerate(
        ("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"), 1)},
}  # fmt: skip
_NUMERIC = re.compile(r"^(\d{1,4})[./\-](\d{1,2})[./\-](\d{2,4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_WORDS = re.compile(r"^(?:(\d{1,2})[\s\-.]+([^\W\d_]+)\.?[\s\-.,]+(\d{4})|([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4}))$")  # fmt: skip
_YEAR_WORD = re.compile(r"\s*(?:г\.?|год[а]?|ж\.?|жыл)\s*$", re.IGNORECASE)


@dataclass
class ColumnDates:
    """How one column's dates are read: the order, and why, for the preview."""

    order: str = DAY_FIRST
    reason: str = ""
    ambiguous: int = 0


def _month(word: str) -> int | None:
    word = word.casefold()
    for prefix, number in MONTHS.items():
        if word.startswith(prefix) and (prefix != "ма" or word.startswith(("мая", "май"))):
            return number
    return None


def _year(text: str) -> int:
    y = int(text)
    return y + (2000 if y < 70 else 1900) if len(text) == 2 else y


def _clean(text: str) -> str:
    return _YEAR_WORD.sub("", text.strip().replace("\u00a0", " "))


def _parts(text: str) -> tuple[int, int, int] | None:
    """(first, second, year) of a d.m.y or m/d/y text, unread."""
    m = _NUMERIC.match(_clean(text))
    if not m or len(m.group(1)) > 2:
        return None
    return int(m.group(1)), int(m.group(2)), _year(m.group(3))


def decide(cells: Iterable[Any]) -> ColumnDates:
    """Day first or month first for a column, from the dates that can be read only one way."""
    day, month, ambiguous, example_d, example_m = 0, 0, 0, "", ""
    for cell in cells:
        if not isinstance(cell, str):
            continue
        parts = _parts(cell)
        if parts is None:
            continue
        a, b, _ = parts
        if a > 12 and b <= 12:
            day, example_d = day + 1, example_d or cell
        elif b > 12 and a <= 12:
            month, example_m = month + 1, example_m or cell
        elif a <= 12 and b <= 12 and a != b:
            ambiguous += 1
    if month and not day:
        return ColumnDates(MONTH_FIRST, f"read month/day, as {example_m} shows", ambiguous)
    if day and not month:
        return ColumnDates(DAY_FIRST, f"read day/month, as {example_d} shows", ambiguous)
    if day and month:
        return ColumnDates(
            DAY_FIRST, f"both orders appear ({example_d}, {example_m}); read day/month", ambiguous
        )
    reason = "no date says which comes first; read day/month" if ambiguous else ""
    return ColumnDates(DAY_FIRST, reason, ambiguous)


def to_date(cell: Any, order: str = DAY_FIRST) -> dt.date:
    """The date a cell shows; raises ValueError with the text as shown when it is not one."""
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        if math.isfinite(cell) and MIN_SERIAL <= cell <= MAX_SERIAL:
            return EXCEL_EPOCH + dt.timedelta(days=int(cell))
        raise ValueError(_shown(cell))
    text = _clean(str(cell))
    try:
        return _text_date(text, order)
    except (ValueError, OverflowError):
        raise ValueError(str(cell).strip()) from None


def _text_date(text: str, order: str) -> dt.date:
    m = _ISO.match(text)
    if m:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _NUMERIC.match(text)
    if m and len(m.group(1)) == 4:  # 2024/03/31
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    parts = _parts(text)
    if parts:
        a, b, year = parts
        day, month = (b, a) if order == MONTH_FIRST else (a, b)
        if order == DAY_FIRST and b > 12 >= a:  # one 12/31/2024 in a day-first column
            day, month = b, a
        elif order == MONTH_FIRST and a > 12 >= b:
            day, month = a, b
        return dt.date(year, month, day)
    m = _WORDS.match(text)
    if m:
        day_s, word, year_s = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (
            m.group(5), m.group(4), m.group(6))  # fmt: skip
        month = _month(word)
        if month:
            return dt.date(int(year_s), month, int(day_s))
    raise ValueError(text)


def _shown(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


_AMOUNT_JUNK = re.compile(r"[\s\u00a0\u202f'’]|[$€£₽]|[^\W\d_]+\.?", re.UNICODE)
_AMOUNT = re.compile(r"-?[\d.,]+")
_COMMA_THOUSANDS = re.compile(r"-?\d{1,3},\d{3}")
_DOT_THOUSANDS = re.compile(r"-?\d{1,3}(\.\d{3}){2,}")


def to_number(cell: Any) -> float | int:
    """1 234,50 / 1.234,50 / 1,234.50 / '850 USD' / 10,5 -> a number; ValueError otherwise.

    With both separators the last one is the decimal point; a lone comma is decimal unless it
    groups thousands (1,234,567 or 1,200: amounts have two decimals, not three); a lone dot
    is decimal unless it groups (1.234.567).
    """
    if isinstance(cell, bool):
        raise ValueError(str(cell))
    if isinstance(cell, int | float):
        if not math.isfinite(cell):
            raise ValueError(str(cell))
        return cell
    text = _AMOUNT_JUNK.sub("", str(cell))
    if not text or not _AMOUNT.fullmatch(text):
        raise ValueError(str(cell).strip())
    if "," in text and "." in text:
        point = "," if text.rfind(",") > text.rfind(".") else "."
        text = text.replace("." if point == "," else ",", "").replace(",", ".")
    elif text.count(",") > 1 or _COMMA_THOUSANDS.fullmatch(text) or _DOT_THOUSANDS.fullmatch(text):
        text = text.replace(",", "").replace(".", "")
    else:
        text = text.replace(",", ".")
    value = float(text)
    return int(value) if value.is_integer() and abs(value) < 2**53 else value
