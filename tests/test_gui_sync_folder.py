"""The Sync folder tab: a round on request, and by itself when the folder appears."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bordertrack.services import records

from .test_gui_sync import _screen, pair  # noqa: F401


def test_round_on_request_and_when_the_stick_appears(qtbot, pair, tmp_path):  # noqa: F811
    post, coord = pair
    stick = tmp_path / "usb"
    records.create(post, "equipment", {"asset_tag": "BOM-1", "category": "radio"})
    at_post = _screen(qtbot, post)
    view = at_post.show_view("folder")
    view.folder.setText(str(stick))
    view.folder.editingFinished.emit()
    qtbot.waitUntil(lambda: "plug in" in view.state.text())
    assert not view.run_button.isEnabled()
    stick.mkdir()
    view.poll()  # the stick appears: a round runs by itself
    qtbot.waitUntil(lambda: "wrote 1" in view.state.text())
    assert list(stick.glob("*.xlsx"))
    at_coord = _screen(qtbot, coord)
    cview = at_coord.show_view("folder")
    cview.folder.setText(str(stick))
    cview.folder.editingFinished.emit()
    qtbot.waitUntil(cview.run_button.isEnabled)
    qtbot.mouseClick(cview.run_button, Qt.MouseButton.LeftButton)
    assert "imported 1" in cview.state.text()
    assert any("Imported" in cview.log.item(i).text() for i in range(cview.log.count()))
    assert records.list_records(coord, "equipment")[0]["asset_tag"] == "BOM-1"
    assert coord.setting("sync_folder") == str(stick)


def test_opening_the_app_with_a_bundle_shows_its_preview(qtbot, pair, tmp_path):  # noqa: F811
    from bordertrack.app import build_window, preview_bundle
    from bordertrack.gui.worker import ImmediateWorker
    from bordertrack.services.sync import export_bundle

    post, coord = pair
    records.create(post, "equipment", {"asset_tag": "BOM-2", "category": "radio"})
    export_bundle(post, tmp_path / "from-post.xlsx")
    window = build_window(coord, worker=ImmediateWorker())
    qtbot.addWidget(window)
    window.show()
    preview_bundle(window, tmp_path / "from-post.xlsx")
    exchange = window.screen("sync").exchange
    assert exchange.report.status == "preview" and exchange.report.new == 1
    assert exchange.apply_button.isEnabled() and records.list_records(coord, "equipment") == []


def test_export_dialog_suggests_a_unicode_name_with_both_device_ids(
    qtbot, make_store, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from bordertrack.services import trust

    post, coord = (
        make_store("post", "DOS", name="Достук: пост"),
        make_store("coordinator", name="Ош"),
    )
    trust.trust_card(post, trust.my_card(coord))
    offered = []

    def fake_dialog(_parent, _caption, name, _pattern):
        offered.append(name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    screen = _screen(qtbot, post)
    screen.exchange._choose_export_path()
    (name,) = offered
    assert name.startswith(
        f"bordertrack-Достук-пост-{post.device['id']}-to-Ош-{coord.device['id']}-"
    )
    assert name.endswith(".xlsx") and ":" not in name


def test_exporting_over_a_file_windows_keeps_locked_is_one_line(
    qtbot,
    pair,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    """Excel holds an open workbook locked on Windows; replacing it fails with an OSError."""
    from PySide6.QtWidgets import QMessageBox

    from bordertrack.sync import bundle_xlsx

    post, _coord = pair
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))

    def locked(_src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(bundle_xlsx.os, "replace", locked)
    screen = _screen(qtbot, post)
    target = tmp_path / "open in Excel.xlsx"
    screen.exchange.export_to(target)
    (text,) = shown
    assert "open in Excel.xlsx" in text and "Permission denied" in text and "Excel" in text
    assert "unexpected" not in text and "\n" not in text
    assert not list(tmp_path.glob("*.part")), "the temporary file is removed"
