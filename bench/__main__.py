"""Run every bench/bench_*.py and print one table: measured seconds beside its budget
(docs/performance.md), beside the bare calamine read of the same workbook, with the machine's load average.

A module that offers `run() -> list[dict]` (what, budget, seconds, read_only) joins the
table; one that only has `main(argv)` prints its own figures. `python -m bench`;
`--large` and `--national` pass on to bench_scale (demo --size large, 500-post roll-up).
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

from bench.bench_bundle import print_rows


def main(argv: list[str]) -> int:
    rows: list[dict] = []
    status = 0
    load_before = os.getloadavg()
    for path in sorted(Path(__file__).parent.glob("bench_*.py")):
        module = importlib.import_module(f"bench.{path.stem}")
        print(f"running {path.stem}...", file=sys.stderr, flush=True)
        if path.stem == "bench_scale":
            rows += module.run(large="--large" in argv, national="--national" in argv)
        elif hasattr(module, "run"):
            rows += module.run()
        elif hasattr(module, "main"):
            print(f"--- {path.stem}")
            status = max(status, module.main([]) or 0)
    print()
    print_rows(rows)
    after = os.getloadavg()
    print(
        f"load average (1, 5, 15 min) at start {load_before[0]:.2f} {load_before[1]:.2f} "
        f"{load_before[2]:.2f}, at end {after[0]:.2f} {after[1]:.2f} {after[2]:.2f}; "
        f"{os.cpu_count()} cores"
    )
    over = [r for r in rows if r["seconds"] > r["budget"]]
    return 2 if over else status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
