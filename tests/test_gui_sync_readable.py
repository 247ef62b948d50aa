"""Sync a person can read, through the real widgets: the import preview lists each record and
field with old and new values and each conflict, filterable; conflicts on coded fields show
and offer vocabulary labels, fields edited together are resolved together; devices of one
name are told apart; a post reads plain lines about what has not arrived; the status bar's
counters move at an export.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from bordertrack.gui import translations
from bordertrack.gui.context import AppContext
from bordertrack.gui.main_window import MainWindow
from bordertrack.gui.screens.sync import SyncScreen
from bordertrack.gui.trust_dialog import TrustCardDialog
from bordertrack.gui.worker import ImmediateWorker
from bordertrack.services import conflicts, records, sync, trust
from bordertrack.services.gap_words import plain_gap_lines
from bordertrack.services.import_words import import_summary
from bordertrack.services.status import pending_changes
from bordertrack.store.database import Store
from tests.sync_helpers import deliver, enrol, make_bundle


@pytest.fixture
def pair(make_store):
    post, coord = make_store("post", "DOS", name="dostuk"), make_store("coordinator", name="hq")
    enrol(post, coord)
    return post, coord


def _screen(qtbot, store: Store) -> SyncScreen:
    screen = SyncScreen(AppContext(store=store, worker=ImmediateWorker(), operator="tester"))
    qtbot.addWidget(screen)
    screen.resize(1140, 690)
    screen.show()
    return screen


def _two_records_in_conflict(post: Store, coord: Store, tmp_path: Path) -> tuple[str, str, Path]:
    """A: status and category edited on both sides; B: status alone. Returns the bundle."""
    a = records.create(post, "equipment", {"asset_tag": "A-1", "category": "radio"})
    b = records.create(post, "equipment", {"asset_tag": "B-1", "category": "radio"})
    deliver(make_bundle(post, to=coord.device["id"]), coord)
    records.update(coord, "equipment", a, {"status": "lost", "category": "vehicle"})
    records.update(post, "equipment", a, {"status": "broken", "category": "computer"})
    records.update(coord, "equipment", b, {"status": "stolen"})
    records.update(post, "equipment", b, {"status": "under_repair"})
    path = tmp_path / "to-post.xlsx"
    sync.export_bundle(coord, path, to=post.device["id"])
    return a, b, path


def test_preview_lists_records_fields_and_conflicts_and_filters_them(qtbot, pair, tmp_path):
    post, coord = pair
    _a, _b, path = _two_records_in_conflict(post, coord, tmp_path)
    records.create(coord, "agency", {"code": "BS", "name": "Border", "kind": "border_guard"})
    sync.export_bundle(coord, path, to=post.device["id"])
    screen = _screen(qtbot, post)
    exchange = screen.exchange
    with qtbot.waitSignal(exchange.previewed):
        exchange.preview(path)
    details = exchange.details
    table = details.table
    rows = [[table.item(r, c).text() for c in range(6)] for r in range(table.rowCount())]
    conflict = next(r for r in rows if r[0] == "Conflict" and r[1] == "Equipment item: B-1")
    assert conflict[2] == "Status"
    assert conflict[3].startswith("Under repair (dostuk, ")  # held here, who and when
    assert conflict[4].startswith("Stolen (hq, ")  # arriving
    assert any(r[0] == "New" and r[1].endswith("Border") and r[4] == "Border" for r in rows)
    details.kind.setCurrentIndex(details.kind.findData("conflict"))
    assert table.rowCount() == 3 and {table.item(r, 0).text() for r in range(3)} == {"Conflict"}
    details.kind.setCurrentIndex(0)
    details.entity.setCurrentIndex(details.entity.findData("agency"))
    assert table.rowCount() >= 1
    assert {table.item(r, 1).text() for r in range(table.rowCount())} == {"Agency: Border"}
    assert records.list_records(post, "agency") == []  # the preview changed nothing
    qtbot.mouseClick(exchange.cancel_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0


def test_coded_conflicts_show_labels_offer_labels_and_resolve_together(qtbot, pair, tmp_path):
    post, coord = pair
    a, b, path = _two_records_in_conflict(post, coord, tmp_path)
    sync.import_bundle(post, path)
    screen = _screen(qtbot, post)
    view = screen.show_view("conflicts")
    assert view.list.count() == 3
    view.list.setCurrentRow(next(i for i, c in enumerate(view.items) if c.record_id == b))
    assert {view.mine.value.text(), view.theirs.value.text()} == {"Under repair", "Stolen"}
    assert view.other_choice.isVisible() and not view.other.isVisible()
    labels = [view.other_choice.itemText(i) for i in range(view.other_choice.count())]
    assert "Written off" in labels and "written_off" not in labels
    assert not view.related.isVisible() and not view.mine.keep_all.isVisible()
    assert view.other_choice.currentData() is None  # nothing pre-chosen
    qtbot.mouseClick(view.keep_other, Qt.MouseButton.LeftButton)
    assert records.get(post, "equipment", b)["status"] == "under_repair" and len(view.items) == 3
    view.other_choice.setCurrentIndex(view.other_choice.findData("in_storage"))
    qtbot.mouseClick(view.keep_other, Qt.MouseButton.LeftButton)
    assert records.get(post, "equipment", b)["status"] == "in_storage"
    # Record A: status and category were edited together; both show, both resolve at once.
    view.list.setCurrentRow(0)
    assert view.current().record_id == a and view.related.isVisible()
    other = "Category" if view.current().field == "status" else "Status"
    assert other in view.related.text()
    assert "Vehicle" in view.related.text() or "Lost" in view.related.text()
    assert view.theirs.keep_all.isVisible()
    qtbot.mouseClick(view.theirs.keep_all, Qt.MouseButton.LeftButton)
    item = records.get(post, "equipment", a)
    assert (item["status"], item["category"]) == ("lost", "vehicle")
    assert conflicts.list_conflicts(post) == [] and view.list.count() == 0


def test_devices_of_one_name_are_told_apart_in_the_trust_list_and_history(
    qtbot, make_store, tmp_path
):
    coord = make_store("coordinator", name="hq")
    first = make_store("post", "DOS", name="Dostuk laptop")
    second = make_store("post", "KRK", name="Dostuk laptop")
    enrol(coord, first)
    enrol(coord, second)
    records.create(first, "equipment", {"asset_tag": "D-1", "category": "radio"})
    sync.export_bundle(first, tmp_path / "b.xlsx", to=coord.device["id"])
    screen = _screen(qtbot, coord)
    with qtbot.waitSignal(screen.exchange.previewed):
        screen.exchange.preview(tmp_path / "b.xlsx")
    short = trust.my_card(first).key_fingerprint.split("-")[0]
    assert f"Dostuk laptop (DOS, {short})" in screen.exchange.summary.text()
    sync.import_bundle(coord, tmp_path / "b.xlsx")
    devices = screen.show_view("devices")
    names = {devices.table.item(r, 0).text() for r in range(devices.table.rowCount())}
    assert f"Dostuk laptop (DOS, {short})" in names and len(names) == 2
    history = screen.show_view("history")
    assert history.history.item(0, 1).text() == f"Dostuk laptop (DOS, {short})"


def _first_two_lost(make_store):
    """A coordinator's three bundles to the post DOS, the third cut to its own changes and
    declaring them complete (the first two were lost on the way): (coordinator, post,
    bundles, last seq of the lost ones)."""
    c, dos = make_store("coordinator", name="Regional coordinator"), make_store("post", "DOS")
    enrol(c, dos)
    bundles = []
    for i in range(3):
        records.create(c, "equipment", {"asset_tag": f"DOS-{i}", "category": "radio",
                                        "post": "DOS"})  # fmt: skip
        bundles.append(make_bundle(c, to=dos.device["id"]))
    top = max(ch.seq for b in bundles[:2] for ch in b.changes)
    last = bundles[-1]
    last.changes = [ch for ch in last.changes if ch.seq > top]
    last.header.complete = {c.device["id"]: (top + 1, last.header.vector[c.device["id"]])}
    return c, dos, bundles, top


def test_a_post_reads_how_many_bundles_have_not_arrived(qtbot, make_store):
    c, dos, bundles, top = _first_two_lost(make_store)
    last = bundles[-1]
    deliver(last, dos)
    history = _screen(qtbot, dos).show_view("history")
    text = history.gaps_label.text()
    assert text.startswith("2 bundles from the coordinator have not arrived yet.")
    assert "changes made by the coordinator have not arrived yet" in text
    assert "-" not in text.split("\n")[0] and not history.gaps.isVisible()
    assert plain_gap_lines(dos, "ru")[0] != plain_gap_lines(dos, "en")[0]  # translated
    deliver(bundles[0], dos)
    deliver(bundles[1], dos)
    history.refresh()
    assert history.gaps_label.text().startswith("Nothing is missing")


def test_status_bar_counters_move_right_after_an_export(qtbot, pair, tmp_path):
    post, coord = pair
    window = MainWindow(AppContext(store=post, worker=ImmediateWorker(), operator="tester"))
    qtbot.addWidget(window)
    records.create(post, "equipment", {"asset_tag": "DOS-1", "category": "radio"})
    n = pending_changes(post)
    assert n > 0 and f"Not yet sent: {n}" in window.status.pending_label.text()
    exchange = window.show_screen("sync").exchange
    with qtbot.waitSignal(exchange.exported):
        exchange.export_to(tmp_path / "to-hq.xlsx")
    label = window.status.pending_label.text()
    assert "Not yet sent: 0" in label and f"sent, not yet confirmed: {n}" in label
    sync.import_bundle(coord, tmp_path / "to-hq.xlsx")
    sync.export_bundle(coord, tmp_path / "to-post.xlsx", to=post.device["id"])
    sync.import_bundle(post, tmp_path / "to-post.xlsx")
    assert window.status.pending_label.text() == "Not yet sent: 0"


def test_enrolling_a_second_device_of_one_name_says_so(qtbot, make_store, tmp_path):
    coord = make_store("coordinator", name="hq")
    first = make_store("post", "DOS", name="Dostuk laptop")
    second = make_store("post", "KRK", name=" dostuk LAPTOP")
    enrol(coord, first)
    dialog = TrustCardDialog(coord, trust.my_card(second))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.namesake.isVisible() and "Already used by Dostuk laptop" in dialog.namesake.text()
    again = TrustCardDialog(coord, trust.my_card(first))  # re-enrolling the same device
    qtbot.addWidget(again)
    assert again.namesake.isHidden()


@pytest.fixture
def russian(qtbot):  # type: ignore[no-untyped-def]
    """The window in Russian; earlier tests' widgets (their databases closed) go first."""
    app = QApplication.instance()

    def drop_windows() -> None:
        for widget in app.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    drop_windows()
    assert translations.install_translator(app, "ru")
    yield "ru"
    drop_windows()
    translations.install_translator(app, "en")


def test_a_post_previews_in_its_language_with_counts_not_ranges(qtbot, make_store, russian):
    c, dos, bundles, top = _first_two_lost(make_store)
    last = bundles[-1]
    report = deliver(last, dos, dry_run=True, lang="ru")
    screen = _screen(qtbot, dos)
    screen.exchange._show_report(report)
    text = screen.exchange.summary.text()
    assert text.startswith("Будет применён пакет 3 от Regional coordinator")
    assert "Ещё не пришли пакеты от координатора: 2." in text
    assert f"1-{top}" not in text and f"1–{top}" not in text
    table = screen.exchange.details.table
    assert table.item(0, 0).text() == "Новое" and "Радиостанция" in {
        table.item(r, 4).text() for r in range(table.rowCount())
    }
    # The coordinator, previewing, still gets the change numbers it chases holes with.
    words = import_summary(report, "en", post_facing=False, coordinator_ids=set())
    assert "Ask Regional coordinator to export again." in words
    assert f"Change numbers not yet received: Regional coordinator 1–{top}." in words
