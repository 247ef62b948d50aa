"""What a change knowingly overwrote counts whether it is applied, held or released: a
device's own consecutive edits never conflict, even with one of them held in between.
"""

from __future__ import annotations

from bordertrack.domain.entities import ENTITIES
from bordertrack.services import conflicts, records
from bordertrack.services.dump import dump_json
from bordertrack.store.fold import LogRow, fold
from bordertrack.store.scope import Role

from .sync_helpers import deliver, enrol, make_bundle

ROLES = {"P": Role("post", "DOS"), "Q": Role("post", "AKJ"), "C": Role("coordinator", None)}
CREATE = [
    LogRow("P", 1, 10, "asset_tag", "T1", ""),
    LogRow("P", 2, 10, "category", "radio", ""),
    LogRow("P", 3, 10, "post", "DOS", ""),
    LogRow("P", 4, 10, "status", "in_service", ""),
]


def _fold(rows):
    return fold(
        ENTITIES["equipment"], "r1", sorted(rows, key=lambda r: (r.hlc, r.origin, r.seq)), ROLES
    )


def test_held_middle_edit_keeps_its_knowledge() -> None:
    rows = [
        *CREATE,
        LogRow("P", 5, 20, "notes", "a", ""),
        LogRow("C", 1, 30, "post", "TOR", "P:3"),
        LogRow("P", 6, 40, "notes", "b", "P:5"),  # held: the item is at TOR by clock order
        LogRow("C", 2, 50, "post", "DOS", "C:1"),
        LogRow("P", 7, 60, "notes", "c", "P:6"),
    ]
    folded = _fold(rows)
    assert [r.cid for r in folded.held] == ["P:6"]
    assert folded.values["notes"] == "c"
    assert folded.conflicts == []


def test_three_held_edits_in_a_chain_make_no_conflict() -> None:
    rows = [
        *CREATE,
        LogRow("P", 5, 20, "notes", "a", ""),
        LogRow("C", 1, 30, "post", "TOR", "P:3"),
        LogRow("P", 6, 40, "notes", "b", "P:5"),
        LogRow("P", 7, 41, "notes", "b2", "P:6"),
        LogRow("P", 8, 42, "notes", "b3", "P:7"),
        LogRow("C", 2, 50, "post", "DOS", "C:1"),
        LogRow("P", 9, 60, "notes", "c", "P:8"),
    ]
    folded = _fold(rows)
    assert folded.conflicts == []
    assert folded.values["notes"] == "c"


def test_held_edit_still_conflicts_with_a_concurrent_one() -> None:
    """Held knowledge removes the device's own earlier value, not a real concurrent edit."""
    rows = [
        *CREATE,
        LogRow("P", 5, 20, "notes", "a", ""),
        LogRow("C", 1, 30, "post", "TOR", "P:3"),
        LogRow("C", 3, 35, "notes", "from C", ""),
        LogRow("P", 6, 40, "notes", "b", "P:5"),
        LogRow("C", 2, 50, "post", "DOS", "C:1"),
        LogRow("P", 7, 60, "notes", "c", "P:6"),
    ]
    folded = _fold(rows)
    pairs = {(c.winner.cid, c.loser.cid) for c in folded.conflicts}
    assert pairs == {("P:7", "C:3")}


def test_knowledge_of_a_device_that_never_had_the_record_counts_for_nothing() -> None:
    rows = [
        *CREATE,
        LogRow("P", 5, 20, "notes", "from P", ""),
        LogRow("C", 1, 30, "notes", "from C", ""),
        LogRow("Q", 1, 40, "notes", "from Q", "P:5 C:1"),  # AKJ never had it: held
    ]
    folded = _fold(rows)
    assert [(c.winner.cid, c.loser.cid) for c in folded.conflicts] == [("C:1", "P:5")]


def test_reproduction_post_chain_through_a_move_and_back(make_store) -> None:
    c, d, p = (
        make_store("coordinator", name="c"),
        make_store("coordinator", name="d"),
        make_store("post", "DOS", name="p"),
    )
    enrol(c, d)
    enrol(p, c)
    enrol(p, d)
    item = records.create(p, "equipment", {"asset_tag": "T1", "category": "radio"})
    deliver(make_bundle(p, to=c.device["id"]), c)
    records.update(p, "equipment", item, {"notes": "a"})
    records.update(c, "equipment", item, {"post": "TOR"})
    records.update(p, "equipment", item, {"notes": "b"})
    records.update(c, "equipment", item, {"post": "DOS"})
    records.update(p, "equipment", item, {"notes": "c"})
    report = deliver(make_bundle(p, to=c.device["id"]), c)
    assert report.conflicts == 0
    assert conflicts.list_conflicts(c) == []
    assert records.get(c, "equipment", item)["notes"] == "c"
    # The other coordinator, receiving the same changes in another order, agrees.
    deliver(make_bundle(p, to=d.device["id"]), d)
    deliver(make_bundle(c, to=d.device["id"]), d)
    assert conflicts.list_conflicts(d) == []
    assert dump_json(c) == dump_json(d)


