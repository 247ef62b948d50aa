"""The Reports screen's certificate page: print certificates of a session, check one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from bordertrack.domain.errors import BorderTrackError
from bordertrack.gui.context import AppContext
from bordertrack.gui.error_text import error_text
from bordertrack.gui.screens.report_page import (
    ReportPage,
    fill_combo,
    labelled_rows,
    safe_name,
    set_texts,
)
from bordertrack.gui.screens.report_pages import _language_combo, session_rows
from bordertrack.services import lookups
from bordertrack.services.reports.certificate import (
    set_signers,
    signers,
    verify_certificate,
    write_certificate_pdf,
)
from bordertrack.services.reports.errors import ReportCancelled


class CertificatePage(ReportPage):
    """Passed trainees of a session, one PDF each into a chosen folder; and a code check."""

    roles = ("trainer", "coordinator")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.session = QComboBox()
        self.session.setMinimumContentsLength(40)
        self.session.currentIndexChanged.connect(self.load_people)
        self.people = QListWidget()
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.people.setMaximumHeight(220)
        self.signer_edits = [(QLineEdit(), QLineEdit()) for _ in range(2)]
        signer_rows = []
        for (name, title), (saved_name, saved_title) in zip(
            self.signer_edits, [*signers(ctx.store), ("", ""), ("", "")], strict=False
        ):
            name.setText(saved_name)
            title.setText(saved_title)
            row_widget = QWidget()
            pair = QHBoxLayout(row_widget)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.addWidget(name, 3)
            pair.addWidget(title, 2)
            signer_rows.append(row_widget)
        self.language = _language_combo(ctx)
        self.form = QFormLayout()
        self.labels = labelled_rows(
            self.form, [self.session, self.people, *signer_rows, self.language]
        )
        for label, (name, _title) in zip(self.labels[2:4], self.signer_edits, strict=True):
            label.setBuddy(name)
        self.layout_.addLayout(self.form)
        self.save = self.add_save_button()
        self.finish_layout()
        self.check_box = QGroupBox()
        self.number = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCDE-FGHIJ")
        self.check = QPushButton()
        self.check.clicked.connect(self.verify)
        self.code.returnPressed.connect(self.verify)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        self.number_label, self.code_label = QLabel(), QLabel()
        for label, edit in ((self.number_label, self.number), (self.code_label, self.code)):
            label.setBuddy(edit)
            row.addWidget(label)
            row.addWidget(edit)
        row.addWidget(self.check)
        box = QFormLayout(self.check_box)
        box.addRow(row)
        box.addRow(self.verdict)
        self.layout_.insertWidget(self.layout_.count() - 1, self.check_box)
        self.retranslate_ui()

    def refresh(self) -> None:
        fill_combo(self.session, session_rows(self.ctx, passed_only=True))
        self.load_people()

    def load_people(self) -> None:
        rows = lookups.passed_enrolments(self.ctx.store, self.session.currentData())
        self.people.clear()
        for enrolment, name, number in rows:
            item = QListWidgetItem(f"{name}    {number or self.tr('(no certificate number)')}")
            item.setData(Qt.ItemDataRole.UserRole, enrolment)
            item.setData(Qt.ItemDataRole.UserRole + 1, number)
            self.people.addItem(item)
        self.people.selectAll()
        self.save.setEnabled(bool(rows))

    def retranslate_ui(self) -> None:
        self.retranslate_base()
        self.title.setText(self.tr("Certificates"))
        self.about.setText(
            self.tr(
                "Certificates of completion for the people who passed, one PDF each, with "
                "the certificate number and a check code that shows any alteration."
            )  # fmt: skip
        )
        set_texts(
            self.labels,
            (self.tr("&Session:"), self.tr("&Passed:"), self.tr("Signed by (&1):"),
             self.tr("Signed by (&2):"), self.tr("&Language:")),
        )  # fmt: skip
        for name, title in self.signer_edits:
            name.setPlaceholderText(self.tr("Name"))
            title.setPlaceholderText(self.tr("Job title"))
        self.save.setText(self.tr("&Save certificates..."))
        self.check_box.setTitle(self.tr("Check a certificate"))
        self.number_label.setText(self.tr("N&umber:"))
        self.code_label.setText(self.tr("C&ode:"))
        self.check.setText(self.tr("&Check"))

    def ask_folder(self) -> Path | None:
        """Where the PDFs go; tests replace this method."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the certificates"))
        return Path(folder) if folder else None

    def make(self) -> None:
        chosen = [
            (i.data(Qt.ItemDataRole.UserRole), i.data(Qt.ItemDataRole.UserRole + 1))
            for i in self.people.selectedItems()
        ]
        folder = self.ask_folder() if chosen else None
        if folder is None:
            return
        store, lang = self.ctx.store, self.language.currentData()
        people = [(n.text().strip(), t.text().strip()) for n, t in self.signer_edits]
        if all(name for name, _ in people):
            self.ctx.write(lambda: set_signers(store, people))

        def task(on_progress, is_cancelled):  # type: ignore[no-untyped-def]
            written, refused = 0, []
            for n, (enrolment, number) in enumerate(chosen):
                if is_cancelled():
                    raise ReportCancelled()
                try:
                    write_certificate_pdf(
                        store, enrolment, folder / f"{safe_name(number)}.pdf", lang,
                        operator=self.ctx.operator,
                    )  # fmt: skip
                    written += 1
                except BorderTrackError as exc:
                    refused.append(error_text(exc))
                on_progress(n + 1, len(chosen))
            return written, refused

        def done(result: tuple[int, list[str]]) -> str:
            text = self.tr("{n} certificates saved in {folder}.").format(n=result[0], folder=folder)
            return " ".join([text, *result[1]])

        self.run(self.tr("Writing certificates..."), task, folder, done)

    def verify(self) -> None:
        try:
            cert = verify_certificate(self.ctx.store, self.number.text(), self.code.text())
        except BorderTrackError as exc:
            self.verdict.setStyleSheet("color: #b00020;")
            self.verdict.setText(error_text(exc))
            return
        self.verdict.setStyleSheet("color: #1b5e20;")
        text = self.tr("Valid: {holder}, {course}, completed {date}.").format(
            holder=cert["holder"], course=cert["course_title"] or cert["course"],
            date=cert["end_date"],
        )  # fmt: skip
        if cert["current_holder"] != cert["holder"]:
            text += " " + self.tr("The register now spells the name {name}.").format(
                name=cert["current_holder"]
            )
        self.verdict.setText(text)
