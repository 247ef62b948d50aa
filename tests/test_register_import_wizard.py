"""The register wizard through its widgets: each column's outcome, the rows to review, holders
added as people, and a template that maps next month's register by itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from bordertrack.gui.register_wizard import open_register_wizard
from bordertrack.services import records
from tests.gui_support import demo_template, post_ctx, post_demo_store  # noqa: F401
from tests.register_builders import accountant_register


def _to_columns(qtbot, wizard, path: Path) -> None:
    wizard.source.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.columns)


def _combo(wizard, header: str):
    layout = wizard.layout
    return wizard.columns.combos[layout.headers.index(header)]


def _cells(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_columns_rows_to_review_and_holders(qtbot, post_ctx, tmp_path) -> None:  # noqa: F811
    wizard = open_register_wizard(post_ctx, "equipment")
    qtbot.addWidget(wizard)
    _to_columns(qtbot, wizard, accountant_register(tmp_path / "r.xlsx"))
    assert _combo(wizard, "Шифр счёта").currentText() == "(kept in the notes)"
    assert _combo(wizard, "№ п/п").currentText() == "(left out)"
    assert _combo(wizard, "Ответственное лицо").currentData() == "holder"
    assert not wizard.columns.template_note.isVisible()
    wizard.next()
    preview = wizard.preview
    headers = _cells(preview.columns, 0)
    becomes = dict(zip(headers, _cells(preview.columns, 1), strict=True))
    assert len(headers) == 9  # every column of the sheet is named
    assert becomes["№ п/п"] == "Left out" and becomes["Шифр счёта"] == "Kept in the notes"
    assert becomes["Ответственное лицо"] == "Holder" and becomes["Инв. №"] == "Asset tag"
    notes = dict(zip(headers, _cells(preview.columns, 2), strict=True))
    assert notes["Стоимость, USD"] == "amounts in USD"
    assert "1 to review" in preview.counts.text() and "6 rows not items" in preview.counts.text()
    preview.show.setCurrentIndex(preview.show.findData("review"))
    assert preview.model.rowCount() == 1
    assert preview.model.index(0, 1).data() == "New, to review"
    assert "Телепортер" in preview.model.index(0, 3).data()
    preview.show.setCurrentIndex(preview.show.findData("not_item"))
    assert preview.model.rowCount() == 6
    assert "totals" in " ".join(preview.model.index(r, 3).data() for r in range(6))
    assert preview.create_people.isVisible()
    assert "Бекова Айгуль" in preview.create_people.text()
    qtbot.mouseClick(preview.create_people, Qt.MouseButton.LeftButton)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page)
    text = wizard.result_page.summary.text()
    assert "5 records added" in text and "3 holders added" in text and "1 of them need" in text
    people = {p["full_name"] for p in records.list_records(post_ctx.store, "person")}
    assert {"Асанов Нурлан", "Бекова Айгуль", "Иванов И.И."} <= people


def test_a_kept_template_maps_the_next_register(qtbot, post_ctx, tmp_path) -> None:  # noqa: F811
    wizard = open_register_wizard(post_ctx, "equipment")
    qtbot.addWidget(wizard)
    _to_columns(qtbot, wizard, accountant_register(tmp_path / "march.xlsx"))
    code = _combo(wizard, "Шифр счёта")
    code.setCurrentIndex(code.findData("-"))
    holder = _combo(wizard, "Ответственное лицо")
    holder.setCurrentIndex(holder.findData("+"))
    wizard.columns.keep_template.setChecked(True)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page)
    assert "column choices are kept" in wizard.result_page.summary.text()
    item = records.list_records(post_ctx.store, "equipment", {"asset_tag": "000131"})[0]
    assert item["holder"] is None and "Ответственное лицо: Бекова Айгуль" in item["notes"]
    assert "Шифр счёта" not in item["notes"]

    april = open_register_wizard(post_ctx, "equipment")
    qtbot.addWidget(april)
    _to_columns(qtbot, april, accountant_register(tmp_path / "april.xlsx"))
    assert april.columns.template_note.isVisible()
    assert _combo(april, "Шифр счёта").currentText() == "(left out)"
    assert _combo(april, "Ответственное лицо").currentText() == "(kept in the notes)"
