"""Conflict cases found in review: held knowledge, restoring after a delete, a post's edit
that lost a race with a transfer. In each, no edit may vanish without a conflict entry.
"""

from __future__ import annotations

from bordertrack.domain.entities import ENTITIES
from bordertrack.services import conflicts, records
from bordertrack.services.dump import dump_json
from bordertrack.store.fold import LogRow, fold
from bordertrack.store.scope import Role

from .sync_helpers import deliver, make_bundle, two_coordinators_and_a_post


def test_held_change_does_not_hide_a_conflict() -> None:
    roles = {"A": Role("post", "AKJ"), "B": Role("post", "DOS"), "C": Role("coordinator", None)}
    rows = [
        LogRow("A", 1, 10, "asset_tag", "T1", ""),
        LogRow("A", 2, 10, "category", "camera", ""),
        LogRow("A", 3, 10, "post", "AKJ", ""),
        LogRow("A", 4, 10, "status", "in_service", ""),
        LogRow("A", 5, 20, "notes", "from A", ""),
        LogRow("C", 1, 30, "notes", "from C", ""),
        LogRow("B", 1, 40, "notes", "from B", "A:5"),  # out of scope: held
    ]
    folded = fold(ENTITIES["equipment"], "r1", rows, roles)
    assert [(c.winner.cid, c.loser.cid) for c in folded.conflicts if c.kind == "edit"] == [
        ("C:1", "A:5")
    ]


def test_restoring_after_a_delete_keeps_the_chosen_value(make_store) -> None:
    c, d, a = two_coordinators_and_a_post(make_store)
    item = records.create(a, "equipment", {"asset_tag": "T1", "category": "camera"})
    pa = make_bundle(a, to=c.device["id"])
    deliver(pa, c)
    deliver(pa, d, allow_other_recipient=True)
    records.update(c, "equipment", item, {"notes": "c-note"})
    records.update(d, "equipment", item, {"notes": "d-note"})
    records.delete(a, "equipment", item)
    deliver(make_bundle(d, to=c.device["id"]), c)
    deliver(make_bundle(a, to=c.device["id"]), c)
    views = conflicts.list_conflicts(c)
    mine = next(v for v in views if "c-note" in (v.mine_value, v.theirs_value))
    keep = "mine" if mine.mine_value == "c-note" else "theirs"
    conflicts.resolve_conflict(c, mine.id, keep)
    assert records.get(c, "equipment", item)["notes"] == "c-note"
    assert conflicts.list_conflicts(c) == []
    deliver(make_bundle(c, to=d.device["id"]), d)
    deliver(make_bundle(a, to=d.device["id"]), d)
    assert dump_json(c) == dump_json(d)


def test_post_edit_that_lost_the_race_with_a_transfer_is_a_conflict(make_store) -> None:
    c, _d, a = two_coordinators_and_a_post(make_store)
    item = records.create(a, "equipment", {"asset_tag": "T1", "category": "camera"})
    deliver(make_bundle(a, to=c.device["id"]), c)
    records.update(c, "equipment", item, {"post": "DOS"})  # the coordinator hands it to Dostuk
    records.update(a, "equipment", item, {"status": "broken"})  # the post, not knowing
    report = deliver(make_bundle(a, to=c.device["id"]), c)
    assert report.out_of_scope == 1
    (view,) = conflicts.list_conflicts(c)
    assert view.kind == "scope" and view.field == "status"
    assert {view.mine_value, view.theirs_value} == {"in_service", "broken"}
    conflicts.resolve_conflict(c, view.id, "theirs" if view.theirs_value == "broken" else "mine")
    assert records.get(c, "equipment", item)["status"] == "broken"
    assert conflicts.list_conflicts(c) == []
