"""Merging change logs: last writer wins per field, conflicts kept, scope held, order-free."""

from __future__ import annotations

import itertools

from bordertrack.services import records
from bordertrack.services.dump import dump_json
from bordertrack.store.changes import Change

from .helpers import all_changes, send, trust


def _item(store, tag="A-1", **kw):
    return records.create(store, "equipment", {"asset_tag": tag, "category": "radio", **kw})


def test_import_twice_changes_nothing(post_store, coordinator) -> None:
    trust(coordinator, post_store)
    _item(post_store)
    first = send(post_store, coordinator)
    snapshot = dump_json(coordinator)
    again = send(post_store, coordinator)
    assert first.new_changes > 0 and first.created == 1
    assert again.new_changes == 0 and again.known_changes == first.received
    assert dump_json(coordinator) == snapshot


def test_causal_edit_wins_without_conflict(make_store) -> None:
    a, b = make_store("coordinator", name="a"), make_store("coordinator", name="b")
    rid = records.create(a, "agency", {"code": "BS", "name": "Border", "kind": "border_guard"})
    send(a, b)
    records.update(b, "agency", rid, {"name": "Border Service"})
    send(b, a)
    assert records.get(a, "agency", rid)["name"] == "Border Service"
    assert a.conn.execute("SELECT count(*) FROM conflicts").fetchone()[0] == 0


def test_concurrent_edits_conflict_and_converge(make_store) -> None:
    a, b = make_store("coordinator", name="a"), make_store("coordinator", name="b")
    rid = records.create(a, "agency", {"code": "BS", "name": "Border", "kind": "border_guard"})
    send(a, b)
    records.update(a, "agency", rid, {"name": "From A"})
    records.update(b, "agency", rid, {"name": "From B"})
    send(a, b)
    send(b, a)
    assert dump_json(a) == dump_json(b)
    for store in (a, b):
        rows = store.conn.execute(
            "SELECT field, winner_value, loser_value FROM conflicts"
        ).fetchall()
        assert len(rows) == 1
        assert {rows[0][1], rows[0][2]} == {"From A", "From B"}
        assert rows[0][0] == "name"


def test_a_later_edit_that_saw_both_resolves_the_conflict(make_store) -> None:
    a, b = make_store("coordinator", name="a"), make_store("coordinator", name="b")
    rid = records.create(a, "agency", {"code": "BS", "name": "Border", "kind": "border_guard"})
    send(a, b)
    records.update(a, "agency", rid, {"name": "From A"})
    records.update(b, "agency", rid, {"name": "From B"})
    send(a, b)
    records.update(b, "agency", rid, {"name": "Agreed"})
    send(b, a)
    for store in (a, b):
        assert store.conn.execute("SELECT count(*) FROM conflicts").fetchone()[0] == 0
        assert records.get(store, "agency", rid)["name"] == "Agreed"


def test_post_cannot_speak_for_another_post(make_store, coordinator) -> None:
    dos, akj = make_store("post", "DOS"), make_store("post", "AKJ")
    trust(coordinator, dos)
    trust(coordinator, akj)
    rid = _item(dos)
    send(dos, coordinator)
    send(coordinator, akj)
    # AKJ forges an edit of DOS's item straight into a batch (its own tools refuse it).
    forged = Change(
        akj.device["id"], 1, akj.clock.tick(), "equipment", rid, "status", "stolen", "", ""
    )
    result = send(akj, coordinator, [forged])
    assert [c.field for c in result.held] == ["status"]
    assert records.get(coordinator, "equipment", rid)["status"] == "in_service"


