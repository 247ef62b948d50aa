"""In the window, a record that left the post opens read-only and says where it went; its
history says how ("moved by the coordinator to Torugart on ...")."""

from __future__ import annotations

from bordertrack.gui.context import AppContext
from bordertrack.gui.editor import RecordEditor
from bordertrack.gui.history import HistoryDialog
from bordertrack.gui.worker import ImmediateWorker
from bordertrack.services import records

from .sync_helpers import deliver, enrol, make_bundle


def test_a_moved_item_opens_read_only_and_tells_where_it_went(qtbot, make_store) -> None:
    c = make_store("coordinator", name="coord")
    dos = make_store("post", "DOS", name="dostuk")
    enrol(c, dos)
    records.create(c, "post", {"code": "TOR", "name": "Torugart"})
    item = records.create(dos, "equipment", {"asset_tag": "T1", "category": "radio"})
    deliver(make_bundle(dos, to=c.device["id"]), c)
    records.update(c, "equipment", item, {"post": "TOR"})
    deliver(make_bundle(c, to=dos.device["id"]), dos)
    ctx = AppContext(store=dos, worker=ImmediateWorker(), operator="officer")
    editor = RecordEditor(ctx, "equipment", item)
    qtbot.addWidget(editor)
    assert editor.read_only and not editor.inputs["status"].isEnabled()
    shown = editor.general_error.text()
    assert shown.startswith("This record is now at Torugart (TOR): moved by the coordinator")
    history = HistoryDialog(dos, "equipment", item)
    qtbot.addWidget(history)
    texts = [history.table.item(r, 4).text() for r in range(history.table.rowCount())]
    assert any("(moved by the coordinator to Torugart on " in t for t in texts)
