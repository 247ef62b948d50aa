"""The register wizard's last two pages: the preview (what becomes of every column and every
row, the rows to review, holders to add as people) and the result.

Nothing is written before the person presses Import; the import and the template (when
asked for) are written on the database worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from bordertrack.gui.labels import field_label
from bordertrack.gui.progress import run_with_progress
from bordertrack.gui.register_model import PlanModel, outcome_text, rows_shown
from bordertrack.services.register_import.apply import ImportOutcome, apply_plan
from bordertrack.services.register_import.preview import ImportPlan, plan_import
from bordertrack.services.register_import.reader import formats_finding
from bordertrack.services.register_import.templates import save_template

SHOW = ("all", "skip", "review", "not_item")


class PreviewPage(QWizardPage):
    """Every column with its outcome, every row with what will happen; Import writes."""

    def __init__(self, wizard: Any) -> None:
        super().__init__()
        self.wiz = wizard
        self.plan: ImportPlan | None = None
        self.applied = False
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.columns = QTableWidget(0, 3)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().hide()
        self.show_label = QLabel()
        self.show = QComboBox()
        for key in SHOW:
            self.show.addItem("", key)
        self.show_label.setBuddy(self.show)
        self.show.currentIndexChanged.connect(self.show_rows)
        self.create_people = QCheckBox()
        self.model = PlanModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        row = QHBoxLayout()
        row.addWidget(self.show_label)
        row.addWidget(self.show, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.findings)
        layout.addLayout(row)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.create_people)
        self.setCommitPage(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Check every column and row"))
        self.setSubTitle(self.tr("Nothing is saved until you press Import. Rows marked "
                                 "'Not imported' say why; fix them in the sheet and import "
                                 "it again later."))  # fmt: skip
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Becomes"), self.tr("Note")]
        )
        self.show_label.setText(self.tr("&Show:"))
        texts = (self.tr("All rows"), self.tr("Rows not imported"),
                 self.tr("Rows that need review"), self.tr("Rows that are not items"))  # fmt: skip
        for i, text in enumerate(texts):
            self.show.setItemText(i, text)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        if self.plan is not None:
            self._fill(self.plan)

    def initializePage(self) -> None:
        self.plan, self.applied = None, False
        ctx, data, layout, name = (self.wiz.ctx, self.wiz.sheet_data, self.wiz.layout,
                                   self.wiz.entity_name)  # fmt: skip
        defaults, currency = dict(self.wiz.defaults), self.wiz.currency

        def task(on_progress, _cancelled):  # type: ignore[no-untyped-def]
            return plan_import(ctx.store, data, name, layout, defaults=defaults,
                               currency=currency, on_progress=on_progress)  # fmt: skip

        run_with_progress(ctx, self, self.tr("Checking the rows..."), task, self.set_plan)

    def set_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._fill(plan)
        self.completeChanged.emit()

    def _fill(self, plan: ImportPlan) -> None:
        c = plan.counts()
        self.counts.setText(
            self.tr(
                "{new} new, {changed} changed, {same} unchanged, {skip} not imported, "
                "{review} to review, {ignored} rows not items."
            ).format(
                new=c["create"],
                changed=c["update"],
                same=c["unchanged"],
                skip=c["skip"],
                review=c["review"],
                ignored=c["not_item"],
            )  # fmt: skip
        )
        self.columns.setRowCount(len(plan.columns))
        for i, col in enumerate(plan.columns):
            becomes = outcome_text(col.outcome)
            if col.field:
                becomes = field_label(plan.entity, col.field)
            for j, text in enumerate((col.header, becomes, col.note)):
                self.columns.setItem(i, j, QTableWidgetItem(text))
        self.columns.resizeColumnsToContents()
        findings = list(plan.findings)
        if plan.formats_unread:  # said in the person's language, in place of the English line
            findings.remove(formats_finding(plan.formats_unread))
            findings.insert(0, self.formats_unread_text(plan.formats_unread))
        self.findings.setText("\n".join(findings))
        self.findings.setVisible(bool(findings))
        people = plan.new_people
        self.create_people.setText(
            self.tr(
                "Add the %n holder(s) who match nobody as new people: {names}", "", len(people)
            ).format(names=", ".join(people[:5]) + ("…" if len(people) > 5 else ""))  # fmt: skip
        )
        self.create_people.setVisible(bool(people))
        self.show_rows()

    def formats_unread_text(self, kind: str) -> str:
        return self.tr(
            "Number formats cannot be read from .{kind} files: a number shown with leading "
            "zeros (000130) arrives without them (130). To keep them, save the register as "
            ".xlsx in Excel or LibreOffice and import that file."
        ).format(kind=kind)

    def show_rows(self) -> None:
        if self.plan is None:
            return
        self.model.set_rows(rows_shown(self.plan.rows, self.show.currentData()), self.plan.entity)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)

    def isComplete(self) -> bool:
        if self.plan is None:
            return False
        c = self.plan.counts()
        return c["create"] + c["update"] > 0

    def validatePage(self) -> bool:
        """Import on the worker (and keep the template when asked); then the result page."""
        if self.applied:
            return True
        plan, ctx = self.plan, self.wiz.ctx
        keep = self.wiz.keep_template
        holders = self.create_people.isVisible() and self.create_people.isChecked()

        def task(on_progress, is_cancelled):  # type: ignore[no-untyped-def]
            outcome = apply_plan(ctx.store, plan, operator=ctx.operator, create_holders=holders,
                                 on_progress=on_progress, is_cancelled=is_cancelled)  # fmt: skip
            if keep and plan.layout is not None:
                save_template(ctx.store, plan.entity, plan.layout)
            return outcome

        def done(outcome: ImportOutcome) -> None:
            self.applied = True
            self.wiz.outcome = outcome
            QTimer.singleShot(0, self.wiz.next)

        run_with_progress(ctx, self, self.tr("Importing..."), task, done)
        return False


class ResultPage(QWizardPage):
    def __init__(self, wizard: Any) -> None:
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
        if o.review:
            lines.append(self.tr("{n} of them need review: their notes begin a line with "
                                 "'Needs review:'; search for it in the table.").format(n=o.review))  # fmt: skip
        if o.people_created:
            lines.append(self.tr("{n} holders added as new people.").format(n=o.people_created))
        if self.wiz.keep_template:
            lines.append(self.tr("The column choices are kept: a register with the same columns "
                                 "will be matched the same way."))  # fmt: skip
        lines += [self.tr("Row {row}: {why}").format(row=row, why=why) for row, why in o.failed]
        self.summary.setText("\n".join(lines))
