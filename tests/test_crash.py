"""Crash safety shown: a killed edit or import, a full disk and a pulled USB stick lose nothing
that was saved and leave no half-written work.

The kills use tests/crash_worker.py: SQLite's progress handler SIGKILLs the worker after
a chosen number of steps, so the kill points are spread over the whole job and repeat
exactly; a few more kills come at seeded random moments.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bordertrack.domain.errors import DatabaseProblem
from bordertrack.services import records
from bordertrack.services.dump import dump_json
from bordertrack.services.export import export_bundle
from bordertrack.services.trust import my_card, trust_card
from bordertrack.store.database import Store
from bordertrack.sync.bundle_errors import BundleError
from bordertrack.sync.bundle_read import read_bundle

from .crash_worker import large_edit

ROOT = Path(__file__).resolve().parent.parent
WORKER = Path(__file__).with_name("crash_worker.py")
EDIT_CHANGES = 50_000
KILL_POINTS = 10

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX-only")


def run_worker(args: list[str], crash_after: int = 0, kill_after: float | None = None) -> int:
    """Run the worker; returns its exit code (-9 when it was killed)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BORDERTRACK_CRASH_AFTER": str(crash_after)}
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = proc.communicate(timeout=kill_after if kill_after is not None else 300)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        return proc.returncode
    assert proc.returncode in (0, -signal.SIGKILL), err
    return proc.returncode if proc.returncode else int(out.split()[-1])


def state(path: Path) -> str:
    """Integrity check, then the canonical dump of every record."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with Store(path) as store:
        return dump_json(store)


def kill_everywhere(base: Path, args: list[str], tmp: Path) -> tuple[int, set[str]]:
    """Kill the job at spread and random points on copies of `base`; returns (kills, states)."""
    before = state(base)
    clean = tmp / "clean.db"
    shutil.copy(base, clean)
    total = run_worker([args[0], str(clean), *args[1:]])
    after = state(clean)
    assert after != before
    rng = random.Random(11)
    points = [max(1, total * i // KILL_POINTS) for i in range(1, KILL_POINTS + 1)]
    points += [rng.randint(1, total) for _ in range(4)]
    seen, kills = set(), 0
    for n, point in enumerate(points + [None] * 3):
        copy = tmp / f"kill-{n}.db"
        shutil.copy(base, copy)
        job = [args[0], str(copy), *args[1:]]
        if point is None:
            code = run_worker(job, kill_after=rng.uniform(0.05, 1.0))
        else:
            code = run_worker(job, crash_after=point)
        kills += code == -signal.SIGKILL
        got = state(copy)
        assert got in (before, after), f"half-written database after a kill at {point}"
        seen.add("before" if got == before else "after")
    return kills, seen


def test_killed_large_edit_is_all_or_nothing(tmp_path: Path, coordinator: Store) -> None:
    records.create(coordinator, "person", {"full_name": "Already here", "sex": "female"})
    base = Path(coordinator.path)
    coordinator.close()
    kills, seen = kill_everywhere(base, ["edit", str(EDIT_CHANGES)], tmp_path)
    assert kills >= KILL_POINTS
    assert "before" in seen


def test_killed_import_is_all_or_nothing(tmp_path: Path, make_store) -> None:
    sender, receiver = make_store("coordinator", name="sender"), make_store("coordinator")
    large_edit(sender, 20_000)
    trust_card(receiver, my_card(sender))
    bundle = tmp_path / "big.xlsx"
    export_bundle(sender, bundle, full=True)
    base = Path(receiver.path)
    receiver.close()
    kills, seen = kill_everywhere(base, ["import", str(bundle)], tmp_path)
    assert kills >= KILL_POINTS
    assert "before" in seen


def test_full_disk_raises_one_clear_line_and_changes_nothing(coordinator: Store) -> None:
    records.create(coordinator, "person", {"full_name": "Kept", "sex": "male"})
    before = dump_json(coordinator)
    pages = coordinator.conn.execute("PRAGMA page_count").fetchone()[0]
    coordinator.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(DatabaseProblem) as err:
        large_edit(coordinator, 3_000)
    assert str(err.value).startswith("The disk is full") and "free space" in str(err.value)
    assert "\n" not in str(err.value)
    assert not coordinator.conn.in_transaction
    assert coordinator.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert dump_json(coordinator) == before
    coordinator.conn.execute("PRAGMA max_page_count = 1073741823")
    records.create(coordinator, "person", {"full_name": "After space was freed", "sex": "male"})


def test_pulled_stick_leaves_a_file_that_fails_verification(
    tmp_path: Path, coordinator: Store
) -> None:
    large_edit(coordinator, 3_000)
    bundle = tmp_path / "stick.xlsx"
    export_bundle(coordinator, bundle, full=True)
    data = bundle.read_bytes()
    before = dump_json(coordinator)
    rng = random.Random(5)
    sizes = sorted({0, 1, 30, len(data) - 1, *(rng.randrange(len(data)) for _ in range(40))})
    for size in sizes:
        cut = tmp_path / f"cut-{size}.xlsx"
        cut.write_bytes(data[:size])
        with pytest.raises(BundleError):
            read_bundle(cut)
    assert read_bundle(bundle).digest
    assert dump_json(coordinator) == before
    assert coordinator.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_killed_export_leaves_no_bundle_that_verifies(tmp_path: Path, coordinator: Store) -> None:
    large_edit(coordinator, 20_000)
    db = Path(coordinator.path)
    before = state(db)
    rng = random.Random(3)
    code = """
import sys
from bordertrack.store.database import Store
from bordertrack.services.export import export_bundle
export_bundle(Store(sys.argv[1]), sys.argv[2], full=True)
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for n in range(5):
        out = tmp_path / f"usb-{n}"
        out.mkdir()
        proc = subprocess.Popen(
            [sys.executable, "-c", code, str(db), str(out / "b.xlsx")], env=env, cwd=ROOT
        )
        try:
            proc.wait(timeout=rng.uniform(0.2, 1.5))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        for left in out.iterdir():
            if left.name == "b.xlsx":  # complete: it was renamed into place
                assert read_bundle(left).digest
                continue
            # A temporary file: hidden, not named like a bundle, so no import or sync round
            # picks it up. Killed mid-write it fails verification; killed between the last
            # byte and the rename it is whole, which is harmless.
            assert left.name.startswith(".b.xlsx.") and left.suffix == ".part"
            with contextlib.suppress(BundleError):
                read_bundle(left)
    assert state(db) == before


def test_a_killed_window_does_not_keep_the_database_locked(tmp_path: Path) -> None:
    """The one-window lock is an OS lock: when the holder dies, the next start gets it."""
    from bordertrack.store.lock import AlreadyOpen, acquire_instance_lock

    db = tmp_path / "post.db"
    code = (
        "import sys\nfrom bordertrack.store.lock import acquire_instance_lock\n"
        "lock = acquire_instance_lock(sys.argv[1])\nprint('locked', flush=True)\nsys.stdin.read()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(db)],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(AlreadyOpen):
            acquire_instance_lock(db)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    acquire_instance_lock(db).release()
