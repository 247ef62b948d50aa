"""Importing a bundle: verify, check trust and chain, back up, apply in one transaction, log.

Any failure raises a BorderTrackError before or inside the transaction, so the database
is left exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.i18n import store_language
from bordertrack.services import import_preview_details as preview_details
from bordertrack.services.device_names import device_labels
from bordertrack.services.duplicates import duplicate_groups
from bordertrack.services.import_checks import check_values
from bordertrack.services.import_report import ImportReport, newer_fields
from bordertrack.services.stamp_checks import check_stamps
from bordertrack.services.trust import introduce, signer_status
from bordertrack.services.vectors import (
    add_covered,
    chain_holes,
    gaps,
    merge_vectors,
    version_vector,
)
from bordertrack.domain.shown import shown
from bordertrack.store.apply import ForkDetected, apply_changes
from bordertrack.store.changes import HLC_OF, ORIGIN_OF, RECORD_OF
from bordertrack.store.database import Store
from bordertrack.store.gc_pause import gc_paused
from bordertrack.store.hlc import FAR_AHEAD_MS, pack
from bordertrack.sync import keys

Progress = Callable[[int, int], None] | None


class ImportRefused(BorderTrackError):
    """The bundle is not imported; the message says why and what to do."""


class _DryRun(Exception):
    """Raised inside the transaction to roll a preview back."""


def _check_signer(store: Store, header) -> None:
    status = signer_status(store, header.sender_id, header.public_key)
    fp = keys.fingerprint(header.public_key)
    who = f"{header.sender_name} ({header.sender_id}, key {fp})"
    if status == "self":
        raise ImportRefused(
            error_template("This bundle was exported by this device; import it on another device.")
        )
    if status == "unknown":
        raise ImportRefused(
            error_template(
                "The bundle is signed by {who}, which this device does not trust; enrol its "
                "device card with 'keys trust' first."
            ),
            who=who,
        )
    if status == "revoked":
        raise ImportRefused(
            error_template(
                "The bundle is signed by {who}, whose key was revoked; ask that device for a new "
                "card."
            ),
            who=who,
        )
    if status == "other-key":
        raise ImportRefused(
            error_template(
                "The bundle claims to come from {sender_id} but is signed with another key "
                "({fp}); compare fingerprints before trusting it."
            ),
            sender_id=header.sender_id,
            fp=fp,
        )


def _check_chain(
    store: Store, header, digest: str, pending: dict | None = None
) -> list[tuple[int, int]]:
    """Refuse a fork (one sender, one chain, one number, two contents); return the missing
    numbers as ranges (worked out from the numbers held, however large the claimed one).

    A sender numbers the bundles for each recipient (or for anyone) in a chain of its own;
    `pending` holds bundles accepted earlier in the same batch: {(sender, recipient, seq): (digest, prev)}.
    """
    chain = (header.sender_id, header.recipient or "")
    seen = {
        seq: d
        for seq, d in store.conn.execute(
            "SELECT bundle_seq, digest FROM import_log WHERE sender = ? AND recipient = ?", chain
        )
    }
    for (sender, recipient, seq), (d, _prev) in (pending or {}).items():
        if (sender, recipient) == chain:
            seen[seq] = d
    clash = seen.get(header.bundle_seq) not in (None, digest)
    prev = seen.get(header.bundle_seq - 1)
    nxt = (pending or {}).get((*chain, header.bundle_seq + 1))
    if clash or (prev is not None and header.prev_digest != prev) or (nxt and nxt[1] != digest):
        raise ImportRefused(
            error_template(
                "Bundle {bundle_seq} from {sender_name} does not follow the bundles already "
                "received from that device: its database was probably copied onto two machines. "
                "Not imported; ask the coordinator to re-enrol one of the two laptops as a new "
                "device."
            ),
            bundle_seq=header.bundle_seq,
            sender_name=header.sender_name,
        )
    return chain_holes([*seen, header.bundle_seq])


def _backup(store: Store) -> None:
    from bordertrack.services.backup import create_backup

    create_backup(store, reason="before import")


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
        bundle = read_verified(path, on_progress)
        return import_verified(
            store,
            bundle,
            shown(Path(path).name),
            dry_run=dry_run,
            allow_other_recipient=allow_other_recipient,
            accept_future=accept_future,
            lang=lang,
        )


def new_report(bundle, file_name: str, status: str) -> ImportReport:
    """A report naming the bundle, before anything is checked."""
    h = bundle.header
    return ImportReport(
        status=status,
        file_name=file_name,
        sender_id=h.sender_id,
        sender_name=h.sender_name,
        sender_role=h.sender_role,
        bundle_seq=h.bundle_seq,
        digest=bundle.digest,
        received=len(bundle.changes),
    )


def already_imported(store: Store, bundle, report: ImportReport) -> bool:
    """A repeat changes nothing: say so in the report."""
    done = store.conn.execute(
        "SELECT imported_at FROM import_log WHERE digest = ?", (bundle.digest,)
    ).fetchone()
    if done:
        report.status = "already_imported"
        report.previous_import = str(done[0])
        report.message = f"This bundle was already imported on {done[0][:16].replace('T', ' ')}; nothing changed."
    return bool(done)


def screen(
    store: Store,
    bundle,
    report: ImportReport,
    *,
    allow_other_recipient: bool,
    pending: dict | None = None,
    accept_future: bool = False,
) -> None:
    """Every check before applying: signer and trust, recipient, values, stamps, bundle chain."""
    header = bundle.header
    _check_signer(store, header)
    if header.recipient and header.recipient != store.device["id"]:
        report.recipient_mismatch = True
        if not allow_other_recipient:
            raise ImportRefused(
                error_template(
                    "This bundle is addressed to device {recipient}, not to this one; import it "
                    "there, or import it here on its own and confirm."
                ),
                recipient=header.recipient,
            )
    check_values(bundle.changes)
    check_stamps(store.conn, header, admissible(store.conn, bundle), accept_future=accept_future)
    report.missing_bundles = _check_chain(store, header, bundle.digest, pending)


def import_verified(
    store: Store,
    bundle,
    file_name: str = "",
    *,
    dry_run: bool = False,
    allow_other_recipient: bool = False,
    accept_future: bool = False,
    lang: str | None = None,
) -> ImportReport:
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
    if not dry_run:
        _backup(store)
    try:
        with store.transaction() as conn:
            _apply(
                store, conn, bundle, report, (lang or store_language(store)) if dry_run else None
            )
            if dry_run:
                raise _DryRun
    except _DryRun:
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


def admissible(conn, bundle) -> list:
    """The changes `admit` will keep, without recording anything."""
    header = bundle.header
    row = conn.execute("SELECT role FROM devices WHERE id = ?", (header.sender_id,)).fetchone()
    if (row[0] if row else header.sender_role) == "coordinator":
        return bundle.changes
    return [c for c in bundle.changes if c.origin == header.sender_id]


def admit(conn, bundle, report: ImportReport) -> list:
    """The changes of a bundle its signer may send: a post or trainer speaks only for itself."""
    header = bundle.header
    row = conn.execute("SELECT role FROM devices WHERE id = ?", (header.sender_id,)).fetchone()
    sender_role = row[0] if row else header.sender_role
    if sender_role == "coordinator":
        introduce(conn, header.devices, header.sender_id)
        return bundle.changes
    foreign = [c for c in bundle.changes if c.origin != header.sender_id]
    report.out_of_scope += len(foreign)
    report.held.extend(
        _held_json(c, "relayed by a device that may only send its own changes") for c in foreign
    )
    return [c for c in bundle.changes if c.origin == header.sender_id]


def count_result(store: Store, conn, changes: list, result, report: ImportReport) -> None:
    """Fill a report's counts from what apply_changes did."""
    report.out_of_scope += len(result.held)
    report.held.extend(
        _held_json(c, "outside the scope of the device that made it") for c in result.held
    )
    report.new, report.updated, report.deleted = result.created, result.updated, result.deleted
    distinct = set(map(RECORD_OF, changes))
    report.unchanged = max(0, len(distinct) - result.created - result.updated - result.deleted)
    report.conflicts = result.new_conflicts
    report.records = {k: sorted(v) for k, v in result.touched.items()}
    report.duplicates = len(duplicate_groups(conn, result.touched)) if result.touched else 0
    # One wall-clock reading for the whole batch (not one per change).
    ahead = pack(store.clock.wall() + FAR_AHEAD_MS + 1, 0)
    stamps = list(map(HLC_OF, changes))
    newest = max(stamps, default=0)
    report.clock_ahead = sum(1 for hlc in stamps if hlc >= ahead) if newest >= ahead else 0
    report.newer_fields = newer_fields(changes)
    store.clock.observe(newest)
    # What the bundles declared complete counts as seen, so only real holes remain.
    report.gaps = gaps(conn, sorted(set(map(ORIGIN_OF, changes)) | report.declared))


