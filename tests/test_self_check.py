"""The installation self-check: passes on a working install, names the step that breaks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bordertrack.services import self_check
from bordertrack.services.self_check import STEPS, SelfCheckFailed, run_self_check


def test_every_step_passes_and_the_temporary_folder_is_removed(tmp_path, monkeypatch) -> None:
    made: list[str] = []
    real = self_check.tempfile.mkdtemp

    def mkdtemp(**kw):
        made.append(real(dir=tmp_path, **kw))
        return made[-1]

    monkeypatch.setattr(self_check.tempfile, "mkdtemp", mkdtemp)
    progress: list[tuple[int, int]] = []
    results = run_self_check(on_progress=lambda d, t: progress.append((d, t)))
    assert [r.step for r in results] == [name for name, _ in STEPS]
    assert progress[-1] == (len(STEPS), len(STEPS))
    assert made and not Path(made[0]).exists()


def test_it_leaves_the_persons_database_alone(tmp_path) -> None:
    db = tmp_path / "mine.db"
    out = subprocess.run(
        [sys.executable, "-m", "bordertrack", "--db", str(db), "self-check"],
        capture_output=True,
        encoding="utf-8",
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "Self-check passed" in out.stdout and "ok  import" in out.stdout
    assert not db.exists()


def test_a_bundle_that_fails_to_verify_stops_the_check_with_one_line(tmp_path, monkeypatch) -> None:
    from bordertrack.services import sync

    def broken(store, path):
        return sync.VerifyResult(False, False, "unknown", "", "", "", "signature does not match")

    monkeypatch.setattr(sync, "verify_bundle", broken)
    with pytest.raises(SelfCheckFailed) as info:
        run_self_check(tmp_path)
    assert info.value.step == "verify"
    assert "\n" not in str(info.value) and "signature does not match" in str(info.value)


def test_missing_resources_are_named(tmp_path, monkeypatch) -> None:
    import bordertrack.resources as resources

    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path / "nowhere")
    with pytest.raises(SelfCheckFailed, match="resources.*style.qss"):
        run_self_check(tmp_path / "work")


def test_cli_failure_exits_1_without_traceback(tmp_path) -> None:
    code = (
        "import sys, bordertrack.resources as r; from pathlib import Path;"
        f"r.resources_dir = lambda: Path({str(tmp_path)!r});"
        "from bordertrack.cli.main import main; sys.exit(main(['self-check']))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr and "Self-check failed at 'resources'" in out.stderr


def test_paths_command_names_the_database(tmp_path) -> None:
    db = tmp_path / "x.db"
    out = subprocess.run(
        [sys.executable, "-m", "bordertrack", "--db", str(db), "paths", "--json"],
        capture_output=True,
        encoding="utf-8",
        check=True,
    )
    assert str(db) in out.stdout and "resources" in out.stdout


def test_gui_check_opens_the_window_in_russian_and_kyrgyz(tmp_path) -> None:
    import os

    root = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=root)
    out = subprocess.run(
        [sys.executable, "-m", "bordertrack", "self-check", "--gui", "--json"],
        capture_output=True,
        encoding="utf-8",
        check=False,
        env=env,
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr
    assert '"step": "window"' in out.stdout and "Имущество / Мүлк" in out.stdout
