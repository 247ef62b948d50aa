"""A browser for one entity: search, filters, sortable lazy table, columns, Excel export.

Screens put one (or several) on a page and add their own actions next to it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.fields import Kind
from bordertrack.gui.context import AppContext
from bordertrack.gui.dates import follow_locale
from bordertrack.gui.editor import RecordEditor, can_edit
from bordertrack.gui.flow_layout import flow_row
from bordertrack.gui.labels import entity_label, field_label, vocab_items
from bordertrack.gui.progress import run_with_progress
from bordertrack.gui.retranslate import Retranslating
from bordertrack.gui.table_model import SqlTableModel, default_columns
from bordertrack.services.view_export import write_view
from bordertrack.store.query import Reads, between


def ordered_columns(entity_name: str, names: list[str]) -> list[str]:
    """`names` with the entity's declared lead columns (`Entity.lead`) first, the rest
    in declaration order."""
    lead = [n for n in ENTITIES[entity_name].lead if n in names]
    return lead + [n for n in names if n not in lead]


class EntityBrowser(Retranslating, QWidget):
    """Table of one entity; `selection_changed` fires when the selected records change."""

    selection_changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        entity_name: str,
        parent: QWidget | None = None,
        period_field: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._period_choice = period_field
        self.entity = ENTITIES[entity_name]
        self.model = SqlTableModel(ctx.store, entity_name, self)
        self.model.set_columns(self._saved_columns())
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_search)
        self.filters: dict[str, QComboBox] = {}
        self.filter_bar, self.filter_row = flow_row(self)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.filter_row.addWidget(self.search_label)
        self.search.setMinimumWidth(160)
        self.filter_row.addWidget(self.search, 2)
        self._build_filters()
        self._build_period()
        self.table = QTableView()
        self.table.setModel(self.model)
        order_col, order_desc = self.model.order
        if order_col in self.model.columns:
            self.table.horizontalHeader().setSortIndicator(
                self.model.columns.index(order_col),
                Qt.SortOrder.DescendingOrder if order_desc else Qt.SortOrder.AscendingOrder,
            )
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setResizeContentsPrecision(60)
        self.table.horizontalHeader().setMaximumSectionSize(260)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        self._keep: str | None = None
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        self.button_bar, self.buttons = flow_row(self)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_record)
        self.new_button.setVisible(can_edit(ctx, self.entity, None))
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_selected)
        self.history_button = QPushButton()
        self.history_button.clicked.connect(self.show_history)
        self.columns_button = QPushButton()
        self.columns_button.clicked.connect(self.choose_columns)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_dialog)
        self.count_label = QLabel()
        for b in (self.new_button, self.edit_button, self.history_button):
            self.buttons.addWidget(b)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.count_label)
        self.buttons.addWidget(self.columns_button)
        self.buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.button_bar)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_record)
        QShortcut(QKeySequence("Return"), self.table, activated=self.edit_selected)
        QShortcut(QKeySequence("Ctrl+H"), self, activated=self.show_history)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.export_dialog)
        self.retranslate_ui()
        self._after_reset()
        self.table.resizeColumnsToContents()

    # -- filters -----------------------------------------------------------------------
    def _build_filters(self) -> None:
        for name in self.entity.filter_fields:  # declared per field (`Field.filter`)
            f = self.entity.field(name)
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(260)
            combo.addItem("", None)
            if f.kind == Kind.VOCAB and f.vocab:
                for code, label in vocab_items(f.vocab):
                    combo.addItem(label, code)
            elif f.ref:
                for key, title in Reads(self.ctx.store).choices(f.ref):
                    combo.addItem(title, key)
            combo.currentIndexChanged.connect(
                lambda _i, n=name, c=combo: self.model.set_filter(n, c.currentData())
            )
            self.filters[name] = combo
            self.filter_row.addWidget(combo, 1)

    def _build_period(self) -> None:
        """A period filter on the entity's first date field (received, planned end...)."""
        dates = [f.name for f in self.entity.fields if f.kind == Kind.DATE]
        self.period_field = self._period_choice or (dates[0] if dates else None)
        self.period_from = QDateEdit()
        self.period_to = QDateEdit()
        self.period_label = QLabel()
        if self.period_field is None:
            return
        for edit in (self.period_from, self.period_to):
            edit.setCalendarPopup(True)
            follow_locale(edit)
            edit.setMinimumDate(QDate(1900, 1, 1))
            edit.setSpecialValueText(" ")
            edit.setDate(QDate(1900, 1, 1))
            edit.dateChanged.connect(self._period_changed)
        self.period_label.setBuddy(self.period_from)
        self.filter_row.addWidget(self.period_label)
        self.filter_row.addWidget(self.period_from)
        self.filter_row.addWidget(self.period_to)

    def _period_changed(self) -> None:
        low, high = self.period_from.date(), self.period_to.date()
        empty = QDate(1900, 1, 1)
        low_iso = low.toString("yyyy-MM-dd") if low != empty else None
        high_iso = high.toString("yyyy-MM-dd") if high != empty else None
        self.model.set_condition("period", between(self.period_field or "", low_iso, high_iso))

    def apply_search(self) -> None:
        self._search_timer.stop()
        if self.search.text() != self.model.search:
            self.model.set_search(self.search.text())

    def _before_reset(self) -> None:
        """Remember the selected record so a refresh or filter keeps it selected."""
        ids = self.selected_ids() if self.table.selectionModel() else []
        self._keep = ids[0] if ids else None

    def _after_reset(self) -> None:
        if self._keep:
            self.select_id(self._keep)
            self._keep = None
        self.count_label.setText(self.tr("{n} shown").format(n=f"{self.model.rowCount():n}"))
        col, desc = self.model.order
        if col in self.model.columns:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                self.model.columns.index(col),
                Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)
        self.selection_changed.emit()

    # -- selection and records ---------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.record_id(r) for r in rows]

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        selected = self.selected_ids()
        if selected:
            return selected[0]
        return self.model.record_id(index.row()) if index.isValid() else None

    def select_id(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def refresh(self) -> None:
        self.model.refresh()

    def open_editor(
        self, record_id: str | None, defaults: dict[str, Any] | None = None
    ) -> RecordEditor:
        editor = RecordEditor(self.ctx, self.entity.name, record_id, defaults, self)
        return editor

    def new_record(self) -> None:
        if self.new_button.isVisible():
            self.open_editor(None, self.default_values()).exec()

    def default_values(self) -> dict[str, Any]:
        """New records start with the filters shown (a post, a status) filled in."""
        return {n: c.currentData() for n, c in self.filters.items() if c.currentData()}

    def edit_selected(self) -> None:
        rid = self.current_id()
        if rid:
            self.open_editor(rid).exec()

    def show_history(self) -> None:
        from bordertrack.gui.history import HistoryDialog

        rid = self.current_id()
        if rid:
            HistoryDialog(self.ctx.store, self.entity.name, rid, self).exec()

    # -- columns --------------------------------------------------------------------------
    def _settings_key(self) -> str:
        return f"columns.{self.entity.name}"

    def _saved_columns(self) -> list[str]:
        raw = self.ctx.store.setting(self._settings_key())
        try:
            names = json.loads(raw) if raw else []
        except ValueError:
            names = []
        names = [n for n in names if self.entity.has_field(n)] or default_columns(self.entity)
        return ordered_columns(self.entity.name, names)

    def set_columns(self, names: list[str]) -> None:
        """Show these columns and remember the choice for next time."""
        self.model.set_columns(ordered_columns(self.entity.name, names))
        store, key, value = self.ctx.store, self._settings_key(), json.dumps(self.model.columns)
        self.ctx.write(lambda: store.set_setting(key, value))

    def choose_columns(self) -> None:
        menu = QMenu(self)
        for f in self.entity.fields:
            action = QAction(field_label(self.entity.name, f.name), menu, checkable=True)
            action.setChecked(f.name in self.model.columns)
            action.toggled.connect(lambda on, n=f.name: self._toggle_column(n, on))
            menu.addAction(action)
        menu.exec(self.columns_button.mapToGlobal(self.columns_button.rect().bottomLeft()))

    def _toggle_column(self, name: str, on: bool) -> None:
        names = [
            f.name
            for f in self.entity.fields
            if (f.name in self.model.columns and f.name != name) or (f.name == name and on)
        ]
        self.set_columns(names)

    # -- export ---------------------------------------------------------------------------
    def export_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to Excel"),
            f"{self.entity.plural}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            self.export_to(Path(name if name.endswith(".xlsx") else name + ".xlsx"))

    def export_to(self, path: Path) -> None:
        """Write the rows shown (all pages, current filters and order) to `path` on the worker."""
        headers, total = self.model.headers(), self.model.rowCount()
        title = entity_label(self.entity.name, plural=True)

        def job(on_progress: Any, is_cancelled: Any) -> int:
            return write_view(
                path,
                title,
                headers,
                self.model.iter_export_rows(),
                total,
                on_progress,
                is_cancelled,
            )

        def done(count: int) -> None:
            self.ctx.notify(
                self.tr("{n} rows written to {path}.").format(
                    n=QLocale().toString(count), path=path
                )
            )

        run_with_progress(
            self.ctx, self, self.tr("Writing {path}…").format(path=path.name), job, done
        )

    # -- language -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Type to search (Ctrl+F)"))
        for name, combo in self.filters.items():
            combo.setItemText(
                0, self.tr("All: {field}").format(field=field_label(self.entity.name, name))
            )
            f = self.entity.field(name)
            if f.kind == Kind.VOCAB and f.vocab:
                # Vocabulary labels follow the language; the stored codes (item data) stay.
                labels = dict(vocab_items(f.vocab))
                for i in range(1, combo.count()):
                    combo.setItemText(i, labels.get(combo.itemData(i), combo.itemText(i)))
        if self.period_field:
            follow_locale(self.period_from)
            follow_locale(self.period_to)
            self.period_label.setText(
                self.tr("{field} from/to:").format(
                    field=field_label(self.entity.name, self.period_field)
                )
            )
        self.new_button.setText(self.tr("&New…"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.edit_button.setText(self.tr("&Open…"))
        self.history_button.setText(self.tr("Hi&story"))
        self.columns_button.setText(self.tr("Colu&mns…"))
        self.export_button.setText(self.tr("E&xport to Excel…"))
        self._after_reset()
