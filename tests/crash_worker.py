"""Test-only worker for tests/test_crash.py: one large edit or one import, killable at a chosen point.

`BORDERTRACK_CRASH_AFTER=N` makes SQLite's progress handler SIGKILL this process after N
callbacks (each every `STEP` virtual-machine steps), so the test can stop the work at
exact, repeatable points inside SQLite. Without it the worker prints how many callbacks
the whole job took, which the test uses to spread its kill points. Not product code.
"""

from __future__ import annotations

import os
import random
import signal
import sys

from bordertrack.services.bulk import ChangeBuilder
from bordertrack.store.apply import apply_changes
from bordertrack.store.database import Store

STEP = 2000


def install_hook(store: Store) -> list[int]:
    calls = [0]
    limit = int(os.environ.get("BORDERTRACK_CRASH_AFTER", "0") or 0)

    def tick() -> int:
        calls[0] += 1
        if limit and calls[0] >= limit:
            os.kill(os.getpid(), signal.SIGKILL)
        return 0

    store.conn.set_progress_handler(tick, STEP)
    return calls


def large_edit(store: Store, count: int) -> None:
    """`count` field changes by this device, applied in one transaction (a bulk edit)."""
    origin = store.device["id"]
    builder = ChangeBuilder(random.Random(7), 1_780_000_000_000)
    builder.seq[origin] = int(
        store.conn.execute(
            "SELECT COALESCE(MAX(seq), 0) FROM changes WHERE origin = ?", (origin,)
        ).fetchone()[0]
    )
    n = 0
    while n < count:
        builder.create(
            origin,
            "person",
            {"full_name": f"Person {n}", "sex": "female" if n % 2 else "male", "rank": "Sergeant"},
        )
        n += 3
    with store.transaction() as conn:
        apply_changes(conn, builder.take())


def main() -> int:
    mode, db = sys.argv[1], sys.argv[2]
    store = Store(db)
    calls = install_hook(store)
    if mode == "edit":
        large_edit(store, int(sys.argv[3]))
    else:
        from bordertrack.services.import_bundle import import_bundle

        import_bundle(store, sys.argv[3])
    store.close()
    print(calls[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
