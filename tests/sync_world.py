"""The devices of the sync property test and what a person does on them.

Two coordinators, two posts and a trainer make random edits (equipment at the posts; people,
course sessions, enrolments and attendance by the trainer and whoever may), hand things
over, delete, and exchange bundles that are lost, late and repeated. `check` compares every
device with the independent oracle (tests/sync_oracle.py).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.errors import BorderTrackError
from bordertrack.services import records
from bordertrack.services.device import init_device
from bordertrack.services.dump import canonical_value, dump
from bordertrack.store.database import Store

from . import sync_oracle as oracle
from .sync_helpers import deliver, enrol, make_bundle

DEVICES = [
    ("coordinator", None),
    ("coordinator", None),
    ("post", "DOS"),
    ("post", "AKJ"),
    ("trainer", None),
]
POSTS = ("DOS", "AKJ")
EVERY_POST = (*POSTS, "TOR")  # Torugart has no device: things handed there leave both posts
STATUSES = ["in_service", "in_storage", "under_repair", "broken", "lost"]
RESULTS = ["pending", "passed", "failed", "withdrawn", "pending"]
MARKS = ["present", "late", "excused", "absent", "present"]
# The entities the schedules touch; every device's state of each is compared.
ENTITIES_IN_PLAY = ("equipment", "person", "training_session", "enrolment", "attendance")

_dev = st.integers(0, len(DEVICES) - 1)
_k = st.integers(0, 30)
_v = st.integers(0, 4)
op = st.one_of(
    st.tuples(st.just("create"), _dev, st.integers(0, 9)),
    st.tuples(st.just("edit"), _dev, _k, _v),
    st.tuples(st.just("note"), _dev, _k, _v),
    st.tuples(st.just("move"), _dev, _k),
    st.tuples(st.just("moveto"), _dev, _k, _v),
    st.tuples(st.just("delete"), _dev, _k),
    st.tuples(st.just("sync"), _dev, _dev, st.booleans()),
    st.tuples(st.just("late"), _k),
    st.tuples(st.just("person"), _dev, st.integers(0, 9)),
    st.tuples(st.just("rank"), _dev, _k, _v),
    st.tuples(st.just("transfer"), _dev, _k),
    st.tuples(st.just("forget"), _dev, _k),
    st.tuples(st.just("session"), _dev, _v),
    st.tuples(st.just("enrol"), _dev, _k, _k),
    st.tuples(st.just("result"), _dev, _k, _v),
    st.tuples(st.just("mark"), _dev, _k, _v),
)


class World:
    def __init__(self, folder: Path) -> None:
        self.stores: list[Store] = []
        for i, (role, post) in enumerate(DEVICES):
            s = Store(folder / f"d{i}.db")
            init_device(s, role, post, f"{role}{i}")
            self.stores.append(s)
        for i in (0, 1):
            for j in range(len(self.stores)):
                if j != i:
                    enrol(self.stores[i], self.stores[j])
        self.in_flight: list[tuple] = []  # bundles held back, delivered late
        self.counter = 0

    def close(self) -> None:
        for s in self.stores:
            s.close()

    def _pick(self, s: Store, entity: str, k: int) -> str | None:
        """The k-th live record of `entity` this device would see in its own lists."""
        post_field = ENTITIES[entity].post_field
        mine = s.device["role"] == "post" and post_field
        where = {post_field: s.device["post"]} if mine else None
        rows = records.list_records(s, entity, where)
        return rows[k % len(rows)]["id"] if rows else None

    def _new_post(self, s: Store, k: int) -> str:
        return s.device["post"] or POSTS[k % 2]

    def _other_post(self, s: Store, entity: str, rid: str) -> str:
        return "AKJ" if records.get(s, entity, rid)["post"] == "DOS" else "DOS"

    def _another_post(self, s: Store, entity: str, rid: str, v: int) -> str:
        others = [p for p in EVERY_POST if p != records.get(s, entity, rid)["post"]]
        return others[v % len(others)]

    def run(self, operation: tuple) -> None:
        kind, *rest = operation
        try:
            if kind == "late":
                if self.in_flight:
                    bundle, receiver = self.in_flight.pop(rest[0] % len(self.in_flight))
                    deliver(bundle, receiver)
            elif kind == "sync":
                self.sync(rest[0], rest[1], mode=rest[2])
            else:
                self._edit(kind, self.stores[rest[0]], rest[0], *rest[1:])
        except BorderTrackError:
            pass  # refused on the device, as it would be for a person

    def _edit(self, kind: str, s: Store, d: int, k: int = 0, v: int = 0) -> None:
        if kind in ("create", "person", "session"):
            self.counter += 1
            n = self.counter
            values: dict[str, Any] = {
                "create": {"asset_tag": f"T{n}", "category": "radio", "post": self._new_post(s, k)},
                "person": {"full_name": f"P{n}", "sex": "male", "post": self._new_post(s, k)},
                "session": {"course": "C1", "start_date": "2026-03-01", "end_date": "2026-03-05"},
            }[kind]
            entity = {"create": "equipment", "person": "person", "session": "training_session"}
            records.create(s, entity[kind], values)
            return
        if kind == "enrol":
            person, session = self._pick(s, "person", k), self._pick(s, "training_session", v)
            if person and session:
                records.create(s, "enrolment", {"session": session, "person": person})
            return
        if kind == "mark":
            enrolment = self._pick(s, "enrolment", k)
            if enrolment:
                mark = {"enrolment": enrolment, "day": f"2026-03-0{v + 1}", "mark": MARKS[v]}
                records.create(s, "attendance", mark)
            return
        people = ("rank", "transfer", "forget")
        entity = "person" if kind in people else "enrolment" if kind == "result" else "equipment"
        rid = self._pick(s, entity, k)
        if not rid:
            return
        if kind in ("delete", "forget"):
            records.delete(s, entity, rid)
            return
        values = {
            "edit": lambda: {"status": STATUSES[v]},
            "note": lambda: {"notes": f"n{v} by {d}"},
            "rank": lambda: {"rank": f"r{v} by {d}"},
            "result": lambda: {"result": RESULTS[v]},
            "move": lambda: {"post": self._other_post(s, entity, rid)},
            "transfer": lambda: {"post": self._other_post(s, entity, rid)},
            "moveto": lambda: {"post": self._another_post(s, entity, rid, v)},
        }[kind]()
        records.update(s, entity, rid, values)

    def sync(self, a: int, b: int, mode: bool | None = None) -> None:
        sender, receiver = self.stores[a], self.stores[b]
        if a == b or "coordinator" not in (sender.device["role"], receiver.device["role"]):
            return
        bundle = make_bundle(sender, to=receiver.device["id"])
        if mode is True:
            self.in_flight.append((bundle, receiver))  # arrives late, or never
        else:
            deliver(bundle, receiver)
            deliver(bundle, receiver)  # a repeat changes nothing

    def full_exchange(self) -> None:
        for _ in range(3):
            for a in range(len(self.stores)):
                for b in range(len(self.stores)):
                    self.sync(a, b)


def _all_changes(stores: list[Store]) -> list[tuple]:
    seen: dict[tuple, tuple] = {}
    for s in stores:
        for row in s.conn.execute(
            "SELECT origin, seq, hlc, entity, record_id, field, value, prev FROM changes"
        ):
            seen.setdefault((row[0], row[1]), row)
    return list(seen.values())


def _roles(stores: list[Store]) -> dict[str, tuple]:
    return {s.device["id"]: (s.device["role"], s.device["post"]) for s in stores}


def _device_conflicts(s: Store, ids: set[str] | None = None) -> set[tuple[str, str, str]]:
    rows = s.conn.execute("SELECT kind, winner, loser, record_id FROM conflicts").fetchall()
    return {(k, w, lo) for k, w, lo, rid in rows if ids is None or rid in ids}


def _canon(row: dict) -> dict:
    return {k: canonical_value(v) for k, v in row.items()}


def check(world: World) -> None:
    """Every device matches the oracle: coordinators and the trainer (who receives
    everything a coordinator relays) the whole truth and its conflicts, each post the part it
    is entitled to (its records in full, where its former records went, nothing else)."""
    stores = world.stores
    roles = _roles(stores)
    truth = oracle.replay(_all_changes(stores), roles)
    expected_conflicts: set = set()
    by_record: dict[str, set] = {}
    for t in truth.values():
        found = oracle.conflicts(t, roles)
        by_record[t.record_id] = found
        expected_conflicts |= found
        assert oracle.silent_losses(t, found) == [], f"silent loss in {t.entity} {t.record_id}"
    for k, w, lo in expected_conflicts:
        # A device's own consecutive edits never conflict (a "scope" conflict pairs a held
        # edit with whatever value is in force, which may be the same device's older one).
        if k != "scope":
            assert w.split(":")[0] != lo.split(":")[0], f"self-conflict {k} {w} {lo}"
    for entity in ENTITIES_IN_PLAY:
        records_of = {rid: t for (e, rid), t in truth.items() if e == entity}
        live = {
            rid: _canon(oracle.expected_row(t))
            for rid, t in records_of.items()
            if t.exists and not t.deleted
        }
        for s in stores:
            _check_device(s, entity, records_of, live, by_record, roles)
    for s in stores:
        if s.device["role"] != "post":
            assert _device_conflicts(s) == expected_conflicts, f"{s.device['role']} conflicts"


def _check_device(
    s: Store, entity: str, records_of: dict, live: dict, by_record: dict[str, set], roles: dict
) -> None:
    got = {r["id"]: r for r in dump(s)[entity]}
    role = s.device["role"]
    if role != "post":
        assert got == live, f"{role} {s.device['name']} diverged on {entity}"
        return
    post = s.device["post"]
    if not ENTITIES[entity].post_field:
        assert got == {}, f"post {post} holds {entity} it may not receive"
        return
    mine = {rid for rid, row in live.items() if row["post"] == post}
    former = {rid for rid, t in records_of.items() if post in oracle.told_at(t, roles)} - mine
    for rid in mine:
        assert got.get(rid) == live[rid], f"post {post} {entity} {rid}"
    for rid in former:
        if rid in live:
            assert got.get(rid, {}).get("post") == live[rid]["post"], "post not told of a move"
        else:
            assert rid not in got, "post not told of a delete"
    assert set(got) <= mine | former, f"post {post} holds {entity} records never at it"
    expected_here = set().union(*(by_record[r] for r in mine))
    assert _device_conflicts(s, mine) == expected_here, f"post {post} {entity} conflict set"


def snapshot(world: World) -> list[str]:
    return [json.dumps(dump(s), sort_keys=True) for s in world.stores]
