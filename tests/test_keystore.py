"""Keys at rest: passphrase protection, unlocking, and rotation that keeps history intact."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bordertrack.services import keystore, records
from bordertrack.services.export import export_bundle
from bordertrack.services.keystore_access import KeyLocked, forget_unlocked
from bordertrack.store.database import Store

from .test_cli import ROOT, bt


def bt_env(db: Path, *args: str, env: dict[str, str], check: int = 0):
    proc = subprocess.run(
        [sys.executable, "-m", "bordertrack", "--db", str(db), *args],
        capture_output=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        cwd=ROOT,
    )
    assert proc.returncode == check, proc.stdout + proc.stderr
    return proc


def test_protected_key_is_encrypted_at_rest_and_export_needs_unlock(
    tmp_path: Path, post_store: Store
) -> None:
    raw = bytes(post_store.device["private_key"])
    keystore.protect(post_store, "correct horse")
    stored = sqlite3.connect(post_store.path).execute("SELECT private_key FROM device").fetchone()
    assert b"ENCRYPTED PRIVATE KEY" in stored[0] and raw not in stored[0]
    forget_unlocked(post_store)
    with pytest.raises(KeyLocked) as err:
        export_bundle(post_store, tmp_path / "b.xlsx", full=True)
    assert "passphrase" in str(err.value)
    assert not (tmp_path / "b.xlsx").exists()
    with pytest.raises(keystore.WrongPassphrase):
        keystore.unlock(post_store, "wrong horse")
    keystore.unlock(post_store, "correct horse")
    export_bundle(post_store, tmp_path / "b.xlsx", full=True)
    with pytest.raises(keystore.WeakPassphrase):
        keystore.protect(post_store, "short")
    keystore.unprotect(post_store, "correct horse")
    assert bytes(post_store.device["private_key"]) == raw


def test_cli_protect_then_export_with_passphrase(tmp_path: Path) -> None:
    db = tmp_path / "post.db"
    bt(db, "init", "--role", "post", "--post", "DOS")
    bt_env(db, "keys", "protect", env={"BORDERTRACK_PASSPHRASE": "long enough"})
    refused = bt_env(db, "export", str(tmp_path / "a.xlsx"), "--full", env={}, check=1)
    assert "protected by a passphrase" in refused.stderr and refused.stderr.count("\n") == 1
    wrong = bt_env(db, "export", str(tmp_path / "a.xlsx"), "--passphrase", "nope", env={}, check=1)
    assert "does not unlock" in wrong.stderr
    bt_env(db, "export", str(tmp_path / "a.xlsx"), env={"BORDERTRACK_PASSPHRASE": "long enough"})
    assert (tmp_path / "a.xlsx").exists()


def test_rotation_keeps_history_and_refuses_the_old_key(tmp_path: Path) -> None:
    post, coord = tmp_path / "post.db", tmp_path / "coord.db"
    bt(post, "init", "--role", "post", "--post", "DOS", "--name", "Dostuk")
    bt(coord, "init", "--role", "coordinator")
    bt(post, "keys", "export-card", str(tmp_path / "post.card"))
    bt(
        coord,
        "keys",
        "trust",
        str(tmp_path / "post.card"),
        "--role",
        "post",
        "--post",
        "DOS",
        "--yes",
    )
    bt(post, "add", "equipment", "asset_tag=OLD-1", "category=radio")
    bt(post, "export", str(tmp_path / "1.xlsx"))
    bt(coord, "import", str(tmp_path / "1.xlsx"))
    stolen = tmp_path / "stolen.db"
    shutil.copy(post, stolen)  # a copy of the database taken before the rotation

    shown = bt(post, "keys", "rotate", "--card", str(tmp_path / "new.card")).stdout
    assert "replaces" in shown
    bt(post, "add", "equipment", "asset_tag=NEW-1", "category=radio")
    bt(post, "export", str(tmp_path / "2.xlsx"))
    early = bt(coord, "import", str(tmp_path / "2.xlsx"), check=1)
    assert "key" in early.stderr
    again = bt(
        coord,
        "keys",
        "trust",
        str(tmp_path / "new.card"),
        "--role",
        "post",
        "--post",
        "DOS",
        "--yes",
    )
    assert "replaces" in again.stdout
    bt(coord, "import", str(tmp_path / "2.xlsx"))

    bt(stolen, "add", "equipment", "asset_tag=EVIL-1", "category=radio")
    bt(stolen, "export", str(tmp_path / "evil.xlsx"))
    refused = bt(coord, "import", str(tmp_path / "evil.xlsx"), check=1)
    assert refused.stderr.count("\n") == 1
    assert bt(coord, "verify", str(tmp_path / "evil.xlsx"), check=1).returncode == 1
    tags = {r["asset_tag"] for r in json.loads(bt(coord, "list", "equipment", "--json").stdout)}
    assert tags == {"OLD-1", "NEW-1"}
    post_id = json.loads(bt(post, "keys", "show", "--json").stdout)["device_id"]
    with Store(coord) as store:
        origins = {r[0] for r in store.conn.execute("SELECT DISTINCT origin FROM changes")}
        assert origins == {post_id}
        assert records.list_records(store, "equipment")


def test_rotation_card_from_another_key_is_refused(tmp_path: Path, make_store) -> None:
    post, coord = make_store("post", "DOS"), make_store("coordinator")
    from bordertrack.services.trust import BadCard, card_fingerprint, my_card, read_card, trust_card
    from bordertrack.sync import keys

    trust_card(coord, my_card(post))
    other = make_store("post", "DOS", name="other")
    keystore.rotate(other)
    card_path = tmp_path / "forged.card"
    keystore.write_rotated_card(other, card_path)
    data = json.loads(card_path.read_text())
    data["device_id"] = post.device["id"]
    card_path.write_text(json.dumps(data))
    with pytest.raises(BadCard, match="fingerprint"):  # an edited card shows it was edited
        read_card(card_path)
    # A forger who also recomputes the card's fingerprint is stopped by the old key's statement.
    data["fingerprint"] = card_fingerprint(
        data["device_id"], data["role"], data["post"], keys.decode(data["public_key"])
    )
    card_path.write_text(json.dumps(data))
    with pytest.raises(keystore.BadRotation):
        keystore.accept_rotation(coord, read_card(card_path), card_path)
    assert keystore.revoked_keys(other)[0]["fingerprint"]
