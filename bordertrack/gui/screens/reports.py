"""The Reports screen: a list of documents on the left, the chosen one's form on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from bordertrack.gui.context import AppContext
from bordertrack.gui.labels import entity_label
from bordertrack.gui.retranslate import Retranslating
from bordertrack.gui.screens.certificate_page import CertificatePage
from bordertrack.gui.screens.report_page import ReportPage, labelled_rows, set_texts
from bordertrack.gui.screens.report_pages import (
    AttendancePage,
    DonorPage,
    HandoverPage,
    LabelsPage,
)


class RegisterPage(ReportPage):
    """Opens the register import wizard for equipment or people."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.entity = QComboBox()
        self.form = QFormLayout()
        self.labels = labelled_rows(self.form, [self.entity])
        self.layout_.addLayout(self.form)
        self.start = QPushButton()
        self.start.clicked.connect(self.open_wizard)
        self.buttons.addWidget(self.start)
        self.finish_layout()
        self.wizard = None
        self.retranslate_ui()

    def refresh(self) -> None:
        entities = ["person"] if self.ctx.role == "trainer" else ["equipment", "person"]
        current = self.entity.currentData()
        self.entity.clear()
        for name in entities:
            self.entity.addItem(entity_label(name, plural=True), name)
        self.entity.setCurrentIndex(max(0, self.entity.findData(current)))

    def retranslate_ui(self) -> None:
        self.retranslate_base()
        self.title.setText(self.tr("Import an existing register"))
        self.about.setText(
            self.tr(
                "Bring in the equipment or trainee list a post already keeps in Excel: "
                "columns are matched to fields, every row is checked and shown before "
                "anything is saved, and existing records are matched by asset tag, serial "
                "or service number."
            )  # fmt: skip
        )
        set_texts(self.labels, (self.tr("&Records:"),))
        self.start.setText(self.tr("&Start the import..."))
        self.refresh()

    def open_wizard(self) -> None:
        from bordertrack.gui.register_wizard import open_register_wizard

        self.wizard = open_register_wizard(self.ctx, self.entity.currentData() or "equipment", self)


PAGES: tuple[type[ReportPage], ...] = (
    DonorPage,
    HandoverPage,
    CertificatePage,
    AttendancePage,
    LabelsPage,
    RegisterPage,
)


class ReportsScreen(Retranslating, QWidget):
    """Every report and printable document this role uses, each with its own small form."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = QListWidget()
        self.list.setMaximumWidth(230)
        # Long titles ("Импорт существующего реестра") wrap like the sidebar's, not cut.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)  # wrapped titles stay apart from the next one
        self.stack = QStackedWidget()
        self.pages = [page(ctx, self) for page in PAGES if ctx.role in page.roles]
        for page in self.pages:
            self.list.addItem("")
            self.stack.addWidget(page)
        self.list.currentRowChanged.connect(self.show_page)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.retranslate_ui()
        self.list.setCurrentRow(0)

    def page(self, kind: type[ReportPage]) -> ReportPage | None:
        return next((p for p in self.pages if isinstance(p, kind)), None)

    def show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)
            self.pages[row].refresh()

    def refresh(self) -> None:
        current = self.stack.currentWidget()
        if isinstance(current, ReportPage):
            current.refresh()

    def retranslate_ui(self) -> None:
        for row, page in enumerate(self.pages):
            page.retranslate_ui()
            self.list.item(row).setText(page.title.text())
