"""Hybrid logical clock stamps packed into one sortable integer.

A stamp is (wall milliseconds << 16) | counter: it orders like time when clocks agree
and like causality when they do not, because every stamp seen moves the clock past it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

COUNTER_BITS = 16
# The maximum offset: a bundle carrying a stamp further ahead of the receiver's wall clock
# is refused (docs/decisions.md), so a laptop whose date is wrong cannot win every merge.
MAX_OFFSET_MS = 24 * 3600 * 1000
FAR_AHEAD_MS = MAX_OFFSET_MS
# No BorderTrack data exists before this moment (2020-01-01 UTC): an earlier stamp is a
# reset clock or an altered bundle.
STAMP_FLOOR_MS = 1_577_836_800_000
# A wall clock this far behind the device's own last stamp has been set back (a dead clock
# battery, a wrong date typed in): the device says so.
CLOCK_SLACK_MS = 60_000


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

    def set_back_ms(self) -> int:
        """How far the wall clock is behind this device's last stamp (0 when not set back)."""
        behind = wall_ms(self.last) - self.wall()
        return behind if behind > CLOCK_SLACK_MS else 0

    def is_far_ahead(self, stamp: int) -> bool:
        return wall_ms(stamp) - self.wall() > FAR_AHEAD_MS
