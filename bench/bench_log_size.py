"""Bytes a change costs on disk, the change log with its indexes, against the 120 B budget.

Builds a demo database (the small one; `--tenth` a tenth of the large one, about 700,000
changes) and sums SQLite's `dbstat` pages of the log's tables and indexes. Run
`python -m bench.bench_log_size`; `python -m bench` shows its row beside the others.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

BUDGET = 120.0
# Everything that exists for the log: the compact table, its indexes, the numbering tables.
LOG_PARTS = ("change_log", "idx_change_log", "log_", "changes", "idx_changes")


def log_bytes(path: Path) -> tuple[int, dict[str, int], int]:
    """(changes, bytes of each log part, bytes of the whole file) by dbstat."""
    conn = sqlite3.connect(path)
    try:
        changes = conn.execute("SELECT count(*) FROM changes").fetchone()[0]
        sizes = dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"))
    finally:
        conn.close()
    parts = {n: s for n, s in sizes.items() if n.startswith(LOG_PARTS)}
    return changes, parts, sum(sizes.values())


def build(path: Path, tenth: bool = False) -> None:
    from bordertrack.services import demo
    from bordertrack.store.database import Store

    size = "small"
    if tenth:
        size = "tenth"
        demo.SIZES[size] = {k: v // 10 for k, v in demo.SIZES["large"].items()}
    with Store(path) as store:
        demo.build_demo(store, size=size)


def measure(tenth: bool = False) -> tuple[int, dict[str, int], int]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.db"
        build(path, tenth)
        return log_bytes(path)


def row(changes: int, parts: dict[str, int], whole: int) -> dict:
    log = sum(parts.values())
    top = sorted(parts.items(), key=lambda p: -p[1])[:4]
    detail = ", ".join(f"{n} {s / changes:.0f}" for n, s in top)
    return {
        "what": f"log bytes per change (B, not s; {changes:,})",
        "budget": BUDGET,
        "seconds": log / changes,
        "note": f"{detail}; whole file {whole / changes:.0f} B/change",
    }


def run() -> list[dict]:
    return [row(*measure())]


def main(argv: list[str]) -> int:
    from bench.bench_bundle import print_rows

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tenth", action="store_true", help="a tenth of the large demo")
    parser.add_argument("--db", type=Path, help="measure this database instead of a demo")
    args = parser.parse_args(argv)
    measured = log_bytes(args.db) if args.db else measure(args.tenth)
    changes, parts, whole = measured
    for name, size in sorted(parts.items(), key=lambda p: -p[1]):
        print(f"{name:<28} {size / changes:7.1f} B/change")
    rows = [row(*measured)]
    print_rows(rows)
    return 2 if rows[0]["seconds"] > BUDGET else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
