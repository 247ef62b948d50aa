"""A coordinator's scale: a 160,000-change bundle against the bare calamine read, the demo
through its bulk path, reads on a big file, and a roll-up of many posts' bundles.

`python -m bench.bench_scale` runs the default sizes (a few minutes on a quiet machine);
`--large` adds `demo --size large` and the reads on it; `--national` merges 500 posts ×
20,000 changes instead of 20 × 20,000. Generated databases and bundles are kept in
BORDERTRACK_BENCH_CACHE (default ~/.cache/bordertrack-bench), outside the repository, so
a second run measures without generating again. Figures and history: docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDTRIP_CHANGES = 160_000
CHANGES_PER_POST = 20_000


def cache_dir() -> Path:
    path = Path(
        os.environ.get("BORDERTRACK_BENCH_CACHE", Path.home() / ".cache" / "bordertrack-bench")
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def _timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def read_only(path: Path) -> float:
    """The floor: python-calamine reading every sheet of the workbook, nothing else."""
    return read_only_cpu(path)[0]


def read_only_cpu(path: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of python-calamine reading every sheet of the workbook. CPU
    seconds of the process move far less with the load of other processes than wall ones."""
    from python_calamine import CalamineWorkbook

    start, cpu = time.perf_counter(), time.process_time()
    book = CalamineWorkbook.from_path(str(path))
    for name in book.sheet_names:
        book.get_sheet_by_name(name).to_python()
    return time.perf_counter() - start, time.process_time() - cpu


PEAK_CODE = """
def peak_mb():
    # Linux's ru_maxrss of a child counts the parent's memory copied at fork, before exec;
    # VmHWM is this program's own high-water mark.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""


def _in_child(code: str) -> dict:
    """Run `code` (which prints one JSON line) in a fresh interpreter; adds its peak memory."""
    wrapper = (
        "import json, resource, sys\n"
        f"{PEAK_CODE}\n"
        f"{code}\n"
        "out = dict(RESULT)\n"
        "out['peak_mb'] = peak_mb()\n"
        "print(json.dumps(out))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", wrapper],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    if proc.returncode:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed")
    return json.loads(proc.stdout.strip().splitlines()[-1])


EXPORT_CODE = """
import time
from pathlib import Path
from bordertrack.services.sync import export_bundle
from bordertrack.store.database import Store
# The modules an export or import loads on first use, loaded before the clock starts, as
# python-calamine is for the bare read (about 0.05 s once a process, not the bundle's work).
import bordertrack.sync.bundle_write, bordertrack.sync.bundle_read, bordertrack.services.backup
store = Store({db!r})
# The whole-file check runs once per session before the first write; it is not the export's
# work, and its page reads would fill SQLite's cache and hide the export's own memory.
store.mark_checked()
start, cpu = time.perf_counter(), time.process_time()
export_bundle(store, Path({out!r}), full=True)
RESULT = {{"wall": time.perf_counter() - start, "cpu": time.process_time() - cpu}}
store.close()
"""

IMPORT_CODE = """
import time
from pathlib import Path
from bench.bench_sync import _coordinator
from bordertrack.services.sync import import_bundle
from bordertrack.store.database import Store
import bordertrack.sync.bundle_read, bordertrack.sync.bundle_stream, bordertrack.services.backup  # as for the export
post = Store({db!r})
coordinator = _coordinator(Path({folder!r}), [post])
start, cpu = time.perf_counter(), time.process_time()
report = import_bundle(coordinator, Path({out!r}))
RESULT = {{"wall": time.perf_counter() - start, "cpu": time.process_time() - cpu,
          "received": report.received}}
