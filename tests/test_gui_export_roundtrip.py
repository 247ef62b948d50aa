"""The app's own Excel export of a table re-imports through register import with no change."""

from __future__ import annotations

import openpyxl

from bordertrack.gui.screens.equipment import EquipmentScreen
from bordertrack.gui.screens.people import PeopleScreen
from bordertrack.services.register_import.apply import preview_register
from bordertrack.services.register_import.preview import UNCHANGED
from tests.gui_support import ctx, demo_store, demo_template  # noqa: F401


def test_equipment_export_reimports_with_zero_changes(qtbot, ctx, tmp_path):  # noqa: F811
    screen = EquipmentScreen(ctx)
    qtbot.addWidget(screen)
    browser = screen.browser
    browser.set_columns([f.name for f in browser.entity.fields if f.name != "handover_act"])
    path = tmp_path / "equipment.xlsx"
    browser.export_to(path)
    ws = openpyxl.load_workbook(path).active
    header = [c.value for c in ws[1]]
    holder_col = header.index("Holder")
    holders = [r[holder_col] for r in ws.iter_rows(min_row=2, values_only=True) if r[holder_col]]
    assert holders, "the demo register has items with holders"
    numbers = {r[0] for r in ctx.store.conn.execute("SELECT service_number FROM person")}
    assert set(holders) <= numbers, "holders are written by service number"

    plan = preview_register(ctx.store, path, "equipment")
    counts = plan.counts()
    assert counts[UNCHANGED] == browser.model.rowCount() > 0, (
        counts,
        [(r.row, r.action, r.values, r.problems) for r in plan.rows if r.action != UNCHANGED][:3],
    )
    assert not any(r.warnings for r in plan.rows)


def test_people_export_reimports_with_zero_changes(qtbot, ctx, tmp_path):  # noqa: F811
    screen = PeopleScreen(ctx)
    qtbot.addWidget(screen)
    browser = screen.browsers["person"]
    browser.set_columns([f.name for f in browser.entity.fields])
    path = tmp_path / "people.xlsx"
    browser.export_to(path)
    plan = preview_register(ctx.store, path, "person")
    assert plan.counts()[UNCHANGED] == browser.model.rowCount() > 0, plan.counts()
