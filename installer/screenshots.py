"""Screenshots of every main screen in one language, for the docs and for checking that
translated text fits: `python installer/screenshots.py ru` -> docs/screenshots/ru-<screen>.png.

Uses a fresh demo database (a coordinator's device sees every screen) and the offscreen
Qt platform, at the 1366x768 of a cheap laptop.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QTabWidget  # noqa: E402

from bordertrack.app import build_window  # noqa: E402
from bordertrack.gui import translations  # noqa: E402
from bordertrack.gui.worker import ImmediateWorker  # noqa: E402
from bordertrack.services.demo import build_demo  # noqa: E402
from bordertrack.store.database import Store  # noqa: E402


def _grab_tabs(app: QApplication, window, screen, stem: Path) -> None:
    """The other tabs of a screen's first tab bar too, so every page's text is looked at."""
    tabs = screen.findChildren(QTabWidget)
    if not tabs:
        return
    for i in range(1, tabs[0].count()):
        tabs[0].setCurrentIndex(i)
        app.processEvents()
        path = stem.with_name(f"{stem.name}-tab{i}.png")
        window.grab().save(str(path))
        print(path)
    tabs[0].setCurrentIndex(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", nargs="?", default="ru")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    translations.apply_style(app)
    translations.install_translator(app, args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "demo.db")
        build_demo(store)
        store.set_setting("language", args.lang)
        window = build_window(store, "demo", ImmediateWorker())
        window.resize(1366, 740)
        window.show()
        for spec in window.specs:
            window.show_screen(spec.key)
            app.processEvents()
            path = args.out / f"{args.lang}-{spec.key}.png"
            window.grab().save(str(path))
            print(path)
            _grab_tabs(app, window, window.screen(spec.key), args.out / f"{args.lang}-{spec.key}")
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
