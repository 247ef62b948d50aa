"""The register import wizard: choose a file, match its columns, preview every row, import.

Opened from the Reports screen, or from Equipment/People with
`open_register_wizard(ctx, "equipment" | "person", parent)`. Reading, previewing and
importing run on the database worker behind a progress dialog; nothing is written before
the person presses Import on the preview.
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
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from bordertrack.domain.entities import entity
from bordertrack.gui.context import AppContext
from bordertrack.gui.labels import entity_label, field_label
from bordertrack.gui.progress import run_with_progress
from bordertrack.gui.register_model import PlanModel
from bordertrack.services import lookups
from bordertrack.services.register_import.apply import ImportOutcome, apply_plan
from bordertrack.services.register_import.headers import Layout, find_layout, register_entity
from bordertrack.services.register_import.preview import SKIP, ImportPlan, plan_import
from bordertrack.services.register_import.reader import Sheet, read_register


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
        self.setSubTitle(self.tr("An .xlsx or .csv file; titles above the table and merged "
                                 "headers are fine."))  # fmt: skip
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
            self, self.tr("Open a register"), "", self.tr("Registers (*.xlsx *.xlsm *.csv)")
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
            return data, find_layout(data, register_entity(entity_name))

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
    """One drop-down per column of the sheet, preset from the guessed headers."""

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
        post_row = QHBoxLayout()
        post_row.addWidget(self.post_label)
        post_row.addWidget(self.post, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(post_row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.post_label.setText(self.tr("&Post for rows that name none:"))
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Each column of the sheet goes into the field chosen here, "
                                 "or is left out."))  # fmt: skip

    def initializePage(self) -> None:
        layout, data = self.wiz.layout, self.wiz.sheet_data
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = []
        e = entity(self.wiz.entity_name)
        sample = (
            data.rows[layout.header_index + 1] if len(data.rows) > layout.header_index + 1 else []
        )
        width = max(len(layout.headers), len(sample))
        for col in range(width):
            header = layout.headers[col] if col < len(layout.headers) else ""
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), "")
            for f in e.fields:
                combo.addItem(field_label(e.name, f.name), f.name)
            combo.setCurrentIndex(max(0, combo.findData(layout.mapping.get(col, ""))))
            example = sample[col] if col < len(sample) and sample[col] is not None else ""
            title = header or self.tr("Column {n}").format(n=col + 1)
            label = QLabel(f"{title}  <span style='color:#666'>{_html(str(example))[:40]}</span>")
            label.setBuddy(combo)
            self.form.addRow(label, combo)
            self.combos.append(combo)
        self._fill_posts()

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
            if name and name not in out.values():
                out[col] = name
        return out

    def validatePage(self) -> bool:
        layout = self.wiz.layout
        self.wiz.layout = Layout(layout.header_index, layout.headers, self.mapping())
        post = self.post.currentData()
        self.wiz.defaults = {"post": post} if post else {}
        return bool(self.wiz.layout.mapping)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class PreviewPage(QWizardPage):
    """Every row with what will happen to it; Import writes the valid ones."""

    def __init__(self, wizard: RegisterWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.plan: ImportPlan | None = None
        self.applied = False
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.only_problems = QCheckBox()
        self.only_problems.toggled.connect(self.show_rows)
        self.model = PlanModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.table, 1)
        self.setCommitPage(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Check every row"))
        self.setSubTitle(self.tr("Nothing is saved until you press Import. Rows marked "
                                 "'Not imported' say why; fix them in the sheet and import "
                                 "it again later."))  # fmt: skip
        self.only_problems.setText(self.tr("Show only rows &not imported"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))

    def initializePage(self) -> None:
        self.plan, self.applied = None, False
        ctx, data, layout, name = (
            self.wiz.ctx,
            self.wiz.sheet_data,
            self.wiz.layout,
            self.wiz.entity_name,
        )
        defaults = dict(self.wiz.defaults)

        def task(on_progress, _cancelled):  # type: ignore[no-untyped-def]
            return plan_import(ctx.store, data, name, layout, defaults=defaults,
                               on_progress=on_progress)  # fmt: skip

        run_with_progress(ctx, self, self.tr("Checking the rows..."), task, self.set_plan)

    def set_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        c = plan.counts()
        self.counts.setText(
            self.tr("{new} new, {changed} changed, {same} unchanged, {skip} not imported.").format(
                new=c["create"], changed=c["update"], same=c["unchanged"], skip=c["skip"]
            )
        )
        self.show_rows()
        self.completeChanged.emit()

    def show_rows(self) -> None:
        if self.plan is None:
            return
        rows = self.plan.rows
        if self.only_problems.isChecked():
            rows = [r for r in rows if r.action == SKIP]
        self.model.set_rows(rows, self.plan.entity)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)

    def isComplete(self) -> bool:
        if self.plan is None:
            return False
        c = self.plan.counts()
        return c["create"] + c["update"] > 0

    def validatePage(self) -> bool:
        """Import on the worker; the wizard moves to the result page when it is done."""
        if self.applied:
            return True
        plan, ctx = self.plan, self.wiz.ctx

        def task(on_progress, is_cancelled):  # type: ignore[no-untyped-def]
            return apply_plan(ctx.store, plan, operator=ctx.operator, on_progress=on_progress,
                              is_cancelled=is_cancelled)  # fmt: skip

        def done(outcome: ImportOutcome) -> None:
            self.applied = True
            self.wiz.outcome = outcome
            QTimer.singleShot(0, self.wiz.next)

        run_with_progress(ctx, self, self.tr("Importing..."), task, done)
        return False


class ResultPage(QWizardPage):
    def __init__(self, wizard: RegisterWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self).addWidget(self.summary)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Imported"))

    def initializePage(self) -> None:
        o = self.wiz.outcome or ImportOutcome()
        lines = [self.tr("{created} records added and {updated} changed. They are ordinary "
                         "edits: logged, and sent with the next sync.").format(
                             created=o.created, updated=o.updated)]  # fmt: skip
        lines += [self.tr("Row {row}: {why}").format(row=row, why=why) for row, why in o.failed]
        self.summary.setText("\n".join(lines))


class RegisterWizard(QWizard):
    """Carries what the pages share: the sheet read, the column layout, the outcome."""

    def __init__(self, ctx: AppContext, entity_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sheet_data: Sheet = Sheet("", [])
        self.layout: Layout = Layout(0, [], {})
        self.outcome: ImportOutcome | None = None
        self.defaults: dict[str, str] = {}
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
