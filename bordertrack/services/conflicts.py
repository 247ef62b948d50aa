"""Conflicts for review: two values of one field made without knowledge of each other, or
an edit concurrent with a delete. Resolving is an ordinary edit that syncs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.errors import BorderTrackError, ValidationError, error_template
from bordertrack.domain.validation import check_value
from bordertrack.services.device_names import device_labels
from bordertrack.store.changes import DELETED
from bordertrack.store.database import Store
from bordertrack.store.edits import write_edit


class UnknownConflict(BorderTrackError):
    template = error_template("No open conflict {conflict_id}; see 'conflicts list'.")

    def __init__(self, conflict_id: str) -> None:
        super().__init__(conflict_id=conflict_id)


@dataclass
class ConflictView:
    id: str
    entity: str
    record_id: str
    title: str
    field: str
    field_label: str
    kind: str
    mine_value: Any
    theirs_value: Any
    mine_device: str
    theirs_device: str
    mine_hlc: int
    theirs_hlc: int
    mine_change: str
    theirs_change: str

    def to_json(self) -> dict:
        return dict(vars(self))


def _title(store: Store, entity: str, record_id: str) -> str:
    e = ENTITIES[entity]
    cols = ", ".join(f'"{c}"' for c in e.title)
    row = store.conn.execute(f"SELECT {cols} FROM {e.table} WHERE id = ?", (record_id,)).fetchone()
    return " ".join(str(v) for v in row if v) if row else record_id


def _view(store: Store, row: tuple, names: dict[str, str]) -> ConflictView:
    cid, entity, record_id, field, kind, w, wv, wh, lo, lv, lh = row
    me = store.device["id"]
    e = ENTITIES[entity]
    # "Mine" is the side this device made, when it made one; else the current winner.
    loser_is_mine = lo.split(":")[0] == me and w.split(":")[0] != me
    if kind == "delete":
        wv = "(deleted)"
    sides = [(w, wv, wh), (lo, lv, lh)]
    if loser_is_mine:
        sides.reverse()
    (mc, mv, mh), (tc, tv, th) = sides
    label = e.field(field).label if e.has_field(field) else field
    return ConflictView(
        cid,
        entity,
        record_id,
        _title(store, entity, record_id),
        field,
        label,
        kind,
        mv,
        tv,
        names.get(mc.split(":")[0], mc.split(":")[0]),
        names.get(tc.split(":")[0], tc.split(":")[0]),
        mh,
        th,
        mc,
        tc,
    )


def _names(store: Store) -> dict[str, str]:
    return device_labels(store.conn)


def list_conflicts(store: Store) -> list[ConflictView]:
    names = _names(store)
    rows = store.conn.execute(
        "SELECT id, entity, record_id, field, kind, winner, winner_value, winner_hlc, loser, "
        "loser_value, loser_hlc "
        "FROM conflicts ORDER BY entity, record_id, field, id"
    ).fetchall()
    return [_view(store, r, names) for r in rows]


def resolve_conflict(store: Store, conflict_id: str, keep: str, *, operator: str = "") -> None:
    """Keep 'mine', 'theirs', or any other text as the value; the edit names both sides."""
    view = next((c for c in list_conflicts(store) if c.id == conflict_id), None)
    if view is None:
        raise UnknownConflict(conflict_id)
    e = ENTITIES[view.entity]
    # A side with no change behind it (a field never set) has a placeholder id ":0".
    both = " ".join(c for c in (view.mine_change, view.theirs_change) if not c.startswith(":"))
    if view.kind == "delete":
        side = {"mine": view.mine_value, "theirs": view.theirs_value}.get(keep, keep)
        if side == "(deleted)":
            write_edit(
                store,
                e,
                view.record_id,
                {DELETED: 1},
                operator=operator,
                extra_prev={DELETED: both},
            )
            return
        # Restoring keeps the chosen edit's value too, knowingly over any other concurrent one.
        edit_change = view.theirs_change if view.mine_value == "(deleted)" else view.mine_change
        write_edit(
            store,
            e,
            view.record_id,
            {DELETED: 0, view.field: side},
            operator=operator,
            extra_prev={DELETED: both, view.field: edit_change},
        )
        return
    if keep == "mine":
        value = view.mine_value
    elif keep == "theirs":
        value = view.theirs_value
    else:
        value, problems = check_value(e, e.field(view.field), keep)
        if problems:
            raise ValidationError(problems[:1])  # one line, as before; the window translates it
    write_edit(
        store,
        e,
        view.record_id,
        {view.field: value},
        operator=operator,
        extra_prev={view.field: both},
    )
