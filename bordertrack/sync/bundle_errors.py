"""Typed errors for bundles a person cannot use: each str() is one line saying what to do."""

from __future__ import annotations

from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.domain.shown import shown


class BundleError(BorderTrackError):
    """Base of every problem with a bundle file itself (not with trust or merging)."""


class NotABundle(BundleError):
    """Random bytes, a truncated or empty file, not an .xlsx, or sheets/entries missing."""

    template = error_template(
        "This file is not a readable BorderTrack bundle ({reason}); "
        "ask the sender to export it again."
    )

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason=reason)


class BundleFileUnreachable(NotABundle):
    """The path names no file that can be opened: the fix is the path, not a new export."""

    template = error_template("Cannot open {path}: {why}; check the bundle file's name and folder.")

    def __init__(self, path: str, why: str) -> None:
        self.reason, self.path = why, path
        BorderTrackError.__init__(self, path=shown(path), why=why)


class OrdinaryWorkbook(NotABundle):
    """An Excel workbook with none of a bundle's sheets: most often a register that belongs
    in import-register, which a new export would not help."""

    template = error_template(
        "This workbook is not a BorderTrack bundle (it has none of a bundle's sheets); "
        "bring an Excel register in with 'import-register' (Equipment: Import from "
        "Excel...), or ask the sender for a bundle exported from BorderTrack."
    )

    def __init__(self) -> None:
        self.reason = "none of a bundle's sheets"
        BorderTrackError.__init__(self)


class BundleTooLarge(BundleError):
    """The zip directory claims more than a bundle may hold; nothing was unpacked."""

    template = error_template(
        "This bundle is too large to open safely: {what} is {found:,.0f}, the limit is "
        "{limit:,.0f}; ask the sender to export smaller bundles (incremental, or per post)."
    )

    def __init__(self, what: str, found: float, limit: float) -> None:
        self.what, self.found, self.limit = what, found, limit
        super().__init__(what=what, found=found, limit=limit)


class UnsafeContent(BundleError):
    """XML declarations that can expand without bound, or a formula in a cell."""

    template = error_template(
        "This bundle contains {what} in {where}, which a BorderTrack bundle never has; "
        "do not open it in Excel and ask the sender for a fresh export."
    )

    def __init__(self, what: str, where: str) -> None:
        self.what, self.where = what, where
        super().__init__(what=what, where=where)


class NewerFormat(BundleError):
    template = error_template(
        "This bundle was made by a newer BorderTrack (format {version}, this one reads up "
        "to {supported}); update BorderTrack to import it."
    )

    def __init__(self, version: int, supported: int) -> None:
        self.version, self.supported = version, supported
        super().__init__(version=version, supported=supported)


class TamperedBundle(BundleError):
    """The content does not match its signature: edited, reordered, removed or damaged."""

    template = error_template(
        "This bundle was changed after it was signed ({where}); do not import it, "
        "ask the sender for a fresh copy."
    )

    def __init__(self, where: str) -> None:
        self.where = where
        super().__init__(where=where)


class BadChange(BundleError):
    """A signed change row that this version cannot accept (type, length, unknown name...)."""

    template = error_template(
        "Sheet '{sheet}', row {row}: {problem}; the bundle was not imported, "
        "ask the sender to check that record and export again."
    )

    def __init__(self, sheet: str, row: int, problem: str) -> None:
        self.sheet, self.row, self.problem = sheet, row, problem
        super().__init__(sheet=sheet, row=row, problem=problem)
