"""Errors a person can meet when making a report or a printable document."""

from __future__ import annotations

from bordertrack.domain.errors import BorderTrackError, error_template


class ReportProblem(BorderTrackError):
    """A report cannot be made as asked (bad period, unknown record, file not writable)."""


class ReportCancelled(BorderTrackError):
    template = error_template("The report was cancelled; no file was written.")

    def __init__(self) -> None:
        super().__init__()


def write_failed(path: object, exc: OSError) -> ReportProblem:
    """The one sentence for a file that cannot be written (open in Excel, read-only folder)."""
    reason = exc.strerror or type(exc).__name__
    return ReportProblem(
        error_template(
            "Cannot write {path} ({reason}); close it if it is open elsewhere or choose another "
            "folder."
        ),
        path=path,
        reason=reason,
    )
