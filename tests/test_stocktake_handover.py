"""Core services behind the stock-take and hand-over screens."""

from __future__ import annotations

import datetime as dt

import pytest

from bordertrack.domain.errors import BorderTrackError
from bordertrack.services import handover, records, stocktake


def _item(store, tag, post="DOS", status="in_service"):
    return records.create(
        store, "equipment", {"asset_tag": tag, "category": "radio", "post": post, "status": status}
    )


def test_stocktake_classifies_and_records(coordinator):
    a, b = _item(coordinator, "DOS-1"), _item(coordinator, "DOS-2")
    _item(coordinator, "DOS-3", status="written_off")
    other = _item(coordinator, "TOR-1", post="TOR")
    take = stocktake.start(coordinator, "DOS")
    assert set(take.expected) == {"DOS-1", "DOS-2"}
    assert stocktake.scan(coordinator, take, " dos-1 ") == "found"
    assert stocktake.scan(coordinator, take, "DOS-1") == "repeat"
    assert stocktake.scan(coordinator, take, "TOR-1") == "elsewhere"
    assert stocktake.scan(coordinator, take, "XX-9") == "unknown"
    assert take.missing == {"DOS-2": b}
    n = stocktake.record(coordinator, take, checked_by="Aida", on=dt.date(2026, 3, 1))
    assert n == 3
    results = {r["item"]: r["result"] for r in records.list_records(coordinator, "stock_check")}
    assert results == {a: "found", b: "missing", other: "elsewhere"}
    verified = coordinator.conn.execute(
        "SELECT _last_verified FROM equipment WHERE id = ?", (a,)
    ).fetchone()[0]
    assert verified == "2026-03-01"


def test_stocktake_with_nothing_scanned_is_refused(coordinator):
    _item(coordinator, "DOS-1")
    with pytest.raises(BorderTrackError, match="scan"):
        stocktake.record(coordinator, stocktake.start(coordinator, "DOS"))


def test_handover_creates_act_lines_and_transfers(post_store):
    a, b = _item(post_store, "DOS-1"), _item(post_store, "DOS-2")
    act = {
        "number": "HA-1",
        "act_date": "2026-03-02",
        "from_post": "DOS",
        "to_post": "TOR",
        "handed_by": "A",
        "received_by": "B",
    }
    act_id = handover.create_handover(post_store, act, [a, b], operator="x")
    lines = records.list_records(post_store, "handover_item", {"act": act_id})
    assert {line["item"] for line in lines} == {a, b}
    assert records.get(post_store, "equipment", a)["post"] == "TOR"
    assert records.get(post_store, "equipment", a)["handover_act"] == act_id
    assert [i["asset_tag"] for i in handover.act_items(post_store, act_id)] == ["DOS-1", "DOS-2"]


def test_handover_failure_changes_nothing(post_store):
    a = _item(post_store, "DOS-1")
    before = post_store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]
    with pytest.raises(BorderTrackError):
        handover.create_handover(post_store, {"number": "HA-1"}, [a])
    with pytest.raises(BorderTrackError):
        handover.create_handover(post_store, {"number": "HA-1"}, [])
    assert post_store.conn.execute("SELECT count(*) FROM changes").fetchone()[0] == before
