"""`import --dry-run` lists each record and field the bundle would change, as text and JSON,
filtered by kind and entity, and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli import bt


def test_dry_run_lists_changes_in_text_and_json(tmp_path: Path) -> None:
    post, coord = tmp_path / "post.db", tmp_path / "coord.db"
    bt(post, "init", "--role", "post", "--post", "DOS", "--name", "Dostuk laptop")
    bt(coord, "init", "--role", "coordinator", "--name", "Osh office")
    for db, other, role in ((post, coord, "coordinator"), (coord, post, "post")):
        bt(other, "keys", "export-card", str(tmp_path / f"{other.stem}.card"))
        extra = ["--post", "DOS"] if role == "post" else []
        bt(db, "keys", "trust", str(tmp_path / f"{other.stem}.card"), "--role", role, *extra,
           "--yes")  # fmt: skip
    bt(post, "add", "equipment", "asset_tag=BOM-9", "category=radio", "received_date=2026-03-09")
    bundle = tmp_path / "to-coord.xlsx"
    bt(post, "export", str(bundle))
    text = bt(coord, "import", str(bundle), "--dry-run").stdout
    assert "Would apply" in text
    assert "new       equipment BOM-9 · Category: — -> Radio" in text
    assert "Received: — -> 09/03/2026" in text  # a date as an English reader writes it
    data = json.loads(bt(coord, "import", str(bundle), "--dry-run", "--json").stdout)
    fields = {d["field"]: d for d in data["details"]}
    assert fields["category"]["new"] == "radio" and fields["category"]["new_text"] == "Radio"
    assert data["details_total"] == len(data["details"]) >= 3
    only = json.loads(
        bt(coord, "import", str(bundle), "--dry-run", "--json", "--kind", "conflict").stdout
    )
    assert only["details"] == [] and only["details_total"] == data["details_total"]
    none = bt(coord, "import", str(bundle), "--dry-run", "--entity", "person").stdout
    assert "BOM-9" not in none
    listed = json.loads(bt(coord, "list", "equipment", "--json").stdout)
    assert listed == []  # the dry runs changed nothing
