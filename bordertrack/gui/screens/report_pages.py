"""The Reports screen's pages: donor workbook, hand-over act, asset labels, attendance sheet."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLineEdit, QWidget

from bordertrack.gui.context import AppContext
from bordertrack.gui.labels import vocab_items
from bordertrack.gui.retranslate import Retranslating
from bordertrack.gui.screens.report_page import (
    COMBO_LIMIT,
    ReportPage,
    fill_combo,
    iso,
    labelled_rows,
    safe_name,
    set_texts,
)
from bordertrack.gui.translations import current_language
from bordertrack.i18n import store_language
from bordertrack.services import lookups
from bordertrack.services.reports.attendance_sheet import write_attendance_sheet
from bordertrack.services.reports.donor import parse_rates, write_donor_report
from bordertrack.services.reports.handover_pdf import write_handover_pdf
from bordertrack.services.reports.labels_pdf import select_items, write_labels_pdf


class DocumentLanguage(Retranslating, QComboBox):
    """English, Russian or Kyrgyz for a printed document: the interface's language at first
    and again after every switch of it (a person who switches expects papers in it too)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.addItem("English", "en")
        self.addItem("Русский", "ru")
        self.addItem("Кыргызча", "ky")
        self.setCurrentIndex(max(0, self.findData(store_language(ctx.store))))

    def retranslate_ui(self) -> None:
        self.setCurrentIndex(max(0, self.findData(current_language())))


def _language_combo(ctx: AppContext) -> QComboBox:
    return DocumentLanguage(ctx)


class DonorPage(ReportPage):
    """Period and project of the donor workbook."""

    roles = ("coordinator",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), 1, 1))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.project = QComboBox()
        self.language = _language_combo(ctx)
        self.convert_to = QLineEdit()
        self.convert_to.setMaxLength(3)
        self.rates = QLineEdit()
        self.form = QFormLayout()
        self.labels = labelled_rows(
            self.form,
            [self.start, self.end, self.project, self.language, self.convert_to, self.rates],
        )
        self.layout_.addLayout(self.form)
        self.save = self.add_save_button()
        self.save.setDefault(True)
        self.finish_layout()
        self.retranslate_ui()

    def refresh(self) -> None:
        rows = lookups.projects(self.ctx.store)
        fill_combo(self.project, [("", self.tr("All projects")), *rows])

    def retranslate_ui(self) -> None:
        self.retranslate_base()
        self.title.setText(self.tr("Donor report"))
        self.about.setText(
            self.tr(
                "An Excel workbook for donors: equipment delivered, stock-take coverage and "
                "losses, people trained by sex, agency and post, and infrastructure works."
            )
        )
        set_texts(
            self.labels,
            (self.tr("&From:"), self.tr("&To:"), self.tr("&Project:"), self.tr("&Language:"),
             self.tr("Converted total &in:"), self.tr("&Rates:")),
        )  # fmt: skip
        self.convert_to.setPlaceholderText(self.tr("e.g. EUR (leave empty: totals per currency)"))
        self.rates.setPlaceholderText(self.tr("e.g. USD=0.92 (one per other currency)"))
        self.save.setText(self.tr("&Save workbook..."))
        if self.project.count():
            self.project.setItemText(0, self.tr("All projects"))

    def make(self) -> None:
        start, end, project = (
            iso(self.start.date()),
            iso(self.end.date()),
            self.project.currentData(),
        )
        name = f"donor-report-{project or 'all'}-{start}-{end}.xlsx"
        path = self.ask_save_path(
            self.tr("Save donor report"), name, self.tr("Excel workbook (*.xlsx)")
        )
        if path is None:
            return
        store = self.ctx.store
        options = {"lang": self.language.currentData(),
                   "convert_to": self.convert_to.text().strip() or None,
                   "rates": self.rates.text()}  # fmt: skip
        fn = partial(_donor_task, store, path, start, end, project or None, options)
        self.run(self.tr("Making the donor report..."), fn, path,
                 lambda _: self.tr("Donor report saved to {path}.").format(path=path))  # fmt: skip


def _donor_task(store, path, start, end, project, options, on_progress, is_cancelled):  # type: ignore[no-untyped-def]
    return write_donor_report(
        store, path, start, end, project, lang=options["lang"],
        convert_to=options["convert_to"], rates=parse_rates(options["rates"]),
        on_progress=on_progress, is_cancelled=is_cancelled,
    )  # fmt: skip


class HandoverPage(ReportPage):
    """Print a hand-over act in English, Russian or Kyrgyz."""

    roles = ("post", "coordinator")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.act = QComboBox()
        self.act.setMinimumContentsLength(40)
        self.language = _language_combo(ctx)
        self.form = QFormLayout()
        self.labels = labelled_rows(self.form, [self.act, self.language])
        self.layout_.addLayout(self.form)
        self.save = self.add_save_button()
        self.finish_layout()
        self.retranslate_ui()

    def refresh(self) -> None:
        rows = lookups.handover_acts(self.ctx.store, COMBO_LIMIT)
        fill_combo(self.act, rows)
        self.save.setEnabled(bool(rows))

    def retranslate_ui(self) -> None:
        self.retranslate_base()
        self.title.setText(self.tr("Hand-over act"))
        self.about.setText(
            self.tr(
                "The printable act: every item with asset tag, serial, model and value, "
                "the totals and the signature lines."
            )  # fmt: skip
        )
        set_texts(self.labels, (self.tr("&Act:"), self.tr("&Language:")))
        self.save.setText(self.tr("&Save PDF..."))

    def make(self) -> None:
        act_id = self.act.currentData()
        if not act_id:
            return
        number = self.act.currentText().split()[0]
        path = self.ask_save_path(self.tr("Save hand-over act"), f"act-{safe_name(number)}.pdf",
                                  self.tr("PDF document (*.pdf)"))  # fmt: skip
        if path is None:
            return
        store, lang = self.ctx.store, self.language.currentData()
        self.run(self.tr("Writing the act..."),
                 lambda _p, _c: write_handover_pdf(store, act_id, path, lang), path,
                 lambda n: self.tr("Act with {n} items saved to {path}.").format(n=n, path=path))  # fmt: skip


