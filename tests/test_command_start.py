"""A command imports only what it uses: `list` loads no cryptography, spreadsheet or Qt
code, and the command table names the module that registers each command."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

from bordertrack.cli.main import COMMAND_MODULES, COMMANDS, build_parser, command_word

ROOT = Path(__file__).resolve().parent.parent


def test_the_command_table_matches_what_the_modules_register() -> None:
    registered = {}
    for name in COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(name).register(sub)
        registered.update(dict.fromkeys(sub.choices, name.rpartition(".")[2]))
    assert registered == COMMANDS


def test_the_command_word_skips_options_and_their_values() -> None:
    assert command_word(["--db", "list", "--operator", "x", "list", "post"]) == "list"
    assert command_word(["--version"]) is None
    assert "list" in build_parser("list")._subparsers._group_actions[0].choices  # type: ignore[union-attr]


def test_a_fresh_list_imports_no_heavy_library(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    env_run = [sys.executable, "-m", "bordertrack", "--db", str(db)]
    subprocess.run([*env_run, "init", "--role", "coordinator"], check=True, cwd=ROOT,
                   capture_output=True)  # fmt: skip
    code = (
        "import sys\n"
        "from bordertrack.cli.main import main\n"
        f"main(['--db', {str(db)!r}, 'list', 'post'])\n"
        "heavy = sorted({k.split('.')[0] for k in sys.modules} & {'cryptography', 'openpyxl', "
        "'PySide6', 'sqlite_utils', 'fpdf', 'python_calamine'})\n"
        "print(heavy); raise SystemExit(1 if heavy else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
