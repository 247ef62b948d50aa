"""A coordinator's merge of many bundles at once: each is verified and checked on its own,
then all admitted changes are applied in one transaction and one refold.

Merging 50 bundles one by one pays the refold, the backup and the fsync 50 times; the
outcome is the same either way because a record's state depends only on its changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bordertrack.domain.errors import BorderTrackError
from bordertrack.services.import_bundle import (
    _backup,
    admit,
    already_imported,
    count_result,
    declare_complete,
    import_verified,
    new_report,
    read_verified,
    record_import,
    screen,
)
from bordertrack.services.import_report import ImportReport
from bordertrack.services.read_ahead import read_ahead
from bordertrack.store.apply import ForkDetected, apply_changes
from bordertrack.store.database import Store


@dataclass
class MergeResult:
    """Per-bundle outcomes, and the counts of the whole merge."""

    reports: list[ImportReport] = field(default_factory=list)
    total: ImportReport = field(default_factory=lambda: ImportReport(status="applied"))

    def to_json(self) -> dict:
        return {
            "total": self.total.to_json(),
            "bundles": [
                {"file": r.file_name, "status": r.status, "message": r.message}
                for r in self.reports
            ],
        }


def _screen(
    store: Store, path: Path, seen: set[str], chains: dict, read: object | None = None
) -> tuple[object | None, ImportReport]:
    """Check one bundle (read here unless a worker read it); a refused one gets a report
    saying why."""
    report = ImportReport(file_name=path.name)
    try:
        bundle = read if read is not None else read_verified(path)
        report = new_report(bundle, path.name, "applied")
        if already_imported(store, bundle, report) or bundle.digest in seen:
            report.status = "already_imported"
            report.message = (
                report.message or "Already imported earlier in this merge; nothing changed."
            )
            return None, report
        screen(store, bundle, report, allow_other_recipient=False, pending=chains)
    except BorderTrackError as exc:
        report.status, report.message = "rejected", str(exc)
        return None, report
    h = bundle.header
    seen.add(bundle.digest)
    chains[(h.sender_id, h.recipient or "", h.bundle_seq)] = (bundle.digest, h.prev_digest)
    return bundle, report


def import_many(
    store: Store,
    paths: list[Path],
    on_progress: Callable[[int, int], None] | None = None,
    *,
    readers: int | None = None,
) -> MergeResult:
    """Merge every bundle in `paths`; a refused bundle does not stop the others.

    `readers` worker processes read the next bundles while this one checks and applies
    (services/read_ahead.py); None lets the machine and the bundles' size decide, 0 reads
    here. The outcome is the same either way."""
    result = MergeResult()
    accepted: list[tuple[object, ImportReport]] = []
    seen: set[str] = set()
    chains: dict = {}
    for i, (path, read) in enumerate(read_ahead(sorted(paths), readers)):
        if on_progress:
            on_progress(i, len(paths) + 1)
        bundle, report = _screen(store, path, seen, chains, read)
        result.reports.append(report)
        if bundle is not None:
            accepted.append((bundle, report))
    if not accepted:
        return result
    _backup(store)
    try:
        with store.transaction() as conn:
            changes = []
            for bundle, report in accepted:
                declare_complete(conn, bundle, report)
                result.total.declared |= report.declared
                changes.extend(admit(conn, bundle, report))
            applied = apply_changes(conn, changes)
            count_result(store, conn, changes, applied, result.total)
            for bundle, report in accepted:
                record_import(conn, bundle, report)
    except ForkDetected:
        # One of them forks: fall back to one by one so only that bundle is refused.
        return _one_by_one(store, accepted, result)
    result.total.out_of_scope += sum(r.out_of_scope for _, r in accepted)
    result.total.received = sum(r.received for _, r in accepted)
    if on_progress:
        on_progress(len(paths) + 1, len(paths) + 1)
    return result


def _one_by_one(store: Store, accepted: list, result: MergeResult) -> MergeResult:
    for bundle, report in accepted:
        try:
            done = import_verified(store, bundle, report.file_name)
            report.__dict__.update(done.__dict__)
        except BorderTrackError as exc:
            report.status, report.message = "rejected", str(exc)
    return result
