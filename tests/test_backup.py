"""Backups: verified copies, rotation, restore through the CLI, a damaged database, one window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bordertrack.domain.errors import DatabaseProblem
from bordertrack.services import backup, records
from bordertrack.services.dump import dump_json
from bordertrack.store.database import Store
from bordertrack.store.lock import AlreadyOpen, acquire_instance_lock

from .test_cli import bt


def test_backup_is_a_verified_copy_and_rotates(post_store: Store) -> None:
    records.create(post_store, "equipment", {"asset_tag": "A", "category": "radio"})
    first = backup.create_backup(post_store, "before import")
    assert first.reason == "before import" and backup.is_good(first.path)
    copy = Store(first.path)
    assert dump_json(copy) == dump_json(post_store)
    copy.close()
    for _ in range(backup.KEEP + 3):
        backup.create_backup(post_store, "manual")
    kept = backup.list_backups(post_store.path)
    assert len(kept) == backup.KEEP and first.id not in {b.id for b in kept}
    assert [b.id for b in kept] == sorted((b.id for b in kept), reverse=True)


def test_size_bound_keeps_at_least_the_newest(post_store: Store) -> None:
    for _ in range(3):
        backup.create_backup(post_store)
    backup.rotate(post_store.path, max_total=1)
    assert len(backup.list_backups(post_store.path)) == 1


def test_import_makes_a_backup_first(make_store, coordinator, tmp_path) -> None:
    from bordertrack.services.sync import export_bundle, import_bundle

    from .sync_helpers import enrol

    post = make_store("post", "DOS")
    enrol(post, coordinator)
    records.create(post, "equipment", {"asset_tag": "A", "category": "radio"})
    export_bundle(post, tmp_path / "b.xlsx")
    import_bundle(coordinator, tmp_path / "b.xlsx")
    (made,) = backup.list_backups(coordinator.path)
    assert made.reason == "before import"
    before = Store(made.path)
    assert records.list_records(before, "equipment") == []
    before.close()


def test_restore_through_the_cli_keeps_the_replaced_file(tmp_path: Path) -> None:
    db = tmp_path / "post.db"
    bt(db, "init", "--role", "post", "--post", "DOS")
    bt(db, "add", "equipment", "asset_tag=KEEP", "category=radio")
    bt(db, "backup", "create")
    (saved,) = json.loads(bt(db, "backup", "list", "--json").stdout)
    bt(db, "add", "equipment", "asset_tag=LATER", "category=radio")
    out = bt(db, "backup", "restore", saved["id"]).stdout
    assert "Restored" in out
    tags = [r["asset_tag"] for r in json.loads(bt(db, "list", "equipment", "--json").stdout)]
    assert tags == ["KEEP"]
    reasons = [b["reason"] for b in json.loads(bt(db, "backup", "list", "--json").stdout)]
    assert "before restore" in reasons
    assert "No backup" in bt(db, "backup", "restore", "nope", check=1).stderr


def test_damaged_database_is_refused_and_a_good_backup_offered(tmp_path: Path) -> None:
    db = tmp_path / "post.db"
    bt(db, "init", "--role", "post", "--post", "DOS")
    for i in range(3):
        bt(db, "add", "equipment", f"asset_tag=T{i}", "category=radio", "notes=" + "x" * 500)
    bt(db, "backup", "create")
    raw = bytearray(db.read_bytes())
    for offset in range(4096, len(raw), 997):
        raw[offset] ^= 0xFF
    db.write_bytes(bytes(raw))
    with pytest.raises(DatabaseProblem, match="backup"):
        Store(db)
    good = backup.newest_good_backup(db)
    assert good is not None
    backup.restore_backup(db, good.id)
    store = Store(db)
    assert len(records.list_records(store, "equipment")) == 3
    store.close()


def test_second_instance_is_told_clearly(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    with acquire_instance_lock(db), pytest.raises(AlreadyOpen, match="another BorderTrack window"):
        acquire_instance_lock(db)
    acquire_instance_lock(db).release()


def test_restore_into_an_open_database(post_store: Store) -> None:
    records.create(post_store, "equipment", {"asset_tag": "KEEP", "category": "radio"})
    saved = backup.create_backup(post_store)
    records.create(post_store, "equipment", {"asset_tag": "LATER", "category": "radio"})
    backup.restore_backup(post_store.path, saved.id, post_store)
    assert [r["asset_tag"] for r in records.list_records(post_store, "equipment")] == ["KEEP"]
    assert post_store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert any(b.reason == "before restore" for b in backup.list_backups(post_store.path))


def test_commands_read_but_do_not_write_while_a_window_has_the_database(tmp_path: Path) -> None:
    """The window's lock (held here) makes a command in another process refuse writes."""
    db = tmp_path / "post.db"
    bt(db, "init", "--role", "post", "--post", "DOS")
    bt(db, "add", "equipment", "asset_tag=FIRST", "category=radio")
    bt(db, "backup", "create")
    (saved,) = json.loads(bt(db, "backup", "list", "--json").stdout)
    with acquire_instance_lock(db):
        refused = bt(db, "add", "equipment", "asset_tag=SECOND", "category=radio", check=1)
        assert "open in a BorderTrack window" in refused.stderr
        assert "Traceback" not in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
        listed = json.loads(bt(db, "list", "equipment", "--json").stdout)
        assert [r["asset_tag"] for r in listed] == ["FIRST"]
        restore = bt(db, "backup", "restore", saved["id"], check=1)
        assert "another BorderTrack window" in restore.stderr
    bt(db, "add", "equipment", "asset_tag=SECOND", "category=radio")
    listed = json.loads(bt(db, "list", "equipment", "--json").stdout)
    assert sorted(r["asset_tag"] for r in listed) == ["FIRST", "SECOND"]