class LabelsPage(ReportPage):
    """Asset labels for the items of a post, optionally of one status."""

    roles = ("post", "coordinator")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.post = QComboBox()
        self.item_status = QComboBox()
        self.form = QFormLayout()
        self.labels = labelled_rows(self.form, [self.post, self.item_status])
        self.layout_.addLayout(self.form)
        self.save = self.add_save_button()
        self.finish_layout()
        self.retranslate_ui()

    def refresh(self) -> None:
        rows = lookups.named(self.ctx.store, "post")
        fill_combo(self.post, rows)
        if self.ctx.post:
            self.post.setCurrentIndex(max(0, self.post.findData(self.ctx.post)))
        fill_combo(
            self.item_status,
            [("", self.tr("Still held (not lost, stolen or written off)")),
             ("*", self.tr("Any status")), *vocab_items("equipment_status")],
        )  # fmt: skip

    def retranslate_ui(self) -> None:
        self.retranslate_base()
        self.title.setText(self.tr("Asset labels"))
        self.about.setText(
            self.tr(
                "A sheet of 21 labels per A4 page (63.5 x 38.1 mm) with asset tag, post and "
                "a QR code that the stock-take scan box reads."
            )  # fmt: skip
        )
        set_texts(self.labels, (self.tr("&Post:"), self.tr("&Status:")))
        self.save.setText(self.tr("&Save labels..."))

    def where(self) -> dict[str, str]:
        where = {"post": self.post.currentData()}
        if self.item_status.currentData() not in ("", "*"):
            where["status"] = self.item_status.currentData()
        return where

    def make(self) -> None:
        if not self.post.currentData():
            return
        path = self.ask_save_path(self.tr("Save labels"), f"labels-{self.post.currentData()}.pdf",
                                  self.tr("PDF document (*.pdf)"))  # fmt: skip
        if path is None:
            return
        store, where = self.ctx.store, self.where()
        everything = self.item_status.currentData() == "*"
        lang = store_language(store)

        def task(on_progress, is_cancelled):  # type: ignore[no-untyped-def]
            items = select_items(store, where, include_gone=everything, lang=lang)
            return write_labels_pdf(store, path, items, on_progress=on_progress,
                                    is_cancelled=is_cancelled, lang=lang)  # fmt: skip

        self.run(self.tr("Writing labels..."), task, path,
                 lambda n: self.tr("{n} labels saved to {path}.").format(n=n, path=path))  # fmt: skip


class AttendancePage(ReportPage):
    """A paper roster for a session, to be typed back into the attendance grid."""

    roles = ("trainer", "coordinator")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.session = QComboBox()
        self.session.setMinimumContentsLength(40)
        self.language = _language_combo(ctx)
        self.form = QFormLayout()
        self.labels = labelled_rows(self.form, [self.session, self.language])
        self.layout_.addLayout(self.form)
        self.save = self.add_save_button()
        self.finish_layout()
        self.retranslate_ui()

    def refresh(self) -> None:
        fill_combo(self.session, session_rows(self.ctx))
        self.save.setEnabled(self.session.count() > 0)

    def retranslate_ui(self) -> None:
        self.retranslate_base()
        self.title.setText(self.tr("Attendance sheet"))
        self.about.setText(
            self.tr(
                "A printable roster with a box per day and a signature column, for "
                "classrooms without a computer."
            )  # fmt: skip
        )
        set_texts(self.labels, (self.tr("&Session:"), self.tr("&Language:")))
        self.save.setText(self.tr("&Save PDF..."))

    def make(self) -> None:
        sid = self.session.currentData()
        if not sid:
            return
        path = self.ask_save_path(self.tr("Save attendance sheet"), "attendance.pdf",
                                  self.tr("PDF document (*.pdf)"))  # fmt: skip
        if path is None:
            return
        store, lang = self.ctx.store, self.language.currentData()
        self.run(self.tr("Writing the attendance sheet..."),
                 lambda _p, _c: write_attendance_sheet(store, sid, path, lang), path,
                 lambda n: self.tr("Sheet for {n} people saved to {path}.").format(n=n, path=path))  # fmt: skip


def session_rows(ctx: AppContext, passed_only: bool = False) -> list[tuple[str, str]]:
    """The newest sessions as 'start  course title  place' for a drop-down; for certificates,
    only sessions where someone passed."""
    return lookups.sessions(ctx.store, passed_only=passed_only, limit=COMBO_LIMIT)
