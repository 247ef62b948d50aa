"""Cold start to a usable main window (budget: 2 s), measured in a fresh process.

The clock starts before the interpreter does (it includes importing Qt and the app) and
stops when the main window has been shown and has processed its first events; the
integrity check and the dashboard's figures then run in the background, as in the app. Uses the
large demo database when BORDERTRACK_BENCH_DB names one, else a small demo made here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import sys
from PySide6.QtWidgets import QApplication
from bordertrack.app import apply_style, build_window, check_in_background, open_store
app = QApplication(sys.argv[:1])
apply_style(app)
window = build_window(open_store(__import__('pathlib').Path(sys.argv[1]), check=False))
window.show()
check_in_background(window)
app.processEvents()
print('ready', flush=True)
sys.stdin.readline()
"""


def _demo(folder: Path) -> Path:
    from bordertrack.services.demo import build_demo
    from bordertrack.store.database import Store

    path = folder / "demo.db"
    store = Store(path)
    build_demo(store)
    store.close()
    return path


def _start(db: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    line = proc.stdout.readline() if proc.stdout else ""
    elapsed = time.perf_counter() - started  # the window is up; what runs after is background
    proc.kill()
    proc.wait()
    if "ready" not in line:
        raise RuntimeError("the application did not start; run it by hand to see why")
    return elapsed


def run(runs: int = 3) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(os.environ.get("BORDERTRACK_BENCH_DB") or _demo(Path(tmp)))
        _start(db)  # the first start warms the OS file cache, as a second launch would
        times = sorted(_start(db) for _ in range(runs))
    size = "large demo" if os.environ.get("BORDERTRACK_BENCH_DB") else "small demo"
    return [
        {
            "what": f"cold start to main window ({size})",
            "budget": 2.0,
            "seconds": times[len(times) // 2],
            "read_only": None,
        }
    ]


if __name__ == "__main__":
    for row in run():
        print(f"{row['what']:<44} {row['seconds']:6.2f} s  budget {row['budget']:.1f} s")
