"""Hybrid logical clock stamps packed into one sortable integer.

A stamp is (wall milliseconds << 16) | counter: it orders like time when clocks agree
and like causality when they do not, because every stamp seen moves the clock past it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

COUNTER_BITS = 16
# A stamp this far ahead of the local wall clock is reported as suspicious on import.
FAR_AHEAD_MS = 24 * 3600 * 1000


def pack(ms: int, counter: int) -> int:
    return (ms << COUNTER_BITS) | counter


def wall_ms(stamp: int) -> int:
    return stamp >> COUNTER_BITS


def now_ms() -> int:
    return int(time.time() * 1000)


class HybridClock:
    """Issues strictly increasing stamps, never behind any stamp it has seen.

    `wall` is injectable so tests can step the wall clock backwards.
    """

    def __init__(self, last: int = 0, wall: Callable[[], int] = now_ms) -> None:
        self.last = last
        self.wall = wall

    def tick(self) -> int:
        candidate = pack(self.wall(), 0)
        self.last = candidate if candidate > self.last else self.last + 1
        return self.last

    def observe(self, stamp: int) -> None:
        """Move past a stamp received from elsewhere so the next local edit orders after it."""
        if stamp > self.last:
            self.last = stamp

    def is_far_ahead(self, stamp: int) -> bool:
        return wall_ms(stamp) - self.wall() > FAR_AHEAD_MS
