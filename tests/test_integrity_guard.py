"""The whole-file check runs before the first write of a session, not at every open:
reads start at once on a big file, and a damaged file is still found before it is written to.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from bordertrack.domain.errors import DatabaseProblem
from bordertrack.services import backup, records
from bordertrack.services.device import init_device
from bordertrack.store.database import Store
from tests.test_cli import bt


def _make(db: Path, items: int = 3) -> None:
    store = Store(db)
    init_device(store, "post", "DOS")
    for i in range(items):
        records.create(store, "equipment", {"asset_tag": f"T{i}", "category": "radio"})
    store.close()  # the last connection checkpoints the WAL into the file


def _damage_root_page(db: Path, table: str) -> None:
    """Overwrite the b-tree page header of `table`'s root page with an invalid page type."""
    conn = sqlite3.connect(db)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    raw = bytearray(db.read_bytes())
    offset = (root - 1) * page_size
    raw[offset : offset + 8] = b"\x07" * 8
    db.write_bytes(bytes(raw))


def _digest(db: Path) -> str:
    return hashlib.sha256(db.read_bytes()).hexdigest()


@pytest.mark.parametrize("table", ["export_log", "import_log", "conflicts"])
def test_reads_work_on_a_damaged_file_but_a_write_is_refused_in_one_line(
    tmp_path: Path, table: str
) -> None:
    db = tmp_path / "post.db"
    _make(db)
    _damage_root_page(db, table)
    before = _digest(db)
    listed = bt(db, "list", "equipment")
    assert "T0" in listed.stdout and "T2" in listed.stdout
    for command in (
        ["add", "equipment", "asset_tag=NEW", "category=radio"],
        ["backup", "create"],
        ["operators", "add", "A. Usenov"],
    ):
        refused = bt(db, *command, check=1)
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1, refused.stderr
        assert "integrity check" in lines[0] and "backup" in lines[0]
        assert "Traceback" not in refused.stderr
    assert _digest(db) == before
    assert "NEW" not in bt(db, "list", "equipment").stdout


def test_a_read_that_meets_a_damaged_page_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "post.db"
    _make(db)
    _damage_root_page(db, "equipment")
    refused = bt(db, "list", "equipment", check=1)
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "integrity check" in lines[0], refused.stderr


def test_check_on_request(tmp_path: Path) -> None:
    db = tmp_path / "post.db"
    _make(db)
    assert "passed its integrity check" in bt(db, "check").stdout
    _damage_root_page(db, "import_log")
    refused = bt(db, "check", check=1)
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "failed its integrity check" in refused.stderr


def test_every_session_checks_before_its_first_write(tmp_path: Path) -> None:
    db = tmp_path / "post.db"
    _make(db)
    _damage_root_page(db, "import_log")
    store = Store(db)  # opens: no whole-file check yet
    assert len(records.list_records(store, "equipment")) == 3
    for _ in range(2):  # refused every time, never marked as checked
        with pytest.raises(DatabaseProblem, match="integrity check"):
            records.create(store, "equipment", {"asset_tag": "X", "category": "radio"})
        assert not store.checked
    # The copy made before an import fails too (its fingerprint or its check meets the page).
    with pytest.raises((backup.BackupFailed, sqlite3.DatabaseError)):
        backup.create_backup(store, "before import")
    assert not store.checked
    store.close()
    with pytest.raises(DatabaseProblem, match="integrity check"):
        Store(db, check=True)


def test_a_good_file_is_checked_once_per_session(tmp_path: Path) -> None:
    db = tmp_path / "post.db"
    _make(db)
    store = Store(db)
    assert not store.checked
    records.create(store, "equipment", {"asset_tag": "A", "category": "radio"})
    assert store.checked
    store.close()
    store = Store(db)
    backup.create_backup(store, "before import")  # its verified copy stands for the check
    assert store.checked
    store.close()