def test_resolving_a_scope_conflict_clears_it_everywhere(make_store) -> None:
    c, d, p = (
        make_store("coordinator", name="c"),
        make_store("coordinator", name="d"),
        make_store("post", "DOS", name="p"),
    )
    enrol(c, d)
    enrol(p, c)
    enrol(p, d)
    item = records.create(p, "equipment", {"asset_tag": "T1", "category": "radio"})
    deliver(make_bundle(p, to=c.device["id"]), c)
    records.update(c, "equipment", item, {"post": "TOR"})
    records.update(p, "equipment", item, {"status": "broken"})
    deliver(make_bundle(p, to=c.device["id"]), c)
    (view,) = conflicts.list_conflicts(c)
    conflicts.resolve_conflict(c, view.id, "theirs" if view.theirs_value == "broken" else "mine")
    assert conflicts.list_conflicts(c) == []
    deliver(make_bundle(p, to=d.device["id"]), d)
    deliver(make_bundle(c, to=d.device["id"]), d)
    assert conflicts.list_conflicts(d) == []
    assert dump_json(c) == dump_json(d)


def test_a_held_edit_the_delete_did_not_know_is_a_delete_conflict() -> None:
    """Rule: a post's edit held because the record had left it, then a delete that did not
    know the edit, must show as an edit concurrent with the delete, not vanish."""
    rows = [
        *CREATE,
        LogRow("C", 1, 30, "post", "TOR", "P:3"),
        LogRow("P", 5, 40, "notes", "from P", ""),  # held: the item is at TOR by clock order
        LogRow("C", 2, 50, "_deleted", 1, "C:1 P:1 P:2 P:4"),
    ]
    folded = _fold(rows)
    assert folded.deleted and [r.cid for r in folded.held] == ["P:5"]
    assert [(c.kind, c.winner.cid, c.loser.cid) for c in folded.conflicts] == [
        ("delete", "C:2", "P:5")
    ]


def test_a_delete_that_knew_the_held_edit_makes_no_conflict() -> None:
    rows = [
        *CREATE,
        LogRow("C", 1, 30, "post", "TOR", "P:3"),
        LogRow("P", 5, 40, "notes", "from P", ""),
        LogRow("C", 2, 50, "_deleted", 1, "C:1 P:1 P:2 P:4 P:5"),
    ]
    assert _fold(rows).conflicts == []


def _coordinator_and_post(make_store):
    c, d, p = (
        make_store("coordinator", name="c"),
        make_store("coordinator", name="d"),
        make_store("post", "DOS", name="p"),
    )
    enrol(c, d)
    enrol(p, c)
    enrol(p, d)
    item = records.create(p, "equipment", {"asset_tag": "T1", "category": "radio"})
    deliver(make_bundle(p, to=c.device["id"]), c)
    return c, d, p, item


def test_a_post_edit_held_after_a_move_survives_a_later_delete(make_store) -> None:
    c, d, p, item = _coordinator_and_post(make_store)
    records.update(c, "equipment", item, {"post": "TOR"})
    records.update(p, "equipment", item, {"status": "broken"})  # the post, not knowing
    records.delete(c, "equipment", item)  # before the post's edit arrived
    deliver(make_bundle(p, to=c.device["id"]), c)
    (view,) = conflicts.list_conflicts(c)
    assert view.kind == "delete" and view.field == "status"
    assert {view.mine_value, view.theirs_value} == {"(deleted)", "broken"}
    # Restoring keeps the post's value; the conflict clears on every coordinator.
    conflicts.resolve_conflict(c, view.id, "broken")
    assert records.get(c, "equipment", item)["status"] == "broken"
    assert conflicts.list_conflicts(c) == []
    deliver(make_bundle(p, to=d.device["id"]), d)
    deliver(make_bundle(c, to=d.device["id"]), d)
    assert conflicts.list_conflicts(d) == []
    assert dump_json(c) == dump_json(d)


