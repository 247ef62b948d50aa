"""Dates as the person's language writes them, in editors as in tables.

Tables show dates through QLocale's short format (09.03.2026 in Russian and Kyrgyz,
09/03/2026 in English); date editors must use the same order, or a person typing
"09.03.2026" into a yyyy-MM-dd field gets a different day.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateEdit


def date_display_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (never a two-digit one)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    # Two-digit day and month keep every section the same width while typing.
    if "dd" not in fmt:
        fmt = fmt.replace("d", "dd")
    if "MM" not in fmt:
        fmt = fmt.replace("M", "MM")
    return fmt


def follow_locale(edit: QDateEdit) -> None:
    """Give `edit` the current language's date order (call again after a language switch)."""
    edit.setDisplayFormat(date_display_format())
