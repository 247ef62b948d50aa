"""One window per database: an OS lock file beside it, released even when the process dies.

SQLite itself keeps concurrent writers safe; the lock exists so that a second copy of the
application tells the person clearly instead of two windows editing one register.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from bordertrack.domain.errors import BorderTrackError


class AlreadyOpen(BorderTrackError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"{path.name} is already open in another BorderTrack window; switch to that window or close it first."
        )


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
    return InstanceLock(db_path).acquire()


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
