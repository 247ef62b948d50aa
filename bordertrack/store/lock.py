"""One window per database: an OS lock file beside it, released even when the process dies.

SQLite itself keeps concurrent writers safe; the lock exists so that a second copy of the
application tells the person clearly instead of two windows editing one register. A
command-line command takes the same lock for as long as it runs; when a window (or another
command) holds it, the command may still read but every write is refused with one line,
because a long-lived window keeps its clock and caches in memory and must be the only
writer while it is open.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from bordertrack.domain.errors import BorderTrackError, error_template

if TYPE_CHECKING:
    from bordertrack.store.database import Store


class AlreadyOpen(BorderTrackError):
    template = error_template(
        "{name} is already open in another BorderTrack window; switch to that window or close "
        "it first."
    )

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(name=path.name)


class OpenElsewhere(BorderTrackError):
    """A command may read a database a window has open, but not change it."""

    template = error_template(
        "{name} is open in a BorderTrack window (or another command is using it); "
        "nothing was changed: close that window or make the change there, then try again."
    )

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(name=path.name)


class InstanceLock:
    """Held while the application has the database open; the OS frees it if we crash."""

    def __init__(self, db_path: str | Path) -> None:
        self.path = Path(str(db_path) + ".lock")
        self._fd: int | None = None

    def acquire(self) -> InstanceLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise AlreadyOpen(Path(str(self.path)[: -len(".lock")])) from None
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            try:
                _unlock(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None

    def __enter__(self) -> InstanceLock:
        return self.acquire() if self._fd is None else self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.release()


def acquire_instance_lock(db_path: str | Path) -> InstanceLock:
    """Take the one-window lock or raise AlreadyOpen (the GUI calls this before opening)."""
    return InstanceLock(db_path).acquire()


def try_instance_lock(db_path: str | Path) -> InstanceLock | None:
    """The lock when it is free, else None (someone else has the database open)."""
    try:
        return acquire_instance_lock(db_path)
    except AlreadyOpen:
        return None


def refuse_writes(store: Store) -> None:
    """Make every later write on this connection fail with OpenElsewhere.

    Writes go through `store.transaction()`; `PRAGMA query_only` catches any that do not.
    """

    @contextmanager
    def refusing() -> Iterator[None]:
        raise OpenElsewhere(store.path)
        yield  # pragma: no cover - makes this a generator

    store.conn.execute("PRAGMA query_only = ON")
    store.transaction = refusing  # type: ignore[method-assign]


if os.name == "nt":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
