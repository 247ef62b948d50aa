"""Any workbook Excel or LibreOffice saves opens: Strict Open XML, .xls, .ods, .xlsb, CSV
in the encodings Excel writes, and every test workbook of python-calamine."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook

from bordertrack.domain.errors import BorderTrackError
from bordertrack.services.register_import.apply import preview_register
from bordertrack.services.register_import.reader import read_register
from bordertrack.store.database import Store
from tests.register_builders import convert, english_csv, to_strict

UPSTREAM = Path(__file__).parent / "fixtures" / "calamine"


def _padded_book(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Реестр"
    ws["A1"] = "Реестр оборудования"
    ws.merge_cells("A1:C1")
    ws.append(["Инв. №", "Серийный номер", "Категория"])
    ws.append([130, "SN-1", "Радиостанция"])
    ws.append([7, "SN-2", "Radio"])
    ws.append(["000131", "SN-3", "Radio"])
    ws["A3"].number_format = "000000"
    ws["A4"].number_format = '"INV-"0000'
    wb.save(path)
    return path


def test_a_number_shown_zero_padded_imports_as_shown(post_store: Store, tmp_path: Path) -> None:
    plan = preview_register(post_store, _padded_book(tmp_path / "r.xlsx"), "equipment")
    assert [r.values["asset_tag"] for r in plan.rows] == ["000130", "INV-0007", "000131"]


def test_strict_open_xml_opens_with_its_formats(post_store: Store, tmp_path: Path) -> None:
    strict = to_strict(_padded_book(tmp_path / "t.xlsx"), tmp_path / "strict.xlsx")
    sheet = read_register(strict)
    assert sheet.name == "Реестр" and sheet.rows[0] == ["Реестр оборудования"] * 3
    plan = preview_register(post_store, strict, "equipment")
    assert [r.values["asset_tag"] for r in plan.rows] == ["000130", "INV-0007", "000131"]
    assert [r.action for r in plan.rows] == ["create"] * 3


@pytest.fixture(scope="module")
def office_files(tmp_path_factory) -> dict[str, Path]:
    """The padded register saved by LibreOffice as .ods and .xls (when LibreOffice is here;
    otherwise the upstream .ods and .xls stand in, and only opening is checked)."""
    folder = tmp_path_factory.mktemp("office")
    src = _padded_book(folder / "reg.xlsx")
    out = {}
    for fmt in ("ods", "xls"):
        made = convert(src, fmt)
        out[fmt] = made if made else UPSTREAM / f"base.{fmt}"
    return out


@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_libreoffice_files_open(post_store: Store, office_files, fmt: str) -> None:
    path = office_files[fmt]
    sheet = read_register(path)
    assert sheet.rows
    if path.parent.name == fmt:  # made by LibreOffice from our register
        plan = preview_register(post_store, path, "equipment")
        tags = [r.values["asset_tag"] for r in plan.rows]
        assert tags[2] == "000131" and tags[0] == ("000130" if fmt == "ods" else "130")
        assert [r.values["category"] for r in plan.rows] == ["radio"] * 3


@pytest.mark.parametrize("encoding", ["cp1251", "utf-8-sig", "utf-8", "utf-16"])
def test_csv_in_the_encodings_excel_writes(encoding: str, tmp_path: Path) -> None:
    sheet = read_register(english_csv(tmp_path / "reg.csv", encoding))
    assert sheet.rows[0][0] == "Inventory No"  # no byte-order mark glued to the first header
    assert sheet.rows[3][-1] == "Кабинет 2"


@pytest.mark.parametrize("name", sorted(p.name for p in UPSTREAM.glob("*.x*") if p.is_file())
                         + sorted(p.name for p in UPSTREAM.glob("*.ods")))  # fmt: skip
def test_every_upstream_workbook_previews_or_says_one_line(
    post_store: Store, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    shutil.copy(UPSTREAM / name, path)
    before = post_store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]
    for entity in ("equipment", "people"):
        try:
            plan = preview_register(post_store, path, entity)
        except BorderTrackError as exc:
            text = str(exc)
            assert text and "\n" not in text and "Traceback" not in text, text
        else:
            assert plan.mapping and all(r.row >= 1 for r in plan.rows)
    assert post_store.conn.execute("SELECT count(*) FROM changes").fetchone()[0] == before


def test_password_and_empty_files_say_what_to_do(post_store: Store) -> None:
    for name, words in (("password.xlsx", "password"), ("empty_file.xlsx", "empty"),
                        ("password.xls", "password"), ("password.ods", "password")):  # fmt: skip
        with pytest.raises(BorderTrackError, match=words):
            preview_register(post_store, UPSTREAM / name, "equipment")
