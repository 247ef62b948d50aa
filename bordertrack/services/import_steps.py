"""The steps an import is made of: who sent it, whether it was seen, the checks on its
changes, what its signer may send, what it declares complete, and the log of it.

Shared by the whole read's import (import_bundle), the import applied as it is read
(import_stream) and the batch of many (import_many), so that each step is written once.
"""

from __future__ import annotations

import datetime as dt
import json

from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.services.import_checks import check_values
from bordertrack.services.import_report import ImportReport
from bordertrack.services.import_tally import Tally, held_json
from bordertrack.services.stamp_checks import InChunks, check_stamps
from bordertrack.services.trust import introduce, signer_status
from bordertrack.services.vectors import (
    add_covered,
    chain_holes,
    merge_vectors,
    version_vector,
)
from bordertrack.store.database import Store
from bordertrack.sync import keys


class ImportRefused(BorderTrackError):
    """The bundle is not imported; the message says why and what to do."""


class DryRun(Exception):
    """Raised inside an import's transaction to roll a preview back."""


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


def check_chain(
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


def backup_before_import(store: Store, *, rotate: bool = True):
    """The backup an import takes before it writes; without `rotate`, the older backups
    are kept until the import is known to stand (import_stream: a refused import then
    discards its own backup, and one retried many times pushes none out)."""
    from bordertrack.services.backup import create_backup

    return create_backup(store, reason="before import", rotate_after=rotate)


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
    screen_sender(store, bundle.header, report, allow_other_recipient=allow_other_recipient)
    screen_changes(store.conn, bundle, accept_future=accept_future)
    report.missing_bundles = check_chain(store, bundle.header, bundle.digest, pending)


def screen_sender(
    store: Store, header, report: ImportReport, *, allow_other_recipient: bool
) -> None:
    """The checks on who sent the bundle and to whom: its signer is trusted, and it is
    addressed here (or a person confirmed it may be imported here)."""
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


def screen_changes(conn, bundle, *, accept_future: bool, chunked: InChunks | None = None) -> None:
    """The checks on the changes themselves: values a person could enter, honest stamps
    (`chunked`: a chunk of a bundle applied as it is read, import_stream)."""
    check_values(bundle.changes)
    check_stamps(
        conn,
        bundle.header,
        admissible(conn, bundle),
        accept_future=accept_future,
        chunked=chunked,
    )


def _sender_role(conn, header) -> str:
    """The role this device's trust store gives the signer (the bundle's word otherwise)."""
    row = conn.execute("SELECT role FROM devices WHERE id = ?", (header.sender_id,)).fetchone()
    return row[0] if row else header.sender_role


def admissible(conn, bundle) -> list:
    """The changes `admit` will keep, without recording anything."""
    header = bundle.header
    if _sender_role(conn, header) == "coordinator":
        return bundle.changes
    return [c for c in bundle.changes if c.origin == header.sender_id]


def admit(conn, bundle, report: ImportReport) -> list:
    """The changes of a bundle its signer may send: a post or trainer speaks only for itself."""
    header = bundle.header
    if _sender_role(conn, header) == "coordinator":
        introduce(conn, header.devices, header.sender_id)
        return bundle.changes
    foreign = [c for c in bundle.changes if c.origin != header.sender_id]
    report.out_of_scope += len(foreign)
    report.held.extend(
        held_json(c, "relayed by a device that may only send its own changes") for c in foreign
    )
    return [c for c in bundle.changes if c.origin == header.sender_id]


def count_result(store: Store, conn, changes: list, result, report: ImportReport) -> None:
    """Fill a report's counts from what apply_changes did with one batch."""
    tally = Tally(store)
    tally.add(changes, result)
    tally.fill(conn, report)


def declare_complete(conn, bundle, report: ImportReport) -> None:
    """Before applying: whether this bundle makes up for any bundle before it that never
    arrived (it is complete from numbers already held here), and remember its complete
    ranges so the changes it left out on purpose are not reported as gaps."""
    header = bundle.header
    complete = dict(getattr(header, "complete", None) or {})
    if _sender_role(conn, header) != "coordinator":
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
