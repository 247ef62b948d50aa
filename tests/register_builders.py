"""Registers as posts and accountants really keep them, generated for the register import tests."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import zipfile
from pathlib import Path

from openpyxl import Workbook

_STRICT = (
    ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
     "http://purl.oclc.org/ooxml/spreadsheetml/main"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
     "http://purl.oclc.org/ooxml/officeDocument/relationships"),
    ("http://schemas.openxmlformats.org/drawingml/2006/main",
     "http://purl.oclc.org/ooxml/drawingml/main"),
)  # fmt: skip


def to_strict(src: Path, dst: Path) -> Path:
    """The same workbook as Excel's "Strict Open XML Spreadsheet" writes it (ISO namespaces)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.endswith((".xml", ".rels")):
                text = data.decode()
                for old, new in _STRICT:
                    text = text.replace(old, new)
                if item.filename == "xl/workbook.xml":
                    text = text.replace("<workbook ", '<workbook conformance="strict" ', 1)
                data = text.encode()
            zout.writestr(item, data)
    return dst


def convert(src: Path, fmt: str) -> Path | None:
    """LibreOffice's own file of `src` in `fmt` ('ods', 'xls'), or None when it is not installed."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return None
    out = src.parent / fmt
    out.mkdir(exist_ok=True)
    profile = src.parent / "lo-profile"
    subprocess.run(
        [office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
         "--outdir", str(out), str(src)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return out / f"{src.stem}.{fmt}"


ACCOUNTANT_ROWS = [
    # №, name, inventory number (a number shown 000130), serial, cost, date, holder, state
    (1, "Видеокамера нагрудная", 130, "BWC-0001", "1 234,50", "31.01.2024", "Асанов Нурлан", "исправно"),
    (2, "Радиостанция портативная", 131, "RD-0002", 850, 45325, "Бекова Айгуль", "в эксплуатации"),
    (3, "Бронежилет 4 класса", 132, "BA-0003", "2 100", "03.02.2024", "Иванов И.И.", "исправно"),
    (4, "Прочее", 133, "X-0004", "10,5", "04.02.2024", None, "неисправно"),
    (5, "Телепортер", 134, "X-0005", 99, "05.02.2024", None, "Good"),
]  # fmt: skip


def accountant_register(path: Path) -> Path:
    """A Russian accountant's register: title and subtitle, a column-number row, a section
    subtitle, an inventory number formatted 000000, cost in USD, a responsible person, an
    unmapped column, a row holding only its number, totals and signature lines."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Оборудование"
    ws["A1"] = "Инвентарная ведомость оборудования КПП Достук"
    ws.merge_cells("A1:I1")
    ws["A2"] = "по состоянию на 01.03.2024"
    heads = ["№ п/п", "Наименование", "Инв. №", "Заводской номер", "Стоимость, USD",
             "Дата поступления", "Ответственное лицо", "Состояние", "Шифр счёта"]  # fmt: skip
    ws.append([])
    ws.append(heads)  # row 4
    ws.append(list(range(1, len(heads) + 1)))  # row 5: 1 2 3 ... under the headers
    ws.append(["Раздел 1. Специальные средства"])  # row 6
    for values in ACCOUNTANT_ROWS:  # rows 7-11
        ws.append([*values, "0101"])
        ws.cell(row=ws.max_row, column=3).number_format = "000000"
    ws.append([6])  # row 12: a row holding only its number
    ws.append([None, "ИТОГО", None, None, "=SUM(E7:E11)"])  # row 13
    ws.append([None, "Материально ответственное лицо ____________ Асанов Н."])  # row 14
    ws.append([None, "Главный бухгалтер", None, "____________", "Подпись"])  # row 15
    wb.save(path)
    return path


