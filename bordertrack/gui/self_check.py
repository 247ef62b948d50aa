"""The GUI half of `bordertrack self-check --gui`: Qt starts, the style, icon and translations
load, and the main window opens with its screens on a throw-away device database.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bordertrack.services.self_check import CheckResult, SelfCheckFailed


def run_gui_check() -> list[CheckResult]:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from bordertrack.gui import translations

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    # Qt's own warnings (the offscreen platform's size hints) are not the check's findings.
    qInstallMessageHandler(lambda *_: None)
    results = [CheckResult("qt", f"PySide6 {pyside_version} on platform '{app.platformName()}'")]
    translations.apply_style(app)
    if app.windowIcon().isNull() or not app.styleSheet():
        raise SelfCheckFailed("look", "the style sheet or the icon did not load")
    results.append(CheckResult("look", "style sheet and application icon loaded"))
    words = []
    for lang in ("ru", "ky"):
        if not translations.install_translator(app, lang):
            raise SelfCheckFailed("languages", f"the {lang} catalogue did not load")
        words.append(QCoreApplication.translate("screens", "Equipment"))
    results.append(CheckResult("languages", f"Russian and Kyrgyz load: {' / '.join(words)}"))
    translations.install_translator(app, "ru")
    with tempfile.TemporaryDirectory(prefix="bordertrack-gui-") as tmp:
        shown, missing = _open_window(Path(tmp))
    translations.install_translator(app, "en")
    detail = f"main window opened with {len(shown)} screens: {', '.join(shown)}"
    if missing:
        detail += f" (not in this build: {', '.join(missing)})"
    results.append(CheckResult("window", detail))
    return results


def _open_window(folder: Path) -> tuple[list[str], list[str]]:
    """Open a coordinator's window (every screen) and build each screen once."""
    from bordertrack.gui.app import build_window
    from bordertrack.gui.screens import SCREENS
    from bordertrack.gui.worker import ImmediateWorker
    from bordertrack.services.device import init_device
    from bordertrack.store.database import Store

    store = Store(folder / "gui-check.db")
    try:
        init_device(store, "coordinator", None, "self-check")
        window = build_window(store, "self-check", ImmediateWorker())
        window.show()
        shown = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
        for spec in window.specs:
            window.screen(spec.key)
        keys = {s.key for s in window.specs}
        missing = [s.key for s in SCREENS if s.key not in keys]
        window.close()
        window.deleteLater()
    finally:
        store.close()
    if not shown:
        raise SelfCheckFailed("window", "the main window has no screens")
    return shown, missing
