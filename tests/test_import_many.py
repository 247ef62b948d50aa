"""Merging many bundles at once ends where importing them one by one ends."""

from __future__ import annotations

from bordertrack.services import records
from bordertrack.services.dump import dump_json
from bordertrack.services.import_many import import_many
from bordertrack.services.sync import export_bundle, import_bundle

from .sync_helpers import enrol


def test_batch_merge_equals_one_by_one_and_lists_refusals(make_store, tmp_path) -> None:
    posts = [make_store("post", code) for code in ("DOS", "AKJ", "TOR")]
    batch, single = (
        make_store("coordinator", name="batch"),
        make_store("coordinator", name="single"),
    )
    stranger = make_store("post", "IRK")
    paths = []
    for i, p in enumerate(posts):
        enrol(p, batch)
        enrol(p, single)
        records.create(p, "equipment", {"asset_tag": f"T{i}", "category": "radio"})
        records.create(
            p, "person", {"full_name": "Same Person", "sex": "male", "service_number": "BS-1"}
        )
        path = tmp_path / f"b{i}.xlsx"
        export_bundle(p, path, full=True)
        paths.append(path)
    records.create(stranger, "equipment", {"asset_tag": "X", "category": "radio"})
    export_bundle(stranger, tmp_path / "stranger.xlsx", full=True)
    result = import_many(batch, [*paths, tmp_path / "stranger.xlsx"])
    for path in paths:
        import_bundle(single, path)
    assert dump_json(batch) == dump_json(single)
    statuses = {r.file_name: r.status for r in result.reports}
    assert statuses == {
        "b0.xlsx": "applied",
        "b1.xlsx": "applied",
        "b2.xlsx": "applied",
        "stranger.xlsx": "rejected",
    }
    assert result.total.new == 6 and result.total.duplicates == 1
    again = import_many(batch, paths)
    assert {r.status for r in again.reports} == {"already_imported"}
    assert dump_json(batch) == dump_json(single)


def test_batch_refuses_a_fork_inside_the_batch(make_store, tmp_path) -> None:
    import shutil

    from bordertrack.store.database import Store

    post = make_store("post", "DOS")
    coord = make_store("coordinator")
    enrol(post, coord)
    records.create(post, "equipment", {"asset_tag": "A", "category": "radio"})
    export_bundle(post, tmp_path / "b1.xlsx", to=coord.device["id"])
    post.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(post.path, tmp_path / "copy.db")  # the database copied onto a second laptop
    twin = Store(tmp_path / "copy.db")
    records.create(post, "equipment", {"asset_tag": "B", "category": "radio"})
    records.create(twin, "equipment", {"asset_tag": "X", "category": "radio"})
    export_bundle(post, tmp_path / "b2.xlsx", to=coord.device["id"])
    export_bundle(twin, tmp_path / "b2x.xlsx", to=coord.device["id"])
    result = import_many(coord, [tmp_path / "b1.xlsx", tmp_path / "b2.xlsx", tmp_path / "b2x.xlsx"])
    statuses = {r.file_name: r.status for r in result.reports}
    assert statuses["b1.xlsx"] == "applied" and "rejected" in (
        statuses["b2.xlsx"],
        statuses["b2x.xlsx"],
    )
    twin.close()
