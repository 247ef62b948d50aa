"""The table's text filter: which records a search shows, in which order and how many.

The read side finds a search's first page and count in one reading of the table, or along
the sort column's index when many records match (`Reads.page`). Whichever way it goes, the
answer must be the plain query's: every searchable field, and the title of the record a
reference names, contains the text; `%` and `_` are plain characters; only live records.
SQLite's LIKE folds the case of Latin letters only, so Cyrillic text matches as typed
(lower case finds lower case); these tests hold that too, so a faster path cannot change
what a person sees.
"""

from __future__ import annotations

from typing import Any

import pytest

from bordertrack.services import records
from bordertrack.store import query
from bordertrack.store.query import Reads, View
from tests.gui_support import ctx, demo_store, demo_template  # noqa: F401

ORDERS: list[tuple[str, bool] | None] = [
    None,
    ("asset_tag", False),
    ("asset_tag", True),
    ("serial", False),
    ("notes", True),  # no index: always one reading of the table
    ("value", False),
]


def _item(store: Any, tag: str, **values: Any) -> str:
    return records.create(
        store, "equipment", {"asset_tag": tag, "category": "radio", "post": "DOS"} | values
    )


@pytest.fixture
def stocked(coordinator) -> dict[str, str]:
    """Items that each search below tells apart; many plain ones make "cam" match densely."""
    for code, name in (("CAM-1", "Surveillance camera"), ("RAD-1", "Handheld radio")):
        records.create(coordinator, "equipment_model", {"code": code, "name": name,
                                                        "category": "radio"})  # fmt: skip
    named = {
        "upper_latin": _item(coordinator, "CAMERA-0123", serial="S-1"),
        "by_model": _item(coordinator, "T-0001", model="CAM-1", value=5),
        "percent": _item(coordinator, "T-0002", serial="50%OFF"),
        "underscore": _item(coordinator, "T-0003", serial="A_B"),
        "no_underscore": _item(coordinator, "T-0004", serial="AxB", value=7),
        "cyr_upper": _item(coordinator, "T-0005", notes="Камера у ворот"),
        "cyr_lower": _item(coordinator, "T-0006", notes="камера сломана"),
        "edited": _item(coordinator, "T-0007", notes="camera spare"),
        "deleted": _item(coordinator, "T-0008", notes="camera gone"),
        "radio": _item(coordinator, "T-0009", model="RAD-1", value=1),
        "nul": _item(coordinator, "T-0010", serial="AB\x00CD", notes="after"),  # LIKE stops at NUL
        "separator": _item(coordinator, "T-0011", serial="x\x1fy"),
    }
    for i in range(40):
        post = "DOS" if i % 4 else "NAR"
        _item(coordinator, f"P-{i:04d}", model="CAM-1" if i % 3 else "RAD-1", value=i, post=post)
    records.update(coordinator, "equipment", named["edited"], {"notes": "lens replaced"})
    records.delete(coordinator, "equipment", named["deleted"])
    return named


def _page_agrees(reads: Reads, view: View, limit: int) -> list[str]:
    """`page` answers as the plain query (every id in order, then cut) does."""
    every = reads.ids(view)
    assert reads.page(view, limit) == (every[:limit], len(every)), (view, limit)
    assert reads.count(view) == len(every)
    return every


