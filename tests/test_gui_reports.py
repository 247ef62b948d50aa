"""The Reports screen and the register wizard through their widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from bordertrack.gui.register_model import PlanModel
from bordertrack.gui.register_wizard import open_register_wizard
from bordertrack.gui.screens.certificate_page import CertificatePage
from bordertrack.gui.screens.report_pages import DonorPage, HandoverPage, LabelsPage
from bordertrack.gui.screens.reports import RegisterPage, ReportsScreen
from bordertrack.services import records
from bordertrack.services.handover import create_handover
from tests.gui_support import ctx, demo_store, demo_template, post_ctx, post_demo_store  # noqa: F401
from tests.language_walk import in_language


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):  # type: ignore[no-untyped-def]
    """An error box would wait for a click that never comes; fail with its text instead."""

    def fail(_parent, _title, text, *a, **k):  # type: ignore[no-untyped-def]
        raise AssertionError(f"message box: {text}")

    monkeypatch.setattr(QMessageBox, "warning", fail)


def _screen(qtbot, ctx) -> ReportsScreen:  # noqa: F811
    screen = ReportsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1140, 700)
    screen.show()
    return screen


def _open(screen: ReportsScreen, kind):  # type: ignore[no-untyped-def]
    page = screen.page(kind)
    screen.list.setCurrentRow(screen.pages.index(page))
    return page


def test_coordinator_sees_every_report_and_makes_the_donor_workbook(qtbot, ctx, tmp_path) -> None:  # noqa: F811
    screen = _screen(qtbot, ctx)
    titles = [screen.list.item(i).text() for i in range(screen.list.count())]
    assert titles == ["Donor report", "Hand-over act", "Certificates", "Attendance sheet",
                      "Asset labels", "Import an existing register"]  # fmt: skip
    page = _open(screen, DonorPage)
    page.project.setCurrentIndex(page.project.findData("BOMCA10"))
    out = tmp_path / "donor.xlsx"
    page.ask_save_path = lambda *a: out
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert out.exists() and "Equipment" in load_workbook(out).sheetnames
    assert str(out) in page.status.text() and page.open_button.isVisible()
    page.language.setCurrentIndex(page.language.findData("ru"))
    qtbot.keyClicks(page.convert_to, "EUR")
    qtbot.keyClicks(page.rates, "USD=0,9")
    ru = tmp_path / "donor-ru.xlsx"
    page.ask_save_path = lambda *a: ru
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    summary = load_workbook(ru)["Сводка"]
    assert any(row[0] == "1 USD = 0.9 EUR" for row in summary.iter_rows(values_only=True))


def test_post_prints_an_act_and_labels(qtbot, post_ctx, tmp_path) -> None:  # noqa: F811
    store = post_ctx.store
    ids = [r[0] for r in store.conn.execute("SELECT id FROM equipment WHERE post='DOS' LIMIT 4")]
    act = {"number": "DOS-7", "act_date": "2026-11-20", "from_post": "DOS", "to_post": "KRS",
           "handed_by": "A", "received_by": "B"}  # fmt: skip
    create_handover(store, act, ids, transfer=False)
    screen = _screen(qtbot, post_ctx)
    assert screen.page(DonorPage) is None and screen.page(CertificatePage) is None
    page = _open(screen, HandoverPage)
    assert page.act.currentText().startswith("DOS-7")
    page.language.setCurrentIndex(page.language.findData("ru"))
    page.ask_save_path = lambda *a: tmp_path / "act.pdf"
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert (
        "Акт приёма-передачи оборудования № DOS-7"
        in PdfReader(str(tmp_path / "act.pdf")).pages[0].extract_text()
    )
    assert "4" in page.status.text()
    labels = _open(screen, LabelsPage)
    assert labels.post.currentData() == "DOS"
    labels.item_status.setCurrentIndex(labels.item_status.findData("in_service"))
    labels.ask_save_path = lambda *a: tmp_path / "labels.pdf"
    qtbot.mouseClick(labels.save, Qt.MouseButton.LeftButton)
    count = len(records.list_records(store, "equipment", {"post": "DOS", "status": "in_service"}))
    assert f"{count} labels" in labels.status.text()


def test_certificates_for_a_session_and_the_code_check(qtbot, ctx, tmp_path) -> None:  # noqa: F811
    screen = _screen(qtbot, ctx)
    page = _open(screen, CertificatePage)
    while page.people.count() == 0:
        page.session.setCurrentIndex(page.session.currentIndex() + 1)
    numbers = [
        page.people.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(page.people.count())
    ]
    page.ask_folder = lambda: tmp_path
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert sorted(p.stem for p in tmp_path.glob("*.pdf")) == sorted(numbers)
    text = PdfReader(str(tmp_path / f"{numbers[0]}.pdf")).pages[0].extract_text()
    code = text.split("Check code: ")[1].split()[0]
    qtbot.keyClicks(page.number, numbers[0])
    qtbot.keyClicks(page.code, code)
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    assert page.verdict.text().startswith("Valid:")
    page.code.setText(code[:-1] + ("A" if code[-1] != "A" else "B"))
    qtbot.mouseClick(page.check, Qt.MouseButton.LeftButton)
    assert "altered" in page.verdict.text()


def _register(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Реестр оборудования"])
    ws.append(["Инв. номер", "Серийный номер", "Категория", "Стоимость", "Примечание"])
    ws.append(["DOS-9001", "Z-1", "Радиостанция", "1 000", "new"])
    ws.append(["DOS-9002", "Z-1", "Radio", 5, "duplicate serial"])
    ws.append(["DOS-9003", "Z-3", "Flying carpet", 5, ""])
    wb.save(path)
    return path


def test_register_wizard_previews_then_imports(qtbot, post_ctx, tmp_path) -> None:  # noqa: F811
    screen = _screen(qtbot, post_ctx)
    page = _open(screen, RegisterPage)
    changed = []
    post_ctx.signals.data_changed.connect(changed.append)
    qtbot.mouseClick(page.start, Qt.MouseButton.LeftButton)
    wizard = page.wizard  # a child of the screen: closed with it
    assert wizard.source.entity.currentData() == "equipment"
    wizard.source.path.setText(str(_register(tmp_path / "reg.xlsx")))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.columns)
    chosen = [c.currentData() for c in wizard.columns.combos]
    assert chosen == ["asset_tag", "serial", "category", "value", "notes"]
    wizard.next()
    preview = wizard.preview
    assert preview.plan is not None and preview.isComplete()
    assert "2 new" in preview.counts.text() and "1 not imported" in preview.counts.text()
    preview.show.setCurrentIndex(preview.show.findData("skip"))
    assert preview.model.rowCount() == 1
    problems = preview.model.index(0, 3).data()
    assert "also on row 3" in problems
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page)
    assert "2 records added" in wizard.result_page.summary.text()
    assert records.list_records(post_ctx.store, "equipment", {"asset_tag": "DOS-9001"})
    assert "equipment" in changed


def test_plan_model(qtmodeltester, post_ctx, tmp_path) -> None:  # noqa: F811
    from bordertrack.services.register_import.apply import preview_register

    model = PlanModel()
    plan = preview_register(post_ctx.store, _register(tmp_path / "r.xlsx"), "equipment")
    model.set_rows(plan.rows, plan.entity)
    qtmodeltester.check(model)


def test_wizard_opens_for_people_from_elsewhere(qtbot, ctx) -> None:  # noqa: F811
    wizard = open_register_wizard(ctx, "person")
    qtbot.addWidget(wizard)
    assert wizard.source.entity.currentData() == "person" and wizard.isVisible()


def test_coordinator_chooses_the_post_for_rows_without_one(qtbot, ctx, tmp_path) -> None:  # noqa: F811
    wizard = open_register_wizard(ctx, "equipment")
    qtbot.addWidget(wizard)
    wizard.source.path.setText(str(_register(tmp_path / "reg.xlsx")))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.columns)
    assert wizard.columns.post.isEnabled()
    wizard.columns.post.setCurrentIndex(wizard.columns.post.findData("TOR"))
    wizard.next()
    assert "2 new" in wizard.preview.counts.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page)
    assert (
        records.list_records(ctx.store, "equipment", {"asset_tag": "DOS-9001"})[0]["post"] == "TOR"
    )


def test_long_report_titles_wrap_in_the_list_instead_of_being_cut(qtbot, ctx):  # noqa: F811
    """The title "Импорт существующего реестра" was cut at the list's edge behind a scroll bar."""
    for lang in ("ru", "ky"):
        with in_language(lang):
            screen = ReportsScreen(ctx)
            qtbot.addWidget(screen)
            view = screen.list
            font = view.font()  # as on an X11 desktop or at 150 % scaling, not offscreen's
            font.setPointSizeF(font.pointSizeF() * 1.5)
            view.setFont(font)
            screen.resize(1140, 700)
            screen.show()
            QApplication.processEvents()
            assert view.horizontalScrollBar().maximum() == 0
            width = view.viewport().width()
            for row in range(view.count()):
                text = view.item(row).text()
                needed = view.fontMetrics().horizontalAdvance(text)
                rect = view.visualItemRect(view.item(row))
                assert rect.width() <= width, text
                if needed > width:  # too long for one line: shown on more than one
                    assert rect.height() > view.fontMetrics().height() * 1.5, text
