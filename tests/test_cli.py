"""The command line through real subprocesses: commands, exit codes, messages, stable dump."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def bt(db: Path, *args: str, check: int | None = 0) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "bordertrack", "--db", str(db), *args],
        capture_output=True,
        encoding="utf-8",  # the command line writes UTF-8 whatever the console
        env=env,
        cwd=ROOT,
    )
    if check is not None:
        assert proc.returncode == check, proc.stdout + proc.stderr
    return proc


@pytest.fixture
def post_db(tmp_path: Path) -> Path:
    db = tmp_path / "post.db"
    out = bt(db, "init", "--role", "post", "--post", "DOS", "--name", "Dostuk laptop")
    assert "created" in out.stdout
    return db


def test_version() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "bordertrack", "--version"], capture_output=True, text=True, cwd=ROOT
    )
    assert proc.returncode == 0 and proc.stdout.startswith("BorderTrack ")


def test_add_set_show_list_delete(post_db: Path) -> None:
    rid = bt(
        post_db,
        "add",
        "equipment",
        "asset_tag=BOM-1",
        "serial=SN-1",
        "category=body_camera",
        "model=BWC-AX3",
        "status=in_service",
        "notes=first",
    ).stdout.strip()
    assert len(rid) == 36
    bt(post_db, "set", "equipment", rid, "status=under_repair", "status_reason=Lens cracked")
    shown = json.loads(bt(post_db, "show", "equipment", rid, "--history", "--json").stdout)
    assert shown["record"]["status"] == "under_repair" and shown["record"]["post"] == "DOS"
    statuses = [(h["old"], h["new"]) for h in shown["history"] if h["field"] == "status"]
    assert statuses == [(None, "in_service"), ("in_service", "under_repair")]
    assert all(h["device_name"] == "Dostuk laptop" for h in shown["history"])
    listed = json.loads(
        bt(post_db, "list", "equipment", "--where", "status=under_repair", "--json").stdout
    )
    assert [r["id"] for r in listed] == [rid]
    assert (
        json.loads(bt(post_db, "list", "equipment", "--where", "status=broken", "--json").stdout)
        == []
    )
    human = bt(post_db, "show", "equipment", rid, "--history").stdout
    assert "in_service → 'under_repair'" in human or "'in_service' → 'under_repair'" in human
    bt(post_db, "delete", "equipment", rid)
    assert json.loads(bt(post_db, "list", "equipment", "--json").stdout) == []
    gone = bt(post_db, "show", "equipment", rid, check=1)
    assert "No equipment" in gone.stderr


def test_user_errors_are_one_line_exit_1(post_db: Path) -> None:
    cases = [
        ("add", "equipment", "asset_tag=X", "category=spaceship"),
        ("add", "equipment", "asset_tag=X", "category=radio", "colour=red"),
        ("add", "agency", "code=BS", "name=Border", "kind=border_guard"),
        ("set", "equipment", "no-such-id", "status=broken"),
        ("add", "equipment", "asset_tag=X", "category=radio", "value=lots"),
    ]
    for args in cases:
        proc = bt(post_db, *args, check=1)
        assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
        assert proc.stderr.startswith("bordertrack: ")


def test_bad_usage_exit_2(post_db: Path) -> None:
    assert bt(post_db, "add", check=2).returncode == 2
    assert bt(post_db, "add", "equipment", "not-an-assignment", check=2).returncode == 2
    assert bt(post_db, "frobnicate", check=2).returncode == 2


def test_missing_device_says_how_to_set_up(tmp_path: Path) -> None:
    proc = bt(tmp_path / "none.db", "list", "equipment", check=1)
    assert "init --role" in proc.stderr


def test_unknown_references_are_kept(post_db: Path) -> None:
    rid = bt(
        post_db, "add", "equipment", "asset_tag=T", "category=radio", "model=NOT-YET-KNOWN"
    ).stdout.strip()
    assert (
        json.loads(bt(post_db, "show", "equipment", rid, "--json").stdout)["record"]["model"]
        == "NOT-YET-KNOWN"
    )


def test_demo_and_dump_are_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    bt(a, "demo", "--seed", "3")
    bt(b, "demo", "--seed", "3")
    dump_a = bt(a, "dump", "--json").stdout
    assert dump_a == bt(b, "dump", "--json").stdout == bt(a, "dump", "--json").stdout
    data = json.loads(dump_a)
    assert len(data["equipment"]) == 600 and len(data["post"]) == 12
    assert {"Dostuk", "Torugart", "Irkeshtam", "Kyzyl-Art", "Manas airport", "Ak-Jol"} <= {
        p["name"] for p in data["post"]
    }
    assert "device" not in data and "changes" not in data
    again = bt(a, "demo", "--seed", "3")
    assert "already" in again.stdout
    assert bt(a, "dump", "--json").stdout == dump_a


def test_no_command_opens_the_gui(tmp_path: Path, monkeypatch) -> None:
    import bordertrack.app
    from bordertrack.cli import main as cli_main

    opened = []
    monkeypatch.setattr(
        bordertrack.app,
        "run_app",
        lambda db, operator="", bundle=None: opened.append((db, bundle)) or 0,
    )
    assert cli_main.main(["--db", str(tmp_path / "x.db")]) == 0
    assert cli_main.main(["--db", str(tmp_path / "x.db"), "--bundle", "b.xlsx"]) == 0
    assert opened == [(tmp_path / "x.db", None), (tmp_path / "x.db", Path("b.xlsx"))]


def test_odd_numbers_and_bad_paths_are_one_line_errors(post_db: Path, tmp_path: Path) -> None:
    for value in ("inf", "1e400", "nan"):
        proc = bt(
            post_db, "add", "equipment", "asset_tag=X", "category=radio", f"value={value}", check=1
        )
        assert "is not an amount" in proc.stderr and "Traceback" not in proc.stderr
    for target in (tmp_path / "no" / "such" / "dir" / "b.xlsx", tmp_path):
        proc = bt(post_db, "export", str(target), "--full", check=1)
        assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    proc = bt(post_db, "keys", "export-card", str(tmp_path / "no" / "card.json"), check=1)
    assert "check the path" in proc.stderr


def test_the_init_command_suggested_for_a_new_database_runs_as_shown(tmp_path: Path) -> None:
    """A path with spaces and '#' (a folder named "пост #1") is quoted in the suggestion."""
    import shlex

    db = tmp_path / "пост #1" / "post.db"
    db.parent.mkdir()
    line = bt(db, "list", "equipment", check=1).stderr
    suggested = line.split("run '", 1)[1].split("' first", 1)[0].replace("...", "trainer")
    argv = shlex.split(suggested)
    assert argv[:3] == ["bordertrack", "--db", str(db)]
    assert "created" in bt(db, *argv[3:]).stdout


def test_init_prints_the_fingerprint_the_enrolling_device_compares(tmp_path: Path) -> None:
    """The officer reads out what init printed; the coordinator's 'keys trust' must show it."""
    post, coord = tmp_path / "post.db", tmp_path / "coord.db"
    said = bt(post, "init", "--role", "post", "--post", "DOS").stdout
    bt(coord, "init", "--role", "coordinator")
    bt(post, "keys", "export-card", str(tmp_path / "dos.card"))
    shown = bt(coord, "keys", "trust", str(tmp_path / "dos.card"), "--role", "post",
               "--post", "DOS", "--yes").stdout  # fmt: skip
    compared = shown.split("Fingerprint: ", 1)[1].split()[0]
    assert f"fingerprint {compared} " in said
    assert json.loads(bt(post, "keys", "show", "--json").stdout)["fingerprint"] == compared
    header = bt(coord, "keys", "list").stdout.splitlines()[0]
    assert "key_fingerprint" in header.split()  # the other value, named as the key's
