"""The Sync screen through its widgets: export, import with preview, conflicts, duplicates,
trusted devices and the import history, between a post laptop and a coordinator.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bordertrack.gui.context import AppContext
from bordertrack.gui.screens.sync import SyncScreen
from bordertrack.gui.worker import ImmediateWorker
from bordertrack.services import conflicts, records, sync, trust
from bordertrack.store.database import Store


@pytest.fixture
def pair(make_store):
    post, coord = make_store("post", "DOS", name="dostuk"), make_store("coordinator", name="hq")
    trust.trust_card(post, trust.my_card(coord))
    trust.trust_card(coord, trust.my_card(post))
    return post, coord


def _screen(qtbot, store: Store) -> SyncScreen:
    ctx = AppContext(store=store, worker=ImmediateWorker(), operator="tester")
    screen = SyncScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1140, 690)
    screen.show()
    return screen


def test_export_then_preview_apply_and_resolve_a_conflict(qtbot, pair, tmp_path: Path):
    post, coord = pair
    item = records.create(post, "equipment", {"asset_tag": "DOS-1", "category": "radio"})
    screen = _screen(qtbot, post)
    exchange = screen.exchange
    assert exchange.recipient.currentData() == coord.device["id"]  # the coordinator first
    with qtbot.waitSignal(exchange.exported) as sent:
        exchange.export_to(tmp_path / "to-hq.xlsx")
    assert sent.args[0].changes > 0 and "written" in exchange.export_result.text()
    assert sync.import_bundle(coord, tmp_path / "to-hq.xlsx").status == "applied"
    # Both edit the same field without knowing of each other.
    records.update(coord, "equipment", item, {"notes": "from HQ"})
    records.update(post, "equipment", item, {"notes": "from the post"})
    sync.export_bundle(coord, tmp_path / "to-post.xlsx", to=post.device["id"])
    with qtbot.waitSignal(exchange.previewed):
        exchange.preview(tmp_path / "to-post.xlsx")
    assert exchange.report.status == "preview" and exchange.report.conflicts == 1
    assert "Would apply" in exchange.summary.text()
    assert exchange.apply_button.isEnabled()
    assert records.get(post, "equipment", item)["notes"] == "from the post"  # nothing yet
    with qtbot.waitSignal(exchange.imported):
        qtbot.mouseClick(exchange.apply_button, Qt.MouseButton.LeftButton)
    assert exchange.report.status == "applied" and not exchange.apply_button.isEnabled()
    view = screen.show_view("conflicts")
    assert view.list.count() == 1 and "Conflicts (1)" in screen.tabs.tabText(1).replace("&", "")
    values = {view.mine.value.text(), view.theirs.value.text()}
    assert values == {"from HQ", "from the post"}
    side = view.mine if view.mine.value.text() == "from HQ" else view.theirs
    qtbot.mouseClick(side.keep, Qt.MouseButton.LeftButton)
    assert view.list.count() == 0 and conflicts.list_conflicts(post) == []
    assert records.get(post, "equipment", item)["notes"] == "from HQ"
    history = screen.show_view("history")
    assert history.history.rowCount() == 1
    assert history.history.item(0, 1).text() == "hq"


def test_cancel_after_preview_changes_nothing(qtbot, pair, tmp_path: Path):
    post, coord = pair
    records.create(coord, "agency", {"code": "BS", "name": "Border", "kind": "border_guard"})
    sync.export_bundle(coord, tmp_path / "b.xlsx", to=post.device["id"])
    screen = _screen(qtbot, post)
    screen.exchange.preview(tmp_path / "b.xlsx")
    assert screen.exchange.report.new >= 1
    qtbot.mouseClick(screen.exchange.cancel_button, Qt.MouseButton.LeftButton)
    assert "nothing was changed" in screen.exchange.summary.text()
    assert records.list_records(post, "agency") == []
    assert sync.import_history(post) == []


def test_duplicates_side_by_side_and_merge(qtbot, pair, tmp_path: Path):
    post, coord = pair
    person = {"full_name": "Aibek Asanov", "sex": "male", "service_number": "BS-7"}
    records.create(post, "person", person)
    records.create(coord, "person", {**person, "rank": "Captain"})
    sync.export_bundle(post, tmp_path / "p.xlsx", to=coord.device["id"])
    sync.import_bundle(coord, tmp_path / "p.xlsx")
    screen = _screen(qtbot, coord)
    view = screen.show_view("duplicates")
    assert view.list.count() == 1 and "BS-7" in view.list.item(0).text()
    assert view.compare.columnCount() == 2
    qtbot.mouseClick(view.keep_left, Qt.MouseButton.LeftButton)
    assert view.list.count() == 0
    (left,) = records.list_records(coord, "person")
    assert left["rank"] == "Captain"  # the empty field was filled, nothing lost


def test_enrol_a_device_from_its_card_and_revoke_it(qtbot, make_store, tmp_path: Path):
    coord, other = make_store("coordinator", name="hq"), make_store("trainer", name="trainer")
    trust.write_card(other, tmp_path / "card.json")
    screen = _screen(qtbot, coord)
    devices = screen.show_view("devices")
    assert trust.my_card(coord).fingerprint in devices.mine.text()
    from .test_gui_trust_card import answer_trust

    devices.confirm = lambda text: True  # the revoke question
    seen = answer_trust("trainer")
    assert devices.enrol_card(tmp_path / "card.json")
    assert trust.my_card(other).fingerprint in seen["claims"]
    assert devices.table.rowCount() == 1 and devices.table.item(0, 4).text() == "Trusted"
    assert screen.exchange.recipient.findData(other.device["id"]) >= 0
    devices.table.selectRow(0)
    assert devices.revoke_selected()
    assert devices.table.item(0, 4).text() == "Revoked"
    errors = []
    screen.ctx.show_error = lambda _parent, exc: errors.append(str(exc))
    (tmp_path / "bad.json").write_text("{}")
    assert not devices.enrol_card(tmp_path / "bad.json")
    assert errors and "not a usable device card" in errors[0]
