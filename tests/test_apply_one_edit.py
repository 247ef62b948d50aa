"""The apply's short way for a record made by one edit (its values are its state, no fold)
leaves the database and the counts exactly as the fold does, for any batch: one or more
edits a record, in and out of a post's scope, deletes, fields a newer release added, and a
second batch over the first."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bordertrack.store import apply
from bordertrack.store.apply import apply_changes
from bordertrack.store.changes import DELETED, Change
from tests.helpers import trust
from tests.test_apply_paths import _snapshot

H = 1_780_000_000_000 << 16
FIELDS = ["asset_tag", "post", "notes", "status", "later_field", DELETED]
VALUES = st.sampled_from(["DOS", "OSH", "x", "in_service", 1])


@st.composite
def batches(draw) -> list[list[tuple]]:
    """Batches of (origin index, record, stamp, field, value); seq is given when applied."""
    out = []
    for _ in range(draw(st.integers(1, 2))):
        batch = []
        for record in draw(st.lists(st.sampled_from(["r1", "r2", "r3"]), min_size=1)):
            origin = draw(st.integers(0, 2))
            stamp = draw(st.integers(1, 3))
            for name in draw(st.lists(st.sampled_from(FIELDS), min_size=1, max_size=4)):
                batch.append((origin, record, stamp, name, draw(VALUES)))
        out.append(batch)
    return out


def _apply_all(hub, origins: list[str], plan: list[list[tuple]]) -> list[tuple]:
    seqs = dict.fromkeys(origins, 0)
    counts = []
    for batch in plan:
        changes = []
        for origin, record, stamp, name, value in batch:
            o = origins[origin]
            seqs[o] += 1
            changes.append(Change(o, seqs[o], H + stamp, "equipment", record, name, value, "", ""))
        with hub.transaction() as conn:
            r = apply_changes(conn, changes)
        counts.append((r.created, r.updated, r.deleted, r.unchanged_records, len(r.held)))
    return counts


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=batches())
# One edit that arrives in two batches: the second finds the record's row already there.
@example(plan=[[(0, "r1", 1, "asset_tag", "x")], [(0, "r1", 1, "notes", "x")]])
def test_one_edit_records_end_as_the_fold_leaves_them(
    make_store, monkeypatch: pytest.MonkeyPatch, plan: list[list[tuple]]
) -> None:
    dos, osh = make_store("post", "DOS", "dos"), make_store("post", "OSH", "osh")
    origins = [dos.device["id"], osh.device["id"], "relayed-device"]
    short, folded = make_store("coordinator"), make_store("coordinator")
    for hub in (short, folded):
        trust(hub, dos)
        trust(hub, osh)
    short_counts = _apply_all(short, origins, plan)
    with monkeypatch.context() as patch:
        patch.setattr(apply, "one_new_edit_values", lambda e, rows, roles: None)
        folded_counts = _apply_all(folded, origins, plan)
    assert short_counts == folded_counts
    assert _snapshot(short) == _snapshot(folded)


def test_the_short_way_is_taken_for_a_post_making_its_own_item(make_store, monkeypatch) -> None:
    dos = make_store("post", "DOS", "dos")
    hub = make_store("coordinator")
    trust(hub, dos)
    taken = []
    real = apply.one_new_edit_values

    def spy(e, rows, roles):  # type: ignore[no-untyped-def]
        values = real(e, rows, roles)
        taken.append(values is not None)
        return values

    monkeypatch.setattr(apply, "one_new_edit_values", spy)
    a = dos.device["id"]
    item = [
        Change(a, 1, H + 1, "equipment", "r1", "asset_tag", "DOS-1", "", ""),
        Change(a, 2, H + 1, "equipment", "r1", "post", "DOS", "", ""),
    ]
    with hub.transaction() as conn:
        result = apply_changes(conn, item)
    assert taken == [True] and result.created == 1
    row = hub.conn.execute("SELECT asset_tag, post FROM equipment WHERE id = 'r1'").fetchone()
    assert tuple(row) == ("DOS-1", "DOS")
