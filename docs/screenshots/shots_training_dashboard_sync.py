"""Screenshots of the Dashboard, Training and Sync screens from a fresh demo database.

Run: QT_QPA_PLATFORM=offscreen python docs/screenshots/shots_training_dashboard_sync.py
Writes dashboard.png, training*.png and sync*.png next to this file, at 1366x768.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bordertrack.gui.context import AppContext  # noqa: E402
from bordertrack.gui.main_window import MainWindow  # noqa: E402
from bordertrack.gui.worker import ImmediateWorker  # noqa: E402
from bordertrack.services.demo import build_demo  # noqa: E402
from bordertrack.store.database import Store  # noqa: E402

OUT = Path(__file__).resolve().parent


def _save(window: MainWindow, name: str) -> None:
    QApplication.processEvents()
    window.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def _training(window: MainWindow) -> None:
    screen = window.show_screen("training")
    screen.sessions.table.selectRow(3)
    _save(window, "training")
    screen.focus_grid()
    grid = screen.grid
    grid.setCurrentIndex(grid.grid_model.index(0, 0))
    _save(window, "training-attendance")


def _sync(window: MainWindow) -> None:
    screen = window.show_screen("sync")
    for view in getattr(screen, "VIEWS", ()):
        screen.show_view(view)
        _save(window, f"sync-{view}")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "demo.db")
        build_demo(store)
        ctx = AppContext(store=store, worker=ImmediateWorker(), operator="demo")
        window = MainWindow(ctx)
        window.resize(1366, 768 - 60)  # the taskbar and title bar take the rest
        window.show()
        window.show_screen("dashboard")
        _save(window, "dashboard")
        _training(window)
        if "sync" in [s.key for s in window.specs]:
            _sync(window)
        window.close()
        store.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
