"""Bringing in hand-made Excel registers: messy sheets, Russian headers, duplicates, matching."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from bordertrack.domain.errors import BorderTrackError
from bordertrack.services import records
from bordertrack.services.register_import.apply import apply_plan, preview_register
from bordertrack.services.register_import.headers import guess_field
from bordertrack.services.register_import.reader import RegisterUnreadable
from bordertrack.store.database import Store


def _equipment_sheet(path: Path) -> Path:
    """A register as posts keep it: title, merged two-row headers, blank rows, text dates."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Реестр"
    ws["A1"] = "Реестр оборудования КПП Достук на 01.01.2025"
    ws.merge_cells("A1:H1")
    heads = {"A": "№ п/п", "B": "Инв. номер", "E": "Категория", "F": "Стоимость",
             "G": "Дата получения", "H": "Состояние"}  # fmt: skip
    for col, text in heads.items():
        ws[f"{col}3"] = text
        ws.merge_cells(f"{col}3:{col}4")
    ws["C3"] = "Оборудование"
    ws.merge_cells("C3:D3")
    ws["C4"], ws["D4"] = "Наименование", "Серийный номер"
    rows = [
        (1, "DOS-1001", "Motorola DP4400", "SN-AAA", "Радиостанция", "1 234,50", "05.03.2024", "в эксплуатации"),
        None,
        (2, "DOS-1002", "Laptop", 778899, "Computer", 900, dt.datetime(2024, 4, 1), "в ремонте"),
        (3, "DOS-1003", "Radio spare", "SN-AAA", "radio", 600, "06.03.2024", ""),
        (4, "DOS-1004", "Broken date", "SN-BBB", "Радиостанция", 100, "31.02.2024", ""),
        (5, "DOS-0001", "Known item", "SN-OLD", "Radio", 50, "", "списано"),
        None,
        (6, "DOS-1006", "Odd category", "SN-CCC", "Телепортер", 10, "", ""),
    ]  # fmt: skip
    r = 5
    for values in rows:
        if values:
            for c, v in enumerate(values, start=1):
                ws.cell(row=r, column=c, value=v)
        r += 1
    wb.save(path)
    return path


@pytest.fixture
def known(post_store: Store) -> Store:
    records.create(
        post_store, "equipment", {"asset_tag": "DOS-0001", "serial": "SN-OLD", "category": "radio"}
    )
    return post_store


def test_preview_reads_merged_russian_headers_and_reports_each_row(
    known: Store, tmp_path: Path
) -> None:
    plan = preview_register(known, _equipment_sheet(tmp_path / "reg.xlsx"), "equipment")
    assert plan.mapping["Инв. номер"] == "asset_tag"
    assert plan.mapping["Серийный номер"] == "serial"
    assert plan.mapping["Наименование"] == "model"
    assert plan.mapping["Дата получения"] == "received_date"
    by_row = {r.row: r for r in plan.rows}
    assert sorted(by_row) == [5, 7, 8, 9, 10, 12]  # blank rows dropped, sheet numbers kept
    first = by_row[5]
    assert first.action == "create"
    assert first.values["category"] == "radio" and first.values["value"] == 1234.5
    assert first.values["received_date"] == "2024-03-05" and first.values["status"] == "in_service"
    assert "Motorola DP4400" in first.values["notes"]
    model = next(c for c in plan.columns if c.field == "model")
    assert "not catalogue models" in model.note  # said once for the column, not per row
    assert by_row[7].values["serial"] == "778899" and by_row[7].values["status"] == "under_repair"
    assert by_row[8].action == "skip" and "also on row 5" in by_row[8].problems[0]
    assert by_row[9].action == "skip" and "31.02.2024" in by_row[9].problems[0]
    assert by_row[10].action == "update" and by_row[10].values == {
        "status": "written_off", "value": 50, "notes": "Known item",
    }  # fmt: skip
    odd = by_row[12]  # a category nobody declared: other, flagged for review, not refused
    assert odd.action == "create" and odd.values["category"] == "other"
    assert "Телепортер" in odd.review[0] and "Needs review: " in odd.values["notes"]
    assert plan.counts() == {"create": 3, "update": 1, "unchanged": 0, "skip": 2,
                             "not_item": 0, "review": 1}  # fmt: skip


