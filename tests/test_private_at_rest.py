"""Keys and data private at rest; backups that belong to this device, or are adopted openly."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from bordertrack.services import backup, backup_seal, records, trust
from bordertrack.store.database import Store

from .test_cli import bt

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_database_files_backups_and_cards_are_owner_only(tmp_path: Path, umask_022: None) -> None:
    db = tmp_path / "post.db"
    bt(db, "init", "--role", "post", "--post", "DOS")
    bt(db, "add", "equipment", "asset_tag=A-1", "category=radio")
    bt(db, "backup", "create")
    bt(db, "keys", "export-card", str(tmp_path / "post.card"))
    store = Store(db)  # an open database has its WAL and SHM files
    try:
        records.create(store, "equipment", {"asset_tag": "A-2", "category": "radio"})
        wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
        assert wal.exists() and shm.exists()
        for path in (db, wal, shm, Path(f"{db}.lock"), tmp_path / "post.card"):
            assert _mode(path) == 0o600, path
    finally:
        store.close()
    folder = backup.list_backups(db)[0].path.parent
    assert _mode(folder) == 0o700
    made = list(folder.iterdir())
    assert {p.suffix for p in made} >= {".db", ".seal", ".fingerprint"}
    assert all(_mode(p) == 0o600 for p in made)
    assert _mode(backup_seal.key_path(db)) == 0o600


def test_an_existing_world_readable_database_is_made_private(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    Store(db).close()
    os.chmod(db, 0o644)
    Store(db).close()
    assert _mode(db) == 0o600


@pytest.fixture
def two_devices(tmp_path: Path) -> tuple[Path, Path]:
    mine, theirs = tmp_path / "mine" / "coord.db", tmp_path / "theirs" / "tor.db"
    mine.parent.mkdir()
    theirs.parent.mkdir()
    bt(mine, "init", "--role", "coordinator", "--name", "Osh office")
    bt(theirs, "init", "--role", "post", "--post", "TOR", "--name", "Torugart")
    bt(mine, "backup", "create")
    bt(theirs, "backup", "create")
    return mine, theirs


def _refused(db: Path, backup_id: str) -> str:
    before = db.read_bytes()
    out = bt(db, "backup", "restore", backup_id, check=1)
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert db.read_bytes() == before
    return out.stderr


def test_another_devices_backup_dropped_in_is_refused(two_devices: tuple[Path, Path]) -> None:
    mine, theirs = two_devices
    foreign = backup.list_backups(theirs)[0]
    folder = backup.list_backups(mine)[0].path.parent
    shutil.copy(foreign.path, folder / foreign.path.name)
    shutil.copy(backup_seal.seal_path(foreign.path), folder / (foreign.id + ".seal"))
    message = _refused(mine, foreign.id)
    assert "cannot be restored" in message and "backup adopt" in message
    # Even its own computer's key cannot vouch for it here: the device differs.
    shutil.copy(backup_seal.key_path(theirs), backup_seal.key_path(mine))
    assert "belongs to device" in _refused(mine, foreign.id)


def test_an_edited_backup_is_refused(two_devices: tuple[Path, Path], tmp_path: Path) -> None:
    mine, theirs = two_devices
    bt(mine, "pin", "set", "4821")
    bt(mine, "backup", "create")
    newest = backup.list_backups(mine)[0]
    bt(theirs, "keys", "export-card", str(tmp_path / "tor.card"))
    card = trust.read_card(tmp_path / "tor.card")
    conn = sqlite3.connect(newest.path)
    with conn:
        conn.execute("DELETE FROM settings WHERE key = 'pin'")
        conn.execute(
            "INSERT INTO devices (id, name, role, post, public_key, fingerprint, status, added_at)"
            " VALUES (?, 'Evil', 'coordinator', NULL, ?, '', 'trusted', '2026-01-01')",
            (card.device_id, card.public_key),
        )
    conn.close()
    before = mine.read_bytes()
    out = bt(mine, "backup", "restore", newest.id, "--pin", "4821", check=1)
    assert "changed after it was made" in out.stderr and out.stderr.count("\n") == 1
    assert mine.read_bytes() == before


def test_own_backup_restores(two_devices: tuple[Path, Path]) -> None:
    _, theirs = two_devices
    bt(theirs, "add", "equipment", "asset_tag=LATER", "category=radio")
    first = backup.list_backups(theirs)[-1]
    bt(theirs, "backup", "restore", first.id)
    assert "LATER" not in bt(theirs, "list", "equipment").stdout


def test_adopt_says_what_it_becomes_and_needs_the_pin(two_devices: tuple[Path, Path]) -> None:
    mine, theirs = two_devices
    bt(mine, "pin", "set", "4821")
    foreign = backup.list_backups(theirs)[0].path
    before = mine.read_bytes()
    asked = bt(mine, "backup", "adopt", str(foreign), check=1)
    assert "would become device Torugart" in asked.stdout and "post TOR" in asked.stdout
    assert "PIN" in asked.stderr and mine.read_bytes() == before
    unconfirmed = bt(mine, "backup", "adopt", str(foreign), "--pin", "4821", check=1)
    assert "--yes" in unconfirmed.stderr and mine.read_bytes() == before
    bt(mine, "backup", "adopt", str(foreign), "--pin", "4821", "--yes")
    assert "Torugart" in bt(mine, "keys", "show").stdout
    kept = backup.list_backups(mine)[0]
    assert kept.reason == "before restore"
    assert backup_seal.identity(kept.path).name == "Osh office"  # type: ignore[union-attr]


def test_adopt_refuses_what_is_not_a_database(
    two_devices: tuple[Path, Path], tmp_path: Path
) -> None:
    mine, _ = two_devices
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    for path in (junk, fifo, tmp_path):
        out = bt(mine, "backup", "adopt", str(path), "--yes", check=1)
        assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