def test_edit_arriving_before_the_transfer_is_held_then_applied(make_store) -> None:
    dos, akj = make_store("post", "DOS"), make_store("post", "AKJ")
    coords = [make_store("coordinator", name=f"c{i}") for i in range(3)]
    for c in coords:
        trust(c, dos)
        trust(c, akj)
    trust(akj, dos)
    trust(dos, akj)
    rid = _item(dos)
    records.update(dos, "equipment", rid, {"post": "AKJ"})  # the transfer
    send(dos, akj)
    records.update(akj, "equipment", rid, {"status": "under_repair"})
    transfer = all_changes(dos)
    edit = all_changes(akj, akj.device["id"])
    orders = list(itertools.permutations([transfer, edit]))
    dumps = []
    for c, (first, second) in zip(coords, orders, strict=False):
        r1 = send(dos, c, first)
        send(akj, c, second)
        if first is edit:
            assert r1.held, "the edit waits for the transfer"
        dumps.append(dump_json(c))
        assert records.get(c, "equipment", rid)["status"] == "under_repair"
        assert c.conn.execute("SELECT count(*) FROM changes WHERE accepted = 0").fetchone()[0] == 0
    assert len(set(dumps)) == 1


def test_edit_concurrent_with_delete_is_a_conflict(make_store) -> None:
    a, b = make_store("coordinator", name="a"), make_store("coordinator", name="b")
    rid = records.create(a, "agency", {"code": "BS", "name": "Border", "kind": "border_guard"})
    send(a, b)
    records.delete(a, "agency", rid)
    records.update(b, "agency", rid, {"name": "Renamed"})
    send(a, b)
    send(b, a)
    assert dump_json(a) == dump_json(b)
    for s in (a, b):
        kinds = [r[0] for r in s.conn.execute("SELECT kind FROM conflicts")]
        assert kinds == ["delete"]
        assert records.list_records(s, "agency") == []
    # re-importing never brings the deleted record back
    send(b, a)
    assert records.list_records(a, "agency") == []


def test_merging_one_pair_in_opposite_directions_keeps_one(make_store) -> None:
    from bordertrack.domain.entities import ENTITIES
    from bordertrack.store.edits import write_delete

    a, b = make_store("coordinator", name="a"), make_store("coordinator", name="b")
    x = records.create(a, "agency", {"code": "BS", "name": "Border", "kind": "border_guard"})
    y = records.create(b, "agency", {"code": "BS2", "name": "Border", "kind": "border_guard"})
    send(a, b)
    send(b, a)
    write_delete(a, ENTITIES["agency"], x, merged_into=y)
    write_delete(b, ENTITIES["agency"], y, merged_into=x)
    send(a, b)
    send(b, a)
    assert dump_json(a) == dump_json(b)
    alive = [r["id"] for r in records.list_records(a, "agency")]
    assert alive == [min(x, y)]


def test_another_posts_check_does_not_verify_an_item(make_store, coordinator) -> None:
    dos, akj = make_store("post", "DOS"), make_store("post", "AKJ")
    trust(coordinator, dos)
    trust(coordinator, akj)
    item = _item(akj)
    send(akj, coordinator)
    records.create(
        dos, "stock_check", {"item": item, "checked_on": "2026-11-01", "result": "found"}
    )
    send(dos, coordinator)
    row = coordinator.conn.execute(
        "SELECT _last_verified FROM equipment WHERE id = ?", (item,)
    ).fetchone()
    assert row == (None,)
    records.create(
        akj, "stock_check", {"item": item, "checked_on": "2026-11-02", "result": "found"}
    )
    send(akj, coordinator)
    row = coordinator.conn.execute(
        "SELECT _last_verified FROM equipment WHERE id = ?", (item,)
    ).fetchone()
    assert row == ("2026-11-02",)


def test_opposite_merges_leave_references_on_the_survivor(make_store) -> None:
    from bordertrack.services.duplicates import merge_duplicates

    a, b = make_store("coordinator", name="a"), make_store("coordinator", name="b")
    x = records.create(a, "person", {"full_name": "Aibek", "sex": "male", "service_number": "S1"})
    y = records.create(b, "person", {"full_name": "Aibek", "sex": "male", "service_number": "S2"})
    send(a, b)
    send(b, a)
    item = records.create(
        a, "equipment", {"asset_tag": "T", "category": "radio", "post": "DOS", "holder": y}
    )
    send(a, b)
    merge_duplicates(a, "person", x, y)
    merge_duplicates(b, "person", y, x)
    send(a, b)
    send(b, a)
    assert dump_json(a) == dump_json(b)
    (alive,) = records.list_records(a, "person")
    assert records.get(a, "equipment", item)["holder"] == alive["id"]
