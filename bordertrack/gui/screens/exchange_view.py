"""Export a bundle to a chosen file; import one with the preview first, then apply or cancel.

Export, preview and import run on the database worker behind a progress dialog with
Cancel; the preview changes nothing, so cancelling it is always safe.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bordertrack.gui.context import AppContext
from bordertrack.gui.labels import entity_label, role_label
from bordertrack.gui.progress import run_with_progress
from bordertrack.gui.retranslate import Retranslating
from bordertrack.gui.screens.preview_details import PreviewDetails
from bordertrack.gui.translations import current_language
from bordertrack.services import lookups, sync
from bordertrack.services.export import default_recipient
from bordertrack.services.file_names import suggested_bundle_name
from bordertrack.services.gap_words import coordinator_ids
from bordertrack.services.import_words import import_summary

NO_CHOICE = "-"  # the recipient placeholder's data (None means "anyone")
COUNTS = ("new", "updated", "unchanged", "deleted", "conflicts", "duplicates", "out_of_scope")


class ExchangeView(Retranslating, QWidget):
    """Two boxes: Export (recipient, full) and Import (open, preview, apply / cancel)."""

    exported = Signal(object)  # ExportResult
    previewed = Signal(object)  # ImportReport
    imported = Signal(object)  # ImportReport

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pending: Path | None = None
        self.report: sync.ImportReport | None = None
        self.recipient = QComboBox(objectName="recipient")
        self.recipient.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.full = QCheckBox(objectName="full")
        self.export_button = QPushButton(clicked=self._choose_export_path)
        self.export_result = QLabel(wordWrap=True, objectName="export_result")
        self.open_button = QPushButton(clicked=self._choose_bundle)
        self.summary = QLabel(wordWrap=True, objectName="import_summary")
        self.counts = QTableWidget(objectName="preview_counts")  # a dozen fixed rows
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.counts.horizontalHeader().setStretchLastSection(True)
        self.counts.verticalHeader().setVisible(False)
        self.details = PreviewDetails(self)  # record by record, field by field
        self.apply_button = QPushButton(clicked=self.apply, objectName="apply")
        self.cancel_button = QPushButton(clicked=self.cancel, objectName="cancel")
        self.export_box, self.import_box = QGroupBox(), QGroupBox()
        self._layout()
        self.retranslate_ui()
        self._show_report(None)

    def _layout(self) -> None:
        form = QFormLayout(self.export_box)
        self.recipient_label = QLabel()
        self.recipient_label.setBuddy(self.recipient)
        form.addRow(self.recipient_label, self.recipient)
        form.addRow("", self.full)
        form.addRow("", self.export_button)
        form.addRow(self.export_result)
        box = QVBoxLayout(self.import_box)
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addStretch(1)
        box.addLayout(top)
        box.addWidget(self.summary)
        # Counts beside the lines: side by side, the Apply button stays on a 768-pixel screen.
        results = QHBoxLayout()
        results.addWidget(self.counts, 1)
        results.addWidget(self.details, 3)
        box.addLayout(results, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.apply_button)
        box.addLayout(buttons)
        # One above the other: the import preview gets the full width for its changes.
        layout = QVBoxLayout(self)
        layout.addWidget(self.export_box)
        layout.addWidget(self.import_box, 1)

    def refresh(self) -> None:
        """Recipients: the trusted devices, with the coordinator first for a post or trainer."""
        current = self.recipient.currentData()
        self.recipient.clear()
        default = default_recipient(self.ctx.store)
        devices = lookups.trusted_devices(self.ctx.store, default)
        for device_id, name, role, post in devices:
            label = f"{name} ({role_label(role)}{', ' + post if post else ''})"
            self.recipient.addItem(label, device_id)
        self.recipient.addItem(self.tr("Anyone (a full export)"), None)
        if self.ctx.role == "coordinator":
            # A coordinator sends to many posts: no silent default, the person chooses.
            self.recipient.insertItem(0, self.tr("— choose who receives it —"), NO_CHOICE)
        index = self.recipient.findData(current) if current else 0
        self.recipient.setCurrentIndex(max(index, 0))

    # -- export -------------------------------------------------------------------------
    def _choose_export_path(self) -> None:
        if self.recipient.currentData() == NO_CHOICE:
            self.export_result.setText(self.tr("Choose who receives the bundle first."))
            self.recipient.setFocus()
            return
        name = suggested_bundle_name(self.ctx.store, self.ctx.device, self.recipient.currentData())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export a bundle"), name, self.tr("Excel bundle (*.xlsx)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write a bundle for the chosen recipient (full when asked or when none is chosen)."""
        store, to = self.ctx.store, self.recipient.currentData()
        if to == NO_CHOICE:
            self.export_result.setText(self.tr("Choose who receives the bundle first."))
            return
        full = self.full.isChecked() or to is None

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return sync.export_bundle(
                store, path, to=to, full=full, on_progress=progress, is_cancelled=cancelled
            )

        run_with_progress(self.ctx, self, self.tr("Writing the bundle…"), work, self._exported)

    def _exported(self, result: sync.ExportResult) -> None:
        self.export_result.setText(
            self.tr("Bundle {seq} written: {n} changes in {file}.").format(
                seq=result.bundle_seq, n=result.changes, file=result.path.name
            )
        )
        self.exported.emit(result)

    # -- import -------------------------------------------------------------------------
    def _choose_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a bundle"), "", self.tr("Excel bundle (*.xlsx)")
        )
        if path:
            self.preview(Path(path))

    def preview(self, path: Path) -> None:
        """Verify and count on the worker; nothing changes until Apply."""
        store, lang = self.ctx.store, current_language()
        self.pending = None
        self._show_report(None)

        def work(progress, _cancelled):  # type: ignore[no-untyped-def]
            return sync.preview_import(store, path, on_progress=progress, lang=lang)

        def done(report: sync.ImportReport) -> None:
            self.pending = path if report.status == "preview" else None
            self._show_report(report)
            self.previewed.emit(report)

        run_with_progress(self.ctx, self, self.tr("Checking the bundle…"), work, done)

    def apply(self) -> None:
        if self.pending is None or self.report is None:
            return
        store, path = self.ctx.store, self.pending
        allow = self.report.recipient_mismatch  # the preview said so, and the person confirmed

        def work(progress, _cancelled):  # type: ignore[no-untyped-def]
            return sync.import_bundle(
                store, path, allow_other_recipient=allow, on_progress=progress
            )

        run_with_progress(self.ctx, self, self.tr("Importing the bundle…"), work, self._imported)

    def _imported(self, report: sync.ImportReport) -> None:
        self.pending = None
        self._show_report(report)
        self.imported.emit(report)

    def cancel(self) -> None:
        self.pending = None
        self._show_report(None)
        self.summary.setText(self.tr("Import cancelled; nothing was changed."))

    def _show_report(self, report: sync.ImportReport | None) -> None:
        self.report = report
        self.apply_button.setEnabled(self.pending is not None)
        self.cancel_button.setEnabled(self.pending is not None)
        if report is None:
            self.summary.setText(self.tr("Open a bundle to see what it would change."))
            self.counts.setRowCount(0)
            self.details.show_lines([], 0)
            return
        text = import_summary(
            report,
            current_language(),
            post_facing=self.ctx.role != "coordinator",
            coordinator_ids=coordinator_ids(self.ctx.store),
        )
        if report.recipient_mismatch and report.status == "preview":
            text += " " + self.tr(
                "This bundle is addressed to another device; Apply imports it here anyway."
            )
        self.summary.setText(text)
        self._fit_summary()
        self._fill_counts(report)
        self.details.show_lines(report.details, report.details_total)

    def _fit_summary(self) -> None:
        """Keep every line of the wrapped summary: the tab pages do not pass height-for-width
        down, so without a minimum the tables below would squeeze it to one clipped line."""
        width = max(self.summary.width(), 300)
        self.summary.setMinimumHeight(self.summary.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_summary()

    def _fill_counts(self, report: sync.ImportReport) -> None:
        labels = {
            "new": self.tr("New"),
            "updated": self.tr("Updated"),
            "unchanged": self.tr("Unchanged"),
            "deleted": self.tr("Deleted"),
            "conflicts": self.tr("Conflicts"),
            "duplicates": self.tr("Duplicates"),
            "out_of_scope": self.tr("Out of scope"),
        }
        rows = [(labels[k], str(getattr(report, k))) for k in COUNTS]
        rows += [
            (
                self.tr("Records of {entity}").format(entity=entity_label(e, plural=True)),
                str(len(ids)),
            )
            for e, ids in sorted(report.records.items())
        ]
        self.counts.setColumnCount(2)
        self.counts.setHorizontalHeaderLabels([self.tr("What"), self.tr("How many")])
        self.counts.setRowCount(len(rows))
        for i, (what, n) in enumerate(rows):
            self.counts.setItem(i, 0, QTableWidgetItem(what))
            self.counts.setItem(i, 1, QTableWidgetItem(n))
        self.counts.resizeColumnToContents(0)

    def retranslate_ui(self) -> None:
        self.export_box.setTitle(self.tr("Export"))
        self.import_box.setTitle(self.tr("Import"))
        self.recipient_label.setText(self.tr("&Send to:"))
        self.full.setText(self.tr("&Full export (everything, not only what is new for them)"))
        self.export_button.setText(self.tr("E&xport to a file…"))
        self.open_button.setText(self.tr("&Open a bundle…"))
        self.apply_button.setText(self.tr("&Apply import"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.refresh()
        self._show_report(self.report)
