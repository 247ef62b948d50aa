"""The core must run without Qt: the CLI, tests and the frozen self-check rely on it."""

import subprocess
import sys

CORE_MODULES = [
    "bordertrack.domain.entities",
    "bordertrack.domain.validation",
    "bordertrack.store.apply",
    "bordertrack.store.edits",
    "bordertrack.services.records",
    "bordertrack.services.demo",
    "bordertrack.services.dump",
    "bordertrack.cli.main",
]


def test_core_imports_no_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for m in {CORE_MODULES!r}: importlib.import_module(m)\n"
        "import bordertrack.cli.main as m; m.build_parser()\n"
        "bad = sorted(k for k in sys.modules if k.startswith('PySide6'))\n"
        "print(bad); raise SystemExit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
