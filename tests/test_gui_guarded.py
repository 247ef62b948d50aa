"""Risky actions are guarded: a stock-take summary first, named items, no default status,
lists that follow changes made elsewhere, and a confirmation in the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from bordertrack.gui.actions import ItemActionDialog
from bordertrack.gui.editor import RecordEditor
from bordertrack.gui.main_window import MainWindow
from bordertrack.gui.screens.stock_take import StockTakeScreen
from bordertrack.gui.screens.stock_take_summary import StockTakeSummaryDialog
from bordertrack.services import records
from tests.gui_support import demo_template, post_ctx, post_demo_store  # noqa: F401


def _scan(qtbot, screen, tags):  # type: ignore[no-untyped-def]
    for tag in tags:
        qtbot.keyClicks(screen.scan_box, tag)
        qtbot.keyClick(screen.scan_box, Qt.Key.Key_Return)


def _dos_items(store, n):  # type: ignore[no-untyped-def]
    return records.list_records(
        store, "equipment", {"post": "DOS", "status": "in_service"}, limit=n
    )


def test_stock_take_summary_names_items_and_back_records_nothing(qtbot, post_ctx, monkeypatch):  # noqa: F811
    before = len(records.list_records(post_ctx.store, "stock_check"))
    screen = StockTakeScreen(post_ctx)
    qtbot.addWidget(screen)
    items = _dos_items(post_ctx.store, 2)
    other = records.list_records(post_ctx.store, "equipment", {"post": "TOR"}, limit=1)[0]
    _scan(
        qtbot, screen, [items[0]["asset_tag"], items[1]["asset_tag"], other["asset_tag"], "NO-SUCH"]
    )
    seen: dict[str, list[str]] = {}
    opened: list[StockTakeSummaryDialog] = []

    def read_and_go_back(dialog: StockTakeSummaryDialog) -> int:
        opened.append(dialog)
        for group in ("found", "missing", "elsewhere", "unknown"):
            seen[group] = dialog.names(group)
        seen["intro"] = [dialog.intro.text()]
        assert dialog.back_button.isDefault()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(StockTakeSummaryDialog, "exec", read_and_go_back)
    screen.record()
    assert len(seen["found"]) == 2 and seen["found"][0].startswith(
        min(i["asset_tag"] for i in items)
    )
    assert len(seen["missing"]) == screen.lists["missing"].count() > 0
    assert other["asset_tag"] in seen["elsewhere"][0] and "[TOR]" in seen["elsewhere"][0]
    assert seen["unknown"] == ["NO-SUCH"]
    assert len(opened) == 1
    assert f"{len(seen['missing'])} missing" in seen["intro"][0]
    assert len(records.list_records(post_ctx.store, "stock_check")) == before, "Go back: nothing"
    assert screen.lists["found"].count() == 2, "the scans are kept"
    screen.confirm = lambda summary: True
    screen.record()
    after = len(records.list_records(post_ctx.store, "stock_check"))
    assert after == before + 2 + 1 + len(seen["missing"])


def test_items_handed_elsewhere_leave_the_missing_list_at_once(qtbot, post_ctx):  # noqa: F811
    window = MainWindow(post_ctx)
    qtbot.addWidget(window)
    screen = window.show_screen("stock_take")
    items = _dos_items(post_ctx.store, 2)
    _scan(qtbot, screen, [items[0]["asset_tag"]])
    missing_before = screen.lists["missing"].count()
    gone = items[1]
    assert screen.lists["missing"].findItems(gone["asset_tag"], Qt.MatchFlag.MatchExactly)
    records.update(post_ctx.store, "equipment", gone["id"], {"post": "TOR"})
    post_ctx.changed("equipment")
    assert screen.lists["missing"].count() == missing_before - 1
    assert not screen.lists["missing"].findItems(gone["asset_tag"], Qt.MatchFlag.MatchExactly)
    assert screen.lists["found"].count() == 1, "the scan survives the refresh"


def test_mark_status_names_the_items_and_chooses_nothing(qtbot, post_ctx):  # noqa: F811
    items = _dos_items(post_ctx.store, 2)
    dialog = ItemActionDialog(post_ctx, [i["id"] for i in items], "mark")
    qtbot.addWidget(dialog)
    for item in items:
        assert item["asset_tag"] in dialog.items_label.text()
    assert dialog.status.currentData() is None
    dialog.apply()
    assert "Choose the new status" in dialog.error.text()
    assert {records.get(post_ctx.store, "equipment", i["id"])["status"] for i in items} == {
        "in_service"
    }


def test_saving_confirms_in_the_status_bar(qtbot, post_ctx):  # noqa: F811
    window = MainWindow(post_ctx)
    qtbot.addWidget(window)
    item = _dos_items(post_ctx.store, 1)[0]
    editor = RecordEditor(post_ctx, "equipment", item["id"], parent=window)
    qtbot.addWidget(editor)
    editor.inputs["notes"].set_value("checked on Monday")
    editor._field_changed("notes")
    assert editor.save()
    message = window.status.currentMessage()
    assert "Saved" in message and item["asset_tag"] in message
    dialog = ItemActionDialog(post_ctx, [item["id"]], "mark", window)
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData("in_storage"))
    dialog.apply()
    assert "1 item(s) changed" in window.status.currentMessage()
