"""The import pipeline through in-memory bundles: untrusted or revoked signers, repeats,
relayed and out-of-scope changes, clocks far ahead, forks, gaps, conflicts and duplicates."""

from __future__ import annotations

import pytest

from bordertrack.domain.errors import BorderTrackError
from bordertrack.services import conflicts, duplicates, records
from bordertrack.services.dump import dump_json
from bordertrack.services.import_bundle import ImportRefused
from bordertrack.services.trust import revoke
from bordertrack.store.changes import Change
from bordertrack.store.hlc import FAR_AHEAD_MS, now_ms, pack

from .sync_helpers import deliver, enrol, make_bundle


def _state(store) -> tuple:
    return (
        dump_json(store),
        store.conn.execute("SELECT count(*) FROM changes").fetchone(),
        store.conn.execute("SELECT count(*) FROM import_log").fetchone(),
    )


def test_untrusted_and_revoked_signers_are_refused(make_store, coordinator) -> None:
    post = make_store("post", "DOS")
    records.create(post, "equipment", {"asset_tag": "A", "category": "radio"})
    bundle = make_bundle(post, full=True)
    before = _state(coordinator)
    with pytest.raises(ImportRefused, match="does not trust"):
        deliver(bundle, coordinator)
    enrol(post, coordinator)
    revoke(coordinator, post.device["id"])
    with pytest.raises(ImportRefused, match="revoked"):
        deliver(bundle, coordinator)
    assert _state(coordinator) == before


def test_repeat_import_is_reported_and_changes_nothing(make_store, coordinator) -> None:
    post = make_store("post", "DOS")
    enrol(post, coordinator)
    records.create(post, "equipment", {"asset_tag": "A", "category": "radio"})
    bundle = make_bundle(post)
    first = deliver(bundle, coordinator)
    snapshot = _state(coordinator)
    again = deliver(bundle, coordinator)
    assert first.status == "applied" and first.new == 1
    assert again.status == "already_imported" and "already imported" in again.message
    assert _state(coordinator) == snapshot


def test_dry_run_previews_and_changes_nothing(make_store, coordinator) -> None:
    post = make_store("post", "DOS")
    enrol(post, coordinator)
    records.create(post, "equipment", {"asset_tag": "A", "category": "radio"})
    before = _state(coordinator)
    report = deliver(make_bundle(post), coordinator, dry_run=True)
    assert (
        report.status == "preview"
        and report.new == 1
        and report.records == {"equipment": report.records["equipment"]}
    )
    assert _state(coordinator) == before


def test_post_bundle_may_not_relay_others_changes(make_store, coordinator) -> None:
    dos, akj = make_store("post", "DOS"), make_store("post", "AKJ")
    enrol(dos, coordinator)
    enrol(akj, coordinator)
    rid = records.create(dos, "equipment", {"asset_tag": "A", "category": "radio"})
    bundle = make_bundle(akj, full=True)
    forged = Change(
        dos.device["id"], 99, akj.clock.tick(), "equipment", rid, "status", "stolen", "", ""
    )
    bundle.changes.append(forged)
    report = deliver(bundle, coordinator)
    assert report.out_of_scope == 1 and report.held[0]["why"].startswith("relayed")
    assert (
        coordinator.conn.execute(
            "SELECT count(*) FROM changes WHERE origin = ?", (dos.device["id"],)
        ).fetchone()[0]
        == 0
    )


def test_post_editing_another_posts_item_is_listed_out_of_scope(make_store, coordinator) -> None:
    dos, akj = make_store("post", "DOS"), make_store("post", "AKJ")
    enrol(dos, coordinator)
    enrol(akj, coordinator)
    rid = records.create(dos, "equipment", {"asset_tag": "A", "category": "radio"})
    deliver(make_bundle(dos), coordinator)
    bundle = make_bundle(akj, full=True)
    bundle.changes.append(
        Change(akj.device["id"], 1, akj.clock.tick(), "equipment", rid, "status", "stolen", "", "")
    )
    report = deliver(bundle, coordinator)
    assert report.out_of_scope == 1
    assert records.get(coordinator, "equipment", rid)["status"] == "in_service"


