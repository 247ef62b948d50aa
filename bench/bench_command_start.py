"""Command start: `bordertrack list` on the small demo against a bare Python start.

The budget is four bare starts measured in the same run, so a loaded machine moves both
figures together. Each figure is the median of five runs after one warm-up.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5


def _seconds(args: list[str]) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=env)
    return time.perf_counter() - started


def _median(args: list[str]) -> float:
    _seconds(args)  # warm the OS file cache
    times = sorted(_seconds(args) for _ in range(RUNS))
    return times[len(times) // 2]


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        cli = [sys.executable, "-m", "bordertrack", "--db", str(db)]
        subprocess.run([*cli, "demo"], check=True, capture_output=True, env={
            **os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
        bare = _median([sys.executable, "-c", "pass"])
        command = _median([*cli, "list", "equipment", "--limit", "20"])
    return [
        {
            "what": f"`list` start (bare Python {bare:.2f} s; budget 4x)",
            "budget": round(4 * bare, 2),
            "seconds": command,
            "read_only": None,
        }
    ]


if __name__ == "__main__":
    for row in run():
        print(f"{row['what']:<44} {row['seconds']:6.2f} s  budget {row['budget']:.2f} s")
