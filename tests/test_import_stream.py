"""An import applied as it is read ends exactly where the whole read's import ends.

The streamed import (services/import_stream.py) applies a bundle a chunk at a time; the
whole read (import_bundle.read_verified + import_verified) holds it and applies it at
once. Both run here on copies of one database and one real bundle file, with chunks as
small as one change, so that records, edits and held changes fall across chunks: the
database (state, log with its accepted flags, conflicts) and the report must be the same.
What the stream does not take, it hands to the whole read, whose verdict stands.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bordertrack.domain.errors import BorderTrackError
from bordertrack.services import import_bundle, import_steps, import_stream
from bordertrack.services.dump import dump_json
from bordertrack.services.export import export_bundle
from bordertrack.services.import_bundle import ImportRefused, import_verified, read_verified
from bordertrack.store.database import Store
from bordertrack.sync import bundle_stream
from bordertrack.sync.bundle_errors import BundleError

from .sync_helpers import enrol
from .sync_world import World, op

LOG = (
    "SELECT origin, seq, hlc, entity, record_id, field, value, prev, operator, accepted "
    "FROM changes ORDER BY origin, seq"
)


def _copy(store: Store, path: Path) -> Store:
    target = sqlite3.connect(path)
    store.conn.backup(target)
    target.close()
    return Store(path)


def _state(store: Store) -> tuple:
    return (
        dump_json(store),
        store.conn.execute(LOG).fetchall(),
        store.conn.execute("SELECT * FROM conflicts ORDER BY id").fetchall(),
        store.conn.execute("SELECT id, role, post, status FROM devices ORDER BY id").fetchall(),
    )


def _report(report) -> dict:
    """Everything a report says, the preview's lines included."""
    return {
        **report.to_json(),
        "details": [line.to_json() for line in report.details],
        "details_total": report.details_total,
    }


def _both_ways(
    receiver: Store, bundle: Path, folder: Path, chunk: int, preview: bool = False
) -> tuple:
    """The receiver's state and report after the streamed import (chunks of `chunk`
    changes) and after the whole read's, each on a copy of it; with `preview`, after
    a preview each way (in Russian), which must leave the copies as they were."""
    streamed, whole = _copy(receiver, folder / "s.db"), _copy(receiver, folder / "w.db")
    lang = "ru" if preview else None
    try:
        with mock.patch.object(bundle_stream, "CHANGES_A_CHUNK", chunk):
            attempt = import_stream.import_streamed(streamed, bundle, preview_lang=lang)
        assert attempt.report is not None, "the streamed import stepped aside"
        report = import_verified(
            whole, read_verified(bundle), bundle.name, dry_run=preview, lang=lang
        )
        if preview:
            assert _state(streamed) == _state(whole) == _state(receiver)
        return (_state(streamed), _report(attempt.report)), (_state(whole), _report(report))
    finally:
        streamed.close()
        whole.close()


