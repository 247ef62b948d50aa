"""Vocabulary drop-downs follow a language switch made while the screen is open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from bordertrack.gui import translations
from bordertrack.gui.table_view import EntityBrowser
from tests.gui_support import ctx, demo_store, demo_template  # noqa: F401


def test_status_filter_items_are_translated_at_runtime(qtbot, ctx):  # noqa: F811
    app = QApplication.instance()
    translations.install_translator(app, "en")
    browser = EntityBrowser(ctx, "equipment")
    qtbot.addWidget(browser)
    combo = browser.filters["status"]
    index = combo.findData("under_repair")
    assert combo.itemText(index) == "Under repair"
    combo.setCurrentIndex(index)
    try:
        translations.install_translator(app, "ru")
        wanted = QCoreApplication.translate("vocab", "Under repair")
        assert wanted != "Under repair"
        qtbot.waitUntil(lambda: combo.itemText(index) == wanted)
        assert combo.currentData() == "under_repair", "the chosen filter survives the switch"
    finally:
        translations.install_translator(app, "en")
