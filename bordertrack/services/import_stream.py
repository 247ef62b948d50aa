"""Importing a bundle as it is read: a chunk of changes at a time, in one transaction.

An import that reads the whole bundle first holds every change at once: about 0.7 KB a
change, 157 MB at 160,000. Here the Manifest's signature is checked first, then each
chunk of the Changes sheet (sync/bundle_stream.py) is checked (values, stamps) and
applied inside the import's one transaction, and let go. The commit comes only after
the last chunk, once the sheet's digest, the other sheets' digests and the workbook's
bounds have passed; until then nothing of the bundle is visible, and a refusal rolls
every chunk back.

This way only ever commits what the whole way would: anything it does not admit, and
any refusal at all, rolls back and hands the file to the whole way (import_bundle),
which reads it again and says what is wrong in its own words and order. The chunks are
those of one bundle applied one after another, which the merge's convergence makes the
same as applying them at once; the report's figures are made as for one batch
(services/import_tally.py), also when a record's changes fell in two chunks and the
first held back a change (out of its device's scope) that the second let through.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bordertrack.domain.shown import shown
from bordertrack.services import import_preview_details as preview_details
from bordertrack.services import import_steps as steps
from bordertrack.services.device_names import device_labels
from bordertrack.services.import_preview_details import Before
from bordertrack.services.import_report import ImportReport
from bordertrack.services.import_tally import LoggedHere, Tally
from bordertrack.services.stamp_checks import InChunks, acknowledged, overwritten_in_order
from bordertrack.store.apply import apply_changes
from bordertrack.store.changes import RECORD_OF
from bordertrack.store.database import Store
from bordertrack.sync.bundle_model import Bundle

if TYPE_CHECKING:
    from bordertrack.services.backup import BackupInfo
    from bordertrack.sync.bundle_stream import StreamedBundle

Progress = Callable[[int, int], None] | None
_STEPS = 3  # as the whole read's: the Manifest, the changes, the end checks


class _StepAside(Exception):
    """The whole read decides this file (rolled back first, when anything was written)."""


@dataclass
class Attempt:
    """What a streamed import came to: its report, or None when the whole way must
    decide; the backup it took before writing, if it got so far (the caller keeps it for
    the whole way, or discards it when that refuses the file too)."""

    report: ImportReport | None
    backup: BackupInfo | None = None
    committed: bool = False

    @property
    def backed_up(self) -> bool:
        return self.backup is not None


# Not a verdict on the file, and reading it again would not help: raised as they are.
_NOT_THE_FILE = (MemoryError, sqlite3.OperationalError)


def import_streamed(
    store: Store,
    path: str | Path,
    *,
    allow_other_recipient: bool = False,
    accept_future: bool = False,
    on_progress: Progress = None,
    preview_lang: str | None = None,
) -> Attempt:
    """Apply the bundle at `path` as it is read; the database is as it was whenever the
    attempt's report is None. With `preview_lang`, a preview: the report lists what would
    change, record by record in that language, and everything is rolled back."""
    from bordertrack.services.backup import rotate
    from bordertrack.sync.bundle_stream import open_stream  # the reader loads on first use

    attempt = Attempt(None)
    try:
        streamed = open_stream(Path(path))
    except _NOT_THE_FILE:
        raise
    except Exception:  # noqa: BLE001 - whatever it is, the whole read names it
        return attempt
    try:
        attempt.report = _apply(
            store,
            streamed,
            attempt,
            shown(Path(path).name),
            allow_other_recipient=allow_other_recipient,
            accept_future=accept_future,
            on_progress=on_progress,
            preview_lang=preview_lang,
        )
    except _NOT_THE_FILE:
        raise
    except Exception:  # noqa: BLE001 - rolled back: the whole read names it
        if attempt.committed:
            raise  # the import stands: this is no verdict on it
        attempt.report = None
    finally:
        streamed.close()
    if attempt.report is not None and attempt.backup is not None:
        rotate(store.path)  # the import stands: its backup counts among the kept ones
    if on_progress is not None and attempt.report is not None:
        on_progress(_STEPS, _STEPS)
    return attempt


def _apply(
    store: Store,
    streamed: StreamedBundle,
    attempt: Attempt,
    file_name: str,
    *,
    allow_other_recipient: bool,
    accept_future: bool,
    on_progress: Progress,
    preview_lang: str | None,
) -> ImportReport:
    def step(n: int) -> None:
        if on_progress is not None:
            on_progress(n, _STEPS)

    header = streamed.header
    bundle = Bundle(header, [], streamed.digest)  # the header's checks need no change
    report = steps.new_report(bundle, file_name, "applied" if preview_lang is None else "preview")
    report.sender_name = device_labels(store.conn).get(header.sender_id) or report.sender_name
    if steps.already_imported(store, bundle, report):
        raise _StepAside  # the whole read's report of a repeat counts the changes it holds
    steps.screen_sender(store, header, report, allow_other_recipient=allow_other_recipient)
    report.missing_bundles = steps.check_chain(store, header, streamed.digest)
    step(1)
    if preview_lang is None:
        attempt.backup = steps.backup_before_import(store, rotate=False)
    try:
        with store.transaction() as conn:
            steps.declare_complete(conn, bundle, report)
            tally = Tally(store, chunked=conn)
            stamps = InChunks(acknowledged(conn, header), LoggedHere(tally))
            was = None if preview_lang is None else Before({}, set(), tally.runs)
            batch = _Batch(conn, bundle, report, tally, stamps, accept_future, was)
            gathered: list = []
            for chunk in streamed.chunks():
                gathered.extend(chunk)
                if not gathered or _mostly_met(chunk, tally.records):
                    continue  # applied with what follows: one refold of those records
                batch.apply(gathered)
                gathered = []
                step(2)
            if gathered or not batch.applied:
                batch.apply(gathered)  # an empty bundle still introduces its devices
            if not overwritten_in_order(conn, stamps):
                raise _StepAside  # a change overwrote one stamped after it: whole read says
            report.received = streamed.received
            tally.fill(conn, report)
            if was is not None:
                report.details, report.details_total = preview_details.after(
                    store, conn, was, report.held, preview_lang or "en"
                )
            steps.record_import(conn, bundle, report)
            if was is not None:
                raise steps.DryRun  # everything it did is rolled back
            # From here on the import stands (or the commit itself failed): whatever is
            # raised now (a listener told of the change, say) is raised as it is.
            attempt.committed = True
    except steps.DryRun:
        pass
    return report


def _mostly_met(chunk: list, applied: set) -> bool:
    """Whether most records of `chunk` (more than a quarter) had changes in the batches
    applied already. Each batch refolds its records from their whole logged history, so
    a bundle whose later rows keep editing the same records (a year of a register's
    edits, in the order they were made) would refold them once a chunk: such chunks are
    gathered and applied together instead, at the cost of holding them."""
    records = set(map(RECORD_OF, chunk))
    return bool(records) and len(records & applied) * 4 > len(records)


@dataclass
class _Batch:
    """Applies a batch of the bundle's changes inside the import's transaction: checks,
    what its signer may send, the records as they were first (a preview), the apply."""

    conn: sqlite3.Connection
    bundle: Bundle  # the header and digest; its changes come a batch at a time
    report: ImportReport
    tally: Tally
    stamps: InChunks
    accept_future: bool
    was: Before | None
    applied: int = 0  # batches

    def apply(self, changes: list) -> None:
        piece = Bundle(self.bundle.header, changes, self.bundle.digest)
        steps.screen_changes(
            self.conn, piece, accept_future=self.accept_future, chunked=self.stamps
        )
        admitted = steps.admit(self.conn, piece, self.report)
        if self.was is not None:
            preview_details.before_more(self.conn, admitted, self.was)
        result = self.tally.result
        applied = apply_changes(self.conn, admitted, states_before=result.states_before)
        self.tally.add(admitted, applied)
        self.applied += 1
