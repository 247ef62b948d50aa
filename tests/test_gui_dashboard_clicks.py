"""Dashboard alerts open exactly the records they count; bars name themselves and click through."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from bordertrack.gui.main_window import MainWindow
from tests.gui_support import ctx, demo_store, demo_template  # noqa: F401


def _window(qtbot, ctx):  # type: ignore[no-untyped-def]  # noqa: F811
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 738)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def test_not_verified_alert_opens_exactly_those_items(qtbot, ctx):  # noqa: F811
    window = _window(qtbot, ctx)
    dashboard = window.screen("dashboard")
    counted = dashboard.data.attention.overdue_stocktakes
    assert counted > 0
    qtbot.mouseClick(dashboard.attention_buttons["overdue_stocktakes"], Qt.MouseButton.LeftButton)
    equipment = window.stack.currentWidget()
    assert equipment is window.screen("equipment")
    assert equipment.overdue_only.isChecked()
    assert equipment.browser.model.rowCount() == counted


def test_bar_segments_have_tooltips_and_open_the_filtered_table(qtbot, ctx):  # noqa: F811
    window = _window(qtbot, ctx)
    dashboard = window.screen("dashboard")
    chart = dashboard.equipment
    chart.repaint()
    segments = [(rect, row, key) for rect, row, key in chart._hits if key]
    assert segments
    rect, row, key = segments[0]
    name, counts = chart.rows[row]
    tip = chart.tooltip_at(rect.center())
    assert name in tip and str(counts[key]) in tip.replace("\u00a0", "")
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    equipment = window.stack.currentWidget()
    assert equipment is window.screen("equipment")
    browser = equipment.browser
    assert browser.filters["post"].currentData() == chart.keys[row]
    assert browser.filters["status"].currentData() == key
    assert browser.model.rowCount() == counts[key]
    assert chart.tooltip_at(QPointF(-5, -5)) == ""


def test_every_alert_opens_exactly_the_records_it_counts(qtbot, ctx):  # noqa: F811
    """Each attention line shown: the table it opens has as many rows as the line says."""
    window = _window(qtbot, ctx)
    dashboard = window.screen("dashboard")
    opened = {
        "overdue_stocktakes": lambda: window.screen("equipment").browser.model.rowCount(),
        "late_works": lambda: window.screen("infrastructure").facilities.model.rowCount(),
        "results_missing": lambda: window.screen("training").results_missing.model.rowCount(),
        "conflicts": lambda: len(window.screen("sync").conflicts.items),
        "duplicates": lambda: len(window.screen("sync").duplicates.groups),
    }
    attention = dashboard.data.attention
    assert attention.results_missing > 0 and attention.late_works > 0
    for key, rows in opened.items():
        counted = getattr(attention, key)
        if not counted:
            continue
        qtbot.mouseClick(dashboard.attention_buttons[key], Qt.MouseButton.LeftButton)
        assert rows() == counted, key
        window.show_screen("dashboard")


def test_results_missing_opens_the_training_list_of_those_enrolments(qtbot, ctx):  # noqa: F811
    window = _window(qtbot, ctx)
    dashboard = window.screen("dashboard")
    qtbot.mouseClick(dashboard.attention_buttons["results_missing"], Qt.MouseButton.LeftButton)
    training = window.stack.currentWidget()
    assert training is window.screen("training")
    assert training.tabs.currentWidget() is training.results_missing
    model = training.results_missing.model
    result = model.columns.index("result")
    assert {model.index(r, result).data() for r in range(model.rowCount())} <= {"Pending", "", None}


def test_long_names_get_room_and_their_whole_name_in_the_tooltip(qtbot, ctx):  # noqa: F811
    window = _window(qtbot, ctx)
    window.resize(1024, 738)
    QApplication.processEvents()
    chart = window.screen("dashboard").trained
    chart.repaint()
    metrics = chart.fontMetrics()
    labels = [(rect, row) for rect, row, key in chart._hits if not key]
    assert labels
    for rect, row in labels:
        name = chart.rows[row][0]
        assert metrics.horizontalAdvance(name) <= rect.width() - 6, name  # not cut at 1024
        assert name in chart.tooltip_at(rect.center())
