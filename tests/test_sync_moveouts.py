"""A post is told when one of its records leaves it: a coordinator's transfer, its own
hand-over, a delete after a move, a person moved to another post. It then shows the
record for what it is, says where it went, and refuses a local edit in one line.
"""

from __future__ import annotations

import pytest

from bordertrack.domain.errors import OutOfScope
from bordertrack.services import conflicts, records
from bordertrack.services.handover import create_handover
from bordertrack.store.database import Store

from .sync_helpers import deliver, enrol, make_bundle


def _posts(c: Store) -> None:
    for code, name in (("DOS", "Dostuk"), ("TOR", "Torugart"), ("AKJ", "Ak-Jol")):
        records.create(c, "post", {"code": code, "name": name})


@pytest.fixture
def trio(make_store):
    """A coordinator who knows the posts by name, and the posts Dostuk and Torugart."""
    c = make_store("coordinator", name="coord")
    dos = make_store("post", "DOS", name="dostuk")
    tor = make_store("post", "TOR", name="torugart")
    enrol(c, dos)
    enrol(c, tor)
    _posts(c)
    deliver(make_bundle(c, to=dos.device["id"]), dos)
    deliver(make_bundle(c, to=tor.device["id"]), tor)
    return c, dos, tor


def _send(a: Store, b: Store):
    return deliver(make_bundle(a, to=b.device["id"]), b)


def _item(dos: Store, c: Store) -> str:
    item = records.create(dos, "equipment", {"asset_tag": "T1", "category": "radio"})
    _send(dos, c)
    return item


def test_coordinators_transfer_reaches_the_post_that_lost_the_item(trio) -> None:
    c, dos, _tor = trio
    item = _item(dos, c)
    records.update(c, "equipment", item, {"post": "TOR", "status": "broken"})
    bundle = make_bundle(c, to=dos.device["id"])
    assert bundle.changes, "the move-out must travel to the post that had the item"
    deliver(bundle, dos)
    assert records.get(dos, "equipment", item)["post"] == "TOR"
    assert records.list_records(dos, "equipment", {"post": "DOS"}) == []
    with pytest.raises(OutOfScope) as refused:
        records.update(dos, "equipment", item, {"notes": "still here?"})
    line = str(refused.value)
    assert "\n" not in line and "Torugart (TOR)" in line and "moved by the coordinator" in line
    notes = [h.note for h in records.history(dos, "equipment", item) if h.note]
    assert any(n.startswith("moved by the coordinator to Torugart on ") for n in notes)


def test_later_edits_at_the_new_post_stay_need_to_know(trio) -> None:
    c, dos, tor = trio
    item = _item(dos, c)
    records.update(c, "equipment", item, {"post": "TOR"})
    _send(c, dos)
    _send(c, tor)
    records.update(tor, "equipment", item, {"serial": "SECRET-1"})
    _send(tor, c)
    bundle = make_bundle(c, to=dos.device["id"])
    assert all(ch.field != "serial" for ch in bundle.changes)
    deliver(bundle, dos)
    assert records.get(dos, "equipment", item)["serial"] is None


def test_own_handover_to_another_post_is_told_with_its_act(trio) -> None:
    c, dos, tor = trio
    item = _item(dos, c)
    act = {
        "number": "2026/14",
        "act_date": "2026-03-12",
        "from_post": "DOS",
        "to_post": "TOR",
        "handed_by": "A. Osmonov",
        "received_by": "B. Asanov",
    }
    create_handover(dos, act, [item])
    notes = [h.note for h in records.history(dos, "equipment", item) if h.note]
    assert "handed to Torugart on 12/03/2026 (act 2026/14)" in notes
    dos.set_setting("language", "ru")
    ru = [h.note for h in records.history(dos, "equipment", item) if h.note]
    assert any("12.03.2026" in n and "(акт 2026/14)" in n for n in ru)
    with pytest.raises(OutOfScope) as refused:
        records.update(dos, "equipment", item, {"status": "broken"})
    line = str(refused.value)
    assert line.startswith("Эта запись теперь на посту Torugart (TOR)") and "(акт 2026/14)" in line
    dos.set_setting("language", "en")
    _send(dos, c)
    _send(c, tor)
    assert records.get(tor, "equipment", item)["post"] == "TOR"
    records.update(tor, "equipment", item, {"status": "under_repair"})
    _send(tor, c)
    _send(c, dos)
    # Dostuk does not learn Torugart's later edits, and no conflict arises anywhere.
    assert records.get(dos, "equipment", item)["status"] == "in_service"
    assert conflicts.list_conflicts(c) == [] and conflicts.list_conflicts(dos) == []


def test_move_then_delete_reaches_the_former_post(trio) -> None:
    c, dos, _tor = trio
    item = _item(dos, c)
    records.update(c, "equipment", item, {"post": "TOR"})
    records.delete(c, "equipment", item)
    _send(c, dos)
    assert records.list_records(dos, "equipment") == []
    notes = [h.note for h in records.history(dos, "equipment", item) if h.note]
    assert any(n.startswith("deleted by the coordinator on ") for n in notes)


def test_delete_after_the_move_by_the_new_post_reaches_the_former_post(trio) -> None:
    c, dos, tor = trio
    item = _item(dos, c)
    records.update(c, "equipment", item, {"post": "TOR"})
    _send(c, dos)
    _send(c, tor)
    records.delete(tor, "equipment", item)
    _send(tor, c)
    _send(c, dos)
    assert records.list_records(dos, "equipment") == []


def test_person_moved_between_posts(trio) -> None:
    c, dos, tor = trio
    person = records.create(dos, "person", {"full_name": "Aida K.", "sex": "female"})
    _send(dos, c)
    records.update(c, "person", person, {"post": "TOR"})
    _send(c, dos)
    _send(c, tor)
    assert records.get(dos, "person", person)["post"] == "TOR"
    assert records.get(tor, "person", person)["full_name"] == "Aida K."
    with pytest.raises(OutOfScope, match="Torugart"):
        records.update(dos, "person", person, {"rank": "Major"})


def test_merge_into_a_record_of_another_post_reaches_the_post(trio) -> None:
    c, dos, tor = trio
    item = _item(dos, c)
    other = records.create(tor, "equipment", {"asset_tag": "T1b", "category": "radio"})
    _send(tor, c)
    from bordertrack.domain.entities import ENTITIES
    from bordertrack.store.edits import write_delete

    write_delete(c, ENTITIES["equipment"], item, merged_into=other)
    _send(c, dos)
    assert records.list_records(dos, "equipment") == []
    assert records.get(dos, "equipment", item, include_deleted=True)["id"] == item


def test_no_stream_of_scope_conflicts_after_a_transfer(trio) -> None:
    """The post learns of the move, so it cannot keep editing what is no longer its own."""
    c, dos, _tor = trio
    item = _item(dos, c)
    records.update(c, "equipment", item, {"post": "TOR"})
    _send(c, dos)
    for status in ("broken", "lost"):
        with pytest.raises(OutOfScope):
            records.update(dos, "equipment", item, {"status": status})
    _send(dos, c)
    assert conflicts.list_conflicts(c) == []