def test_deleting_after_seeing_the_scope_conflict_settles_it(make_store) -> None:
    c, _d, p, item = _coordinator_and_post(make_store)
    records.update(c, "equipment", item, {"post": "TOR"})
    records.update(p, "equipment", item, {"status": "broken"})
    deliver(make_bundle(p, to=c.device["id"]), c)
    (view,) = conflicts.list_conflicts(c)
    assert view.kind == "scope"
    records.delete(c, "equipment", item)  # the coordinator saw the post's edit: no conflict
    assert conflicts.list_conflicts(c) == []


def test_edits_at_the_post_a_held_hand_over_named_are_kept_for_review() -> None:
    """Rule: a post that was told it had the record (another post handed it over, and a
    coordinator relayed that before learning of an earlier transfer) may have edited it;
    its held edits are kept for review like the handing post's own."""
    rows = [
        *CREATE,
        LogRow("C", 1, 20, "post", "TOR", "P:3"),  # the coordinator sends it to Torugart
        LogRow("P", 5, 30, "post", "AKJ", "P:3"),  # Dostuk, not knowing, hands it to Ak-Jol
        LogRow("Q", 1, 40, "notes", "from AKJ", ""),  # Ak-Jol, told by the relay, edits it
    ]
    folded = _fold(rows)
    assert [r.cid for r in folded.held] == ["P:5", "Q:1"]
    assert {(c.kind, c.loser.cid) for c in folded.conflicts} == {("scope", "P:5"), ("scope", "Q:1")}


def test_an_edit_by_the_post_a_relayed_hand_over_named_is_not_lost(make_store) -> None:
    c, d, p, item = _coordinator_and_post(make_store)
    q = make_store("post", "AKJ", name="q")
    enrol(q, c)
    enrol(q, d)
    deliver(make_bundle(c, to=d.device["id"]), d)
    records.update(d, "equipment", item, {"post": "TOR"})  # c has not heard of it yet
    records.update(p, "equipment", item, {"post": "AKJ"})  # Dostuk hands it to Ak-Jol
    deliver(make_bundle(p, to=c.device["id"]), c)
    deliver(make_bundle(c, to=q.device["id"]), q)
    records.update(q, "equipment", item, {"notes": "received at Ak-Jol"})
    deliver(make_bundle(q, to=c.device["id"]), c)
    deliver(make_bundle(d, to=c.device["id"]), c)
    assert records.get(c, "equipment", item)["post"] == "TOR"
    shown = {(v.kind, v.field) for v in conflicts.list_conflicts(c)}
    assert shown == {("scope", "post"), ("scope", "notes")}
    # Ak-Jol learns where the item went: it leaves Ak-Jol's own list.
    deliver(make_bundle(c, to=q.device["id"]), q)
    assert records.get(q, "equipment", item)["post"] == "TOR"
    assert records.list_records(q, "equipment", {"post": "AKJ"}) == []


def test_every_post_along_a_chain_of_relayed_hand_overs_learns_where_the_item_went(
    make_store,
) -> None:
    """Dostuk hands to Ak-Jol, Ak-Jol to Bor-Dobo, each relayed by a coordinator that had not
    yet heard of the other coordinator's earlier transfer to Torugart. Both hand-overs end up
    held; every post that was told it had the item, however far down the chain, is told
    where it is now."""
    c, d, p, item = _coordinator_and_post(make_store)
    q = make_store("post", "AKJ", name="q")
    r = make_store("post", "BDB", name="r")
    for post in (q, r):
        enrol(post, c)
        enrol(post, d)
    deliver(make_bundle(c, to=d.device["id"]), d)
    records.update(d, "equipment", item, {"post": "TOR"})  # c has not heard of it yet
    records.update(p, "equipment", item, {"post": "AKJ"})
    deliver(make_bundle(p, to=c.device["id"]), c)
    deliver(make_bundle(c, to=q.device["id"]), q)
    records.update(q, "equipment", item, {"post": "BDB"})  # Ak-Jol hands it on
    deliver(make_bundle(q, to=c.device["id"]), c)
    deliver(make_bundle(c, to=r.device["id"]), r)
    assert records.get(r, "equipment", item)["post"] == "BDB"
    records.update(r, "equipment", item, {"notes": "received at Bor-Dobo"})
    deliver(make_bundle(r, to=c.device["id"]), c)
    deliver(make_bundle(d, to=c.device["id"]), c)
    assert records.get(c, "equipment", item)["post"] == "TOR"
    assert ("scope", "notes") in {(v.kind, v.field) for v in conflicts.list_conflicts(c)}
    for post, code in ((q, "AKJ"), (r, "BDB")):
        deliver(make_bundle(c, to=post.device["id"]), post)
        assert records.get(post, "equipment", item)["post"] == "TOR"
        assert records.list_records(post, "equipment", {"post": code}) == []
