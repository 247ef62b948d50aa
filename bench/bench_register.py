"""Register import speed: a 20,000-row accountant's register (title rows, Russian headers,
inventory numbers shown 000130 by their format, text and serial dates, decimal commas,
holders, a totals row) read, previewed and applied on a post device, end to end.

Budget: at least 2,000 rows a second end to end (20,000 rows in under 10 s). `read_only` is
the time python-calamine alone takes to read the same sheet, so the import's own work shows
as a ratio. Run `python -m bench.bench_register [rows]`.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ROWS = 20_000
BUDGET_ROWS_PER_SECOND = 2_000
NAMES = ("Видеокамера нагрудная", "Радиостанция портативная", "Бронежилет 4 класса",
         "Ноутбук Dell", "Бинокль 12x50", "Генератор бензиновый", "Прочее")  # fmt: skip
STATES = ("исправно", "в эксплуатации", "неисправно", "в ремонте", "на складе")


def write_register(path: Path, rows: int, seed: int = 7) -> Path:
    """An accountant's register of `rows` items, written with openpyxl's fast writer."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Оборудование")
    ws.append(["Инвентарная ведомость оборудования"])
    ws.append([])
    ws.append(["№ п/п", "Наименование", "Инв. №", "Заводской номер", "Стоимость, сом",
               "Дата поступления", "Ответственное лицо", "Состояние", "Шифр счёта"])  # fmt: skip
    for i in range(1, rows + 1):
        tag = WriteOnlyCell(ws, value=100_000 + i)
        tag.number_format = "000000"
        day = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.20{rng.randint(15, 25)}"
        date = day if i % 3 else 42000 + rng.randint(0, 3000)
        cost = f"{rng.randint(1, 99)} {rng.randint(100, 999)},{rng.randint(10, 99)}"
        ws.append([i, rng.choice(NAMES), tag, f"SN-{i:07d}", cost, date,
                   f"Сотрудник {i % 50}", rng.choice(STATES), "0101"])  # fmt: skip
    ws.append([None, "ИТОГО", None, None, "123 456,00"])
    wb.save(path)
    return path


def measure(rows: int = ROWS) -> dict[str, float]:
    import python_calamine

    from bordertrack.services.device import init_device
    from bordertrack.services.register_import.apply import apply_plan, preview_register
    from bordertrack.store.database import Store

    with tempfile.TemporaryDirectory() as tmp:
        path = write_register(Path(tmp) / "register.xlsx", rows)
        start = time.perf_counter()
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        book.get_sheet_by_index(0).to_python(skip_empty_area=False)
        read_only = time.perf_counter() - start
        store = Store(Path(tmp) / "post.db")
        init_device(store, "post", "DOS", "bench")
        start = time.perf_counter()
        plan = preview_register(store, path, "equipment")
        previewed = time.perf_counter()
        outcome = apply_plan(store, plan)
        done = time.perf_counter()
        store.close()
    assert outcome.created == rows, (outcome.created, outcome.failed[:3])
    return {"read_only": read_only, "preview": previewed - start, "apply": done - previewed,
            "total": done - start}  # fmt: skip


def run() -> list[dict]:
    f = measure()
    print(
        f"register import: {ROWS / f['total']:,.0f} rows/s end to end "
        f"(preview {f['preview']:.2f} s, apply {f['apply']:.2f} s); bare calamine read "
        f"{ROWS / f['read_only']:,.0f} rows/s ({f['read_only']:.2f} s)"
    )
    return [
        {"what": f"register import {ROWS:,} rows (read+preview+apply)", "seconds": f["total"],
         "budget": ROWS / BUDGET_ROWS_PER_SECOND, "read_only": f["read_only"]},
    ]  # fmt: skip


def main(argv: list[str]) -> int:
    rows = int(argv[0]) if argv else ROWS
    f = measure(rows)
    print(f"rows: {rows:,}")
    for what, seconds in f.items():
        print(f"{what:<10} {seconds:6.2f} s  {rows / seconds:10,.0f} rows/s")
    return 0 if rows / f["total"] >= BUDGET_ROWS_PER_SECOND else 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
