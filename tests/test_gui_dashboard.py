"""The Dashboard through its widgets: figures shown, attention lines open their screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bordertrack.gui.main_window import MainWindow
from bordertrack.gui.screens.dashboard import DashboardScreen
from bordertrack.services import records
from tests.gui_support import ctx, demo_store, demo_template  # noqa: F401


def test_dashboard_shows_the_demo_figures(qtbot, ctx):  # noqa: F811
    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1140, 690)
    screen.show()
    assert screen.data is not None
    total = sum(screen.equipment.total(row) for _name, row in screen.equipment.rows)
    assert total == 600
    assert len(screen.equipment.rows) == 12
    assert "In service" in [s.label for s in screen.equipment.series]
    assert screen.trained.rows, "the demo has people who completed a course this year"
    assert "average" in screen.progress.text
    overdue = screen.attention_buttons["overdue_stocktakes"]
    assert overdue.isVisible() and "not verified for over 12 months" in overdue.text()
    assert not screen.attention_buttons["conflicts"].isVisible()


def test_choosing_a_year_recomputes_people_trained(qtbot, ctx):  # noqa: F811
    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    years = [screen.year_box.itemData(i) for i in range(screen.year_box.count())]
    assert 2024 in years
    this_year = {name: dict(c) for name, c in screen.trained.rows}
    screen.year_box.setCurrentIndex(years.index(2024))
    screen.year_box.activated.emit(years.index(2024))
    assert screen.data.year == 2024
    assert "2024" in screen.boxes[1].title()
    assert {name: dict(c) for name, c in screen.trained.rows} != this_year


def test_data_change_updates_the_attention_list(qtbot, ctx):  # noqa: F811
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    screen = window.screen("dashboard")
    before = screen.data.attention.late_works
    records.create(
        ctx.store,
        "facility",
        {
            "name": "Late fence",
            "post": "DOS",
            "type": "fence",
            "status": "under_construction",
            "planned_end": "2020-01-01",
        },
    )
    ctx.changed("facility")
    assert screen.data.attention.late_works == before + 1
    with qtbot.waitSignal(screen.open_requested) as opened:
        qtbot.mouseClick(screen.attention_buttons["late_works"], Qt.MouseButton.LeftButton)
    assert opened.args == ["infrastructure", "late"]


def test_conflict_line_opens_the_sync_screens_conflicts(qtbot, ctx):  # noqa: F811
    rid = records.list_records(ctx.store, "agency", limit=1)[0]["id"]
    ctx.store.conn.execute(
        "INSERT INTO conflicts (id, entity, record_id, field, kind, winner, winner_value, "
        "winner_hlc, loser, loser_value, loser_hlc) "
        "VALUES ('c1', 'agency', ?, 'name', 'edit', 'x:1', 'A', 1, 'y:1', 'B', 1)",
        (rid,),
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    screen = window.screen("dashboard")
    button = screen.attention_buttons["conflicts"]
    assert button.isVisible() and button.text().startswith("⚠ 1 conflicts")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    sync_screen = window.stack.currentWidget()
    assert sync_screen is window.screen("sync")
    assert sync_screen.tabs.currentWidget() is sync_screen.conflicts
    assert sync_screen.conflicts.list.count() == 1


def test_late_works_line_opens_infrastructure_filtered(qtbot, ctx):  # noqa: F811
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    button = window.screen("dashboard").attention_buttons["late_works"]
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    infra = window.stack.currentWidget()
    assert infra is window.screen("infrastructure") and infra.late_only.isChecked()
    model = infra.facilities.model
    assert (
        0
        < model.rowCount()
        < ctx.store.conn.execute("SELECT count(*) FROM facility WHERE _deleted = 0").fetchone()[0]
    )
