"""The register import wizard: choose a file, match its columns, preview every row, import.

Opened from the Reports screen, or from Equipment/People with
`open_register_wizard(ctx, "equipment" | "person", parent)`. Each column of the sheet goes
into a field, is kept in the notes, or is left out; the choices can be kept as a template
so next month's register with the same columns maps itself. Reading, previewing and
importing run on the database worker behind a progress dialog; nothing is written before
the person presses Import on the preview (gui/register_preview.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from bordertrack.domain.entities import entity
from bordertrack.gui.context import AppContext
from bordertrack.gui.labels import entity_label, field_label
from bordertrack.gui.progress import run_with_progress
from bordertrack.gui.register_preview import PreviewPage, ResultPage
from bordertrack.services import lookups
from bordertrack.services.register_import.apply import ImportOutcome
from bordertrack.services.register_import.headers import (
    DROP,
    KEEP,
    Layout,
    find_layout,
    register_entity,
)
from bordertrack.services.register_import.reader import Sheet, read_register
from bordertrack.services.register_import.rows import header_keys, not_an_item
from bordertrack.services.register_import.templates import apply_template
from bordertrack.services.register_import.values import text_of

CURRENCIES = ("USD", "EUR", "KGS", "RUB", "KZT", "TJS", "UZS", "GBP", "CHF")


class SourcePage(QWizardPage):
    """Which file, which sheet, and whether it lists equipment or people."""

    def __init__(self, wizard: RegisterWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.path = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose)
        self.entity = QComboBox()
        for name in ("equipment", "person"):
            self.entity.addItem(entity_label(name, plural=True), name)
        self.sheet = QComboBox()
        self.path.textChanged.connect(self.completeChanged)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.form = QFormLayout(self)
        self.labels = []
        for field in (row, self.entity, self.sheet):
            label = QLabel()
            self.form.addRow(label, field)
            self.labels.append(label)
        self.loaded_key: tuple | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Choose the register"))
        self.setSubTitle(self.tr("A workbook (.xlsx, .xls, .xlsb, .ods) or a .csv file; titles "
                                 "above the table and merged headers are fine."))  # fmt: skip
        self.browse.setText(self.tr("&Browse..."))
        texts = (self.tr("&File:"), self.tr("&Records:"), self.tr("&Sheet:"))
        buddies = (self.path, self.entity, self.sheet)
        for label, text, buddy in zip(self.labels, texts, buddies, strict=True):
            label.setText(text)
            label.setBuddy(buddy)
        if self.sheet.count() == 0:
            self.sheet.addItem(self.tr("(first sheet with data)"), None)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a register"),
            "",
            self.tr("Registers (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv)"),
        )
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        """Read the sheet on the worker; the page advances when the reading is done."""
        key = (self.path.text().strip(), self.entity.currentData(), self.sheet.currentData())
        if self.loaded_key == key:
            return True
        path, entity_name, sheet = key
        ctx = self.wiz.ctx

        def task(_progress, _cancelled):  # type: ignore[no-untyped-def]
            data = read_register(Path(path), sheet)
            name = register_entity(entity_name)
            return data, apply_template(ctx.store, name, find_layout(data, name))

        def done(result: tuple[Sheet, Layout]) -> None:
            self.wiz.sheet_data, self.wiz.layout = result
            self._fill_sheets(result[0])
            self.loaded_key = (path, entity_name, self.sheet.currentData())
            QTimer.singleShot(0, self.wiz.next)

        run_with_progress(ctx, self, self.tr("Reading the register..."), task, done)
        return False

    def _fill_sheets(self, data: Sheet) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for name in data.sheet_names:
            self.sheet.addItem(name, name)
        self.sheet.setCurrentIndex(max(0, self.sheet.findData(data.name)))
        self.sheet.blockSignals(False)


class ColumnsPage(QWizardPage):
    """One drop-down per column of the sheet: a field, kept in the notes, or left out."""

    def __init__(self, wizard: RegisterWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.combos: list[QComboBox] = []
        self.inner = QWidget()
        self.form = QFormLayout(self.inner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.inner)
        self.post = QComboBox()
        self.post_label = QLabel()
        self.post_label.setBuddy(self.post)
        self.currency = QComboBox()
        self.currency.addItem("", None)
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.currency_label = QLabel()
        self.currency_label.setBuddy(self.currency)
        self.template_note = QLabel()
        self.keep_template = QCheckBox()
        options = QFormLayout()
        options.addRow(self.post_label, self.post)
        options.addRow(self.currency_label, self.currency)
        layout = QVBoxLayout(self)
        layout.addWidget(self.template_note)
        layout.addWidget(scroll)
        layout.addLayout(options)
        layout.addWidget(self.keep_template)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.post_label.setText(self.tr("&Post for rows that name none:"))
        self.currency_label.setText(self.tr("C&urrency of the value column:"))
        self.currency.setItemText(0, self.tr("(as its header says, else the project's)"))
        self.keep_template.setText(
            self.tr(
                "&Keep these choices as a template: a register with the same columns "
                "is matched the same way next time"
            )  # fmt: skip
        )
        self.template_note.setText(
            self.tr("These choices come from a template kept for registers with these columns.")
        )
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Each column of the sheet goes into the field chosen here, "
                                 "is kept in the notes, or is left out."))  # fmt: skip
        for combo in self.combos:
            combo.setItemText(0, self.tr("(left out)"))
            if combo.findData(KEEP) == 1:
                combo.setItemText(1, self.tr("(kept in the notes)"))

    def initializePage(self) -> None:
        layout, data = self.wiz.layout, self.wiz.sheet_data
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = []
        e = entity(self.wiz.entity_name)
        sample = _sample(data, layout)
        width = max(layout.width, len(layout.headers), len(sample))
        for col in range(width):
            header = layout.headers[col] if col < len(layout.headers) else ""
            combo = QComboBox()
            combo.addItem("", DROP)
            if e.has_field("notes"):
                combo.addItem("", KEEP)
            for f in e.fields:
                combo.addItem(field_label(e.name, f.name), f.name)
            chosen = layout.mapping.get(col) or (KEEP if col in layout.notes else DROP)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            example = text_of(sample[col]) if col < len(sample) and sample[col] is not None else ""
            title = header or self.tr("Column {n}").format(n=col + 1)
            label = QLabel(
                f"{_html(title)}  <span style='color:#666'>{_html(str(example))[:40]}</span>"
            )
            label.setBuddy(combo)
            self.form.addRow(label, combo)
            self.combos.append(combo)
        self.template_note.setVisible(layout.template)
        self.keep_template.setChecked(False)
        self._fill_posts()
        self.retranslate_ui()

    def _fill_posts(self) -> None:
        """A coordinator's register often lists one post's items without naming the post."""
        self.post.clear()
        self.post.addItem(self.tr("(none)"), "")
        for code, name in lookups.named(self.wiz.ctx.store, "post"):
            self.post.addItem(f"{name} ({code})", code)
        own = self.wiz.ctx.post or ""
        self.post.setCurrentIndex(max(0, self.post.findData(own)))
        self.post.setEnabled(not own)

    def mapping(self) -> dict[int, str]:
        out: dict[int, str] = {}
        for col, combo in enumerate(self.combos):
            name = combo.currentData()
            if name not in (DROP, KEEP) and name not in out.values():
                out[col] = name
        return out

    def notes(self) -> set[int]:
        return {col for col, combo in enumerate(self.combos) if combo.currentData() == KEEP}

    def validatePage(self) -> bool:
        layout = self.wiz.layout
        width = max(layout.width, len(self.combos))
        self.wiz.layout = Layout(layout.header_index, layout.headers, self.mapping(),
                                 self.notes(), width, layout.template)  # fmt: skip
        post = self.post.currentData()
        self.wiz.defaults = {"post": post} if post else {}
        self.wiz.currency = self.currency.currentData()
        self.wiz.keep_template = self.keep_template.isChecked()
        return bool(self.wiz.layout.mapping)


def _sample(data: Sheet, layout: Layout) -> list:
    """The first row below the header that is an item, to show beside each column."""
    keys = header_keys(layout.headers)
    for cells in data.rows[layout.header_index + 1 :]:
        if not_an_item(cells, layout, keys) is None:
            return cells
    return []


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class RegisterWizard(QWizard):
    """Carries what the pages share: the sheet read, the column layout, the outcome."""

    def __init__(self, ctx: AppContext, entity_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sheet_data: Sheet = Sheet("", [])
        self.layout: Layout = Layout(0, [], {})
        self.outcome: ImportOutcome | None = None
        self.defaults: dict[str, str] = {}
        self.currency: str | None = None
        self.keep_template = False
        self.source = SourcePage(self)
        self.source.entity.setCurrentIndex(max(0, self.source.entity.findData(entity_name)))
        self.columns = ColumnsPage(self)
        self.preview = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.source, self.columns, self.preview, self.result_page):
            self.addPage(page)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(900, 600)
        self.setWindowTitle(self.tr("Import a register"))

    @property
    def entity_name(self) -> str:
        return register_entity(self.source.entity.currentData() or "equipment")


def open_register_wizard(
    ctx: AppContext, entity_name: str, parent: QWidget | None = None
) -> RegisterWizard:
    """Show the wizard (window-modal, not blocking) preset for "equipment" or "person"."""
    wizard = RegisterWizard(ctx, register_entity(entity_name), parent)
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    wizard.show()
    return wizard
