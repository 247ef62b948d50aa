"""Databases made by released versions open, migrate, keep every record and sync with a
current device; a declaration that gains a field gains its column, with values refolded
from the log. The fixtures were made by the release itself (tests/fixtures/README.md)."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.fields import text
from bordertrack.services import records
from bordertrack.services.dump import dump
from bordertrack.services.import_bundle import import_bundle
from bordertrack.services.trust import my_card, trust_card
from bordertrack.store.apply import apply_changes
from bordertrack.store.changes import Change
from bordertrack.store.database import Store
from bordertrack.store.materialise import fingerprint
from bordertrack.store.schema import SCHEMA_VERSION, search_index

from .sync_helpers import deliver, enrol, make_bundle

FIXTURES = Path(__file__).parent / "fixtures"
RELEASES = ["0.1.0"]


def _copy(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    shutil.copy(FIXTURES / name, path)
    return path


def _as_released(now: dict, expected: dict) -> dict:
    """Today's dump cut to the fields the release knew; fields declared since must be empty
    (nobody could have set them), so nothing is lost and nothing is invented."""
    out: dict = {}
    for entity, rows in now.items():
        known = {k for r in expected.get(entity, []) for k in r}
        out[entity] = []
        for row in rows:
            if known:
                assert all(row[k] is None for k in row.keys() - known), (entity, row)
            out[entity].append({k: v for k, v in row.items() if not known or k in known})
    return out


def _log(store: Store) -> list[tuple]:
    return store.conn.execute("SELECT * FROM changes ORDER BY origin, seq").fetchall()


@pytest.mark.parametrize("release", RELEASES)
def test_an_old_database_opens_migrates_and_keeps_every_record(tmp_path, release) -> None:
    path = _copy(tmp_path, f"coordinator-{release}.db")
    expected = json.loads((FIXTURES / f"coordinator-{release}.dump.json").read_text())
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        recorded = dict(store.conn.execute("SELECT entity, fingerprint FROM entity_tables"))
        assert recorded == {name: fingerprint(e) for name, e in ENTITIES.items()}
        assert _as_released(json.loads(json.dumps(dump(store))), expected) == expected
        log = _log(store)
        assert len(log) == 46
        # it goes on working: an edit is logged and shown
        (item,) = records.list_records(store, "equipment", {"asset_tag": "EU-0001"})
        records.update(store, "equipment", item["id"], {"status": "broken"})
        assert records.get(store, "equipment", item["id"])["status"] == "broken"
    with Store(path) as again:  # a second open changes nothing
        assert len(_log(again)) == 47
        assert again.conn.execute("SELECT count(*) FROM schema_steps").fetchone()[0] == len(
            ENTITIES
        )


@pytest.mark.parametrize("release", RELEASES)
def test_an_old_device_syncs_with_a_current_one(tmp_path, make_store, release) -> None:
    old_post = Store(_copy(tmp_path, f"post-DOS-{release}.db"))
    try:
        hq = make_store("coordinator", name="HQ now")
        enrol(old_post, hq)
        # The bundle file the old post wrote then reads in a current build.
        trust_card(hq, my_card(old_post))
        bundle = FIXTURES / f"post-bundle-{release}.xlsx"  # addressed to the old coordinator
        report = import_bundle(hq, bundle, allow_other_recipient=True)
        assert report.status == "applied"
        tags = {r["asset_tag"] for r in records.list_records(hq, "equipment")}
        assert tags == {"EU-0002"}  # a post speaks for its own records only
        # Both ways, with bundles made now.
        rid = records.create(
            hq, "equipment", {"asset_tag": "NOW-1", "category": "radio", "post": "DOS"}
        )
        deliver(make_bundle(hq, to=old_post.device["id"]), old_post)
        assert records.get(old_post, "equipment", rid)["asset_tag"] == "NOW-1"
        records.update(old_post, "equipment", rid, {"status": "broken"})
        deliver(make_bundle(old_post, to=hq.device["id"]), hq)
        assert records.get(hq, "equipment", rid)["status"] == "broken"
    finally:
        old_post.close()


def test_a_declared_field_gains_its_column_with_values_from_the_log(tmp_path, monkeypatch) -> None:
    """A newer device sent a Tajik name before this one knew the field; the upgrade that
    declares it adds the column and shows the value, in one recorded step."""
    path = _copy(tmp_path, "coordinator-0.1.0.db")
    with Store(path) as store:
        (post,) = records.list_records(store, "post")
        with store.transaction() as conn:
            apply_changes(
                conn,
                [Change("newer", 1, store.clock.tick(), "post", post["id"], "name_tg", "Достук", "", "")],
            )  # fmt: skip
        columns = {r[1] for r in store.conn.execute("PRAGMA table_info(post)")}
        assert "name_tg" not in columns
        before = dump(store)
    old = ENTITIES["post"]
    newer = dataclasses.replace(old, fields=(*old.fields, text("name_tg", "Name (Tajik)")))
    monkeypatch.setitem(ENTITIES, "post", newer)
    with Store(path) as store:
        assert records.get(store, "post", post["id"])["name_tg"] == "Достук"
        step = store.conn.execute(
            "SELECT entity, added, refolded FROM schema_steps ORDER BY step DESC LIMIT 1"
        ).fetchone()
        assert step == ("post", '["name_tg"]', 1)
        after = dump(store)
        after["post"] = [{k: v for k, v in r.items() if k != "name_tg"} for r in after["post"]]
        assert after == before  # nothing else moved
        records.update(store, "post", post["id"], {"name_tg": "Дустлик"})
        assert records.get(store, "post", post["id"])["name_tg"] == "Дустлик"


def test_a_field_that_changes_kind_or_leaves_reshapes_its_table(tmp_path, monkeypatch) -> None:
    """A release that makes a text field a number, and drops a field, cannot ALTER the
    column in SQLite: the table is rebuilt in the recorded step, the values refolded from
    the log as the new kind, the dropped value still in the log, nothing else moved."""
    from bordertrack.domain.fields import Kind

    path = _copy(tmp_path, "coordinator-0.1.0.db")
    with Store(path) as store:
        (item, *_) = records.list_records(store, "equipment")
        records.update(store, "equipment", item["id"], {"notes": "42"})
        before = dump(store)
    old = ENTITIES["equipment"]
    kept = tuple(f for f in old.fields if f.name != "serial")
    newer = dataclasses.replace(
        old,
        fields=tuple(
            dataclasses.replace(f, kind=Kind.INT) if f.name == "notes" else f for f in kept
        ),
    )
    monkeypatch.setitem(ENTITIES, "equipment", newer)
    with Store(path) as store:
        columns = {r[1]: r[2] for r in store.conn.execute("PRAGMA table_info(equipment)")}
        assert columns["notes"] == "INTEGER" and "serial" not in columns
        (value,) = store.conn.execute("SELECT notes FROM equipment WHERE id = ?", (item["id"],))
        assert value == (42,)
        indexes = {r[1] for r in store.conn.execute("PRAGMA index_list(equipment)")}
        assert {"idx_equipment_asset_tag", "idx_equipment__gone"} <= indexes
        logged = store.conn.execute(
            "SELECT count(*) FROM changes WHERE entity = 'equipment' AND field = 'serial'"
        ).fetchone()[0]
        assert logged > 0
        after = dump(store)
    strip = {"serial", "notes"}
    assert [{k: v for k, v in r.items() if k not in strip} for r in after["equipment"]] == [
        {k: v for k, v in r.items() if k not in strip} for r in before["equipment"]
    ]


def test_a_backup_from_an_older_declaration_restored_into_the_open_window_is_upgraded(
    tmp_path, make_store
) -> None:
    """Settings → Restore copies a backup into the open database: a backup made before an
    upgrade (here: before `notes` was declared) is migrated and refolded there and then, not
    left without the column until the next start."""
    import sqlite3

    from bordertrack.services import backup, backup_seal

    store = make_store("post", "DOS")
    item = records.create(store, "equipment", {"asset_tag": "DOS-1", "category": "radio"})
    records.update(store, "equipment", item, {"notes": "in the safe"})
    made = backup.create_backup(store, "manual")
    old = sqlite3.connect(made.path)  # as an earlier release wrote it: no `notes` column yet
    with old:
        old.execute("DROP INDEX IF EXISTS idx_equipment_notes")
        old.execute(f"DROP INDEX {search_index(ENTITIES['equipment'])}")  # it reads notes
        old.execute("ALTER TABLE equipment DROP COLUMN notes")
        old.execute("UPDATE entity_tables SET fingerprint = 'older' WHERE entity = 'equipment'")
    old.close()
    backup_seal.seal(store.path, made.path)

    backup.restore_backup(store.path, made.id, store)
    assert records.get(store, "equipment", item)["notes"] == "in the safe"
    recorded = dict(store.conn.execute("SELECT entity, fingerprint FROM entity_tables"))
    assert recorded["equipment"] == fingerprint(ENTITIES["equipment"])


@pytest.mark.parametrize("release", [*RELEASES, "current"])
def test_opening_looks_for_stale_tables_once(tmp_path, monkeypatch, release) -> None:
    """The opener's check (does opening write?) and the materialisation share one answer."""
    import bordertrack.store.database as database
    import bordertrack.store.materialise as materialise

    if release == "current":
        path = tmp_path / "now.db"
        Store(path).close()
    else:
        path = _copy(tmp_path, f"coordinator-{release}.db")
    calls: list[int] = []
    real = materialise.stale_entities

    def counted(conn):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(conn)

    monkeypatch.setattr(materialise, "stale_entities", counted)
    monkeypatch.setattr(database, "stale_entities", counted)
    Store(path).close()
    assert len(calls) == 1


