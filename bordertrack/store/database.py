"""Opening a BorderTrack database: pragmas for power loss, migrations, integrity check.

One Store is one device: the file holds the device's identity, keys, trust store and
change log beside the records, so `--db PATH` selects a whole device.

The whole-file check (SQLite's quick check) is not paid at open: on a 2 GB register it
takes seconds, and a read needs none of it (SQLite refuses a damaged page it reads). It
runs once per session before the first write instead, so a damaged file is found before
anything is written to it: see docs/reliability.md.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bordertrack.domain.entities import Entity
from bordertrack.domain.errors import DatabaseProblem, DeviceNotSetUp, error_template
from bordertrack.store.hlc import HybridClock
from bordertrack.store.materialise import materialise, stale_entities
from bordertrack.store.schema import SCHEMA_VERSION, migrate
from bordertrack.store.touched import Touched, discard_touched, take_touched

_PRAGMAS = (
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA temp_store=MEMORY",
    "PRAGMA cache_size=-65536",
)


def readonly_uri(path: str | Path) -> str:
    """A read-only SQLite address for `path`, whatever its folder is called.

    Built by `Path.as_uri()`, which percent-encodes `#`, `?`, `%`, spaces and non-ASCII
    letters: a formatted `file:{path}?mode=ro` cut "Пост #3" at the `#`, opened (and
    created) a stray empty file read-write, and found no PIN there.
    """
    return Path(path).resolve().as_uri() + "?mode=ro"


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
        keep_private(self.path)
        try:
            self._open(path, check=check)
        except BaseException:
            # Windows cannot rename or delete an open file: a restore after a failed open
            # must find no handle of ours left on it.
            for conn in getattr(self, "_conns", ()):
                conn.close()
            raise

    def _open(self, path: str | Path, *, check: bool = False) -> None:
        self.path = Path(path)
        self.checked = False  # the whole-file check passed in this session
        self._local = threading.local()
        self._conns: list[sqlite3.Connection] = []
        self.listeners: list[Callable[[Touched], None]] = []
        # Called before every write transaction begins; the window sets it to the worker's
        # check that no write runs on the GUI thread (the command line has none).
        self.write_guard: Callable[[], None] | None = None
        try:
            conn = self._connect()
            conn.execute("PRAGMA journal_mode=WAL")
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            # A damaged file can make SQLite's own error text undecodable.
            detail = "unreadable" if isinstance(exc, UnicodeDecodeError) else str(exc)
            raise DatabaseProblem(
                error_template(
                    "{path} is not a usable BorderTrack database ({detail}); it failed its "
                    "integrity check: restore a backup or choose another file."
                ),
                path=self.path,
                detail=detail,
            ) from None
        self._local.conn = conn
        self._device: dict[str, Any] | None = None
        try:
            current, stale = self._pending(conn)
            if check or not current or stale:
                self.ensure_checked()  # a migration or a refold writes: the file is checked first
            self._prepare(conn, stale if current else None)
            self.clock = HybridClock(int(self.setting("hlc", "0") or 0))
        except sqlite3.OperationalError as exc:
            if _is_damage(exc):
                raise _damaged(self.path, str(exc)) from None
            raise DatabaseProblem(
                error_template(
                    "{path} cannot be prepared ({exc}); close other programs using it and try "
                    "again."
                ),
                path=self.path,
                exc=exc,
            ) from None
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            detail = "unreadable" if isinstance(exc, UnicodeDecodeError) else str(exc)
            raise _damaged(self.path, detail) from None

    @staticmethod
    def _prepare(conn: sqlite3.Connection, stale: list[Entity] | None = None) -> None:
        """Bring the content up to this release: numbered migrations, then tables refolded
        for changed declarations (`stale` when the opener already knows them)."""
        migrate(conn)
        materialise(conn, stale)
        discard_touched(conn)  # a refold at open is nobody's edit

    def content_replaced(self) -> None:
        """The file's content was swapped under this open store (a restore from Settings):
        an older backup is migrated and refolded as if it had just been opened."""
        self.forget_device_cache()
        self._prepare(self.conn)

    @staticmethod
    def _pending(conn: sqlite3.Connection) -> tuple[bool, list[Entity]]:
        """Is the numbered schema current, and which entity tables are stale?

        Opening writes when either says so (a migration, a declaration to materialise).
        The stale list is computed once and handed to `materialise`; on an older schema
        it is left to `materialise`, after the migrations have made its tables.
        """
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return False, []  # older: migrate; newer: the migration refuses it in one line
        return True, stale_entities(conn)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            str(self.path), isolation_level=None, check_same_thread=False, timeout=5.0
        )
        self._conns.append(conn)  # before the pragmas: a failing one must not leak it
        for pragma in _PRAGMAS:
            conn.execute(pragma)
        return conn

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection: the opening thread's, or one opened on first use.

        A connection per thread means the window's reads never see a transaction the
        worker has not committed (an import's dry run rolls back; a table never shows it).
        """
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
        return conn

    @property
    def _depth(self) -> int:
        return int(getattr(self._local, "depth", 0))

    @_depth.setter
    def _depth(self, value: int) -> None:
        self._local.depth = value

    # -- transactions -------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing unit of work; nested calls join the outer transaction.

        After the commit, every listener hears which records the transaction touched
        (the one change notice the window routes to its views).
        """
        conn = self.conn
        if self._depth:
            self._depth += 1
            try:
                yield conn
            finally:
                self._depth -= 1
            return
        if self.write_guard is not None:
            self.write_guard()
        self.ensure_checked()
        conn.execute("BEGIN IMMEDIATE")
        discard_touched(conn)
        self._depth = 1
        saved_clock = self.clock.last
        try:
            yield conn
            self._save_clock()
            conn.execute("COMMIT")
        except BaseException as exc:
            discard_touched(conn)
            if conn.in_transaction:  # SQLite may already have rolled back (disk full)
                conn.execute("ROLLBACK")
            self.clock.last = saved_clock
            if isinstance(exc, sqlite3.DatabaseError) and _is_disk_full(exc):
                raise DatabaseProblem(
                    error_template(
                        "The disk is full: nothing was saved to {path}; free space and try again."
                    ),
                    path=self.path,
                ) from None
            raise
        finally:
            self._depth = 0
        touched = take_touched(conn)
        for listener in list(self.listeners):
            listener(touched)

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
        for conn in self._conns:
            conn.close()
        self._conns.clear()

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
        conn = sqlite3.connect(readonly_uri(path), uri=True, check_same_thread=False)
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from None
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
        raise _damaged(path, result)


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in str(exc)


def _damaged(path: str | Path, detail: str) -> DatabaseProblem:
    """One line: SQLite's report can span lines ("*** in database main ***\nPage 7: ...")."""
    detail = " ".join(detail.split())
    if len(detail) > 160:
        detail = detail[:157] + "..."
    return DatabaseProblem(
        error_template(
            "{path} failed its integrity check ({detail}); nothing was changed: "
            "restore the newest good backup ('backup list', then 'backup restore ID')."
        ),
        path=path,
        detail=detail,
    )


def damaged_database(path: str | Path, exc: sqlite3.DatabaseError) -> DatabaseProblem | None:
    """The one-line problem for an SQLite error that means the file is damaged, else None
    (a command reading a damaged page meets this, not the whole-file check)."""
    return _damaged(path, str(exc)) if _is_damage(exc) else None
