"""The declaration is the single source of what the table filters on, which columns lead,
which dates keep their order, which columns the store derives and what a new record
defaults to: change the declaration and every consumer follows, with no list of its own."""

from __future__ import annotations

import dataclasses

import pytest

from bordertrack.domain.entities import ENTITIES, Entity
from bordertrack.domain.errors import ValidationError
from bordertrack.domain.fields import Kind
from bordertrack.domain.validation import check, validate
from bordertrack.services import records
from bordertrack.store.schema import entity_columns
from tests.gui_support import demo_template, post_ctx, post_demo_store  # noqa: F401


def _with(monkeypatch, name: str, **fields_changed: dict) -> Entity:  # type: ignore[type-arg]
    """Entity `name` with some fields' attributes replaced, installed in ENTITIES."""
    e = ENTITIES[name]
    new = tuple(dataclasses.replace(f, **fields_changed.get(f.name, {})) for f in e.fields)
    changed = dataclasses.replace(e, fields=new)
    monkeypatch.setitem(ENTITIES, name, changed)
    return changed


@pytest.mark.parametrize("e", list(ENTITIES.values()), ids=list(ENTITIES))
def test_every_declared_rule_names_a_field_of_its_kind(e: Entity) -> None:
    names = set(e.field_names)
    assert set(e.lead) <= names
    for name in e.filter_fields:
        assert e.field(name).kind in (Kind.VOCAB, Kind.REF), name
    for start, end in e.date_pairs:
        assert {e.field(start).kind, e.field(end).kind} == {Kind.DATE}
    for name, value in e.defaults.items():
        assert check(e.field(name), value) == [], name
    for column, _sql in e.derived:
        assert column.startswith("_") and column not in names


def test_the_table_filters_on_the_declared_fields(qtbot, post_ctx, monkeypatch) -> None:  # noqa: F811
    from bordertrack.gui.table_view import EntityBrowser

    browser = EntityBrowser(post_ctx, "equipment")
    qtbot.addWidget(browser)
    assert list(browser.filters) == list(ENTITIES["equipment"].filter_fields)
    assert "model" not in browser.filters
    _with(monkeypatch, "equipment", model={"filter": True}, status={"filter": False})
    browser = EntityBrowser(post_ctx, "equipment")
    qtbot.addWidget(browser)
    assert "model" in browser.filters and "status" not in browser.filters


def test_lead_columns_come_from_the_declaration(monkeypatch) -> None:
    from bordertrack.gui.table_view import ordered_columns

    names = list(ENTITIES["equipment"].field_names)
    assert ordered_columns("equipment", names)[:4] == ["asset_tag", "status", "holder", "post"]
    monkeypatch.setitem(
        ENTITIES, "equipment", dataclasses.replace(ENTITIES["equipment"], lead=("serial",))
    )
    assert ordered_columns("equipment", names)[:2] == ["serial", "asset_tag"]


def test_date_order_follows_the_declaration(monkeypatch) -> None:
    values = {"code": "P1", "name": "P", "donor": "EU"}
    late_start = {**values, "start_date": "2026-05-01", "end_date": "2026-04-01"}
    with pytest.raises(ValidationError, match="before start_date"):
        validate(ENTITIES["project"], late_start, creating=True)
    facility = _with(monkeypatch, "facility", actual_start={"not_before": "planned_start"})
    assert ("planned_start", "actual_start") in facility.date_pairs
    early = {"planned_start": "2026-05-01", "actual_start": "2026-04-01"}
    with pytest.raises(ValidationError, match="before planned_start"):
        validate(facility, early, creating=False)
    project = _with(monkeypatch, "project", end_date={"not_before": None})
    validate(project, late_start, creating=True)  # no longer a rule


def test_derived_columns_come_from_the_declaration() -> None:
    e = ENTITIES["equipment"]
    assert ("_last_verified", "TEXT") in entity_columns(e)
    more = dataclasses.replace(e, derived=(*e.derived, ("_last_moved", "TEXT")))
    assert ("_last_moved", "TEXT") in entity_columns(more)


def test_the_editor_starts_a_new_record_with_the_declared_default(
    qtbot,
    post_ctx,  # noqa: F811
    monkeypatch,
) -> None:
    from bordertrack.gui.editor import RecordEditor

    _with(monkeypatch, "equipment", status={"default": "in_storage"})
    editor = RecordEditor(post_ctx, "equipment", None, {"post": "DOS"})
    qtbot.addWidget(editor, before_close_func=lambda w: setattr(w, "_dirty", False))
    assert editor.values()["status"] == "in_storage"


def test_a_new_record_takes_the_declared_default(coordinator, monkeypatch) -> None:
    item = {"asset_tag": "D-1", "category": "radio", "post": "DOS"}
    rid = records.create(coordinator, "equipment", item)
    assert records.get(coordinator, "equipment", rid)["status"] == "in_service"
    _with(monkeypatch, "equipment", status={"default": "in_storage"})
    rid = records.create(coordinator, "equipment", {**item, "asset_tag": "D-2"})
    assert records.get(coordinator, "equipment", rid)["status"] == "in_storage"
    _with(monkeypatch, "equipment", value={"default": 100.0})
    rid = records.create(coordinator, "equipment", {**item, "asset_tag": "D-3"})
    assert records.get(coordinator, "equipment", rid)["value"] == 100.0
