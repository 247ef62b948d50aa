"""The command line on a Windows console's code page: redirected output is written in the
ANSI code page there (cp1251 in Russian, cp1252 in English), which has no Kyrgyz ң ө ү nor
"→". Simulated with PYTHONIOENCODING; every command must finish without a traceback and
write UTF-8.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KYRGYZ = "Нарын ңөү → Ысык-Көл"


def bt(db: Path, *args: str, encoding: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PYTHONIOENCODING": encoding,
        "PYTHONUTF8": "0",
        "QT_QPA_PLATFORM": "offscreen",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "bordertrack", "--db", str(db), *args],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert b"Traceback" not in proc.stderr, proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    return proc


@pytest.fixture(scope="module")
def kyrgyz_db(tmp_path_factory) -> tuple[Path, str]:
    db = tmp_path_factory.mktemp("enc") / "пост #1.db"
    bt(db, "init", "--role", "post", "--post", "NAR", "--name", KYRGYZ, encoding="utf-8")
    rid = bt(
        db, "add", "equipment", "asset_tag=NAR-1", "category=radio", f"notes={KYRGYZ}",
        encoding="utf-8",
    ).stdout.decode().strip()  # fmt: skip
    bt(db, "set", "equipment", rid, "notes=ң ө ү → ok", encoding="utf-8")
    return db, rid


@pytest.mark.parametrize("encoding", ["cp1251", "cp1252"])
def test_redirected_output_in_a_windows_code_page_is_utf8(kyrgyz_db, encoding) -> None:
    db, rid = kyrgyz_db
    shown = bt(db, "show", "equipment", rid, encoding=encoding).stdout.decode("utf-8")
    assert "ң ө ү → ok" in shown
    history = bt(db, "show", "equipment", rid, "--history", encoding=encoding).stdout
    assert f"{KYRGYZ!r} → 'ң ө ү → ok'" in history.decode("utf-8")
    listed = json.loads(bt(db, "list", "equipment", "--json", encoding=encoding).stdout)
    assert listed[0]["notes"] == "ң ө ү → ok"
    assert "Self-check passed" in bt(db, "self-check", encoding=encoding).stdout.decode()


def test_gui_self_check_output_in_cp1251(kyrgyz_db) -> None:
    db, _ = kyrgyz_db
    out = bt(db, "self-check", "--gui", encoding="cp1251").stdout.decode("utf-8")
    assert "Имущество" in out


def test_errors_in_a_code_page_are_one_line(kyrgyz_db) -> None:
    db, _ = kyrgyz_db
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "cp1252"}
    proc = subprocess.run(
        [sys.executable, "-m", "bordertrack", "--db", str(db), "show", "equipment", "ң-нет"],
        capture_output=True,
        env=env,
        cwd=ROOT,
    )
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_bare_xlsx_argument_opens_its_preview(monkeypatch, tmp_path) -> None:
    """Windows' "Open with" runs `bordertrack.exe FILE.xlsx`: the window opens on its preview."""
    from bordertrack.cli import main as cli

    opened = []
    monkeypatch.setattr(cli, "open_gui", lambda args: opened.append(args) or 0)
    bundle = tmp_path / "Пост #3" / "From Post.XLSX"
    assert cli.main([str(bundle)]) == 0
    assert cli.main(["--db", str(tmp_path / "x.db"), str(bundle)]) == 0
    assert [a.bundle for a in opened] == [bundle, bundle]
    assert opened[1].db == tmp_path / "x.db" and opened[0].command is None
    # a command is never mistaken for a bundle, nor a bundle given to a command
    assert cli.bare_bundle_argument(["import", "a.xlsx"], ["import"]) == ["import", "a.xlsx"]
