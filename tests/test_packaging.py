"""Packaging without the frozen build: a plain wheel carries every resource, and the
translation tools are found beside the running interpreter."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = sorted(
    p.relative_to(ROOT / "resources").as_posix()
    for p in (ROOT / "resources").rglob("*")
    if p.is_file()
)


def _update_translations():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "installer" / "update_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_lrelease_is_found_beside_the_interpreter_without_path(tmp_path, monkeypatch) -> None:
    """A virtual environment that is not activated: its tools are not on PATH."""
    tools = _update_translations()
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    found = Path(tools.tool("pyside6-lrelease"))
    assert found.parent in (Path(sys.executable).parent, Path(sys.executable).parent / "Scripts")
    qm = tmp_path / "ru.qm"
    tools.run_lrelease(tools.ts_path("ru"), qm)
    assert qm.stat().st_size > 1000


@pytest.mark.build
def test_a_wheel_installed_in_a_fresh_venv_carries_every_resource(tmp_path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "-w", str(tmp_path / "wheels"), str(ROOT)],
        check=True, capture_output=True, cwd=tmp_path, timeout=600,
    )  # fmt: skip
    (wheel,) = (tmp_path / "wheels").glob("bordertrack-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [r for r in RESOURCES if f"bordertrack/_resources/{r}" not in names]
    assert missing == [] and any(n.endswith("entry_points.txt") for n in names)
    venv = tmp_path / "venv"  # dependencies come from this interpreter's site-packages
    subprocess.run(
        [sys.executable, "-m", "venv", "--system-site-packages", str(venv)],
        check=True, timeout=300,
    )  # fmt: skip
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", str(wheel)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), BORDERTRACK_DB="")
    probe = (
        "import bordertrack.resources as r, sys; d = r.resources_dir(); "
        "print(d); sys.exit(0 if (d / 'style.qss').is_file() else 1)"
    )
    where = subprocess.run(
        [str(python), "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path,
        timeout=120,
    )  # fmt: skip
    assert where.returncode == 0, where.stderr
    assert str(venv) in where.stdout and "_resources" in where.stdout
    script = bindir / ("bordertrack.exe" if os.name == "nt" else "bordertrack")
    check = subprocess.run(
        [str(script), "self-check", "--gui"], capture_output=True, text=True, env=env,
        cwd=tmp_path, timeout=600,
    )  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Self-check passed" in check.stdout and "Имущество" in check.stdout
    assert (bindir / ("bordertrack-gui.exe" if os.name == "nt" else "bordertrack-gui")).exists()
