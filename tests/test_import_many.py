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


def _posts_with_bundles(make_store, tmp_path, coordinators, count=4):
    """`count` posts, each enrolled with every coordinator, each with one full bundle; two
    of them hold an item with the same serial (a duplicate spanning two bundles)."""
    paths = []
    for i in range(count):
        post = make_store("post", f"P{i}")
        for coord in coordinators:
            enrol(post, coord)
        records.create(post, "equipment", {"asset_tag": f"T{i}", "category": "radio"})
        serial = "SHARED" if i in (0, count - 1) else f"S{i}"
        records.create(
            post, "equipment", {"asset_tag": f"U{i}", "category": "radio", "serial": serial}
        )
        path = tmp_path / f"b{i}.xlsx"
        export_bundle(post, path, full=True)
        paths.append(path)
    return paths


def test_merge_in_batches_equals_one_batch_and_one_by_one(make_store, tmp_path) -> None:
    from bordertrack.services import backup

    batched, whole, single = (make_store("coordinator", name=n) for n in ("a", "b", "c"))
    paths = _posts_with_bundles(make_store, tmp_path, [batched, whole, single])
    cache = batched.conn.execute("PRAGMA cache_size").fetchone()
    many = import_many(batched, paths, batch_changes=1)  # every bundle its own batch
    assert batched.conn.execute("PRAGMA cache_size").fetchone() == cache  # given back
    one = import_many(whole, paths)
    for path in paths:
        import_bundle(single, path)
    assert dump_json(batched) == dump_json(whole) == dump_json(single)
    assert many.total.to_json() == one.total.to_json()
    assert many.total.records == one.total.records  # the ids, sorted, not only their count
    assert many.total.new == 8 and many.total.duplicates == 1
    assert [r.status for r in many.reports] == ["applied"] * 4
    # One backup before the whole merge, not one per batch.
    assert len(backup.list_backups(batched.path)) == 1


def test_a_failed_batch_leaves_the_database_as_the_batches_before_it(
    make_store, tmp_path, monkeypatch
) -> None:
    import pytest

    from bordertrack.services import import_many as module

    coord, expected = make_store("coordinator", name="a"), make_store("coordinator", name="b")
    paths = _posts_with_bundles(make_store, tmp_path, [coord, expected])
    real, calls = module.apply_changes, []

    def failing_second(conn, changes):
        calls.append(len(changes))
        if len(calls) == 2:
            raise OSError("disk gone")
        return real(conn, changes)

    monkeypatch.setattr(module, "apply_changes", failing_second)
    with pytest.raises(OSError):
        import_many(coord, paths, batch_changes=1)
    monkeypatch.setattr(module, "apply_changes", real)
    import_many(expected, paths[:1])
    assert dump_json(coord) == dump_json(expected)
    # The rest can be merged afterwards, and the end is the same.
    import_many(coord, paths)
    import_many(expected, paths)
    assert dump_json(coord) == dump_json(expected)


def test_duplicates_of_touched_records_match_the_whole_table_reading(make_store, tmp_path) -> None:
    from bordertrack.services.duplicates import duplicate_groups

    coord = make_store("coordinator")
    ids = []
    for i in range(5):
        post = make_store("post", f"P{i}")
        enrol(post, coord)
        tag = "TAG" if i < 3 else "ALONE"
        item = {"category": "radio", "asset_tag": tag, "serial": f"S{i % 2}"}
        ids.append(records.create(post, "equipment", item))
        if i == 4:  # a deleted record shares nothing: "ALONE" stays alone
            records.delete(post, "equipment", ids[-1])
        export_bundle(post, tmp_path / f"d{i}.xlsx", full=True)
        import_bundle(coord, tmp_path / f"d{i}.xlsx")
    everything = [g.to_json() for g in duplicate_groups(coord.conn)]
    assert [(g["field"], g["value"]) for g in everything] == [
        ("asset_tag", "TAG"),
        ("serial", "S0"),
        ("serial", "S1"),
    ]
    for touched in ids:
        found = [g.to_json() for g in duplicate_groups(coord.conn, {"equipment": {touched}})]
        assert found == [g for g in everything if touched in {r["id"] for r in g["records"]}]
    assert duplicate_groups(coord.conn, {"equipment": set()}) == []


def test_version_vector_of_named_origins(make_store, tmp_path) -> None:
    from bordertrack.services.vectors import version_vector

    coord = make_store("coordinator")
    paths = _posts_with_bundles(make_store, tmp_path, [coord], count=2)
    import_many(coord, paths)
    whole = version_vector(coord.conn)
    some = sorted(whole)[:1]
    assert version_vector(coord.conn, some) == {o: whole[o] for o in some}
    assert version_vector(coord.conn, ["nobody"]) == {"nobody": 0}


def test_version_vector_reads_declared_ranges_like_the_held_changes(make_store, tmp_path) -> None:
    """The shortcut through what bundles declared complete gives what merging the held runs
    with the declared ranges gives, whatever is declared."""
    import json

    from bordertrack.services.vectors import (
        COVERED_KEY,
        covered,
        held_runs,
        merge_ranges,
        version_vector,
    )

    coord = make_store("coordinator")
    import_many(coord, _posts_with_bundles(make_store, tmp_path, [coord], count=1))
    (origin,) = [o for o in version_vector(coord.conn) if o != coord.device["id"]]
    held = held_runs(coord.conn, origin)
    n = held[-1][1]
    assert covered(coord.conn)[origin] == [(1, n)]  # a full bundle declares itself complete
    for declared in ([(1, n)], [(1, n + 3)], [(1, 1)], [(3, n + 2)], [(1, 1), (n + 2, n + 4)], []):
        coord.conn.execute(
            "UPDATE settings SET value = ? WHERE key = ?",
            (json.dumps({origin: declared} if declared else {}), COVERED_KEY),
        )
        ranges = merge_ranges(held + declared)
        expected = ranges[0][1] if ranges[0][0] == 1 else 0
        assert version_vector(coord.conn)[origin] == expected, declared
        assert version_vector(coord.conn, [origin]) == {origin: expected}


def test_reading_ahead_in_a_worker_gives_the_same_merge(make_store, tmp_path) -> None:
    """Bundles read and verified by a worker process merge as those read in the merge's own
    process: same database, same reports, a broken file refused with the same words."""
    here, ahead = make_store("coordinator", name="a"), make_store("coordinator", name="b")
    paths = _posts_with_bundles(make_store, tmp_path, [here, ahead], count=3)
    broken = tmp_path / "b1-broken.xlsx"
    broken.write_bytes(paths[1].read_bytes()[:5000])
    alone = import_many(here, [*paths, broken], readers=0)
    read_ahead = import_many(ahead, [*paths, broken], readers=1)
    assert dump_json(here) == dump_json(ahead)
    assert read_ahead.to_json() == alone.to_json()
    assert read_ahead.total.to_json() == alone.total.to_json()
    refused = [r for r in read_ahead.reports if r.file_name == broken.name]
    assert refused[0].status == "rejected" and refused[0].message
