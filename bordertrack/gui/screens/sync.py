"""The Sync screen: export and import, conflicts, duplicates, trusted devices, import history.

Each tab is its own module; this one holds them together and shows the import history
with the gaps (changes of a device not yet received) beside it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bordertrack.gui.context import AppContext
from bordertrack.gui.retranslate import Retranslating
from bordertrack.gui.screens.conflicts_view import ConflictsView
from bordertrack.gui.screens.devices_view import DevicesView
from bordertrack.gui.screens.duplicates_view import DuplicatesView
from bordertrack.gui.screens.exchange_view import ExchangeView
from bordertrack.gui.screens.sync_folder_view import SyncFolderView
from bordertrack.gui.translations import current_language
from bordertrack.gui.when import import_status, local_words
from bordertrack.services import sync
from bordertrack.services.gap_words import plain_gap_lines

HISTORY_COLUMNS = ("imported_at", "sender_name", "bundle_seq", "file", "status", "new", "updated",
                   "conflicts", "out_of_scope")  # fmt: skip


def _table(name: str) -> QTableWidget:
    """A read-only table for a short list (tens of rows: bundles, gaps)."""
    table = QTableWidget(objectName=name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class HistoryView(Retranslating, QWidget):
    """Bundles imported (newest first) and, below, what is still missing from each device."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.history = _table("import_history")
        self.gaps = _table("gaps")
        self.gaps_label = QLabel(wordWrap=True)
        box = QVBoxLayout(self)
        box.addWidget(self.history, 3)
        box.addWidget(self.gaps_label)
        box.addWidget(self.gaps, 1)
        self.retranslate_ui()

    def refresh(self) -> None:
        rows = sync.import_history(self.ctx.store)
        self.history.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, key in enumerate(HISTORY_COLUMNS):
                value = row.get(key)
                if key == "imported_at":
                    value = local_words(str(value or ""))
                elif key == "status":
                    value = import_status(str(value or ""))
                self.history.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.history.resizeColumnsToContents()
        if self.ctx.role != "coordinator":
            # A post reads how many bundles have not arrived, not change-number ranges.
            lines = plain_gap_lines(self.ctx.store, current_language())
            self.gaps_label.setText(
                "\n".join(lines)
                or self.tr("Nothing is missing: everything sent to this device has arrived.")
            )
            self.gaps.setVisible(False)
            return
        gaps = sync.gaps(self.ctx.store)
        lost = [m.words() for m in sync.missing_bundles(self.ctx.store)]
        self.gaps_label.setText(
            "\n".join([*lost, self.tr("Changes not yet received, per device:")])
            if gaps
            else "\n".join(lost) or self.tr("No gaps: every change numbered so far has arrived.")
        )
        self.gaps.setVisible(bool(gaps))
        self.gaps.setRowCount(len(gaps))
        for r, gap in enumerate(gaps):
            cells = (gap.origin_name or gap.origin, f"{gap.first}–{gap.last}",
                     str(gap.last - gap.first + 1))  # fmt: skip
            for c, text in enumerate(cells):
                self.gaps.setItem(r, c, QTableWidgetItem(text))

    def retranslate_ui(self) -> None:
        self.history.setColumnCount(len(HISTORY_COLUMNS))
        self.history.setHorizontalHeaderLabels(
            [self.tr("Imported"), self.tr("From"), self.tr("Bundle"), self.tr("File"),
             self.tr("Status"), self.tr("New"), self.tr("Updated"), self.tr("Conflicts"),
             self.tr("Out of scope")]
        )  # fmt: skip
        self.gaps.setColumnCount(3)
        self.gaps.setHorizontalHeaderLabels(
            [self.tr("Device"), self.tr("Change numbers missing"), self.tr("How many")]
        )
        self.refresh()


class SyncScreen(Retranslating, QWidget):
    """Tabs for the five sync jobs; `show_view(name)` opens one (the dashboard uses it)."""

    VIEWS = ("exchange", "conflicts", "duplicates", "devices", "history", "folder")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exchange = ExchangeView(ctx, self)
        self.conflicts = ConflictsView(ctx, self)
        self.duplicates = DuplicatesView(ctx, self)
        self.devices = DevicesView(ctx, self)
        self.history = HistoryView(ctx, self)
        self.folder = SyncFolderView(ctx, self)
        self.folder.synced.connect(lambda _round: self.refresh())
        self.tabs = QTabWidget(objectName="sync_tabs")
        for view in self.VIEWS:
            self.tabs.addTab(getattr(self, view), "")
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        self.conflicts.resolved.connect(self.retranslate_tabs)
        self.duplicates.merged.connect(self.retranslate_tabs)
        self.devices.trusted_changed.connect(self.exchange.refresh)
        self.exchange.imported.connect(lambda _report: self.refresh())
        QVBoxLayout(self).addWidget(self.tabs)
        self.retranslate_ui()
        self.refresh()

    def show_view(self, name: str) -> QWidget:
        widget = getattr(self, name)
        self.tabs.setCurrentWidget(widget)
        widget.refresh()
        return widget

    def _refresh_current(self) -> None:
        self.tabs.currentWidget().refresh()

    def refresh(self) -> None:
        for view in self.VIEWS:
            getattr(self, view).refresh()
        self.retranslate_tabs()

    def retranslate_tabs(self) -> None:
        n_conflicts = len(self.conflicts.items)
        n_duplicates = len(self.duplicates.groups)
        titles = (
            self.tr("&Export and import"),
            self.tr("&Conflicts ({n})").format(n=n_conflicts),
            self.tr("&Duplicates ({n})").format(n=n_duplicates),
            self.tr("&Trusted devices"),
            self.tr("Import &history"),
            self.tr("Sync &folder"),
        )
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)

    def retranslate_ui(self) -> None:
        self.retranslate_tabs()
