"""The stamp checks' shortcuts decide exactly what the general walk decides: a bundle of
new changes is judged by range probes and one C-speed pass, and every way a stamp can go
back (among the new changes, against a held neighbour below or above, inside a held range)
is still refused with the change named."""

from __future__ import annotations

import pytest

from bordertrack.services import records
from bordertrack.services.stamp_checks import StampRefused, _held_stamps, check_stamps
from bordertrack.store.changes import Change

from .sync_helpers import deliver, enrol, make_bundle


@pytest.fixture
def pair(make_store):
    c = make_store("coordinator", name="coord")
    dos = make_store("post", "DOS", name="dostuk")
    enrol(c, dos)
    for n in range(3):
        records.create(
            dos, "equipment", {"asset_tag": f"DOS-{n}", "serial": f"S{n}", "category": "radio"}
        )
    deliver(make_bundle(dos, to=c.device["id"]), c)
    return c, dos


def _logged(store, origin: str) -> dict[int, int]:
    return dict(
        store.conn.execute("SELECT seq, hlc FROM changes WHERE origin = ?", (origin,)).fetchall()
    )


def _new(origin: str, seq: int, hlc: int, rid: str = "r-new") -> Change:
    return Change(origin, seq, hlc, "equipment", rid, "notes", f"n{seq}", "", "")


def test_held_stamps_answers_only_the_ids_asked_for_and_held(pair) -> None:
    c, dos = pair
    me = dos.device["id"]
    held = _logged(c, me)
    top = max(held)
    asked = {me: [1, top, top + 5, 2, 0], "no-such-device": [1, 2]}
    assert _held_stamps(c.conn, asked) == {f"{me}:1": held[1], f"{me}:{top}": held[top]} | {
        f"{me}:2": held[2]
    }
    assert _held_stamps(c.conn, {me: range(top + 1, top + 1000)}) == {}


def test_new_changes_whose_stamps_go_back_among_themselves_are_refused(pair) -> None:
    c, dos = pair
    me = dos.device["id"]
    top, hlc = max(_logged(c, me).items())
    changes = [_new(me, top + 1, hlc + 10), _new(me, top + 2, hlc + 5), _new(me, top + 3, hlc + 20)]
    header = make_bundle(dos).header
    with pytest.raises(StampRefused, match=f"{me}:{top + 2}.*its own change {me}:{top + 1}"):
        check_stamps(c.conn, header, changes)
    in_order = [ch._replace(hlc=hlc + n) for n, ch in enumerate(changes, start=1)]
    check_stamps(c.conn, header, in_order)


def test_new_changes_stamped_before_the_held_change_below_them_are_refused(pair) -> None:
    c, dos = pair
    me = dos.device["id"]
    top, hlc = max(_logged(c, me).items())
    header = make_bundle(dos).header
    with pytest.raises(StampRefused, match=f"{me}:{top + 1}.*its own change {me}:{top}"):
        check_stamps(c.conn, header, [_new(me, top + 1, hlc - 1), _new(me, top + 2, hlc + 1)])
    check_stamps(c.conn, header, [_new(me, top + 1, hlc + 1), _new(me, top + 2, hlc + 2)])


def test_a_gap_filled_late_must_sit_between_its_held_neighbours(pair) -> None:
    """A change arriving after later ones of its device (a bundle that was lost) is judged
    against the held change above it too."""
    c, dos = pair
    me = dos.device["id"]
    held = _logged(c, me)
    top, hlc = max(held.items())
    c.conn.execute(
        "INSERT INTO changes (origin, seq, hlc, entity, record_id, field, value, prev, operator) "
        "VALUES (?, ?, ?, 'equipment', 'r-late', 'notes', 'x', '', '')",
        (me, top + 5, hlc + 100),
    )
    header = make_bundle(dos).header
    with pytest.raises(StampRefused, match=f"change {me}:{top + 1} made by dostuk"):
        check_stamps(c.conn, header, [_new(me, top + 1, hlc + 200)])
    check_stamps(c.conn, header, [_new(me, top + 1, hlc + 50)])
