"""The fold's shortcut for a record created by one edit gives exactly what the general
walk gives, for any rows: the shortcut's conditions are checked against random records of
one or more edits, with and without prev links, deletes, out-of-scope makers and fields a
newer release added."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bordertrack.domain.entities import ENTITIES
from bordertrack.store.changes import DELETED, MERGED_INTO
from bordertrack.store.fold import LogRow, _one_new_edit, fold, fold_walk
from bordertrack.store.scope import Role

ROLES = {
    "dos": Role("post", "DOS"),
    "akj": Role("post", "AKJ"),
    "crd": Role("coordinator", None),
    "trn": Role("trainer", None),
    "unknown": None,
}
FIELDS = ["asset_tag", "category", "post", "notes", "status", DELETED, MERGED_INTO, "later_field"]
VALUES = st.one_of(st.none(), st.sampled_from(["DOS", "AKJ", "x", "radio"]), st.integers(0, 3))


@st.composite
def records(draw) -> tuple[str, list[LogRow]]:
    entity = draw(st.sampled_from(["equipment", "person", "project"]))
    edits = draw(st.integers(1, 3))
    rows: list[LogRow] = []
    seq = {o: 0 for o in ROLES}
    for _ in range(edits):
        origin = draw(st.sampled_from(list(ROLES)))
        hlc = draw(st.integers(1, 4))
        for name in draw(st.lists(st.sampled_from(FIELDS), min_size=1, max_size=5)):
            seq[origin] += 1
            known = [f"{r.origin}:{r.seq}" for r in rows]
            prev = draw(st.sampled_from(["", *known])) if known else ""
            rows.append(LogRow(origin, seq[origin], hlc, name, draw(VALUES), prev))
    rows.sort(key=lambda r: (r.hlc, r.origin, r.seq))
    return entity, rows


@settings(max_examples=400, deadline=None)
@given(records())
def test_the_shortcut_equals_the_walk(record: tuple[str, list[LogRow]]) -> None:
    entity, rows = record
    e = ENTITIES[entity]
    assert fold(e, "r1", rows, ROLES) == fold_walk(e, "r1", rows, ROLES)


def test_the_shortcut_is_taken_for_a_new_record_in_scope_and_only_then() -> None:
    e = ENTITIES["equipment"]
    created = [
        LogRow("dos", 1, 5, "asset_tag", "DOS-1", ""),
        LogRow("dos", 2, 5, "post", "DOS", ""),
    ]
    assert _one_new_edit(e, created, ROLES) == fold_walk(e, "r1", created, ROLES)
    elsewhere = [created[0], created[1]._replace(value="AKJ")]  # a post creating for another
    assert _one_new_edit(e, elsewhere, ROLES) is None
    assert fold(e, "r1", elsewhere, ROLES).held == elsewhere
    twice = [*created, LogRow("dos", 3, 5, "post", "AKJ", "")]
    assert _one_new_edit(e, twice, ROLES) is None
    gone = [*created, LogRow("dos", 3, 5, DELETED, 1, "")]  # created deleted: edits it overrode
    assert _one_new_edit(e, gone, ROLES) is None
    assert fold(e, "r1", gone, ROLES).conflicts == fold_walk(e, "r1", gone, ROLES).conflicts != []
