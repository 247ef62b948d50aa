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


def _post_round(coord: Store, tmp: Path) -> Path:
    """A post laptop swaps bundles with the coordinator: one conflict, one duplicate, and a
    second bundle left for the import preview."""
    from bordertrack.services import records, sync, trust
    from bordertrack.services.device import init_device

    post = Store(tmp / "post.db")
    init_device(post, "post", "DOS", "Dostuk laptop")
    trust.trust_card(coord, trust.my_card(post))
    trust.trust_card(post, trust.my_card(coord))
    sync.export_bundle(coord, tmp / "to-post.xlsx", to=post.device["id"])
    sync.import_bundle(post, tmp / "to-post.xlsx")
    item = records.list_records(post, "equipment", {"post": "DOS"}, limit=1)[0]["id"]
    records.update(post, "equipment", item, {"notes": "Antenna replaced on site"})
    records.update(coord, "equipment", item, {"notes": "Sent for repair to Bishkek"})
    known = records.list_records(coord, "person", {"post": "KRS"}, limit=1)[0]
    records.create(
        post, "person", {"full_name": known["full_name"], "sex": known["sex"],
                         "service_number": known["service_number"], "rank": "Lieutenant"},
    )  # fmt: skip
    sync.export_bundle(post, tmp / "from-post-1.xlsx", to=coord.device["id"])
    sync.import_bundle(coord, tmp / "from-post-1.xlsx")
    records.create(post, "equipment", {"asset_tag": "DOS-NEW-1", "category": "radio"})
    sync.export_bundle(post, tmp / "from-post-2.xlsx", to=coord.device["id"])
    post.close()
    return tmp / "from-post-2.xlsx"


def _sync(window: MainWindow, bundle: Path) -> None:
    screen = window.show_screen("sync")
    screen.exchange.preview(bundle)
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
        bundle = _post_round(store, Path(tmp))
        ctx.changed("")
        if "sync" in [s.key for s in window.specs]:
            _sync(window, bundle)
        window.close()
        store.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
