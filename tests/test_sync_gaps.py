"""Gaps that mean something: a post that holds everything meant for it shows none, a lost
bundle is told in plain words, an older bundle never rolls back what is remembered, and a
claimed bundle number of 10**17 costs nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bordertrack.cli.main import main
from bordertrack.services import records, sync
from bordertrack.services.export import prepare_export
from bordertrack.services.keystore_access import private_key
from bordertrack.services.status import pending_changes
from bordertrack.sync.bundle_model import BundleHeader
from bordertrack.sync.bundle_write import write_bundle

from .sync_helpers import deliver, enrol, make_bundle


@pytest.fixture
def trio(make_store):
    c = make_store("coordinator", name="Regional coordinator")
    dos = make_store("post", "DOS", name="Dostuk")
    tor = make_store("post", "TOR", name="Torugart")
    enrol(c, dos)
    enrol(c, tor)
    return c, dos, tor


def _send(a, b):
    return deliver(make_bundle(a, to=b.device["id"]), b)


def _interleaved(c, n: int = 4) -> list[str]:
    """The coordinator records items for both posts, one after the other."""
    ids = []
    start = c.conn.execute("SELECT count(*) FROM equipment").fetchone()[0]
    for i in range(start, start + n):
        for post in ("DOS", "TOR"):
            ids.append(
                records.create(
                    c, "equipment", {"asset_tag": f"{post}-{i}", "category": "radio", "post": post}
                )
            )
    return ids


def test_need_to_know_bundle_leaves_no_false_gaps(trio) -> None:
    c, dos, _tor = trio
    _interleaved(c)
    report = _send(c, dos)
    assert report.gaps == [] and "Missing" not in report.summary()
    assert sync.gaps(dos) == [] and sync.gap_lines(dos) == []
    assert len(records.list_records(dos, "equipment")) == 4
    # Later rounds stay quiet too, and the post's acknowledgement stops resends.
    _interleaved(c, 2)
    _send(dos, c)
    again = make_bundle(c, to=dos.device["id"])
    assert {ch.record_id for ch in again.changes} <= {
        r["id"] for r in records.list_records(c, "equipment", {"post": "DOS"})
    }
    deliver(again, dos)
    _send(dos, c)
    assert make_bundle(c, to=dos.device["id"]).changes == []
    assert sync.gap_lines(dos) == []


def test_a_record_that_reaches_the_post_later_arrives_whole(trio) -> None:
    c, dos, _tor = trio
    ids = _interleaved(c, 2)
    records.update(c, "equipment", ids[1], {"notes": "while at Torugart"})
    _send(c, dos)
    _send(dos, c)  # the post acknowledges: the Torugart item's numbers count as seen
    records.update(c, "equipment", ids[1], {"post": "DOS"})
    _send(c, dos)
    moved = records.get(dos, "equipment", ids[1])
    assert moved == records.get(c, "equipment", ids[1])
    assert moved["notes"] == "while at Torugart" and moved["asset_tag"] == "TOR-0"
    assert sync.gap_lines(dos) == []


def test_a_lost_bundle_is_told_at_once_in_plain_words(trio) -> None:
    c, dos, _tor = trio
    _interleaved(c, 1)
    make_bundle(c, to=dos.device["id"])  # bundle 1: lost on the way
    _interleaved(c, 1)
    report = _send(c, dos)
    text = report.summary()
    assert "Bundle 1 from Regional coordinator has not arrived" in text
    assert "nothing is missing" in text  # bundle 2 carried everything bundle 1 did
    assert sync.gap_lines(dos) == []
    assert len(records.list_records(dos, "equipment")) == 2


def test_a_lost_bundle_nothing_made_up_for_stays_reported(trio) -> None:
    c, dos, _tor = trio
    _interleaved(c, 1)
    first = make_bundle(c, to=dos.device["id"])  # lost
    _interleaved(c, 1)
    second = make_bundle(c, to=dos.device["id"])
    # As if the coordinator believed bundle 1 had arrived: complete only after it.
    top = max(ch.seq for ch in first.changes)
    second.changes = [ch for ch in second.changes if ch.seq > top]
    second.header.complete = {c.device["id"]: (top + 1, second.header.vector[c.device["id"]])}
    report = deliver(second, dos)
    assert not report.heals and "ask Regional coordinator to export again" in report.summary()
    lines = sync.gap_lines(dos)
    assert lines[0] == "Bundle 1 from Regional coordinator has not arrived"
    assert any(line.startswith("Changes 1-") for line in lines)
    deliver(first, dos)  # it turns up after all
    assert sync.gap_lines(dos) == []


def test_an_older_bundle_after_a_newer_one_rolls_nothing_back(trio) -> None:
    c, dos, _tor = trio
    records.create(dos, "equipment", {"asset_tag": "D1", "category": "radio"})
    older = make_bundle(dos, to=c.device["id"])
    records.create(dos, "equipment", {"asset_tag": "D2", "category": "radio"})
    newer = make_bundle(dos, to=c.device["id"])
    deliver(newer, c)
    _send(c, dos)
    remembered = c.conn.execute(
        "SELECT vector, last_bundle_seq, last_bundle_digest FROM peers"
    ).fetchall()
    deliver(older, c)
    assert (
        c.conn.execute("SELECT vector, last_bundle_seq, last_bundle_digest FROM peers").fetchall()
        == remembered
    )
    assert pending_changes(dos) == 0
    # The same on the post's side: an old coordinator bundle after a new one.
    records.update(c, "equipment", records.list_records(c, "equipment")[0]["id"], {"notes": "x"})
    old_c = make_bundle(c, to=dos.device["id"])
    records.update(c, "equipment", records.list_records(c, "equipment")[0]["id"], {"notes": "y"})
    new_c = make_bundle(c, to=dos.device["id"])
    deliver(new_c, dos)
    before = dos.conn.execute("SELECT vector FROM peers").fetchall()
    vector_before = json.loads(before[0][0])
    deliver(old_c, dos)
    after = json.loads(dos.conn.execute("SELECT vector FROM peers").fetchall()[0][0])
    assert after == vector_before
    assert sync.gap_lines(dos) == []


def _huge_bundle(post, coordinator, path: Path) -> Path:
    records.create(post, "equipment", {"asset_tag": "H1", "category": "radio"})
    fields, changes = prepare_export(post, to=coordinator.device["id"])
    fields["bundle_seq"] = 10**17
    write_bundle(path, BundleHeader(**fields), changes, private_key(post))
    return path


def test_bundle_number_ten_to_the_seventeen_costs_nothing(trio, tmp_path, capsys) -> None:
    c, dos, _tor = trio
    path = _huge_bundle(dos, c, tmp_path / "huge.xlsx")
    preview = sync.preview_import(c, path)
    assert preview.missing_bundles == [(1, 10**17 - 1)]
    assert "\n" not in preview.summary()
    assert main(["--db", str(c.path), "import", str(path), "--dry-run"]) == 0
    summary, *details = capsys.readouterr().out.strip().splitlines()
    assert "bundles 1-99999999999999999" in summary.lower()  # one line, then one per field
    assert details and all(line.startswith("new ") for line in details)
    report = sync.import_bundle(c, path)
    assert report.status == "applied" and report.heals
    assert sync.missing_bundles(c) == []  # it carried everything: nothing is missing
    assert main(["--db", str(c.path), "gaps"]) == 0
    assert "Nothing is missing" in capsys.readouterr().out