@pytest.mark.parametrize("release", RELEASES)
def test_every_table_counts_its_live_records_without_reading_its_rows(tmp_path, release) -> None:
    """A table opens by counting its live records: all rows less the deleted ones, from an
    index of deleted rows only; in a file made by an older release too. The count is right
    with deleted records, and no query for live records is planned through that index."""
    from bordertrack.store.query import LIVE, Reads, View

    with Store(_copy(tmp_path, f"coordinator-{release}.db")) as store:
        (item,) = records.list_records(store, "equipment", {"asset_tag": "EU-0001"})
        records.delete(store, "equipment", item["id"])
        reads = Reads(store)
        for e in ENTITIES.values():
            slow = store.conn.execute(f"SELECT count(*) FROM {e.table} WHERE {LIVE}").fetchone()
            assert reads.count(View(e.name)) == slow[0], e.name
            plans = {
                sql: " ".join(r[-1] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
                for sql in (
                    f"SELECT count(*) FROM {e.table} WHERE _deleted IS NOT 0",
                    f"SELECT id FROM {e.table} WHERE {LIVE} ORDER BY id LIMIT 50",
                    f"SELECT count(*) FROM {e.table} WHERE {LIVE}",
                )
            }
            first, *others = plans.values()
            assert f"COVERING INDEX idx_{e.table}__gone" in first, (e.name, first)
            assert all("__gone" not in plan for plan in others), (e.name, plans)
        assert (
            reads.count(View("equipment"))
            == store.conn.execute("SELECT count(*) FROM equipment WHERE _deleted = 0").fetchone()[0]
        )
