"""Exporting a signed bundle: choose the changes, stamp the header, write, log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.domain.shown import shown
from bordertrack.services.selection import LogSource, peer_vector, selection_sql
from bordertrack.services.vectors import SENT_KEY, version_vector
from bordertrack.store.changes import Change
from bordertrack.store.database import Store

Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None


class UnknownRecipient(BorderTrackError):
    template = error_template(
        "No trusted device {device_id}; enrol its card with 'keys trust' or export with --full."
    )

    def __init__(self, device_id: str) -> None:
        super().__init__(device_id=device_id)


@dataclass
class ExportResult:
    path: Path
    digest: str
    bundle_seq: int
    changes: int
    recipient: str
    full: bool

    def to_json(self) -> dict:
        return {
            "path": str(self.path),
            "digest": self.digest,
            "bundle_seq": self.bundle_seq,
            "changes": self.changes,
            "recipient": self.recipient,
            "full": self.full,
        }


def default_recipient(store: Store) -> str | None:
    """A post or trainer with exactly one trusted coordinator sends to it by default."""
    if store.device["role"] == "coordinator":
        return None
    rows = store.conn.execute(
        "SELECT id FROM devices WHERE role = 'coordinator' AND status = 'trusted'"
    ).fetchall()
    return rows[0][0] if len(rows) == 1 else None


def _introductions(store: Store, origins: set[str]) -> list[dict]:
    """A coordinator tells receivers the role and post of each origin it relays."""
    if store.device["role"] != "coordinator":
        return []
    out = []
    for dev_id, name, role, post, public in store.conn.execute(
        "SELECT id, name, role, post, public_key FROM devices WHERE status IN ('trusted', "
        "'introduced')"
    ):
        if dev_id in origins:
            out.append(
                {
                    "id": dev_id,
                    "name": name,
                    "role": role,
                    "post": post,
                    "public_key": bytes(public) if public else b"",
                }
            )
    return out


def prepare_export(store: Store, *, to: str | None = None, full: bool = False) -> tuple[dict, list]:
    """The header fields and the changes of the next bundle (what `to` is not known to have)."""
    fields, source = _prepare(store, to=to, full=full)
    return fields, [Change(*row) for row in source.changes()]


def _prepare(store: Store, *, to: str | None, full: bool) -> tuple[dict, LogSource]:
    """The header fields and where the next bundle's changes are read from."""
    me = store.device
    recipient = to if to is not None else (None if full else default_recipient(store))
    recipient_post = None
    if recipient:
        row = store.conn.execute(
            "SELECT role, post FROM devices WHERE id = ? AND status = 'trusted'", (recipient,)
        ).fetchone()
        if row is None:
            raise UnknownRecipient(recipient)
        recipient_post = row[1] if row[0] == "post" else None
    since = {} if full or not recipient else peer_vector(store.conn, recipient)
    source = LogSource(
        store.conn,
        *selection_sql(
            store.conn, me=me["id"], my_role=me["role"], since=since, recipient_post=recipient_post
        ),
    )
    last = store.conn.execute(
        "SELECT chain_seq, digest FROM export_log WHERE coalesce(recipient, '') = ? "
        "ORDER BY bundle_seq DESC LIMIT 1",
        (recipient or "",),
    ).fetchone()
    vector = version_vector(store.conn)
    header = {
        "sender_id": me["id"],
        "sender_name": me["name"],
        "sender_role": me["role"],
        "sender_post": me["post"],
        "bundle_seq": (last[0] + 1) if last else 1,
        "prev_digest": last[1] if last else "",
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "recipient": recipient or "",
        "full": bool(full or not since),
        "vector": vector,
        "public_key": bytes(me["public_key"]),
        "devices": _introductions(store, source.origins()),
        "complete": complete_ranges(me["id"], me["role"], since, vector),
    }
    return header, source


@contextmanager
def _one_snapshot(store: Store) -> Iterator[None]:
    """A read transaction: the passes over the log (one per sheet) all see the same changes,
    whatever another process commits meanwhile."""
    if store.conn.in_transaction:
        yield
        return
    store.conn.execute("BEGIN")
    try:
        yield
    finally:
        if store.conn.in_transaction:
            store.conn.execute("COMMIT")


def complete_ranges(
    me: str, role: str, since: dict[str, int], vector: dict[str, int]
) -> dict[str, tuple[int, int]]:
    """What this bundle is complete for, per origin: every change numbered above what the
    recipient acknowledged, up to what this device holds without a hole, that is meant for
    the recipient. A coordinator relays every origin; anyone else speaks only for itself."""
    origins = sorted(set(vector) | set(since)) if role == "coordinator" else [me]
    out: dict[str, tuple[int, int]] = {}
    for origin in origins:
        first = int(since.get(origin, 0)) + 1
        out[origin] = (first, max(int(vector.get(origin, 0)), first - 1))
    return out


def log_export(store: Store, header: dict, digest: str, file_name: str, count: int) -> None:
    """Remember the bundle so the next one names it as its predecessor."""
    with store.transaction() as conn:
        # bundle_seq numbers every export of this device; chain_seq counts within the
        # recipient's own chain, which is what the bundle carries.
        conn.execute(
            "INSERT INTO export_log (bundle_seq, digest, recipient, full, file_name, created_at, "
            "changes, "
            "chain_seq) VALUES ((SELECT coalesce(max(bundle_seq), 0) + 1 FROM export_log), ?, ?, ?, ?, ?, ?, ?)",
            (
                digest,
                header["recipient"] or None,
                int(header["full"]),
                file_name,
                header["created_at"],
                count,
                header["bundle_seq"],
            ),
        )
        # How far this device's own changes have left in a bundle: the status bar's
        # "not yet sent" falls to zero at an export, before any confirmation comes back.
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
            "value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))",
            (SENT_KEY, int(header["vector"].get(header["sender_id"], 0))),
        )
        if header["recipient"]:
            conn.execute(
                "INSERT INTO peers (id, last_export_at) VALUES (?, ?) "
                "ON CONFLICT(id) DO UPDATE SET last_export_at = excluded.last_export_at",
                (header["recipient"], header["created_at"]),
            )


def export_bundle(
    store: Store,
    path: str | Path,
    *,
    to: str | None = None,
    full: bool = False,
    on_progress: Progress = None,
    is_cancelled: Cancelled = None,
) -> ExportResult:
    """Write what `to` is not known to have (everything when `full` or never heard from)."""
    from bordertrack.services.keystore_access import private_key
    from bordertrack.sync.bundle_model import BundleHeader
    from bordertrack.sync.bundle_write import write_bundle

    with _one_snapshot(store):
        fields, source = _prepare(store, to=to, full=full)
        digest = write_bundle(
            Path(path),
            BundleHeader(**fields),
            source,
            private_key(store),
            on_progress=on_progress,
            is_cancelled=is_cancelled,
        )
        count = sum(n for _, n in source.counts().values())
    log_export(store, fields, digest, shown(Path(path).name), count)
    return ExportResult(
        Path(path), digest, fields["bundle_seq"], count, fields["recipient"], fields["full"]
    )
