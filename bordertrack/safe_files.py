"""Reading files that came from outside, and writing files that must stay private.

Every file a person hands to BorderTrack (a bundle, a device card, a register, a backup)
is opened here: only a regular file is accepted, so a FIFO named `x.xlsx` cannot hang a
command and `/dev/zero` cannot be read as a "card"; its size is checked on the open
handle before a single byte is read. Files that hold keys or records (the database, its
backups, device cards) are created owner-only on POSIX whatever the umask.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from bordertrack.domain.errors import BorderTrackError, error_template, worded
from bordertrack.domain.shown import shown

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)


FILE = error_template("file")  # what a path should hold; callers name theirs the same way


class UnreadableFile(BorderTrackError):
    """A path that is missing, not a regular file, too large or unreadable."""

    template = error_template("{path}: {why}; {todo}.")

    def __init__(self, path: str | Path, why: str, todo: str = "", size: int = 0) -> None:
        self.path, self.why, self.size = str(path), why, size
        todo = todo or error_template("check the name and try again")
        super().__init__(path=shown(str(path)), why=why, todo=todo)


def _describe(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return error_template("it is a folder, not a file")
    if stat.S_ISFIFO(mode):
        return error_template("it is a pipe, not a file")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return error_template("it is a device, not a file")
    if stat.S_ISSOCK(mode):
        return error_template("it is a socket, not a file")
    return error_template("it is not a regular file")


@contextlib.contextmanager
def open_regular(path: str | Path, max_bytes: int, what: str = FILE) -> Iterator[BinaryIO]:
    """A binary handle on `path` after checking, on that very handle, that it is a regular
    file of at most `max_bytes`. O_NONBLOCK keeps a FIFO from blocking the open itself."""
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
    except FileNotFoundError:
        raise UnreadableFile(
            path, worded(error_template("there is no {what} at that path"), what=what)
        ) from None
    except IsADirectoryError:
        raise UnreadableFile(path, error_template("it is a folder, not a file")) from None
    except (OSError, ValueError) as exc:  # ValueError: an embedded NUL in the name
        why = getattr(exc, "strerror", None) or error_template("the name cannot be used")
        raise UnreadableFile(
            path, worded(error_template("the {what} cannot be opened ({why})"), what=what, why=why)
        ) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile(path, _describe(info.st_mode))
        if info.st_size > max_bytes:
            raise UnreadableFile(
                path,
                worded(
                    error_template("the {what} is {size:,} bytes, more than the {limit:,} allowed"),
                    what=what,
                    size=info.st_size,
                    limit=max_bytes,
                ),
                error_template("ask for a smaller file"),
                info.st_size,
            )
        if _NONBLOCK:
            os.set_blocking(fd, True)
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        yield handle


def read_regular(path: str | Path, max_bytes: int, what: str = FILE) -> bytes:
    """All bytes of a regular file of at most `max_bytes` (rechecked while reading, since a
    file can grow between the check and the read)."""
    with open_regular(path, max_bytes, what) as handle:
        try:
            data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise UnreadableFile(
                path,
                worded(
                    error_template("the {what} cannot be read ({why})"), what=what, why=exc.strerror
                ),
            ) from None
    if len(data) > max_bytes:
        raise UnreadableFile(
            path,
            worded(
                error_template("the {what} is larger than {limit:,} bytes"),
                what=what,
                limit=max_bytes,
            ),
            error_template("ask for a smaller file"),
            len(data),
        )
    return data


def check_regular(path: str | Path, max_bytes: int, what: str = FILE) -> int:
    """The size of a regular file that another library (SQLite) will open by name."""
    with open_regular(path, max_bytes, what) as handle:
        return os.fstat(handle.fileno()).st_size


def private_dir(path: str | Path) -> Path:
    """Create `path` (and parents) and make it owner-only (0700) on POSIX."""
    path = Path(path)
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    make_private(path, PRIVATE_DIR)
    return path


def make_private(path: str | Path, mode: int = PRIVATE_FILE) -> None:
    """chmod on POSIX; on Windows the user's profile folder already keeps files private."""
    if os.name == "posix":
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, mode)


def create_private(path: str | Path) -> None:
    """Make sure `path` exists as an owner-only file before another library writes it, so
    the file is never readable by others, not even for a moment."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | _BINARY, PRIVATE_FILE)
    os.close(fd)
    make_private(path)


def write_private(path: str | Path, data: bytes) -> None:
    """Write `data` to a file that is owner-only from its creation (0600 on POSIX)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _BINARY, PRIVATE_FILE)
    with os.fdopen(fd, "wb") as handle:
        make_private(path)
        handle.write(data)
