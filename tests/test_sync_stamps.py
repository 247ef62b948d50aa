"""Stamps that cannot be gamed: old stamps buy no ownership, a device cannot stamp before
what it had seen, a date a year ahead is refused and can be put right, and a clock set back
to 2000 says so and keeps stamping after its last stamp.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from bordertrack.cli.main import main
from bordertrack.services import records
from bordertrack.services.clock_check import clock_warning
from bordertrack.services.dump import dump_json
from bordertrack.services.restamp import needs_restamp, restamp_pending
from bordertrack.services.stamp_checks import StampRefused
from bordertrack.store.changes import Change
from bordertrack.store.hlc import STAMP_FLOOR_MS, now_ms, pack, wall_ms

from .sync_helpers import deliver, enrol, make_bundle

DAY = 24 * 3600 * 1000


@pytest.fixture
def world(make_store):
    """A coordinator, the rightful post Dostuk with an item, and a trusted post Ak-Jol."""
    c = make_store("coordinator", name="coord")
    dos = make_store("post", "DOS", name="dostuk")
    akj = make_store("post", "AKJ", name="akjol")
    enrol(c, dos)
    enrol(c, akj)
    item = records.create(
        dos, "equipment", {"asset_tag": "DOS-1", "serial": "S1", "category": "radio"}
    )
    deliver(make_bundle(dos, to=c.device["id"]), c)
    return c, dos, akj, item


def _state(store) -> tuple:
    return dump_json(store), store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]


def _forged(store, changes: list[tuple], tag: str):
    """A bundle from `store` carrying hand-made changes after its real ones (a tampered but
    validly signed bundle: the signer is trusted, the content is its own)."""
    bundle = make_bundle(store, to=None, full=True)
    seq = store.conn.execute(
        "SELECT coalesce(max(seq), 0) FROM changes WHERE origin = ?", (store.device["id"],)
    ).fetchone()[0]
    for i, (hlc, entity, rid, field, value, prev) in enumerate(changes, start=1):
        bundle.changes.append(
            Change(store.device["id"], seq + i, hlc, entity, rid, field, value, prev, "")
        )
    bundle.digest = tag.ljust(64, "0")
    return bundle


def _first_stamp(store, rid: str) -> int:
    return store.conn.execute(
        "SELECT min(hlc) FROM changes WHERE record_id = ?", (rid,)
    ).fetchone()[0]


def test_clock_value_one_buys_nothing(world) -> None:
    c, _dos, akj, item = world
    before = _state(c)
    bundle = _forged(
        akj,
        [(1, "equipment", item, "post", "AKJ", ""), (1, "equipment", item, "status", "lost", "")],
        "one",
    )
    with pytest.raises(StampRefused, match="before any BorderTrack data existed"):
        deliver(bundle, c)
    assert _state(c) == before


@pytest.mark.parametrize(
    "case",
    ["owner", "delete", "create"],
)
def test_backdated_changes_of_a_record_held_here_are_refused(world, case) -> None:
    c, _dos, akj, item = world
    old = _first_stamp(c, item) - 1000
    rows = {
        "owner": [
            (old, "equipment", item, "post", "AKJ", ""),
            (old, "equipment", item, "status", "lost", ""),
        ],
        "delete": [(old, "equipment", item, "_deleted", 1, "")],
        "create": [
            (old, "equipment", item, "asset_tag", "AKJ-9", ""),
            (old, "equipment", item, "category", "radio", ""),
            (old, "equipment", item, "post", "AKJ", ""),
            (old, "equipment", item, "status", "in_service", ""),
        ],
    }[case]
    before = _state(c)
    with pytest.raises(StampRefused) as refused:
        deliver(_forged(akj, rows, case), c)
    line = str(refused.value)
    assert "\n" not in line and "tampered" in line and "akjol" in line
    assert _state(c) == before
    assert records.get(c, "equipment", item)["post"] == "DOS"


def test_stamps_never_go_backwards_in_sequence_order(world) -> None:
    c, dos, _akj, item = world
    records.update(dos, "equipment", item, {"notes": "real"})
    deliver(make_bundle(dos, to=c.device["id"]), c)
    latest = dos.conn.execute("SELECT max(hlc) FROM changes").fetchone()[0]
    before = _state(c)
    bundle = _forged(dos, [(latest - 5000, "equipment", item, "status", "lost", "")], "back")
    with pytest.raises(StampRefused, match="dostuk.*its own change"):
        deliver(bundle, c)
    assert _state(c) == before


def test_a_change_is_stamped_after_what_it_overwrote(world) -> None:
    c, _dos, akj, item = world
    records.update(c, "equipment", item, {"notes": "coordinator"})
    cid, hlc = c.conn.execute(
        "SELECT origin || ':' || seq, hlc FROM changes WHERE field = 'notes'"
    ).fetchone()
    before = _state(c)
    bundle = _forged(akj, [(hlc - 1, "equipment", item, "notes", "x", cid)], "prev")
    with pytest.raises(StampRefused, match="akjol.*it overwrote"):
        deliver(bundle, c)
    assert _state(c) == before


def test_a_change_is_stamped_after_what_its_device_acknowledged(world) -> None:
    c, dos, _akj, item = world
    records.update(c, "equipment", item, {"notes": "seen by the post"})
    deliver(make_bundle(c, to=dos.device["id"]), dos)
    deliver(make_bundle(dos, to=c.device["id"]), c)  # acknowledges the coordinator's change
    seen = c.conn.execute("SELECT hlc FROM changes WHERE field = 'notes'").fetchone()[0]
    own = dos.conn.execute(
        "SELECT max(hlc) FROM changes WHERE origin = ?", (dos.device["id"],)
    ).fetchone()[0]
    assert own < seen - 1
    before = _state(c)
    bundle = _forged(dos, [(seen - 1, "equipment", item, "status", "broken", "")], "ack")
    with pytest.raises(StampRefused, match="acknowledged"):
        deliver(bundle, c)
    assert _state(c) == before


def test_a_laptop_a_year_ahead_is_refused_then_put_right(world) -> None:
    c, dos, _akj, item = world
    dos.clock.wall = lambda: now_ms() + 360 * DAY
    records.update(dos, "equipment", item, {"status": "broken", "notes": "typed in the future"})
    before = _state(c)
    with pytest.raises(StampRefused) as refused:
        deliver(make_bundle(dos, to=c.device["id"]), c)
    line = str(refused.value)
    claimed = dt.datetime.fromtimestamp((now_ms() + 360 * DAY) / 1000, dt.UTC).strftime("%d.%m.%Y")
    assert "dostuk" in line and claimed in line and "restamp" in line and "\n" not in line
    assert _state(c) == before
    # The date is fixed on the laptop: its unsent work is stamped again, nothing is lost.
    dos.clock.wall = now_ms
    assert needs_restamp(dos)
    assert "run 'bordertrack restamp'" in (clock_warning(dos) or "")
    result = restamp_pending(dos)
    assert result.changes == 2
    assert not needs_restamp(dos)
    assert wall_ms(dos.clock.last) <= now_ms() + 1000
    assert records.get(dos, "equipment", item)["notes"] == "typed in the future"
    report = deliver(make_bundle(dos, to=c.device["id"]), c)
    assert report.status == "applied"
    assert records.get(c, "equipment", item)["notes"] == "typed in the future"
    # A coordinator edit made now wins over the post's by plain clock order again.
    records.update(c, "equipment", item, {"notes": "coordinator, later"})
    deliver(make_bundle(c, to=dos.device["id"]), dos)
    assert records.get(dos, "equipment", item)["notes"] == "coordinator, later"


def test_a_coordinator_may_accept_future_stamps_explicitly(world) -> None:
    c, dos, _akj, item = world
    dos.clock.wall = lambda: now_ms() + 360 * DAY
    records.update(dos, "equipment", item, {"notes": "future"})
    bundle = make_bundle(dos, to=c.device["id"])
    with pytest.raises(StampRefused):
        deliver(bundle, c)
    assert deliver(bundle, c, accept_future=True).status == "applied"
    assert records.get(c, "equipment", item)["notes"] == "future"


def test_a_clock_reset_to_2000_says_so_and_keeps_stamping_after_its_last_stamp(world) -> None:
    c, dos, _akj, item = world
    last = dos.clock.last
    y2k = int(dt.datetime(2000, 1, 1, 9, tzinfo=dt.UTC).timestamp() * 1000)
    dos.clock.wall = lambda: y2k
    line = clock_warning(dos)
    assert line and "01/01/2000" in line and "\n" not in line
    dos.set_setting("language", "ru")
    ru = clock_warning(dos)
    assert ru and "01.01.2000" in ru and ru.startswith("Дата на этом компьютере")
    records.update(dos, "equipment", item, {"notes": "after the reset"})
    stamp = dos.conn.execute("SELECT max(hlc) FROM changes WHERE field = 'notes'").fetchone()[0]
    assert stamp > last and wall_ms(stamp) >= STAMP_FLOOR_MS
    assert deliver(make_bundle(dos, to=c.device["id"]), c).status == "applied"
    assert records.get(c, "equipment", item)["notes"] == "after the reset"


def test_the_command_line_warns_at_start_when_the_clock_went_back(make_store, capsys) -> None:
    post = make_store("post", "DOS")
    path = post.path
    post.close()
    # The last stamp recorded here is a year after this computer's date.
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE settings SET value = ? WHERE key = 'hlc'", (str(pack(now_ms() + 365 * DAY, 0)),)
        )
    assert main(["--db", str(path), "list", "equipment"]) == 0
    err = capsys.readouterr().err
    assert "is earlier than the last change made here" in err


def test_future_bound_is_checked_against_the_receivers_clock(world) -> None:
    c, dos, _akj, item = world
    dos.clock.wall = lambda: now_ms() + DAY // 2  # half a day fast: within the bound
    records.update(dos, "equipment", item, {"notes": "a bit fast"})
    assert deliver(make_bundle(dos, to=c.device["id"]), c).status == "applied"


def test_a_creation_arriving_after_later_edits_is_not_backdated(make_store) -> None:
    """A second coordinator hears of a post's edit before the record's creation: the
    creation is older by right, not backdated."""
    c0 = make_store("coordinator", name="c0")
    c1 = make_store("coordinator", name="c1")
    dos = make_store("post", "DOS", name="dostuk")
    enrol(c0, c1)
    enrol(c0, dos)
    enrol(c1, dos)
    item = records.create(
        c0, "equipment", {"asset_tag": "C0-1", "category": "radio", "post": "DOS"}
    )
    deliver(make_bundle(c0, to=dos.device["id"]), dos)
    records.update(dos, "equipment", item, {"notes": "first seen at the post"})
    deliver(make_bundle(dos, to=c1.device["id"]), c1)  # the edit reaches c1 first
    assert deliver(make_bundle(c0, to=c1.device["id"]), c1).status == "applied"
    assert records.get(c1, "equipment", item)["notes"] == "first seen at the post"
