"""Version vectors and gaps: how far this device has seen each origin, and what is missing.

A need-to-know bundle leaves out changes about other posts, so holes in the numbers a post
holds are not all gaps. Each bundle therefore declares, per origin, the numbers it is
complete for ("every change numbered first..last that is meant for you is in here");
the receiver remembers these covered ranges (settings key `covered`). A gap is a number
neither held nor covered, below the highest number covered; an origin no bundle ever
declared anything for (bundles of older versions) falls back to holes in what is held.

Everything is computed from ranges of what is held, never by enumerating a claimed range.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bordertrack.services.device_names import device_labels
from bordertrack.store.log_codec import ORIGIN_ID

Range = tuple[int, int]
COVERED_KEY = "covered"
SENT_KEY = "sent_own_seq"  # the highest own change number any export has carried

if TYPE_CHECKING:
    from bordertrack.store.database import Store


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

    def words(self) -> str:
        if self.first == self.last:
            return f"change {self.first} from {self.origin_name} has not arrived"
        return f"changes {self.first}-{self.last} from {self.origin_name} have not arrived"


# -- covered ranges ---------------------------------------------------------------------


def merge_ranges(ranges: list[Range]) -> list[Range]:
    """Sorted, with overlapping and touching ranges joined."""
    out: list[Range] = []
    for first, last in sorted(ranges):
        if out and first <= out[-1][1] + 1:
            if last > out[-1][1]:
                out[-1] = (out[-1][0], last)
        else:
            out.append((first, last))
    return out


def covered(conn: sqlite3.Connection) -> dict[str, list[Range]]:
    """origin -> ranges of numbers some bundle said it was complete for."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (COVERED_KEY,)).fetchone()
    try:
        data = json.loads(row[0]) if row and row[0] else {}
    except ValueError:
        return {}
    return {o: [(int(a), int(b)) for a, b in rs] for o, rs in data.items()}


def add_covered(conn: sqlite3.Connection, complete: dict[str, Range]) -> None:
    """Remember what a bundle declared complete (only ever adds: an older bundle imported
    after a newer one cannot take anything back)."""
    if not complete:
        return
    known = covered(conn)
    for origin, (first, last) in complete.items():
        if 1 <= first <= last:
            known[origin] = merge_ranges([*known.get(origin, []), (first, last)])
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (COVERED_KEY, json.dumps(known, sort_keys=True)),
    )


# -- held runs ----------------------------------------------------------------------------


def held_runs(conn: sqlite3.Connection, origin: str) -> list[Range]:
    """The runs of consecutive numbers held from `origin` (one row per run, not per change)."""
    # The compact log itself (store.log_codec): counting through the view would look up
    # each change's record.
    count, top = conn.execute(
        f"SELECT count(*), max(seq) FROM change_log WHERE origin = {ORIGIN_ID}",
        (origin,),
    ).fetchone()
    if not count:
        return []
    if count == top:
        return [(1, top)]
    rows = conn.execute(
        "SELECT seq, prv, nxt FROM (SELECT seq, "
        "LAG(seq) OVER (ORDER BY seq) AS prv, LEAD(seq) OVER (ORDER BY seq) AS nxt "
        f"FROM change_log WHERE origin = {ORIGIN_ID}) "
        "WHERE prv IS NULL OR prv <> seq - 1 OR nxt IS NULL OR nxt <> seq + 1 ORDER BY seq",
        (origin,),
    ).fetchall()
    runs: list[Range] = []
    start = None
    for seq, prv, nxt in rows:
        if prv is None or prv != seq - 1:
            start = seq
        if nxt is None or nxt != seq + 1:
            runs.append((start if start is not None else seq, seq))
            start = None
    return runs


def _holes(ranges: list[Range], ceiling: int) -> list[Range]:
    """Numbers 1..ceiling in none of `ranges` (which are merged)."""
    out: list[Range] = []
    nxt = 1
    for first, last in ranges:
        if first > ceiling:
            break
        if first > nxt:
            out.append((nxt, first - 1))
        nxt = max(nxt, last + 1)
    if nxt <= ceiling:
        out.append((nxt, ceiling))
    return out


def _origins(conn: sqlite3.Connection, cover: dict[str, list[Range]]) -> list[str]:
    held = [
        r[0]
        for r in conn.execute(
            "SELECT uuid FROM log_origins o "
            "WHERE EXISTS (SELECT 1 FROM change_log c WHERE c.origin = o.id)"
        )
    ]
    return sorted(set(held) | set(cover))


def version_vector(
    conn: sqlite3.Connection, origins: Iterable[str] | None = None
) -> dict[str, int]:
    """For each origin (or each of `origins`), the highest number up to which nothing meant
    for this device is missing (held or declared not meant for it).

    Each origin costs a pass over its own changes: a caller that needs a few origins names
    them, or a coordinator holding hundreds of devices pays for all of them per bundle."""
    cover = covered(conn)
    vector: dict[str, int] = {}
    wanted = _origins(conn, cover) if origins is None else sorted(set(origins))
    for origin in wanted:
        declared = merge_ranges(cover.get(origin, []))
        top = _declared_top(conn, origin, declared)
        if top is None:
            ranges = merge_ranges(held_runs(conn, origin) + declared)
            top = ranges[0][1] if ranges and ranges[0][0] == 1 else 0
        vector[origin] = top
    return vector


