"""Every screen fits a 1024×768 laptop in every language, with its main buttons on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from bordertrack.gui.main_window import MainWindow
from tests.gui_support import ctx, demo_store, demo_template  # noqa: F401
from tests.language_walk import in_language

# A 1024×768 screen; the window gets what is left under a title bar and above a task bar.
WIDTH, HEIGHT = 1024, 768 - 70

# screen key -> the buttons a person must always be able to reach without scrolling
PRIMARY = {
    "equipment": ("browser.new_button", "browser.export_button", "mark_button", "import_button"),
    "stock_take": ("record_button", "restart_button"),
    "handover": ("browser.export_button",),
    "training": ("sessions.new_button", "enrolment.enrol_button"),
    "infrastructure": ("facilities.export_button", "inspect_button"),
    "people": ("browsers.person.new_button", "browsers.person.export_button"),
    "sync": ("exchange.export_button", "exchange.apply_button", "exchange.open_button"),
    "settings": ("language",),
}


def _attr(root: object, path: str) -> QWidget:
    obj = root
    for part in path.split("."):
        obj = obj[part] if isinstance(obj, dict) else getattr(obj, part)
    assert isinstance(obj, QWidget)
    return obj


@pytest.fixture(params=["en", "ru", "ky"])
def language(request, qtbot):  # type: ignore[no-untyped-def]
    with in_language(request.param):  # no window outlives its database, before or after
        yield request.param


def test_every_screen_fits_1024x768(qtbot, ctx, language):  # noqa: F811
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    for row, spec in enumerate(window.specs):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        screen = window.screens[spec.key]
        need = window.minimumSizeHint()
        assert need.width() <= WIDTH and need.height() <= HEIGHT, (language, spec.key, need)
        assert window.width() <= WIDTH, (language, spec.key, "window was pushed wider")
        viewport = window.scroller.viewport().size()
        hint = screen.minimumSizeHint()
        assert hint.width() <= viewport.width(), (language, spec.key, hint, viewport)
        assert hint.height() <= HEIGHT - 60, (language, spec.key, hint)
        for path in PRIMARY.get(spec.key, ()):
            button = _attr(screen, path)
            assert button.isVisible(), (language, spec.key, path)
            top_left = button.mapTo(window, button.rect().topLeft())
            where = QRect(top_left, button.size())
            assert window.rect().contains(where), (language, spec.key, path, where)


def test_equipment_shows_status_and_holder_at_the_left(qtbot, ctx, language):  # noqa: F811
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    screen = window.show_screen("equipment")
    QApplication.processEvents()
    table = screen.browser.table
    columns = screen.browser.model.columns
    for name in ("status", "holder"):
        col = columns.index(name)
        assert col < 4, (name, columns)
        right = table.columnViewportPosition(col) + table.columnWidth(col)
        assert right <= table.viewport().width(), (language, name, right)


def test_sidebar_is_no_wider_than_its_titles_need(qtbot, ctx, language):  # noqa: F811
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    metrics = window.sidebar.fontMetrics()
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    widest_word = max(metrics.horizontalAdvance(w) for t in titles for w in t.split())
    assert window.sidebar.width() <= max(200, widest_word + 60)
    for i in range(window.sidebar.count()):
        assert titles[i] in window.sidebar.item(i).toolTip()