coordinator.close()
"""


def roundtrip(folder: Path) -> list[dict]:
    """Export full bundles of 40,000 and 160,000 changes (items of 10 fields) from a post,
    and import the larger into a fresh coordinator, each in a fresh process whose peak
    memory is measured. Wall seconds beside the bare read's (the budget is twice that),
    CPU seconds and the load in the note."""
    from bench.bench_sync import _post_with_changes

    rows = []
    for count in (ROUNDTRIP_CHANGES // 4, ROUNDTRIP_CHANGES):
        sub = folder / str(count)
        sub.mkdir()
        _post_with_changes(sub, "post", "DOS", count, 1).close()
        db, out = str(sub / "post.db"), str(sub / "full.xlsx")
        exported = _in_child(EXPORT_CODE.format(db=db, out=out))
        read_wall, read_cpu = read_only_cpu(Path(out))
        # The export deflates and writes on a second thread (sync/bundle_pipe.py), so its
        # budget is on wall seconds, which mean something on a quiet machine only; the CPU
        # seconds, steadier under load, are in the note beside the read's.
        rows.append(
            {
                "what": f"export {count:,} changes (wall s)",
                "budget": 2 * read_wall,
                "seconds": exported["wall"],
                "read_only": read_wall,
                "note": f"CPU {exported['cpu']:.2f} s (read {read_cpu:.2f} s, "
                f"{exported['cpu'] / read_cpu:.1f}x), peak {exported['peak_mb']:.0f} MB, "
                f"load {os.getloadavg()[0]:.1f}",
            }
        )
    imported = _in_child(IMPORT_CODE.format(db=db, folder=str(sub), out=out))
    rows.append(
        {
            "what": f"import {imported['received']:,} changes (wall s)",
            "budget": 2 * read_wall,
            "seconds": imported["wall"],
            "read_only": read_wall,
            "note": f"CPU {imported['cpu']:.2f} s (read {read_cpu:.2f} s, "
            f"{imported['cpu'] / read_cpu:.1f}x), peak {imported['peak_mb']:.0f} MB, "
            f"load {os.getloadavg()[0]:.1f}",
        }
    )
    return rows


def _cli(db: Path, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "bordertrack", "--db", str(db), *args],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    return time.perf_counter() - start


def demo_and_reads(size: str) -> list[dict]:
    """`demo --size SIZE` through the command line, then commands that only read on it."""
    db = cache_dir() / f"demo-{size}.db"
    rows = []
    if not db.exists():
        tmp = db.with_suffix(".building")
        for p in tmp.parent.glob(tmp.name + "*"):
            p.unlink()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        seconds = _cli(tmp, "demo", "--size", size)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        for suffix in ("", "-wal", "-shm"):
            if Path(f"{tmp}{suffix}").exists():
                os.replace(f"{tmp}{suffix}", f"{db}{suffix}")
        Path(f"{tmp}.lock").unlink(missing_ok=True)
        rows.append(
            {
                "what": f"demo --size {size} (bulk path)",
                "budget": 120.0,
                "seconds": seconds,
                "note": f"CPU {cpu:.1f} s (user + system), load {os.getloadavg()[0]:.1f}",
            }
        )
    for args in (
        ("list", "equipment", "--where", "status=stolen", "--limit", "5"),
        ("show", "post", _any_post(db), "--json"),
    ):
        rows.append(
            {
                "what": f"{args[0]} on the {size} demo ({db.stat().st_size / 1e6:,.0f} MB)",
                "budget": 1.5,  # the interpreter's own start (~0.5 s) and the command
                "seconds": _cli(db, *args),
            }
        )
    return rows


def _any_post(db: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT id FROM post ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        conn.close()


def _scratch_dir() -> str | None:
    """Where a post's throw-away database lives while its bundle is made: memory-backed
    /dev/shm when there is one (the database is deleted at once; its fsyncs cost nothing)."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


def _make_post_bundle(folder: Path, i: int, per_post: int) -> Path:
    """Post `i`'s full bundle and trust card through the real export path: a post device
    holding `per_post` changes of its own exports everything it has, as a post does."""
    from bench.bench_sync import _post_with_changes
    from bordertrack.services.sync import export_bundle
    from bordertrack.services.trust import write_card

    path = folder / f"post{i:03d}.xlsx"
    if path.exists():
        return path
    part = path.with_suffix(f".{os.getpid()}.part.xlsx")
    with tempfile.TemporaryDirectory(dir=_scratch_dir()) as tmp:
        post = _post_with_changes(Path(tmp), f"post{i}", f"P{i:03d}", per_post, 1000 + i)
        export_bundle(post, part, full=True)
        write_card(post, path.with_suffix(".card"))
        post.close()
    os.replace(part, path)
    return path


def _rollup_bundles(posts: int, per_post: int) -> list[Path]:
    """`posts` bundles of `per_post` changes, each exported by its own post device through
    the real export path, made by one worker process per core (each post is independent);
    kept in the cache between runs, so only missing ones are made."""
    from concurrent.futures import ProcessPoolExecutor

    folder = cache_dir() / f"rollup-{per_post}"
    folder.mkdir(exist_ok=True)
    paths = [folder / f"post{i:03d}.xlsx" for i in range(posts)]
    missing = [i for i, p in enumerate(paths) if not p.exists()]
    if missing:
        start, load = time.perf_counter(), os.getloadavg()[0]
        with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            list(
                pool.map(
                    _make_post_bundle, [folder] * len(missing), missing, [per_post] * len(missing)
                )
            )
        print(
            f"made {len(missing)} bundles of {per_post:,} changes in "
            f"{time.perf_counter() - start:.0f} s (load {load:.1f})",
            file=sys.stderr,
        )
    return paths


