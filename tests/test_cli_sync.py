"""The sync commands end to end through subprocesses: cards, export, verify, import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .test_cli import bt


@pytest.fixture
def post_db(tmp_path: Path) -> Path:
    db = tmp_path / "post.db"
    bt(db, "init", "--role", "post", "--post", "DOS", "--name", "Dostuk laptop")
    return db


def test_bundle_round_trip_between_two_devices(tmp_path: Path, post_db: Path) -> None:
    coord = tmp_path / "coord.db"
    bt(coord, "init", "--role", "coordinator", "--name", "Osh office")
    bt(post_db, "add", "equipment", "asset_tag=BOM-9", "category=radio", "notes==SUM(A1:A9)")
    bt(post_db, "keys", "export-card", str(tmp_path / "post.card"))
    bt(coord, "keys", "export-card", str(tmp_path / "coord.card"))
    shown = bt(
        coord,
        "keys",
        "trust",
        str(tmp_path / "post.card"),
        "--role",
        "post",
        "--post",
        "DOS",
        "--yes",
    ).stdout
    assert "Fingerprint" in shown
    bt(post_db, "keys", "trust", str(tmp_path / "coord.card"), "--role", "coordinator", "--yes")
    bundle = tmp_path / "to-coord.xlsx"
    bt(post_db, "export", str(bundle))
    assert "trusted here" in bt(coord, "verify", str(bundle)).stdout
    preview = json.loads(bt(coord, "import", str(bundle), "--dry-run", "--json").stdout)
    assert preview["status"] == "preview" and preview["new"] == 1
    report = json.loads(bt(coord, "import", str(bundle), "--json").stdout)
    assert report["status"] == "applied" and report["new"] == 1
    again = json.loads(bt(coord, "import", str(bundle), "--json").stdout)
    assert again["status"] == "already_imported"
    items = json.loads(bt(coord, "list", "equipment", "--json").stdout)
    assert items[0]["notes"] == "=SUM(A1:A9)"
    rogue = tmp_path / "rogue.db"
    bt(rogue, "init", "--role", "post", "--post", "DOS")
    bt(rogue, "add", "equipment", "asset_tag=R", "category=radio")
    bt(rogue, "export", str(tmp_path / "rogue.xlsx"), "--full")
    refused = bt(coord, "import", str(tmp_path / "rogue.xlsx"), "--json", check=1)
    assert json.loads(refused.stdout)["status"] == "rejected"
    assert "does not trust" in refused.stderr and refused.stderr.count("\n") == 1
    assert bt(coord, "verify", str(tmp_path / "rogue.xlsx"), check=1).returncode == 1


def test_merge_command_reports_each_bundle(tmp_path: Path, post_db: Path) -> None:
    coord = tmp_path / "coord.db"
    bt(coord, "init", "--role", "coordinator")
    bt(post_db, "add", "equipment", "asset_tag=BOM-1", "category=radio")
    bt(post_db, "keys", "export-card", str(tmp_path / "post.card"))
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
    folder = tmp_path / "in"
    folder.mkdir()
    bt(post_db, "export", str(folder / "a.xlsx"), "--full")
    (folder / "junk.xlsx").write_bytes(b"junk")
    out = bt(coord, "merge", str(folder), "--json", check=1)
    data = json.loads(out.stdout)
    assert {b["file"]: b["status"] for b in data["bundles"]} == {
        "a.xlsx": "applied",
        "junk.xlsx": "rejected",
    }
    assert data["total"]["new"] == 1
