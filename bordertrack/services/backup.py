"""Backups of the device database: made with SQLite's online backup API, verified after
writing, rotated, listed and restored.

Backups stay beside the database on this computer: they hold the device's private key
like the database does, so they are never part of a bundle and must not be handed out.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
import shutil
import sqlite3
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.domain.shown import shown
from bordertrack.paths import backup_dir
from bordertrack.safe_files import create_private, private_dir, write_private
from bordertrack.services import backup_seal
from bordertrack.store.database import Store, readonly_uri
from bordertrack.sync import keys

KEEP = 12  # newest backups kept
MAX_TOTAL_BYTES = 4 * 1024**3  # older backups go first when together they pass this
_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z0-9-]*)\.db$")


class BackupFailed(BorderTrackError):
    pass


class UnknownBackup(BorderTrackError):
    template = error_template("No backup '{backup_id}'; see 'backup list'.")

    def __init__(self, backup_id: str) -> None:
        super().__init__(backup_id=backup_id)


@dataclass(frozen=True)
class BackupInfo:
    id: str
    path: Path
    created_at: str
    reason: str
    size: int

    @cached_property
    def ok(self) -> bool:
        """Does the copy still pass its integrity check? Computed when first asked, because
        checking every backup of a large database takes a while."""
        return is_good(self.path)

    def to_json(self, *, check: bool = False) -> dict:
        out = {
            "id": self.id,
            "path": str(self.path),
            "created_at": self.created_at,
            "reason": self.reason,
            "size": self.size,
        }
        if check:
            out["ok"] = self.ok
        return out


def _slug(reason: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")[:40]


def _info(path: Path) -> BackupInfo | None:
    m = _NAME.match(path.name)
    if not m:
        return None
    stamp = dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=dt.UTC)
    return BackupInfo(
        path.stem,
        path,
        stamp.isoformat(timespec="seconds"),
        m.group(2).replace("-", " "),
        path.stat().st_size,
    )


def is_good(path: Path) -> bool:
    """Does the file open as a database that passes SQLite's integrity check? (A pipe or a
    device named like a backup is not one, and is never opened.)"""
    try:
        backup_seal.check_regular_backup(Path(path))
    except BorderTrackError:
        return False
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return False


def _copy(src: sqlite3.Connection, target: Path) -> None:
    create_private(target)  # owner-only before SQLite writes a byte into it
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()


def create_backup(store: Store, reason: str = "manual", *, rotate_after: bool = True) -> BackupInfo:
    """Copy the live database (consistent even while in use), verify the copy, rotate
    (unless the caller will: `rotate_after`)."""
    folder = private_dir(backup_dir(store.path))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{stamp}-{_slug(reason)}.db"
    partial = target.with_suffix(".partial")
    before = fingerprint(store.conn)  # taken first: a later write only makes the next one differ
    try:
        _copy(store.conn, partial)
        if not is_good(partial):
            raise BackupFailed(
                error_template(
                    "The backup copy in {folder} failed its check; free some disk space and try "
                    "again."
                ),
                folder=folder,
            )
        partial.replace(target)
        backup_seal.seal(store.path, target)
        store.mark_checked()  # a page-for-page copy passed: the live file is whole too
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise BackupFailed(
            error_template(
                "Could not write a backup to {folder} ({exc}); free some disk space and try again."
            ),
            folder=folder,
            exc=exc,
        ) from None
    with contextlib.suppress(OSError):  # without it the next exit makes another backup
        write_private(_fingerprint_file(target), before.encode("ascii"))
    if rotate_after:
        rotate(store.path)
    info = _info(target)
    assert info is not None
    return info


SMALL_TABLE = 5_000  # rows; a table this small is hashed whole, a larger one summarised


def fingerprint(conn: sqlite3.Connection) -> str:
    """A digest that changes whenever the database's content does, cheap enough for exit.

    Large tables (the change log, the synced tables it drives) are summarised by row count
    and highest rowid: nothing updates them without adding to the change log. Small local
    tables (settings, trust store, conflicts, logs) are hashed row by row.
    """
    digest = hashlib.sha256()
    digest.update(str(conn.execute("PRAGMA user_version").fetchone()[0]).encode())
    tables = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    for name, sql in tables:
        digest.update(f"{name}\0{sql}\0".encode())
        count = conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        digest.update(f"{count}\0".encode())
        if count <= SMALL_TABLE:
            for row in sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{name}"')):
                digest.update(row.encode())
        elif "WITHOUT ROWID" not in (sql or "").upper():
            digest.update(str(conn.execute(f'SELECT max(rowid) FROM "{name}"').fetchone()).encode())
    return digest.hexdigest()


def _fingerprint_file(backup_path: Path) -> Path:
    return backup_path.with_suffix(".fingerprint")


def unchanged_since_newest(store: Store) -> bool:
    """Is the newest backup already a copy of the database as it is now?"""
    newest = next(iter(list_backups(store.path)), None)
    if newest is None:
        return False
    try:
        saved = _fingerprint_file(newest.path).read_text(encoding="ascii")
    except OSError:
        return False
    return saved == fingerprint(store.conn)


def list_backups(db_path: str | Path) -> list[BackupInfo]:
    """Newest first."""
    folder = backup_dir(Path(db_path))
    if not folder.is_dir():
        return []
    infos = [i for i in (_info(p) for p in folder.glob("*.db")) if i]
    return sorted(infos, key=lambda i: i.id, reverse=True)


def rotate(db_path: str | Path, keep: int = KEEP, max_total: int = MAX_TOTAL_BYTES) -> None:
    """Keep the newest `keep` backups, and drop older ones while together they are too big."""
    infos = list_backups(db_path)
    total = 0
    for index, info in enumerate(infos):
        total += info.size
        if index >= keep or (index > 0 and total > max_total):
            discard_backup(info)  # the backup just made still counts


def discard_backup(info: BackupInfo) -> None:
    """Remove a backup with its fingerprint and seal. Windows refuses to delete a copy
    someone has open (a viewer, the antivirus): it stays until a later rotation."""
    with contextlib.suppress(OSError):
        info.path.unlink(missing_ok=True)
        _fingerprint_file(info.path).unlink(missing_ok=True)
        backup_seal.seal_path(info.path).unlink(missing_ok=True)


def newest_good_backup(db_path: str | Path) -> BackupInfo | None:
    """The backup to offer when the database is damaged: newest first, checked one by one."""
    db_path = Path(db_path)
    return next(
        (i for i in list_backups(db_path) if i.ok and backup_seal.belongs(db_path, i.path)), None
    )


def restore_backup(db_path: str | Path, backup_id: str, store: Store | None = None) -> BackupInfo:
    """Put a backup in place of the database; the current content is kept as a backup first.

    With the live `store` (the GUI), the backup is copied into its connection through
    SQLite's backup API, which is safe while the file is open. Without it, the file is
    copied through a fresh connection, or replaced outright when it is too damaged to open.
    """
    db_path = Path(db_path)
    chosen = next((i for i in list_backups(db_path) if i.id == backup_id), None)
    if chosen is None:
        raise UnknownBackup(backup_id)
    if not chosen.ok:
        raise BackupFailed(
            error_template("Backup {backup_id} is damaged; choose an older one."),
            backup_id=backup_id,
        )
    backup_seal.check_belongs(db_path, chosen.path, backup_id)
    _put_in_place(db_path, chosen.path, store)
    return chosen


def _put_in_place(db_path: Path, source: Path, store: Store | None) -> None:
    """Replace the database's content with `source` (already checked), keeping it first."""
    _keep_current(db_path, store)
    src = sqlite3.connect(readonly_uri(source), uri=True)
    try:
        if store is not None:
            src.backup(store.conn)
            store.content_replaced()
        elif db_path.exists() and is_good(db_path):
            dst = sqlite3.connect(db_path)
            try:
                src.backup(dst)
            finally:
                dst.close()
        else:
            for suffix in ("-wal", "-shm"):
                Path(str(db_path) + suffix).unlink(missing_ok=True)
            temp = db_path.with_name(db_path.name + ".restoring")
            create_private(temp)
            shutil.copyfile(source, temp)
            temp.replace(db_path)
    finally:
        src.close()


