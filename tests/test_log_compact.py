"""The compact change log (`store/log_codec.py`): the migration rewrites a text log in one
pass and loses nothing, the view `changes` gives every reader the old columns, and the
write paths (the apply path's writer, an INSERT through the view) agree."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from bordertrack.services import conflicts, records
from bordertrack.services.dump import dump_json
from bordertrack.store.apply import apply_changes
from bordertrack.store.changes import Change, temp_table_ddl
from bordertrack.store.database import Store
from bordertrack.store.log_codec import LogWriter, newest_stamp
from bordertrack.store.schema import LOCAL_DDL, SCHEMA_VERSION, _v2

from .sync_helpers import deliver, enrol, make_bundle, two_coordinators_and_a_post

FIXTURES = Path(__file__).parent / "fixtures"
LOG = (
    "SELECT origin, seq, hlc, entity, record_id, field, value, typeof(value), prev, operator, "
    "accepted FROM changes ORDER BY origin, seq"
)
# Prevs the packing must give back exactly: none, one change, several, a change of an
# origin never logged, a number written with a leading zero, text that is no change id.
ODD = [
    ("", 1, "text"),
    ("dev-a:1", 2, 7),
    ("dev-a:1 dev-a:2", 3, 2.5),
    ("elsewhere:9", 4, None),
    ("dev-a:01", 5, b"\x00\x01"),
    ("no colon", 6, ""),
    ("dev-a:99999999999999", 7, 10**15),
]


def _state(store: Store) -> tuple[list, dict, list]:
    convs = [c.to_json() for c in conflicts.list_conflicts(store)]
    return store.conn.execute(LOG).fetchall(), json.loads(dump_json(store)), convs


def _to_text_log(path: Path) -> None:
    """Put a current database back into the layout of schema 4, which every database made
    before the compact log has: the text log table with its record, held and stamp indexes."""
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT origin, seq, hlc, entity, record_id, field, value, prev, operator, accepted "
        "FROM changes"
    ).fetchall()
    conn.execute("DROP VIEW changes")
    for table in ("change_log", "log_records", "log_names", "log_origins", "log_top"):
        conn.execute(f"DROP TABLE {table}")
    for stmt in LOCAL_DDL:
        if " changes" in stmt:
            conn.execute(stmt)
    _v2(conn)
    conn.executemany("INSERT INTO changes VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()


def _busy_coordinator(make_store) -> tuple[Store, Store]:
    """A coordinator whose log holds conflicts, a resolution, a delete, held changes,
    operators and odd prevs and values; and a post it trusts."""
    c, d, a = two_coordinators_and_a_post(make_store)
    item = records.create(a, "equipment", {"asset_tag": "T1", "category": "camera"})
    bundle = make_bundle(a, to=c.device["id"])
    deliver(bundle, c)
    deliver(bundle, d, allow_other_recipient=True)
    records.update(c, "equipment", item, {"notes": "c-note"}, operator="Aida")
    records.update(d, "equipment", item, {"notes": "d-note"}, operator="Bek")
    records.delete(a, "equipment", item)
    deliver(make_bundle(d, to=c.device["id"]), c)
    deliver(make_bundle(a, to=c.device["id"]), c)
    (first, *_) = conflicts.list_conflicts(c)
    conflicts.resolve_conflict(c, first.id, "mine", operator="Aida")
    odd = [
        Change("dev-a", seq, c.clock.tick(), "equipment", "odd-1", "notes", value, prev, "")
        for prev, seq, value in ODD
    ]
    other = make_store("post", "DOS")
    enrol(other, c)
    mine = records.create(c, "equipment", {"asset_tag": "T2", "category": "radio", "post": "AKJ"})
    # a post editing another post's record: held, not applied
    stray = Change(other.device["id"], 1, c.clock.tick(), "equipment", mine, "notes", "x", "", "")
    with c.transaction() as conn:
        apply_changes(conn, [*odd, stray])
    return c, a


def test_the_migration_rewrites_a_text_log_and_loses_nothing(tmp_path, make_store) -> None:
    c, a = _busy_coordinator(make_store)
    path = Path(c.path)
    before = _state(c)
    log = before[0]
    assert before[2], "the log should hold an open conflict"
    assert any(r[10] == 0 for r in log), "the log should hold a held change"
    assert {r[8] for r in log} >= {p for p, _, _ in ODD}
    c.close()
    _to_text_log(path)
    with Store(path) as again:
        assert again.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert _state(again) == before
        assert newest_stamp(again.conn) == max(r[2] for r in log)
        tables = {r[0] for r in again.conn.execute("SELECT name FROM sqlite_master")}
        assert "idx_changes_hlc" not in tables and "idx_changes_record" not in tables
        # it syncs with a current device both ways
        rid = records.create(
            again, "equipment", {"asset_tag": "NOW-1", "category": "radio", "post": "AKJ"}
        )
        deliver(make_bundle(again, to=a.device["id"]), a)
        assert records.get(a, "equipment", rid)["asset_tag"] == "NOW-1"
        records.update(a, "equipment", rid, {"status": "broken"})
        deliver(make_bundle(a, to=again.device["id"]), again)
        assert records.get(again, "equipment", rid)["status"] == "broken"
        assert len(again.conn.execute(LOG).fetchall()) > len(log)


def test_the_released_fixture_keeps_its_log_through_the_migration(tmp_path) -> None:
    path = tmp_path / "coordinator.db"
    shutil.copy(FIXTURES / "coordinator-0.1.0.db", path)
    old = sqlite3.connect(f"file:{FIXTURES / 'coordinator-0.1.0.db'}?mode=ro", uri=True)
    expected = old.execute(LOG).fetchall()
    expected_conflicts = old.execute("SELECT * FROM conflicts ORDER BY id").fetchall()
    old.close()
    with Store(path) as store:
        assert store.conn.execute(LOG).fetchall() == expected
        got = store.conn.execute("SELECT * FROM conflicts ORDER BY id").fetchall()
        assert got == expected_conflicts


def test_writing_through_the_view_and_through_the_writer_agree(make_store) -> None:
    store = make_store("coordinator", name="c")
    changes = [
        Change("dev-a", seq, 1000 + seq, "equipment", "odd-1", "notes", value, prev, "Aida")
        for prev, seq, value in ODD
    ]
    with store.transaction() as conn:
        LogWriter(conn).write(changes[:4], [1, 0, 1, 1])
        conn.executemany(
            "INSERT INTO changes VALUES (?,?,?,?,?,?,?,?,?,?)", [(*c, 1) for c in changes[4:]]
        )
        conn.execute("UPDATE changes SET accepted = 0 WHERE origin = 'dev-a' AND seq = 5")
    got = store.conn.execute(
        "SELECT origin, seq, hlc, entity, record_id, field, value, prev, operator, accepted "
        "FROM changes ORDER BY seq"
    ).fetchall()
    flags = [1, 0, 1, 1, 0, 1, 1]
    assert got == [(*c, f) for c, f in zip(changes, flags, strict=True)]
    assert newest_stamp(store.conn) == 1007
    packed = store.conn.execute("SELECT typeof(prev) FROM change_log ORDER BY seq").fetchall()
    assert [t for (t,) in packed] == ["null", "integer", "text", "text", "text", "text", "text"]


HOT_READS = [
    # the apply path: id probes, the fork check, each touched record's logged changes
    "SELECT 1 FROM changes WHERE origin = ? AND seq BETWEEN ? AND ? LIMIT 1",
    "SELECT seq FROM changes WHERE origin = ? AND seq IN (SELECT value FROM json_each(?))",
    "SELECT i.origin FROM incoming i JOIN changes c ON c.origin = i.origin AND c.seq = i.seq "
    "WHERE c.prev IS NOT i.prev",
    "SELECT c.seq, c.prev FROM touched t CROSS JOIN changes c "
    "ON c.entity = t.entity AND c.record_id = t.record_id",
    # one record's history (an edit, a move, the window), a declaration's refold
    "SELECT seq, prev FROM changes WHERE entity = ? AND record_id = ? ORDER BY hlc",
    "SELECT DISTINCT entity, record_id FROM changes WHERE entity = ?",
    "SELECT DISTINCT entity, record_id FROM changes WHERE origin = ?",
    # the stamp checks of an import
    "SELECT c.hlc FROM json_each(?) j JOIN changes c "
    "ON c.origin = json_extract(j.value, '$[0]') AND c.seq = json_extract(j.value, '$[1]')",
    "SELECT c.hlc FROM json_each(?) j JOIN changes c "
    "ON c.entity = json_extract(j.value, '$[0]') AND c.record_id = json_extract(j.value, '$[1]')",
    "SELECT seq, hlc FROM changes WHERE origin = ? AND seq <= ? ORDER BY seq DESC LIMIT 1",
]


def test_hot_reads_through_the_view_use_indexes(make_store) -> None:
    store = make_store("coordinator", name="c")
    with store.transaction() as conn:
        apply_changes(conn, [Change("dev-a", 1, 5, "equipment", "r1", "notes", "x", "", "")])
    # the apply path made its batch tables (`touched`, `incoming`) on this connection
    conn.execute(temp_table_ddl("incoming"))
    for sql in HOT_READS:
        args = [None] * sql.count("?")
        plan = [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, args)]
        assert not [p for p in plan if p == "SCAN c" or p.startswith("SCAN c ")], (sql, plan)
