"""Every screen in Russian and Kyrgyz: no English left on screen, no text cut off."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from bordertrack.gui import translations
from bordertrack.gui.actions import ItemActionDialog
from bordertrack.gui.editor import RecordEditor
from bordertrack.gui.eliding_label import ElidingLabel
from bordertrack.gui.main_window import MainWindow
from bordertrack.gui.screens.stock_take_summary import StockTakeSummaryDialog
from bordertrack.gui.wrap_button import WrapButton
from bordertrack.i18n import catalogue
from bordertrack.services import records
from bordertrack.services.stocktake_summary import Summary
from tests.gui_support import ctx, demo_store, demo_template  # noqa: F401

ENGLISH_WORDS = re.compile(r"\b(the|and|of|to|is|not|yet|with|from|for|this|no)\b", re.I)


def _plain(text: str) -> str:
    return text.replace("&", "").strip()


def _texts(widget: QWidget) -> list[tuple[QWidget, str]]:
    out: list[tuple[QWidget, str]] = []
    if isinstance(widget, QLabel | QAbstractButton):
        out.append((widget, widget.text()))
    if isinstance(widget, QGroupBox):
        out.append((widget, widget.title()))
    if isinstance(widget, QTabWidget):
        out += [(widget, widget.tabText(i)) for i in range(widget.count())]
    return [(w, _plain(t)) for w, t in out if _plain(t)]


def _clipped(widget: QWidget, text: str) -> bool:
    """Text wider than the room it has (elided labels and wrapping buttons fit by design)."""
    if isinstance(widget, ElidingLabel | WrapButton | QGroupBox | QTabWidget):
        return False
    if isinstance(widget, QLabel) and (widget.wordWrap() or "<" in widget.text()):
        return False
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.sizeHint().width() > widget.width() + 1
    return False


def _visible_widgets(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisible()]


def _forget_old_windows(app: QApplication) -> None:
    """Earlier tests' windows have closed databases: they must not hear a language switch."""
    for widget in app.topLevelWidgets():
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _walk(window: MainWindow) -> list[QWidget]:
    seen: list[QWidget] = []
    for row in range(len(window.specs)):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        tabs = [t for t in window.stack.currentWidget().findChildren(QTabWidget) if t.isVisible()]
        for tab in tabs or [None]:
            for i in range(tab.count() if tab else 1):
                if tab:
                    tab.setCurrentIndex(i)
                    QApplication.processEvents()
                seen += _visible_widgets(window)
    return seen


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
        seen += [w for w in dialog.findChildren(QWidget) if w.isVisible()]
        if isinstance(dialog, RecordEditor):
            dialog._dirty = False
        dialog.close()
    return seen


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_no_english_and_nothing_clipped(qtbot, ctx, lang):  # noqa: F811
    app = QApplication.instance()
    english = {
        _plain(source)
        for (_context, source), translated in catalogue(lang).items()
        if _plain(source) != _plain(translated) and len(source) > 3
    }
    _forget_old_windows(app)
    assert translations.install_translator(app, lang)
    try:
        window = MainWindow(ctx)  # deleted below, before its database closes
        window.resize(1366, 738)
        window.show()
        qtbot.waitExposed(window)
        english_left, clipped = set(), set()
        for widget in _walk(window) + _dialogs(window, ctx):
            for owner, text in _texts(widget):
                if "/" in text or "\\" in text:
                    continue  # a file path is the person's own words
                if text in english or (ENGLISH_WORDS.search(text) and text.isascii()):
                    english_left.add((type(owner).__name__, owner.objectName(), text))
                if _clipped(owner, text):
                    clipped.add((type(owner).__name__, text, owner.width()))
        assert not english_left, sorted(english_left)[:20]
        assert not clipped, sorted(clipped)[:20]
    finally:
        for widget in app.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        translations.install_translator(app, "en")


def test_backups_listed_in_local_time_in_words(qtbot, ctx):  # noqa: F811
    from bordertrack.gui.screens.settings import SettingsScreen
    from bordertrack.services import backup

    app = QApplication.instance()
    backup.create_backup(ctx.store, "manual")
    _forget_old_windows(app)
    assert translations.install_translator(app, "ru")
    try:
        screen = SettingsScreen(ctx)
        text = screen.backup_list.item(0).text()
        assert "сделана вручную" in text and "T" not in text and "manual" not in text
        assert re.search(r"\d+ [а-я]+ \d{4}, \d\d:\d\d", text), text
        screen.deleteLater()
    finally:
        translations.install_translator(app, "en")
