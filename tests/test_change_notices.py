"""One notification path: every commit says what it touched; the window refreshes exactly
the views that show it, with no hand-written "this changed" calls."""

from __future__ import annotations

import pytest

from bordertrack.services import records
from bordertrack.store.touched import Touched
from tests.gui_support import ctx, demo_store, demo_template  # noqa: F401

from .sync_helpers import deliver, enrol, make_bundle


def _listen(store) -> list[Touched]:
    heard: list[Touched] = []
    store.listeners.append(heard.append)
    return heard


def test_a_commit_reports_exactly_the_records_it_wrote(coordinator) -> None:
    heard = _listen(coordinator)
    rid = records.create(coordinator, "project", {"code": "P", "name": "P", "donor": "EU"})
    assert [t.records for t in heard] == [{"project": frozenset({rid})}]
    with coordinator.transaction():  # nested edits are one commit, one notice
        a = records.create(coordinator, "post", {"code": "A", "name": "A"})
        b = records.create(coordinator, "post", {"code": "B", "name": "B"})
    assert heard[-1].records == {"post": frozenset({a, b})} and len(heard) == 2


def test_a_rollback_reports_nothing_and_local_writes_say_so(coordinator) -> None:
    heard = _listen(coordinator)
    with pytest.raises(RuntimeError), coordinator.transaction():
        records.create(coordinator, "post", {"code": "A", "name": "A"})
        raise RuntimeError
    assert heard == []
    coordinator.set_setting("language", "ru")
    assert len(heard) == 1 and heard[0].local_only


def test_an_import_reports_its_records_and_a_dry_run_nothing(make_store, coordinator) -> None:
    post = make_store("post", "DOS")
    enrol(post, coordinator)
    rid = records.create(post, "equipment", {"asset_tag": "A", "category": "radio"})
    bundle = make_bundle(post)
    heard = _listen(coordinator)
    deliver(bundle, coordinator, dry_run=True)
    assert all(t.local_only for t in heard)
    deliver(bundle, coordinator)
    assert any(t.records.get("equipment") == frozenset({rid}) for t in heard)


def test_a_stock_check_touches_the_item_it_verifies(post_store) -> None:
    from bordertrack.store.touched import shown_with_refs

    item = records.create(post_store, "equipment", {"asset_tag": "A", "category": "radio"})
    heard = _listen(post_store)
    records.create(
        post_store,
        "stock_check",
        {"item": item, "post": "DOS", "checked_on": "2024-05-01", "result": "found"},
    )
    assert heard[-1].records["equipment"] == frozenset({item})
    assert "post" in shown_with_refs({"equipment"})  # a renamed post changes the table


def test_the_window_refreshes_exactly_the_views_a_commit_concerns(ctx, qtbot) -> None:  # noqa: F811
    from bordertrack.gui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    equipment = window.show_screen("equipment")
    window.screen("infrastructure")
    window.screen("dashboard")
    shown = equipment.browser.model.rowCount()
    window._stale.clear()
    records.create(
        ctx.store, "equipment", {"asset_tag": "NEW-1", "category": "radio", "post": "DOS"}
    )
    assert equipment.browser.model.rowCount() == shown + 1  # visible: refreshed now
    assert window._stale == {"dashboard"}  # figures change; the works screen does not
    window._stale.clear()
    facility = records.create(
        ctx.store,
        "facility",
        {"name": "Gate", "post": "DOS", "type": "fence", "status": "planned"},
    )
    assert facility and window._stale == {"dashboard", "infrastructure"}
    assert equipment.browser.model.rowCount() == shown + 1
