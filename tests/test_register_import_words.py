"""What people write, read as the sheet means it: vocabulary words in three languages, dates
in either order, amounts with decimal commas, and rows that are not items."""

from __future__ import annotations

import datetime as dt

import pytest

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.vocabularies import VOCABULARIES, WORDS
from bordertrack.services.register_import.dates import (
    DAY_FIRST,
    MONTH_FIRST,
    decide,
    to_date,
    to_number,
)
from bordertrack.services.register_import.formats import padded_code, render
from bordertrack.services.register_import.headers import Layout, guess_field, header_currency
from bordertrack.services.register_import.rows import header_keys, not_an_item
from bordertrack.services.register_import.words import match, suggest


@pytest.mark.parametrize(
    ("text", "code"),
    [("Видеокамера нагрудная", "body_camera"), ("Радиостанция портативная", "radio"),
     ("Бронежилет 4 класса", "body_armor"), ("Прочее", "other"), ("Laptop", "computer"),
     ("Камера видеонаблюдения", "camera"), ("ПНВ-3", "night_vision"), ("Дүрбү", "binoculars"),
     ("Body-worn camera", "body_camera"), ("Ноутбук HP ProBook", "computer"),
     ("Cargo x-ray scanner", "xray"), ("Телепортер", None), ("Motorola DP4400", None)],
)  # fmt: skip
def test_item_names_give_the_category(text: str, code: str | None) -> None:
    assert match("equipment_category", text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("исправно", "in_service"), ("в эксплуатации", "in_service"), ("Good", "in_service"),
     ("Damaged", "broken"), ("неисправен", "broken"), ("иштейт", "in_service"),
     ("бузук", "broken"), ("списано", "written_off"), ("на складе", "in_storage"),
     ("Under repair", "under_repair"), ("утеряно", "lost"), ("нет данных", None)],
)  # fmt: skip
def test_status_words(text: str, code: str | None) -> None:
    assert match("equipment_status", text) == code


def test_every_vocabulary_value_declares_words_in_three_languages() -> None:
    for vocab, by_code in WORDS.items():
        assert set(by_code) == set(VOCABULARIES[vocab])
        for code, words in by_code.items():
            assert all(words.get(lang) for lang in ("en", "ru", "ky")), (vocab, code)
            for lang in ("en", "ru", "ky"):  # each word reads back as its own code
                assert all(match(vocab, w) == code for w in words[lang]), (vocab, code, lang)


def test_suggestions_are_in_the_persons_language() -> None:
    assert suggest("equipment_status", "brakon", "ru")[0] == "Неисправно (broken)"
    assert suggest("equipment_status", "brakon", "en")[0] == "Broken (broken)"


def test_header_synonyms_live_in_the_field_declarations() -> None:
    assert "ответственное лицо" in ENTITIES["equipment"].field("holder").headers
    assert guess_field("equipment", "Ответственное лицо") == "holder"
    assert guess_field("equipment", "Unit cost (USD)") == "value"
    assert guess_field("equipment", "Инвентардык номери") == "asset_tag"
    assert guess_field("person", "Аты-жөнү") == "full_name"
    assert header_currency("Стоимость, USD") == "USD"
    assert header_currency("Баасы, сом") == "KGS" and header_currency("Cost") is None


def test_day_and_month_decided_per_column() -> None:
    us = decide(["03/04/2024", "12/31/2024"])
    assert us.order == MONTH_FIRST and us.ambiguous == 1 and "12/31/2024" in us.reason
    assert to_date("03/04/2024", us.order) == dt.date(2024, 3, 4)
    ours = decide(["03.04.2024", "31.12.2024"])
    assert ours.order == DAY_FIRST and to_date("03.04.2024", ours.order) == dt.date(2024, 4, 3)
    unknown = decide(["03/04/2024", "05/06/2024"])
    assert unknown.order == DAY_FIRST and "no date says" in unknown.reason
    assert decide(["31.12.2024", "2024-01-05"]).reason.startswith("read day/month")
    assert decide(["2024-01-05", dt.date(2024, 1, 1)]).reason == ""


@pytest.mark.parametrize(
    ("cell", "date"),
    [(45325, "2024-02-03"), (45325.75, "2024-02-03"), ("5 марта 2024 г.", "2024-03-05"),
     ("March 5, 2024", "2024-03-05"), ("05-Mar-2024", "2024-03-05"), ("2024/03/05", "2024-03-05"),
     ("05.03.24", "2024-03-05"), (dt.datetime(2024, 3, 5, 10), "2024-03-05")],
)  # fmt: skip
def test_what_a_date_cell_shows(cell, date: str) -> None:
    assert to_date(cell).isoformat() == date


@pytest.mark.parametrize("cell", ["31.02.2024", 2994626.0, "soon", 12, True])
def test_not_dates(cell) -> None:
    with pytest.raises(ValueError):
        to_date(cell)


@pytest.mark.parametrize(
    ("cell", "number"),
    [("1 234,50", 1234.5), ("1\u00a0234,50", 1234.5), ("1.234,50", 1234.5), ("1,234.50", 1234.5),
     ("10,5", 10.5), ("$1,200", 1200), ("850 USD", 850), ("15 000 сом", 15000), (99, 99)],
)  # fmt: skip
def test_amounts(cell, number) -> None:
    assert to_number(cell) == number


def test_zero_padded_formats() -> None:
    assert padded_code("000000") == "000000" and padded_code("0.00") is None
    assert padded_code('"INV-"0000;-0') == '"INV-"0000' and padded_code("General") is None
    assert render(130, "000000") == "000130" and render(7, '"INV-"0000') == "INV-0007"
    assert render(1234567, "0000") == "1234567"


def _layout() -> Layout:
    headers = ["№ п/п", "Наименование", "Инв. №", "Стоимость"]
    return Layout(0, headers, {1: "model", 2: "asset_tag", 3: "value"}, set(), 4)


@pytest.mark.parametrize(
    ("cells", "why"),
    [([None, "ИТОГО", None, 5000], "totals"), ([None, "Всего по разделу:", None, 10], "totals"),
     (["Total", None, None, 10], "totals"), ([None, "Жыйынтыгы"], "totals"),
     ([None, "Главный бухгалтер", "________"], "signature"), ([None, "М.П."], "signature"),
     ([None, "Подпись ответственного"], "signature"), ([7], "only its number"),
     (["Раздел 2. Связь"] * 4, "subtitle"), ([None, "Средства связи"], "subtitle"),
     (["№ п/п", "Наименование", "Инв. №"], "header repeated"), ([1, 2, 3, 4], "column numbers")],
)  # fmt: skip
def test_rows_that_are_not_items(cells, why: str) -> None:
    layout = _layout()
    keys = header_keys(layout.headers)
    assert why in (not_an_item(cells, layout, keys) or "")


@pytest.mark.parametrize(
    "cells",
    [[1, "Радиостанция", "DOS-1", 100], [None, None, "DOS-2"], [None, "Итоговый радар", "DOS-3"],
     [2, "М. П. Асанов", "DOS-4"]],
)  # fmt: skip
def test_items_are_items(cells) -> None:
    layout = _layout()
    keys = header_keys(layout.headers)
    assert not_an_item(cells, layout, keys) is None