def test_apply_writes_logged_edits_once_and_a_second_run_changes_nothing(
    known: Store, tmp_path: Path
) -> None:
    path = _equipment_sheet(tmp_path / "reg.xlsx")
    before = known.conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0]
    outcome = apply_plan(known, preview_register(known, path, "equipment"), operator="Aibek")
    assert (outcome.created, outcome.updated, outcome.failed) == (3, 1, [])
    tags = [r["asset_tag"] for r in records.list_records(known, "equipment")]
    assert sorted(tags) == ["DOS-0001", "DOS-1001", "DOS-1002", "DOS-1006"]
    assert len(records.list_records(known, "equipment", {"serial": "SN-AAA"})) == 1
    item = records.list_records(known, "equipment", {"asset_tag": "DOS-1001"})[0]
    assert item["post"] == "DOS"  # a post's new records belong to it
    assert known.conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0] > before
    history = records.history(known, "equipment", item["id"])
    assert {h.operator for h in history} == {"Aibek"}
    again = preview_register(known, path, "equipment")
    assert again.counts()["create"] == 0 and again.counts()["update"] == 0


def _people_sheet(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Список слушателей"])
    ws.append([])
    ws.append(["ФИО", "Пол", "Ведомство", "Звание", "Табельный номер", "Телефон"])
    ws.append(["Асанов Нурлан", "М", "Таможенная служба", "лейтенант", 10234, "+996 555 01"])
    ws.append(["Бекова Айгуль", "жен", "CUS", None, "10235", None])
    ws.append(["Smith John", "", "Customs", None, "10236", None])
    ws.append(["Дубль", "Ж", "CUS", None, 10234, None])
    wb.save(path)
    return path


def test_people_register_with_russian_headers(coordinator: Store, tmp_path: Path) -> None:
    records.create(
        coordinator, "agency", {"code": "CUS", "name": "Таможенная служба", "kind": "customs"}
    )
    plan = preview_register(coordinator, _people_sheet(tmp_path / "p.xlsx"), "people")
    assert set(plan.mapping.values()) >= {"full_name", "sex", "agency", "service_number", "phone"}
    rows = {r.row: r for r in plan.rows}
    assert rows[4].values["sex"] == "male" and rows[4].values["agency"] == "CUS"
    assert rows[4].values["service_number"] == "10234"
    assert rows[5].values["sex"] == "female"
    assert rows[6].action == "skip" and any("Sex" in p for p in rows[6].problems)
    assert rows[7].action == "skip" and "also on row 4" in rows[7].problems[0]
    outcome = apply_plan(coordinator, plan)
    assert outcome.created == 2
    assert {p["full_name"] for p in records.list_records(coordinator, "person")} == {
        "Асанов Нурлан", "Бекова Айгуль",
    }  # fmt: skip


def test_map_overrides_defaults_and_csv(coordinator: Store, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name;Col2;Gender\nAda Lovelace;X-1;F\n", encoding="utf-8")
    plan = preview_register(
        coordinator, path, "people", overrides={"Col2": "service_number", "C": "sex"},
        defaults={"kind": "trainee"},
    )  # fmt: skip
    assert plan.rows[0].values == {
        "full_name": "Ada Lovelace", "service_number": "X-1", "sex": "female", "kind": "trainee",
    }  # fmt: skip
    with pytest.raises(BorderTrackError, match="no column 'Nope'"):
        preview_register(coordinator, path, "people", overrides={"Nope": "sex"})
    with pytest.raises(BorderTrackError, match="has no field 'colour'"):
        preview_register(coordinator, path, "people", overrides={"Col2": "colour"})


def test_unreadable_files_get_a_clear_message(coordinator: Store, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(RegisterUnreadable, match="save it again as .xlsx"):
        preview_register(coordinator, bad, "equipment")
    old = tmp_path / "x.docx"
    old.write_bytes(b"x")
    with pytest.raises(RegisterUnreadable, match="is not a workbook"):
        preview_register(coordinator, old, "equipment")
    wb = Workbook()
    wb.save(tmp_path / "ok.xlsx")
    with pytest.raises(RegisterUnreadable, match="no sheet 'Other'"):
        preview_register(coordinator, tmp_path / "ok.xlsx", "equipment", sheet="Other")
    with pytest.raises(BorderTrackError, match="equipment or people"):
        preview_register(coordinator, tmp_path / "ok.xlsx", "course")


@pytest.mark.parametrize(
    ("header", "field"),
    [("Инв. №", "asset_tag"), ("S/N", "serial"), ("Ф.И.О.", "full_name"),
     ("Табельный №", "service_number"), ("Serial number of item", "serial")],
)  # fmt: skip
def test_header_guessing(header: str, field: str) -> None:
    entity = "person" if field in ("full_name", "service_number") else "equipment"
    assert guess_field(entity, header) == field


def test_a_zip_bomb_is_refused_before_parsing(coordinator: Store, tmp_path: Path) -> None:
    import zipfile

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))
    with pytest.raises(RegisterUnreadable, match="too large unpacked"):
        preview_register(coordinator, bomb, "equipment")
