"""Screenshots of every screen, taken offscreen from a fresh demo database.

Run `python docs/screenshots/make_screenshots.py`; images land beside this script.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

HERE = Path(__file__).resolve().parent


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from bordertrack.gui.context import AppContext
    from bordertrack.gui.editor import RecordEditor
    from bordertrack.gui.main_window import MainWindow
    from bordertrack.gui.worker import ImmediateWorker
    from bordertrack.services import records
    from bordertrack.services.demo import build_demo
    from bordertrack.services.device import init_device
    from bordertrack.store.database import Store

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        shots: list[tuple[str, object]] = []
        coordinator = Store(Path(tmp) / "demo.db")
        build_demo(coordinator)
        post = Store(Path(tmp) / "post.db")
        build_demo(post)
        post.conn.execute("DELETE FROM device")
        post.forget_device_cache()
        init_device(post, "post", "DOS", "Dostuk laptop")
        for store, prefix in ((post, "post"), (coordinator, "coordinator")):
            ctx = AppContext(store=store, worker=ImmediateWorker(), operator="A. Officer")
            window = MainWindow(ctx)
            window.resize(1366, 740)
            window.show()
            for row, spec in enumerate(window.specs):
                window.sidebar.setCurrentRow(row)
                app.processEvents()
                if prefix == "post" or spec.key not in _POST_KEYS:
                    shots.append((f"{prefix}-{spec.key}", window.grab()))
            if prefix == "post":
                item = records.list_records(store, "equipment", {"post": "DOS"}, limit=1)[0]
                editor = RecordEditor(ctx, "equipment", item["id"])
                editor.show()
                app.processEvents()
                shots.append(("post-equipment-editor", editor.grab()))
                editor.close()
        for name, pixmap in shots:
            pixmap.save(str(HERE / f"{name}.png"))  # type: ignore[attr-defined]
            print(HERE / f"{name}.png")
        coordinator.close()
        post.close()
    return 0


_POST_KEYS = ("equipment", "stock_take", "handover", "infrastructure", "people", "settings")

if __name__ == "__main__":
    raise SystemExit(main())
