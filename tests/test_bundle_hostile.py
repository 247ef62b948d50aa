"""Broken and hostile bundles: each gets its own typed error with a clear one-line message."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import openpyxl
import pytest

from bordertrack.domain.errors import BorderTrackError
from bordertrack.store.changes import Change
from bordertrack.sync.bundle_errors import (
    BadChange,
    BundleTooLarge,
    NewerFormat,
    NotABundle,
    OrdinaryWorkbook,
    UnsafeContent,
)
from bordertrack.sync.bundle_limits import Limits
from bordertrack.sync.bundle_read import read_bundle
from tests.bundle_fixtures import BASE_HLC, ITEM, SENDER, rewrite_part, sheet_part, write


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    path = tmp_path / "good.xlsx"
    write(path)
    return path


def _one_line(err: BorderTrackError) -> str:
    text = str(err)
    assert "\n" not in text and "Traceback" not in text
    return text


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "random.xlsx"
    path.write_bytes(os.urandom(5000))
    with pytest.raises(NotABundle, match="not an Excel"):
        read_bundle(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    with pytest.raises(NotABundle, match="empty") as err:
        read_bundle(path)
    _one_line(err.value)


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.95])
def test_truncated_file(bundle: Path, tmp_path: Path, keep: float) -> None:
    data = bundle.read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(NotABundle, match="damaged or truncated"):
        read_bundle(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(NotABundle, match="no file"):
        read_bundle(tmp_path / "nothing.xlsx")
    with pytest.raises(NotABundle, match="folder"):
        read_bundle(tmp_path)


def test_a_missing_file_asks_for_the_path_not_a_new_export(tmp_path: Path) -> None:
    with pytest.raises(NotABundle) as err:
        read_bundle(tmp_path / "пост #1" / "нет.xlsx")
    text = _one_line(err.value)
    assert "нет.xlsx" in text and "name and folder" in text and "export" not in text


def test_a_register_with_a_formula_is_told_apart_from_a_tampered_bundle(tmp_path: Path) -> None:
    """A post's own register sent to import: no tampering, and a fresh export would not help."""
    path = tmp_path / "ведомость.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Ведомость"
    book.active.append(["Инвентарный номер", "Стоимость"])
    book.active.append(["BOM-1", 10])
    book.active.append(["ИТОГО", "=SUM(B2:B2)"])
    book.save(path)
    with pytest.raises(OrdinaryWorkbook) as err:
        read_bundle(path)
    assert "import-register" in _one_line(err.value)
    book.active["B3"] = 10  # no formula: still a register, not a bundle missing one sheet
    book.save(path)
    with pytest.raises(OrdinaryWorkbook):
        read_bundle(path)


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("notes.txt", "hello")
    with pytest.raises(NotABundle):
        read_bundle(path)


def test_a_workbook_without_bundle_sheets(tmp_path: Path) -> None:
    path = tmp_path / "plain.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Cover"
    book.active["A1"] = "hello"
    book.save(path)
    with pytest.raises(NotABundle, match="sheet Changes is missing"):
        read_bundle(path)


def test_zip_bomb_is_refused_from_the_directory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (64 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(BundleTooLarge, match="compression ratio") as err:
        read_bundle(path)
    _one_line(err.value)


@pytest.mark.parametrize(
    ("limits", "what"),
    [
        (Limits(max_file_bytes=1000), "file size"),
        (Limits(max_entries=5), "number of parts"),
        (Limits(max_total_uncompressed=10_000), "unpacked size"),
        (Limits(max_entry_uncompressed=5_000), "unpacked size of"),
    ],
)
def test_zip_limits(bundle: Path, limits: Limits, what: str) -> None:
    with pytest.raises(BundleTooLarge, match=what):
        read_bundle(bundle, limits=limits)


def test_entity_bomb_is_refused_before_parsing(bundle: Path, tmp_path: Path) -> None:
    laughs = (
        '<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i else "&lol;" * 10}">' for i in range(9)
        )
        + "]>"
    )
    bomb = tmp_path / "laughs.xlsx"
    part = sheet_part(bundle, "Changes")
    rewrite_part(bundle, bomb, part, lambda x: x.replace("?>\n", "?>\n" + laughs, 1))
    with pytest.raises(UnsafeContent, match="DOCTYPE or ENTITY") as err:
        read_bundle(bomb)
    assert part in str(err.value)


