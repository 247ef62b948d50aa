"""The fast apply path (fresh changes folded from memory) against a refold from the log,
gaps by origin against gaps of the whole log, and the GC pause restoring its state."""

from __future__ import annotations

import gc

import pytest

from bordertrack.domain.entities import ENTITIES
from bordertrack.services.vectors import gaps
from bordertrack.store.apply import ApplyResult, ForkDetected, apply_changes, refold_touched
from bordertrack.store.changes import Change
from bordertrack.store.database import Store
from bordertrack.store.gc_pause import gc_paused
from bordertrack.store.roles import known_roles
from tests.helpers import trust

H = 1_780_000_000_000 << 16


def _snapshot(store: Store) -> dict:
    conn = store.conn
    tables = {
        e.table: conn.execute(f"SELECT * FROM {e.table} ORDER BY id").fetchall()
        for e in ENTITIES.values()
    }
    return {
        **tables,
        "conflicts": conn.execute("SELECT * FROM conflicts ORDER BY id").fetchall(),
        "accepted": conn.execute(
            "SELECT origin, seq, accepted FROM changes ORDER BY 1, 2"
        ).fetchall(),
    }


def _refold_everything(store: Store) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM touched")
        conn.execute("INSERT INTO touched SELECT DISTINCT entity, record_id FROM changes")
        refold_touched(conn, known_roles(conn), ApplyResult())


def _item(origin: str, seq: int, hlc: int, rid: str, field: str, value, prev: str = "") -> Change:
    return Change(origin, seq, hlc, "equipment", rid, field, value, prev, "Officer")


def test_memory_fold_matches_log_fold(make_store) -> None:
    """Held changes, concurrent edits, booleans and NaN fold alike from memory and from the log."""
    hub = make_store("coordinator")
    dos, osh = make_store("post", "DOS", "dos"), make_store("post", "OSH", "osh")
    trust(hub, dos)
    trust(hub, osh)
    a, b = dos.device["id"], osh.device["id"]
    first = [
        _item(a, 1, H + 1, "item-1", "asset_tag", "DOS-1"),
        _item(a, 2, H + 1, "item-1", "post", "DOS"),
        _item(a, 3, H + 1, "item-1", "value", float("nan")),
        _item(b, 1, H + 2, "item-2", "asset_tag", "DOS-1"),
        _item(b, 2, H + 2, "item-2", "post", "OSH"),
    ]
    result = send_batch(hub, first)
    assert (result.new_changes, result.created, result.held) == (5, 2, [])
    second = [
        # OSH edits DOS's item: out of its scope, held.
        _item(b, 3, H + 3, "item-1", "notes", "moved"),
        # Two concurrent values of one field: a conflict.
        _item(b, 4, H + 4, "item-2", "serial", "S1"),
        _item("relayed", 1, H + 5, "item-2", "serial", "S2"),
        # A boolean travels as True and is logged as 1.
        _item(a, 4, H + 6, "item-1", "_deleted", True, f"{a}:1 {a}:2 {a}:3"),
    ]
    result = send_batch(hub, second + first[:2])
    assert result.known_changes == 2
    assert [(c.origin, c.seq) for c in result.held] == [(b, 3)]
    before = _snapshot(hub)
    assert (b, 3, 0) in before["accepted"]
    assert len(before["conflicts"]) == 1
    _refold_everything(hub)
    assert _snapshot(hub) == before


def test_released_change_counts_once(make_store) -> None:
    """A held change is accepted once the transfer it waited for arrives."""
    hub = make_store("coordinator")
    dos, osh = make_store("post", "DOS", "dos"), make_store("post", "OSH", "osh")
    trust(hub, dos)
    trust(hub, osh)
    a, b = dos.device["id"], osh.device["id"]
    send_batch(
        hub, [_item(a, 1, H + 1, "i", "asset_tag", "T"), _item(a, 2, H + 1, "i", "post", "DOS")]
    )
    held = send_batch(hub, [_item(b, 1, H + 5, "i", "notes", "at OSH now")])
    assert len(held.held) == 1
    moved = send_batch(hub, [_item(a, 3, H + 3, "i", "post", "OSH", f"{a}:2")])
    assert moved.released == 1
    row = hub.conn.execute("SELECT post, notes FROM equipment WHERE id = 'i'").fetchone()
    assert row == ("OSH", "at OSH now")


def send_batch(store: Store, batch: list[Change]) -> ApplyResult:
    with store.transaction() as conn:
        return apply_changes(conn, batch)


def test_gaps_by_origin_match_gaps_of_the_whole_log(coordinator: Store) -> None:
    batch = [
        *(Change("whole", s, H + s, "person", f"w{s}", "name", "x", "", "") for s in range(1, 6)),
        *(Change("holed", s, H + s, "person", f"h{s}", "name", "x", "", "") for s in (3, 4, 7, 9)),
    ]
    send_batch(coordinator, batch)
    found = [(g.origin, g.first, g.last) for g in gaps(coordinator.conn)]
    assert found == [("holed", 1, 2), ("holed", 5, 6), ("holed", 8, 8)]
    assert gaps(coordinator.conn, ["whole", "holed", "holed"]) == gaps(coordinator.conn)
    assert gaps(coordinator.conn, ["whole"]) == []
    assert gaps(coordinator.conn, ["nobody"]) == []


def test_gc_pause_restores_the_previous_state() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_id_twice_in_one_batch_is_applied_once_or_refused_as_a_fork(make_store) -> None:
    """One origin's batch (told by its numbers alone) and a batch of two origins alike:
    the same change twice counts once, one id with two contents is a fork."""
    store = make_store("coordinator", None)
    tag = _item("aaaa", 1, H, "i1", "asset_tag", "T-1")
    other = _item("bbbb", 1, H + 1, "i2", "asset_tag", "T-2")
    for batch in ([tag, tag], [tag, other, tag]):
        with store.transaction() as conn:
            result = apply_changes(conn, batch)
            assert result.received == len(set(batch))
    for batch in ([tag, tag._replace(value="T-9")], [tag, other, tag._replace(value="T-9")]):
        with pytest.raises(ForkDetected), store.transaction() as conn:
            apply_changes(conn, batch)
