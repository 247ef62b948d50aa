"""The Linux release build: PyInstaller one-folder bundle and tarball, then the frozen app runs.

Marked `build` (run alone with `pytest -m build`); it also runs in CI's normal run. It takes
about half a minute on two cores.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.build


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    pytest.importorskip(
        "PyInstaller", reason="PyInstaller is not installed: pip install -e .[build]"
    )
    if shutil.which("bash") is None:
        pytest.skip("bash is needed to run installer/build_linux.sh")
    out = tmp_path_factory.mktemp("release")
    subprocess.run(
        ["bash", str(ROOT / "installer" / "build_linux.sh"), str(out)],
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return out


def _run(release: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    env.pop("PYTHONPATH", None)  # the frozen app must not lean on the source tree
    return subprocess.run(
        [str(release / "bordertrack" / "bordertrack"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=home,
        timeout=300,
        check=False,
    )


def test_frozen_app_reports_its_version(release, tmp_path) -> None:
    from bordertrack import __version__

    out = _run(release, "--version", home=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"BorderTrack {__version__}"
    print(f"\none-folder bundle: {_size(release / 'bordertrack') / 1e6:.0f} MB")


def test_frozen_self_check_passes(release, tmp_path) -> None:
    out = _run(release, "self-check", home=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Self-check passed" in out.stdout
    assert "_internal/resources" in out.stdout  # resources found inside the bundle
    gui = _run(release, "self-check", "--gui", home=tmp_path)
    assert gui.returncode == 0, gui.stdout + gui.stderr
    assert "Имущество" in gui.stdout


def test_tarball_holds_the_bundle_desktop_file_and_icon(release) -> None:
    (tarball,) = release.glob("bordertrack-*-linux-*.tar.gz")
    with tarfile.open(tarball) as tar:
        names = tar.getnames()
    top = names[0].split("/")[0]
    for part in ("bordertrack/bordertrack", "bordertrack.desktop", "bordertrack.png", "install.sh"):
        assert f"{top}/{part}" in names
    assert not any("Qt6WebEngine" in n or "Qt6Qml" in n or "Qt6Quick" in n for n in names)
    print(f"\ntarball: {tarball.name}, {tarball.stat().st_size / 1e6:.0f} MB")
