"""The read side: one query object for the CLI and the window; the window runs no SQL and
never shows what the worker has not committed."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest

from bordertrack.domain.errors import UnknownField
from bordertrack.services import records
from bordertrack.store.query import LIVE, Reads, View, between
from tests.gui_support import ctx, demo_store, demo_template  # noqa: F401

from .sync_helpers import deliver, enrol, make_bundle

GUI = Path(__file__).resolve().parent.parent / "bordertrack" / "gui"
SQL_CALLS = {"execute", "executemany", "executescript", "conn", "cursor"}


def _sql_uses(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in SQL_CALLS:
            found.append(f"{path.name}:{node.lineno} .{node.attr}")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
            if any(
                n == "sqlite3" or n.startswith("sqlite3.") or n == "sqlite_utils" for n in names
            ):
                found.append(f"{path.name}:{node.lineno} imports sqlite")
    return found


def test_no_gui_module_runs_sql() -> None:
    """Screens ask the core (store.query, services.lookups); none holds a connection."""
    offenders = [hit for p in sorted(GUI.rglob("*.py")) for hit in _sql_uses(p)]
    assert offenders == []


def test_the_scan_finds_sql_where_there_is_some(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import sqlite3\ndef f(store):\n    return store.conn.execute('SELECT 1')\n")
    assert len(_sql_uses(bad)) == 3


def _items(store, n: int = 3) -> list[str]:
    return [
        records.create(
            store, "equipment", {"asset_tag": f"T-{i}", "category": "radio", "post": "DOS"}
        )
        for i in range(n)
    ]


def test_view_answers_ids_rows_counts_in_order(coordinator) -> None:
    ids = _items(coordinator, 4)
    records.update(coordinator, "equipment", ids[1], {"status": "lost", "status_reason": "x"})
    records.delete(coordinator, "equipment", ids[3])
    reads = Reads(coordinator)
    view = View("equipment", order=("asset_tag", True))
    assert reads.ids(view) == [ids[2], ids[1], ids[0]]  # the deleted one is not live
    assert reads.count(view) == 3
    lost = view.with_filter("status", "lost")
    assert reads.ids(lost) == [ids[1]] and reads.count(lost) == 1
    assert reads.ids(View("equipment", search="t-2")) == [ids[2]]
    rows = reads.rows("equipment", [ids[0], ids[3]], ("asset_tag",))
    assert rows == {ids[0]: ("T-0",), ids[3]: ("T-3",)}  # rows for ids, deleted included
    with pytest.raises(UnknownField):
        reads.ids(View("equipment", filters={"nope": 1}))


def test_period_condition_and_choices(coordinator) -> None:
    for code, name in (("B", "Beta"), ("A", "alpha"), ("C", "Gamma")):
        records.create(coordinator, "post", {"code": code, "name": name})
    records.delete(coordinator, "post", Reads(coordinator).find_live("post", "code", "C") or "")
    reads = Reads(coordinator)
    assert reads.choices("post") == [("A", "alpha"), ("B", "Beta")]
    assert reads.titles("post", ["A", "C", "Z"]) == {"A": "alpha", "C": "Gamma"}
    assert [k for k, _ in reads.suggest("post", "ET")] == ["B"]
    a = records.create(coordinator, "project", {"code": "P1", "name": "One", "donor": "EU"})
    records.update(coordinator, "project", a, {"start_date": "2024-03-01"})
    records.create(
        coordinator,
        "project",
        {"code": "P2", "name": "Two", "donor": "EU", "start_date": "2025-01-01"},
    )
    in_2024 = View("project").with_condition(
        "period", between("start_date", "2024-01-01", "2024-12-31")
    )
    assert reads.ids(in_2024) == [a]
    assert between("start_date", None, None) is None


def test_cli_list_and_service_list_are_the_same_view(coordinator) -> None:
    ids = _items(coordinator, 3)
    listed = records.list_records(coordinator, "equipment", {"asset_tag": "T-1"})
    assert [r["id"] for r in listed] == [ids[1]]
    assert listed == Reads(coordinator).rows_where(View("equipment", filters={"asset_tag": "T-1"}))


def test_live_rule_is_written_once() -> None:
    """`_deleted = 0` lives in store.query; the read side's own modules do not repeat it."""
    root = GUI.parent
    mine = [root / "store" / "query.py", root / "services" / "records.py", root / "services" / "dump.py",
            root / "services" / "lookups.py", *GUI.rglob("*.py")]  # fmt: skip
    repeats = [p.name for p in mine if p.read_text().count("_deleted = 0") > (p.name == "query.py")]
    assert repeats == [] and LIVE == "_deleted = 0"


def test_table_holds_ids_and_fetches_only_shown_rows(ctx, qtbot) -> None:  # noqa: F811
    from bordertrack.gui.table_model import BLOCK, SqlTableModel

    model = SqlTableModel(ctx.store, "equipment")
    total = Reads(ctx.store).count(View("equipment"))
    assert model.rowCount() == total > BLOCK
    assert len(model._blocks) == 0  # no row fetched before something is shown
    assert len(model._ids) == BLOCK  # only the first block's ids until a row past it is wanted
    last = model.index(total - 1, 0)
    assert model.data(last) not in (None, "")
    assert list(model._blocks) == [(total - 1) // BLOCK]
    assert len(model._ids) == total
    rid = model.record_id(total - 1)
    assert model.row_of(rid) == total - 1
    assert model.row_of("no such id") == -1


def test_dry_run_on_the_worker_never_shows_in_an_open_table(make_store, coordinator, qtbot) -> None:
    """An import preview runs in a transaction on the worker that rolls back; the window's
    table reads on its own connection and never shows the previewed records."""
    from bordertrack.gui.table_model import SqlTableModel
    from bordertrack.gui.worker import Worker
    from bordertrack.services import import_bundle

    post = make_store("post", "DOS")
    enrol(post, coordinator)
    _items(post, 2)
    bundle = make_bundle(post)
    model = SqlTableModel(coordinator, "equipment")
    assert model.rowCount() == 0
    inside, release = threading.Event(), threading.Event()
    original = import_bundle._apply

    def paused_apply(*args, **kw):  # the preview has written its rows, not yet rolled back
        original(*args, **kw)
        inside.set()
        assert release.wait(10)

    import_bundle._apply = paused_apply
    worker = Worker()
    try:
        task = worker.submit(lambda _p, _c: deliver(bundle, coordinator, dry_run=True))
        assert inside.wait(10)
        model.refresh()
        shown_during = model.rowCount()
        release.set()
        qtbot.waitUntil(lambda: task.result is not None or task.error is not None)
    finally:
        release.set()
        worker.wait()
        import_bundle._apply = original
    assert task.error is None and task.result.status == "preview"
    assert {d.kind for d in task.result.details} == {"new"}  # the lines it would add…
    assert shown_during == 0  # …never in the open table
    model.refresh()
    assert model.rowCount() == 0
    deliver(bundle, coordinator)  # the real import shows
    model.refresh()
    assert model.rowCount() == 2