def test_export_to_a_post_carries_only_what_it_needs(make_store, coordinator) -> None:
    dos, akj = make_store("post", "DOS"), make_store("post", "AKJ")
    for p in (dos, akj):
        enrol(p, coordinator)
    records.create(coordinator, "post", {"code": "DOS", "name": "Dostuk"})
    records.create(
        dos, "person", {"full_name": "Aibek Asanov", "sex": "male", "service_number": "BS-1"}
    )
    records.create(
        akj, "person", {"full_name": "Asel Usenova", "sex": "female", "service_number": "BS-2"}
    )
    records.create(akj, "equipment", {"asset_tag": "AKJ-1", "category": "radio"})
    deliver(make_bundle(dos), coordinator)
    deliver(make_bundle(akj), coordinator)
    bundle = make_bundle(coordinator, to=dos.device["id"])
    entities = {(c.entity, c.record_id) for c in bundle.changes}
    kinds = {e for e, _ in entities}
    assert "post" in kinds
    deliver(bundle, dos)
    names = [p["full_name"] for p in records.list_records(dos, "person")]
    assert names == ["Aibek Asanov"]
    assert records.list_records(dos, "equipment") == []


def test_clock_far_ahead_is_flagged_and_local_clock_moves_past(make_store, coordinator) -> None:
    post = make_store("post", "DOS")
    enrol(post, coordinator)
    future = pack(now_ms() + 3 * FAR_AHEAD_MS, 0)
    post.clock.observe(future)
    records.create(post, "equipment", {"asset_tag": "A", "category": "radio"})
    bundle = make_bundle(post)
    with pytest.raises(BorderTrackError, match="more than a day after"):
        deliver(bundle, coordinator)  # beyond the maximum offset: refused unless accepted
    report = deliver(bundle, coordinator, accept_future=True)
    assert report.clock_ahead > 0 and "future" in report.summary()
    rid = records.list_records(coordinator, "equipment")[0]["id"]
    records.update(coordinator, "equipment", rid, {"status": "broken"})
    assert records.get(coordinator, "equipment", rid)["status"] == "broken", (
        "a later edit still wins"
    )


def test_fork_one_change_id_two_contents_is_refused(make_store, coordinator) -> None:
    post = make_store("post", "DOS")
    enrol(post, coordinator)
    records.create(post, "equipment", {"asset_tag": "A", "category": "radio"})
    deliver(make_bundle(post), coordinator)
    before = _state(coordinator)
    # The same database copied to a second laptop makes a different change with the same numbers.
    clone = make_bundle(post, full=True)
    first = clone.changes[0]
    clone.changes[0] = first._replace(value="TAMPERED-" + str(first.value))
    clone.digest = "f" * 64
    with pytest.raises(ImportRefused, match="copied"):
        deliver(clone, coordinator)
    assert _state(coordinator) == before


def test_fork_of_bundle_chain_is_refused(make_store, coordinator) -> None:
    post = make_store("post", "DOS")
    enrol(post, coordinator)
    records.create(post, "equipment", {"asset_tag": "A", "category": "radio"})
    b1 = make_bundle(post)
    deliver(b1, coordinator)
    records.create(post, "equipment", {"asset_tag": "B", "category": "radio"})
    b2 = make_bundle(post)
    b2.header.prev_digest = "0" * 64  # made on a copy that never saw bundle 1
    with pytest.raises(ImportRefused, match="copied onto two machines"):
        deliver(b2, coordinator)


