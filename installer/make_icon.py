"""Render the application icon from resources/icons/bordertrack.svg to PNG sizes and a Windows .ico.

Run after editing the SVG: `python installer/make_icon.py`. The outputs are committed so a
build needs neither Qt's SVG plugin nor Pillow.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int, renderer: QSvgRenderer) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "bordertrack.svg"))
    if not renderer.isValid():
        print("bordertrack.svg could not be read", file=sys.stderr)
        return 1
    for size in SIZES:
        render(size, renderer).save(str(ICONS / f"bordertrack-{size}.png"))
    from PIL import Image

    big = Image.open(ICONS / "bordertrack-256.png")
    big.save(ICONS / "bordertrack.ico", sizes=[(s, s) for s in SIZES])
    print(f"wrote {len(SIZES)} PNG sizes and bordertrack.ico to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
