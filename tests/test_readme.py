"""The README starts with its two commands, the ones a fresh machine runs: the first
installs and opens the app on a demo database, the second installs the test dependencies
and runs the whole suite; `.ci/run` takes the second, word for word."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _blocks(text: str) -> list[str]:
    return re.findall(r"^```sh\n(.*?)\n```$", text, flags=re.S | re.M)


def test_the_readme_opens_with_its_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    head = text.split("\n\n", 3)
    assert head[0] == "# BorderTrack"
    first, second = _blocks(text)[:2]
    assert text.index(first) < text.index(second) < text.index("\n\nThe first command")
    assert "pip install -e ." in first and "demo" in first and "\n" not in first
    assert "pip install -e '.[test]'" in second and "pytest" in second and "\n" not in second
    assert "QT_QPA_PLATFORM=offscreen" in second


def test_ci_runs_the_readmes_second_command_word_for_word() -> None:
    extract = (
        "sed -n '/^```sh$/,/^```$/p' README.md | grep -v '^```' | sed -n 2p"  # as .ci/run does
    )
    assert extract.split(" | ")[0] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    found = subprocess.run(
        ["bash", "-c", extract], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    second = _blocks((ROOT / "README.md").read_text(encoding="utf-8"))[1]
    assert found == second
