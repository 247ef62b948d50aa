"""A sync round through a shared folder, with real signed bundles on disk."""

from __future__ import annotations

import pytest

from bordertrack.services import records
from bordertrack.services.sync_folder import NoSyncFolder, sync_folder

from .sync_helpers import enrol


def test_round_trip_through_a_folder(make_store, tmp_path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    post, coord = (
        make_store("post", "DOS", name="Dostuk laptop"),
        make_store("coordinator", name="Osh office"),
    )
    enrol(post, coord)
    rid = records.create(post, "equipment", {"asset_tag": "BOM-1", "category": "radio"})
    first = sync_folder(post, folder)
    assert len(first.written) == 1 and first.written[0]["to"] == "Osh office"
    assert first.skipped == [{"file": first.written[0]["file"], "why": "made by this device"}]
    (folder / "holiday-photos.xlsx").write_bytes(b"not a workbook at all")
    at_coord = sync_folder(coord, folder)
    assert (
        len(at_coord.imported) == 1 and records.get(coord, "equipment", rid)["asset_tag"] == "BOM-1"
    )
    assert [r["file"] for r in at_coord.refused] == ["holiday-photos.xlsx"]
    assert at_coord.written == [], "the coordinator had nothing of its own yet"
    records.create(coord, "post", {"code": "DOS", "name": "Dostuk"})
    assert len(sync_folder(coord, folder).written) == 1
    back = sync_folder(post, folder)
    assert any("Osh office" in i["summary"] for i in back.imported)
    assert [p["name"] for p in records.list_records(post, "post")] == ["Dostuk"]
    # nothing new: a further round writes nothing and imports nothing
    again = sync_folder(post, folder)
    assert again.imported == [] and again.written == []


def test_missing_folder_is_a_clear_error(post_store, tmp_path) -> None:
    with pytest.raises(NoSyncFolder, match="plug in"):
        sync_folder(post_store, tmp_path / "not-plugged-in")