def test_missing_bundles_counted_per_recipient_chain(make_store) -> None:
    post = make_store("post", "DOS")
    c1, c2 = make_store("coordinator", name="c1"), make_store("coordinator", name="c2")
    for c in (c1, c2):
        enrol(post, c)
    records.create(post, "equipment", {"asset_tag": "A", "category": "radio"})
    lost = make_bundle(post, to=c1.device["id"])  # never arrives
    records.create(post, "equipment", {"asset_tag": "B", "category": "radio"})
    assert deliver(make_bundle(post, to=c2.device["id"]), c2).missing_bundles == []
    records.create(post, "equipment", {"asset_tag": "C", "category": "radio"})
    second = make_bundle(post, to=c1.device["id"])
    assert (lost.header.bundle_seq, second.header.bundle_seq) == (1, 2)
    assert deliver(second, c1).missing_bundles == [(1, 1)]
    assert deliver(lost, c1).missing_bundles == []


def test_gaps_name_the_missing_numbers(make_store) -> None:
    post = make_store("post", "DOS")
    coord = make_store("coordinator")
    enrol(post, coord)
    records.create(post, "equipment", {"asset_tag": "A", "category": "radio"})
    records.create(post, "equipment", {"asset_tag": "B", "category": "radio"})
    bundle = make_bundle(post, full=True)
    n = len(bundle.changes)
    bundle.changes = [c for c in bundle.changes if c.seq > n // 2]
    # As if the sender believed the first half had arrived: complete from n // 2 + 1 only.
    bundle.header.complete = {post.device["id"]: (n // 2 + 1, n)}
    report = deliver(bundle, coord)
    assert [(g.first, g.last) for g in report.gaps] == [(1, n // 2)]


def test_bundle_for_another_device_needs_confirmation(make_store) -> None:
    post = make_store("post", "DOS")
    c1, c2 = make_store("coordinator", name="c1"), make_store("coordinator", name="c2")
    enrol(post, c1)
    enrol(post, c2)
    records.create(post, "equipment", {"asset_tag": "A", "category": "radio"})
    bundle = make_bundle(post, to=c1.device["id"])
    with pytest.raises(ImportRefused, match="addressed to device"):
        deliver(bundle, c2)
    assert deliver(bundle, c2, allow_other_recipient=True).status == "applied"


def test_incremental_export_sends_only_what_peer_lacks(make_store, coordinator) -> None:
    post = make_store("post", "DOS")
    enrol(post, coordinator)
    records.create(post, "equipment", {"asset_tag": "A", "category": "radio"})
    deliver(make_bundle(post), coordinator)
    deliver(
        make_bundle(coordinator, to=post.device["id"]), post
    )  # carries the coordinator's vector
    records.create(post, "equipment", {"asset_tag": "B", "category": "radio"})
    second = make_bundle(post)
    assert {c.value for c in second.changes if c.field == "asset_tag"} == {"B"}


def test_conflict_resolution_syncs_and_clears_everywhere(make_store) -> None:
    a, b = make_store("coordinator", name="a"), make_store("coordinator", name="b")
    enrol(a, b)
    rid = records.create(a, "agency", {"code": "BS", "name": "Border", "kind": "border_guard"})
    deliver(make_bundle(a, to=b.device["id"]), b)
    records.update(a, "agency", rid, {"name": "From A"})
    records.update(b, "agency", rid, {"name": "From B"})
    report = deliver(make_bundle(a, to=b.device["id"]), b)
    assert report.conflicts == 1
    (view,) = conflicts.list_conflicts(b)
    assert (view.mine_value, view.theirs_value) == ("From B", "From A")
    conflicts.resolve_conflict(b, view.id, "theirs")
    assert conflicts.list_conflicts(b) == []
    deliver(make_bundle(b, to=a.device["id"]), a)
    assert conflicts.list_conflicts(a) == []
    assert (
        records.get(a, "agency", rid)["name"] == "From A" == records.get(b, "agency", rid)["name"]
    )


def test_duplicates_meeting_through_sync_are_offered_and_merged(make_store, coordinator) -> None:
    dos, akj = make_store("post", "DOS"), make_store("post", "AKJ")
    for p in (dos, akj):
        enrol(p, coordinator)
    holder = records.create(
        dos, "person", {"full_name": "Aibek Asanov", "sex": "male", "service_number": "BS-7"}
    )
    records.create(
        akj, "person", {"full_name": "Aibek Asanov", "sex": "male", "service_number": "BS-7"}
    )
    records.create(dos, "equipment", {"asset_tag": "A", "category": "radio", "holder": holder})
    deliver(make_bundle(dos), coordinator)
    report = deliver(make_bundle(akj), coordinator)
    assert report.duplicates == 1
    (group,) = duplicates.list_duplicates(coordinator)
    assert group.field == "service_number" and len(group.records) == 2
    keep = next(r["id"] for r in group.records if r["id"] != holder)
    moved = duplicates.merge_duplicates(coordinator, "person", keep, holder)
    assert moved == 1
    assert records.list_records(coordinator, "equipment")[0]["holder"] == keep
    assert duplicates.list_duplicates(coordinator) == []
    assert len(records.list_records(coordinator, "person")) == 1


def test_impossible_values_and_stamps_are_refused(make_store, coordinator) -> None:
    from bordertrack.services.import_checks import ImpossibleValue

    post = make_store("post", "DOS")
    enrol(post, coordinator)
    rid = records.create(post, "facility", {"name": "Fence", "type": "fence", "status": "planned"})
    before = _state(coordinator)
    for field, value, hlc in (
        ("percent_complete", 1000, post.clock.tick()),
        ("contract_value", float("inf"), post.clock.tick()),
        ("notes", "x", pack(now_ms() + 5 * 366 * 24 * 3600 * 1000, 0)),
    ):
        bundle = make_bundle(post, full=True)
        bundle.changes.append(
            Change(post.device["id"], 999, hlc, "facility", rid, field, value, "", "")
        )
        bundle.digest = field.ljust(64, "0")
        with pytest.raises(ImpossibleValue):
            deliver(bundle, coordinator)
        assert _state(coordinator) == before


def test_malformed_introductions_are_ignored(make_store, coordinator) -> None:
    other = make_store("coordinator", name="other")
    enrol(other, coordinator)
    records.create(other, "agency", {"code": "BS", "name": "Border", "kind": "border_guard"})
    bundle = make_bundle(other, full=True)
    bundle.header.devices = [
        {"id": "x1", "name": {"x": 1}, "role": "post"},
        {"id": "x2", "name": "ok", "role": ["post"]},
        {"id": "x3", "name": "ok", "role": "post", "post": "DOS", "public_key": b""},
    ]
    assert deliver(bundle, coordinator).status == "applied"
    ids = [
        r[0] for r in coordinator.conn.execute("SELECT id FROM devices WHERE status = 'introduced'")
    ]
    assert ids == ["x3"]


def test_a_revoked_key_cannot_be_trusted_again(make_store, coordinator) -> None:
    from bordertrack.services.trust import RevokedKey, my_card, trust_card

    post = make_store("post", "DOS")
    enrol(post, coordinator)
    revoke(coordinator, post.device["id"])
    with pytest.raises(RevokedKey, match="rotate"):
        trust_card(coordinator, my_card(post))
    status = coordinator.conn.execute(
        "SELECT status FROM devices WHERE id = ?", (post.device["id"],)
    ).fetchone()
    assert status == ("revoked",)


def test_trusting_a_device_anew_re_decides_its_held_changes(make_store, coordinator) -> None:
    from bordertrack.services.trust import my_card, trust_card

    post = make_store("post", "DOS")
    trust_card(coordinator, my_card(post), role="trainer")  # trusted for the wrong role at first
    trust_card(post, my_card(coordinator))
    records.create(post, "equipment", {"asset_tag": "A", "category": "radio"})
    report = deliver(make_bundle(post), coordinator)
    assert report.out_of_scope > 0 and records.list_records(coordinator, "equipment") == []
    trust_card(coordinator, my_card(post), role="post", post="DOS")
    assert [r["asset_tag"] for r in records.list_records(coordinator, "equipment")] == ["A"]
