"""Switching the interface language while the Reports screen is open switches the papers too:
each page's document language follows, and the files made afterwards are in the new words."""

from __future__ import annotations

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bordertrack.gui import translations
from bordertrack.gui.screens.certificate_page import CertificatePage
from bordertrack.gui.screens.report_pages import AttendancePage, DonorPage, HandoverPage
from bordertrack.gui.screens.reports import ReportsScreen
from bordertrack.services import records
from bordertrack.services.handover import create_handover
from tests.gui_support import ctx, demo_store, demo_template  # noqa: F401
from tests.language_walk import in_language


def _pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    return " ".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _open(screen: ReportsScreen, kind):  # type: ignore[no-untyped-def]
    page = screen.page(kind)
    screen.list.setCurrentRow(screen.pages.index(page))
    return page


def test_papers_follow_a_runtime_language_switch(qtbot, ctx, tmp_path):  # noqa: F811
    store = ctx.store
    ids = [r["id"] for r in records.list_records(store, "equipment", {"post": "DOS"}, limit=2)]
    act = {"number": "DOS-9", "act_date": "2026-11-20", "from_post": "DOS", "to_post": "KRS",
           "handed_by": "A", "received_by": "B"}  # fmt: skip
    create_handover(store, act, ids, transfer=False)
    with in_language("en") as app:
        screen = ReportsScreen(ctx)
        screen.show()
        pages = [screen.page(k) for k in (DonorPage, HandoverPage, CertificatePage, AttendancePage)]
        assert {p.language.currentData() for p in pages} == {"en"}
        translations.switch_language(app, store, "ru", ctx.write)  # what Settings does
        QApplication.processEvents()
        assert {p.language.currentData() for p in pages} == {"ru"}

        handover = _open(screen, HandoverPage)
        handover.act.setCurrentIndex(handover.act.findText("DOS-9", Qt.MatchFlag.MatchStartsWith))
        handover.ask_save_path = lambda *a: tmp_path / "act.pdf"
        qtbot.mouseClick(handover.save, Qt.MouseButton.LeftButton)
        assert "Акт приёма-передачи" in _pdf_text(tmp_path / "act.pdf")

        donor = _open(screen, DonorPage)
        donor.ask_save_path = lambda *a: tmp_path / "donor.xlsx"
        qtbot.mouseClick(donor.save, Qt.MouseButton.LeftButton)
        words = " ".join(load_workbook(tmp_path / "donor.xlsx").sheetnames)
        assert any("\u0400" <= ch <= "\u04ff" for ch in words), words

        certificates = _open(screen, CertificatePage)
        while certificates.people.count() == 0:
            certificates.session.setCurrentIndex(certificates.session.currentIndex() + 1)
        certificates.ask_folder = lambda: tmp_path
        qtbot.mouseClick(certificates.save, Qt.MouseButton.LeftButton)
        made = sorted(tmp_path.glob("*.pdf"))
        certificate = next(p for p in made if p.name != "act.pdf")
        assert "Check code" not in _pdf_text(certificate)  # the English paper says it

        translations.switch_language(app, store, "ky", ctx.write)
        QApplication.processEvents()
        assert {p.language.currentData() for p in pages} == {"ky"}
        qtbot.mouseClick(handover.save, Qt.MouseButton.LeftButton)
        handover_ky = _pdf_text(tmp_path / "act.pdf")
        assert "Акт приёма-передачи" not in handover_ky and "DOS-9" in handover_ky
        translations.switch_language(app, store, "en", ctx.write)
