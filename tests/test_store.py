"""The store: edits logged with clock and predecessor, HLC, validation, migrations, tombstones."""

from __future__ import annotations

import sqlite3

import pytest

from bordertrack.domain.errors import (
    DatabaseProblem,
    OutOfScope,
    RecordNotFound,
    UnknownField,
    ValidationError,
)
from bordertrack.services import records
from bordertrack.store.database import Store
from bordertrack.store.hlc import HybridClock, pack, wall_ms
from bordertrack.store.schema import SCHEMA_VERSION


def _log(store: Store, record_id: str) -> list[tuple]:
    return store.conn.execute(
        "SELECT origin, seq, hlc, field, value, prev FROM changes WHERE record_id = ? ORDER BY seq",
        (record_id,),
    ).fetchall()


def test_create_logs_each_field_with_origin_seq_and_clock(post_store: Store) -> None:
    rid = records.create(post_store, "equipment", {"asset_tag": "A-1", "category": "camera"})
    log = _log(post_store, rid)
    me = post_store.device["id"]
    fields = {row[3]: row for row in log}
    assert set(fields) == {"asset_tag", "category", "post", "status"}
    assert all(row[0] == me for row in log)
    assert [row[1] for row in log] == list(range(1, len(log) + 1))
    assert len({row[2] for row in log}) == 1, "one edit, one clock tick"
    assert all(row[5] == "" for row in log), "a new record overwrites nothing"
    assert fields["post"][4] == "DOS", "a post's new item belongs to that post"


def test_edit_records_the_change_it_overwrote(post_store: Store) -> None:
    rid = records.create(post_store, "equipment", {"asset_tag": "A-1", "category": "camera"})
    first = {row[3]: row for row in _log(post_store, rid)}
    records.update(post_store, "equipment", rid, {"status": "under_repair"})
    last = _log(post_store, rid)[-1]
    assert last[3] == "status" and last[4] == "under_repair"
    assert last[5] == f"{first['status'][0]}:{first['status'][1]}"
    assert last[2] > first["status"][2]
    assert records.get(post_store, "equipment", rid)["status"] == "under_repair"


def test_unchanged_value_writes_no_change(post_store: Store) -> None:
    rid = records.create(post_store, "equipment", {"asset_tag": "A-1", "category": "camera"})
    before = len(_log(post_store, rid))
    records.update(post_store, "equipment", rid, {"category": "camera"})
    assert len(_log(post_store, rid)) == before


def test_hlc_stays_monotonic_when_wall_clock_steps_back() -> None:
    wall = [1_000_000]
    clock = HybridClock(0, wall=lambda: wall[0])
    a = clock.tick()
    wall[0] -= 500_000  # the laptop's clock was set back
    b = clock.tick()
    c = clock.tick()
    assert a < b < c
    assert wall_ms(b) == 1_000_000
    clock.observe(pack(5_000_000, 7))
    assert clock.tick() > pack(5_000_000, 7)


def test_store_clock_survives_reopen_behind_wall_clock(tmp_path, make_store) -> None:
    store = make_store("post", "DOS")
    records.create(store, "equipment", {"asset_tag": "A-1", "category": "camera"})
    future = pack(wall_ms(store.clock.last) + 10_000_000, 0)
    store.clock.observe(future)
    records.create(store, "equipment", {"asset_tag": "A-2", "category": "camera"})
    path = store.path
    store.close()
    again = Store(path)
    assert again.clock.last > future
    again.close()


def test_validation_names_field_value_and_rule(post_store: Store) -> None:
    with pytest.raises(ValidationError) as err:
        records.create(
            post_store, "equipment", {"asset_tag": "", "category": "spaceship", "value": "-5"}
        )
    rules = {(p.field, p.rule) for p in err.value.problems}
    assert rules == {("asset_tag", "required"), ("category", "vocabulary"), ("value", "minimum")}
    text = str(err.value)
    assert "spaceship" in text and "Asset tag" in text and "minimum" in text


def test_too_long_text_and_bad_date_are_refused(post_store: Store) -> None:
    with pytest.raises(ValidationError) as err:
        records.create(
            post_store,
            "equipment",
            {"asset_tag": "X" * 41, "category": "camera", "received_date": "31/02/2026"},
        )
    assert {p.rule for p in err.value.problems} == {"max_length", "type"}


