"""Finding the application's resources (style, icons, translations) from source, install or frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The `resources/` folder: inside the PyInstaller bundle when frozen, else beside the package.

    A source checkout and `pip install -e .` both keep `resources/` next to `bordertrack/`;
    the frozen build copies it to `sys._MEIPASS/resources` (see build.spec).
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return _PACKAGE_DIR.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a resource, e.g. `resource_path("i18n", "bordertrack_ru.qm")`; it may not exist."""
    return resources_dir().joinpath(*parts)