def test_a_window_is_refused_while_a_command_runs(tmp_path: Path) -> None:
    """The command holds the lock while it works, so a window opening then is told so."""
    from bordertrack.cli.common import open_store
    from bordertrack.services.device import init_device

    db = tmp_path / "post.db"
    first = Store(db)
    init_device(first, "post", "DOS")
    first.close()
    args = type("Args", (), {"db": str(db)})()
    with open_store(args) as store, pytest.raises(AlreadyOpen):
        records.create(store, "equipment", {"asset_tag": "A", "category": "radio"})
        acquire_instance_lock(db)
    acquire_instance_lock(db).release()


def test_a_damaged_backup_is_listed_as_not_ok_and_skipped(tmp_path: Path) -> None:
    db = tmp_path / "post.db"
    bt(db, "init", "--role", "post", "--post", "DOS")
    bt(db, "add", "equipment", "asset_tag=A", "category=radio", "notes=" + "x" * 3000)
    bt(db, "backup", "create", "--reason", "older")
    bt(db, "backup", "create", "--reason", "newer")
    newer, older = backup.list_backups(db)
    raw = bytearray(newer.path.read_bytes())
    for offset in range(1024, len(raw), 101):
        raw[offset] ^= 0x5A
    newer.path.write_bytes(bytes(raw))
    listed = json.loads(bt(db, "backup", "list", "--json", "--check").stdout)
    assert [(b["reason"], b["ok"]) for b in listed] == [("newer", False), ("older", True)]
    assert backup.newest_good_backup(db).id == older.id
    refused = bt(db, "backup", "restore", newer.id, check=1)
    assert "damaged; choose an older one" in refused.stderr


def test_exit_backup_only_when_something_changed(post_store: Store) -> None:
    """Opening and closing the window must not rotate out the backup made before an import."""
    records.create(post_store, "equipment", {"asset_tag": "A", "category": "radio"})
    first = backup.create_backup(post_store, "before import")
    assert backup.backup_on_exit(post_store) is None  # nothing changed since
    records.create(post_store, "equipment", {"asset_tag": "B", "category": "radio"})
    made = backup.backup_on_exit(post_store)
    assert made is not None and made.reason == "at exit"
    assert backup.backup_on_exit(post_store) is None
    post_store.set_setting("language", "ru")  # local settings count as a change too
    assert backup.backup_on_exit(post_store) is not None
    for _ in range(backup.KEEP):
        backup.create_backup(post_store)
    folder = backup.backup_dir(post_store.path)
    assert not folder.joinpath(first.id + ".fingerprint").exists()  # rotated with its copy
    assert len(list(folder.glob("*.fingerprint"))) == backup.KEEP
