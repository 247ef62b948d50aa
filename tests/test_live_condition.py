"""Which records are live is said once, in store.query (LIVE / live(alias)).

A hand-written copy of the condition in a service drifts the day the rule changes (say,
archived records): this scan keeps new copies out. The files listed below still hold
copies, to be moved to LIVE when they are next changed for their own reasons.
"""

from __future__ import annotations

import re
from pathlib import Path

from bordertrack.store.query import LIVE, live

PACKAGE = Path(__file__).resolve().parent.parent / "bordertrack"
CONDITION = re.compile(r"(?<!SET )\b(?:\w+\.)?_deleted\s*=\s*0\b")
NOT_YET = {
    "services/dashboard.py",
    "services/demo_acts.py",
    "store/derived.py",
}


def copies(text: str) -> list[int]:
    """Line numbers where the live condition is written out by hand."""
    return [n for n, line in enumerate(text.splitlines(), 1) if CONDITION.search(line)]


def test_the_condition_is_written_only_in_the_core() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        if name == "store/query.py" or name in NOT_YET:
            continue
        found += [f"{name}:{n}" for n in copies(path.read_text(encoding="utf-8"))]
    assert found == []


def test_the_scan_finds_a_copy_and_the_core_says_it() -> None:
    assert copies('sql = "SELECT id FROM person WHERE p._deleted = 0 AND x = ?"') == [1]
    assert copies("UPDATE person SET _deleted = 0 WHERE id = ?") == []  # a write, not a test
    assert copies(f"SELECT id FROM person WHERE {live('p')}") == [1]  # the SQL it renders
    assert LIVE == "_deleted = 0" and live("p") == "p._deleted = 0"
