"""A sheet's bytes handed to a thread that deflates and writes them.

zlib's deflate, its CRC and the file write release the GIL, so on a second core they run
while the export builds the next rows' XML; the bundle's bytes are those a direct write
gives, in the same order (one writer, first in first out). The queue holds a few chunks,
so memory stays bounded whatever the bundle's size.
"""

from __future__ import annotations

import queue
import threading
from typing import IO

_DEPTH = 8  # chunks of about 0.7 MB waiting at most


class BackgroundWriter:
    """`write` queues; `close` waits until everything queued is written, then re-raises a
    failure of the writer (a full disk) in the caller's thread."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self._queue: queue.Queue[bytes | None] = queue.Queue(_DEPTH)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="bundle-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (data := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._out.write(data)
                except BaseException as exc:  # re-raised by write/close in the caller
                    self._error = exc

    def write(self, data: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(data)

    def close(self) -> None:
        """Wait for the queued bytes to be written (also when the caller is failing, so
        the thread never outlives the file it writes)."""
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error
