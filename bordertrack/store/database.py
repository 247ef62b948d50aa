"""Opening a BorderTrack database: pragmas for power loss, migrations, integrity check.

One Store is one device: the file holds the device's identity, keys, trust store and
change log beside the records, so `--db PATH` selects a whole device.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from bordertrack.domain.errors import DatabaseProblem, DeviceNotSetUp
from bordertrack.store.hlc import HybridClock
from bordertrack.store.schema import migrate


def _is_disk_full(exc: sqlite3.DatabaseError) -> bool:
    """SQLITE_FULL, whether the disk or the file's page limit ran out."""
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "is full" in str(exc)


class Store:
    """A connection to one device's database.

    Every write goes through `transaction()`, so a user's action is all or nothing.
    Not thread-safe: the GUI keeps one worker thread for database work.
    """

    def __init__(self, path: str | Path, *, check: bool = True) -> None:
        self.path = Path(path)
        keep_private(self.path)
        try:
            self.conn = sqlite3.connect(
                str(self.path), isolation_level=None, check_same_thread=False, timeout=5.0
            )
            self.conn.execute("PRAGMA journal_mode=WAL")
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            # A damaged file can make SQLite's own error text undecodable.
            detail = "unreadable" if isinstance(exc, UnicodeDecodeError) else str(exc)
            raise DatabaseProblem(
                f"{self.path} is not a usable BorderTrack database ({detail}); it failed its "
                "integrity check: restore a backup or choose another file."
            ) from None
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA temp_store=MEMORY")
        self.conn.execute("PRAGMA cache_size=-65536")
        self.db = sqlite_utils.Database(self.conn)
        if check:
            self.check_integrity()
        try:
            migrate(self.conn)
        except sqlite3.OperationalError as exc:
            raise DatabaseProblem(
                f"{self.path} cannot be prepared ({exc}); close other programs using it and try again."
            ) from None
        self._device: dict[str, Any] | None = None
        self.clock = HybridClock(int(self.setting("hlc", "0") or 0))
        self._depth = 0

    # -- transactions -------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing unit of work; nested calls join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        saved_clock = self.clock.last
        try:
            yield self.conn
            self._save_clock()
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:  # SQLite may already have rolled back (disk full)
                self.conn.execute("ROLLBACK")
            self.clock.last = saved_clock
            if isinstance(exc, sqlite3.DatabaseError) and _is_disk_full(exc):
                raise DatabaseProblem(
                    f"The disk is full: nothing was saved to {self.path}; free space and try again."
                ) from None
            raise
        finally:
            self._depth = 0

    def _save_clock(self) -> None:
        self.conn.execute(
            "INSERT INTO settings(key, value) VALUES('hlc', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(self.clock.last),),
        )

    # -- integrity ----------------------------------------------------------------
    def check_integrity(self) -> None:
        try:
            result = self.conn.execute("PRAGMA quick_check").fetchone()[0]
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            result = "unreadable" if isinstance(exc, UnicodeDecodeError) else str(exc)
        if result != "ok":
            raise DatabaseProblem(
                f"{self.path} failed its integrity check ({result}); restore the newest good backup."
            )

    # -- settings -----------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str | None) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings(key, value) VALUES(?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- device -------------------------------------------------------------------
    @property
    def has_device(self) -> bool:
        return self.conn.execute("SELECT 1 FROM device").fetchone() is not None

    @property
    def device(self) -> dict[str, Any]:
        """This installation's id, name, role, post and keys; raises if not set up."""
        if self._device is None:
            row = self.conn.execute(
                "SELECT id, name, role, post, created_at, public_key, private_key, key_protected "
                "FROM device"
            ).fetchone()
            if row is None:
                raise DeviceNotSetUp(str(self.path))
            keys = ("id", "name", "role", "post", "created_at", "public_key", "private_key")
            self._device = dict(zip(keys + ("key_protected",), row, strict=True))
        return self._device

    def forget_device_cache(self) -> None:
        self._device = None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def keep_private(path: Path) -> None:
    """The database holds the device's signing key (unless protected) and every record: on
    POSIX it is created owner-only (0600) whatever the umask, and so are its WAL and SHM
    files, which SQLite creates with the database file's own permissions; the lock file
    too, and the default data folder is 0700. On Windows the files live in the user's
    profile, which other users cannot read."""
    from bordertrack.safe_files import PRIVATE_DIR, create_private, make_private

    if os.name != "posix":
        return
    with contextlib.suppress(OSError):  # a read-only place: SQLite says so in its own words
        if not path.exists():
            create_private(path)
        for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
            make_private(Path(str(path) + suffix))
        if path.parent == default_db_path_folder():
            make_private(path.parent, PRIVATE_DIR)


def default_db_path_folder() -> Path:
    import platformdirs

    from bordertrack.paths import APP_NAME

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def check_file_integrity(path: str | Path) -> None:
    """SQLite's quick check on a separate read-only connection.

    The window runs it in the background after it opens (a 2 GB register takes seconds to
    check), so readers of the main connection are never blocked while it runs.
    """
    try:
        conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True, check_same_thread=False)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        result = "unreadable" if isinstance(exc, UnicodeDecodeError) else str(exc)
    if result != "ok":
        raise DatabaseProblem(
            f"{path} failed its integrity check ({result}); restore the newest good backup."
        )
