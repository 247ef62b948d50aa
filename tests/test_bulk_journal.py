"""A bulk load killed half-way leaves the file as it was before the load.

The load runs in a rollback journal (store/bulk_load.py): pages the file had are
journaled before they are overwritten, pages beyond them are written straight to the file.
The child process below loads the demo with a page cache of a few pages, so the load's
pages reach the file long before the commit, and dies (os._exit, as a kill) in the
middle of the load; the next open must find the file whole and without the load.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bordertrack.store.database import Store

CHILD = """
import os, sys
from bordertrack.services import demo
from bordertrack.store import bulk_load
from bordertrack.store.database import Store

path = sys.argv[1]
add = bulk_load.BulkLoader.add
calls = []

def dying_add(self, *args, **kwargs):
    calls.append(1)
    if len(calls) == 1:
        self.conn.execute("PRAGMA cache_size=20")  # pages spill to the file at once
        print(os.path.getsize(path), flush=True)  # the file as the load found it
    add(self, *args, **kwargs)
    if len(calls) == 3:
        self.wait()  # two batches are in
        journal = self.conn.execute("PRAGMA journal_mode").fetchone()[0]
        print(journal, os.path.getsize(path), os.path.exists(path + "-journal"), flush=True)
        os._exit(9)

bulk_load.BulkLoader.add = dying_add
demo.build_demo(Store(path))
"""


def test_a_load_killed_half_way_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        env=os.environ | {"PYTHONPATH": str(Path(__file__).resolve().parents[1])},
        timeout=300,
    )
    assert done.returncode == 9, done.stderr
    first, at_kill = done.stdout.split("\n")[:2]
    journal, size_at_kill, had_journal = at_kill.split()
    assert journal == "delete" and had_journal == "True"  # the load's rollback journal
    assert int(size_at_kill) > int(first) + 100_000  # its pages were in the file

    with Store(path) as store:  # the next open rolls the file back from the journal
        conn = store.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT count(*) FROM changes").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM equipment").fetchone()[0] == 0
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert {"idx_equipment_post", "log_records_key"} <= indexes
    assert not Path(f"{path}-journal").exists()

    from bordertrack.services.demo import build_demo

    with Store(path) as store:  # the demo asked again loads, rather than saying it is there
        counts = build_demo(store)
        assert counts and store.conn.execute("SELECT count(*) FROM equipment").fetchone()[0]


def test_a_load_beside_another_connection_keeps_the_write_ahead_log(tmp_path: Path) -> None:
    """When another connection has the file open, the journal cannot change: the load
    goes on in the write-ahead log, as it did before it had its own journal."""
    import random
    import sqlite3

    from bordertrack.services.bulk import ChangeBuilder
    from bordertrack.services.device import init_device
    from bordertrack.store.bulk_load import bulk_load

    path = tmp_path / "x.db"
    store = Store(path)
    init_device(store, "coordinator", None, "c")
    other = sqlite3.connect(path)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM equipment").fetchone()  # holds the file open
    b = ChangeBuilder(random.Random(3), 1_760_000_000_000, grouped=True)
    rid = b.create(store.device["id"], "equipment", {"asset_tag": "A-1", "post": "DOS"})
    with bulk_load(store) as loader:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        loader.add(b.take(), b.taken_created, b.taken_groups, b.taken_single)
    other.rollback()
    other.close()
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    got = store.conn.execute("SELECT asset_tag FROM equipment WHERE id = ?", (rid,))
    assert got.fetchone() == ("A-1",)
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()
