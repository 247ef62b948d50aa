"""Sync budgets: export (10 s) and import (5 s) of 100,000 changes, and a coordinator merging
50 bundles of 2,000 changes (10 s), beside the time to merely read the same workbooks.

Run with `python -m bench` (all benchmarks) or `python -m bench.bench_sync [--runs N]`, which
repeats the import N times into fresh coordinators and reports the median, the best run and
the machine's load average (other processes on this 2-core machine slow every figure down).
Figures and history: docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from bordertrack.services.bulk import ChangeBuilder
from bordertrack.services.device import init_device
from bordertrack.services.import_many import import_many
from bordertrack.services.sync import export_bundle, import_bundle
from bordertrack.services.trust import my_card, trust_card
from bordertrack.store.apply import apply_changes
from bordertrack.store.database import Store

ITEM = {
    "serial": "SN",
    "category": "radio",
    "model": "RAD-DP4",
    "project": "BOMCA10",
    "value": 610,
    "received_date": "2025-05-01",
    "status": "in_service",
    "notes": "Delivered with charger",
}


def _post_with_changes(folder: Path, name: str, post: str, count: int, seed: int) -> Store:
    """A post device holding `count` changes of its own, loaded through the import path."""
    store = Store(folder / f"{name}.db")
    init_device(store, "post", post, name)
    me = store.device["id"]
    b = ChangeBuilder(random.Random(seed), 1_760_000_000_000)
    n = 0
    while len(b.changes) < count:
        b.create(me, "equipment", {"asset_tag": f"{post}-{n:06d}", "post": post, **ITEM})
        n += 1
    changes = b.take()[:count]
    with store.transaction() as conn:
        store.clock.observe(apply_changes(conn, changes).max_hlc)
    return store


def _coordinator(folder: Path, senders: list[Store], name: str = "coordinator") -> Store:
    store = Store(folder / f"{name}.db")
    init_device(store, "coordinator", None, "coordinator")
    for s in senders:
        trust_card(store, my_card(s))
    return store


def _timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _read_only(path: Path) -> float:
    from python_calamine import CalamineWorkbook

    start = time.perf_counter()
    wb = CalamineWorkbook.from_path(str(path))
    for name in wb.sheet_names:
        wb.get_sheet_by_name(name).to_python()
    return time.perf_counter() - start


def _imports(folder: Path, post: Store, path: Path, runs: int) -> tuple[list[float], object]:
    """Import `path` `runs` times, each into a fresh coordinator that trusts `post`."""
    times, report = [], None
    for i in range(runs):
        coord = _coordinator(folder, [post], f"coordinator{i}")
        seconds, report = _timed(lambda c=coord: import_bundle(c, path))
        times.append(seconds)
        coord.close()
    return times, report


def run(runs: int = 1) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        post = _post_with_changes(folder, "Dostuk laptop", "DOS", 100_000, 1)
        out = folder / "big.xlsx"
        t_export, result = _timed(lambda: export_bundle(post, out, full=True))
        t_read = _read_only(out)
        load = os.getloadavg()[0]
        times, report = _imports(folder, post, out, runs)
        t_import = statistics.median(times)
        rows.append(
            {
                "what": f"export {result.changes:,} changes",
                "budget": 10.0,
                "seconds": t_export,
                "read_only": t_read,
            }
        )
        rows.append(
            {
                "what": f"import {report.received:,} changes (end to end)",
                "budget": 5.0,
                "seconds": t_import,
                "read_only": t_read,
                "best": min(times),
                "runs": len(times),
                "load": load,
            }
        )
        posts = [
            _post_with_changes(folder, f"post{i}", f"P{i:02d}", 2_000, 100 + i) for i in range(50)
        ]
        hub = Store(folder / "hub.db")
        init_device(hub, "coordinator", None, "hub")
        for p in posts:
            trust_card(hub, my_card(p))
        paths = []
        for i, p in enumerate(posts):
            path = folder / f"b{i}.xlsx"
            export_bundle(p, path, full=True)
            paths.append(path)
        t_read50 = sum(_read_only(p) for p in paths)
        t_merge, _ = _timed(lambda: import_many(hub, paths))
        rows.append(
            {
                "what": "merge 50 bundles x 2,000 changes",
                "budget": 10.0,
                "seconds": t_merge,
                "read_only": t_read50,
            }
        )
        for s in [post, hub, *posts]:
            s.close()
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="imports to time (median shown)")
    args = parser.parse_args(argv)
    rows = run(args.runs)
    for row in rows:
        ratio = row["seconds"] / row["read_only"] if row.get("read_only") else float("nan")
        extra = (
            f"  best {row['best']:.2f} s of {row['runs']}, load {row['load']:.2f}"
            if "runs" in row
            else ""
        )
        print(
            f"{row['what']:<40} {row['seconds']:7.2f} s  budget {row['budget']:5.1f} s  "
            f"read-only {row['read_only']:6.2f} s  x{ratio:4.1f}{extra}"
        )
    return 2 if any(r["seconds"] > r["budget"] for r in rows) else 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