def _keep_current(db_path: Path, store: Store | None) -> None:
    """Before a restore, the content being replaced becomes a backup too (even if damaged)."""
    if store is not None:
        try:
            create_backup(store, "before restore")
            return
        except BackupFailed:  # the live file is damaged: keep its bytes as they are
            pass
    if not db_path.exists():
        return
    folder = private_dir(backup_dir(db_path))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{stamp}-before-restore.db"
    try:
        src = sqlite3.connect(db_path)
        try:
            _copy(src, target)
        finally:
            src.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        damaged = target.with_name(target.stem + "-damaged.db")
        create_private(damaged)
        shutil.copyfile(db_path, damaged)


def backup_on_exit(store: Store) -> BackupInfo | None:
    """The GUI calls this when it closes; a failure must not stop the window closing.

    Skipped when nothing changed since the newest backup, so opening and closing the
    window does not rotate out the backup made before an import.
    """
    try:
        if unchanged_since_newest(store):
            return None
        return create_backup(store, "at exit")
    except (BorderTrackError, sqlite3.Error, OSError):
        return None


@dataclass(frozen=True)
class Adoption:
    """What a database file would make of this one, shown before `backup adopt` acts."""

    path: Path
    who: backup_seal.Identity
    changes: int
    trusted: int

    def describe(self) -> str:
        post = f", post {shown(self.who.post)}" if self.who.post else ""
        return (
            f"This database would become device {shown(self.who.name)} "
            f"({shown(self.who.device_id)}), role {shown(self.who.role)}{post}, key "
            f"{keys.fingerprint(self.who.public_key)}, with {self.changes:,} recorded changes "
            f"and {self.trusted} trusted devices."
        )


def inspect_adoption(source: str | Path) -> Adoption:
    """Read what `source` is before adopting it: a regular, sound BorderTrack database."""
    source = Path(source)
    backup_seal.check_regular_backup(source)
    if not is_good(source):
        raise BackupFailed(
            error_template("{source} is not a sound database; choose another file."),
            source=shown(source),
        )
    who = backup_seal.identity(source)
    if who is None:
        raise BackupFailed(
            error_template("{source} holds no BorderTrack device; choose another file."),
            source=shown(source),
        )
    conn = sqlite3.connect(readonly_uri(source), uri=True)
    try:
        changes = conn.execute("SELECT count(*) FROM changes").fetchone()[0]
        trusted = conn.execute("SELECT count(*) FROM devices WHERE status = 'trusted'").fetchone()[
            0
        ]
    except sqlite3.Error:
        changes = trusted = 0
    finally:
        conn.close()
    return Adoption(source, who, changes, trusted)


def adopt_backup(db_path: str | Path, adoption: Adoption, store: Store | None = None) -> None:
    """Make the database the adopted file's copy (the current one is kept as a backup)."""
    _put_in_place(Path(db_path), adoption.path, store)
    if store is not None:
        store.forget_device_cache()
