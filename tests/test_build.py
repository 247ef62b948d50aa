"""The Linux release build: PyInstaller one-folder bundle and tarball, then the frozen app runs.

Marked `build` (run alone with `pytest -m build`); it also runs in CI's normal run. It takes
a few minutes on two cores. Windows builds with installer/build_windows.ps1 instead, which
.github/workflows/windows.yml runs and checks (self-check, installer, association).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.build,
    pytest.mark.skipif(
        sys.platform == "win32",
        reason="installer/build_linux.sh needs bash and tar; Windows builds with build_windows.ps1",
    ),
]
MAX_BUNDLE_MB = 150  # the one-folder bundle on disk
MAX_TARBALL_MB = 60  # the release tarball


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


def _run(release: Path, *args: str, home: Path, **extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), **extra)
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


def test_frozen_self_check_passes(release, tmp_path) -> None:
    out = _run(release, "self-check", home=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Self-check passed" in out.stdout
    assert "_internal/resources" in out.stdout  # resources found inside the bundle
    gui = _run(release, "self-check", "--gui", home=tmp_path)
    assert gui.returncode == 0, gui.stdout + gui.stderr
    assert "Имущество" in gui.stdout
    assert "not in this build" not in gui.stdout, "every screen imports in the frozen app"


def test_frozen_app_writes_pdfs(release, tmp_path) -> None:
    """Labels (QR codes through Pillow) and fonts subset by fontTools: what the lean build
    keeps of both is enough."""
    db = tmp_path / "demo.db"
    assert _run(release, "--db", str(db), "demo", home=tmp_path).returncode == 0
    out = _run(release, "--db", str(db), "labels", str(tmp_path / "labels.pdf"), home=tmp_path)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "labels.pdf").read_bytes().startswith(b"%PDF")


def test_frozen_output_in_a_windows_code_page_does_not_crash(release, tmp_path) -> None:
    out = _run(release, "self-check", "--gui", home=tmp_path, PYTHONIOENCODING="cp1251")
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    assert "Имущество" in out.stdout  # written as UTF-8 all the same


def test_the_bundle_is_lean_and_keeps_what_the_app_loads(release) -> None:
    bundle = release / "bordertrack"
    size_mb = _size(bundle) / 1e6
    (tarball,) = release.glob("bordertrack-*-linux-*.tar.gz")
    print(f"\none-folder bundle: {size_mb:.0f} MB, tarball {tarball.stat().st_size / 1e6:.0f} MB")
    assert size_mb <= MAX_BUNDLE_MB
    assert tarball.stat().st_size / 1e6 <= MAX_TARBALL_MB
    names = {p.name for p in bundle.rglob("*")}
    qt_catalogues = sorted(n for n in names if n.startswith("qt") and n.endswith(".qm"))
    assert "qtbase_ru.qm" in qt_catalogues and all("_ru" in n for n in qt_catalogues)
    assert any(n.startswith("libQt6Network.") for n in names), "the local socket needs it"
    assert "libqoffscreen.so" in names and "libqxcb.so" in names
    assert not any(n.startswith(("libqgtk3", "libqwayland", "libavif", "libqtiff")) for n in names)


def test_tarball_holds_the_bundle_desktop_file_and_icon(release) -> None:
    (tarball,) = release.glob("bordertrack-*-linux-*.tar.gz")
    with tarfile.open(tarball) as tar:
        names = tar.getnames()
    top = names[0].split("/")[0]
    for part in ("bordertrack/bordertrack", "bordertrack.desktop", "bordertrack.png", "install.sh"):
        assert f"{top}/{part}" in names
    assert not any("Qt6WebEngine" in n or "Qt6Qml" in n or "Qt6Quick" in n for n in names)
    print(f"\ntarball: {tarball.name}, {tarball.stat().st_size / 1e6:.0f} MB")