def test_formula_in_a_data_cell_is_refused(bundle: Path, tmp_path: Path) -> None:
    bad = tmp_path / "formula.xlsx"

    def inject(xml: str) -> str:
        start = xml.index('<c r="H2"')
        end = xml.index("</c>", start) + 4
        return (
            xml[:start]
            + '<c r="H2"><f>HYPERLINK("http://evil","click")</f><v>0</v></c>'
            + xml[end:]
        )

    rewrite_part(bundle, bad, sheet_part(bundle, "Changes"), inject)
    with pytest.raises(UnsafeContent, match="formula in sheet 'Changes', cell H2"):
        read_bundle(bad)


def test_formula_typed_by_a_person_in_excel_is_refused(bundle: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(bundle)
    book["People"]["B2"] = "=1+2"  # openpyxl, like Excel, stores this as a formula
    book.save(tmp_path / "typed.xlsx")
    with pytest.raises(UnsafeContent, match="People"):
        read_bundle(tmp_path / "typed.xlsx")


def test_newer_format_version(tmp_path: Path) -> None:
    path = tmp_path / "v2.xlsx"
    write(path, format_version=2)
    with pytest.raises(NewerFormat, match="newer BorderTrack.*update BorderTrack to import it"):
        read_bundle(path)


def _change(field: str, value: object, **kw: object) -> Change:
    base = dict(
        origin=SENDER,
        seq=1,
        hlc=BASE_HLC,
        entity="equipment",
        record_id=ITEM,
        field=field,
        value=value,
        prev="",
        operator="",
    )
    base.update(kw)
    return Change(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_change("asset_tag", 5), "type 'i' is not allowed for equipment.asset_tag"),
        (_change("value", "a lot"), "type 's' is not allowed for equipment.value"),
        (_change("value", True), "type 'b' is not allowed"),
        (_change("asset_tag", "T" * 41), "asset_tag is 41 characters long, more than 40"),
        (_change("notes", "N" * 4001), "notes is 4001 characters long, more than 4000"),
        (_change("status", "borrowed"), "'borrowed' is not a code of status"),
        (_change("received_date", "31.03.2026"), "not a date like 2026-03-31"),
        (_change("received_date", "2026-02-30"), "not a date like 2026-03-31"),
        (_change("Colour!", "red"), "'equipment' has no field 'Colour!'"),
        (_change("_colour", "red"), "'equipment' has no field '_colour'"),
        (_change("colour", "C" * 4001), "colour is 4001 characters long, more than 4000"),
        (_change("colour", float("nan")), "colour is not a finite number"),
        (_change("name", "x", entity="spaceship"), "there is no entity 'spaceship'"),
        (
            _change("notes", "x", record_id="has spaces in it"),
            "record id 'has spaces in it' is malformed",
        ),
        (
            _change("notes", "x", origin="not a device!"),
            "origin 'not a device!' is not a device id",
        ),
        (_change("notes", "x", prev="yesterday"), "prev 'yesterday' is not a list of change ids"),
        (_change("notes", "x", prev=f"{SENDER}:0"), "is not a list of change ids"),
        (_change("_deleted", 2), "_deleted must be 0 or 1"),
        (_change("_merged_into", "two words"), "_merged_into 'two words' is not a record id"),
        (_change("notes", "x", operator="O" * 201), "operator name is longer than 200"),
    ],
)
def test_bad_changes_name_sheet_and_row(tmp_path: Path, change: Change, message: str) -> None:
    path = tmp_path / "bad.xlsx"
    good = _change("notes", "fine")
    write(path, [good, change._replace(seq=2)])
    with pytest.raises(BadChange) as err:
        read_bundle(path)
    text = _one_line(err.value)
    assert text.startswith("Sheet 'Changes', row 3: ")
    assert message in text


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_change("notes", "x", seq=0), "the seq '0' is not a positive whole number"),
        (_change("notes", "x", hlc=-5), "the hlc '-5' is not a clock stamp"),
        (_change("notes", "x", hlc=2**63), "the hlc '9223372036854775808' is not a clock stamp"),
    ],
)
def test_seq_and_stamp_must_be_numbers(tmp_path: Path, change: Change, message: str) -> None:
    path = tmp_path / "bad.xlsx"
    write(path, [change])
    with pytest.raises(BadChange, match="row 2: " + message):
        read_bundle(path)