MERGE_CODE = """
import time, json
from pathlib import Path
from bordertrack.services.device import init_device
from bordertrack.services.import_many import import_many
from bordertrack.services.trust import read_card, trust_card
from bordertrack.store.database import Store
paths = [Path(p) for p in {paths!r}]
store = Store({db!r})
init_device(store, "coordinator", None, "national coordinator")
for p in paths:
    trust_card(store, read_card(p.with_suffix(".card")))
start, cpu = time.perf_counter(), time.process_time()
result = import_many(store, paths, batch_changes={batch}, readers={readers})
merge, merge_cpu = time.perf_counter() - start, time.process_time() - cpu
store.close()
readers = resource.getrusage(resource.RUSAGE_CHILDREN)
RESULT = {{"merge_s": merge, "merge_cpu": merge_cpu, "changes": result.total.received,
          "reader_cpu": readers.ru_utime + readers.ru_stime,
          "reader_peak_mb": readers.ru_maxrss / 1024}}
"""

OPEN_CODE = """
import time
from bench.bench_tables import measure
from pathlib import Path
RESULT = measure(Path({db!r}))
"""


def rollup(
    posts: int,
    per_post: int = CHANGES_PER_POST,
    batch: int | None = None,
    readers: int | None = None,
) -> list[dict]:
    """One coordinator merges `posts` bundles in one call of import_many, which applies them
    in transactions of about `batch` changes (its own default, chosen for memory, if None),
    with `readers` worker processes reading ahead (one per core beyond the first if None)."""
    from bordertrack.services.import_many import BATCH_CHANGES

    batch = batch or BATCH_CHANGES
    readers = (os.cpu_count() or 1) - 1 if readers is None else readers
    paths = _rollup_bundles(posts, per_post)
    read = sum(read_only(p) for p in paths[: min(len(paths), 5)]) * len(paths) / min(len(paths), 5)
    with tempfile.TemporaryDirectory(dir=cache_dir()) as tmp:
        db = str(Path(tmp) / "national.db")
        merged = _in_child(
            MERGE_CODE.format(paths=[str(p) for p in paths], db=db, batch=batch, readers=readers)
        )
        opened = _in_child(OPEN_CODE.format(db=db))
        size = Path(db).stat().st_size
    scale = posts * per_post / 10_000_000
    return [
        {
            "what": f"merge {posts} posts x {per_post:,} ({merged['changes']:,} changes)",
            "budget": 300.0 * scale,
            "seconds": merged["merge_s"],
            "read_only": read,
            "note": f"CPU {merged['merge_cpu']:.0f} s + {readers} reader(s) "
            f"{merged['reader_cpu']:.0f} s, peak {merged['peak_mb']:.0f} MB + reader "
            f"{merged['reader_peak_mb']:.0f} MB (budget 1024), db {size / 1e6:,.0f} MB, "
            f"{size / max(1, merged['changes']):.0f} B/change, batches of {batch:,} changes, "
            f"load {os.getloadavg()[0]:.1f}",
        },
        {
            "what": f"open equipment table after ({opened['rows']:,} rows)",
            "budget": 0.5,
            "seconds": opened["open_s"],
        },
    ]


def run(large: bool = False, national: bool = False) -> list[dict]:
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        rows += roundtrip(Path(tmp))
    rows += demo_and_reads("small")
    if large:
        rows += demo_and_reads("large")
    rows += rollup(500 if national else 20)
    return rows


def main(argv: list[str]) -> int:
    from bench.bench_bundle import print_rows

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", action="store_true", help="also demo --size large")
    parser.add_argument("--national", action="store_true", help="500 posts, not 20")
    parser.add_argument("--fresh", action="store_true", help="empty the cache first")
    args = parser.parse_args(argv)
    if args.fresh:
        shutil.rmtree(cache_dir())
    rows = run(args.large, args.national)
    print_rows(rows)
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} (2 cores)")
    return 2 if any(r["seconds"] > r["budget"] for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
