"""Table budgets: the 200,000-item equipment table opens in under 0.5 s and
filters by text in under 0.2 s, measured on the real lazy model over `demo --size large`.

Run `python -m bench.bench_tables [path-to-large.db]` (default: the large demo that
`python -m bench --large` keeps in the bench cache, else /tmp/large.db). The file is
copied to a temporary folder first, so the original is never written.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def measure(db: Path) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from bordertrack.gui.context import AppContext
    from bordertrack.gui.table_view import EntityBrowser
    from bordertrack.gui.worker import ImmediateWorker
    from bordertrack.store.database import Store

    app = QApplication.instance() or QApplication([])
    store = Store(db, check=False)
    ctx = AppContext(store=store, worker=ImmediateWorker())
    figures: dict[str, float] = {}
    holder: list[EntityBrowser] = []

    def open_table() -> None:
        browser = EntityBrowser(ctx, "equipment")
        browser.resize(1300, 600)
        browser.show()
        app.processEvents()
        holder.append(browser)

    figures["open_s"] = _timed(open_table)
    browser = holder[0]
    figures["rows"] = browser.model.rowCount()
    for text in ("DOS-0123", "camera", "zzz-no-match"):
        browser.search.setText(text)
        figures[f"filter_{text}_s"] = _timed(lambda: (browser.apply_search(), app.processEvents()))
    browser.search.setText("")
    browser.apply_search()
    col = browser.model.columns.index("value")
    figures["sort_value_s"] = _timed(
        lambda: (browser.table.sortByColumn(col, Qt.SortOrder.DescendingOrder), app.processEvents())
    )
    figures["scroll_end_s"] = _timed(lambda: (browser.table.scrollToBottom(), app.processEvents()))
    store.close()
    return figures


def main(argv: list[str]) -> int:
    from bench.bench_scale import cache_dir

    cached = cache_dir() / "demo-large.db"  # made by `python -m bench --large`
    source = Path(argv[0]) if argv else (cached if cached.exists() else Path("/tmp/large.db"))
    if not source.exists():
        print(
            f"{source} not found; make it with: python -m bordertrack --db {source} demo --size large"
        )
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "large.db"
        shutil.copy(source, copy)
        figures = measure(copy)
    for name, value in figures.items():
        print(f"{name:28} {value:10.3f}")
    budget_ok = figures["open_s"] < 0.5 and all(
        v < 0.2 for k, v in figures.items() if k.startswith("filter_")
    )
    print("within budget" if budget_ok else "OVER BUDGET")
    return 0 if budget_ok else 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
