"""The post's screens driven through real widgets on a demo database."""

from __future__ import annotations

import datetime as dt

import openpyxl
from PySide6.QtCore import Qt

from bordertrack.gui.actions import ItemActionDialog
from bordertrack.gui.editor import RecordEditor
from bordertrack.gui.history import HistoryDialog
from bordertrack.gui.main_window import MainWindow
from bordertrack.gui.screens.equipment import EquipmentScreen
from bordertrack.gui.screens.handover import HandoverDialog
from bordertrack.gui.screens.infrastructure import InfrastructureScreen
from bordertrack.gui.screens.people import PersonEditor
from bordertrack.gui.screens.settings import SettingsScreen
from bordertrack.gui.screens.stock_take import StockTakeScreen
from bordertrack.gui.table_view import EntityBrowser
from bordertrack.services import records
from bordertrack.services.dump import dump  # noqa: F401 - the CLI's dump reads the same tables
from tests.gui_support import ctx, demo_store, demo_template, post_ctx, post_demo_store  # noqa: F401


def test_every_screen_opens_for_each_role(qtbot, ctx, post_ctx):  # noqa: F811
    for context in (ctx, post_ctx):
        window = MainWindow(context)
        qtbot.addWidget(window)
        for row, spec in enumerate(window.specs):
            window.sidebar.setCurrentRow(row)
            assert window.stack.currentWidget() is window.screens[spec.key]
        keys = [s.key for s in window.specs]
        assert {"equipment", "stock_take", "infrastructure", "people", "settings"} <= set(keys)


def test_enter_an_item_and_see_it_in_the_table(qtbot, post_ctx):  # noqa: F811
    screen = EquipmentScreen(post_ctx)
    qtbot.addWidget(screen)
    editor = RecordEditor(post_ctx, "equipment", None, screen.browser.default_values())
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.inputs["asset_tag"], "DOS-NEW-77")
    editor.inputs["category"].setCurrentIndex(editor.inputs["category"].findData("radio"))
    qtbot.keyClicks(editor.inputs["value"], "-5")
    assert not editor.save()
    assert "below the minimum" in editor.errors["value"].text()
    assert editor.errors["value"].isVisibleTo(editor)
    editor.inputs["value"].clear()
    qtbot.keyClicks(editor.inputs["value"], "250")
    assert editor.save()
    qtbot.keyClicks(screen.browser.search, "DOS-NEW-77")
    screen.browser.apply_search()
    model = screen.browser.model
    assert model.rowCount() == 1
    assert model.index(0, model.columns.index("post")).data() == "Dostuk"
    row = records.get(post_ctx.store, "equipment", model.record_id(0))
    assert row["value"] == 250 and row["post"] == "DOS"


def test_duplicate_asset_tag_is_shown_next_to_the_field(qtbot, post_ctx):  # noqa: F811
    existing = records.list_records(post_ctx.store, "equipment", {"post": "DOS"}, limit=1)[0]
    editor = RecordEditor(post_ctx, "equipment", None, {"post": "DOS", "status": "in_service"})
    qtbot.addWidget(editor)
    editor.inputs["asset_tag"].setText(existing["asset_tag"])
    editor.inputs["category"].setCurrentIndex(1)
    assert not editor.save()
    assert "already used" in editor.errors["asset_tag"].text()


def test_edit_shows_history_old_to_new(qtbot, post_ctx):  # noqa: F811
    item = records.list_records(post_ctx.store, "equipment", {"post": "DOS"}, limit=1)[0]
    editor = RecordEditor(post_ctx, "equipment", item["id"])
    qtbot.addWidget(editor)
    editor.inputs["serial"].setText("SN-CHANGED")
    editor.inputs["serial"].changed.emit()
    assert editor.dirty
    assert editor.save()
    history = HistoryDialog(post_ctx.store, "equipment", item["id"])
    qtbot.addWidget(history)
    texts = [history.table.item(r, 4).text() for r in range(history.table.rowCount())]
    assert f"{item['serial']} → SN-CHANGED" in texts
    who = [history.table.item(r, 2).text() for r in range(history.table.rowCount())]
    assert "officer" in who


def test_assign_transfer_and_mark_lost(qtbot, post_ctx):  # noqa: F811
    store = post_ctx.store
    item = records.list_records(store, "equipment", {"post": "DOS"}, limit=1)[0]
    person = records.list_records(store, "person", limit=1)[0]
    dialog = ItemActionDialog(post_ctx, [item["id"]], "mark")
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData("lost"))
    dialog.apply()
    assert "reason" in dialog.error.text()
    dialog.reason.setText("Lost on patrol, report 12")
    dialog.apply()
    assert records.get(store, "equipment", item["id"])["status"] == "lost"
    assign = ItemActionDialog(post_ctx, [item["id"]], "assign")
    qtbot.addWidget(assign)
    assign.picker.setText(person["service_number"])
    assign.apply()
    assert records.get(store, "equipment", item["id"])["holder"] == person["id"]
    transfer = ItemActionDialog(post_ctx, [item["id"]], "transfer")
    qtbot.addWidget(transfer)
    qtbot.keyClicks(transfer.picker, "Torug")
    transfer.picker.setText(transfer.picker.suggestions.stringList()[0])
    transfer.apply()
    assert records.get(store, "equipment", item["id"])["post"] == "TOR"