def kyrgyz_register(path: Path) -> Path:
    """A register kept in Kyrgyz: Kyrgyz headers, category and state words."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Тизме"
    ws.append(["Жабдуулардын тизмеси"])
    ws.append(["№", "Аталышы", "Инвентардык номери", "Сериялык номери", "Абалы",
               "Алынган күнү", "Баасы, сом"])  # fmt: skip
    ws.append([1, "Радиостанция", "KG-001", "KY-1", "иштейт", "12.03.2024", "15 000"])
    ws.append([2, "Ноутбук", "KG-002", "KY-2", "бузук", "13.03.2024", "45 000,00"])
    ws.append([3, "Дүрбү", "KG-003", "KY-3", "иштейт", dt.datetime(2024, 3, 14), 5000])
    ws.append([None, "Жыйынтыгы", None, None, None, None, "65 000"])
    wb.save(path)
    return path


ENGLISH_CSV = (
    "Inventory No;Item;Serial No;Unit cost (USD);Date received;Condition;Holder;Remarks\n"
    "EN-001;Laptop Dell Latitude;DL-1;1,200.00;03/04/2024;Good;Ivanov Ivan;spare battery\n"
    "EN-002;Body armour vest;VA-2;650;12/31/2024;Damaged;;\n"
    "EN-003;Handheld radio;HR-3;300.5;01/15/2024;In service;;Кабинет 2\n"
    "Total;;;2150.50;;;;\n"
)


def english_csv(path: Path, encoding: str) -> Path:
    path.write_bytes(ENGLISH_CSV.encode(encoding))
    return path


MIXED_NAMES = ("Видеокамера нагрудная", "Радиостанция портативная", "Бронежилет 4 класса",
               "Ноутбук Dell", "Бинокль 12x50", "Генератор бензиновый", "Прочее", "Телепортер")  # fmt: skip
MIXED_STATES = ("исправно", "в эксплуатации", "неисправно", "в ремонте", "на складе", "Good",
                "списано", "непонятно", "")  # fmt: skip
MIXED_HOLDERS = ("Асанов Нурлан", "Иванов И.И.", "Бекова Айгуль", "Сотрудник 7", None, None)


def mixed_register(path: Path, rows: int, seed: int = 13) -> Path:
    """A large register with every kind of row the import meets, in a fixed random order:
    items to create, items already known (updated or unchanged), duplicate serials,
    unreadable dates and amounts, words that match nothing, known, unknown and ambiguous
    holders, another post's items, totals, subtitles, signatures and repeated headers.
    Known items are DOS-00001.. (see the bulk import test); their rows come every 10th."""
    import random

    from openpyxl.cell import WriteOnlyCell

    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Реестр")
    ws.append(["Реестр оборудования КПП Достук"])
    ws.append([])
    heads = ["№ п/п", "Наименование", "Категория", "Инв. №", "Заводской номер", "Проект",
             "Стоимость, USD", "Дата поступления", "Ответственное лицо", "Состояние", "Пост",
             "Примечание", "Шифр счёта"]  # fmt: skip
    ws.append(heads)
    for i in range(1, rows + 1):
        kind = rng.random()
        if i % 400 == 0:
            ws.append([None, "Итого по разделу", None, None, None, None, f"{i} 000,00"])
            ws.append(heads)  # the header repeated on a printed page
            continue
        if i % 777 == 0:
            ws.append([f"Раздел {i // 777}. Прочее имущество"])
            continue
        if i % 10 == 0:
            tag: object = f"DOS-{i // 10:05d}"
        else:
            tag = WriteOnlyCell(ws, value=100_000 + i)
            tag.number_format = "000000"
        serial = f"SN-{rng.randint(1, rows * 20):07d}" if kind > 0.02 else "SN-DUP"
        cost = rng.choice([f"{rng.randint(1, 99)} {rng.randint(100, 999)},{rng.randint(10, 99)}",
                           rng.randint(1, 5000), f"{rng.randint(1, 999)}.5", None])  # fmt: skip
        date = rng.choice([f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.20{rng.randint(15, 25)}",
                           42000 + rng.randint(0, 3000), dt.datetime(2023, rng.randint(1, 12), 1),
                           "5 марта 2024 г.", None])  # fmt: skip
        if kind > 0.96:
            cost, date = rng.choice([("нет", date), (cost, "31.02.2024")])
        category = rng.choice([None, None, "Радиостанция", "Прочее", "Телепортер", "radio"])
        post = rng.choice(["DOS"] * 8 + [None, "OSH"])
        ws.append([i, rng.choice(MIXED_NAMES), category, tag, serial, rng.choice([None, "EU-1"]),
                   cost, date, rng.choice(MIXED_HOLDERS), rng.choice(MIXED_STATES), post,
                   rng.choice([None, "на балансе", "без документов"]), "0101"])  # fmt: skip
    ws.append([None, "ИТОГО", None, None, None, None, "123 456,00"])
    ws.append([None, "Главный бухгалтер", None, "____________", "Подпись"])
    wb.save(path)
    return path
