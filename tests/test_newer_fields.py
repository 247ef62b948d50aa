"""A field the next release declares is not refused by this one: a bundle's changes to it
are kept in the log, relayed unchanged, applied to nothing and named in the report, and
they show once this device's declaration gains the field (docs/bundle-format.md)."""

from __future__ import annotations

import dataclasses

import pytest

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.fields import text
from bordertrack.services import records
from bordertrack.services.export import export_bundle
from bordertrack.services.import_bundle import import_bundle
from bordertrack.services.trust import my_card, trust_card
from bordertrack.store.database import Store

from .sync_helpers import enrol

NEWER = "name_tg"


def _newer_post() -> object:
    old = ENTITIES["post"]
    return dataclasses.replace(old, fields=(*old.fields, text(NEWER, "Name (Tajik)")))


def _log(store: Store, field: str) -> list[tuple]:
    return store.conn.execute(
        "SELECT origin, seq, hlc, record_id, value, prev FROM changes WHERE field = ? "
        "ORDER BY origin, seq",
        (field,),
    ).fetchall()


@pytest.fixture
def newer_sender(tmp_path, monkeypatch) -> Store:
    """A coordinator of the next release: its post declares name_tg; it set one."""
    with monkeypatch.context() as m:
        m.setitem(ENTITIES, "post", _newer_post())
        from bordertrack.services.device import init_device

        store = Store(tmp_path / "newer.db")
        init_device(store, "coordinator", None, "Newer HQ")
        records.create(store, "post", {"code": "DST", "name": "Dostuk", NEWER: "Достук"})
    yield store
    store.close()


def test_a_newer_field_is_kept_relayed_and_shown_after_an_upgrade(
    tmp_path, make_store, monkeypatch, newer_sender
) -> None:
    here = make_store("coordinator", name="HQ now")
    enrol(newer_sender, here)
    bundle = tmp_path / "newer.xlsx"
    export_bundle(newer_sender, bundle, to=here.device["id"])

    report = import_bundle(here, bundle)
    assert report.status == "applied", report.message
    assert report.newer_fields == {f"post.{NEWER}": 1}
    assert "from a newer version (post.name_tg)" in report.summary()
    (post,) = records.list_records(here, "post")
    assert (post["code"], post["name"]) == ("DST", "Dostuk")  # the rest is applied
    assert NEWER not in post
    sent = _log(newer_sender, NEWER)
    assert _log(here, NEWER) == sent  # kept in the log, as signed
    assert here.conn.execute("SELECT count(*) FROM conflicts").fetchone()[0] == 0

    # Relayed unchanged: a third current device receives it from this one.
    third = make_store("coordinator", name="Third")
    enrol(here, third)
    trust_card(third, my_card(newer_sender))
    relay = tmp_path / "relay.xlsx"
    export_bundle(here, relay, to=third.device["id"])
    assert import_bundle(third, relay).status == "applied"
    assert _log(third, NEWER) == sent

    # The upgrade: this device's declaration gains the field; the value appears.
    path = here.path
    here.close()
    monkeypatch.setitem(ENTITIES, "post", _newer_post())
    with Store(path) as upgraded:
        assert records.get(upgraded, "post", post["id"])[NEWER] == "Достук"


def test_a_record_known_only_by_a_newer_field_has_no_row_until_the_upgrade(
    tmp_path, make_store, monkeypatch, newer_sender
) -> None:
    """An edit of only a newer field, of a record this device has not received, makes
    no empty row; its creation arriving later shows the record whole."""
    (post,) = records.list_records(newer_sender, "post")
    with monkeypatch.context() as m:
        m.setitem(ENTITIES, "post", _newer_post())
        records.update(newer_sender, "post", post["id"], {NEWER: "Дустлик"})
    here = make_store("coordinator", name="HQ now")
    enrol(newer_sender, here)
    from bordertrack.store.apply import apply_changes
    from bordertrack.store.changes import Change

    (edit,) = newer_sender.conn.execute(
        "SELECT origin, seq, hlc, entity, record_id, field, value, prev, operator FROM changes "
        "WHERE field = ? AND value = 'Дустлик'",
        (NEWER,),
    ).fetchall()
    with here.transaction() as conn:
        apply_changes(conn, [Change(*edit)])
    assert records.list_records(here, "post") == []
    bundle = tmp_path / "all.xlsx"
    export_bundle(newer_sender, bundle, to=here.device["id"], full=True)
    assert import_bundle(here, bundle).status == "applied"
    (shown,) = records.list_records(here, "post")
    assert shown["name"] == "Dostuk"
