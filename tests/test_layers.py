"""The import contract over the whole package: every `bordertrack` module, every import
(also those inside functions), in the allowed direction, without circles, Qt only in gui/.

    domain  <-  store  <-  sync  <-  services  <-  cli
                                              <-  gui  <-  app (the shim)
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "bordertrack"

# Which layers each layer may import (its own is always allowed). The top-level helper
# modules (paths, resources, i18n) are core utilities without Qt.
UTILS = {"bordertrack", "paths", "resources", "i18n", "safe_files"}
# `safe_files` (regular files only, size-capped, private at rest) sits just above the
# domain: the store and the bundle format use it. Outside text made printable
# (domain/shown.py) is the domain's: every error message promises one line.
FILES = {"safe_files"}
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "paths": set(),
    "resources": set(),
    "bordertrack": set(),
    "safe_files": {"domain"},
    "i18n": {"domain", "resources"},
    "store": {"domain", "paths", "i18n", "resources"} | FILES,  # i18n: move wording in history
    "sync": {"domain", "store"} | FILES,
    "services": {"domain", "store", "sync"} | UTILS,
    "cli": {"domain", "store", "sync", "services", "app"} | UTILS,
    "gui": {"domain", "store", "sync", "services"} | UTILS,
    "app": {"gui"},
    "__main__": {"cli"},
}
# The command line starts the window through the entry shim, and the frozen self-check
# (`bordertrack self-check --gui`) runs the GUI half; both are imported inside a function.
CROSSINGS = {("bordertrack.cli.system", "bordertrack.gui.self_check")}


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """Every module `name` imports, at the top or inside a function."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            for a in node.names:
                full = f"{base}.{a.name}"
                found.add(full if full in MODULES else base)
    return found


GRAPH = {n: {m for m in _imports(n, p) if m in MODULES and m != n} for n, p in MODULES.items()}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "bordertrack"


def test_every_module_is_in_a_known_layer() -> None:
    assert {_layer(m) for m in MODULES} <= set(ALLOWED)
    assert {"bordertrack.store.query", "bordertrack.gui.screens.dashboard"} <= set(MODULES)


def test_imports_go_only_in_the_allowed_directions() -> None:
    wrong = sorted(
        f"{a} -> {b}"
        for a, targets in GRAPH.items()
        for b in targets
        if _layer(a) != _layer(b)
        and _layer(b) not in ALLOWED[_layer(a)]
        and (a, b) not in CROSSINGS
    )
    assert wrong == []


def test_no_import_circles() -> None:
    """Tarjan's strongly connected components over the module graph: none bigger than one."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in GRAPH[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for v in sorted(GRAPH):
        if v not in index:
            visit(v)
    assert circles == []


def test_qt_only_under_gui() -> None:
    qt = sorted(
        n
        for n, p in MODULES.items()
        if any(m.split(".")[0] == "PySide6" for m in _imports(n, p)) and _layer(n) != "gui"
    )
    assert qt == []


def test_the_core_and_the_command_line_load_without_qt() -> None:
    """Importing every module outside gui/ (and building the parser) loads no Qt."""
    core = sorted(n for n in MODULES if _layer(n) not in {"gui", "app", "__main__"})
    code = (
        "import importlib, sys\n"
        f"for m in {core!r}: importlib.import_module(m)\n"
        "import bordertrack.cli.main as m; m.build_parser()\n"
        "bad = sorted(k for k in sys.modules if k.startswith('PySide6'))\n"
        "print(bad); raise SystemExit(1 if bad else 0)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=PACKAGE.parent,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_contract_catches_a_wrong_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from bordertrack.gui import worker\n    import PySide6.QtCore\n")
    found = _imports("bordertrack.store.bad", bad)
    assert "bordertrack.gui.worker" in found and "PySide6.QtCore" in found
