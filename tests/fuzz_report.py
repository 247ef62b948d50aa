"""Pytest plugin for the fuzz tests: prints how many inputs each fuzz target tried.

Loaded through `pytest_plugins` in tests/test_fuzz.py, so the counts appear in CI's
normal terminal output ("fuzz inputs tried" section).
"""

from __future__ import annotations

from .fuzz_counts import ENDED, TRIED


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ARG001
    if not TRIED:
        return
    terminalreporter.section("fuzz inputs tried")
    for target, count in sorted(TRIED.items()):
        terminalreporter.write_line(f"{target}: {count} inputs")
    terminalreporter.write_line(f"total: {sum(TRIED.values())} inputs")
    ended = ", ".join(f"{n} {how}" for how, n in sorted(ENDED.items()))
    terminalreporter.write_line(f"imports ended in: {ended}")
