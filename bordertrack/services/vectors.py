"""Version vectors and gaps: how far this device has seen each origin, and what is missing."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Gap:
    """Changes origin/first..last have not been seen here yet."""

    origin: str
    origin_name: str
    first: int
    last: int

    def to_json(self) -> dict:
        return {
            "origin": self.origin,
            "origin_name": self.origin_name,
            "first": self.first,
            "last": self.last,
        }


def version_vector(conn: sqlite3.Connection) -> dict[str, int]:
    """For each origin, the highest sequence number up to which nothing is missing."""
    vector: dict[str, int] = {}
    rows = conn.execute(
        "SELECT origin, seq, nxt FROM (SELECT origin, seq, "
        "LEAD(seq) OVER (PARTITION BY origin ORDER BY seq) AS nxt, "
        "ROW_NUMBER() OVER (PARTITION BY origin ORDER BY seq) AS rn FROM changes) "
        "WHERE (rn = 1 AND seq > 1) OR nxt IS NULL OR nxt <> seq + 1 ORDER BY origin, seq"
    )
    firsts: dict[str, int] = {}
    for origin, seq, _nxt in rows:
        if origin in firsts:
            continue
        # The first row reported per origin (ordered by seq) ends its contiguous run.
        firsts[origin] = seq
    for origin, end in firsts.items():
        start = conn.execute("SELECT min(seq) FROM changes WHERE origin = ?", (origin,)).fetchone()[
            0
        ]
        vector[origin] = 0 if start > 1 else end
    return vector


def gaps(conn: sqlite3.Connection, origins: list[str] | None = None) -> list[Gap]:
    """Holes in each origin's sequence numbers: changes made there that never arrived here."""
    names = dict(conn.execute("SELECT id, name FROM devices"))
    me = conn.execute("SELECT id, name FROM device").fetchone()
    if me:
        names[me[0]] = me[1]
    if origins is None:
        holes = list(conn.execute(_HOLES.format(where="") + "ORDER BY origin, seq"))
    else:
        holes = [h for origin in sorted(set(origins)) for h in _origin_holes(conn, origin)]
    return [Gap(origin, names.get(origin, origin), prv + 1, seq - 1) for origin, prv, seq in holes]


# (origin, previous seq held or 0, seq) wherever numbers are skipped before seq.
_HOLES = (
    "SELECT origin, prv, seq FROM (SELECT origin, seq, "
    "coalesce(LAG(seq) OVER (PARTITION BY origin ORDER BY seq), 0) AS prv FROM changes{where}) "
    "WHERE seq > prv + 1 "
)


def _origin_holes(conn: sqlite3.Connection, origin: str) -> list[tuple[str, int, int]]:
    """One origin's holes; an unbroken run 1..n (the usual case) is told by its count alone."""
    count, top = conn.execute(
        "SELECT count(*), max(seq) FROM changes WHERE origin = ?", (origin,)
    ).fetchone()
    if count == (top or 0):
        return []
    return list(conn.execute(_HOLES.format(where=" WHERE origin = ?") + "ORDER BY seq", (origin,)))