def declare_complete(conn, bundle, report: ImportReport) -> None:
    """Before applying: whether this bundle makes up for any bundle before it that never
    arrived (it is complete from numbers already held here), and remember its complete
    ranges so the changes it left out on purpose are not reported as gaps."""
    header = bundle.header
    complete = dict(getattr(header, "complete", None) or {})
    row = conn.execute("SELECT role FROM devices WHERE id = ?", (header.sender_id,)).fetchone()
    if (row[0] if row else header.sender_role) != "coordinator":
        complete = {o: r for o, r in complete.items() if o == header.sender_id}
    if not complete:
        return
    before = version_vector(conn, complete)  # only these origins decide: not all of them
    report.heals = all(first <= before.get(o, 0) + 1 for o, (first, _last) in complete.items())
    bounded = {
        o: (first, min(last, int(header.vector.get(o, last))))
        for o, (first, last) in complete.items()
    }
    add_covered(conn, bounded)
    report.declared |= set(bounded)


def record_import(conn, bundle, report: ImportReport) -> None:
    """Remember the sender's vector and bundle chain, and log the bundle as imported.

    What a peer said it holds only grows: an older bundle imported after a newer one
    cannot roll the remembered vector back."""
    header = bundle.header
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    old = conn.execute("SELECT vector FROM peers WHERE id = ?", (header.sender_id,)).fetchone()
    vector = merge_vectors(old[0] if old else "{}", header.vector)
    conn.execute(
        "INSERT INTO peers (id, vector, last_bundle_seq, last_bundle_digest, last_import_at) "
        "VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET vector = excluded.vector, "
        "last_import_at = max(coalesce(last_import_at, ''), excluded.last_import_at), "
        "last_bundle_seq = max(last_bundle_seq, excluded.last_bundle_seq), "
        "last_bundle_digest = CASE WHEN excluded.last_bundle_seq >= last_bundle_seq "
        "THEN excluded.last_bundle_digest ELSE last_bundle_digest END",
        (
            header.sender_id,
            json.dumps(vector, sort_keys=True),
            header.bundle_seq,
            bundle.digest,
            now,
        ),
    )
    conn.execute(
        "INSERT INTO import_log (digest, sender, bundle_seq, file_name, imported_at, status, "
        "report, recipient) "
        "VALUES (?, ?, ?, ?, ?, 'applied', ?, ?)",
        (
            bundle.digest,
            header.sender_id,
            header.bundle_seq,
            report.file_name,
            now,
            json.dumps(report.to_json(), ensure_ascii=False),
            header.recipient or "",
        ),
    )


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


def _held_json(c, why: str) -> dict:
    return {
        "origin": c.origin,
        "seq": c.seq,
        "entity": c.entity,
        "record_id": c.record_id,
        "field": c.field,
        "value": c.value,
        "why": why,
    }
