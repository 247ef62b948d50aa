"""Screenshots of the real window under an X server, as the README shows them:
`xvfb-run -s "-screen 0 1366x768x24" python installer/screenshots_x11.py ru 1366x768`
-> docs/screenshots/<lang>-<resolution>-<screen>.png.

Unlike installer/screenshots.py (offscreen, the widget painted into an image), this grabs
the X screen with ImageMagick's `import`, so what the window manager and the screen size do
to the window is in the picture: a window wider than the screen shows cut off.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from bordertrack.app import build_window  # noqa: E402
from bordertrack.gui import translations  # noqa: E402
from bordertrack.gui.worker import ImmediateWorker  # noqa: E402
from bordertrack.services.demo import build_demo  # noqa: E402
from bordertrack.store.database import Store  # noqa: E402

SCREENS = {"dashboard": "dashboard", "equipment": "equipment", "training": "training",
           "stock_take": "stock-take", "sync": "sync", "settings": "settings"}  # fmt: skip


def _settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang")
    parser.add_argument("resolution", help="as 1366x768")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.resolution.split("x"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    translations.apply_style(app)
    translations.install_translator(app, args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "demo.db")
        build_demo(store)
        store.set_setting("language", args.lang)
        window = build_window(store, "demo", ImmediateWorker())
        window.setGeometry(0, 0, width, height)
        window.show()
        _settle(app)
        for key, name in SCREENS.items():
            window.show_screen(key)
            _settle(app)
            path = args.out / f"{args.lang}-{args.resolution}-{name}.png"
            subprocess.run(["import", "-window", "root", str(path)], check=True)
            print(path)
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
