"""The lean install: the frozen one-folder build on disk and compressed, against 150 MB and
60 MB (docs/packaging.md says what is left out and why).

Building takes minutes, so `python -m bench` measures a build that already exists
(BORDERTRACK_DIST, default `dist/`, as `installer/build_linux.sh` leaves it) and says how to
make one otherwise; `python -m bench.bench_install --build` builds into a temporary folder
first. The tarball is measured as the build script makes it (`tar czf` of the folder).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DISK_BUDGET_MB = 150
PACKED_BUDGET_MB = 60


def _folder_mb(folder: Path) -> float:
    """Bytes of the files themselves: the bundle's symlinks (a Qt library under two names)
    cost nothing on disk and are not counted twice."""
    return (
        sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
        / 1e6
    )


def _packed_mb(folder: Path) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        packed = Path(tmp) / "bundle.tar.gz"
        with tarfile.open(packed, "w:gz") as tar:
            tar.add(folder, arcname=folder.name)
        return packed.stat().st_size / 1e6


def measure(dist: Path) -> list[dict]:
    """Rows for the one-folder bundle in `dist/bordertrack` (sizes in MB, not seconds)."""
    folder = dist / "bordertrack"
    return [
        {
            "what": "frozen build on disk (MB, not s)",
            "budget": DISK_BUDGET_MB,
            "seconds": _folder_mb(folder),
            "note": str(folder),
        },
        {
            "what": "frozen build as tar.gz (MB, not s)",
            "budget": PACKED_BUDGET_MB,
            "seconds": _packed_mb(folder),
        },
    ]


def build(out: Path) -> None:
    subprocess.run(["bash", str(ROOT / "installer" / "build_linux.sh"), str(out)], check=True)


def run() -> list[dict]:
    dist = Path(os.environ.get("BORDERTRACK_DIST", ROOT / "dist"))
    if not (dist / "bordertrack").is_dir():
        print(
            f"bench_install: no build in {dist}; run installer/build_linux.sh {dist} "
            "(or python -m bench.bench_install --build) to measure the install",
            file=sys.stderr,
        )
        return []
    return measure(dist)


def main(argv: list[str]) -> int:
    from bench.bench_bundle import print_rows

    if "--build" in argv:
        with tempfile.TemporaryDirectory() as tmp:
            build(Path(tmp))
            rows = measure(Path(tmp))
    else:
        rows = run()
    print_rows(rows)
    return 2 if any(r["seconds"] > r["budget"] for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
