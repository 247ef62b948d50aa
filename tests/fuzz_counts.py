"""Counters the fuzz tests fill and tests/fuzz_report.py prints.

Kept apart from the plugin so the test module can import them without importing the
plugin itself (pytest could then no longer rewrite the plugin's asserts, and warns).
"""

from __future__ import annotations

from collections import Counter

TRIED: Counter[str] = Counter()
ENDED: Counter[str] = Counter()  # "valid result" / "clear error"
