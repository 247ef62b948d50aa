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


def _installer_module(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "installer" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _package(items: dict[str, bytes]) -> bytes:
    """A small ICU common-data package laid out as ICU writes them."""
    import struct

    header = struct.pack("<HBB", 32, 0xDA, 0x27) + b"\x14\x00\x00\x00\x00\x00\x02\x00CmnD"
    header += b"\0" * (32 - len(header))
    names = [f"icudt73l/{n}".encode() + b"\0" for n in items]
    names_at = 4 + 8 * len(items)
    data_at = names_at + sum(map(len, names))
    data_at += (-(32 + data_at)) % 16
    toc, blob, name_pos = struct.pack("<I", len(items)), b"", names_at
    for name, data in zip(names, items.values(), strict=True):
        toc += struct.pack("<II", name_pos, data_at + len(blob))
        name_pos += len(name)
        blob += data + b"\0" * ((-len(data)) % 16)
    toc += b"".join(names)
    return header + toc + b"\0" * (data_at - len(toc)) + blob


def test_icu_data_keeps_our_languages_and_every_shared_table() -> None:
    import struct

    trim_icu = _installer_module("trim_icu")
    items = {
        "coll/de.res": b"D" * 40, "coll/root.res": b"R" * 20, "coll/ru.res": b"U" * 33,
        "coll/ucadata.icu": b"T" * 50, "de_AT.res": b"A", "en_001.res": b"E" * 17,
        "ibm-1251.cnv": b"C", "ky.res": b"K" * 3, "res_index.res": b"I" * 5,
        "brkitr/thaidict.dict": b"H" * 9, "zh_Hant_TW.res": b"Z", "uprops.icu": b"P" * 7,
    }  # fmt: skip
    trimmed = trim_icu.trim(_package(items))
    count = struct.unpack_from("<I", trimmed, 32)[0]
    entries = [struct.unpack_from("<II", trimmed, 36 + 8 * i) for i in range(count)]
    got = {}
    for i, (name_at, data_at) in enumerate(entries):
        name = trimmed[32 + name_at : trimmed.index(b"\0", 32 + name_at)].decode()
        end = 32 + entries[i + 1][1] if i + 1 < count else len(trimmed)
        assert (32 + data_at) % 16 == 0, "ICU items stay 16-byte aligned"
        got[name.removeprefix("icudt73l/")] = trimmed[32 + data_at : end].rstrip(b"\0")
    kept = ["coll/root.res", "coll/ru.res", "coll/ucadata.icu", "en_001.res", "ky.res",
            "res_index.res", "uprops.icu"]  # fmt: skip
    assert got == {k: items[k] for k in kept}


def test_version_resource_names_the_release() -> None:
    import ast

    version_info = _installer_module("version_info")
    assert version_info.version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    text = version_info.render("bordertrack-cli.exe", "BorderTrack command line", "0.4.1")
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates it as a Python expression
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"
    assert "(0, 4, 1, 0)" in text and "'ProductVersion', '0.4.1'" in text
    assert "'OriginalFilename', 'bordertrack-cli.exe'" in text


ICU_PROBE = """
from PySide6.QtCore import QCollator, QDate, QLocale
for loc in ("ru_RU", "ky_KG", "en_GB"):
    words = ["ёж", "жук", "еда", "Ясно", "арбуз", "ңөү", "Zebra", "apple"]
    print(loc, sorted(words, key=QCollator(QLocale(loc)).sortKey),
          QLocale(loc).toString(QDate(2026, 3, 9)), QLocale(loc).toUpper("ёңөү"))
"""


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not Path("/usr/bin/as").exists(),
    reason="Qt links its own ICU only on Linux; trimming needs binutils",
)
def test_trimmed_icu_sorts_and_cases_our_languages_as_the_whole_one(tmp_path) -> None:
    import PySide6

    trim_icu = _installer_module("trim_icu")
    (whole,) = (Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*")
    package, symbol = trim_icu.find_data(whole.read_bytes())
    trimmed = tmp_path / whole.name
    trim_icu.link(trim_icu.trim(package), symbol, trimmed, whole.name)
    assert trimmed.stat().st_size < whole.stat().st_size / 3

    def probe(preload: Path) -> str:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LD_PRELOAD=str(preload))
        out = subprocess.run(
            [sys.executable, "-c", ICU_PROBE], capture_output=True, env=env, timeout=120
        )
        assert out.returncode == 0 and not out.stderr, out.stderr
        return out.stdout.decode()

    whole_says = probe(whole)
    assert "['арбуз', 'еда', 'ёж', 'жук'" in whole_says
    assert probe(trimmed) == whole_says