def test_date_formats_are_read(post_store: Store) -> None:
    rid = records.create(
        post_store,
        "equipment",
        {"asset_tag": "A", "category": "radio", "received_date": "05.03.2026"},
    )
    assert records.get(post_store, "equipment", rid)["received_date"] == "2026-03-05"


def test_unknown_field_is_named(post_store: Store) -> None:
    with pytest.raises(UnknownField, match="colour"):
        records.create(
            post_store, "equipment", {"asset_tag": "A", "category": "radio", "colour": "red"}
        )


def test_duplicate_asset_tag_refused_on_entry(post_store: Store) -> None:
    records.create(post_store, "equipment", {"asset_tag": "A-1", "category": "camera"})
    with pytest.raises(ValidationError, match="already used"):
        records.create(post_store, "equipment", {"asset_tag": "A-1", "category": "radio"})


def test_unknown_post_or_model_is_kept(make_store) -> None:
    store = make_store("post", "NEW")
    rid = records.create(
        store, "equipment", {"asset_tag": "A", "category": "radio", "model": "NOT-YET"}
    )
    rec = records.get(store, "equipment", rid)
    assert rec["post"] == "NEW" and rec["model"] == "NOT-YET"


def test_post_cannot_touch_another_posts_records(post_store: Store) -> None:
    with pytest.raises(OutOfScope, match="AKJ"):
        records.create(
            post_store, "equipment", {"asset_tag": "A", "category": "radio", "post": "AKJ"}
        )
    with pytest.raises(OutOfScope, match="coordinator"):
        records.create(post_store, "agency", {"code": "X", "name": "X", "kind": "customs"})


def test_transfer_hands_the_item_over(post_store: Store) -> None:
    rid = records.create(post_store, "equipment", {"asset_tag": "A", "category": "radio"})
    records.update(post_store, "equipment", rid, {"post": "AKJ"})
    with pytest.raises(OutOfScope):
        records.update(post_store, "equipment", rid, {"status": "broken"})


def test_delete_is_a_tombstone(post_store: Store) -> None:
    rid = records.create(post_store, "equipment", {"asset_tag": "A", "category": "radio"})
    records.delete(post_store, "equipment", rid)
    with pytest.raises(RecordNotFound):
        records.get(post_store, "equipment", rid)
    assert records.list_records(post_store, "equipment") == []
    row = post_store.conn.execute("SELECT _deleted FROM equipment WHERE id = ?", (rid,)).fetchone()
    assert row == (1,)
    last = _log(post_store, rid)[-1]
    assert last[3] == "_deleted" and last[4] == 1 and last[5], "the tombstone knows what it deleted"
    # the asset tag is free again for a new record
    records.create(post_store, "equipment", {"asset_tag": "A", "category": "radio"})


def test_failed_edit_leaves_database_unchanged(post_store: Store) -> None:
    records.create(post_store, "equipment", {"asset_tag": "A", "category": "radio"})
    before = post_store.conn.execute("SELECT count(*) FROM changes").fetchone()
    with pytest.raises(ValidationError):
        records.create(post_store, "equipment", {"asset_tag": "A", "category": "radio"})
    assert post_store.conn.execute("SELECT count(*) FROM changes").fetchone() == before


def test_newer_schema_is_refused(tmp_path) -> None:
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(DatabaseProblem, match="newer BorderTrack"):
        Store(path)


def test_not_a_database_is_refused(tmp_path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is a letter, not a database" * 100)
    with pytest.raises(DatabaseProblem):
        Store(path)


def test_opens_a_schema_1_database_and_migrates(tmp_path) -> None:
    import shutil
    from pathlib import Path

    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema_v1.db", path)
    store = Store(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    indexes = {r[1] for r in store.conn.execute("PRAGMA index_list(change_log)")}
    assert {"idx_change_log_rec", "idx_change_log_held"} <= indexes  # the compact log
    (item,) = records.list_records(store, "equipment")
    assert item["asset_tag"] == "V1-0001"
    records.update(store, "equipment", item["id"], {"status": "broken"})
    assert records.get(store, "equipment", item["id"])["status"] == "broken"
    store.close()