def test_a_search_finds_what_it_found_before(coordinator, stocked) -> None:
    reads = Reads(coordinator)
    ran: list[str] = []
    coordinator.conn.set_trace_callback(ran.append)
    found = {
        text: set(_page_agrees(reads, View("equipment", search=text), 200))
        for text in ("camera", "CAMERA", "0123", "%", "_", "A_B", "камера", "Камера", "КАМЕРА",
                     "lens", "zzz-no-match", "AB", "CD", "after", "x\x1fy", "\x1f", "1\x1fx")
    }  # fmt: skip
    coordinator.conn.set_trace_callback(None)
    assert sum("INDEXED BY" in sql for sql in ran) >= 10  # the search index answered
    s = stocked
    assert found["camera"] == found["CAMERA"]  # Latin letters in any case
    assert s["upper_latin"] in found["camera"] and s["by_model"] in found["camera"]
    assert s["edited"] not in found["camera"] and s["edited"] in found["lens"]  # as edited
    assert s["deleted"] not in found["camera"]  # live records only
    assert s["radio"] not in found["camera"]
    assert found["0123"] == {s["upper_latin"]}
    assert found["%"] == {s["percent"]}  # a plain character, not "anything"
    assert found["_"] == found["A_B"] == {s["underscore"]}
    assert found["камера"] == {s["cyr_lower"]}  # Cyrillic as typed
    assert found["Камера"] == {s["cyr_upper"]}
    assert found["КАМЕРА"] == set() and found["zzz-no-match"] == set()
    assert s["nul"] in found["AB"] and s["nul"] in found["after"] and s["nul"] not in found["CD"]
    assert found["x\x1fy"] == {s["separator"]}  # ("\x1f" alone is white space: no search)
    assert found["1\x1fx"] == set()  # never across two fields ("T-0011", "x\x1fy")


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("per_row", [1, 3, 10, 1000])
def test_every_way_to_the_first_page_gives_the_same_page_and_count(
    coordinator, stocked, monkeypatch, order, per_row
) -> None:
    """Small pages and prefixes make the search along the index succeed for dense
    searches and give up for sparse ones, and the sample of a table in an order no index
    gives find most or few records matching; every way must answer as the plain query."""
    monkeypatch.setattr(query, "PREFIX_PER_ROW", per_row)
    outcomes: list[bool] = []
    original = Reads._first_in_prefix

    def spy(self: Reads, *args: Any) -> list[str] | None:
        found = original(self, *args)
        outcomes.append(found is not None)
        return found

    monkeypatch.setattr(Reads, "_first_in_prefix", spy)
    dense: list[bool] = []
    sampled = Reads._matched_share

    def sample_spy(self: Reads, *args: Any) -> float:
        share = sampled(self, *args)
        dense.append(share > 0.5)
        return share

    monkeypatch.setattr(Reads, "_matched_share", sample_spy)
    reads = Reads(coordinator)
    for text in ("cam", "CAM", "camera", "T-", "P-00", "1", "_", "камера", "nothing"):
        view = View("equipment", search=text, order=order)
        for limit in (1, 2, 5, 200):
            _page_agrees(reads, view, limit)
        _page_agrees(reads, view.with_filter("post", "NAR"), 3)
    if order is None or order[0] in ("asset_tag", "serial"):
        assert True in outcomes and False in outcomes  # both ways were taken
        assert dense == []
    else:  # no index to walk: two passes when most records match, one otherwise
        assert outcomes == [] and True in dense and False in dense


def _shown(browser: Any) -> list[str]:
    model = browser.model
    return [model.record_id(row) for row in range(model.rowCount())]


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
@pytest.mark.parametrize("per_row", [1, 10])
def test_the_equipment_table_filters_as_before(ctx, qtbot, monkeypatch, per_row, language) -> None:  # noqa: F811
    """Through the real table, in each language: the rows shown, their order and the count
    under the table are the plain query's, for Latin, Cyrillic, digits and LIKE's own
    characters."""
    from bordertrack.gui.table_model import BLOCK
    from bordertrack.gui.table_view import EntityBrowser
    from tests.language_walk import in_language

    monkeypatch.setattr(query, "PREFIX_PER_ROW", per_row)
    with in_language(language):  # earlier tests' windows, their databases closed, are gone
        _filter_through_the_table(ctx, qtbot, BLOCK, EntityBrowser, language)


def _filter_through_the_table(
    app_ctx: Any, qtbot: Any, block: int, browser_class: Any, language: str
) -> None:
    store = app_ctx.store
    odd = app_ctx.write(lambda: _item(store, "ODD-1", serial="9%_9", notes="Камера, камера"))
    gone = app_ctx.write(lambda: _item(store, "ODD-2", notes="камера"))
    app_ctx.write(lambda: records.delete(store, "equipment", gone))
    browser = browser_class(app_ctx, "equipment")
    qtbot.addWidget(browser)
    browser.resize(1000, 500)
    browser.show()
    reads = Reads(store)
    for text in ("camera", "CAMERA", "0", "DOS", "9%", "%_", "_", "камера", "Камера", "zzz"):
        browser.search.setText(text)
        browser.apply_search()
        expected = reads.ids(View("equipment", search=text, order=browser.model.order))
        assert _shown(browser) == expected, text
        shown = browser.tr("{n} shown")
        assert (shown == "{n} shown") == (language == "en")  # the label is in the language
        assert browser.count_label.text() == shown.format(n=f"{len(expected):n}")
    for text, rows in (("9%", [odd]), ("%_", [odd]), ("камера", [odd]), ("Камера", [odd])):
        browser.search.setText(text)
        browser.apply_search()
        assert _shown(browser) == rows, text
    browser.search.setText("0")
    browser.apply_search()
    assert browser.model.rowCount() > block  # more than a page: the count is not the page's


