"""Fuzzing the bundle reader, the import pipeline and the register importer with hypothesis.

Every input must end in a BorderTrackError or a valid result, never another exception,
and an error must leave the database exactly as it was. Bounded (max_examples, deadline)
so CI stays under a minute; the count of inputs tried is printed by tests/fuzz_report.py.
"""

from __future__ import annotations

import csv
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils.exceptions import IllegalCharacterError

from bordertrack.domain.errors import BorderTrackError
from bordertrack.services.device import init_device
from bordertrack.services.dump import dump_json
from bordertrack.services.import_bundle import import_verified
from bordertrack.services.register_import.apply import apply_plan, preview_register
from bordertrack.services.register_import.headers import SYNONYMS
from bordertrack.store.changes import Change
from bordertrack.store.database import Store
from bordertrack.sync.bundle_read import read_bundle

from . import bundle_fixtures as bf
from .fuzz_counts import ENDED, TRIED

pytest_plugins = ["tests.fuzz_report"]

FUZZ = settings(
    max_examples=200,
    deadline=3000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=False,
)
WORK = Path(tempfile.mkdtemp(prefix="bt-fuzz-"))


@pytest.fixture(scope="module", autouse=True)
def _remove_work_dir() -> Iterator[None]:
    """The hypothesis tests share one scratch folder (function fixtures do not mix with
    @given); it goes away with the module."""
    yield
    shutil.rmtree(WORK, ignore_errors=True)


@pytest.fixture(scope="module")
def receiver() -> Iterator[Store]:
    """A coordinator that trusts the fixture sender, so valid bundles reach the import."""
    store = Store(WORK / "receiver.db")
    init_device(store, "coordinator")
    bf.trust_sender(store, name="fuzz sender")
    yield store
    store.close()


@pytest.fixture(scope="module")
def real_bundle() -> bytes:
    path = WORK / "real.xlsx"
    bf.write(path)
    return path.read_bytes()


@contextmanager
def unchanged_on_error(store: Store) -> Iterator[None]:
    """Run an import; a BorderTrackError must leave the dump and integrity as they were."""
    before = dump_json(store)
    try:
        yield
        ENDED["valid result"] += 1
    except BorderTrackError as exc:
        ENDED["clear error"] += 1
        assert str(exc) and "\n" not in str(exc).strip()
        assert not store.conn.in_transaction
        assert dump_json(store) == before
    assert store.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def import_file(store: Store, path: Path) -> None:
    with (
        unchanged_on_error(store),
        mock.patch("bordertrack.services.import_steps.backup_before_import", return_value=None),
    ):
        bundle = read_bundle(path)
        import_verified(store, bundle, path.name)


@FUZZ
@given(
    edits=st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1, max_size=8),
    cut=st.one_of(st.none(), st.integers(0, 10**7)),
)
def test_bundle_bytes(receiver: Store, real_bundle: bytes, edits, cut) -> None:
    TRIED["bundle reader: mutated bytes"] += 1
    data = bytearray(real_bundle)
    for pos, byte in edits:
        data[pos % len(data)] = byte
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    path = WORK / "bytes.xlsx"
    path.write_bytes(bytes(data))
    import_file(receiver, path)


CELL_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        ["", "0", "-1", "1e308", "NaN", "null", "true", "=1+1", "equipment", "_deleted"]
    ),
    st.integers(-(2**70), 2**70).map(str),
)


@FUZZ
@given(data=st.data())
def test_bundle_sheet_cells(receiver: Store, real_bundle: bytes, data) -> None:
    """Replace the text of random cells inside each sheet's XML (values, shared strings)."""
    TRIED["bundle reader: mutated sheet cells"] += 1
    src = WORK / "cells-src.xlsx"
    src.write_bytes(real_bundle)
    with zipfile.ZipFile(src) as z:
        parts = [n for n in z.namelist() if n.endswith(".xml") and "sheet" in n]
    part = data.draw(st.sampled_from(parts))
    new = data.draw(CELL_TEXT)
    which = data.draw(st.integers(0, 500))

    def edit(xml: str) -> str:
        import re
        from xml.sax.saxutils import escape

        spots = list(re.finditer(r"<(t|v)(?: [^>]*)?>([^<]*)</\1>", xml))
        if not spots:
            return xml
        m = spots[which % len(spots)]
        return xml[: m.start(2)] + escape(new) + xml[m.end(2) :]

    path = WORK / "cells.xlsx"
    bf.rewrite_part(src, path, part, edit)
    import_file(receiver, path)


VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from(["in_service", "radio", "DOS", "2026-02-30", "female", bf.ITEM]),
)
FIELDS = st.sampled_from(
    ["asset_tag", "category", "status", "value", "notes", "post", "_deleted", "full_name", "x"]
)
ENTITIES = st.sampled_from(["equipment", "person", "course", "session", "nope"])


@FUZZ
@given(
    rows=st.lists(
        st.tuples(ENTITIES, st.sampled_from([bf.ITEM, bf.PERSON, "not-a-uuid"]), FIELDS, VALUES),
        min_size=1,
        max_size=12,
    ),
    seq_start=st.integers(1, 5),
)
def test_signed_bundles_of_random_changes(receiver: Store, rows, seq_start) -> None:
    """Properly signed bundles whose changes are arbitrary: the import decides, all or nothing."""
    TRIED["import: signed random changes"] += 1
    changes = [
        Change(bf.SENDER, seq_start + i, bf.BASE_HLC + i, ent, rid, fld, val, "", "fuzz")
        for i, (ent, rid, fld, val) in enumerate(rows)
    ]
    path = WORK / "signed.xlsx"
    try:
        bf.write(path, changes, bundle_seq=seq_start, prev_digest="")
    except BorderTrackError:
        return  # the writer itself refused (e.g. a value it cannot carry): a clear error
    import_file(receiver, path)


HEADERS = st.sampled_from(
    sorted({h for table in SYNONYMS.values() for names in table.values() for h in names})
    + ["", "Unknown", "№", "Итого"]
)
CELLS = st.one_of(
    st.none(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=25),
    st.sampled_from(["DOS", "radio", "м", "ж", "male", "2024-01-31", "31.01.2024", "исправно"]),
)


def _write_register(path: Path, rows: list[list]) -> None:
    if path.suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(rows)
        return
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append([c if not isinstance(c, str) else c.replace("\x00", "") for c in row])
    book.save(path)


@FUZZ
@given(
    entity=st.sampled_from(["equipment", "person"]),
    fmt=st.sampled_from([".csv", ".xlsx"]),
    header=st.lists(HEADERS, min_size=1, max_size=8),
    body=st.lists(st.lists(CELLS, max_size=9), max_size=12),
    blank_top=st.integers(0, 3),
)
def test_register_import_random_sheets(
    receiver: Store, entity, fmt, header, body, blank_top
) -> None:
    TRIED["register importer: random sheets"] += 1
    path = WORK / f"register{fmt}"
    rows = [[None]] * blank_top + [list(header)] + body
    try:
        _write_register(path, rows)
    except (ValueError, TypeError, IllegalCharacterError):
        return  # openpyxl refuses some characters; such a file cannot exist
    with unchanged_on_error(receiver):
        plan = preview_register(receiver, path, entity, defaults={"post": "DOS"})
        apply_plan(receiver, plan, operator="fuzz")


@FUZZ
@given(blob=st.binary(max_size=2000), fmt=st.sampled_from([".csv", ".xlsx", ".xlsm"]))
def test_register_import_random_files(receiver: Store, blob: bytes, fmt: str) -> None:
    TRIED["register importer: random files"] += 1
    path = WORK / f"blob{fmt}"
    path.write_bytes(blob)
    with unchanged_on_error(receiver):
        plan = preview_register(receiver, path, "equipment")
        apply_plan(receiver, plan)


def test_fuzz_counts_recorded(record_property) -> None:
    """Runs last in this module: the counts also go into the JUnit XML as properties."""
    for target, count in TRIED.items():
        record_property(target, count)
    assert sum(TRIED.values()) > 0
