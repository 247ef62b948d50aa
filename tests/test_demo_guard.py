"""`demo` fills only a new database (or one it made), never a device set up for real work."""

from __future__ import annotations

from pathlib import Path

from .test_cli import bt


def test_demo_refuses_an_enrolled_device_without_records(tmp_path: Path) -> None:
    db = tmp_path / "post.db"
    bt(db, "init", "--role", "post", "--post", "DOS")
    before = db.read_bytes()
    refused = bt(db, "demo", check=1)
    assert "already set up as a device" in refused.stderr and refused.stderr.count("\n") == 1
    assert db.read_bytes() == before
    assert bt(db, "list", "equipment", "--json").stdout.strip() == "[]"


def test_demo_fills_a_new_database_once(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    bt(db, "demo")
    first = bt(db, "list", "equipment", "--json").stdout
    assert first.count('"asset_tag"') == 600
    bt(db, "demo")  # a database made by demo: nothing more is added
    assert bt(db, "list", "equipment", "--json").stdout == first