def test_stock_take_by_scanning(qtbot, post_ctx):  # noqa: F811
    screen = StockTakeScreen(post_ctx)
    qtbot.addWidget(screen)
    tags = [
        r["asset_tag"]
        for r in records.list_records(
            post_ctx.store, "equipment", {"post": "DOS", "status": "in_service"}, limit=3
        )
    ]
    other = records.list_records(post_ctx.store, "equipment", {"post": "TOR"}, limit=1)[0][
        "asset_tag"
    ]
    for tag in [*tags, other, "NO-SUCH-TAG"]:
        qtbot.keyClicks(screen.scan_box, tag)
        qtbot.keyClick(screen.scan_box, Qt.Key.Key_Return)
    assert screen.lists["found"].count() == 3
    assert screen.lists["elsewhere"].count() == 1
    assert screen.lists["unknown"].item(0).text() == "NO-SUCH-TAG"
    missing = screen.lists["missing"].count()
    qtbot.waitUntil(lambda: True)
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    screen.confirm = lambda summary: True  # the summary itself: tests/test_gui_guarded.py
    screen.record()
    checks = records.list_records(post_ctx.store, "stock_check")
    assert len(checks) >= 3 + 1 + missing
    assert {c["result"] for c in checks} >= {"found", "missing", "elsewhere"}


def test_handover_act_from_selected_items(qtbot, post_ctx):  # noqa: F811
    ids = [
        r["id"] for r in records.list_records(post_ctx.store, "equipment", {"post": "DOS"}, limit=2)
    ]
    dialog = HandoverDialog(post_ctx, ids)
    qtbot.addWidget(dialog)
    dialog.inputs["number"].setText("HA-2026-9")
    dialog.inputs["to_post"].setText("TOR")
    dialog.inputs["received_by"].setText("B. Receiver")
    dialog.inputs["handed_by"].setText("A. Giver")
    dialog.save()
    assert dialog.act_id, dialog.error.text()
    assert {records.get(post_ctx.store, "equipment", i)["post"] for i in ids} == {"TOR"}


def test_infrastructure_late_only_and_inspection(qtbot, post_ctx):  # noqa: F811
    store = post_ctx.store
    fid = records.create(
        store,
        "facility",
        {
            "name": "Late canopy",
            "post": "DOS",
            "type": "canopy",
            "status": "under_construction",
            "percent_complete": 40,
            "planned_end": "2020-01-01",
        },
    )
    screen = InfrastructureScreen(post_ctx)
    qtbot.addWidget(screen)
    total = screen.facilities.model.rowCount()
    screen.late_only.setChecked(True)
    model = screen.facilities.model
    assert 0 < model.rowCount() < total
    names = [model.record(r)["name"] for r in range(model.rowCount())]
    assert "Late canopy" in names
    row = names.index("Late canopy")
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    screen.facilities.table.selectRow(row)
    from bordertrack.gui.screens.infrastructure import InspectionEditor

    editor = InspectionEditor(post_ctx, fid)
    qtbot.addWidget(editor)
    editor.inputs["inspected_on"].set_value(dt.date.today().isoformat())
    editor.inputs["inspector"].setText("Engineer")
    editor.inputs["status_found"].setCurrentIndex(
        editor.inputs["status_found"].findData("operational")
    )
    editor.inputs["percent_complete"].setText("100")
    assert editor.save()
    assert records.get(store, "facility", fid)["status"] == "operational"
    screen.late_only.setChecked(False)
    screen.refresh()
    assert screen.facilities.current_id() == fid
    assert screen.inspections.model.rowCount() == 1


def test_person_service_number_lookup_warns(qtbot, ctx):  # noqa: F811
    person = records.list_records(ctx.store, "person", limit=1)[0]
    editor = PersonEditor(ctx, "person")
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.inputs["service_number"], person["service_number"])
    assert person["full_name"] in editor.errors["service_number"].text()


def test_columns_remembered_and_export_is_formula_safe(qtbot, ctx, tmp_path):  # noqa: F811
    item = records.list_records(ctx.store, "equipment", limit=1)[0]
    records.update(ctx.store, "equipment", item["id"], {"serial": "=HYPERLINK(1)"})
    browser = EntityBrowser(ctx, "equipment")
    qtbot.addWidget(browser)
    browser.set_columns(["asset_tag", "serial", "value"])
    again = EntityBrowser(ctx, "equipment")
    qtbot.addWidget(again)
    assert again.model.columns == ["asset_tag", "serial", "value"]
    again.search.setText(item["asset_tag"])
    again.apply_search()
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    out = tmp_path / "view.xlsx"
    again.export_to(out)
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("Asset tag", "Serial", "Value")
    assert rows[1][1] == "=HYPERLINK(1)" and ws.cell(2, 2).data_type == "s"


def test_settings_rename_device(qtbot, post_ctx):  # noqa: F811
    screen = SettingsScreen(post_ctx)
    qtbot.addWidget(screen)
    assert screen.post_value.text() == "DOS"
    screen.device_name.setText("Dostuk laptop 2")
    screen.save_name.click()
    assert post_ctx.store.device["name"] == "Dostuk laptop 2"
