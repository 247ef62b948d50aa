"""Undo of the last edit: the status bar offers it after a save, writes the old values back
as an ordinary edit, and refuses in one line when the record moved since."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bordertrack.gui.actions import ItemActionDialog
from bordertrack.gui.status_bar import StatusBar
from bordertrack.services import records, undo
from tests.gui_support import demo_template, post_ctx, post_demo_store  # noqa: F401


def test_undo_writes_the_old_values_back_and_refuses_after_a_later_change(make_store) -> None:
    store = make_store("post", "DOS")
    a = records.create(store, "equipment", {"asset_tag": "DOS-1", "category": "radio"})
    b = records.create(store, "equipment", {"asset_tag": "DOS-2", "category": "radio"})
    step = undo.update_undoably(store, "equipment", [a, b], {"notes": "in the safe"})
    assert undo.undo(store, step) == 2
    assert records.get(store, "equipment", a)["notes"] is None
    history = store.conn.execute(
        "SELECT count(*) FROM changes WHERE record_id = ? AND field = 'notes'", (a,)
    ).fetchone()[0]
    assert history == 2  # the undo is an edit of its own: it syncs and shows in the history

    step = undo.update_undoably(store, "equipment", [a, b], {"notes": "in the safe"})
    records.update(store, "equipment", b, {"notes": "sent for repair"})  # someone else's work
    with pytest.raises(undo.UndoNotSafe) as refused:
        undo.undo(store, step)
    assert "\n" not in str(refused.value) and "1 record(s)" in str(refused.value)
    assert records.get(store, "equipment", a)["notes"] == "in the safe"  # all or nothing
    assert records.get(store, "equipment", b)["notes"] == "sent for repair"


def test_the_status_bar_undoes_a_mass_status_change(qtbot, post_ctx) -> None:  # noqa: F811
    store = post_ctx.store
    items = records.list_records(store, "equipment", {"post": "DOS", "status": "in_service"})[:2]
    bar = StatusBar(post_ctx)
    qtbot.addWidget(bar)
    bar.show()
    assert not bar.undo_button.isVisible()
    dialog = ItemActionDialog(post_ctx, [i["id"] for i in items], "mark")
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData("under_repair"))
    dialog.reason.setText("Screen cracked, report 7")
    dialog.apply()
    assert {records.get(store, "equipment", i["id"])["status"] for i in items} == {"under_repair"}
    assert bar.undo_button.isVisible() and "Saved" in bar.currentMessage()
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    assert {records.get(store, "equipment", i["id"])["status"] for i in items} == {"in_service"}
    assert not bar.undo_button.isVisible() and "undone" in bar.currentMessage()
    post_ctx.notify("Something else confirmed")  # any other confirmation offers no undo
    assert not bar.undo_button.isVisible()
