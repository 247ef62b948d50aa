"""Duplicates side by side: two records that are one real thing, and "Keep this one" to merge.

Merging moves every reference to the kept record and fills its empty fields from the
other, through services.duplicates; the merge itself syncs like any edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bordertrack.domain.entities import ENTITIES
from bordertrack.domain.errors import BorderTrackError
from bordertrack.gui.context import AppContext
from bordertrack.gui.labels import entity_label, field_label
from bordertrack.gui.retranslate import Retranslating
from bordertrack.gui.screens.conflicts_view import value_text
from bordertrack.services import duplicates


class DuplicatesView(Retranslating, QWidget):
    """Groups on the left; the first two records of the chosen group compared field by field."""

    merged = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.groups: list[duplicates.DuplicateGroup] = []
        self.list = QListWidget(objectName="duplicate_list")
        self.list.currentRowChanged.connect(self._show)
        # A comparison of two records (a dozen rows), not a view over a table.
        self.compare = QTableWidget(objectName="compare")
        self.compare.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.compare.horizontalHeader().setStretchLastSection(True)
        self.keep_left, self.keep_right = QPushButton(), QPushButton()
        self.keep_left.clicked.connect(lambda: self.merge(0))
        self.keep_right.clicked.connect(lambda: self.merge(1))
        self.heading = QLabel(wordWrap=True)
        self.empty = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_left)
        buttons.addWidget(self.keep_right)
        box = QVBoxLayout(right)
        box.addWidget(self.heading)
        box.addWidget(self.compare, 1)
        box.addLayout(buttons)
        box.addWidget(self.empty)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([320, 700])
        QVBoxLayout(self).addWidget(split)
        self.retranslate_ui()

    def refresh(self) -> None:
        self.groups = duplicates.list_duplicates(self.ctx.store)
        self.list.blockSignals(True)
        self.list.clear()
        for g in self.groups:
            self.list.addItem(
                self.tr("{entity}: {field} {value} ({n} records)").format(
                    entity=entity_label(g.entity),
                    field=field_label(g.entity, g.field),
                    value=g.value,
                    n=len(g.records),
                )
            )
        self.list.blockSignals(False)
        if self.groups:
            self.list.setCurrentRow(0)
        self._show(self.list.currentRow())

    def current(self) -> duplicates.DuplicateGroup | None:
        row = self.list.currentRow()
        return self.groups[row] if 0 <= row < len(self.groups) else None

    def _show(self, _row: int) -> None:
        g = self.current()
        for w in (self.compare, self.keep_left, self.keep_right, self.heading):
            w.setVisible(g is not None)
        self.empty.setVisible(g is None)
        if g is None:
            return
        e = ENTITIES[g.entity]
        left, right = g.records[0], g.records[1]
        self.heading.setText(
            self.tr("Both records have {field} {value}. Keep one; the other is merged into it.")
            .format(field=field_label(g.entity, g.field), value=g.value)
        )  # fmt: skip
        self.compare.setRowCount(len(e.fields))
        self.compare.setColumnCount(2)
        self.compare.setHorizontalHeaderLabels([self.tr("Record 1"), self.tr("Record 2")])
        self.compare.setVerticalHeaderLabels([field_label(g.entity, f.name) for f in e.fields])
        for row, f in enumerate(e.fields):
            for col, rec in enumerate((left, right)):
                item = QTableWidgetItem(value_text(g.entity, f.name, rec.get(f.name)))
                if left.get(f.name) != right.get(f.name):
                    item.setBackground(Qt.GlobalColor.yellow)
                self.compare.setItem(row, col, item)
        self.compare.resizeColumnsToContents()

    def merge(self, keep_side: int) -> bool:
        """Keep record 1 (0) or record 2 (1) of the shown group; the other is merged into it."""
        g = self.current()
        if g is None:
            return False
        keep, drop = g.records[keep_side]["id"], g.records[1 - keep_side]["id"]
        try:
            store, operator = self.ctx.store, self.ctx.operator
            self.ctx.write(
                lambda: duplicates.merge_duplicates(store, g.entity, keep, drop, operator=operator)
            )
        except BorderTrackError as exc:
            self.ctx.show_error(self, exc)
            return False
        self.refresh()
        self.merged.emit()
        return True

    def retranslate_ui(self) -> None:
        self.keep_left.setText(self.tr("Keep record &1"))
        self.keep_right.setText(self.tr("Keep record &2"))
        self.empty.setText(self.tr("No duplicates to merge."))
        self._show(self.list.currentRow())