# A post keeps noting an item the coordinator moved away (held at the coordinator), then
# everything goes to the other coordinator: the moves and the notes are far apart in the
# sheet (rows are in (origin, seq) order), so chunks see the notes before the moves.
HELD_ACROSS_CHUNKS = [
    ("create", 2, 0),
    ("sync", 2, 0, False),
    ("note", 2, 0, 1),
    ("move", 0, 0),
    ("note", 2, 0, 2),
    ("sync", 2, 0, False),
    ("move", 0, 0),
    ("note", 2, 0, 3),
    ("sync", 2, 0, False),
    ("edit", 3, 0, 1),
    ("sync", 3, 0, False),
]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(HELD_ACROSS_CHUNKS, 1, (0, 1), True, False, False)
@example(HELD_ACROSS_CHUNKS, 2, (0, 1), False, False, True)
@given(
    st.lists(op, min_size=10, max_size=40),
    st.integers(1, 25),
    st.sampled_from([(0, 1), (2, 0), (4, 1), (1, 0)]),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_chunk_by_chunk_ends_where_the_whole_import_ends(
    ops: list[tuple], chunk: int, pair: tuple[int, int], full: bool, gather: bool, preview: bool
) -> None:
    """Any history of two coordinators, two posts and a trainer (edits, moves out of a
    post's scope, deletes, bundles lost and late), then one real bundle between two of
    them: streamed in chunks of 1 to 25 changes, the receiver ends as the whole read
    leaves it, and says the same. Without `gather`, every chunk is applied on its own,
    however many of its records earlier chunks met. A `preview` lists the same lines of
    what would change, and changes nothing."""
    no_backup = mock.patch.object(import_steps, "backup_before_import", lambda store, **kw: None)
    every_chunk = mock.patch.object(
        import_stream, "_mostly_met", import_stream._mostly_met if gather else lambda *a: False
    )
    with tempfile.TemporaryDirectory() as tmp, no_backup, every_chunk:
        folder = Path(tmp)
        world = World(folder)
        try:
            for operation in ops:
                world.run(operation)
            sender, receiver = (world.stores[i] for i in pair)
            path = folder / "bundle.xlsx"
            to = None if full else receiver.device["id"]
            export_bundle(sender, path, to=to, full=full)
            streamed, whole = _both_ways(receiver, path, folder, chunk, preview)
            assert streamed == whole
        finally:
            world.close()


@pytest.mark.parametrize(("chunk", "preview"), [(7, False), (300, False), (300, True)])
def test_a_demo_regions_bundle_chunk_by_chunk(tmp_path: Path, chunk: int, preview: bool) -> None:
    """The demo coordinator's whole region (posts, trainers, hand-overs, stock-takes,
    merges: 19,000 changes from many devices) into a new coordinator: a post's edits of an
    item arrive in chunks before the coordinator's changes that put the item at that post,
    and are held until they do; the end is the whole read's, nothing held."""
    from bordertrack.services.demo import build_demo
    from bordertrack.services.device import init_device
    from bordertrack.services.trust import my_card, trust_card

    demo = Store(tmp_path / "demo.db")
    build_demo(demo)
    path = tmp_path / "region.xlsx"
    export_bundle(demo, path, full=True)
    receiver = Store(tmp_path / "national.db")
    init_device(receiver, "coordinator", None, "national")
    trust_card(receiver, my_card(demo))
    try:
        with mock.patch.object(import_steps, "backup_before_import", lambda store, **kw: None):
            streamed, whole = _both_ways(receiver, path, tmp_path, chunk, preview)
        assert streamed == whole
        assert whole[1]["out_of_scope"] == 0 and whole[1]["new"] > 1000
        assert len(whole[1]["details"]) == 2000 or not preview  # the preview's lines, capped
    finally:
        receiver.close()
        demo.close()


def _post_bundle(make_store, tmp_path: Path, items: int, edits: int = 0) -> tuple[Store, Path]:
    """A coordinator that trusts a post, and the post's full bundle: `items` items, then
    `edits` notes written over them in turn (so that later rows edit earlier records)."""
    from bordertrack.services import records

    post, coordinator = make_store("post", "DOS"), make_store("coordinator")
    enrol(post, coordinator)
    ids = [
        records.create(
            post, "equipment", {"asset_tag": f"T{n}", "category": "radio", "post": "DOS"}
        )
        for n in range(items)
    ]
    for n in range(edits):
        records.update(post, "equipment", ids[n % items], {"notes": f"checked {n}"})
    path = tmp_path / "post.xlsx"
    export_bundle(post, path, full=True)
    return coordinator, path


def test_the_import_holds_one_chunk_at_a_time(make_store, tmp_path: Path, monkeypatch) -> None:
    """The changes reach the database in chunks of about CHANGES_A_CHUNK, never split
    inside a record's run of rows, and never all at once."""
    coordinator, path = _post_bundle(make_store, tmp_path, items=30)
    monkeypatch.setattr(bundle_stream, "CHANGES_A_CHUNK", 25)
    batches: list[list] = []
    real = import_stream.apply_changes

    def counted(conn, changes, **kw):
        batches.append(changes)
        return real(conn, changes, **kw)

    monkeypatch.setattr(import_stream, "apply_changes", counted)
    report = import_bundle.import_bundle(coordinator, path)
    assert report.status == "applied" and report.new == 30
    assert sum(map(len, batches)) == report.received
    assert len(batches) > 3
    assert all(len(b) <= 25 + 20 for b in batches)  # a chunk, and the rest of one record's run
    seen: set[str] = set()
    for batch in batches:
        records = {c.record_id for c in batch}
        assert not records & seen  # each item's creation whole in one chunk
        seen |= records


def test_chunks_that_edit_records_met_before_are_gathered(
    make_store, tmp_path: Path, monkeypatch
) -> None:
    """Rows that keep editing records applied already are applied together, not each
    chunk refolding the same records again; the report is that of one batch."""
    coordinator, path = _post_bundle(make_store, tmp_path, items=10, edits=200)
    monkeypatch.setattr(bundle_stream, "CHANGES_A_CHUNK", 20)
    sizes: list[int] = []
    real = import_stream.apply_changes

    def counted(conn, changes, **kw):
        sizes.append(len(changes))
        return real(conn, changes, **kw)

    monkeypatch.setattr(import_stream, "apply_changes", counted)
    report = import_bundle.import_bundle(coordinator, path)
    assert (report.new, report.updated, report.unchanged) == (10, 0, 0)
    assert max(sizes) >= 200  # the edits, gathered
    assert len(sizes) < report.received // 20


def _tampered(path: Path, out: Path) -> None:
    """The bundle with one value in the Changes sheet changed, the signature kept."""
    import zipfile

    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if b"<t>T7</t>" in data:
                data = data.replace(b"<t>T7</t>", b"<t>T8</t>", 1)
            dst.writestr(info, data)


def test_what_the_stream_does_not_take_gets_the_whole_reads_verdict(
    make_store, tmp_path: Path
) -> None:
    """A bundle edited after signing is refused in the whole read's words, and the
    database is as it was: the chunks applied before the digest was known are undone."""
    coordinator, path = _post_bundle(make_store, tmp_path, items=12)
    bad = tmp_path / "bad.xlsx"
    _tampered(path, bad)
    with pytest.raises(BundleError) as whole:
        read_verified(bad)
    before = _state(coordinator)
    with pytest.raises(BundleError) as streamed:
        import_bundle.import_bundle(coordinator, bad)
    assert str(streamed.value) == str(whole.value)
    assert "\n" not in str(streamed.value)
    assert _state(coordinator) == before


def test_a_repeat_says_so_as_before(make_store, tmp_path: Path) -> None:
    coordinator, path = _post_bundle(make_store, tmp_path, items=5)
    first = import_bundle.import_bundle(coordinator, path)
    again = import_bundle.import_bundle(coordinator, path)
    assert first.status == "applied" and again.status == "already_imported"
    assert again.received == first.received > 0  # what the file holds, counted as before
    assert "already imported" in again.message


def test_a_refused_sender_is_refused_in_the_same_words(make_store, tmp_path: Path) -> None:
    """A bundle from a device this one does not trust: the stream steps aside before
    writing anything, and the whole read refuses it as it always did."""
    _, path = _post_bundle(make_store, tmp_path, items=3)
    stranger = make_store("coordinator", name="stranger")
    before = _state(stranger)
    with pytest.raises(ImportRefused, match="does not trust"):
        import_bundle.import_bundle(stranger, path)
    assert _state(stranger) == before


def test_a_bundles_change_numbers_are_kept_as_runs() -> None:
    """Which held changes are the bundle's own is told from runs of its numbers, however
    the rows were ordered: a few runs for the writer's order, not a set of every id."""
    from bordertrack.services.import_tally import SeqRuns

    runs = SeqRuns()
    order = [1, 2, 3, 10, 11, 4, 7, 12]  # out of order, as another writer may put them
    runs.add([("a", n) for n in order] + [("b", 5)])  # (origin, seq, ...) as a Change
    assert [n for n in range(14) if ("a", n) in runs] == [1, 2, 3, 4, 7, 10, 11, 12]
    assert ("b", 5) in runs and ("b", 4) not in runs and ("c", 1) not in runs
    in_order = SeqRuns()
    in_order.add([("a", n) for n in range(1, 20_001)])
    assert in_order._runs == {"a": [[1, 20_000]]}


@pytest.mark.parametrize(
    ("ids", "size", "cut"),
    [
        ("abbc", 2, 1),  # b's run is not split: the chunk ends before it
        ("abcd", 2, 2),
        ("aaab", 2, 3),  # one record longer than a chunk is a chunk of its own
        ("aaaa", 2, 0),  # ... once its end is read
    ],
)
def test_a_chunk_ends_between_two_records(ids: str, size: int, cut: int, monkeypatch) -> None:
    monkeypatch.setattr(bundle_stream, "CHANGES_A_CHUNK", size)
    assert bundle_stream._cut(list(ids)) == cut


@pytest.mark.parametrize("first_cell", ["A1", "C3"])
def test_a_readable_sheet_is_digested_a_few_rows_at_a_time(
    tmp_path: Path, first_cell: str, monkeypatch
) -> None:
    """A readable sheet's digest, taken a few rows at a time, is that of all its rows from
    A1 (empty area included, so that rows pushed down or across still show as edited)."""
    import datetime as dt

    from openpyxl import Workbook
    from python_calamine import CalamineWorkbook

    from bordertrack.sync import bundle_calamine
    from bordertrack.sync.bundle_canonical import rows_digest

    book = Workbook()
    sheet = book.active
    start = sheet[first_cell]
    for r in range(7):
        for c, value in enumerate(["x", 5, 2.5, dt.date(2026, 1, r + 1), True, None, "é"]):
            if (r + c) % 4:
                sheet.cell(start.row + r, start.column + c, value)
    path = tmp_path / "sheet.xlsx"
    book.save(path)
    monkeypatch.setattr(bundle_calamine, "_ROWS_A_TIME", 3)
    read = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    whole = rows_digest(read.to_python(skip_empty_area=False))
    assert bundle_calamine._sheet_digest(read) == whole


# What a review of the chunked import found: each case imported in chunks of one record
# must end as the whole read ends it.


def _fixture_sender_trusted(make_store) -> Store:
    """A coordinator trusting the fixture sender (tests/bundle_fixtures.py), a post at DOS,
    so that hand-made signed bundles reach the import."""
    from . import bundle_fixtures as bf

    coordinator = make_store("coordinator")
    bf.trust_sender(coordinator, name="post DOS")
    return coordinator


def _item(seq: int, rid: str, hlc: int, prev: str = "") -> list:
    """The three changes that create an item at DOS, from the fixture sender."""
    from bordertrack.store.changes import Change

    from . import bundle_fixtures as bf

    fields = [("asset_tag", f"T{seq}"), ("category", "radio"), ("post", "DOS")]
    return [
        Change(bf.SENDER, seq + i, hlc, "equipment", rid, f, v, prev if i == 0 else "", "")
        for i, (f, v) in enumerate(fields)
    ]


def test_a_change_that_overwrote_one_in_a_later_chunk_is_judged(
    make_store, tmp_path: Path, monkeypatch
) -> None:
    """A change naming, as one it overwrote, a change stamped after it and read in a later
    chunk: refused as tampered, as the whole read refuses it, nothing imported."""
    from . import bundle_fixtures as bf

    coordinator = _fixture_sender_trusted(make_store)
    base = bf.BASE_HLC
    first = _item(1, "a0000000-0000-4000-8000-000000000001", base + 10, prev=f"{bf.SENDER}:6")
    changes = first + _item(4, "b0000000-0000-4000-8000-000000000002", base + 20)
    path = tmp_path / "forward.xlsx"
    bf.write(path, changes, vector={bf.SENDER: 6})
    with pytest.raises(BorderTrackError) as whole:
        import_verified(_copy(coordinator, tmp_path / "w.db"), read_verified(path), "w")
    monkeypatch.setattr(bundle_stream, "CHANGES_A_CHUNK", 1)
    before = _state(coordinator)
    with pytest.raises(BorderTrackError) as streamed:
        import_bundle.import_bundle(coordinator, path)
    assert str(streamed.value) == str(whole.value) and "tampered" in str(whole.value)
    assert _state(coordinator) == before


@pytest.mark.parametrize("repeated", [False, True])
def test_held_changes_are_listed_as_one_batch_lists_them(
    make_store, tmp_path: Path, monkeypatch, repeated: bool
) -> None:
    """A post's notes on two items the coordinator keeps at another post are held; they
    arrive in chunks in the bundle's order (the larger id first), one of them repeated at
    the end or not: listed once each, in the order of their records, as the whole read
    lists them."""
    from bordertrack.services import records
    from bordertrack.store.changes import Change

    from . import bundle_fixtures as bf

    coordinator = _fixture_sender_trusted(make_store)
    ids = sorted(
        records.create(
            coordinator, "equipment", {"asset_tag": f"K{n}", "category": "radio", "post": "AKJ"}
        )
        for n in range(2)
    )
    later = (coordinator.clock.wall() + 60_000) << 16  # after the items were made here
    notes = [
        Change(bf.SENDER, n + 1, later + n, "equipment", rid, "notes", f"n{n}", "", "")
        for n, rid in enumerate(reversed(ids))
    ]
    path = tmp_path / "held.xlsx"
    bf.write(path, notes + notes[:1] * repeated, vector={bf.SENDER: 2})
    monkeypatch.setattr(import_stream, "_mostly_met", lambda *a: False)  # each chunk alone
    streamed, whole = _both_ways(coordinator, path, tmp_path, 1)
    assert streamed == whole
    assert [h["record_id"] for h in whole[1]["held"]] == ids


def test_opposite_merges_count_as_one_batch_counts_them(
    make_store, tmp_path: Path, monkeypatch
) -> None:
    """Two coordinators merge the same two people in opposite directions; the region's
    bundle reaches a third coordinator in chunks of one record: the merges' records are
    counted as the whole read counts them (deleted, not updated)."""
    from bordertrack.services import records
    from bordertrack.services.duplicates import merge_duplicates

    c, d, e = (make_store("coordinator", name=n) for n in "cde")
    enrol(c, d)
    enrol(c, e)
    x = records.create(c, "person", {"full_name": "Asel", "sex": "female", "post": "DOS"})
    y = records.create(c, "person", {"full_name": "Asel B.", "sex": "female", "post": "DOS"})
    records.update(c, "person", x, {"rank": "Lt"})  # x's rows then span two chunks
    for other in (d, e):  # both hold the two people before the merges
        first = tmp_path / f"to_{other.device['name']}.xlsx"
        export_bundle(c, first, to=other.device["id"])
        import_bundle.import_bundle(other, first)
    merge_duplicates(c, "person", x, y)
    merge_duplicates(d, "person", y, x)
    back = tmp_path / "back.xlsx"
    export_bundle(d, back, to=c.device["id"])
    import_bundle.import_bundle(c, back)
    region = tmp_path / "region.xlsx"
    export_bundle(c, region, full=True)
    monkeypatch.setattr(import_stream, "_mostly_met", lambda *a: False)  # each chunk alone
    streamed, whole = _both_ways(e, region, tmp_path, 1)
    assert streamed == whole
    assert whole[1]["deleted"] == 2  # both tombstoned by the merges, whatever stays shown


def test_an_empty_coordinator_bundle_still_introduces_its_devices(
    make_store, tmp_path: Path
) -> None:
    from . import bundle_fixtures as bf

    coordinator = make_store("coordinator")
    bf.trust_sender(coordinator, role="coordinator", post=None, name="region")
    device = {
        "id": "d62e000000000001",
        "name": "Torugart",
        "role": "post",
        "post": "TOR",
        "public_key": bytes(range(32)),
    }
    path = tmp_path / "empty.xlsx"
    bf.write(path, [], sender_role="coordinator", devices=[device], vector={})
    streamed, whole = _both_ways(coordinator, path, tmp_path, 1)
    assert streamed == whole


def test_a_failure_after_the_commit_is_no_second_import(make_store, tmp_path: Path) -> None:
    """Once the import stands, an error after it (here the progress display) is raised as
    it is: the file is not read and imported a second time."""
    coordinator, path = _post_bundle(make_store, tmp_path, items=3)
    steps: list[int] = []

    def progress(step: int, _of: int) -> None:
        steps.append(step)
        if step == 3:
            raise RuntimeError("the progress dialog was closed")

    with pytest.raises(RuntimeError):
        import_bundle.import_bundle(coordinator, path, on_progress=progress)
    assert steps.count(1) == 1
    done = coordinator.conn.execute("SELECT status FROM import_log").fetchall()
    assert done == [("applied",)]


def test_a_refused_bundle_leaves_no_backup(make_store, tmp_path: Path) -> None:
    """A bundle edited after signing, imported again and again, is refused each time and
    leaves the backups as they were (none taken for it, none pushed out)."""
    from bordertrack.services.backup import create_backup, list_backups

    coordinator, path = _post_bundle(make_store, tmp_path, items=12)
    create_backup(coordinator, reason="manual")
    bad = tmp_path / "bad.xlsx"
    _tampered(path, bad)
    before = [b.id for b in list_backups(coordinator.path)]
    for _ in range(3):
        with pytest.raises(BundleError):
            import_bundle.import_bundle(coordinator, bad)
    assert [b.id for b in list_backups(coordinator.path)] == before
    import_bundle.import_bundle(coordinator, path)
    assert len(list_backups(coordinator.path)) == len(before) + 1
