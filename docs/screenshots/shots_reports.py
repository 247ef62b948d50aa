"""Pictures of the reports: each PDF's pages rendered with pdftoppm, the Reports screen's
pages and the register wizard grabbed offscreen, all from a fresh demo database.

Run `python docs/screenshots/shots_reports.py` (needs pdftoppm from poppler-utils for the
PDF pages); images land beside this script as report-*.png.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

HERE = Path(__file__).resolve().parent


def documents(store, out: Path) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    """Write one of each document (the demo's own acts of each kind); returns name -> PDF."""
    from bordertrack.services.reports.attendance_sheet import write_attendance_sheet
    from bordertrack.services.reports.certificate import write_certificate_pdf
    from bordertrack.services.reports.handover_pdf import write_handover_pdf
    from bordertrack.services.reports.labels_pdf import select_items, write_labels_pdf

    def act(prefix: str) -> str:
        return store.conn.execute(
            "SELECT id FROM handover_act WHERE number LIKE ?", (prefix + "%",)
        ).fetchone()[0]

    enrolment = store.conn.execute(
        "SELECT id FROM enrolment WHERE result = 'passed' ORDER BY id LIMIT 1").fetchone()[0]  # fmt: skip
    session = store.conn.execute(
        "SELECT session FROM enrolment GROUP BY session ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()[0]
    pdfs = {name: out / f"{name}.pdf" for name in
            ("handover-delivery-ru", "handover-transfer-en", "handover-issue-ky", "certificate",
             "certificate-duplicate-ru", "labels", "attendance-ru")}  # fmt: skip
    write_handover_pdf(store, act("UNODC-CCP/"), pdfs["handover-delivery-ru"], "ru")
    write_handover_pdf(store, act("DOS-KZA/"), pdfs["handover-transfer-en"], "en")
    write_handover_pdf(store, act("TOR-ISS/"), pdfs["handover-issue-ky"], "ky")
    write_certificate_pdf(store, enrolment, pdfs["certificate"], "en")
    write_certificate_pdf(store, enrolment, pdfs["certificate-duplicate-ru"], "ru")
    items = select_items(store, {"post": "KRS"}, lang="ru")[:21]
    write_labels_pdf(store, pdfs["labels"], items, lang="ru")
    write_attendance_sheet(store, session, pdfs["attendance-ru"], "ru")
    return pdfs


def render(pdfs: dict[str, Path]) -> None:
    if not shutil.which("pdftoppm"):
        print("pdftoppm not found (apt-get install poppler-utils); PDF pages not rendered")
        return
    for name, pdf in pdfs.items():
        target = HERE / f"report-{name}"
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(target)], check=True)  # fmt: skip
        print(f"{target}.png")


def donor_pages(xlsx: Path, tmp: Path) -> None:
    """The workbook as LibreOffice prints it (page setup included): the first page of the
    Summary, Projects and Works sheets."""
    from pypdf import PdfReader

    office = shutil.which("libreoffice") or shutil.which("soffice")
    if not office or not shutil.which("pdftoppm"):
        print("libreoffice or pdftoppm not found; donor report pages not rendered")
        return
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp),
                    str(xlsx)], check=True, capture_output=True)  # fmt: skip
    pdf = tmp / (xlsx.stem + ".pdf")
    texts = [page.extract_text() for page in PdfReader(str(pdf)).pages]
    for name, title in (("summary", "Donor report"), ("projects", "Projects and donors"),
                        ("works", "Infrastructure works")):  # fmt: skip
        page = next(i for i, t in enumerate(texts, start=1) if t.lstrip().startswith(title))
        target = HERE / f"report-donor-{name}"
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", str(page), "-l", str(page),
                        "-singlefile", str(pdf), str(target)], check=True)  # fmt: skip
        print(f"{target}.png")


def screens(store, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook
    from PySide6.QtWidgets import QApplication

    from bordertrack.gui.context import AppContext
    from bordertrack.gui.register_wizard import open_register_wizard
    from bordertrack.gui.screens.reports import ReportsScreen
    from bordertrack.gui.worker import ImmediateWorker

    app = QApplication.instance() or QApplication([])
    ctx = AppContext(store=store, worker=ImmediateWorker(), operator="A. Officer")
    screen = ReportsScreen(ctx)
    screen.resize(1140, 700)
    screen.show()
    for row, key in enumerate(("donor", "handover", "certificates")):
        screen.list.setCurrentRow(row)
        app.processEvents()
        screen.grab().save(str(HERE / f"report-screen-{key}.png"))
    wb = Workbook()
    ws = wb.active
    ws.append(["Реестр оборудования КПП Достук"])
    ws.append(["Инв. номер", "Серийный номер", "Наименование", "Категория", "Стоимость",
               "Дата получения", "Состояние"])  # fmt: skip
    ws.append(["DOS-9001", "Z-001", "Handheld radio DP4400", "Радиостанция", "610", "05.03.2024",
               "в эксплуатации"])  # fmt: skip
    ws.append(["DOS-9002", "Z-001", "Handheld radio DP4400", "Radio", 610, "05.03.2024", ""])
    ws.append(["DOS-9003", "Z-003", "Телепорт", "Телепорт", 5, "31.02.2024", ""])
    ws.append(["DOS-9004", "Z-004", "Rugged laptop 5420", "Компьютер", 2300, "06.03.2024",
               "в ремонте"])  # fmt: skip
    wb.save(tmp / "register.xlsx")
    wizard = open_register_wizard(ctx, "equipment")
    wizard.source.path.setText(str(tmp / "register.xlsx"))
    wizard.next()
    for _ in range(5):
        app.processEvents()
    wizard.columns.post.setCurrentIndex(wizard.columns.post.findData("DOS"))
    wizard.grab().save(str(HERE / "report-wizard-columns.png"))
    wizard.next()
    app.processEvents()
    wizard.grab().save(str(HERE / "report-wizard-preview.png"))
    wizard.close()


def main() -> int:
    from bordertrack.services.demo import build_demo
    from bordertrack.services.reports.donor import write_donor_report
    from bordertrack.store.database import Store

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        store = Store(tmp / "demo.db")
        build_demo(store)
        render(documents(store, tmp))
        write_donor_report(store, tmp / "donor.xlsx", "2025-01-01", "2025-12-31", lang="en")
        donor_pages(tmp / "donor.xlsx", tmp)
        screens(store, tmp)
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
