"""The bundle file format: round trips, re-saving without edits, and every kind of edit."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bordertrack.store.changes import Change
from bordertrack.sync import keys
from bordertrack.sync.bundle_errors import TamperedBundle
from bordertrack.sync.bundle_read import bundle_signer, read_bundle
from bordertrack.sync.bundle_write import write_bundle
from bordertrack.sync.bundle_xlsx import ExportCancelled
from tests.bundle_fixtures import (
    ITEM,
    OTHER,
    PRIVATE,
    PUBLIC,
    SENDER,
    TRICKY_TEXTS,
    header,
    tricky_changes,
    write,
)


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    path = tmp_path / "bundle.xlsx"
    write(
        path,
        devices=[
            {
                "id": OTHER,
                "name": "Trainer",
                "role": "trainer",
                "post": None,
                "public_key": keys.generate()[1],
            }
        ],
    )
    return path


def test_round_trip_gives_identical_changes_and_header(bundle: Path) -> None:
    read = read_bundle(bundle)
    expected = tricky_changes()
    assert read.changes == expected
    assert [type(c.value) for c in read.changes] == [type(c.value) for c in expected]
    h = header()
    assert (read.header.sender_id, read.header.sender_name, read.header.sender_post) == (
        h.sender_id,
        h.sender_name,
        h.sender_post,
    )
    assert read.header.vector == h.vector
    assert read.header.public_key == PUBLIC
    assert read.header.bundle_seq == 3 and read.header.prev_digest == "ab" * 32
    assert read.header.devices[0]["id"] == OTHER and len(read.header.devices[0]["public_key"]) == 32
    assert len(read.digest) == 64


def test_digest_is_stable_and_names_the_content(tmp_path: Path) -> None:
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert write(a) == write(b) == read_bundle(a).digest
    assert write(b, bundle_seq=4) != read_bundle(a).digest


def test_formula_like_text_is_never_a_formula(bundle: Path) -> None:
    with zipfile.ZipFile(bundle) as z:
        sheets = [z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")]
    assert not any(b"<f>" in s or b"<f " in s for s in sheets)
    book = openpyxl.load_workbook(bundle)
    texts = {c.value for row in book["Changes"].iter_rows() for c in row}
    for text in ("=1+2", "-5", "@x", "+7 555"):
        assert text in texts
    assert all(c.data_type != "f" for ws in book for row in ws.iter_rows() for c in row)


def test_resaved_by_openpyxl_still_verifies(bundle: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(bundle)
    resaved = tmp_path / "resaved.xlsx"
    book.save(resaved)
    assert read_bundle(resaved).changes == tricky_changes()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_resaved_by_libreoffice_still_verifies(bundle: Path, tmp_path: Path) -> None:
    out = tmp_path / "lo"
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(bundle),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    resaved = out / bundle.name
    assert resaved.read_bytes() != bundle.read_bytes()
    assert read_bundle(resaved).changes == tricky_changes()


def _edit(src: Path, dst: Path, sheet: str, cell: str, value: object) -> Path:
    book = openpyxl.load_workbook(src)
    book[sheet][cell] = value
    book.save(dst)
    return dst


@pytest.mark.parametrize(
    ("sheet", "cell", "value"),
    [
        ("Changes", "H2", "changed"),  # a value
        ("Changes", "C3", "1780000000000"),  # a clock stamp
        ("Changes", "G5", "i"),  # a type code
        ("Equipment", "B2", "DOS-9999"),  # a readable sheet
        ("Cover", "B3", "Someone else"),  # the cover
        ("Manifest", "B5", "Someone else"),  # the sender's name in the manifest
        ("Manifest", "B8", 3),  # same text, different type: a number
        ("Changes", "K2", "extra"),  # a cell beyond the last column
    ],
)
def test_any_edited_cell_fails(
    bundle: Path, tmp_path: Path, sheet: str, cell: str, value: object
) -> None:
    edited = _edit(bundle, tmp_path / "edited.xlsx", sheet, cell, value)
    with pytest.raises(TamperedBundle) as err:
        read_bundle(edited)
    assert "changed after it was signed" in str(err.value)


def test_edited_cell_names_the_sheet(bundle: Path, tmp_path: Path) -> None:
    edited = _edit(bundle, tmp_path / "edited.xlsx", "People", "B2", "Someone")
    with pytest.raises(TamperedBundle, match="sheet 'People' was edited"):
        read_bundle(edited)


def test_removed_row_fails(bundle: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(bundle)
    book["Changes"].delete_rows(5)
    book.save(tmp_path / "removed.xlsx")
    with pytest.raises(TamperedBundle):
        read_bundle(tmp_path / "removed.xlsx")


def test_reordered_rows_fail(bundle: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(bundle)
    ws = book["Changes"]
    row3 = [c.value for c in ws[3]]
    row4 = [c.value for c in ws[4]]
    for col, (a, b) in enumerate(zip(row3, row4, strict=True), start=1):
        ws.cell(3, col).value, ws.cell(4, col).value = b, a
    book.save(tmp_path / "reordered.xlsx")
    with pytest.raises(TamperedBundle):
        read_bundle(tmp_path / "reordered.xlsx")


def test_added_or_removed_sheet_fails(bundle: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(bundle)
    book.create_sheet("Notes")["A1"] = "hello"
    book.save(tmp_path / "added.xlsx")
    with pytest.raises(TamperedBundle, match="Notes"):
        read_bundle(tmp_path / "added.xlsx")
    book = openpyxl.load_workbook(bundle)
    del book["People"]
    book.save(tmp_path / "removed.xlsx")
    with pytest.raises(TamperedBundle, match="People"):
        read_bundle(tmp_path / "removed.xlsx")


def test_signed_by_another_key_than_named_fails(tmp_path: Path) -> None:
    other_private, _ = keys.generate()
    path = tmp_path / "b.xlsx"
    write_bundle(path, header(), tricky_changes(), other_private)
    with pytest.raises(TamperedBundle, match="Manifest"):
        read_bundle(path)


def test_signer_is_named_even_when_content_is_broken(bundle: Path, tmp_path: Path) -> None:
    edited = _edit(bundle, tmp_path / "edited.xlsx", "Changes", "H2", "changed")
    signer = bundle_signer(edited)
    assert signer is not None
    assert (signer.sender_id, signer.fingerprint) == (SENDER, keys.fingerprint(PUBLIC))
    assert bundle_signer(tmp_path / "missing.xlsx") is None


def test_readable_sheets_show_labels_and_latest_values(bundle: Path) -> None:
    book = openpyxl.load_workbook(bundle)
    ws = book["Equipment"]
    head = [c.value for c in ws[1]]
    row = dict(zip(head, [c.value for c in ws[2]], strict=True))
    assert row["Record id"] == ITEM
    assert row["Status"] == "In service"
    assert row["Notes"] == TRICKY_TEXTS[-1]  # the latest notes change
    assert row["Value"] == 12345678901234567 or row["Value"] == "12345678901234567"
    cover = {r[0].value: r[1].value for r in book["Cover"].iter_rows() if r[0].value}
    assert cover["Sender"] == "Post Dosti (laptop 1)"
    assert cover["Signing key fingerprint"] == keys.fingerprint(PUBLIC)
    assert cover["Equipment"] == 1  # one record of equipment


def test_progress_reaches_the_end(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    write_bundle(
        tmp_path / "b.xlsx",
        header(),
        tricky_changes(),
        PRIVATE,
        on_progress=lambda d, t: seen.append((d, t)),
    )
    assert seen and seen[-1][0] == seen[-1][1]
    read_seen: list[tuple[int, int]] = []
    read_bundle(tmp_path / "b.xlsx", on_progress=lambda d, t: read_seen.append((d, t)))
    assert read_seen[-1][0] == read_seen[-1][1]


def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    path = tmp_path / "b.xlsx"
    path.write_bytes(b"old")
    with pytest.raises(ExportCancelled):
        write_bundle(path, header(), tricky_changes(), PRIVATE, is_cancelled=lambda: True)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["b.xlsx"]


_cell_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200).filter(
    lambda s: s.strip() == s or True
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    texts=st.lists(_cell_text, min_size=1, max_size=5),
    numbers=st.lists(st.floats(allow_nan=False) | st.integers(-(2**63), 2**63 - 1), max_size=3),
)
def test_any_text_and_number_round_trip(tmp_path: Path, texts: list[str], numbers: list) -> None:
    changes = [
        Change(SENDER, i + 1, 10**17 + i, "equipment", ITEM, "notes", t, "", "")
        for i, t in enumerate(texts)
    ]
    changes += [
        Change(SENDER, 100 + i, 10**17 + 100 + i, "equipment", ITEM, "value", n, "", "")
        for i, n in enumerate(numbers)
    ]
    path = tmp_path / "prop.xlsx"
    write_bundle(path, header(), changes, PRIVATE)
    got = read_bundle(path).changes
    assert got == changes
    assert [type(c.value) for c in got] == [type(c.value) for c in changes]
