"""One sync round through a shared folder (a USB stick, a network share, a mail client's
folder): write what is pending for each peer, import every new bundle found there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.services.export import export_bundle
from bordertrack.services.file_names import bundle_file_name, bundle_stamp, unused_path
from bordertrack.services.import_bundle import import_verified, read_verified
from bordertrack.services.selection import peer_vector, select_changes
from bordertrack.store.database import Store

BUNDLE_GLOB = "*.xlsx"
LOCK_PREFIX = "~$"  # Excel's lock file beside a workbook someone has open: never a bundle


class NoSyncFolder(BorderTrackError):
    template = error_template(
        "The sync folder {folder} is not there; plug in the stick or choose another folder."
    )

    def __init__(self, folder: str) -> None:
        super().__init__(folder=folder)


@dataclass
class SyncRound:
    written: list[dict] = field(default_factory=list)
    imported: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    refused: list[dict] = field(default_factory=list)
    not_written: list[dict] = field(default_factory=list)  # a full or write-protected stick

    def to_json(self) -> dict:
        return dict(vars(self))

    def summary(self) -> str:
        text = (
            f"Wrote {len(self.written)} bundle(s), imported {len(self.imported)}, "
            f"skipped {len(self.skipped)}, refused {len(self.refused)}."
        )
        if self.not_written:
            why = self.not_written[0]["why"]
            text += (
                f" Could not write {len(self.not_written)} bundle(s) ({why}); "
                "make the folder writable (the stick's lock switch, free space) and sync again."
            )
        return text


def is_bundle_candidate(path: Path) -> bool:
    """A workbook worth reading in the folder: not Excel's `~$` lock file, not hidden."""
    return not path.name.startswith((LOCK_PREFIX, "."))


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
    try:
        present = folder.is_dir()
    except OSError:  # an offline share can fail rather than answer False
        present = False
    if not present:
        raise NoSyncFolder(str(folder))
    result = SyncRound()
    _write_pending(store, folder, result)
    try:
        files = sorted(p for p in folder.glob(BUNDLE_GLOB) if is_bundle_candidate(p))
    except OSError:  # the stick was pulled out or the share went offline mid-round
        raise NoSyncFolder(str(folder)) from None
    for i, path in enumerate(files):
        if on_progress:
            on_progress(i, len(files))
        _import_one(store, path, result)
    return result


def _write_pending(store: Store, folder: Path, result: SyncRound) -> None:
    """One bundle for each peer with something pending, under a name no other bundle has.

    A folder that cannot be written (a write-protected or full stick) stops the writing,
    not the round: what is on the stick is still imported, and the round says what failed.
    """
    me, stamp = store.device, bundle_stamp()
    for peer, name, role, post in _peers_to_send(store):
        if not _pending(store, peer, role, post):
            continue
        path = unused_path(folder / bundle_file_name(me, {"id": peer, "name": name}, stamp))
        try:
            out = export_bundle(store, path, to=peer)
        except OSError as exc:
            result.not_written.append({"file": path.name, "to": name, "why": _os_reason(exc)})
            return
        result.written.append({"file": path.name, "to": name, "changes": out.changes})


def _os_reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _import_one(store: Store, path: Path, result: SyncRound) -> None:
    me = store.device["id"]
    try:
        bundle = read_verified(path)
    except BorderTrackError as exc:
        result.refused.append({"file": path.name, "why": str(exc)})
        return
    except OSError as exc:  # open in another program, or the stick was pulled out
        result.refused.append({"file": path.name, "why": f"cannot be read ({_os_reason(exc)})"})
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
