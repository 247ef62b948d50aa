"""One sync round through a shared folder (a USB stick, a network share, a mail client's
folder): write what is pending for each peer, import every new bundle found there.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bordertrack.domain.errors import BorderTrackError
from bordertrack.services.export import export_bundle
from bordertrack.services.import_bundle import import_verified, read_verified
from bordertrack.services.selection import peer_vector, select_changes
from bordertrack.store.database import Store

BUNDLE_GLOB = "*.xlsx"


class NoSyncFolder(BorderTrackError):
    def __init__(self, folder: str) -> None:
        super().__init__(
            f"The sync folder {folder} is not there; plug in the stick or choose another folder."
        )


@dataclass
class SyncRound:
    written: list[dict] = field(default_factory=list)
    imported: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    refused: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return dict(vars(self))

    def summary(self) -> str:
        return (
            f"Wrote {len(self.written)} bundle(s), imported {len(self.imported)}, "
            f"skipped {len(self.skipped)}, refused {len(self.refused)}."
        )


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-")[:40] or "device"


def _peers_to_send(store: Store) -> list[tuple[str, str, str, str | None]]:
    """A post or trainer sends to its coordinators; a coordinator to every trusted device."""
    sql = "SELECT id, name, role, post FROM devices WHERE status = 'trusted'"
    if store.device["role"] != "coordinator":
        sql += " AND role = 'coordinator'"
    return list(store.conn.execute(sql + " ORDER BY id"))


def _pending(store: Store, peer: str, peer_role: str, peer_post: str | None) -> int:
    me = store.device
    return len(
        select_changes(
            store.conn,
            me=me["id"],
            my_role=me["role"],
            since=peer_vector(store.conn, peer),
            recipient_post=peer_post if peer_role == "post" else None,
        )
    )


def sync_folder(
    store: Store, folder: str | Path, on_progress: Callable[[int, int], None] | None = None
) -> SyncRound:
    folder = Path(folder)
    if not folder.is_dir():
        raise NoSyncFolder(str(folder))
    result = SyncRound()
    me = store.device
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    for peer, name, role, post in _peers_to_send(store):
        if not _pending(store, peer, role, post):
            continue
        path = folder / f"bordertrack-{_safe(me['name'])}-to-{_safe(name)}-{stamp}.xlsx"
        out = export_bundle(store, path, to=peer)
        result.written.append({"file": path.name, "to": name, "changes": out.changes})
    files = sorted(folder.glob(BUNDLE_GLOB))
    for i, path in enumerate(files):
        if on_progress:
            on_progress(i, len(files))
        _import_one(store, path, result)
    return result


def _import_one(store: Store, path: Path, result: SyncRound) -> None:
    me = store.device["id"]
    try:
        bundle = read_verified(path)
    except BorderTrackError as exc:
        result.refused.append({"file": path.name, "why": str(exc)})
        return
    h = bundle.header
    if h.sender_id == me:
        result.skipped.append({"file": path.name, "why": "made by this device"})
        return
    if h.recipient and h.recipient != me:
        result.skipped.append({"file": path.name, "why": "addressed to another device"})
        return
    try:
        report = import_verified(store, bundle, path.name)
    except BorderTrackError as exc:
        result.refused.append({"file": path.name, "why": str(exc)})
        return
    if report.status == "already_imported":
        result.skipped.append({"file": path.name, "why": "already imported"})
    else:
        result.imported.append({"file": path.name, "summary": report.summary()})
