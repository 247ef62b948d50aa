"""Run every bench/bench_*.py and print one table: measured seconds beside its budget
(docs/performance.md).

A module that offers `run() -> list[dict]` (what, budget, seconds, read_only) joins the
table; one that only has `main(argv)` prints its own figures. `python -m bench`.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from bench.bench_bundle import print_rows


def main(argv: list[str]) -> int:
    rows: list[dict] = []
    status = 0
    for path in sorted(Path(__file__).parent.glob("bench_*.py")):
        module = importlib.import_module(f"bench.{path.stem}")
        print(f"running {path.stem}...", file=sys.stderr, flush=True)
        if hasattr(module, "run"):
            rows += module.run()
        elif hasattr(module, "main"):
            print(f"--- {path.stem}")
            status = max(status, module.main([]) or 0)
    print()
    print_rows(rows)
    over = [r for r in rows if r["seconds"] > r["budget"]]
    return 2 if over else status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
