"""Opening a BorderTrack database: pragmas for power loss, migrations, integrity check.

One Store is one device: the file holds the device's identity, keys, trust store and
change log beside the records, so `--db PATH` selects a whole device.

The whole-file check (SQLite's quick check) is not paid at open: on a 2 GB register it
takes seconds, and a read needs none of it (SQLite refuses a damaged page it reads). It
runs once per session before the first write instead, so a damaged file is found before
anything is written to it: see docs/reliability.md.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from bordertrack.domain.errors import DatabaseProblem, DeviceNotSetUp
from bordertrack.store.hlc import HybridClock
from bordertrack.store.schema import SCHEMA_VERSION, migrate


def _is_disk_full(exc: sqlite3.DatabaseError) -> bool:
    """SQLITE_FULL, whether the disk or the file's page limit ran out."""
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "is full" in str(exc)


class Store:
    """A connection to one device's database.

    Every write goes through `transaction()`, so a user's action is all or nothing.
    Not thread-safe: the GUI keeps one worker thread for database work.
    """

    def __init__(self, path: str | Path, *, check: bool = False) -> None:
        """Open `path`; `check` runs the whole-file check now instead of before the first write."""
        self.path = Path(path)
        self.checked = False  # the whole-file check passed in this session
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
        self._device: dict[str, Any] | None = None
        self._depth = 0
        try:
            if check or self.conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                self.ensure_checked()  # a migration writes: the file is checked first
            migrate(self.conn)
            self.clock = HybridClock(int(self.setting("hlc", "0") or 0))
        except sqlite3.OperationalError as exc:
            if _is_damage(exc):
                raise DatabaseProblem(_damaged(self.path, str(exc))) from None
            raise DatabaseProblem(
                f"{self.path} cannot be prepared ({exc}); close other programs using it and try again."
            ) from None
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            detail = "unreadable" if isinstance(exc, UnicodeDecodeError) else str(exc)
            raise DatabaseProblem(_damaged(self.path, detail)) from None

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
        self.ensure_checked()
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
    def check_integrity(self, *, full: bool = False) -> None:
        """SQLite's quick check of every page now (`full`: its integrity check, which also
        compares every index with its table); raises DatabaseProblem in one line."""
        _quick_check(self.conn, self.path, "integrity_check" if full else "quick_check")
        self.checked = True

    def ensure_checked(self) -> None:
        """The whole-file check, once per session: called before the first write."""
        if not self.checked:
            self.check_integrity()

    def mark_checked(self) -> None:
        """Another reader of this same file just checked all of it (the window's background
        check, the verified backup made before an import): the first write need not repeat it."""
        self.checked = True

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


def check_file_integrity(path: str | Path) -> None:
    """SQLite's quick check on a separate read-only connection.

    The window runs it in the background after it opens (a 2 GB register takes seconds to
    check), so readers of the main connection are never blocked while it runs.
    """
    try:
        conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(_damaged(path, str(exc))) from None
    try:
        _quick_check(conn, path)
    finally:
        conn.close()


def _quick_check(conn: sqlite3.Connection, path: str | Path, pragma: str = "quick_check") -> None:
    try:
        result = conn.execute(f"PRAGMA {pragma}(1)").fetchone()[0]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        result = "unreadable" if isinstance(exc, UnicodeDecodeError) else str(exc)
    if result != "ok":
        raise DatabaseProblem(_damaged(path, result))


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in str(exc)


def _damaged(path: str | Path, detail: str) -> str:
    """One line: SQLite's report can span lines ("*** in database main ***\nPage 7: ...")."""
    detail = " ".join(detail.split())
    if len(detail) > 160:
        detail = detail[:157] + "..."
    return (
        f"{path} failed its integrity check ({detail}); nothing was changed: "
        "restore the newest good backup ('backup list', then 'backup restore ID')."
    )


def damaged_database(path: str | Path, exc: sqlite3.DatabaseError) -> DatabaseProblem | None:
    """The one-line problem for an SQLite error that means the file is damaged, else None
    (a command reading a damaged page meets this, not the whole-file check)."""
    return DatabaseProblem(_damaged(path, str(exc))) if _is_damage(exc) else None
