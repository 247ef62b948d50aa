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


POST_NAMES = [("DOS", "Достук"), ("TOR", "Торугарт"), ("OS1", "Osh"), ("OS2", "OSH")]


def test_cyrillic_and_case_clashing_names_each_get_their_own_bundle(make_store, tmp_path) -> None:
    """One round of a coordinator with four posts whose names a Latin-only or case-blind
    file name would merge: every bundle is written and imported by its addressee."""
    folder = tmp_path / "usb"
    folder.mkdir()
    coord = make_store("coordinator", name="Ош офис")
    posts = [make_store("post", code, name=name) for code, name in POST_NAMES]
    for post, (code, _name) in zip(posts, POST_NAMES, strict=True):
        enrol(post, coord)
        records.create(post, "equipment", {"asset_tag": f"{code}-1", "category": "radio"})
        assert len(sync_folder(post, folder).written) == 1
    names = [p.name for p in folder.glob("*.xlsx")]
    assert len(names) == 4 and len({n.casefold() for n in names}) == 4
    assert any("Достук" in n for n in names) and any("Торугарт" in n for n in names)
    records.create(coord, "post", {"code": "DOS", "name": "Dostuk"})
    at_coord = sync_folder(coord, folder)
    assert len(at_coord.imported) == 4 and at_coord.refused == []
    assert len(at_coord.written) == 4
    written = [w["file"] for w in at_coord.written]
    assert len({n.casefold() for n in written}) == 4
    for post in posts:
        assert post.device["id"] in next(n for n in written if post.device["name"] in n)
        back = sync_folder(post, folder)
        assert len(back.imported) == 1 and back.refused == [], back
        assert back.imported[0]["file"] in written
        assert [p["name"] for p in records.list_records(post, "post")] == ["Dostuk"]
    tags = sorted(e["asset_tag"] for e in records.list_records(coord, "equipment"))
    assert tags == sorted(f"{code}-1" for code, _ in POST_NAMES)


def test_excel_lock_files_are_not_bundles(make_store, tmp_path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    post = make_store("post", "DOS", name="Достук")
    (folder / "~$bordertrack-report.xlsx").write_bytes(b"\x00" * 165)
    (folder / ".~lock.x.xlsx#").write_bytes(b"lock")
    result = sync_folder(post, folder)
    assert result.refused == [] and result.skipped == []


def test_a_write_protected_stick_still_imports_and_says_what_was_not_written(
    make_store, tmp_path, monkeypatch
) -> None:
    from bordertrack.services import sync_folder as module

    folder = tmp_path / "usb"
    folder.mkdir()
    post, coord = make_store("post", "DOS", name="Достук"), make_store("coordinator", name="Ош")
    enrol(post, coord)
    records.create(post, "equipment", {"asset_tag": "BOM-1", "category": "radio"})
    sync_folder(post, folder)
    records.create(coord, "post", {"code": "DOS", "name": "Dostuk"})

    def refuse(*_args, **_kw):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(module, "export_bundle", refuse)
    result = sync_folder(coord, folder)
    assert len(result.imported) == 1 and result.written == []
    assert result.not_written and result.not_written[0]["why"] == "Permission denied"
    assert "Could not write 1 bundle(s) (Permission denied)" in result.summary()
    assert records.list_records(coord, "equipment")[0]["asset_tag"] == "BOM-1"


def test_file_name_parts_are_safe_everywhere() -> None:
    from bordertrack.services.file_names import bundle_file_name, safe_part

    assert safe_part("Пост #3 / Кара-Суу: ң ө ү") == "Пост-3-Кара-Суу-ң-ө-ү"
    assert safe_part("CON") == "_CON" and safe_part("...") == "document"
    assert safe_part("e\u0301") == "\u00e9"  # one composed form on every system
    a = bundle_file_name({"id": "aa01", "name": "Osh"}, {"id": "bb02", "name": "OSH"}, "t")
    b = bundle_file_name({"id": "aa01", "name": "Osh"}, {"id": "bb03", "name": "Osh"}, "t")
    assert a.casefold() != b.casefold()
    assert bundle_file_name({"id": "aa01", "name": "Ош"}, None, "t") == (
        "bordertrack-Ош-aa01-to-all-t.xlsx"
    )


def test_unused_path_compares_without_case(tmp_path) -> None:
    from bordertrack.services.file_names import unused_path

    (tmp_path / "Bundle.xlsx").write_bytes(b"")
    assert unused_path(tmp_path / "BUNDLE.xlsx").name == "BUNDLE (2).xlsx"
    assert unused_path(tmp_path / "other.xlsx").name == "other.xlsx"


def _stuck_round(make_store, tmp_path, monkeypatch, capsys, *extra: str) -> tuple[int, str]:
    """`sync-folder` on a coordinator with a bundle to send to a folder that refuses it."""
    import os

    from bordertrack.cli.main import main as cli_main
    from bordertrack.services import sync_folder as module

    folder = tmp_path / "usb"
    folder.mkdir()
    post, coord = make_store("post", "DOS", name="Dostuk"), make_store("coordinator", name="Osh")
    enrol(post, coord)
    records.create(coord, "post", {"code": "DOS", "name": "Dostuk"})
    records.create(coord, "equipment", {"asset_tag": "DOS-1", "category": "radio", "post": "DOS"})
    folder.chmod(0o500)
    if os.geteuid() == 0:  # root writes anyway: make the writer fail as the stick would

        def refuse(*_args, **_kw):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(module, "export_bundle", refuse)
    capsys.readouterr()
    try:
        code = cli_main(["--db", str(coord.path), "sync-folder", str(folder), *extra])
    finally:
        folder.chmod(0o700)
    return code, capsys.readouterr().out


def test_sync_folder_command_fails_when_a_bundle_could_not_be_written(
    make_store, tmp_path, monkeypatch, capsys
) -> None:
    code, out = _stuck_round(make_store, tmp_path, monkeypatch, capsys)
    assert code == 1
    assert out.strip().splitlines()[-1].startswith("Wrote 0 bundle(s)")
    assert "Could not write 1 bundle(s) (Permission denied)" in out


def test_sync_folder_json_fails_too_and_lists_what_was_not_written(
    make_store, tmp_path, monkeypatch, capsys
) -> None:
    import json

    code, out = _stuck_round(make_store, tmp_path, monkeypatch, capsys, "--json")
    assert code == 1
    assert json.loads(out)["not_written"][0]["why"] == "Permission denied"


def test_sync_folder_command_succeeds_when_everything_was_written(make_store, tmp_path) -> None:
    from bordertrack.cli.main import main as cli_main

    folder = tmp_path / "usb"
    folder.mkdir()
    post, coord = make_store("post", "DOS", name="Dostuk"), make_store("coordinator", name="Osh")
    enrol(post, coord)
    records.create(post, "equipment", {"asset_tag": "DOS-1", "category": "radio"})
    assert cli_main(["--db", str(post.path), "sync-folder", str(folder)]) == 0
    assert list(folder.glob("*.xlsx"))
