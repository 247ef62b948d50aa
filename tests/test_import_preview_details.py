"""The import preview lists what would change record by record, in the person's words,
without changing anything; devices of the same name are told apart wherever they are named.
"""

from __future__ import annotations

from bordertrack.services import records
from bordertrack.services.device_names import device_labels
from bordertrack.services.import_preview_details import filter_lines
from bordertrack.services.trust import list_devices, my_card, trust_card
from bordertrack.store.database import Store
from tests.sync_helpers import deliver, enrol, make_bundle


def _pair(make_store) -> tuple[Store, Store]:
    post, coord = make_store("post", "DOS", name="dostuk"), make_store("coordinator", name="hq")
    enrol(post, coord)
    records.create(coord, "post", {"code": "DOS", "name": "Dostuk", "kind": "road"})
    deliver(make_bundle(coord, to=post.device["id"]), post)
    return post, coord


def _dump(store: Store) -> list:
    conn = store.conn
    return [
        conn.execute("SELECT count(*) FROM changes").fetchone(),
        conn.execute("SELECT * FROM equipment ORDER BY id").fetchall(),
        conn.execute("SELECT * FROM conflicts ORDER BY id").fetchall(),
        conn.execute("SELECT count(*) FROM import_log").fetchone(),
    ]


def test_preview_lists_fields_old_to_new_in_words_and_conflicts_with_both_sides(make_store):
    post, coord = _pair(make_store)
    item = records.create(
        post, "equipment", {"asset_tag": "DOS-1", "category": "radio", "post": "DOS"}
    )
    deliver(make_bundle(post, to=coord.device["id"]), coord)
    deliver(make_bundle(coord, to=post.device["id"]), post)
    # Concurrent: the coordinator sets status and notes; the post sets notes too.
    records.update(coord, "equipment", item, {"status": "lost", "notes": "from HQ"})
    records.update(post, "equipment", item, {"notes": "from the post"})
    records.create(coord, "equipment", {"asset_tag": "DOS-2", "category": "vehicle", "post": "DOS",
                                        "received_date": "2026-03-09"})  # fmt: skip
    bundle = make_bundle(coord, to=post.device["id"])
    before = _dump(post)
    report = deliver(bundle, post, dry_run=True, lang="ru")
    assert _dump(post) == before  # the preview changed nothing
    lines = {(x.kind, x.title, x.field): x for x in report.details}
    status = lines[("changed", "DOS-1", "status")]
    assert (status.old, status.new, status.new_text) == ("in_service", "lost", "Утеряно")
    assert status.field_label == "Состояние"
    conflict = lines[("conflict", "DOS-1", "notes")]
    assert (conflict.old_text, conflict.new_text) == ("from the post", "from HQ")
    assert (conflict.old_by, conflict.new_by) == ("dostuk", "hq")
    assert conflict.old_at and conflict.new_at
    new = {x.field: x for x in report.details if x.kind == "new" and x.title == "DOS-2"}
    assert new["category"].new_text != "vehicle" and new["post"].new_text == "Dostuk"
    assert new["received_date"].new_text == "09.03.2026" and new["received_date"].old_text == "—"
    assert report.details_total == len(report.details)
    assert {x.kind for x in filter_lines(report.details, kind="conflict")} == {"conflict"}
    assert filter_lines(report.details, entity="post") == []
    data = report.to_json()
    assert data["details_total"] == len(data["details"])
    assert {"kind", "old", "new", "old_text", "new_text", "old_by", "new_at"} <= set(
        data["details"][0]
    )
    assert "details" not in deliver(bundle, post).to_json()  # applying keeps the log small


def test_held_changes_are_listed_with_the_reason(make_store):
    coord = make_store("coordinator", name="hq")
    other = make_store("post", "KRK", name="karkyra")
    enrol(other, coord)
    records.create(other, "equipment", {"asset_tag": "K-1", "category": "radio", "post": "KRK"})
    deliver(make_bundle(other, to=coord.device["id"]), coord)
    # A receiver that trusts the coordinator only as a post: what it relays is held.
    receiver = make_store("post", "DOS", name="receiver")
    trust_card(receiver, my_card(coord), "post", "KRK")
    trust_card(receiver, my_card(other))
    report = deliver(make_bundle(coord, full=True), receiver, dry_run=True, lang="en")
    held = filter_lines(report.details, kind="held")
    assert held and {x.title for x in held} == {"K-1"}
    assert {x.note for x in held} == {"relayed by a device that may only send its own changes"}
    assert {x.new_by for x in held} == {"karkyra"}


def test_devices_with_one_name_are_told_apart(make_store):
    coord = make_store("coordinator", name="hq")
    first = make_store("post", "DOS", name="Dostuk laptop")
    second = make_store("post", "KRK", name="Dostuk laptop")
    trust_card(coord, my_card(first))
    trust_card(coord, my_card(second))
    labels = device_labels(coord.conn)
    a, b = labels[first.device["id"]], labels[second.device["id"]]
    assert a != b and a.startswith("Dostuk laptop (DOS, ") and "KRK" in b
    assert my_card(first).key_fingerprint.split("-")[0] in a
    assert labels[coord.device["id"]] == "hq"  # a unique name stays as it is
    assert {d["label"] for d in list_devices(coord)} == {a, b}
