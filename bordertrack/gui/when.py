"""Stored UTC stamps shown as the person reads them: local time, the month in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimeZone


def local_words(stamp: str | None) -> str:
    """'2026-12-01T21:07:00Z' -> '1 December 2026, 23:07' in the person's language and zone."""
    if not stamp:
        return ""
    text = stamp.strip().replace(" ", "T")
    moment = QDateTime.fromString(text[:19], Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    moment.setTimeZone(QTimeZone.utc())
    local = moment.toLocalTime()
    locale = QLocale()
    return locale.toString(local, "d MMMM yyyy, HH:mm")


def backup_reason(reason: str) -> str:
    """The words for why a backup was made (stored in English as a short code)."""
    words = {
        "manual": QCoreApplication.translate("when", "made by hand"),
        "before import": QCoreApplication.translate("when", "before an import"),
        "before restore": QCoreApplication.translate("when", "before a restore"),
        "at exit": QCoreApplication.translate("when", "when the program closed"),
    }
    return words.get(reason, reason)


def import_status(status: str) -> str:
    words = {
        "applied": QCoreApplication.translate("when", "applied"),
        "preview": QCoreApplication.translate("when", "previewed only"),
        "already_imported": QCoreApplication.translate("when", "already imported"),
        "refused": QCoreApplication.translate("when", "refused"),
    }
    return words.get(status, status)
