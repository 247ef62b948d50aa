"""Stock-take mode: scan or type asset tags one after another, see the four lists, record."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bordertrack.domain.errors import BorderTrackError
from bordertrack.gui.context import AppContext
from bordertrack.gui.retranslate import Retranslating
from bordertrack.gui.screens.stock_take_summary import StockTakeSummaryDialog
from bordertrack.services import lookups, stocktake, stocktake_summary


class StockTakeScreen(Retranslating, QWidget):
    """Thin shell over services.stocktake; the scan box keeps focus for a barcode reader."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.post = QComboBox()
        for code, name in lookups.named(ctx.store, "post"):
            self.post.addItem(f"{name} [{code}]", code)
        if ctx.post:
            self.post.setCurrentIndex(max(0, self.post.findData(ctx.post)))
            self.post.setEnabled(False)
        self.post.currentIndexChanged.connect(self.restart)
        self.scan_box = QLineEdit()
        self.scan_box.returnPressed.connect(self.scan)
        self.checked_by = QLineEdit(ctx.operator)
        self.feedback = QLabel()
        self.lists = {k: QListWidget() for k in ("found", "missing", "elsewhere", "unknown")}
        self.titles = {k: QLabel() for k in self.lists}
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self.record)
        self.restart_button = QPushButton()
        self.restart_button.clicked.connect(self.restart)
        self.post_label, self.scan_label, self.by_label = QLabel(), QLabel(), QLabel()
        self.post_label.setBuddy(self.post)
        self.scan_label.setBuddy(self.scan_box)
        self.by_label.setBuddy(self.checked_by)
        top = QHBoxLayout()
        for w in (self.post_label, self.post, self.by_label, self.checked_by):
            top.addWidget(w)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_box, 1)
        scan_row.addWidget(self.feedback, 1)
        self.feedback.setWordWrap(True)
        grid = QGridLayout()
        for col, key in enumerate(self.lists):
            self.titles[key].setWordWrap(True)
            self.lists[key].setMinimumWidth(120)
            grid.addWidget(self.titles[key], 0, col)
            grid.addWidget(self.lists[key], 1, col)
            grid.setColumnStretch(col, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.restart_button)
        bottom.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.scan_label)
        layout.addLayout(scan_row)
        layout.addLayout(grid, 1)
        layout.addLayout(bottom)
        self.take: stocktake.StockTake | None = None
        self.restart()

    def restart(self) -> None:
        code = self.post.currentData()
        self.take = stocktake.start(self.ctx.store, code) if code else None
        self.feedback.clear()
        self.show_lists()
        self.scan_box.setFocus()

    def scan(self) -> None:
        if self.take is None:
            return
        tag = self.scan_box.text()
        outcome = stocktake.scan(self.ctx.store, self.take, tag)
        words = {
            "found": self.tr("{tag}: found"),
            "elsewhere": self.tr("{tag}: belongs to another post"),
            "unknown": self.tr("{tag}: not in any register"),
            "repeat": self.tr("{tag}: already scanned"),
            "empty": "",
        }
        self.feedback.setText(words[outcome].format(tag=tag.strip().upper()))
        self.scan_box.clear()
        self.show_lists()

    def show_lists(self) -> None:
        take = self.take
        content = {
            "found": sorted(take.found) if take else [],
            "missing": sorted(take.missing) if take else [],
            "elsewhere": [f"{t} ({p})" for t, (_i, p) in sorted(take.elsewhere.items())]
            if take
            else [],
            "unknown": list(take.unknown) if take else [],
        }
        for key, items in content.items():
            self.lists[key].clear()
            self.lists[key].addItems(items)
        self.retranslate_ui()

    def confirm(self, summary: stocktake_summary.Summary) -> bool:
        """Show what will be recorded and ask; tests replace this to read the dialog."""
        return StockTakeSummaryDialog(summary, self).exec() == QDialog.DialogCode.Accepted

    def record(self) -> None:
        if self.take is None:
            return
        if not (self.take.found or self.take.elsewhere or self.take.unknown):
            self.feedback.setText(self.tr("Scan or type at least one asset tag first."))
            return
        self.take = stocktake_summary.rescan(self.ctx.store, self.take)
        self.show_lists()
        if not self.confirm(stocktake_summary.summarise(self.ctx.store, self.take)):
            self.scan_box.setFocus()
            return
        try:
            store, take, operator = self.ctx.store, self.take, self.ctx.operator
            by = self.checked_by.text().strip()
            n = self.ctx.write(
                lambda: stocktake.record(store, take, checked_by=by, operator=operator)
            )
        except BorderTrackError as exc:
            self.ctx.show_error(self, exc)
            return
        self.ctx.notify(self.tr("{n} checks recorded.").format(n=QLocale().toString(n)))
        self.restart()

    def refresh(self) -> None:
        """Data changed elsewhere: the lists follow the register, the scans are kept."""
        if self.take is not None:
            self.take = stocktake_summary.rescan(self.ctx.store, self.take)
            self.show_lists()

    def retranslate_ui(self) -> None:
        self.post_label.setText(self.tr("&Post:"))
        self.by_label.setText(self.tr("Checked &by:"))
        self.scan_label.setText(self.tr("S&can or type an asset tag, then Enter:"))
        names = {
            "found": self.tr("Found"),
            "missing": self.tr("Not yet found (missing)"),
            "elsewhere": self.tr("Belongs elsewhere"),
            "unknown": self.tr("Unknown tags"),
        }
        for key, label in self.titles.items():
            label.setText(f"{names[key]} ({self.lists[key].count()})")
        self.record_button.setText(self.tr("&Record the check"))
        self.restart_button.setText(self.tr("Start &again"))
