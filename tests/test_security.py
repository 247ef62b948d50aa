"""The optional PIN: salted hash at rest, and the guards on keys, trust, restore, settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bordertrack.services import backup, security
from bordertrack.store.database import Store

from .test_cli import bt


def test_pin_is_stored_hashed_and_checked(post_store: Store) -> None:
    assert security.check_pin(post_store, None)  # no PIN: everything allowed
    security.require_pin(post_store, "keys", None)
    assert not security.pin_required(post_store, "keys")
    security.set_pin(post_store, "4821")
    assert all(security.pin_required(post_store, a) for a in ("keys", "trust", "restore"))
    assert security.pin_required(post_store, "settings")
    assert not security.pin_required(post_store, "edit a record")
    stored = post_store.setting("pin") or ""
    assert "4821" not in stored and json.loads(stored)["salt"]
    assert security.check_pin(post_store, "4821") and not security.check_pin(post_store, "4822")
    with pytest.raises(security.PinRequired, match="--pin"):
        security.require_pin(post_store, "trust", None)
    with pytest.raises(security.WrongPin):
        security.require_pin(post_store, "trust", "0000")
    with pytest.raises(security.PinRequired):
        security.set_pin(post_store, "9999")  # changing needs the current PIN
    with pytest.raises(security.WeakPin):
        security.set_pin(post_store, "12", "4821")
    security.set_pin(post_store, "9999", "4821")
    security.clear_pin(post_store, "9999")
    assert not security.has_pin(post_store)


def test_cli_guards_keys_trust_restore_and_settings(tmp_path: Path) -> None:
    db, other = tmp_path / "post.db", tmp_path / "coord.db"
    bt(db, "init", "--role", "post", "--post", "DOS")
    bt(other, "init", "--role", "coordinator")
    bt(other, "keys", "export-card", str(tmp_path / "c.card"))
    bt(db, "pin", "set", "4821")
    card = str(tmp_path / "c.card")
    for args in (
        ("keys", "trust", card, "--role", "coordinator", "--yes"),
        ("keys", "rotate", "--card", str(tmp_path / "n.card")),
        ("operators", "add", "Aida"),
        ("pin", "clear"),
    ):
        refused = bt(db, *args, check=1)
        assert "PIN guards this device" in refused.stderr and refused.stderr.count("\n") == 1
    assert (
        "not this device's PIN"
        in bt(
            db, "keys", "trust", card, "--role", "coordinator", "--yes", "--pin", "1", check=1
        ).stderr
    )
    bt(db, "keys", "trust", card, "--role", "coordinator", "--yes", "--pin", "4821")
    device_id = json.loads(bt(other, "keys", "show", "--json").stdout)["device_id"]
    bt(db, "keys", "revoke", device_id, check=1)
    bt(db, "keys", "revoke", device_id, "--pin", "4821")
    with Store(db) as store:
        made = backup.create_backup(store, "manual")
    assert "PIN" in bt(db, "backup", "restore", made.id, check=1).stderr
    bt(db, "backup", "restore", made.id, "--pin", "4821")
    bt(db, "pin", "clear", "--pin", "4821")
    bt(db, "operators", "add", "Aida")


def test_restore_of_an_unreadable_database_is_not_blocked(tmp_path: Path) -> None:
    missing = tmp_path / "gone.db"
    security.require_pin_at(missing, "restore", None)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    security.require_pin_at(junk, "restore", None)
