"""Helpers shared by the command modules: opening the store, printing JSON and tables."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bordertrack.domain.shown import shown
from bordertrack.paths import default_db_path
from bordertrack.store.database import Store


class UsageError(Exception):
    """Bad usage found after parsing (exit 2)."""


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_db_path()


@contextmanager
def open_store(args: argparse.Namespace, *, need_device: bool = True) -> Iterator[Store]:
    """Open the --db database; commands that need a device fail clearly without one."""
    path = db_path(args)
    if need_device and not path.exists():
        from bordertrack.domain.errors import DeviceNotSetUp

        raise DeviceNotSetUp(str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    from bordertrack.store.lock import refuse_writes, try_instance_lock

    lock = try_instance_lock(path)  # a window has it open: read, but refuse writes
    try:
        store = Store(path)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    try:
        if lock is None:
            refuse_writes(store)
        if need_device:
            _ = store.device
            _warn_clock(store)
        yield store
    finally:
        store.close()
        if lock is not None:
            lock.release()


def _warn_clock(store: Store) -> None:
    """Say before any command runs that this computer's clock went backwards."""
    from bordertrack.services.clock_check import clock_warning

    warning = clock_warning(store)
    if warning:
        print(f"bordertrack: {warning}", file=sys.stderr)


def print_json(data: Any) -> None:
    sys.stdout.write(
        json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n"
    )


def print_table(rows: list[dict[str, Any]], columns: list[str]) -> None:
    """A plain aligned table for people at a terminal."""
    if not rows:
        print("(none)")
        return
    cells = [[("" if r.get(c) is None else shown(r.get(c))) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    widths = [min(w, 40) for w in widths]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    for row in cells:
        print("  ".join(v[:w].ljust(w) for v, w in zip(row, widths, strict=True)))


def parse_assignments(items: list[str]) -> dict[str, str]:
    """field=value pairs from the command line."""
    out = {}
    for item in items:
        if "=" not in item:
            raise UsageError(f"'{item}' is not field=value")
        key, _, value = item.partition("=")
        out[key.strip()] = value
    return out
