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
(services/import_tally.py). Held changes (a device speaking outside its scope) are
decided across the whole bundle, so a chunk holding or releasing any also steps aside.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bordertrack.domain.shown import shown
from bordertrack.services import import_steps as steps
from bordertrack.services.device_names import device_labels
from bordertrack.services.import_report import ImportReport
from bordertrack.services.import_tally import Tally
from bordertrack.store.apply import apply_changes
from bordertrack.store.changes import RECORD_OF
from bordertrack.store.database import Store
from bordertrack.sync.bundle_model import Bundle

if TYPE_CHECKING:
    from bordertrack.sync.bundle_stream import StreamedBundle

Progress = Callable[[int, int], None] | None
_STEPS = 3  # as the whole read's: the Manifest, the changes, the end checks


class _StepAside(Exception):
    """The whole read decides this file (rolled back first, when anything was written)."""


@dataclass
class Attempt:
    """What a streamed import came to: its report, or None when the whole way must
    decide; and whether it took the backup an import takes before writing."""

    report: ImportReport | None
    backed_up: bool = False


def import_streamed(
    store: Store,
    path: str | Path,
    *,
    allow_other_recipient: bool = False,
    accept_future: bool = False,
    on_progress: Progress = None,
) -> Attempt:
    """Apply the bundle at `path` as it is read; the database is as it was whenever the
    attempt's report is None."""
    from bordertrack.sync.bundle_stream import open_stream  # the reader loads on first use

    attempt = Attempt(None)
    try:
        streamed = open_stream(Path(path))
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
        )
    except Exception:  # noqa: BLE001 - rolled back: the whole read names it
        attempt.report = None
    finally:
        streamed.close()
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
) -> ImportReport:
    def step(n: int) -> None:
        if on_progress is not None:
            on_progress(n, _STEPS)

    header = streamed.header
    bundle = Bundle(header, [], streamed.digest)  # the header's checks need no change
    report = steps.new_report(bundle, file_name, "applied")
    report.sender_name = device_labels(store.conn).get(header.sender_id) or report.sender_name
    if steps.already_imported(store, bundle, report):
        raise _StepAside  # the whole read's report of a repeat counts the changes it holds
    steps.screen_sender(store, header, report, allow_other_recipient=allow_other_recipient)
    report.missing_bundles = steps.check_chain(store, header, streamed.digest)
    step(1)
    steps.backup_before_import(store)
    attempt.backed_up = True
    with store.transaction() as conn:
        steps.declare_complete(conn, bundle, report)
        tally = Tally(store, chunked=conn)
        gathered: list = []
        for chunk in streamed.chunks():
            gathered.extend(chunk)
            if not gathered or _mostly_met(chunk, tally.records):
                continue  # applied with what follows: one refold of those records, not many
            _apply_batch(
                conn, Bundle(header, gathered, streamed.digest), report, tally, accept_future
            )
            gathered = []
            step(2)
        if gathered:
            _apply_batch(
                conn, Bundle(header, gathered, streamed.digest), report, tally, accept_future
            )
        report.received = streamed.received
        tally.fill(conn, report)
        steps.record_import(conn, bundle, report)
    step(3)
    return report


def _mostly_met(chunk: list, applied: set) -> bool:
    """Whether most records of `chunk` (more than a quarter) had changes in the batches
    applied already. Each batch refolds its records from their whole logged history, so
    a bundle whose later rows keep editing the same records (a year of a register's
    edits, in the order they were made) would refold them once a chunk: such chunks are
    gathered and applied together instead, at the cost of holding them."""
    records = set(map(RECORD_OF, chunk))
    return bool(records) and len(records & applied) * 4 > len(records)


def _apply_batch(
    conn, piece: Bundle, report: ImportReport, tally: Tally, accept_future: bool
) -> None:
    """Check and apply one batch of the bundle's changes, inside the import's transaction."""
    steps.screen_changes(conn, piece, accept_future=accept_future)
    changes = steps.admit(conn, piece, report)
    applied = apply_changes(conn, changes, states_before=tally.result.states_before)
    tally.add(changes, applied)
