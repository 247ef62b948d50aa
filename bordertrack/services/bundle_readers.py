"""Reading and verifying a merge's bundles ahead of it, in worker processes.

Parsing a bundle and checking its digests and signature needs nothing of the database, and
is about a third of a merge's work; a coordinator merging hundreds of bundles on a machine
with a second core lets a worker do it for the next bundles while the merge checks and
applies the current ones. The bundle that comes back is the one `read_verified` returns
in the merge's own process, and a refused bundle is refused with the same words.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from pathlib import Path

from bordertrack.domain.errors import BorderTrackError

AHEAD = 3  # bundles read ahead of the merge: each is about 20 MB of Python objects


def reads(paths: list[Path], workers: int) -> Iterator[Callable[[], object]]:
    """For each path in order, a call that returns its verified bundle or raises why it is
    refused. With no workers (or one bundle) the call reads it there and then."""
    from bordertrack.services.import_bundle import read_verified

    if workers < 1 or len(paths) < 2:
        for path in paths:
            yield partial(read_verified, path)
        return
    # A fresh interpreter per worker: forking a merge that holds a batch would copy it.
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    try:
        rest = iter(paths)
        pending: deque[Future] = deque(
            pool.submit(_read, path) for _, path in zip(range(AHEAD), rest, strict=False)
        )
        while pending:
            future = pending.popleft()
            following = next(rest, None)
            if following is not None:
                pending.append(pool.submit(_read, following))
            yield partial(_outcome, future)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _read(path: Path) -> tuple[bool, object]:
    """In the worker: (True, bundle), or (False, why it is refused) — the error's words
    travel, not the error, whose parameters need not survive pickling."""
    from bordertrack.services.import_bundle import read_verified

    try:
        return True, read_verified(path)
    except BorderTrackError as exc:
        return False, str(exc)


def _outcome(future: Future) -> object:
    ok, value = future.result()
    if not ok:
        raise BorderTrackError(str(value))
    return value
