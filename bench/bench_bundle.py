"""Bundle file format speed: write and read+verify 100,000 changes and 50 bundles of 2,000.

Only the format's share of the export (10 s), import (5 s) and merge (10 s) budgets, with no
database work;
`read_only` is the time to merely read the same workbook with calamine, the fastest
reader, so the overhead of checking shows as a ratio. Run `python -m bench.bench_bundle`.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.fields import Kind
from bordertrack.domain.vocabularies import VOCABULARIES
from bordertrack.store.changes import Change
from bordertrack.sync import keys
from bordertrack.sync.bundle_model import BundleHeader
from bordertrack.sync.bundle_read import read_bundle
from bordertrack.sync.bundle_write import write_bundle

_BASE = 1_780_000_000_000 << 16


def _value(kind: Kind, vocab: str | None, rng: random.Random) -> object:
    if kind == Kind.VOCAB and vocab:
        return rng.choice(list(VOCABULARIES[vocab]))
    if kind in (Kind.INT, Kind.PERCENT):
        return rng.randint(0, 100)
    if kind in (Kind.REAL, Kind.MONEY):
        return round(rng.uniform(10, 50_000), 2)
    if kind == Kind.DATE:
        return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind == Kind.REF:
        return f"{rng.getrandbits(128):032x}"
    return f"Value {rng.randint(0, 10**6)} {'текст' if rng.random() < 0.3 else 'text'}"


def synthetic_changes(origin: str, count: int, seed: int) -> list[Change]:
    """Realistic change rows: records of equipment and people, every field set once."""
    rng = random.Random(seed)
    entities = [ENTITIES["equipment"], ENTITIES["person"], ENTITIES["attendance"]]
    out: list[Change] = []
    while len(out) < count:
        e = rng.choice(entities)
        rid = str(rng.getrandbits(128))
        rid = f"{rid[:8]}-{rid[8:12]}-4{rid[12:15]}-8{rid[15:18]}-{rid[18:30]:0<12}"
        for f in e.fields:
            if len(out) == count:
                break
            n = len(out) + 1
            value = _value(f.kind, f.vocab, rng)
            if f.limit and isinstance(value, str):
                value = value[: f.limit]
            out.append(Change(origin, n, _BASE + n, e.name, rid, f.name, value, "", "Officer"))
    return out


def _header(origin: str, public: bytes, seq: int) -> BundleHeader:
    return BundleHeader(
        origin,
        "Bench post",
        "post",
        "DOS",
        seq,
        "",
        "2026-05-01T00:00:00Z",
        "",
        True,
        {origin: seq},
        public,
        [],
    )


def _read_only(path: Path) -> float:
    from python_calamine import CalamineWorkbook

    start = time.perf_counter()
    book = CalamineWorkbook.from_path(str(path))
    for name in book.sheet_names:
        book.get_sheet_by_name(name).to_python()
    return time.perf_counter() - start


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run() -> list[dict]:
    """Rows of (what, budget, seconds, read_only) for bench/__main__.py's table."""
    private, public = keys.generate()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        big = synthetic_changes("0a1b2c3d4e5f6789", 100_000, 1)
        path = folder / "big.xlsx"
        t_write = _timed(
            lambda: write_bundle(path, _header("0a1b2c3d4e5f6789", public, 1), big, private)
        )
        t_only = _read_only(path)
        t_read = _timed(lambda: read_bundle(path))
        rows.append(
            {
                "what": "bundle: write 100,000 changes",
                "budget": 10.0,
                "seconds": t_write,
                "read_only": t_only,
            }
        )
        rows.append(
            {
                "what": "bundle: read+verify 100,000 changes",
                "budget": 5.0,
                "seconds": t_read,
                "read_only": t_only,
            }
        )
        paths = []
        t_write50 = 0.0
        for i in range(50):
            origin = f"{i:016x}"
            p = folder / f"b{i}.xlsx"
            changes = synthetic_changes(origin, 2_000, 100 + i)
            t_write50 += _timed(
                lambda p=p, c=changes, o=origin: write_bundle(p, _header(o, public, 1), c, private)
            )
            paths.append(p)
        t_only50 = sum(_read_only(p) for p in paths)
        t_read50 = _timed(lambda: [read_bundle(p) for p in paths])
        rows.append(
            {
                "what": "bundle: write 50 x 2,000 changes",
                "budget": 10.0,
                "seconds": t_write50,
                "read_only": t_only50,
            }
        )
        rows.append(
            {
                "what": "bundle: read+verify 50 x 2,000",
                "budget": 10.0,
                "seconds": t_read50,
                "read_only": t_only50,
            }
        )
    return rows


def print_rows(rows: list[dict]) -> None:
    print(f"{'what':<42} {'seconds':>8} {'budget':>7} {'read-only':>10} {'ratio':>6}")
    for row in rows:
        only = row.get("read_only")
        ratio = f"{row['seconds'] / only:6.1f}" if only else "     -"
        only_text = f"{only:10.2f}" if only else "         -"
        flag = "" if row["seconds"] <= row["budget"] else "  OVER BUDGET"
        note = f"  {row['note']}" if row.get("note") else ""
        print(
            f"{row['what']:<42} {row['seconds']:8.2f} {row['budget']:7.1f} {only_text} {ratio}"
            f"{flag}{note}"
        )


if __name__ == "__main__":
    print_rows(run())