def _declared_top(conn: sqlite3.Connection, origin: str, declared: list[Range]) -> int | None:
    """The vector's number for `origin` without reading its changes, when a bundle declared
    it complete from 1 and nothing is held past that range: the common case at a
    coordinator, where a pass over every origin's changes per bundle grows with the file.
    None when the general reading is needed."""
    if not declared or declared[0][0] != 1:
        return None
    end = declared[0][1]
    past = conn.execute(
        f"SELECT 1 FROM change_log WHERE origin = {ORIGIN_ID} AND seq > ? LIMIT 1",
        (origin, end),
    ).fetchone()
    return None if past else end


def gaps(conn: sqlite3.Connection, origins: list[str] | None = None) -> list[Gap]:
    """Numbers this device should hold and does not, per origin (see the module docstring)."""
    names = device_labels(conn)
    cover = covered(conn)
    wanted = _origins(conn, cover) if origins is None else sorted(set(origins))
    out: list[Gap] = []
    for origin in wanted:
        runs = held_runs(conn, origin)
        declared = cover.get(origin)
        if declared:
            ceiling = declared[-1][1]
            ranges = merge_ranges(runs + declared)
        else:
            ceiling = runs[-1][1] if runs else 0
            ranges = runs
        out += [Gap(origin, names.get(origin, origin), a, b) for a, b in _holes(ranges, ceiling)]
    return out


# -- bundle chains ----------------------------------------------------------------------


@dataclass(frozen=True)
class MissingBundles:
    """Bundles first..last of one sender's chain to this device that never arrived."""

    sender: str
    sender_name: str
    first: int
    last: int
    covered: bool  # a later bundle brought everything they held: nothing is missing

    def words(self) -> str:
        if self.first == self.last:
            text = f"bundle {self.first} from {self.sender_name} has not arrived"
        else:
            text = f"bundles {self.first}-{self.last} from {self.sender_name} have not arrived"
        if self.covered:
            text += " (a later bundle brought their changes: nothing is missing)"
        return text

    def to_json(self) -> dict:
        return dict(vars(self))


def chain_holes(numbers: list[int]) -> list[Range]:
    """Numbers missing below the highest of `numbers` (sorted or not), as ranges."""
    return _holes(merge_ranges([(n, n) for n in numbers if n >= 1]), max(numbers, default=0))


def missing_bundles(
    conn: sqlite3.Connection, *, include_covered: bool = False
) -> list[MissingBundles]:
    """Holes in each sender's chain of bundles to this device (or to anyone), with whether
    the next bundle that did arrive made up for them (it declared itself complete from
    numbers this device already held)."""
    names = device_labels(conn)
    chains: dict[tuple[str, str], dict[int, bool]] = {}
    for sender, recipient, seq, report in conn.execute(
        "SELECT sender, recipient, bundle_seq, report FROM import_log"
    ):
        try:
            heals = bool(json.loads(report).get("heals", False))
        except (ValueError, AttributeError):
            heals = False
        chains.setdefault((sender, recipient), {})[int(seq)] = heals
    out: list[MissingBundles] = []
    for (sender, _recipient), got in sorted(chains.items()):
        numbers = sorted(got)
        for first, last in chain_holes(numbers):
            after = next(n for n in numbers if n > last)
            healed = got[after]
            if healed and not include_covered:
                continue
            out.append(MissingBundles(sender, names.get(sender, sender), first, last, healed))
    return out


def merge_vectors(stored: str, new: dict[str, int]) -> dict[str, int]:
    """Element-wise maximum of a stored vector (JSON) and a new one: never goes back."""
    try:
        old = json.loads(stored or "{}")
    except ValueError:
        old = {}
    out = {o: int(v or 0) for o, v in old.items()} if isinstance(old, dict) else {}
    for origin, seq in new.items():
        out[origin] = max(out.get(origin, 0), int(seq))
    return out


def acknowledged_seq(store: Store) -> int:
    """How far the coordinator (any peer, on a coordinator) has confirmed our own changes.

    A peer's stored vector says how far it had seen each origin when it last sent us a
    bundle; our own id in it is what it acknowledged.
    """
    me = store.device
    sql = "SELECT p.vector FROM peers p"
    if me["role"] != "coordinator":
        sql += " JOIN devices d ON d.id = p.id WHERE d.role = 'coordinator'"
    best = 0
    for (vector,) in store.conn.execute(sql):
        try:
            seen = json.loads(vector or "{}").get(me["id"], 0)
        except (ValueError, AttributeError):
            continue
        best = max(best, int(seen or 0))
    return best


def sent_seq(store: Store) -> int:
    """How far this device's own changes have left in a bundle (settings key `sent_own_seq`,
    written by every export): sent, though perhaps not yet confirmed."""
    try:
        return int(store.setting(SENT_KEY) or 0)
    except ValueError:
        return 0
