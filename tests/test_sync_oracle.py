"""Property: two coordinators, two posts and a trainer make random edits, hand things over,
delete, and exchange bundles that are lost, late and repeated. After a full exchange every
device matches an independent oracle (tests/sync_oracle.py): coordinators and the trainer
hold the whole truth and its full conflict set; each post holds exactly the part it is
entitled to (its records in full, and where its former records went); no false conflict, no
silent loss. The devices and their edits are in tests/sync_world.py.

A few dozen fixed schedules run by default; the `slow` marker draws hundreds of new ones.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bordertrack.services import import_steps

from .sync_world import World, check, op, snapshot


def _schedule(ops: list[tuple]) -> None:
    # The backup taken before each import is tested in tests/test_backup.py; here it would be
    # most of the time of a schedule's hundreds of imports, and says nothing about the merge.
    no_backup = mock.patch.object(import_steps, "backup_before_import", lambda store, **kw: None)
    with tempfile.TemporaryDirectory() as tmp, no_backup:
        world = World(Path(tmp))
        try:
            for operation in ops:
                world.run(operation)
            world.full_exchange()
            check(world)
            before = snapshot(world)
            world.full_exchange()  # a second round changes nothing
            assert snapshot(world) == before
        finally:
            world.close()


SCHEDULES = st.lists(op, min_size=20, max_size=40)


# The reproductions, always run besides the random schedules.
HELD_CHAIN = [
    ("create", 2, 0),
    ("sync", 2, 0, False),
    ("note", 2, 0, 1),
    ("move", 0, 0),
    ("note", 2, 0, 2),
    ("move", 0, 0),
    ("note", 2, 0, 3),
]
# Found by the slow run: a record's later edits reach a device before its creation.
LATE_CREATION = [
    ("create", 0, 0),
    ("create", 0, 0),
    ("create", 0, 0),
    ("create", 0, 0),
    ("create", 0, 3),
    ("create", 0, 0),
    ("create", 0, 0),
    ("sync", 0, 3, False),
    ("note", 3, 24, 3),
    ("late", 6),
    ("edit", 3, 7, 0),
    ("sync", 2, 3, False),
    ("move", 1, 6),
    ("late", 7),
    ("move", 2, 21),
    ("move", 0, 24),
    ("create", 3, 3),
    ("create", 0, 1),
    ("edit", 3, 4, 1),
    ("sync", 1, 0, False),
    ("late", 11),
    ("create", 1, 4),
    ("edit", 3, 14, 2),
    ("create", 3, 3),
    ("edit", 3, 20, 4),
    ("delete", 2, 30),
    ("note", 0, 4, 1),
    ("delete", 2, 25),
    ("move", 1, 0),
    ("create", 1, 1),
    ("late", 6),
    ("late", 14),
    ("move", 3, 22),
    ("note", 1, 18, 3),
    ("edit", 0, 15, 3),
    ("late", 12),
    ("sync", 3, 1, False),
    ("edit", 0, 30, 3),
    ("delete", 3, 4),
    ("late", 9),
    ("sync", 3, 0, False),
    ("create", 2, 3),
    ("sync", 0, 1, False),
    ("note", 3, 26, 1),
    ("edit", 1, 26, 3),
    ("delete", 2, 26),
    ("note", 2, 20, 4),
    ("edit", 0, 11, 4),
    ("edit", 3, 20, 4),
    ("late", 19),
    ("delete", 2, 1),
    ("create", 2, 1),
    ("delete", 1, 17),
]
MOVE_OUT = [("create", 2, 0), ("sync", 2, 0, False), ("move", 0, 0), ("edit", 2, 0, 3)]


# A coordinator relays a post's hand-over to Ak-Jol before it learns that the other
# coordinator had sent the item to Torugart; Ak-Jol edits it meanwhile.
RELAYED_HAND_OVER = [
    ("create", 2, 0),
    ("sync", 2, 0, False),
    ("sync", 2, 1, False),
    ("moveto", 1, 0, 1),
    ("move", 2, 0),
    ("sync", 2, 0, False),
    ("sync", 0, 3, False),
    ("note", 3, 0, 1),
]
# A trainer records people, sessions, enrolments and attendance; a post edits and hands over
# its own people; the coordinators relay everything, the posts only their own people.
TRAINER = [
    ("person", 4, 0),
    ("session", 4, 0),
    ("sync", 4, 0, False),
    ("sync", 0, 2, False),
    ("rank", 2, 0, 1),
    ("enrol", 4, 0, 0),
    ("rank", 4, 0, 2),
    ("sync", 2, 1, False),
    ("transfer", 2, 0),
    ("mark", 4, 0, 1),
    ("result", 0, 0, 1),
    ("result", 4, 0, 2),
    ("person", 3, 0),
    ("transfer", 4, 1),
    ("rank", 3, 0, 3),
]

# The default run replays a fixed set of schedules (the same every run); BT_ORACLE_EXPLORE=1
# draws new ones there too. The slow run always draws new ones: it keeps looking for cases
# no one has thought of.
EXPLORE = bool(os.environ.get("BT_ORACLE_EXPLORE"))


@settings(
    max_examples=24,
    deadline=None,
    derandomize=not EXPLORE,
    suppress_health_check=[HealthCheck.too_slow],
)
@example(HELD_CHAIN)
@example(MOVE_OUT)
@example(LATE_CREATION)
@example(TRAINER)
@example(RELAYED_HAND_OVER)
@given(SCHEDULES)
def test_posts_and_coordinators_match_the_oracle(ops: list[tuple]) -> None:
    _schedule(ops)


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(op, min_size=20, max_size=80))
def test_posts_and_coordinators_match_the_oracle_many(ops: list[tuple]) -> None:
    _schedule(ops)


# Found by the 300-schedule run on 2026-12-01: a post edits an item the coordinator had
# already moved away (the edit is held), then the coordinator deletes it without knowing the
# edit. The held edit used to show nowhere (a silent loss); it is now a "delete" conflict.
HELD_THEN_DELETED = [
    ("create", 0, 4),
    ("late", 9),
    ("move", 1, 17),
    ("late", 21),
    ("create", 0, 3),
    ("edit", 1, 30, 0),
    ("note", 3, 1, 3),
    ("move", 2, 15),
    ("create", 0, 9),
    ("edit", 1, 13, 0),
    ("late", 22),
    ("note", 2, 3, 2),
    ("note", 2, 24, 1),
    ("late", 9),
    ("edit", 0, 25, 1),
    ("note", 3, 12, 0),
    ("sync", 3, 2, True),
    ("move", 1, 18),
    ("late", 18),
    ("delete", 2, 11),
    ("late", 9),
    ("move", 0, 27),
    ("delete", 0, 6),
    ("note", 1, 22, 1),
    ("note", 1, 11, 3),
    ("note", 2, 24, 1),
    ("create", 3, 3),
    ("edit", 1, 15, 1),
    ("create", 2, 2),
    ("create", 3, 0),
    ("sync", 0, 2, True),
    ("edit", 2, 5, 1),
    ("edit", 1, 15, 1),
    ("note", 3, 21, 0),
    ("sync", 3, 0, True),
    ("edit", 1, 0, 2),
    ("delete", 1, 8),
    ("note", 3, 23, 1),
    ("create", 0, 1),
    ("edit", 3, 26, 1),
    ("create", 2, 2),
    ("edit", 3, 1, 0),
    ("create", 0, 1),
    ("late", 11),
    ("move", 2, 18),
    ("late", 6),
    ("sync", 2, 1, False),
    ("late", 10),
    ("late", 23),
    ("edit", 3, 14, 2),
    ("late", 0),
    ("sync", 0, 3, False),
    ("late", 26),
    ("move", 1, 9),
    ("note", 2, 17, 4),
    ("note", 1, 30, 2),
    ("move", 2, 15),
    ("sync", 1, 2, True),
    ("late", 24),
    ("sync", 0, 3, True),
    ("edit", 2, 14, 4),
    ("delete", 1, 8),
    ("delete", 1, 29),
    ("edit", 2, 5, 1),
    ("move", 2, 1),
]


def test_held_edit_then_delete_schedule() -> None:
    _schedule(HELD_THEN_DELETED)
