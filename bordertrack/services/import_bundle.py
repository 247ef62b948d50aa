"""Importing a bundle: verify, check trust and chain, back up, apply in one transaction, log.

A bundle in the export's own form is applied as it is read (import_stream), a chunk at a
time; anything else, and anything that way refuses, is read whole here and decided by
the same steps (import_steps). Any failure raises a BorderTrackError before or inside
the transaction, so the database is left exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bordertrack.domain.errors import error_template
from bordertrack.domain.shown import shown
from bordertrack.i18n import store_language
from bordertrack.services import import_preview_details as preview_details
from bordertrack.services import import_steps as steps
from bordertrack.services.device_names import device_labels
from bordertrack.services.import_report import ImportReport
from bordertrack.services.import_steps import (
    ImportRefused,
    admit,
    already_imported,
    count_result,
    declare_complete,
    new_report,
    record_import,
    screen,
)
from bordertrack.services.import_stream import import_streamed
from bordertrack.store.apply import ForkDetected, apply_changes
from bordertrack.store.database import Store
from bordertrack.store.gc_pause import gc_paused

Progress = Callable[[int, int], None] | None


def read_verified(path: str | Path, on_progress: Progress = None):
    from bordertrack.sync.bundle_read import read_bundle

    return read_bundle(Path(path), on_progress=on_progress)


def import_bundle(
    store: Store,
    path: str | Path,
    *,
    dry_run: bool = False,
    allow_other_recipient: bool = False,
    on_progress: Progress = None,
    accept_future: bool = False,
    lang: str | None = None,
) -> ImportReport:
    """Verify and apply a bundle (or, with dry_run, say what it would do and change nothing).

    `accept_future` is a person's explicit decision to take stamps beyond the maximum
    offset from this sender (its date was wrong and its work is wanted as it is).
    A preview lists each record and field it would change, with values in `lang`
    (the device's chosen language when None).
    """
    # The bundle's changes and what is made of them all live until the report: the cyclic
    # collector would walk them again and again and free nothing (store/gc_pause.py).
    with gc_paused():
        # Applied as it is read, when the file allows (import_stream.py); a preview too.
        attempt = import_streamed(
            store,
            path,
            allow_other_recipient=allow_other_recipient,
            accept_future=accept_future,
            on_progress=on_progress,
            preview_lang=(lang or store_language(store)) if dry_run else None,
        )
        if attempt.report is not None:
            return attempt.report
        from bordertrack.services.backup import discard_backup, rotate

        try:
            report = import_verified(
                store,
                read_verified(path, on_progress),
                shown(Path(path).name),
                dry_run=dry_run,
                allow_other_recipient=allow_other_recipient,
                accept_future=accept_future,
                lang=lang,
                backup=not attempt.backed_up,
            )
        except BaseException:
            if attempt.backup is not None:  # refused: the backup it took goes too
                discard_backup(attempt.backup)
            raise
        if attempt.backup is not None:
            rotate(store.path)  # applied after all: its backup counts among the kept ones
        return report


def import_verified(
    store: Store,
    bundle,
    file_name: str = "",
    *,
    dry_run: bool = False,
    allow_other_recipient: bool = False,
    accept_future: bool = False,
    lang: str | None = None,
    backup: bool = True,
) -> ImportReport:
    """Check and apply a bundle read whole; `backup`: False when one was taken for this
    import already (a streamed import that stepped aside, services/import_stream.py)."""
    report = new_report(bundle, file_name, "preview" if dry_run else "applied")
    # The sender as the trust list names it: told apart from a device of the same name.
    report.sender_name = (
        device_labels(store.conn).get(bundle.header.sender_id) or report.sender_name
    )
    if already_imported(store, bundle, report):
        return report
    screen(
        store,
        bundle,
        report,
        allow_other_recipient=allow_other_recipient,
        accept_future=accept_future,
    )
    if not dry_run and backup:
        steps.backup_before_import(store)
    try:
        with store.transaction() as conn:
            _apply(
                store, conn, bundle, report, (lang or store_language(store)) if dry_run else None
            )
            if dry_run:
                raise steps.DryRun
    except steps.DryRun:
        pass
    except ForkDetected as fork:
        raise ImportRefused(
            error_template(
                "Change {origin}:{seq} arrived with a content different from the one already "
                "held: a database was copied onto two machines. Nothing was imported; tell the "
                "coordinator."
            ),
            origin=fork.origin,
            seq=fork.seq,
        ) from None
    return report


def _apply(store: Store, conn, bundle, report: ImportReport, details_lang: str | None) -> None:
    """Apply inside the caller's transaction; a preview (details_lang given) also reads the
    touched records before and after, to list what would change."""
    declare_complete(conn, bundle, report)
    changes = admit(conn, bundle, report)
    was = preview_details.before(conn, changes) if details_lang else None
    result = apply_changes(conn, changes)
    count_result(store, conn, changes, result, report)
    if was is not None:
        report.details, report.details_total = preview_details.after(
            store, conn, was, report.held, details_lang or "en"
        )
    record_import(conn, bundle, report)
