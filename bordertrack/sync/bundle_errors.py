"""Typed errors for bundles a person cannot use: each str() is one line saying what to do."""

from __future__ import annotations

from bordertrack.domain.errors import BorderTrackError
from bordertrack.shown import shown


class BundleError(BorderTrackError):
    """Base of every problem with a bundle file itself (not with trust or merging)."""


class NotABundle(BundleError):
    """Random bytes, a truncated or empty file, not an .xlsx, or sheets/entries missing."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(
            f"This file is not a readable BorderTrack bundle ({reason}); "
            "ask the sender to export it again."
        )


class BundleFileUnreachable(NotABundle):
    """The path names no file that can be opened: the fix is the path, not a new export."""

    def __init__(self, path: str, why: str) -> None:
        self.reason, self.path = why, path
        BorderTrackError.__init__(
            self, f"Cannot open {shown(path)}: {why}; check the bundle file's name and folder."
        )


class OrdinaryWorkbook(NotABundle):
    """An Excel workbook with none of a bundle's sheets: most often a register that belongs
    in import-register, which a new export would not help."""

    def __init__(self) -> None:
        self.reason = "none of a bundle's sheets"
        BorderTrackError.__init__(
            self,
            "This workbook is not a BorderTrack bundle (it has none of a bundle's sheets); "
            "bring an Excel register in with 'import-register' (Equipment: Import from "
            "Excel...), or ask the sender for a bundle exported from BorderTrack.",
        )


class BundleTooLarge(BundleError):
    """The zip directory claims more than a bundle may hold; nothing was unpacked."""

    def __init__(self, what: str, found: float, limit: float) -> None:
        self.what, self.found, self.limit = what, found, limit
        super().__init__(
            f"This bundle is too large to open safely: {what} is {found:,.0f}, the limit is "
            f"{limit:,.0f}; ask the sender to export smaller bundles (incremental, or per post)."
        )


class UnsafeContent(BundleError):
    """XML declarations that can expand without bound, or a formula in a cell."""

    def __init__(self, what: str, where: str) -> None:
        self.what, self.where = what, where
        super().__init__(
            f"This bundle contains {what} in {where}, which a BorderTrack bundle never has; "
            "do not open it in Excel and ask the sender for a fresh export."
        )


class NewerFormat(BundleError):
    def __init__(self, version: int, supported: int) -> None:
        self.version, self.supported = version, supported
        super().__init__(
            f"This bundle was made by a newer BorderTrack (format {version}, this one reads up "
            f"to {supported}); update BorderTrack to import it."
        )


class TamperedBundle(BundleError):
    """The content does not match its signature: edited, reordered, removed or damaged."""

    def __init__(self, where: str) -> None:
        self.where = where
        super().__init__(
            f"This bundle was changed after it was signed ({where}); do not import it, "
            "ask the sender for a fresh copy."
        )


class BadChange(BundleError):
    """A signed change row that this version cannot accept (type, length, unknown name...)."""

    def __init__(self, sheet: str, row: int, problem: str) -> None:
        self.sheet, self.row, self.problem = sheet, row, problem
        super().__init__(
            f"Sheet '{sheet}', row {row}: {problem}; the bundle was not imported, "
            "ask the sender to check that record and export again."
        )
