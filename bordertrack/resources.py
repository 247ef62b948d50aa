"""Finding the application's resources (style, icons, translations) from source, install or frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The `resources/` folder: inside the PyInstaller bundle when frozen, inside the package
    when installed from a wheel, else beside the package.

    A source checkout and `pip install -e .` both keep `resources/` next to `bordertrack/`;
    a wheel carries a copy as `bordertrack/_resources` (see setup.py); the frozen build
    copies it to `sys._MEIPASS/resources` (see build.spec).
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    installed = _PACKAGE_DIR / "_resources"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a resource, e.g. `resource_path("i18n", "bordertrack_ru.qm")`; it may not exist."""
    return resources_dir().joinpath(*parts)
