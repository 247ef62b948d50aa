"""The sync use cases in one place for the GUI and the CLI: export, preview, import, verify,
history and gaps. The work is done in export.py, import_bundle.py and friends.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from bordertrack.domain.errors import BorderTrackError
from bordertrack.services.device_names import device_labels
from bordertrack.services.export import ExportResult, export_bundle
from bordertrack.services.import_bundle import ImportRefused, import_bundle, read_verified
from bordertrack.services.import_report import ImportReport
from bordertrack.services.trust import signer_status
from bordertrack.services.vectors import Gap, MissingBundles
from bordertrack.services.vectors import gaps as _gaps
from bordertrack.services.vectors import missing_bundles as _missing_bundles
from bordertrack.store.database import Store
from bordertrack.sync import keys

__all__ = [
    "ExportResult",
    "ImportRefused",
    "ImportReport",
    "Gap",
    "export_bundle",
    "import_bundle",
    "preview_import",
    "verify_bundle",
    "import_history",
    "gaps",
    "gap_lines",
    "missing_bundles",
    "VerifyResult",
]


def preview_import(
    store: Store,
    path: str | Path,
    *,
    on_progress=None,
    allow_other_recipient: bool = True,
    lang: str | None = None,
) -> ImportReport:
    """What importing would do, record by record in `lang`; changes nothing."""
    return import_bundle(
        store,
        path,
        dry_run=True,
        allow_other_recipient=allow_other_recipient,
        on_progress=on_progress,
        lang=lang,
    )


@dataclass
class VerifyResult:
    ok: bool
    intact: bool
    trust: str  # trusted | unknown | revoked | other-key | self
    signer_id: str
    signer_name: str
    fingerprint: str
    message: str

    def to_json(self) -> dict:
        return dict(vars(self))


def verify_bundle(store: Store, path: str | Path) -> VerifyResult:
    """Who signed it, whether that key is trusted here, whether the content is intact."""
    try:
        bundle = read_verified(path)
    except BorderTrackError as exc:
        return VerifyResult(False, False, "unknown", "", "", "", str(exc))
    h = bundle.header
    trust = signer_status(store, h.sender_id, h.public_key)
    fp = keys.fingerprint(h.public_key)
    words = {
        "trusted": "trusted here",
        "self": "this device itself",
        "unknown": "NOT trusted here",
        "revoked": "REVOKED",
        "other-key": "signed with a key other than the trusted one",
    }
    ok = trust in ("trusted", "self")
    msg = (
        f"Signed by {h.sender_name} ({h.sender_id}, {h.sender_role}{', post ' + h.sender_post if h.sender_post else ''}), "
        f"key {fp}: {words[trust]}; content intact ({len(bundle.changes)} changes, bundle {h.bundle_seq})."
    )
    return VerifyResult(ok, True, trust, h.sender_id, h.sender_name, fp, msg)


def import_history(store: Store) -> list[dict]:
    names = device_labels(store.conn)
    out = []
    for digest, sender, seq, file_name, at, status, report in store.conn.execute(
        "SELECT digest, sender, bundle_seq, file_name, imported_at, status, report FROM import_log ORDER BY imported_at DESC"
    ):
        data = json.loads(report)
        out.append(
            {
                "digest": digest,
                "sender": sender,
                "sender_name": names.get(sender, sender),
                "bundle_seq": seq,
                "file": file_name,
                "imported_at": at,
                "status": status,
                "new": data.get("new", 0),
                "updated": data.get("updated", 0),
                "conflicts": data.get("conflicts", 0),
                "out_of_scope": data.get("out_of_scope", 0),
            }
        )
    return out


def gaps(store: Store) -> list[Gap]:
    """Changes this device should hold and does not (need-to-know omissions excluded)."""
    return _gaps(store.conn)


def missing_bundles(store: Store) -> list[MissingBundles]:
    """Bundles that never arrived and whose changes no later bundle made up for."""
    return _missing_bundles(store.conn)


def gap_lines(store: Store) -> list[str]:
    """Everything missing, in plain words ("bundle 4 from Regional coordinator has not
    arrived"); empty when this device holds all that is meant for it."""
    lines = [m.words() for m in missing_bundles(store)]
    lines += [g.words() for g in gaps(store)]
    return [line[0].upper() + line[1:] for line in lines]
