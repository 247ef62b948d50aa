"""Bundles read and verified ahead in worker processes while this process applies.

Reading a bundle (size and markup checks, calamine, digests, change rows) is about half of
a merge's work and needs nothing from the database, so on a machine with two cores a worker
process reads the next bundles while this one screens and applies the ones already read.
A worker never opens the database. The reader is the same `read_verified` either way: a
bundle a worker could not read is handed over as None and read again here, so a person sees
exactly the error the ordinary path gives, raised where it is handled.

Workers are started with "spawn" (no copy of this process's open database or window), which
costs a fresh interpreter's start once per merge; a merge of one bundle does not pay it.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from bordertrack.store.changes import new_change
from bordertrack.sync.bundle_model import Bundle

# Below this many bytes of bundles, reading them here is quicker than starting a worker
# (a fresh interpreter importing the reader, about half a second): a 20,000-change bundle
# is about 1 MB and takes about half a second to read.
WORTH_A_WORKER = 4 << 20


def default_workers(paths: Sequence[Path] = ()) -> int:
    """One core stays with the process that applies; the others read, when there is
    enough to read."""
    try:
        size = sum(Path(p).stat().st_size for p in paths)
    except OSError:
        return 0  # a missing file: the ordinary path says which
    return max(0, (os.cpu_count() or 1) - 1) if size >= WORTH_A_WORKER else 0


def _read(path: str) -> Bundle | None:
    """In a worker: the verified bundle, or None for any failure (read again by the caller).

    Its changes travel as plain tuples: pickle rebuilds a named tuple through a Python call
    each, a plain one in C (a 20,000-change bundle: 0.12 s to pickle and 0.09 s to unpickle
    as named tuples, 0.01 and 0.02 s as plain ones); `_take` makes them changes again."""
    from bordertrack.services.import_bundle import read_verified

    try:
        bundle = read_verified(path)
    except Exception:  # noqa: BLE001 - the caller reads it again and meets the real error
        return None
    bundle.changes = list(map(tuple, bundle.changes))  # type: ignore[arg-type]
    return bundle


# Bundles read before they are wanted: enough to keep a reader busy while a merge applies a
# batch of about ten 20,000-change bundles (a reader that waits is a core left idle), each
# about 15 MB in memory once read.
AHEAD = 12


def read_ahead(
    paths: Sequence[Path], workers: int | None = None, ahead: int = AHEAD
) -> Iterator[tuple[Path, Bundle | None]]:
    """Each path in order with its bundle, read by a worker up to `ahead` bundles before it
    is wanted (bounding the memory the read bundles hold); None means "read it here".
    `workers` None lets the machine and the bundles' size decide."""
    count = default_workers(paths) if workers is None else workers
    if count < 1 or len(paths) < 2:
        yield from ((Path(p), None) for p in paths)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
        queued: deque[tuple[Path, Future | None]] = deque()
        broken = False
        try:
            for path in paths:
                future = None
                if not broken:
                    try:
                        future = pool.submit(_read, str(path))
                    except Exception:  # noqa: BLE001 - no worker could start: read here
                        broken = True
                queued.append((Path(path), future))
                if len(queued) > ahead:
                    yield _take(queued)
            while queued:
                yield _take(queued)
        finally:
            for _path, waiting in queued:
                if waiting is not None:
                    waiting.cancel()


def _take(queued: deque[tuple[Path, Future | None]]) -> tuple[Path, Bundle | None]:
    path, future = queued.popleft()
    if future is None:
        return path, None
    try:
        bundle = future.result()
    except Exception:  # noqa: BLE001 - a worker that died: read it here instead
        return path, None
    if bundle is not None:
        bundle.changes = list(map(new_change, bundle.changes))
    return path, bundle
