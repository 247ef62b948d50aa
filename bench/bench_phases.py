"""Where an import's time goes: CPU seconds per phase of one full-bundle import, beside
python-calamine's bare read of the same workbook.

`python -m bench.bench_phases [--changes N]` builds a post holding N changes (160,000 by
default, items of 10 fields), exports it in full and imports it into a fresh coordinator
with each phase's function wrapped by a CPU-seconds counter (the thread's own CPU time, so
other processes' load moves the figures little). Phases nest: `apply_changes` includes the log
insert, the fold and the state writes listed under it. Figures: docs/performance.md.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

# (module, function, what it is) in the order an import runs them; indented = inside.
# A function of a class is named "module:Class.function". The import applies the bundle
# as it reads it (services/import_stream.py): reading, parsing and applying alternate.
PHASES = [
    ("bordertrack.sync.bundle_stream", "stream_parts", "markup scan of the parts but Changes"),
    ("bordertrack.sync.bundle_stream", "_parsed", "digest, parse and check the change rows"),
    ("bordertrack.sync.bundle_stream", "parse_change_piece", "  parse and check"),
    ("bordertrack.services.import_steps", "check_values", "numbers within bounds, stamps"),
    ("bordertrack.services.import_steps", "check_stamps", "stamp rules (tampering)"),
    ("bordertrack.services.import_steps", "backup_before_import", "verified backup"),
    ("bordertrack.services.import_stream", "apply_changes", "apply: all of the below"),
    ("bordertrack.store.apply", "_gather", "  group by record, read logged rows"),
    ("bordertrack.store.apply", "_refold", "  fold, state and conflict rows"),
    ("bordertrack.store.apply", "_log", "  insert into the change log"),
    ("bordertrack.services.import_tally", "Tally.fill", "report: counts, duplicates, gaps"),
]
REST = "the rest"  # reading the Changes part (inflate, the row pattern), transaction, commit

OTHER_THREADS = "other threads"


def _wrap(spent: dict[str, float], module: str, name: str) -> None:
    owner: object = importlib.import_module(module)
    if "." in name:
        cls, name = name.split(".")
        owner = getattr(owner, cls)
    inner: Callable = getattr(owner, name)

    def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
        start = time.thread_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[name] += time.thread_time() - start

    setattr(owner, name, timed)


def measure(changes: int) -> tuple[float, float, dict[str, float]]:
    """(import CPU s, bare read CPU s, CPU s per phase). The phases count the importing
    thread's CPU only; what other threads spent (calamine parsing the sheets beside the
    Changes sheet, bundle_calamine) is under "other threads"."""
    from bench.bench_scale import read_only_cpu
    from bench.bench_sync import _coordinator, _post_with_changes
    from bordertrack.services.sync import export_bundle, import_bundle

    spent: dict[str, float] = defaultdict(float)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        post = _post_with_changes(folder, "post", "DOS", changes, 1)
        post.mark_checked()
        bundle = folder / "full.xlsx"
        export_bundle(post, bundle, full=True)
        _wall, read = read_only_cpu(bundle)
        coordinator = _coordinator(folder, [post])
        for module, name, _what in PHASES:
            _wrap(spent, module, name)
        start, own = time.process_time(), time.thread_time()
        import_bundle(coordinator, bundle)
        total = time.process_time() - start
        spent[OTHER_THREADS] = total - (time.thread_time() - own)
        outer = [n.split(".")[-1] for _m, n, w in PHASES if not w.startswith(" ")]
        spent[REST] = total - spent[OTHER_THREADS] - sum(spent[n] for n in outer)
        coordinator.close()
        post.close()
    return total, read, spent


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=160_000)
    args = parser.parse_args(argv)
    total, read, spent = measure(args.changes)
    print(
        f"import of {args.changes:,} changes: {total:.2f} s CPU; python-calamine's bare read "
        f"{read:.2f} s CPU ({total / read:.1f}x); by phase:"
    )
    other = (OTHER_THREADS, "calamine's thread: the other sheets, parsed and digested")
    rest = (REST, "reading the Changes part (inflate, row pattern), commit")
    for name, what in [(n.split(".")[-1], w) for _m, n, w in PHASES] + [rest, other]:
        share = spent.get(name, 0.0)
        print(f"  {name:<20} {share:6.2f} s  {share / read:5.2f}x read  {what}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
