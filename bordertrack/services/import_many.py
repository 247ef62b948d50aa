"""A coordinator's merge of many bundles at once: each is verified and checked on its own
(read ahead by worker processes when it pays), then the admitted changes are applied in
batches of about `BATCH_CHANGES`, each batch one transaction and one refold.

Merging 50 bundles one by one pays the refold, the backup and the fsync 50 times; the
outcome is the same either way because a record's state depends only on its changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bordertrack.domain.errors import BorderTrackError
from bordertrack.services import import_steps as steps
from bordertrack.services.duplicates import duplicate_groups
from bordertrack.services.import_bundle import import_verified, read_verified
from bordertrack.services.import_report import ImportReport
from bordertrack.services.import_steps import (
    admit,
    already_imported,
    count_result,
    declare_complete,
    new_report,
    record_import,
    screen,
)
from bordertrack.services.read_ahead import read_ahead
from bordertrack.services.vectors import gaps
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


# Changes held in memory and applied in one transaction: a bundle's changes cost about a
# kilobyte each while they are read, checked and applied, so a batch of this many stays
# well under a gigabyte whatever the number of bundles (docs/decisions.md, "A roll-up").
BATCH_CHANGES = 200_000


def import_many(
    store: Store,
    paths: list[Path],
    on_progress: Callable[[int, int], None] | None = None,
    *,
    batch_changes: int = BATCH_CHANGES,
    readers: int | None = None,
) -> MergeResult:
    """Merge every bundle in `paths`; a refused bundle does not stop the others.

    Bundles are read and checked one at a time and applied in batches of about
    `batch_changes` changes, each batch one transaction: a batch that fails leaves the
    database as the batches before it left it. One backup is made before the first batch,
    so the whole merge can be undone, not one before each batch (on a large file the copy
    would cost more than the batch).

    `readers` worker processes read and verify the next bundles while this one checks and
    applies (services/read_ahead.py); None lets the machine and the bundles' size decide, 0
    reads here. The outcome is the same either way."""
    ordered = [Path(p) for p in sorted(paths)]
    # closing: a merge that stops on an error also stops the workers at once.
    with _merge_cache(store), closing(read_ahead(ordered, readers)) as reads:
        return _merge(store, ordered, reads, on_progress, batch_changes)


# SQLite's page cache during a merge (KiB, as PRAGMA cache_size takes it when negative):
# each batch inserts into the indexes of a file that grows to gigabytes, and the default
# cache of 64 MB makes those inserts read their pages back from the operating system.
MERGE_CACHE_KIB = 256 * 1024


@contextmanager
def _merge_cache(store: Store) -> Iterator[None]:
    """A larger page cache for the merge, given back afterwards."""
    before = store.conn.execute("PRAGMA cache_size").fetchone()[0]
    store.conn.execute(f"PRAGMA cache_size=-{MERGE_CACHE_KIB}")
    try:
        yield
    finally:
        store.conn.execute(f"PRAGMA cache_size={int(before)}")


def _merge(
    store: Store,
    ordered: list[Path],
    reads: Iterator[tuple[Path, object | None]],
    on_progress: Callable[[int, int], None] | None,
    batch_changes: int,
) -> MergeResult:
    result = MergeResult()
    seen: set[str] = set()
    batch: list[tuple[object, ImportReport]] = []
    chains: dict = {}
    size, applied_batches = 0, 0
    for i, (path, read) in enumerate(reads):
        if on_progress:
            on_progress(i, len(ordered) + 1)
        bundle, report = _screen(store, path, seen, chains, read)
        result.reports.append(report)
        if bundle is None:
            continue
        batch.append((bundle, report))
        size += len(bundle.changes)  # type: ignore[attr-defined]
        if size >= batch_changes:
            _apply_batch(store, batch, result, first=not applied_batches)
            applied_batches += 1
            batch, chains, size = [], {}, 0
    if batch:
        _apply_batch(store, batch, result, first=not applied_batches)
        applied_batches += 1
    result.total.records = {e: sorted(ids) for e, ids in result.total.records.items()}
    if applied_batches > 1:
        _whole_merge_checks(store, result)
    if on_progress:
        on_progress(len(ordered) + 1, len(ordered) + 1)
    return result


def _apply_batch(
    store: Store, accepted: list[tuple[object, ImportReport]], result: MergeResult, first: bool
) -> None:
    """Apply one batch of checked bundles in one transaction and add its counts to the
    merge's; a fork inside it falls back to one by one, so only that bundle is refused."""
    if first:
        steps.backup_before_import(store)
    part = ImportReport(status="applied")
    try:
        with store.transaction() as conn:
            changes = []
            for bundle, report in accepted:
                declare_complete(conn, bundle, report)
                part.declared |= report.declared
                changes.extend(admit(conn, bundle, report))
            applied = apply_changes(conn, changes)
            count_result(store, conn, changes, applied, part)
            for bundle, report in accepted:
                record_import(conn, bundle, report)
    except ForkDetected:
        _one_by_one(store, accepted, result)
        return
    part.out_of_scope += sum(r.out_of_scope for _, r in accepted)
    part.received = sum(r.received for _, r in accepted)
    _add(result.total, part)


def _add(total: ImportReport, part: ImportReport) -> None:
    """Add one batch's counts to the merge's (a record created in one batch and changed in
    a later one counts as new in the first and updated in the second)."""
    for name in (
        "received",
        "new",
        "updated",
        "unchanged",
        "deleted",
        "conflicts",
        "duplicates",
        "out_of_scope",
        "clock_ahead",
    ):
        setattr(total, name, getattr(total, name) + getattr(part, name))
    total.declared |= part.declared
    total.held.extend(part.held)
    for entity, ids in part.records.items():
        # A set while the merge runs, sorted once at its end (_merge): sorting a
        # million ids after each of fifty batches would cost more than the batches' counts.
        total.records.setdefault(entity, set()).update(ids)  # type: ignore[attr-defined]
    for name, count in part.newer_fields.items():
        total.newer_fields[name] = total.newer_fields.get(name, 0) + count
    total.gaps = part.gaps


def _whole_merge_checks(store: Store, result: MergeResult) -> None:
    """After several batches: the duplicates and gaps of the whole merge, read once from
    the merged database (each batch's own figures see only the origins and records of that
    batch, and a duplicate spanning two batches would be counted twice)."""
    total = result.total
    touched = {entity: set(ids) for entity, ids in total.records.items()}
    total.duplicates = len(duplicate_groups(store.conn, touched)) if touched else 0
    origins = {r.sender_id for r in result.reports if r.status == "applied"}
    total.gaps = gaps(store.conn, sorted(origins | total.declared))


def _one_by_one(store: Store, accepted: list, result: MergeResult) -> None:
    for bundle, report in accepted:
        try:
            done = import_verified(store, bundle, report.file_name)
            report.__dict__.update(done.__dict__)
        except BorderTrackError as exc:
            report.status, report.message = "rejected", str(exc)