def test_the_first_page_of_a_dense_search_is_read_along_an_index(coordinator) -> None:
    """For every table and every order `page` reads along an index, SQLite's plan does walk
    one: a table sort there would cost what the shortcut saves."""
    from bordertrack.domain.entities import ENTITIES
    from bordertrack.store.schema import indexed_fields

    seen: list[str] = []
    coordinator.conn.set_trace_callback(seen.append)
    try:
        for e in ENTITIES.values():
            for order in [None, *((f, True) for f in sorted(indexed_fields(e)))]:
                Reads(coordinator).page(View(e.name, search="x", order=order), 5)
    finally:
        coordinator.conn.set_trace_callback(None)
    probes = [sql for sql in seen if "LIMIT 50) AS" in sql]
    assert len(probes) == sum(len(indexed_fields(e)) + 1 for e in ENTITIES.values())
    for sql in probes:
        table = sql.split(" FROM ")[2].split()[0]
        plan = [r[3] for r in coordinator.conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
        walk = [p for p in plan if p.startswith(f"SCAN {table}")][0]
        assert "USING INDEX" in walk or "USING COVERING INDEX" in walk, (sql, plan)


def test_an_older_database_gains_the_search_index_and_finds_the_same(tmp_path, monkeypatch) -> None:
    """A file made before the search index gets it when opened, without refolding; a
    declaration whose searchable fields change gets a new one in place of the old; the
    answers are the plain query's throughout, and no listing of live records is planned
    through the index (a count may read it whole: it is smaller than the table)."""
    import dataclasses
    import shutil
    from pathlib import Path

    from bordertrack.domain.entities import ENTITIES
    from bordertrack.store.database import Store
    from bordertrack.store.schema import search_index

    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "coordinator-0.1.0.db", path)

    def check(store: Store) -> set[str]:
        reads = Reads(store)
        for text in ("EU", "eu-0001", "0", "camera", "radio", "zzz"):
            for order in (None, ("asset_tag", False), ("value", True)):
                _page_agrees(reads, View("equipment", search=text, order=order), 2)
        names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        for sql in (
            "SELECT id FROM equipment WHERE _deleted = 0 ORDER BY asset_tag, id LIMIT 50",
            "SELECT id FROM equipment WHERE _deleted = 0 AND post = 'DOS'",
        ):
            plan = " ".join(r[-1] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
            assert "__search" not in plan, (sql, plan)
        return {n for n in names if "__search" in n}

    last_step = (
        "SELECT added, refolded FROM schema_steps WHERE entity = 'equipment' ORDER BY step DESC"
    )
    with Store(path) as store:
        assert check(store) == {search_index(ENTITIES["equipment"])}
    old = ENTITIES["equipment"]
    fields = tuple(
        dataclasses.replace(f, searchable=True) if f.name == "status_reason" else f
        for f in old.fields
    )
    monkeypatch.setitem(ENTITIES, "equipment", dataclasses.replace(old, fields=fields))
    with Store(path) as store:
        assert check(store) == {search_index(ENTITIES["equipment"])} != {search_index(old)}
        assert store.conn.execute(last_step).fetchone() == ("[]", 0)  # an index, no refold
        store.conn.execute(f"DROP INDEX {search_index(ENTITIES['equipment'])}")
        assert check(store) == set()  # dropped by hand: the general path answers


def test_a_table_reshaped_by_an_upgrade_keeps_a_working_search_index(
    make_store, monkeypatch
) -> None:
    """Dropping a searchable field rebuilds the table (sqlite-utils cannot carry an index
    on an expression): the old search index goes with it and the new one is made."""
    import dataclasses

    from bordertrack.domain.entities import ENTITIES
    from bordertrack.store.database import Store
    from bordertrack.store.schema import search_index

    store = make_store()
    item = _item(store, "CAM-1", serial="S9", notes="hello")
    path = store.path
    store.close()
    old = ENTITIES["equipment"]
    fields = tuple(f for f in old.fields if f.name != "notes")
    monkeypatch.setitem(ENTITIES, "equipment", dataclasses.replace(old, fields=fields))
    with Store(path) as reopened:
        names = {r[0] for r in reopened.conn.execute("SELECT name FROM sqlite_master")}
        assert {n for n in names if "__search" in n} == {search_index(ENTITIES["equipment"])}
        reads = Reads(reopened)
        for text, found in (("cam", [item]), ("S9", [item]), ("hello", [])):
            assert _page_agrees(reads, View("equipment", search=text), 5) == found
