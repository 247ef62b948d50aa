"""Files closed before they are moved, and read-only addresses that survive any folder name.

Windows refuses to rename or delete a file that is still open, so a failed open must leave
no connection behind before a restore replaces the file; on Linux the open handles are
read from /proc/self/fd. A folder called "Пост #3" must not cut the read-only SQLite
address at the `#` (which opened a stray empty file and found no PIN there).
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

from bordertrack.domain.errors import DatabaseProblem
from bordertrack.services import backup, records, security
from bordertrack.services.device import init_device
from bordertrack.store.database import Store, check_file_integrity, readonly_uri

PROC_FD = Path("/proc/self/fd")
needs_proc = pytest.mark.skipif(
    not PROC_FD.is_dir(), reason="open handles are listed through /proc/self/fd (Linux only)"
)
ODD_FOLDERS = ["Пост #3", "what?mode=rw", "100% done", "Пост #3 ?x=%41 Торугарт"]
if sys.platform == "win32":  # Windows refuses "?" in a file name; the rest still apply
    ODD_FOLDERS = [f for f in ODD_FOLDERS if "?" not in f]


def open_handles(path: Path) -> list[str]:
    """Our open file descriptors on `path` or its -wal/-shm/-journal companions."""
    targets = {str(path.resolve()) + s for s in ("", "-wal", "-shm", "-journal")}
    found = []
    for fd in PROC_FD.iterdir():
        try:
            link = os.readlink(fd)
        except OSError:
            continue
        if link in targets:
            found.append(link)
    return found


def make_device(path: Path, tags: int = 3) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with Store(path) as store:
        init_device(store, "post", "DOS", "Достук")
        for i in range(tags):
            records.create(store, "equipment", {"asset_tag": f"T{i}", "category": "radio",
                                                "notes": "x" * 500})  # fmt: skip
        backup.create_backup(store, "manual")


def damage(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    for offset in range(4096, len(raw), 997):
        raw[offset] ^= 0xFF
    path.write_bytes(bytes(raw))


@needs_proc
@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100, None])
def test_a_failed_open_leaves_no_handle(tmp_path: Path, content: bytes | None) -> None:
    db = tmp_path / "post.db"
    if content is None:
        make_device(db)
        damage(db)
    else:
        db.write_bytes(content[:1] and content)
    if content == b"":
        db.write_bytes(b"\0" * 4096)  # zeroes: a header SQLite refuses
    with pytest.raises(DatabaseProblem):
        Store(db)
    assert open_handles(db) == []


@needs_proc
def test_a_failed_migration_leaves_no_handle(tmp_path: Path, monkeypatch) -> None:
    from bordertrack.store import database

    def locked(_conn: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(database, "migrate", locked)
    with pytest.raises(DatabaseProblem, match="cannot be prepared"):
        Store(tmp_path / "new.db")
    assert open_handles(tmp_path / "new.db") == []


@needs_proc
def test_nothing_holds_the_damaged_file_when_restore_replaces_it(
    tmp_path: Path, monkeypatch
) -> None:
    """The real start-up path: the open fails its check, the newest good backup is put in
    place; at each unlink and rename of the database no handle of ours is open on it."""
    db = tmp_path / "Пост #3" / "post.db"
    make_device(db)
    damage(db)
    seen: list[tuple[str, list[str]]] = []
    real_replace, real_unlink = Path.replace, Path.unlink

    def spy_replace(self: Path, target):  # type: ignore[no-untyped-def]
        if Path(target).resolve() == db.resolve():
            seen.append(("replace", open_handles(db)))
        return real_replace(self, target)

    def spy_unlink(self: Path, missing_ok: bool = False):  # type: ignore[no-untyped-def]
        if self.name.startswith(db.name):
            seen.append(("unlink", open_handles(db)))
        return real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "replace", spy_replace)
    monkeypatch.setattr(Path, "unlink", spy_unlink)
    with pytest.raises(DatabaseProblem):
        Store(db)
    good = backup.newest_good_backup(db)
    assert good is not None
    backup.restore_backup(db, good.id)
    assert ("replace", []) in seen and all(handles == [] for _, handles in seen), seen
    with Store(db) as store:
        assert store.device["name"] == "Достук"
        assert len(records.list_records(store, "equipment")) == 3


@pytest.mark.parametrize("folder", ODD_FOLDERS)
def test_read_only_addresses_survive_odd_folder_names(tmp_path: Path, folder: str) -> None:
    db = tmp_path / folder / "post.db"
    make_device(db, tags=1)

    def files() -> list[str]:  # SQLite's own -wal/-shm beside the file are not strays
        return sorted(str(p) for p in tmp_path.rglob("*") if not p.name.startswith("post.db"))

    before = files()
    conn = sqlite3.connect(readonly_uri(db), uri=True)
    try:
        assert conn.execute("SELECT name FROM device").fetchone() == ("Достук",)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("INSERT INTO settings(key, value) VALUES('x', 'y')")
    finally:
        conn.close()
    check_file_integrity(db)
    assert backup.is_good(db)
    assert files() == before, "no stray file was made"
    damage(db)
    with pytest.raises(DatabaseProblem):
        check_file_integrity(db)
    assert not backup.is_good(db)


@pytest.mark.parametrize("folder", ODD_FOLDERS)
def test_the_pin_guards_restore_whatever_the_folder(tmp_path: Path, folder: str) -> None:
    db = tmp_path / folder / "post.db"
    make_device(db, tags=1)
    with Store(db) as store:
        security.set_pin(store, "2468-1357")
    with pytest.raises(security.PinRequired):
        security.require_pin_at(db, "restore", None)
    with pytest.raises(security.WrongPin):
        security.require_pin_at(db, "restore", "0000-0000")
    security.require_pin_at(db, "restore", "2468-1357")
    (saved,) = backup.list_backups(db)
    backup.restore_backup(db, saved.id)
    with Store(db) as store:  # identity and keys are still in the live file
        assert store.device["name"] == "Достук" and store.device["private_key"]


def test_rotation_and_the_exit_backup_survive_a_file_windows_will_not_delete(
    post_store: Store, monkeypatch
) -> None:
    for _ in range(3):
        backup.create_backup(post_store, "manual")
    real_unlink = Path.unlink

    def in_use(self: Path, missing_ok: bool = False):  # type: ignore[no-untyped-def]
        if self.suffix == ".db":
            raise PermissionError(13, "The process cannot access the file", str(self))
        return real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", in_use)
    backup.rotate(post_store.path, keep=1)  # nothing removed, nothing raised
    assert len(backup.list_backups(post_store.path)) == 3
    records.create(post_store, "equipment", {"asset_tag": "EXIT", "category": "radio"})

    def no_disk(*_a, **_kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "create_backup", no_disk)
    assert backup.backup_on_exit(post_store) is None
