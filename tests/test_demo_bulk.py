"""The demo through the bulk path: deterministic, and the same database the import path gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from bordertrack.services.demo import build_demo
from bordertrack.services.dump import dump_json
from bordertrack.store.database import Store

LOG = "SELECT origin, seq, hlc, entity, record_id, field, value, prev, operator, accepted FROM changes"


def _build(path: Path, seed: int = 1, *, bulk: bool = True) -> dict:
    store = Store(path)
    counts = build_demo(store, seed=seed, bulk=bulk)
    me = store.device["id"]  # the demo coordinator's id is new on every build

    def named(v: object) -> object:
        return v.replace(me, "ME") if isinstance(v, str) else v

    out = {
        "counts": counts,
        "dump": dump_json(store),
        "log": sorted((tuple(named(v) for v in r) for r in store.conn.execute(LOG)), key=repr),
        "conflicts": store.conn.execute("SELECT * FROM conflicts ORDER BY id").fetchall(),
        "verified": store.conn.execute(
            "SELECT id, _last_verified, _hlc FROM equipment ORDER BY id"
        ).fetchall(),
        "indexes": sorted(
            store.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
        ),
        "journal": store.conn.execute("PRAGMA journal_mode").fetchone()[0],
        "synchronous": store.conn.execute("PRAGMA synchronous").fetchone()[0],
        "hlc": store.clock.last,
    }
    store.close()
    return out


def test_same_seed_gives_the_same_database(tmp_path: Path) -> None:
    a = _build(tmp_path / "a.db")
    b = _build(tmp_path / "b.db")
    assert a["dump"] == b["dump"] and a["log"] == b["log"]
    assert a["counts"]["items"] == 600
    assert any(v for _, v, _ in a["verified"])  # stock-take checks became last verifications
    other = _build(tmp_path / "c.db", seed=2)
    assert other["dump"] != a["dump"]


def test_bulk_path_gives_what_the_import_path_gives(tmp_path: Path) -> None:
    bulk = _build(tmp_path / "bulk.db")
    applied = _build(tmp_path / "apply.db", bulk=False)
    for key in ("counts", "dump", "log", "conflicts", "verified", "indexes"):
        assert bulk[key] == applied[key], key
    # The load restores the safe settings: write-ahead log, fsync on commit.
    assert bulk["journal"] == "wal" and bulk["synchronous"] == 2
    assert bulk["hlc"] >= max(r[2] for r in bulk["log"])  # the clock moved past every stamp


def test_a_refold_from_the_log_changes_nothing(tmp_path: Path) -> None:
    """The state the loader wrote is what folding every record from its log gives."""
    from bordertrack.store.apply import ApplyResult, refold_touched
    from bordertrack.store.roles import known_roles

    store = Store(tmp_path / "demo.db")
    build_demo(store)
    before = dump_json(store)
    with store.transaction() as conn:
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS touched "
            "(entity TEXT, record_id TEXT, PRIMARY KEY (entity, record_id))"
        )
        conn.execute("DELETE FROM touched")
        conn.execute("INSERT INTO touched SELECT DISTINCT entity, record_id FROM changes")
        refold_touched(conn, known_roles(conn), ApplyResult())
    assert dump_json(store) == before
    store.close()


def test_a_record_written_again_after_its_batch_went_out(tmp_path: Path) -> None:
    """A later write to a record already loaded names the logged change as prev and goes
    through the import path: no false conflict, the later value wins."""
    import random

    from bordertrack.services.bulk import ChangeBuilder
    from bordertrack.services.device import init_device
    from bordertrack.store.bulk_load import bulk_load

    store = Store(tmp_path / "x.db")
    init_device(store, "coordinator", None, "c")
    me = store.device["id"]
    with bulk_load(store) as loader:
        b = ChangeBuilder(
            random.Random(3),
            1_760_000_000_000,
            prev_lookup=loader.logged_heads,
        )
        rid = b.create(me, "equipment", {"asset_tag": "A-1", "category": "radio", "post": "DOS"})
        loader.add(b.take(), b.taken_created)
        b.write(me, "equipment", rid, {"status": "broken"})
        b.write(me, "equipment", rid, {"asset_tag": "A-2"})
        loader.add(b.take(), b.taken_created)
    row = store.conn.execute("SELECT asset_tag, status FROM equipment WHERE id = ?", (rid,))
    assert row.fetchone() == ("A-2", "broken")
    indexes = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    assert {"idx_change_log_held", "idx_equipment_post", "idx_stock_check_item"} <= indexes
    assert store.conn.execute("SELECT count(*) FROM conflicts").fetchone()[0] == 0
    prev = store.conn.execute(
        "SELECT prev FROM changes WHERE field = 'asset_tag' AND prev != ''"
    ).fetchone()[0]
    assert prev == f"{me}:1"
    store.close()


def _edge_changes(post_dev: str, me: str) -> tuple[list, set, dict, set]:
    """Records of one edit that the shortcut takes and ones it must leave to the fold."""
    import random

    from bordertrack.services.bulk import ChangeBuilder

    b = ChangeBuilder(random.Random(5), 1_760_000_000_000, grouped=True)
    b.create(me, "equipment", {"asset_tag": "C-1", "category": "radio", "post": "DOS"})
    b.create(post_dev, "equipment", {"asset_tag": "P-1", "category": "radio", "post": "DOS"})
    # A post creating a record of another post: the scope rule holds the edit.
    b.create(post_dev, "equipment", {"asset_tag": "P-2", "category": "radio", "post": "KAR"})
    # A post creating reference data: refused too.
    b.create(post_dev, "agency", {"code": "X", "name": "X agency"})
    b.create(me, "course", {"code": "K", "title": "K", "duration_days": 2, "hours": 1.5})
    b.create(me, "project", {"code": "Q", "name": "Q", "budget": float("nan")})
    rid = b.create(post_dev, "equipment", {"asset_tag": "P-3", "category": "radio", "post": "DOS"})
    b.write(me, "equipment", rid, {"status": "broken"})
    changes = b.take()
    return changes, b.taken_created, b.taken_groups, b.taken_single


def test_one_edit_shortcut_gives_what_the_import_path_gives(tmp_path: Path) -> None:
    """The loader's shortcut for records made by one edit agrees with `apply_changes`,
    refused edits included (they go to the fold and are held)."""
    from bordertrack.services.device import init_device
    from bordertrack.store.apply import apply_changes
    from bordertrack.store.bulk_load import bulk_load

    post_dev = "00000000000000aa"
    out = []
    for name, bulk in (("bulk.db", True), ("apply.db", False)):
        store = Store(tmp_path / name)
        init_device(store, "coordinator", None, "c")
        me = store.device["id"]
        with store.transaction() as conn:
            conn.execute(
                "INSERT INTO devices (id, name, role, post, public_key, fingerprint, status, "
                "added_at) VALUES (?, 'p', 'post', 'DOS', '', '', 'trusted', '2026-01-01')",
                (post_dev,),
            )
        changes, created, groups, single = _edge_changes(post_dev, me)
        assert len(single) == 6  # all but the record written twice
        if bulk:
            with bulk_load(store) as loader:
                loader.add(changes, created, groups, single)
        else:
            with store.transaction() as conn:
                apply_changes(conn, changes)
        out.append(
            (
                sorted(
                    tuple(v.replace(me, "ME") if isinstance(v, str) else v for v in r)
                    for r in store.conn.execute(LOG)
                ),
                dump_json(store),
            )
        )
        held = store.conn.execute("SELECT count(*) FROM changes WHERE accepted = 0")
        assert held.fetchone()[0] > 0  # the refused edits are held, not applied
        store.close()
    assert out[0] == out[1]


def test_a_failure_on_the_writer_thread_rolls_the_load_back(tmp_path: Path, monkeypatch) -> None:
    """Statements that fail on the second thread surface in the loading thread, and the
    whole load rolls back: no log row, no record."""
    import random
    import sqlite3

    import pytest

    from bordertrack.services.bulk import ChangeBuilder
    from bordertrack.services.device import init_device
    from bordertrack.store import bulk_load as bulk_module

    def failing(conn: sqlite3.Connection, *args: object, **kwargs: object) -> None:
        conn.execute("INSERT INTO log_top VALUES (1, 0)")  # a second row for the one key

    store = Store(tmp_path / "x.db")
    init_device(store, "coordinator", None, "c")
    me = store.device["id"]
    before = store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]
    monkeypatch.setattr(bulk_module, "insert_new", failing)
    b = ChangeBuilder(random.Random(3), 1_760_000_000_000, grouped=True)
    b.create(me, "equipment", {"asset_tag": "A-1", "category": "radio", "post": "DOS"})
    with pytest.raises(sqlite3.IntegrityError), bulk_module.bulk_load(store) as loader:
        loader.add(b.take(), b.taken_created, b.taken_groups, b.taken_single)
        assert loader._writer is not None  # the batch went to the writer thread
    assert store.conn.execute("SELECT count(*) FROM changes").fetchone()[0] == before
    assert store.conn.execute("SELECT count(*) FROM equipment").fetchone()[0] == 0
    indexes = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    assert "idx_equipment_post" in indexes  # the dropped indexes came back with the rollback
    store.close()


@pytest.mark.parametrize("most", [1000, 2000])
def test_many_rows_to_a_statement_store_what_one_row_each_stores(most: int) -> None:
    """`insert_rows` (up to `most` rows a statement; above 1,000, as the bulk load's
    writer asks, the rest 1,000 at a time; then one by one) keeps every value and type a
    plain `executemany` keeps, and every row once."""
    import sqlite3

    from bordertrack.store.log_codec import insert_rows

    values = [None, 0, -7, 2**62, 1.5, float("nan"), True, "", "a\x00b", "ключ", b"\x01"]
    rows = [(i, values[i % len(values)], str(i)) for i in range(3_345)]
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE a (n INTEGER PRIMARY KEY, v, t TEXT)")
    conn.execute("CREATE TABLE b (n INTEGER PRIMARY KEY, v, t TEXT)")
    insert_rows(conn, "INSERT INTO a", rows, most=most)
    conn.executemany("INSERT INTO b VALUES (?, ?, ?)", rows)
    read = "SELECT n, v, typeof(v), t FROM {} ORDER BY n"
    got = conn.execute(read.format("a")).fetchall()
    assert len(got) == len(rows) and got == conn.execute(read.format("b")).fetchall()


def test_weighted_draws_what_random_choices_draws() -> None:
    """The demo's weighted picks (`bulk.weighted`) give, from the same seed, the same
    sequence `Random.choices` gives, and leave the generator where it leaves it: the
    demo of a seed is the one it was."""
    import random

    from bordertrack.services.bulk import weighted

    shapes = random.Random(5)
    for seed in range(40):
        n = shapes.randint(1, 9)
        population = [f"v{i}" for i in range(n)]
        weights = [shapes.choice([0, 1, 2, 7, 86, 1000]) for _ in range(n - 1)] + [1]
        ours, theirs = random.Random(seed), random.Random(seed)
        pick = weighted(ours, population, weights)
        got = [pick() for _ in range(300)]
        assert got == [theirs.choices(population, weights)[0] for _ in range(300)]
        assert ours.random() == theirs.random()
