"""The sync stick is recognised by its volume, not its drive letter, and looked for off
the GUI thread. Drives are simulated as folders standing for their roots (E:\\, F:\\)."""

from __future__ import annotations

import threading
from pathlib import Path

from bordertrack.gui import sync_volume
from bordertrack.gui.sync_volume import FolderState, Remembered, Volume, locate
from bordertrack.services import records

from .test_gui_sync import _screen, pair  # noqa: F401

STICK = Remembered(label="POST-SYNC", serial="Volume{1234-abcd}", relative="BorderTrack/sync")


def drives(tmp_path: Path, *letters: str) -> dict[str, Path]:
    out = {}
    for letter in letters:
        root = tmp_path / f"drive-{letter}"
        (root / "BorderTrack" / "sync").mkdir(parents=True)
        out[letter] = root
    return out


def test_the_same_stick_under_another_letter_is_found(tmp_path) -> None:
    d = drives(tmp_path, "E", "F")
    vols = [Volume(str(d["F"]), "POST-SYNC", "Volume{1234-abcd}")]
    state = locate(str(d["E"] / "BorderTrack" / "sync"), STICK, vols)
    assert state.path == d["F"] / "BorderTrack" / "sync"


def test_another_drive_at_the_letter_with_the_same_folder_is_not_used(tmp_path) -> None:
    d = drives(tmp_path, "E")
    vols = [Volume(str(d["E"]), "HOLIDAY", "Volume{9999-ffff}")]
    state = locate(str(d["E"] / "BorderTrack" / "sync"), STICK, vols)
    assert state.path is None and state.wrong_volume == str(d["E"])


def test_a_stick_known_by_label_only_and_a_share_by_path(tmp_path) -> None:
    d = drives(tmp_path, "G")
    by_label = Remembered("POST-SYNC", "", "BorderTrack/sync")
    vols = [Volume(str(d["G"]), "POST-SYNC", "")]
    assert locate("X:/gone", by_label, vols).path == d["G"] / "BorderTrack" / "sync"
    share = tmp_path / "share"
    share.mkdir()
    assert locate(str(share), None, []).path == share
    assert locate(str(tmp_path / "offline"), None, []) == FolderState(None)
    assert Remembered.from_setting(STICK.to_setting()) == STICK
    assert Remembered.from_setting("not json") is None


def test_the_window_finds_the_stick_under_a_new_letter_and_syncs(
    qtbot,
    pair,  # noqa: F811
    tmp_path,
    monkeypatch,
) -> None:
    post, _coord = pair
    d = drives(tmp_path, "E", "F")
    records.create(post, "equipment", {"asset_tag": "BOM-7", "category": "radio"})
    post.set_setting("sync_folder", str(d["E"] / "BorderTrack" / "sync"))
    post.set_setting("sync_folder_volume", STICK.to_setting())
    mounted: list[Volume] = []
    monkeypatch.setattr(sync_volume, "mounted_volumes", lambda: list(mounted))
    view = _screen(qtbot, post).show_view("folder")
    view.poll()
    qtbot.waitUntil(lambda: "plug in" in view.state.text())
    # another drive takes E: with the same folder: nothing is written onto it
    mounted.append(Volume(str(d["E"]), "HOLIDAY", "Volume{9999-ffff}"))
    view.poll()
    qtbot.waitUntil(lambda: "another drive" in view.state.text())
    assert not view.run_button.isEnabled()
    # the sync stick comes back as F:
    mounted.append(Volume(str(d["F"]), "POST-SYNC", "Volume{1234-abcd}"))
    view.poll()
    qtbot.waitUntil(lambda: "wrote 1" in view.state.text())
    assert list((d["F"] / "BorderTrack" / "sync").glob("*.xlsx"))
    assert not list((d["E"] / "BorderTrack" / "sync").glob("*.xlsx"))


def test_looking_for_the_folder_does_not_hold_the_window(
    qtbot,
    pair,  # noqa: F811
    tmp_path,
    monkeypatch,
) -> None:
    """An offline share can take long to answer: the look runs on its own thread."""
    post, _coord = pair
    gate, started = threading.Event(), threading.Event()
    real = sync_volume.locate

    def slow_share(*args):  # type: ignore[no-untyped-def]
        started.set()
        gate.wait(30)
        return real(*args)

    monkeypatch.setattr(sync_volume, "locate", slow_share)
    view = _screen(qtbot, post).show_view("folder")
    view.folder.setText(str(tmp_path))
    view.poll()  # returns at once while the look is still waiting
    assert started.wait(10) and not view.probe.probe(str(tmp_path), None), "one look at a time"
    assert view.located.path is None
    gate.set()
    qtbot.waitUntil(lambda: view.located.path == tmp_path)
    assert view.run_button.isEnabled()


def test_the_state_line_reports_what_could_not_be_written(qtbot, pair, tmp_path, monkeypatch):  # noqa: F811
    from bordertrack.services import sync_folder as service

    post, coord = pair
    stick = tmp_path / "locked-stick"
    stick.mkdir()
    records.create(post, "equipment", {"asset_tag": "BOM-8", "category": "radio"})
    service.sync_folder(post, stick)
    records.create(coord, "post", {"code": "DOS", "name": "Dostuk"})

    def read_only(*_a, **_kw):
        raise PermissionError(13, "Read-only file system")

    monkeypatch.setattr(service, "export_bundle", read_only)
    view = _screen(qtbot, coord).show_view("folder")
    view.folder.setText(str(stick))
    view.folder.editingFinished.emit()
    qtbot.waitUntil(view.run_button.isEnabled)
    view.run_round()
    text = view.state.text()
    assert "imported 1" in text and "could not be written (Read-only file system)" in text
    assert records.list_records(coord, "equipment")[0]["asset_tag"] == "BOM-8"
