"""Every screen in Russian and Kyrgyz: no English left on screen, no text cut off.

The dialogs are walked in tests/test_gui_language_dialogs.py; tests/language_walk.py says
what counts as English and as clipped.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from bordertrack.gui.actions import ItemActionDialog
from bordertrack.gui.editor import RecordEditor
from bordertrack.gui.main_window import MainWindow
from bordertrack.gui.screens.stock_take_summary import StockTakeSummaryDialog
from bordertrack.services import records
from bordertrack.services.stocktake_summary import Summary
from tests.gui_support import ctx, demo_store, demo_template  # noqa: F401
from tests.language_walk import english_sources, in_language, problems, visible


def _walk(window: MainWindow, english: set[str], data: tuple[str, ...]) -> tuple[set, set]:
    """Every screen and every tab of it, read while it is the one shown."""
    english_left, clipped = set(), set()
    for row, spec in enumerate(window.specs):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        tabs = [t for t in window.stack.currentWidget().findChildren(QTabWidget) if t.isVisible()]
        for tab in tabs or [None]:
            for i in range(tab.count() if tab else 1):
                if tab:
                    tab.setCurrentIndex(i)
                    QApplication.processEvents()
                left, cut = problems(visible(window), english, f"{spec.key}/{i}", data)
                english_left |= left
                clipped |= cut
    return english_left, clipped


def _dialogs(window: MainWindow, context) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The dialogs a person meets most: an editor, Mark status, the stock-take summary."""
    item = records.list_records(context.store, "equipment", limit=2)
    dialogs: list[QWidget] = [
        RecordEditor(context, "equipment", item[0]["id"], parent=window),
        RecordEditor(context, "person", None, parent=window),
        ItemActionDialog(context, [i["id"] for i in item], "mark", window),
        StockTakeSummaryDialog(Summary(found=["KG-1 — Radio"], unknown=["X-1"]), window),
    ]
    seen: list[QWidget] = []
    for dialog in dialogs:
        dialog.show()
        QApplication.processEvents()
        seen += visible(dialog)
        if isinstance(dialog, RecordEditor):
            dialog._dirty = False
        dialog.close()
    return seen


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_no_english_and_nothing_clipped(qtbot, ctx, lang):  # noqa: F811
    with in_language(lang):
        window = MainWindow(ctx)  # deleted on leaving, before its database closes
        window.resize(1366, 738)
        window.show()
        qtbot.waitExposed(window)
        english = english_sources(lang)
        data = (ctx.store.device["name"],)
        english_left, clipped = _walk(window, english, data)
        left, cut = problems(_dialogs(window, ctx), english, "dialogs", data)
        english_left |= left
        clipped |= cut
        assert not english_left, sorted(english_left)[:20]
        assert not clipped, sorted(clipped)[:20]


def test_backups_listed_in_local_time_in_words(qtbot, ctx):  # noqa: F811
    from bordertrack.gui.screens.settings import SettingsScreen
    from bordertrack.services import backup

    backup.create_backup(ctx.store, "manual")
    with in_language("ru"):
        screen = SettingsScreen(ctx)
        text = screen.backup_list.item(0).text()
        assert "сделана вручную" in text and "T" not in text and "manual" not in text
        assert re.search(r"\d+ [а-я]+ \d{4}, \d\d:\d\d", text), text
        screen.deleteLater()


def test_damaged_database_offers_the_backup_in_local_time_in_words(qtbot, ctx):  # noqa: F811
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from bordertrack.domain.errors import BorderTrackError
    from bordertrack.gui.app import offer_newest_backup
    from bordertrack.services import backup

    backup.create_backup(ctx.store, "manual")
    seen: list[str] = []

    def read() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.reject()

    with in_language("ru"):
        QTimer.singleShot(0, read)
        assert not offer_newest_backup(None, BorderTrackError("x"), ctx.store.path, ctx.store)
    assert seen and "сделана вручную" in seen[0] and "manual" not in seen[0]
    assert re.search(r"\d+ [а-я]+ \d{4}, \d\d:\d\d", seen[0]), seen[0]
