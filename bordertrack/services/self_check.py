"""An end-to-end check of an installation: two devices in a temporary folder exchange a bundle.

Run by `bordertrack self-check` (and by the frozen-build test) to prove that the installed
code, its native libraries (SQLite, cryptography, the xlsx readers) and its resources work
together on this machine, without touching the person's own database.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bordertrack import __version__
from bordertrack.domain.errors import BorderTrackError, error_template
from bordertrack.store.database import Store

Progress = Callable[[int, int], None] | None


class SelfCheckFailed(BorderTrackError):
    template = error_template(
        "Self-check failed at '{step}': {detail}. Reinstall BorderTrack; "
        "if it fails again, send this line to the coordinator."
    )

    def __init__(self, step: str, detail: str) -> None:
        self.step, self.detail = step, detail
        super().__init__(step=step, detail=detail)


@dataclass(frozen=True)
class CheckResult:
    step: str
    detail: str


class _Run:
    """The temporary devices and what each step left for the next."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.stores: list[Store] = []
        self.post: Store | None = None
        self.coordinator: Store | None = None
        self.bundle = folder / "post-to-coordinator.xlsx"
        self.record_id = ""

    def open(self, name: str) -> Store:
        store = Store(self.folder / f"{name}.db")
        self.stores.append(store)
        return store

    def close(self) -> None:
        for store in self.stores:
            store.close()


def _environment(run: _Run) -> str:
    version = sqlite3.sqlite_version
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.OperationalError:
        raise SelfCheckFailed(
            "environment", f"SQLite {version} has no full-text search (FTS5)"
        ) from None
    finally:
        conn.close()
    return f"BorderTrack {__version__}, Python {sys.version.split()[0]}, SQLite {version} with FTS5"


def _resources(run: _Run) -> str:
    from bordertrack.i18n import translate
    from bordertrack.resources import resource_path, resources_dir

    needed = ["style.qss", "icons/bordertrack-64.png"]
    needed += [f"i18n/bordertrack_{lang}.{ext}" for lang in ("ru", "ky") for ext in ("qm", "ts")]
    missing = [p for p in needed if not resource_path(*p.split("/")).is_file()]
    if missing:
        raise SelfCheckFailed("resources", f"missing in {resources_dir()}: {', '.join(missing)}")
    if translate("ru", "screens", "Equipment") == "Equipment":
        raise SelfCheckFailed("resources", "the Russian catalogue has no translations")
    return f"style, icon and Russian and Kyrgyz translations found in {resources_dir()}"


def _devices(run: _Run) -> str:
    from bordertrack.services.device import init_device

    run.post = run.open("post")
    init_device(run.post, "post", "DOS", "self-check post")
    run.coordinator = run.open("coordinator")
    init_device(run.coordinator, "coordinator", None, "self-check coordinator")
    return "a post device (DOS) and a coordinator device created, each with its key pair"


def _trust(run: _Run) -> str:
    from bordertrack.services.trust import read_card, trust_card, write_card

    assert run.post and run.coordinator
    for a, b in ((run.post, run.coordinator), (run.coordinator, run.post)):
        card = run.folder / f"{a.device['id']}.card"
        write_card(a, card)
        trust_card(b, read_card(card))
    return "device cards written, read and trusted both ways"


def _record(run: _Run) -> str:
    from bordertrack.services import records

    assert run.post
    run.record_id = records.create(
        run.post,
        "equipment",
        {"asset_tag": "SELF-CHECK-1", "category": "radio", "status": "in_service"},
        operator="self-check",
    )
    return "an equipment item recorded on the post device"


def _export(run: _Run) -> str:
    from bordertrack.services.sync import export_bundle

    assert run.post and run.coordinator
    result = export_bundle(run.post, run.bundle, to=run.coordinator.device["id"])
    if result.changes < 1 or not run.bundle.is_file():
        raise SelfCheckFailed("export", "the bundle holds no changes")
    return f"signed bundle exported ({result.changes} changes, {run.bundle.stat().st_size:,} bytes)"


def _verify(run: _Run) -> str:
    from bordertrack.services.sync import verify_bundle

    assert run.coordinator
    result = verify_bundle(run.coordinator, run.bundle)
    if not (result.ok and result.intact):
        raise SelfCheckFailed("verify", result.message)
    return "signature verified against the trusted key; content intact"


def _tamper(run: _Run) -> str:
    """An edited cell must break the signature, or signing protects nothing."""
    import openpyxl

    from bordertrack.services.sync import verify_bundle
    from bordertrack.sync.bundle_model import CHANGES

    assert run.coordinator
    edited = run.folder / "edited.xlsx"
    book = openpyxl.load_workbook(run.bundle)
    sheet = book[CHANGES] if CHANGES in book.sheetnames else book.worksheets[-1]
    for row in sheet.iter_rows(min_row=2):
        cell = next((c for c in row if isinstance(c.value, str) and c.value), None)
        if cell is not None:
            cell.value = cell.value + "x"
            break
    book.save(edited)
    if verify_bundle(run.coordinator, edited).intact:
        raise SelfCheckFailed("tamper", f"an edited cell in sheet '{sheet.title}' still verified")
    return f"a bundle with one edited cell (sheet '{sheet.title}') is refused"


def _import(run: _Run) -> str:
    from bordertrack.services import records
    from bordertrack.services.sync import import_bundle

    assert run.coordinator
    report = import_bundle(run.coordinator, run.bundle)
    if report.status != "applied" or report.new < 1:
        raise SelfCheckFailed("import", f"status {report.status}, {report.new} new records")
    item = records.get(run.coordinator, "equipment", run.record_id)
    if not item or item.get("asset_tag") != "SELF-CHECK-1":
        raise SelfCheckFailed("import", "the imported item is not readable on the coordinator")
    again = import_bundle(run.coordinator, run.bundle)
    if again.status != "already_imported":
        raise SelfCheckFailed("import", f"a repeated import gave status {again.status}")
    return "bundle imported: the item arrived; importing it again changes nothing"


def _integrity(run: _Run) -> str:
    for store in run.stores:
        result = store.conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise SelfCheckFailed("integrity", f"{store.path.name}: {result}")
    return f"SQLite integrity check passed on {len(run.stores)} databases"


STEPS: list[tuple[str, Callable[[_Run], str]]] = [
    ("environment", _environment),
    ("resources", _resources),
    ("devices", _devices),
    ("trust", _trust),
    ("record", _record),
    ("export", _export),
    ("verify", _verify),
    ("tamper", _tamper),
    ("import", _import),
    ("integrity", _integrity),
]


def run_self_check(folder: Path | None = None, on_progress: Progress = None) -> list[CheckResult]:
    """Run every step in `folder` (a new temporary folder by default, removed afterwards)."""
    own = folder is None
    work = Path(tempfile.mkdtemp(prefix="bordertrack-check-")) if own else Path(folder)
    work.mkdir(parents=True, exist_ok=True)
    run = _Run(work)
    results: list[CheckResult] = []
    try:
        for i, (name, step) in enumerate(STEPS):
            try:
                results.append(CheckResult(name, step(run)))
            except SelfCheckFailed:
                raise
            except Exception as exc:  # noqa: BLE001 - any failure here is what the check reports
                raise SelfCheckFailed(name, f"{type(exc).__name__}: {exc}") from exc
            if on_progress:
                on_progress(i + 1, len(STEPS))
    finally:
        run.close()
        if own:
            shutil.rmtree(work, ignore_errors=True)
    return results
